"""The decorator that guards a taught function, and what each one checks.

A taught function's listed lines are pure NumPy; its checks sit on the
line above its section marker::

    @guarded(forward_inputs, after=FORWARD_NAN)
    # --8<-- [start:forward_propagation_nn]
    def forward_propagation_nn(X, parameters, *, hidden_activation="relu"):

``guarded`` binds the call's arguments to the function's signature,
hands them to the function's check (``forward_inputs`` below: it
validates each argument, naming the function the caller called, and
replaces it with the value ready to compute with, such as ``X`` as a
float array and the parameters in ``X``'s dtype), calls the pure body
with them, then runs the ``after`` check on the result (NaN tracing).

A guarded function called by another one (``predict_nn`` calls
``forward_propagation_nn``, ``fit_nn`` calls nearly everything) is not
checked again: the outer check already prepared everything the inner
calls receive, so the inner call costs nothing extra and an error still
names the function the caller called. Only the ``after`` checks run
there, naming the outer function.

The top layer of ``snippets._validation``: it imports ``rules``,
``arrays`` and ``nan``, and no taught module.
"""

import contextvars
import functools
import inspect
import numbers
from typing import NamedTuple

import numpy as np

from snippets._validation import rules
from snippets._validation.arrays import (
    as_dtype,
    check_AL,
    check_cache,
    check_class_probabilities,
    check_deep_caches,
    check_deep_parameters,
    check_deep_Y,
    check_examples,
    check_finite,
    check_labels,
    check_like_parameters,
    check_one_hot,
    check_parameter_dict,
    check_parameters,
    check_probabilities,
    check_regression,
    check_single_output,
    check_softmax_cache,
    check_state,
    check_training_X,
    check_validation_set,
    check_X,
    check_X_one_hot,
    check_X_Y,
    check_Y,
    deep_as_dtype,
    is_numeric,
)
from snippets._validation.nan import (
    deep_forward_has_nan,
    explain_deep_forward_nan,
    explain_forward_nan,
    forward_has_nan,
)

# the name of the guarded function whose checks are running, if any
_OUTER = contextvars.ContextVar("snippets_outer_call", default=None)


class After(NamedTuple):
    """A check of a result: a cheap test, and the error that explains."""

    found: object
    explain: object


FORWARD_NAN = After(forward_has_nan, explain_forward_nan)
DEEP_FORWARD_NAN = After(deep_forward_has_nan, explain_deep_forward_nan)


def guarded(check, *, after=None, covers_inner=True):
    """Guard a pure function with ``check`` (and ``after`` on its result).

    ``check(func, arguments)`` receives the function's name and the dict
    of its bound arguments (defaults applied), raises on a bad one and
    replaces values with their prepared form. ``covers_inner=False``
    (``run_epoch``) lets the guarded functions it calls check their own
    arrays, as it checks only its options.
    """
    def decorate(body):
        name = body.__name__
        signature = inspect.signature(body)

        def bind(args, kwargs):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            return bound.arguments

        @functools.wraps(body)
        def guard(*args, **kwargs):
            outer = _OUTER.get()
            if outer is not None:
                # called by a guarded function: its check covered this call
                result = body(*args, **kwargs)
                if after is not None and after.found(result):
                    after.explain(outer, result, bind(args, kwargs))
                return result
            arguments = bind(args, kwargs)
            check(name, arguments)
            token = _OUTER.set(name) if covers_inner else None
            try:
                result = body(**arguments)
            finally:
                if token is not None:
                    _OUTER.reset(token)
            if after is not None and after.found(result):
                after.explain(name, result, arguments)
            return result

        guard.checks = check
        return guard
    return decorate


# ---------------------------------------------------------------------
# What each taught function checks. ``a`` is the dict of its arguments;
# a check replaces a value by its prepared form and returns nothing.


def elementwise_inputs(func, a):
    """``sigmoid`` and ``tanh``: a number or an array of numbers.

    Booleans and integers are computed in float64, as NumPy computes
    ``np.exp`` of an int64 array (a uint8 ``z`` would otherwise wrap
    round in ``-np.abs(z)``, an int8 one give float16); floating inputs
    keep their dtype.
    """
    z = np.asarray(a["z"])
    if not is_numeric(z) or np.iscomplexobj(z):
        raise TypeError(
            f"{func}: z must be a number or an array of real numbers, but "
            f"got an array of dtype {z.dtype}. Pass floats, for example "
            f"np.asarray(z, dtype=float)."
        )
    if not np.issubdtype(z.dtype, np.floating):
        a["z"] = z.astype(np.float64)


def init_inputs(func, a):
    """``initialize_parameters_nn``: sizes, scale, dtype, seed or rng.

    ``n_x``, ``n_h``, ``n_y`` are positive integers, ``scale`` a finite
    number >= 0, ``dtype`` a floating dtype; ``rng``, if given, is a
    ``numpy.random.Generator`` and ``seed`` keeps its default.
    """
    for name in ("n_x", "n_h", "n_y"):
        rules.LAYER_SIZE(func, name, a[name])
    rules.SCALE(func, "scale", a["scale"])
    dtype = np.dtype(a["dtype"])
    if not np.issubdtype(dtype, np.floating):
        raise TypeError(
            f"{func}: dtype must be a floating dtype such as np.float64 "
            f"or np.float32, but got {dtype}."
        )
    a["dtype"] = dtype
    rng = a["rng"]
    if rng is None:
        return
    if a["seed"] != 2:
        raise TypeError(
            f"{func}: pass either seed or rng, not both (got "
            f"seed={a['seed']!r} and rng={rng!r})."
        )
    if not isinstance(rng, np.random.Generator):
        raise TypeError(
            f"{func}: rng must be a numpy.random.Generator such as "
            f"np.random.default_rng(0), but got {type(rng).__name__}."
        )


def forward_inputs(func, a):
    """``forward_propagation_nn`` and ``forward_propagation_softmax``.

    ``parameters`` is a dict of ``W1`` ``(n_h, n_x)``, ``b1``
    ``(n_h, 1)``, ``W2`` ``(n_y, n_h)``, ``b2`` ``(n_y, 1)``; ``X`` is
    ``(n_x, m)`` and holds numbers (a hint if it looks transposed);
    ``hidden_activation`` is ``"relu"`` or ``"tanh"``. ``X`` becomes a
    floating array (float64 from integers) and the parameters are cast
    to its dtype, so a float64 bias cannot upcast a float32 pass. After
    the pass, NaN in ``Z2`` is traced to ``X`` or the parameters.
    """
    n_x = check_parameters(func, a["parameters"])[0]
    X = a["X"] = check_X(func, a["X"], n_x)
    rules.HIDDEN_ACTIVATION(func, "hidden_activation",
                            a["hidden_activation"])
    a["parameters"] = as_dtype(a["parameters"], X.dtype)


def cost_inputs(func, a):
    """``compute_cost``: ``A2`` ``(1, m)`` in [0, 1], ``Y`` ``(1, m)``.

    ``Y`` holds labels in [0, 1] and is cast to ``A2``'s floating dtype.
    """
    A2 = a["A2"] = check_probabilities(func, a["A2"])
    a["Y"] = check_Y(func, a["Y"], A2.shape[1], dtype=A2.dtype)


def backward_inputs(func, a):
    """``backward_propagation_nn``: parameters, cache, ``X``, ``Y``.

    The network has one output unit; ``X`` is ``(n_x, m)``, ``Y``
    ``(1, m)``, the cache's ``Z1`` and ``A1`` ``(n_h, m)`` and ``A2``
    ``(1, m)``; all are cast to ``X``'s floating dtype, and so is
    ``W2``.
    """
    n_x, n_h, n_y = check_parameters(func, a["parameters"])
    check_single_output(func, n_y)
    X = a["X"] = check_X(func, a["X"], n_x)
    m = X.shape[1]
    a["Y"] = check_Y(func, a["Y"], m, dtype=X.dtype)
    rules.HIDDEN_ACTIVATION(func, "hidden_activation",
                            a["hidden_activation"])
    Z1, A1, A2 = check_cache(func, a["cache"], n_h, m, dtype=X.dtype)
    a["cache"] = {"Z1": Z1, "A1": A1, "A2": A2}
    a["parameters"] = {
        "W2": np.asarray(a["parameters"]["W2"], dtype=X.dtype)}


def _backward_source(parameters):
    """Which backpropagation returns gradients for these parameters."""
    deep = "W3" in parameters           # more than one hidden layer
    return (f"as backward_propagation_{'deep' if deep else 'nn'} "
            f"returns")


def update_inputs(func, a):
    """``update_parameters_nn``: parameters, gradients, learning rate.

    Any depth: ``parameters`` is a dict of arrays (``W1``, ``b1`` ..
    ``WL``, ``bL``) and ``grads`` holds ``"d" + key`` of each one's
    shape; ``learning_rate`` is positive and finite. Integer parameters
    become float64 (a step is not rounded away), each gradient takes its
    parameter's dtype, the rate becomes a float.
    """
    parameters = a["parameters"] = check_parameter_dict(func,
                                                        a["parameters"])
    a["grads"] = check_like_parameters(
        func, "grads", a["grads"], parameters,
        source=_backward_source(parameters))
    a["learning_rate"] = rules.positive(0.5)(func, "learning_rate",
                                            a["learning_rate"])


def train_inputs(func, a):
    """``train_nn``: the training set, ``n_h`` and the loop's numbers.

    ``X`` is ``(n_x, m)`` (``n_x`` read from it; a hint if it looks
    transposed) and becomes floating, ``Y`` ``(1, m)`` in its dtype;
    ``n_h``, ``num_iterations`` and ``cost_every`` are positive
    integers, ``learning_rate`` positive and finite.
    """
    a["X"], a["Y"] = check_X_Y(func, a["X"], a["Y"])
    rules.LAYER_SIZE(func, "n_h", a["n_h"])
    rules.count("a number of gradient-descent steps")(
        func, "num_iterations", a["num_iterations"])
    rules.count("a number of iterations")(func, "cost_every",
                                          a["cost_every"])
    a["learning_rate"] = rules.positive(0.5)(func, "learning_rate",
                                            a["learning_rate"])
    rules.HIDDEN_ACTIVATION(func, "hidden_activation",
                            a["hidden_activation"])


def predict_inputs(func, a):
    """``predict_nn``: ``threshold`` in (0, 1), then as the forward pass."""
    a["threshold"] = rules.THRESHOLD(func, "threshold", a["threshold"])
    forward_inputs(func, a)


def gradient_check_inputs(func, a):
    """``gradient_check_nn``: as backpropagation, and ``epsilon`` > 0.

    ``X`` and ``Y`` become float64 (the function works on float64
    copies of the parameters): finite differences need its precision.
    """
    n_x, _, n_y = check_parameters(func, a["parameters"])
    check_single_output(func, n_y)
    X = a["X"] = check_X(func, a["X"], n_x).astype(np.float64)
    a["Y"] = check_Y(func, a["Y"], X.shape[1], dtype=np.float64)
    rules.positive(1e-7)(func, "epsilon", a["epsilon"])
    rules.HIDDEN_ACTIVATION(func, "hidden_activation",
                            a["hidden_activation"])


def mini_batches_inputs(func, a):
    """``random_mini_batches``: ``X`` ``(n_x, m)``, ``Y`` ``(n_y, m)``.

    The dtypes are kept; ``mini_batch_size`` is a positive integer and
    ``seed`` a non-negative one.
    """
    a["X"], a["Y"] = check_examples(func, a["X"], a["Y"])
    a["mini_batch_size"] = rules.count(
        "a number of examples per mini-batch, such as 64")(
        func, "mini_batch_size", a["mini_batch_size"])
    rules.seed("it fixes the shuffle")(func, "seed", a["seed"])


def state_init_inputs(func, a):
    """The optimizers' initializers: a non-empty dict of number arrays.

    Integer arrays become float64, so the zeros made from them are
    floating too.
    """
    a["parameters"] = check_parameter_dict(func, a["parameters"])


# typical values, quoted in the error messages
_EXAMPLES = {"learning_rate": 0.01, "epsilon": 1e-8, "beta": 0.9,
             "beta1": 0.9, "beta2": 0.999}
# which initializer makes the state dicts an update takes
_INITIALIZERS = {("v",): "initialize_velocity",
                 ("s",): "initialize_rmsprop",
                 ("v", "s"): "initialize_adam"}


def step_inputs(func, a):
    """The optimizer steps: parameters, gradients, states and numbers.

    The parameters become floating arrays; ``grads`` and the states
    (``v``, ``s``) hold one array of each parameter's shape under
    ``"d" + key``, cast to its dtype (float32 weights stay float32);
    ``t`` is a positive integer, each ``beta`` in [0, 1),
    ``learning_rate`` and ``epsilon`` positive and finite.
    """
    parameters = a["parameters"] = check_parameter_dict(func,
                                                        a["parameters"])
    a["grads"] = check_like_parameters(
        func, "grads", a["grads"], parameters,
        source=_backward_source(parameters))
    states = tuple(name for name in ("v", "s") if name in a)
    initializer = _INITIALIZERS.get(states)
    for name in states:
        a[name] = check_like_parameters(
            func, name, a[name], parameters,
            source=f"as {initializer}(parameters) returns, then each step")
    for name in a:
        if name == "t":
            a[name] = rules.count(
                "the number of this step, counting from 1")(func, "t",
                                                            a["t"])
        elif name.startswith("beta"):
            a[name] = rules.decay(_EXAMPLES[name])(func, name, a[name])
        elif name in _EXAMPLES:
            a[name] = rules.positive(_EXAMPLES[name])(func, name, a[name])


def _regularization(func, a):
    """``lambd`` and ``keep_prob`` as floats, each in its range."""
    a["lambd"] = rules.LAMBD(func, "lambd", a["lambd"])
    a["keep_prob"] = rules.KEEP_PROB(func, "keep_prob", a["keep_prob"])


def _hidden_sizes(func, n_h):
    """``n_h`` as an int, or a tuple of ints for several hidden layers."""
    if not isinstance(n_h, (tuple, list)):
        return rules.LAYER_SIZE(func, "n_h", n_h)
    if len(n_h) == 0:
        raise ValueError(
            f"{func}: n_h must hold at least one hidden layer size, such "
            f"as (64, 32) for two hidden layers or 32 for one, but got "
            f"{n_h!r}."
        )
    return tuple(rules.LAYER_SIZE(func, f"n_h[{i}]", size)
                 for i, size in enumerate(n_h))


def epoch_inputs(func, a):
    """``run_epoch``: its options and ``state``; not the arrays.

    The functions it calls check the mini-batches and the parameters
    themselves (and name themselves in their errors). ``seed`` (the
    dropout masks) is None, an int >= 0 or a ``Generator``.
    """
    rules.OPTIMIZER(func, "optimizer", a["optimizer"])
    a["learning_rate"] = rules.positive(0.01)(func, "learning_rate",
                                             a["learning_rate"])
    rules.HIDDEN_ACTIVATION(func, "hidden_activation",
                            a["hidden_activation"])
    rules.OUTPUT(func, "output", a["output"])
    _regularization(func, a)
    seed = a["seed"]
    if seed is not None and not isinstance(seed, np.random.Generator):
        if isinstance(seed, bool) or not isinstance(seed,
                                                    numbers.Integral):
            raise TypeError(
                f"{func}: seed must be None, an int >= 0 or a "
                f"numpy.random.Generator (it draws the dropout masks), "
                f"but got {seed!r} of type {type(seed).__name__}."
            )
        rules.seed("it draws the dropout masks")(func, "seed", seed)
    v, s, t = check_state(func, a["state"])
    a["state"] = {"v": v, "s": s, "t": t}


def fit_inputs(func, a):
    """``fit_nn``: both sets, the sizes, the optimizer and its numbers.

    ``X`` and ``X_val`` are ``(n_x, m)`` and ``(n_x, m_val)`` with only
    finite values; ``Y`` is a row of 0/1 labels ``(1, m)`` or one-hot
    ``(n_y, m)``, ``Y_val`` the same with ``m_val`` columns and the
    same ``n_y`` rows; all four become ``X``'s floating dtype. ``n_h``
    becomes an int, or a tuple of ints for several hidden layers.
    ``optimizer`` is one of ``"gd"``, ``"momentum"``, ``"rmsprop"``,
    ``"adam"``; the counts are positive integers, ``seed`` a
    non-negative one, ``learning_rate`` positive, ``lambd`` and
    ``decay_rate`` >= 0, ``keep_prob`` in (0, 1].
    """
    X, Y = check_training_X(func, a["X"]), a["Y"]
    if np.ndim(Y) == 2 and np.shape(Y)[0] > 1 \
            and np.shape(Y)[1] == X.shape[1]:
        X, Y = check_X_one_hot(func, X, Y)     # one-hot: a softmax
    else:
        X, Y = check_X_Y(func, X, Y)           # a row of 0/1 labels
    a["X"], a["Y"] = X, Y
    check_finite(func, "X", X)
    a["X_val"], a["Y_val"] = check_validation_set(
        func, a["X_val"], a["Y_val"], X.shape[0], dtype=X.dtype,
        n_y=Y.shape[0])
    a["n_h"] = _hidden_sizes(func, a["n_h"])
    rules.OPTIMIZER(func, "optimizer", a["optimizer"])
    a["learning_rate"] = rules.positive(0.01)(func, "learning_rate",
                                             a["learning_rate"])
    a["mini_batch_size"] = rules.count(
        "a number of examples per mini-batch, such as 64")(
        func, "mini_batch_size", a["mini_batch_size"])
    rules.count("a number of passes over the training set")(
        func, "num_epochs", a["num_epochs"])
    rules.count("a number of epochs without a better validation cost")(
        func, "patience", a["patience"])
    rules.seed("it fixes the initial weights, the shuffles and the "
               "dropout masks")(func, "seed", a["seed"])
    rules.HIDDEN_ACTIVATION(func, "hidden_activation",
                            a["hidden_activation"])
    _regularization(func, a)
    a["decay_rate"] = rules.DECAY_RATE(func, "decay_rate", a["decay_rate"])


def one_hot_inputs(func, a):
    """``one_hot``: ``n_classes`` a positive integer, ``y`` int labels.

    ``y`` is 1-D ``(m,)`` with labels 0 to ``n_classes - 1``.
    """
    n_classes = a["n_classes"] = rules.count(
        "the number of classes n_y")(func, "n_classes", a["n_classes"])
    a["y"] = check_labels(func, a["y"], n_classes)


def cost_softmax_inputs(func, a):
    """``compute_cost_softmax``: ``A2`` ``(n_y, m)``, one-hot ``Y``."""
    A2 = a["A2"] = check_class_probabilities(func, a["A2"])
    n_y, m = A2.shape
    a["Y"] = check_one_hot(func, a["Y"], m, dtype=A2.dtype, n_y=n_y)


def backward_softmax_inputs(func, a):
    """``backward_propagation_softmax``: as the binary one, ``n_y`` rows.

    ``Y`` is one-hot ``(n_y, m)`` and the cache's ``A2`` ``(n_y, m)``.
    """
    n_x, n_h, n_y = check_parameters(func, a["parameters"])
    X = a["X"] = check_X(func, a["X"], n_x)
    m = X.shape[1]
    a["Y"] = check_one_hot(func, a["Y"], m, dtype=X.dtype, n_y=n_y)
    rules.HIDDEN_ACTIVATION(func, "hidden_activation",
                            a["hidden_activation"])
    Z1, A1, A2 = check_softmax_cache(func, a["cache"], n_h, n_y, m,
                                     dtype=X.dtype)
    a["cache"] = {"Z1": Z1, "A1": A1, "A2": A2}
    a["parameters"] = {
        "W2": np.asarray(a["parameters"]["W2"], dtype=X.dtype)}


def train_softmax_inputs(func, a):
    """``train_softmax_nn`` and ``train_softmax_regression``.

    ``X`` ``(n_x, m)`` becomes floating, ``Y`` one-hot ``(n_y, m)`` in
    its dtype; the counts are positive integers, ``learning_rate``
    positive (a float for the network, whose update step takes it so).
    The regression has no ``n_h`` and no hidden activation.
    """
    a["X"], a["Y"] = check_X_one_hot(func, a["X"], a["Y"])
    if "n_h" in a:
        rules.LAYER_SIZE(func, "n_h", a["n_h"])
    rules.count("a number of gradient-descent steps")(
        func, "num_iterations", a["num_iterations"])
    rules.count("a number of iterations")(func, "cost_every",
                                          a["cost_every"])
    learning_rate = rules.positive(0.5)(func, "learning_rate",
                                        a["learning_rate"])
    if "hidden_activation" in a:
        a["learning_rate"] = learning_rate
        rules.HIDDEN_ACTIVATION(func, "hidden_activation",
                                a["hidden_activation"])


def predict_softmax_inputs(func, a):
    """``predict_softmax``: as the forward pass."""
    forward_inputs(func, a)


def regression_inputs(func, a):
    """``predict_softmax_regression``: ``W`` ``(n_y, n_x)``, ``b``, ``X``.

    All three become floating arrays in ``X``'s dtype.
    """
    W, b, a["X"] = check_regression(func, a["parameters"], a["X"])
    a["parameters"] = {"W": W, "b": b}


# ---------------------------------------------------------------------
# The L-layer network (Lesson 10) and its regularization (Lesson 11).


def _float_dtype(func, dtype):
    """``dtype`` as a NumPy floating dtype, else a ``TypeError``."""
    try:
        floating = np.issubdtype(np.dtype(dtype), np.floating)
    except TypeError:
        floating = False
    if not floating:
        shown = np.dtype(dtype) if isinstance(dtype, type) else dtype
        raise TypeError(
            f"{func}: dtype must be a floating dtype such as np.float64 "
            f"or np.float32, but got {shown!s}."
        )
    return np.dtype(dtype)


def init_deep_inputs(func, a):
    """``initialize_parameters_deep``: sizes, seed, scale and dtype.

    ``layer_dims`` is a list of at least 2 positive integers
    ``[n_x, n_1, ..., n_y]``; ``seed`` a non-negative integer;
    ``scale`` ``"he"``, ``"xavier"`` or a finite number >= 0; ``dtype``
    a floating dtype.
    """
    dims = a["layer_dims"]
    if isinstance(dims, (str, bytes)) or not hasattr(dims, "__len__") \
            or hasattr(dims, "keys"):
        raise TypeError(
            f"{func}: layer_dims must be a list of layer sizes [n_x, n_1, "
            f"..., n_y], input first, such as [64, 32, 10], but got "
            f"{dims!r} of type {type(dims).__name__}."
        )
    if len(dims) < 2:
        raise ValueError(
            f"{func}: layer_dims must hold at least 2 sizes [n_x, ..., "
            f"n_y], the input and the output layer, such as [64, 32, 10], "
            f"but got {list(dims)!r}."
        )
    a["layer_dims"] = [
        rules.LAYER_SIZE(func, f"layer_dims[{index}]", size)
        for index, size in enumerate(dims)]
    rules.seed("it fixes the initial weights")(func, "seed", a["seed"])
    rules.DEEP_SCALE(func, "scale", a["scale"])
    a["dtype"] = _float_dtype(func, a["dtype"])


def forward_deep_inputs(func, a):
    """``forward_propagation_deep``: parameters, ``X`` and the options.

    ``parameters`` holds ``W1`` .. ``WL`` and ``b1`` .. ``bL``, ``W_l``
    ``(n_l, n_{l-1})`` and ``b_l`` ``(n_l, 1)``, with no layer missing
    or extra (an error names the layer); ``X`` is ``(n_x, m)`` (a hint
    if it looks transposed); ``hidden_activation`` is ``"relu"`` or
    ``"tanh"``, ``output`` ``"sigmoid"`` or ``"softmax"``,
    ``keep_prob`` in (0, 1] and ``seed`` None, a non-negative integer
    or a ``numpy.random.Generator``. ``X`` becomes floating (float64
    from integers) and the parameters are cast to its dtype. After the
    pass, NaN in the output layer's ``Z`` is traced to ``X`` or the
    parameters.
    """
    n_x = check_deep_parameters(func, a["parameters"])[0]
    X = a["X"] = check_X(func, a["X"], n_x)
    rules.HIDDEN_ACTIVATION(func, "hidden_activation",
                            a["hidden_activation"])
    rules.OUTPUT(func, "output", a["output"])
    rules.KEEP_PROB(func, "keep_prob", a["keep_prob"])
    rules.DROPOUT_SEED(func, "seed", a["seed"])
    a["parameters"] = deep_as_dtype(a["parameters"], X.dtype)


def backward_deep_inputs(func, a):
    """``backward_propagation_deep``: parameters, caches, ``X``, ``Y``.

    The parameters as for the forward pass; ``X`` is ``(n_x, m)``;
    ``caches`` holds one dict per layer (``L`` of them) whose
    ``A_prev``, ``Z``, ``A`` (and dropout mask ``D``) have the shapes
    these parameters and ``X`` give, and whose ``keep_prob`` is in
    (0, 1]; ``Y`` is ``(n_y, m)``, one-hot columns for a softmax output
    and labels 0 or 1 for a sigmoid one; ``lambd`` is a finite number
    >= 0. The caches, ``Y`` and the weights are cast to the dtype of
    the output layer's ``A`` (float32 stays float32).
    """
    sizes = check_deep_parameters(func, a["parameters"])
    X = a["X"] = check_X(func, a["X"], sizes[0])
    m = X.shape[1]
    rules.HIDDEN_ACTIVATION(func, "hidden_activation",
                            a["hidden_activation"])
    rules.OUTPUT(func, "output", a["output"])
    rules.LAMBD(func, "lambd", a["lambd"])
    caches = a["caches"] = check_deep_caches(func, a["caches"], sizes, m)
    for index, cache in enumerate(caches):
        if "keep_prob" in cache:
            rules.KEEP_PROB(func, f"caches[{index}]['keep_prob']",
                            cache["keep_prob"])
    dtype = caches[-1]["A"].dtype
    a["Y"] = check_deep_Y(func, a["Y"], sizes[-1], m, dtype=dtype,
                          output=a["output"])
    a["parameters"] = deep_as_dtype(a["parameters"], dtype)


def cost_l2_inputs(func, a):
    """``compute_cost_with_l2``: ``AL``, ``Y``, parameters, ``lambd``.

    The parameters as for the forward pass; ``AL`` is ``(n_y, m)`` with
    ``n_y`` the last layer's units and probabilities in [0, 1]; ``Y``
    is ``(1, m)`` labels 0 or 1 for ``n_y = 1``, else one-hot columns
    ``(n_y, m)``, cast to ``AL``'s floating dtype; ``lambd`` is a
    finite number >= 0.
    """
    sizes = check_deep_parameters(func, a["parameters"])
    AL = a["AL"] = check_AL(func, a["AL"], sizes[-1])
    n_y, m = AL.shape
    output = "sigmoid" if n_y == 1 else "softmax"
    a["Y"] = check_deep_Y(func, a["Y"], n_y, m, dtype=AL.dtype,
                          output=output)
    rules.LAMBD(func, "lambd", a["lambd"])
