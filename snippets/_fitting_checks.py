"""One-line input checks for Lesson 8: mini-batches, optimizers, fit_nn.

As in ``snippets._checked``, each ``checked_*`` helper validates every
argument of the function that called it, names that function in its
messages (read from the caller's frame) and returns the arguments ready
to compute with. The small ``check_*`` helpers below them raise a
``ValueError`` or ``TypeError`` naming the function, the argument, the
expected shape in course symbols and numbers, what arrived, and a hint.
They never modify their inputs.
"""

# --8<-- [start:imports]
import numbers

import numpy as np

from snippets._checked import _caller
from snippets._checks import check_hidden_activation, check_layer_size
from snippets._learning_checks import (
    check_count,
    check_positive_number,
    check_X_Y,
)

# --8<-- [end:imports]

OPTIMIZERS = ("gd", "momentum", "rmsprop", "adam")
# typical values, quoted in the error messages
_EXAMPLES = {"learning_rate": 0.01, "epsilon": 1e-8, "beta": 0.9,
             "beta1": 0.9, "beta2": 0.999}
# which initializer makes the state dicts an update takes
_INITIALIZERS = {("v",): "initialize_velocity",
                 ("s",): "initialize_rmsprop",
                 ("v", "s"): "initialize_adam"}



def _is_numeric(array):
    """True for arrays of numbers or booleans."""
    return np.issubdtype(array.dtype, np.number) or array.dtype == bool


# --8<-- [start:check_seed]
def check_seed(func, seed, *, meaning):
    """Return ``seed`` as an int if it is a non-negative integer."""
    # bool is an int subclass, but seed=True is surely a mistake
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        raise TypeError(
            f"{func}: seed must be a non-negative int ({meaning}), but "
            f"got {seed!r} of type {type(seed).__name__}."
        )
    if seed < 0:
        raise ValueError(
            f"{func}: seed must be a non-negative int ({meaning}), but "
            f"got {seed}."
        )
    return int(seed)
# --8<-- [end:check_seed]


# --8<-- [start:check_beta]
def check_beta(func, name, value):
    """Return a moving average's decay ``value`` as a float in [0, 1)."""
    example = _EXAMPLES[name]
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(
            f"{func}: {name} must be a number in [0, 1) (the share of "
            f"the moving average kept at each step, such as {example}), "
            f"but got {value!r} of type {type(value).__name__}."
        )
    # written this way round so that NaN fails too
    if not 0 <= value < 1:
        hint = ""
        if value == 1:
            hint = " With 1 the average never moves from its zero start."
        raise ValueError(
            f"{func}: {name} must be a number in [0, 1) (the share of "
            f"the moving average kept at each step, such as {example}), "
            f"but got {value!r}.{hint}"
        )
    return float(value)
# --8<-- [end:check_beta]


# --8<-- [start:check_parameter_dict]
def check_parameter_dict(func, parameters):
    """Return ``parameters`` as a new dict of floating arrays.

    Any keys are accepted (``W1``, ``b1``, ``W2``, ``b2`` for the
    course's network). Integer arrays become float64, so a step is not
    rounded away; floating arrays keep their dtype and are not copied.
    """
    if not hasattr(parameters, "keys"):
        raise TypeError(
            f"{func}: parameters must be a dict of arrays with keys such "
            f"as W1, b1, W2, b2 (as initialize_parameters_nn returns), "
            f"but got {type(parameters).__name__}."
        )
    if len(parameters) == 0:
        raise ValueError(
            f"{func}: parameters is an empty dict; expected arrays such "
            f"as W1, b1, W2, b2 (as initialize_parameters_nn returns)."
        )
    arrays = {}
    for key, value in parameters.items():
        array = np.asarray(value)
        if not _is_numeric(array):
            raise TypeError(
                f"{func}: parameters['{key}'] must hold numbers, but got "
                f"dtype {array.dtype}."
            )
        if not np.issubdtype(array.dtype, np.floating):
            array = array.astype(np.float64)
        arrays[key] = array
    return arrays
# --8<-- [end:check_parameter_dict]


# --8<-- [start:check_like_parameters]
def check_like_parameters(func, name, values, parameters, *, source):
    """Return ``values["d" + key]`` for every parameter, in its dtype.

    ``values`` is a dict of gradients (``name="grads"``) or of an
    optimizer's moving averages (``"v"``, ``"s"``): one array of each
    parameter's shape under the key ``"d" + key``. ``source`` says
    where such a dict comes from, e.g. "as backward_propagation_nn
    returns". Returns a new dict holding only those keys.
    """
    keys = ["d" + key for key in parameters]
    if not hasattr(values, "keys"):
        raise TypeError(
            f"{func}: {name} must be a dict with keys {', '.join(keys)} "
            f"({source}), but got {type(values).__name__}."
        )
    missing = [key for key in keys if key not in values]
    if missing:
        got = ", ".join(map(str, values.keys())) or "no keys"
        raise ValueError(
            f"{func}: {name} is missing key(s) {', '.join(missing)}; "
            f"expected {', '.join(keys)} ({source}), got {got}."
        )
    arrays = {}
    for key, theta in parameters.items():
        array = np.asarray(values["d" + key])
        if not _is_numeric(array):
            raise TypeError(
                f"{func}: {name}['d{key}'] must hold numbers, but got "
                f"dtype {array.dtype}."
            )
        if array.shape != theta.shape:
            raise ValueError(
                f"{func}: {name}['d{key}'] must have the shape of "
                f"parameters['{key}'], {theta.shape}, but got shape "
                f"{array.shape}."
            )
        # float32 weights stay float32, even with float64 gradients
        arrays["d" + key] = array.astype(theta.dtype, copy=False)
    return arrays
# --8<-- [end:check_like_parameters]


# --8<-- [start:checked_state_init]
def checked_state_init(parameters):
    """Check an optimizer initializer's ``parameters``.

    Returns them as floating arrays, so the zeros made from them are
    floating too.
    """
    return check_parameter_dict(_caller(), parameters)
# --8<-- [end:checked_state_init]


# --8<-- [start:checked_step]
def checked_step(parameters, grads, **named):
    """Check one optimizer step's inputs; return them ready to compute.

    ``named`` holds the optimizer's state dicts (``v``, ``s``) and
    numbers (``t``, ``learning_rate``, ``beta``, ``beta1``, ``beta2``,
    ``epsilon``). Returns the parameters as floating arrays, the
    gradients and each state in its parameter's dtype (float32 weights
    stay float32), then the numbers as Python scalars, in the order
    given.
    """
    func = _caller()
    parameters = check_parameter_dict(func, parameters)
    grads = check_like_parameters(
        func, "grads", grads, parameters,
        source="as backward_propagation_nn returns")
    states = tuple(name for name in ("v", "s") if name in named)
    initializer = _INITIALIZERS.get(states)
    checked = []
    for name, value in named.items():
        if name in states:
            value = check_like_parameters(
                func, name, value, parameters,
                source=f"as {initializer}(parameters) returns, then each "
                       f"step")
        elif name == "t":
            value = check_count(
                func, "t", value,
                meaning="the number of this step, counting from 1")
        elif name.startswith("beta"):
            value = check_beta(func, name, value)
        else:
            value = check_positive_number(func, name, value,
                                          example=_EXAMPLES[name])
        checked.append(value)
    return (parameters, grads, *checked)
# --8<-- [end:checked_step]


# --8<-- [start:check_examples]
def check_examples(func, X, Y):
    """Return ``X`` ``(n_x, m)`` and ``Y`` ``(n_y, m)`` as arrays.

    Only the layout is checked, one example per column of both; the
    dtypes are kept.
    """
    X, Y = np.asarray(X), np.asarray(Y)
    for name, array in (("X", X), ("Y", Y)):
        if not _is_numeric(array):
            raise TypeError(
                f"{func}: {name} must hold numbers, but got dtype "
                f"{array.dtype}."
            )
    if X.ndim != 2:
        hint = ""
        if X.ndim == 1:
            hint = " For a single feature use X.reshape(1, -1)."
        raise ValueError(
            f"{func}: X must be 2-D with shape (n_x, m), one example per "
            f"column, but got a {X.ndim}-D array of shape {X.shape}.{hint}"
        )
    n_x, m = X.shape
    if Y.ndim != 2 or Y.shape[1] != m:
        hint = ""
        if Y.ndim == 1 and Y.size == m:
            hint = " Labels in a 1-D array: use y.reshape(1, -1)."
        elif Y.ndim == 2 and Y.shape[0] == m:
            hint = " Y looks transposed: pass Y.T."
        elif Y.ndim == 2 and Y.shape[1] == n_x:
            hint = (" X looks transposed (examples in rows, as pandas "
                    "and scikit-learn store them): pass X.T.")
        raise ValueError(
            f"{func}: Y must have shape (n_y, m) = (n_y, {m}), one column "
            f"per example (column of X), but got shape {Y.shape}.{hint}"
        )
    return X, Y
# --8<-- [end:check_examples]


# --8<-- [start:checked_mini_batches]
def checked_mini_batches(X, Y, mini_batch_size, seed):
    """Check ``random_mini_batches``' arguments.

    Returns ``X`` and ``Y`` as arrays (dtypes kept) and the mini-batch
    size as an int.
    """
    func = _caller()
    X, Y = check_examples(func, X, Y)
    mini_batch_size = check_count(
        func, "mini_batch_size", mini_batch_size,
        meaning="a number of examples per mini-batch, such as 64")
    check_seed(func, seed, meaning="it fixes the shuffle")
    return X, Y, mini_batch_size
# --8<-- [end:checked_mini_batches]


# --8<-- [start:check_finite]
def check_finite(func, name, X):
    """Raise if the columns (examples) of ``X`` hold NaN or infinity."""
    bad = ~np.isfinite(X).all(axis=0)
    if bad.any():
        raise ValueError(
            f"{func}: {name} contains NaN or infinite values in "
            f"{int(bad.sum())} of {X.shape[1]} examples (columns). Fill "
            f"the missing values first (Lesson 4 filled Age with the "
            f"training median) or drop those examples."
        )
# --8<-- [end:check_finite]


# --8<-- [start:check_validation_set]
def check_validation_set(func, X_val, Y_val, n_x, *, dtype):
    """Return ``X_val`` ``(n_x, m_val)`` and ``Y_val`` ``(1, m_val)``.

    Both are returned in ``dtype``, the training set's; ``m_val`` must
    be at least 1.
    """
    X_val, Y_val = np.asarray(X_val), np.asarray(Y_val)
    for name, array in (("X_val", X_val), ("Y_val", Y_val)):
        if not _is_numeric(array):
            raise TypeError(
                f"{func}: {name} must hold numbers, but got dtype "
                f"{array.dtype}."
            )
    if X_val.ndim != 2 or X_val.shape[0] != n_x:
        hint = ""
        if X_val.ndim == 2 and X_val.shape[1] == n_x:
            hint = (" It looks transposed (examples in rows, as "
                    "load_titanic returns them): pass X_val.T.")
        raise ValueError(
            f"{func}: X_val must have shape (n_x, m_val) = ({n_x}, "
            f"m_val), one validation example per column like X, but got "
            f"shape {X_val.shape}.{hint}"
        )
    m_val = X_val.shape[1]
    if m_val == 0:
        raise ValueError(
            f"{func}: X_val has no examples (shape {X_val.shape}), but "
            f"early stopping needs a validation set to measure the cost "
            f"on. Hint: load_titanic(validation_size=0.2) holds out one "
            f"passenger in five."
        )
    if Y_val.shape != (1, m_val):
        hint = ""
        if Y_val.ndim == 1 and Y_val.size == m_val:
            hint = " Labels in a 1-D array: use y_val.reshape(1, -1)."
        elif Y_val.shape == (m_val, 1):
            hint = " It looks transposed: pass Y_val.T."
        raise ValueError(
            f"{func}: Y_val must have shape (1, m_val) = (1, {m_val}), "
            f"one label per column of X_val, but got shape "
            f"{Y_val.shape}.{hint}"
        )
    Y_val = Y_val.astype(dtype, copy=False)
    # written this way round so that NaN fails too
    inside = (Y_val >= 0) & (Y_val <= 1)
    if not inside.all():
        raise ValueError(
            f"{func}: Y_val must hold the labels 0 and 1, but got "
            f"{Y_val[~inside][0]}."
        )
    X_val = X_val.astype(dtype, copy=False)
    check_finite(func, "X_val", X_val)
    return X_val, Y_val
# --8<-- [end:check_validation_set]


# --8<-- [start:check_choice]
def check_choice(func, name, value, choices):
    """Raise unless ``value`` is one of the strings ``choices``."""
    if not isinstance(value, str) or value not in choices:
        raise ValueError(
            f"{func}: {name} must be one of "
            f"{', '.join(map(repr, choices))}, but got {value!r}."
        )
# --8<-- [end:check_choice]


# --8<-- [start:checked_epoch]
def checked_epoch(state, optimizer, learning_rate, hidden_activation):
    """Check ``run_epoch``'s options; return the state's v, s and t.

    The arrays themselves are checked by the functions it calls.
    """
    func = _caller()
    check_choice(func, "optimizer", optimizer, OPTIMIZERS)
    check_positive_number(func, "learning_rate", learning_rate,
                          example=0.01)
    check_hidden_activation(func, hidden_activation)
    expected = ("a dict with keys 'v' and 's' (as initialize_adam returns "
                "them) and 't', the number of steps taken so far")
    if not hasattr(state, "keys"):
        raise TypeError(
            f"{func}: state must be {expected}, but got "
            f"{type(state).__name__}."
        )
    missing = [key for key in ("v", "s", "t") if key not in state]
    if missing:
        raise ValueError(
            f"{func}: state is missing key(s) {', '.join(missing)}; "
            f"expected {expected}. Hint: v, s = initialize_adam("
            f"parameters); state = {{'v': v, 's': s, 't': 0}}."
        )
    t = state["t"]
    if isinstance(t, bool) or not isinstance(t, numbers.Integral) or t < 0:
        raise ValueError(
            f"{func}: state['t'] must be the number of steps taken so "
            f"far, an int >= 0 (0 at the start), but got {t!r}."
        )
    return state["v"], state["s"], int(t)
# --8<-- [end:checked_epoch]


# --8<-- [start:checked_fit]
def checked_fit(X, Y, X_val, Y_val, n_h, optimizer, learning_rate,
                mini_batch_size, num_epochs, patience, seed,
                hidden_activation):
    """Check ``fit_nn``'s arguments.

    Returns ``X`` and ``Y`` as floats, and ``X_val`` and ``Y_val`` in
    ``X``'s dtype.
    """
    func = _caller()
    X, Y = check_X_Y(func, X, Y)
    check_finite(func, "X", X)
    X_val, Y_val = check_validation_set(func, X_val, Y_val, X.shape[0],
                                        dtype=X.dtype)
    check_layer_size(func, "n_h", n_h)
    check_choice(func, "optimizer", optimizer, OPTIMIZERS)
    check_positive_number(func, "learning_rate", learning_rate,
                          example=0.01)
    check_count(func, "mini_batch_size", mini_batch_size,
                meaning="a number of examples per mini-batch, such as 64")
    check_count(func, "num_epochs", num_epochs,
                meaning="a number of passes over the training set")
    check_count(func, "patience", patience,
                meaning="a number of epochs without a better validation "
                        "cost")
    check_seed(func, seed,
               meaning="it fixes the initial weights and the shuffles")
    check_hidden_activation(func, hidden_activation)
    return X, Y, X_val, Y_val
# --8<-- [end:checked_fit]
