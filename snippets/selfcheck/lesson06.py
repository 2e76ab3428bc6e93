"""The self-checks of Lesson 6: sigmoid, ReLU, initialization, forward.

Each ``check_*`` runs a learner's function on small cases (m = 1,
m = n_h and a square case, where transposes hide), compares it with the
course's own and names the likely mistake from the catalogue below.
"""

import itertools
import re
import types

import numpy as np

from snippets.activations import relu, sigmoid
from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn
from snippets.selfcheck._engine.common import (
    COMMON_LINES,
    GLOBAL_RANDOM_STATE_MISTAKES,
    PARAMETER_KEYS,
    PARAMETER_SHAPES,
    SIGNATURE_MISTAKE,
    as_float32,
    changed_inputs,
    float_array,
    like_any,
    missing_key,
    overflow_at_large_z,
    random_network,
    returned_outputs,
    returns_array,
    size_label,
    stable_line,
)
from snippets.selfcheck._engine.report import (
    Case,
    Line,
    Mistake,
    Spec,
    describe,
    dtype_line,
    first_difference,
    fmt,
    fmt_list,
    join,
    like,
    random_state_line,
    returns_line,
    run_check,
    same_output,
    shape_of,
    shapes_line,
    unpack_dict,
    values_line,
    warnings_line,
    wrong_keys,
)


def check_sigmoid(fn):
    """Check your ``sigmoid(z)``: values, shapes, dtype and z = +-1000.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(z)`` returns ``1 / (1 + exp(-z))`` elementwise,
        an array of ``z``'s shape and dtype.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import sigmoid
    >>> from snippets.selfcheck import check_sigmoid
    >>> report = check_sigmoid(sigmoid)
    >>> bool(report)
    True
    >>> print(report)
    check_sigmoid: 8 of 8 checks passed
      ok   returns an array
      ok   shapes for z.shape = (4, 5), (1, 1)
      ok   values match the course's sigmoid
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   stable: sigmoid(-1000) = 0, sigmoid(1000) = 1, no warning
      ok   z is left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
    """
    return run_check(SIGMOID, fn)


def check_relu(fn):
    """Check your ``relu(z)``: values, shapes and dtype.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(z)`` returns ``max(0, z)`` elementwise, an
        array of ``z``'s shape and dtype.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_relu
    >>> def relu(z):
    ...     return np.where(z > 0, z, 0.01 * z)
    >>> report = check_relu(relu)
    >>> bool(report)
    False
    >>> print(report)
    check_relu: 6 of 7 checks passed
      ok   returns an array
      ok   shapes for z.shape = (4, 5), (1, 1)
      FAIL values: relu(z) differs on case (4, 5), max |diff| 0.07 at
           relu(z)[2, 2]
           expected relu(z)[2, 1:5] = [0.124, 0, 0, 0]
           got      relu(z)[2, 1:5] = [0.124, -0.06975, -0.006564, -0.03738]
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   z is left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your relu lets negative z through as 0.01 * z
      (that is leaky ReLU): ReLU gives exactly 0 there, np.maximum(z, 0).
    """
    return run_check(RELU, fn)


def check_initialize_parameters_nn(fn):
    """Check your ``initialize_parameters_nn(n_x, n_h, n_y)``.

    Any random numbers are right, so it checks properties: shapes, zero
    biases, weights about ``0.01 * N(0, 1)`` (measured on a layer of
    300 x 400), hidden units that differ, and NumPy's global random state
    left alone (use your own generator, not ``np.random.seed``).

    Parameters
    ----------
    fn : callable
        Your function: ``fn(n_x, n_h, n_y)`` returns a dict with ``W1``
        ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(n_y, n_h)`` and
        ``b2`` ``(n_y, 1)``.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import initialize_parameters_nn
    >>> from snippets.selfcheck import check_initialize_parameters_nn
    >>> print(check_initialize_parameters_nn(initialize_parameters_nn))
    check_initialize_parameters_nn: 8 of 8 checks passed
      ok   returns a dict with keys W1, b1, W2, b2
      ok   shapes for (n_x, n_h, n_y) = (2, 4, 1), (4, 3, 2), (1, 1, 1),
           (400, 300, 1)
      ok   biases b1 and b2 are zeros
      ok   weights about 0.01 x N(0, 1): std(W1) = 0.0100, std(W2) = 0.0091
      ok   hidden units differ: no two rows of W1 are equal
      ok   dtype: float64 in -> float64 out
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      +    bonus: W1 and W2 equal the course's numbers,
           initialize_parameters_nn(2, 4, 1)
    """
    return run_check(INITIALIZATION, fn)


def check_forward_propagation_nn(fn):
    """Check your ``forward_propagation_nn(X, parameters)``.

    The network is the course's: ``Z1 = W1 @ X + b1``, ``A1 = relu(Z1)``,
    ``Z2 = W2 @ A1 + b2``, ``A2 = sigmoid(Z2)``.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(X, parameters)`` returns ``(A2, cache)`` with
        ``cache`` a dict of ``Z1``, ``A1``, ``Z2`` and ``A2``.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import relu, sigmoid
    >>> from snippets.selfcheck import check_forward_propagation_nn
    >>> def forward(X, parameters):
    ...     W1, b1 = parameters["W1"], parameters["b1"]
    ...     W2, b2 = parameters["W2"], parameters["b2"]
    ...     Z1 = W1 @ X + b1
    ...     A1 = relu(Z1)
    ...     Z2 = W2 @ A1                # b2 forgotten
    ...     A2 = sigmoid(Z2)
    ...     return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    >>> print(check_forward_propagation_nn(forward))
    check_forward_propagation_nn: 6 of 7 checks passed
      ok   returns (A2, cache) with cache keys Z1, A1, Z2, A2
      ok   shapes for (n_x, n_h, m) = (3, 4, 5), (3, 4, 1), (2, 4, 4),
           (4, 4, 3)
      FAIL values: 2 outputs differ, A2 and Z2
           A2 differs on case (3, 4, 5), max |diff| 0.16 at A2[0, 4]
           expected A2[0, 1:5] = [0.7661, 0.7485, 0.9949, 0.589]
           got      A2[0, 1:5] = [0.6279, 0.6053, 0.9901, 0.4248]
           Z2 differs on case (3, 4, 5), max |diff| 0.66 at Z2[0, 1]
           expected Z2[0, 0:4] = [2.366, 1.186, 1.09, 5.267]
           got      Z2[0, 0:4] = [1.703, 0.5232, 0.4274, 4.604]
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   X and parameters are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your A2 is what the network gives without b2: add b2 in
      Z2 = W2 @ A1 + b2.
    """
    return run_check(FORWARD, fn)


CACHE_KEYS = ("Z1", "A1", "Z2", "A2")


CACHE_A2 = "cache['A2']"  # the cache's own A2, compared as an output


def forward_with(*, hidden=relu, output=sigmoid, add_b1=True, add_b2=True,
                 layer2_input="A1", transpose_W1=False, flat_b1=False,
                 bias1="b1", bias2="b2", cache_A2="A2"):
    """A forward pass ``fn(X, parameters)`` with the mistake asked for.

    ``bias1`` and ``bias2`` name the bias each layer adds; ``cache_A2``
    the array stored under the cache's key "A2".
    """
    def forward(X, parameters):
        W1, b1, W2, b2 = (parameters[key] for key in PARAMETER_KEYS)
        b1 = b1.ravel() if flat_b1 else b1
        biases = {"b1": b1, "b2": b2}
        Z1 = (W1.T if transpose_W1 else W1) @ X + (
            biases[bias1] if add_b1 else 0)
        A1 = hidden(Z1)
        Z2 = W2 @ {"A1": A1, "Z1": Z1, "X": X}[layer2_input] + (
            biases[bias2] if add_b2 else 0)
        A2 = output(Z2)
        cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
        return A2, {**cache, "A2": cache[cache_A2]}
    return forward


def _leaky(z):
    return np.where(z > 0, z, 0.01 * z)


# the hidden and output activations a learner may write, with what to call
# them; the course's come first
HIDDEN_ACTIVATIONS = (
    ("relu(Z1)", relu), ("sigmoid(Z1)", sigmoid), ("tanh(Z1)", np.tanh),
    ("Z1 itself", lambda z: z), ("leaky ReLU, 0.01 * Z1 below 0", _leaky),
    ("leaky ReLU, 0.1 * Z1 below 0", lambda z: np.where(z > 0, z, 0.1 * z)),
    ("the mask Z1 > 0", lambda z: z > 0), ("|Z1|", np.abs),
    ("np.max(Z1, 0), each column's largest entry", lambda z: np.max(z, 0)),
)
OUTPUT_ACTIVATIONS = (
    ("sigmoid(Z2)", sigmoid), ("relu(Z2)", relu), ("tanh(Z2)", np.tanh),
    ("Z2 itself", lambda z: z),
    ("1 / (1 + exp(Z2)), sigmoid(-Z2)", lambda z: sigmoid(-z)),
    ("1 / (1 - exp(-Z2))", lambda z: 1 / (1 - np.exp(-z))),
    ("a softmax, which is 1 on a single output row",
     lambda z: np.exp(z) / np.sum(np.exp(z), axis=0, keepdims=True)),
)
# the right pair, and the pairs that have an entry of their own
_OWN_ENTRIES = {
    ("relu(Z1)", "sigmoid(Z2)"), ("sigmoid(Z1)", "sigmoid(Z2)"),
    ("tanh(Z1)", "sigmoid(Z2)"), ("Z1 itself", "sigmoid(Z2)"),
    ("relu(Z1)", "relu(Z2)"), ("relu(Z1)", "Z2 itself"),
    ("relu(Z1)", "tanh(Z2)"), ("sigmoid(Z1)", "relu(Z2)"),
}
# each pair's mutant, made once: a detector's mutants are cached by identity
# both activations wrong only among the first four of each (the common
# ones); a rarer one with the other activation right
ACTIVATION_PAIRS = tuple(
    (hidden_name, output_name, forward_with(hidden=hidden, output=output))
    for (i, (hidden_name, hidden)), (j, (output_name, output))
    in itertools.product(enumerate(HIDDEN_ACTIVATIONS),
                         enumerate(OUTPUT_ACTIVATIONS))
    if (hidden_name, output_name) not in _OWN_ENTRIES
    and (max(i, j) < 4 or min(i, j) == 0)
)


def wrong_activations(run):
    """The forward pass with another hidden or output activation (or both).

    The pairs with an entry of their own are found by it first.
    """
    for hidden_name, output_name, mutant in ACTIVATION_PAIRS:
        if run.matches(mutant):
            said = [f"A{layer} = {name}" for layer, name, right in (
                (1, hidden_name, "relu(Z1)"), (2, output_name, "sigmoid(Z2)"))
                if name != right]
            return {"what": " and ".join(said)}
    return None


BIAS_MUTANTS = tuple(
    ((bias1, bias2), forward_with(bias1=bias1, bias2=bias2))
    for bias1, bias2 in (("b2", "b2"), ("b1", "b1"), ("b2", "b1"))
)


def wrong_biases(run):
    """A layer adds the other layer's bias (b2 in Z1, b1 in Z2)."""
    for (bias1, bias2), mutant in BIAS_MUTANTS:
        if run.matches(mutant):
            said = [f"Z{layer} adds {got}" for layer, got, right in (
                (1, bias1, "b1"), (2, bias2, "b2")) if got != right]
            return {"what": " and ".join(said)}
    return None


def entries_swapped(keys, shown=lambda key: key, right=()):
    """A detector: some outputs hold another output's right value.

    Fires when every output that differs from the course's holds, on
    every case, the course's value of one other output of ``keys`` (same
    shape and values), and the rest match: ``{"what": "Z2 under 'A2'"}``.
    The outputs of ``right`` must match: a mistake there is another one.
    """
    def detect(run):
        items = [(got, expected) for _, _, got, expected in run.regular()]
        if not items or not all(got for got, _ in items):
            return None
        said = []
        for key in items[0][1]:
            if all(key in got and same_output(want[key], got[key], key)
                   for got, want in items):
                continue
            if key in right:
                return None
            others = [other for other in keys if other != key and all(
                key in got and other in want
                and same_output(want[other], got[key], key)
                for got, want in items)]
            if not others:
                return None
            said.append(f"{others[0]} under {shown(key)}")
        return {"what": join(said)} if said else None
    return detect


def dtype_changed(run):
    """Right values, but an output's dtype is not the course's.

    The hint's ``advice`` says which way the dtype went: narrowed to
    float32 (a cast), or widened to float64 (a conversion or a float64
    constant).
    """
    if values_line(run).status != "ok":
        return None
    for case, _, got, expected in run.regular():
        for key, want in expected.items():
            value = (got or {}).get(key)
            want = np.asarray(want).dtype
            if isinstance(value, np.ndarray | np.generic) and \
                    value.dtype != want:
                narrowed = value.dtype.itemsize < want.itemsize
                advice = (
                    "leave out the cast to " + str(value.dtype)
                    + " (np.float32(...), .astype(np.float32), "
                    "dtype=np.float32): NumPy keeps the input's dtype by "
                    "itself" if narrowed else
                    "keep the input's dtype, so that float32 stays "
                    "float32: no conversion (np.array(..., dtype=float), "
                    ".astype(float), np.float64(...)), NumPy keeps the "
                    "dtype by itself")
                return {"key": key, "got": str(value.dtype),
                        "want": str(want), "case": case.name,
                        "advice": advice}
    return None


DTYPE_HINT = ("your {key} is {got} on case {case}, where the course's is "
              "{want} (the values are right): {advice}.")


def _pairs(run):
    """Each value the learner returned that is a pair ``(first, second)``."""
    return [call.value for call in run.calls
            if isinstance(call.value, tuple | list) and len(call.value) == 2]


def cache_first(run):
    """``(cache, A2)``: the dict came first, an array second."""
    pairs = _pairs(run)
    return bool(pairs) and all(
        isinstance(first, dict) and isinstance(second, np.ndarray)
        for first, second in pairs
    )


def cache_not_a_dict(run):
    """``(A2, cache)`` came back with a cache that is not a dict.

    Only when neither part is a dict: ``(cache, A2)`` is another mistake.
    """
    for first, second in _pairs(run):
        if not isinstance(first, dict) and not isinstance(second, dict):
            return {"what": type(second).__name__}
    return None


def shapes_in_symbols(run):
    """Some parameter's shape, read in the symbols n_x, n_h, n_y and 1.

    Only when exactly one pair of symbols gives the learner's shape on
    every case: ``{"what": "W2 has shape (n_y, n_x)"}``.
    """
    if swapped_weight_shapes(run) or biases_shaped_as_weights(run):
        return None  # entries of their own
    said = []
    for key, right in PARAMETER_SHAPES.items():
        shapes = [(case.args, shape_of(got.get(key)))
                  for case, got in returned_outputs(run)]
        if not shapes or any(shape is None or len(shape) != 2
                             for _, shape in shapes):
            return None
        fits = [f"({', '.join(pair)})"
                for pair in itertools.product(_SYMBOLS, repeat=2)
                if all(tuple(_SYMBOLS[symbol](sizes) for symbol in pair)
                       == shape for sizes, shape in shapes)]
        if right in fits:
            continue
        if len(fits) != 1:  # no reading, or more than one
            return None
        said.append(f"{key} has shape {fits[0]}, not {right}")
    return {"what": join(said)} if said else None


_SYMBOLS = {"n_x": lambda sizes: sizes[0], "n_h": lambda sizes: sizes[1],
            "n_y": lambda sizes: sizes[2], "1": lambda sizes: 1}


def swapped_weight_shapes(run):
    """W1 came back ``(n_x, n_h)`` or W2 ``(n_h, n_y)``."""
    for case, got in returned_outputs(run):
        n_x, n_h, n_y = case.args
        for key, rows, cols in (("W1", n_h, n_x), ("W2", n_y, n_h)):
            if rows != cols and shape_of(got.get(key)) == (cols, rows):
                return {"key": key, "shape": (cols, rows)}
    return None


def one_dimensional_biases(run):
    """b1 or b2 came back 1-D, ``(n_h,)`` instead of ``(n_h, 1)``."""
    for _, got in returned_outputs(run):
        for key in ("b1", "b2"):
            if key in got and np.ndim(got[key]) == 1:
                return {"key": key}
    return None


def identical_hidden_units(run):
    """Two rows of W1 are equal: two hidden units compute the same."""
    for _, got in returned_outputs(run):
        W1 = float_array(got.get("W1"))
        if W1 is not None and W1.ndim == 2 and W1.shape[0] > 1:
            if len(np.unique(W1, axis=0)) < W1.shape[0]:
                return True
    return False


def _large_layer(run, key="W1"):
    """``key`` of the largest case, as a float array, or None."""
    case, got = max(zip(run.cases, run.got),
                    key=lambda item: item[0].args[0] * item[0].args[1])
    W = float_array((got or {}).get(key))
    return W if W is not None and W.size > 1 else None


def unscaled_weights(run):
    """W1's (else W2's) standard deviation is about 1, not 0.01."""
    for key in ("W1", "W2"):
        W = _large_layer(run, key)
        if W is not None and 0.2 <= W.std() <= 5:
            return {"std": f"{W.std():.2f}", "key": key}
    return None


def misscaled_weights(run):
    """Centred weights whose standard deviation is not about 0.01."""
    W1 = _large_layer(run)
    low, high = WEIGHT_STD_RANGE
    if W1 is not None and not low <= W1.std() <= high and \
            abs(W1.mean()) < W1.std() / 10:
        return {"std": f"{W1.std():.3g}"}
    return None


def uniform_weights(run):
    """All weights are >= 0: drawn with ``rand`` from [0, 1)."""
    W1 = _large_layer(run)
    return W1 is not None and W1.min() >= 0 and W1.max() > 0


def nonzero_biases(run):
    """Some bias is not zero."""
    return any(
        key in got and float_array(got[key]) is not None
        and float_array(got[key]).any()
        for _, got in returned_outputs(run) for key in ("b1", "b2")
    )


def raised_at(error, *patterns, message=""):
    """A detector: a call raised ``error``, whose message holds
    ``message``, on a line of the learner's whose code (comments left
    out) matches one of the regular expressions ``patterns``:
    ``{"line": ...}``."""
    def detect(run):
        for call in run.calls:
            if not isinstance(call.error, error) or not call.where or \
                    message not in str(call.error):
                continue
            line = call.where.split(": ", 1)[-1]
            code = line.split("#", 1)[0]
            if any(re.search(pattern, code) for pattern in patterns):
                return {"line": code.strip()}
        return None
    return detect


def _named(name):
    """A pattern for ``name`` or ``parameters["name"]`` (any dict)."""
    return rf"(?<![\w.])(?:{name}|\w+\[[\"']{name}[\"']\])(?!\w)"


def _product(left, operator, right):
    """Patterns for ``left @ right`` and ``np.dot(left, right)``..."""
    a, b = _named(left), _named(right)
    if operator == "*":
        return (rf"{a}\s*\*\s*{b}", rf"np\.multiply\(\s*{a}\s*,\s*{b}")
    return (rf"{a}\s*@\s*{b}", rf"np\.(?:dot|matmul)\(\s*{a}\s*,\s*{b}")


_TRUTH_VALUE = "truth value of an array"


# products with the weights second, as a learner may write them
_WRONG_ORDER = (*_product("X", "@", "W1"), *_product("A1", "@", "W2"))
_ELEMENTWISE = (*_product("W1", "*", "X"), *_product("W2", "*", "A1"))
_W2_TRANSPOSED = (rf"{_named('W2')}\.T\s*@", rf"np\.dot\(\s*{_named('W2')}\.T")


def returns_type(kind, length=None):
    """A detector: the function returns a ``kind`` (of ``length`` items)."""
    def detect(run):
        for call in run.calls:
            if isinstance(call.value, kind) and (
                    length is None or len(call.value) in length):
                return {"what": type(call.value).__name__}
        return None
    return detect


def _returns_list(function):
    return Mistake("returns a list", returns_type(list),
                   f"your {function} returns a Python list: return the "
                   f"NumPy array itself (no .tolist() or list(...)), so that "
                   f"it keeps z's shape and dtype.")


def _math_module(function, fix):
    return Mistake("math on an array",
                   raised_at(TypeError, r"\bmath\.", message="arrays can be"),
                   f"your {function} calls the math module on an array "
                   f"({{line}}): math.exp and math.log take one number; "
                   f"use NumPy's elementwise np.exp and np.log, {fix}.")


def _if_on_array(function, fix):
    return Mistake("if on an array",
                   raised_at(ValueError, r"\bif\b", message=_TRUTH_VALUE),
                   f"your {function} asks an if about a whole array "
                   f"({{line}}), which has no single True or False: decide "
                   f"elementwise, {fix}.")


def _changes_z(function):
    return Mistake("z changed in place", changed_inputs,
                   f"your {function} changes z in place (z[...] = ...): "
                   f"compute on a copy, a = z.copy(), or return a new "
                   f"array.")


SIGMOID_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("sign error",
            like_any(lambda z: 1 / (1 + np.exp(z)),
                     lambda z: np.exp(-z) / (1 + np.exp(-z)),
                     lambda z: sigmoid(-z)),
            "your sigmoid computes 1 / (1 + exp(z)), which is "
            "sigmoid(-z): a sign is lost, the minus sign of the exponent, "
            "1 / (1 + np.exp(-z)), or in the stable form the two branches "
            "of np.where swapped, np.where(z >= 0, 1, e) / (1 + e)."),
    Mistake("// instead of /", like(lambda z: 1 // (1 + np.exp(-z))),
            "your sigmoid divides with //, which rounds down to a whole "
            "number: divide with /, 1 / (1 + np.exp(-z))."),
    Mistake("minus in the denominator",
            like(lambda z: 1 / (1 - np.exp(-z))),
            "your sigmoid computes 1 / (1 - exp(-z)): the denominator is "
            "1 + exp(-z), 1 / (1 + np.exp(-z))."),
    Mistake("sign lost with -|z|",
            like_any(lambda z: 1 / (1 + np.exp(-np.abs(z))),
                     lambda z: np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z)))),
            "your sigmoid exponentiates -|z| (the stable way) but uses one "
            "formula for both signs, so it returns sigmoid(|z|) or "
            "sigmoid(-|z|) and loses the sign of z: with e = "
            "np.exp(-np.abs(z)), it is 1 / (1 + e) where z >= 0 and "
            "e / (1 + e) where z < 0, np.where(z >= 0, 1, e) / (1 + e)."),
    Mistake("overflow in exp", overflow_at_large_z,
            "np.exp overflows for |z| near 1000 (a RuntimeWarning, and "
            "exp(z) / (1 + exp(z)) even gives NaN): exponentiate only "
            "-|z|, e = np.exp(-np.abs(z)), then np.where(z >= 0, 1, e) "
            "/ (1 + e)."),
    Mistake("parentheses missing", like(lambda z: 1 / 1 + np.exp(-z)),
            "your sigmoid computes 1 / 1 + exp(-z), which Python reads as "
            "(1 / 1) + exp(-z): put the denominator in parentheses, "
            "1 / (1 + np.exp(-z))."),
    Mistake("tanh without the halves",
            like(lambda z: 0.5 * (1 + np.tanh(z))),
            "your sigmoid computes (1 + tanh(z)) / 2, which is sigmoid(2 z): "
            "the identity is sigmoid(z) = (1 + tanh(z / 2)) / 2, or write "
            "1 / (1 + np.exp(-z))."),
    _returns_list("sigmoid"),
    _math_module("sigmoid", "1 / (1 + np.exp(-z))"),
    _if_on_array("sigmoid", "e = np.exp(-np.abs(z)), then "
                 "np.where(z >= 0, 1, e) / (1 + e)"),
    _changes_z("sigmoid"),
    Mistake("dtype changed", dtype_changed, DTYPE_HINT),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


def _python_max(z):
    return max(0, z)


RELU_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("leaky output", like(lambda z: np.where(z > 0, z, 0.01 * z)),
            "your relu lets negative z through as 0.01 * z (that is "
            "leaky ReLU): ReLU gives exactly 0 there, np.maximum(z, 0)."),
    Mistake("boolean mask", like(lambda z: z > 0),
            "your relu returns the mask z > 0 (ReLU's slope, used in "
            "backpropagation) instead of the values: np.maximum(z, 0)."),
    Mistake("absolute value", like(np.abs),
            "your relu returns |z|: ReLU sets negative z to 0 instead of "
            "flipping its sign, np.maximum(z, 0)."),
    Mistake("np.max instead of np.maximum", like(lambda z: np.max(z, 0)),
            "np.max(z, 0) is the largest entry of each column (a "
            "reduction): the elementwise maximum is np.maximum(z, 0)."),
    Mistake("np.minimum", like(lambda z: np.minimum(z, 0)),
            "your relu keeps the negative z and sets the positive ones to "
            "0 (np.minimum, or the mask z < 0): ReLU keeps the positive "
            "ones, np.maximum(z, 0)."),
    Mistake("Python's max",
            lambda run: run.matches(_python_max) and raised_at(
                ValueError, r"\bmax\(", message=_TRUTH_VALUE)(run),
            "Python's max(0, z) compares whole arrays: use NumPy's "
            "elementwise np.maximum(z, 0)."),
    Mistake("capped at 1", like(lambda z: np.clip(z, 0, 1)),
            "your relu also caps z at 1 (np.clip(z, 0, 1)): ReLU has no upper "
            "bound, np.maximum(z, 0), or np.clip(z, 0, None)."),
    _returns_list("relu"),
    _if_on_array("relu", "np.maximum(z, 0) or np.where(z > 0, z, 0)"),
    _math_module("relu", "np.maximum(z, 0)"),
    _changes_z("relu"),
    Mistake("dtype changed", dtype_changed, DTYPE_HINT),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


def biases_shaped_as_weights(run):
    """b1 came back (n_h, n_x) like W1, or b2 (n_y, n_h) like W2."""
    for case, got in returned_outputs(run):
        n_x, n_h, n_y = case.args
        for key, shape in (("b1", (n_h, n_x)), ("b2", (n_y, n_h))):
            if shape[1] != 1 and shape_of(got.get(key)) == shape:
                return {"key": key, "shape": shape}
    return None


def weights_dtype(run):
    """A weight or bias is not float64 (the generators' dtype)."""
    for _, got in returned_outputs(run):
        for key in PARAMETER_KEYS:
            value = got.get(key)
            if isinstance(value, np.ndarray) and value.dtype != np.float64:
                return {"key": key, "dtype": str(value.dtype)}
    return None


INITIALIZATION_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("returns a tuple", returns_type(tuple | list, (4,)),
            "your function returns a {what} of four arrays: return a dict, "
            "{{'W1': W1, 'b1': b1, 'W2': W2, 'b2': b2}}, so that each "
            "parameter is found by name."),
    Mistake("wrong keys", wrong_keys(PARAMETER_KEYS),
            "your dict has keys {keys}: name them W1, b1, W2 and b2, the "
            "keys forward_propagation_nn reads."),
    Mistake("swapped weight shapes", swapped_weight_shapes,
            "your {key} has shape {shape}, rows and columns swapped: a "
            "layer's weights are (its units, the previous layer's units), "
            "W1 (n_h, n_x) and W2 (n_y, n_h), so that Z1 = W1 @ X works."),
    Mistake("biases shaped like the weights", biases_shaped_as_weights,
            "your {key} has shape {shape}, its layer's weights' shape: a "
            "bias has one entry per unit, b1 = np.zeros((n_h, 1)) and b2 = "
            "np.zeros((n_y, 1))."),
    Mistake("shapes from the wrong sizes", shapes_in_symbols,
            "your {what}: a layer's weights are (its units, the previous "
            "layer's units) and its bias (its units, 1), W1 (n_h, n_x), b1 "
            "(n_h, 1), W2 (n_y, n_h) and b2 (n_y, 1)."),
    Mistake("1-D biases", one_dimensional_biases,
            "your {key} is 1-D: biases are column vectors, b1 = "
            "np.zeros((n_h, 1)) and b2 = np.zeros((n_y, 1)), so that they "
            "broadcast across the m columns."),
    Mistake("zero weights (symmetry)", identical_hidden_units,
            "your hidden units start identical (zero or equal weights), so "
            "they get the same gradients and stay identical, the symmetry "
            "is never broken: draw W1 = rng.standard_normal((n_h, n_x)) * "
            "0.01."),
    Mistake("no 0.01 scale", unscaled_weights,
            "your weights ({key}) have standard deviation {std}, about 1: "
            "multiply them by 0.01, W1 = rng.standard_normal((n_h, n_x)) * "
            "0.01 and W2 = rng.standard_normal((n_y, n_h)) * 0.01, so that "
            "Z starts near 0."),
    Mistake("weights scaled wrong", misscaled_weights,
            "your weights have standard deviation {std} (measured on a "
            "layer of 300 x 400): this course draws them 0.01 times a "
            "standard normal, W1 = rng.standard_normal((n_h, n_x)) * "
            "0.01."),
    Mistake("uniform weights", uniform_weights,
            "your weights are all >= 0 (np.random.rand draws from [0, 1)): "
            "draw from a standard normal, rng.standard_normal((n_h, n_x)) "
            "* 0.01, centred on 0."),
    Mistake("random biases", nonzero_biases,
            "your biases are not zero: start them at zero, b1 = "
            "np.zeros((n_h, 1)), the random weights already break the "
            "symmetry."),
    Mistake("dtype changed", weights_dtype,
            "your {key} is {dtype}: keep the float64 that "
            "rng.standard_normal and np.zeros give, without a dtype "
            "argument or .astype(...)."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


FORWARD_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("unknown key", missing_key,
            "your code reads the key {key}, which is not there: parameters "
            "has W1, b1, W2 and b2 (names are case-sensitive)."),
    Mistake("cache entries returned loose",
            returns_type(tuple | list, (4, 5)),
            "you return a {what} of loose arrays: return two things, A2 "
            "and the cache as one dict, return A2, {{'Z1': Z1, 'A1': A1, "
            "'Z2': Z2, 'A2': A2}}."),
    Mistake("operands in the wrong order",
            lambda run: any(
                raised_at(ValueError, *_WRONG_ORDER, message=message)(run)
                for message in ("matmul", "not aligned")) and raised_at(
                ValueError, *_WRONG_ORDER)(run),
            "your code multiplies in the wrong order ({line}): the weights "
            "come first, (n_h, n_x) @ (n_x, m), so Z1 = W1 @ X + b1 and Z2 = "
            "W2 @ A1 + b2."),
    Mistake("* instead of @",
            raised_at(ValueError, *_ELEMENTWISE, message="broadcast"),
            "your code multiplies elementwise ({line}): a layer is a matrix "
            "product, Z1 = W1 @ X + b1 (or np.dot(W1, X) + b1)."),
    Mistake("weights transposed in the product",
            lambda run: any(
                raised_at(ValueError, *_W2_TRANSPOSED, message=message)(run)
                for message in ("matmul", "not aligned")) and raised_at(
                ValueError, *_W2_TRANSPOSED)(run),
            "your code transposes W2 ({line}): W2 already has shape (n_y, "
            "n_h), so Z2 = W2 @ A1 + b2, without .T."),
    Mistake("A2 returned alone", returns_array,
            "you return A2 alone: return A2, cache as well, with cache = "
            "{{'Z1': Z1, 'A1': A1, 'Z2': Z2, 'A2': A2}} for "
            "backpropagation."),
    Mistake("cache and A2 swapped", cache_first,
            "you return (cache, A2): the course's order is A2 first, "
            "return A2, cache, which is how the caller unpacks it, A2, "
            "cache = forward_propagation_nn(X, parameters)."),
    Mistake("cache not a dict", cache_not_a_dict,
            "your cache is a {what}: make it a dict, cache = {{'Z1': Z1, "
            "'A1': A1, 'Z2': Z2, 'A2': A2}}, so that backward propagation "
            "can read each array by name."),
    Mistake("cache keys", wrong_keys(CACHE_KEYS, lambda value: value[1]),
            "your cache has keys {keys}: backward propagation reads "
            "exactly Z1, A1, Z2 and A2, so store those."),
    Mistake("1-D b1", like(forward_with(flat_b1=True)),
            "your b1 is added along the m columns, as a 1-D b1 of shape "
            "(n_h,) (or b1.T) is: that fails unless m = n_h, and is "
            "silently wrong when m = n_h or m = 1. Keep b1 a column, "
            "(n_h, 1), as initialize_parameters_nn makes it: Z1 = W1 @ X "
            "+ b1."),
    Mistake("b1 missing", like(forward_with(add_b1=False)),
            "your Z1 is what the network gives without b1: add b1 in Z1 = "
            "W1 @ X + b1."),
    Mistake("b2 missing", like(forward_with(add_b2=False)),
            "your A2 is what the network gives without b2: add b2 in Z2 = "
            "W2 @ A1 + b2."),
    Mistake("sigmoid hidden layer", like(forward_with(hidden=sigmoid)),
            "your hidden layer uses sigmoid: this network's hidden "
            "activation is ReLU, A1 = relu(Z1) (sigmoid is for the output, "
            "A2 = sigmoid(Z2))."),
    Mistake("tanh hidden layer", like(forward_with(hidden=np.tanh)),
            "your hidden layer uses tanh: this network's hidden "
            "activation is ReLU, A1 = relu(Z1)."),
    Mistake("no hidden activation", like(forward_with(hidden=lambda z: z)),
            "your A1 equals Z1: apply the hidden activation, A1 = "
            "relu(Z1)."),
    Mistake("Z1 fed to layer 2", like(forward_with(layer2_input="Z1")),
            "layer 2 gets Z1 instead of A1: feed it the activations, "
            "Z2 = W2 @ A1 + b2."),
    Mistake("ReLU output", like(forward_with(output=relu)),
            "your output layer uses ReLU: it is a sigmoid, A2 = "
            "sigmoid(Z2), so that A2 is a probability."),
    Mistake("no output activation", like(forward_with(output=lambda z: z)),
            "your A2 equals Z2: apply the output sigmoid, A2 = "
            "sigmoid(Z2)."),
    Mistake("tanh output", like(forward_with(output=np.tanh)),
            "your output layer uses tanh: it is a sigmoid, A2 = "
            "sigmoid(Z2), so that A2 is a probability."),
    Mistake("W1 transposed", like(forward_with(transpose_W1=True)),
            "you use W1 transposed: W1 already has shape (n_h, n_x), so "
            "Z1 = W1 @ X + b1, without .T."),
    Mistake("activations swapped",
            like(forward_with(hidden=sigmoid, output=relu)),
            "your activations are swapped, sigmoid in the hidden layer and "
            "ReLU at the output: A1 = relu(Z1), then A2 = sigmoid(Z2), so "
            "that A2 is a probability."),
    Mistake("activations wrong", wrong_activations,
            "your forward pass computes {what}: this network's are A1 = "
            "relu(Z1) = np.maximum(Z1, 0) and A2 = sigmoid(Z2) = 1 / (1 + "
            "np.exp(-Z2))."),
    Mistake("the other layer's bias", wrong_biases,
            "in your forward pass {what}: each layer adds its own bias, "
            "Z1 = W1 @ X + b1 and Z2 = W2 @ A1 + b2."),
    Mistake("X fed to layer 2", like(forward_with(layer2_input="X")),
            "layer 2 gets X instead of A1 (which runs only when n_x = n_h): "
            "feed it the hidden activations, Z2 = W2 @ A1 + b2."),
    Mistake("cache entries mixed up",
            entries_swapped(CACHE_KEYS, lambda key: _PLACES[key],
                            right=("A2",)),
            "your forward pass puts {what}: each name holds its own array, "
            "return A2, {{'Z1': Z1, 'A1': A1, 'Z2': Z2, 'A2': A2}}; "
            "backward_propagation_nn reads them by name, dZ2 = "
            "cache['A2'] - Y."),
    Mistake("another array returned as A2",
            entries_swapped(CACHE_KEYS, lambda key: "the A2 you return",
                            right=(CACHE_A2, "Z1", "A1", "Z2")),
            "your forward pass puts {what}, though the cache is right: "
            "return the output activation, return A2, cache, with A2 = "
            "sigmoid(Z2)."),
    _math_module("forward pass", "A2 = 1 / (1 + np.exp(-Z2))"),
    _if_on_array("forward pass", "A1 = np.maximum(Z1, 0)"),
    Mistake("changed in place", changed_inputs,
            "your function changes {changed}, which it was given: compute "
            "new arrays, Z1 = W1 @ X + b1, instead of writing into the "
            "arguments (+=, [...] =, parameters['W1'] = ...)."),
    Mistake("dtype changed", dtype_changed, DTYPE_HINT),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


_PLACES = {CACHE_A2: "the cache's 'A2'",
           **{key: f"the cache's {key!r}" for key in CACHE_KEYS[:3]}}


# (n_x, n_h, m): general, m = 1, m = n_h, and square (n_x = n_h = m, or
# n_x = n_h), where a missing or extra transpose still runs
FORWARD_SIZES = ((3, 4, 5), (3, 4, 1), (2, 4, 4), (4, 4, 3))


# (n_x, n_h, n_y); the last is large enough to measure the weights' std
INITIALIZATION_SIZES = ((2, 4, 1), (4, 3, 2), (1, 1, 1), (400, 300, 1))


WEIGHT_STD_RANGE = (0.005, 0.02)  # 0.01 x N(0, 1), measured on 120 000


def activation_cases(*, stress=False):
    """z of shape (4, 5) in float64 and float32, (1, 1), and +-1000."""
    z = np.random.default_rng(0).normal(scale=3, size=(4, 5))
    cases = [
        Case("(4, 5)", (z,)),
        Case("(1, 1)", (np.array([[-0.5]]),)),
        Case("(4, 5)", (z.astype(np.float32),), "float32"),
    ]
    if stress:
        large = np.array([[-1000.0, -40.0, 0.0, 40.0, 1000.0]])
        cases.append(Case("z = [-1000, -40, 0, 40, 1000]", (large,),
                          stress=True))
    return cases


def forward_cases():
    """X and parameters for each of FORWARD_SIZES, and one in float32."""
    rng = np.random.default_rng(1)
    cases = [
        Case(size_label(n_x, n_h, m),
             (rng.normal(size=(n_x, m)), random_network(rng, n_x, n_h)))
        for n_x, n_h, m in FORWARD_SIZES
    ]
    return cases + [Case(cases[0].label, as_float32(cases[0].args),
                         "float32")]


def initialization_cases():
    """The layer sizes of INITIALIZATION_SIZES."""
    return [Case(size_label(*sizes), sizes) for sizes in INITIALIZATION_SIZES]


def _unpack_activation(name):
    def unpack(value):
        if isinstance(value, np.ndarray | np.generic | int | float):
            return {name: value}, None
        return {}, f"returns {describe(value)}, not an array"
    return unpack


def unpack_forward(value):
    """A2 and the cache's Z1, A1, Z2 from ``(A2, cache)``."""
    if isinstance(value, np.ndarray):
        return {"A2": value}, (
            f"returns {describe(value)}, not the tuple (A2, cache)"
        )
    if not isinstance(value, tuple | list) or len(value) != 2:
        return {}, f"returns {describe(value)}, not the tuple (A2, cache)"
    A2, cache = value
    if not isinstance(cache, dict):
        return {"A2": A2}, f"the cache is {describe(cache)}, not a dict"
    outputs, problem = unpack_dict(cache, CACHE_KEYS, "the cache")
    if "A2" in outputs:  # compared too, apart from the A2 returned
        outputs[CACHE_A2] = outputs.pop("A2")
    return {"A2": A2, **outputs}, problem


def _cache_A2_apart(run):
    """``run`` whose cache['A2'] is left out where it is the A2 returned.

    Where the cache holds the very A2 the function returns, comparing it
    again would only list A2's difference twice.
    """
    got, expected = [], []
    for mine, want in zip(run.got, run.expected):
        if mine and CACHE_A2 in mine and "A2" in mine and same_output(
                mine["A2"], mine[CACHE_A2], "A2"):
            mine = {key: value for key, value in mine.items()
                    if key != CACHE_A2}
            want = {key: value for key, value in want.items()
                    if key != CACHE_A2}
        got.append(mine)
        expected.append(want)
    return types.SimpleNamespace(
        spec=run.spec, cases=run.cases, calls=run.calls, got=got,
        expected=expected, problems=run.problems)


def forward_values_line(run):
    """Every output equals the course's, the cache's A2 included."""
    return values_line(_cache_A2_apart(run))


def _weights(run, key):
    """``(case, array)`` of ``key`` for each case the learner returned."""
    found = []
    for case, got in zip(run.cases, run.got):
        try:
            found.append((case, np.asarray(got[key], dtype=np.float64)))
        except (KeyError, TypeError, ValueError):
            continue
    return found


def zero_biases_line(run):
    """b1 and b2 are all zeros."""
    text = "biases b1 and b2 are zeros"
    for key in ("b1", "b2"):
        for case, b in _weights(run, key):
            if b.any():
                return Line("fail", text, (
                    f"{key} on case {case.name} starts "
                    f"{fmt_list(b.ravel()[:4])}",
                ))
    return Line("ok", text)


def weight_scale_line(run):
    """The weights look like 0.01 x N(0, 1) on the largest layer."""
    low, high = WEIGHT_STD_RANGE
    found = []
    for key in ("W1", "W2"):
        weights = [(c, w) for c, w in _weights(run, key) if w.size > 1]
        if weights:
            case, w = max(weights, key=lambda item: item[1].size)
            found.append((key, w))
    shown = ", ".join(f"std({key}) = {w.std():.4f}" for key, w in found)
    text = f"weights about 0.01 x N(0, 1): {shown or 'no weights found'}"
    for key, w in found:
        if not low <= w.std() <= high or abs(w.mean()) > low / 2:
            return Line("fail", text, (
                f"{key} of shape {w.shape} has mean {fmt(w.mean(), 2)} and "
                f"std {fmt(w.std(), 2)}, expected mean 0 and std about "
                f"0.01 (between {low} and {high})",
            ))
    return Line("ok" if found else "fail", text)


def distinct_units_line(run):
    """No two hidden units start with the same weights."""
    text = "hidden units differ: no two rows of W1 are equal"
    for case, W1 in _weights(run, "W1"):
        if W1.ndim == 2 and len(np.unique(W1, axis=0)) < W1.shape[0]:
            return Line("fail", text, (
                f"W1 has equal rows on case {case.name}: its first row is "
                f"{fmt_list(W1[0, :4])}",
            ))
    return Line("ok", text)


def course_numbers_bonus(run):
    """A note if the weights equal the course's seed-2 numbers."""
    case, got, expected = run.cases[0], run.got[0] or {}, run.expected[0]
    if all(key in got and first_difference(expected[key], got[key], key)
           is None for key in ("W1", "W2")):
        return Line("note", f"bonus: W1 and W2 equal the course's numbers, "
                            f"initialize_parameters_nn{case.label}")
    return None


SIGMOID = Spec(
    func="sigmoid", arg_names=("z",), symbols="z.shape",
    make_cases=lambda: activation_cases(stress=True), reference=sigmoid,
    unpack=_unpack_activation("sigmoid(z)"), returns="returns an array",
    shapes={"sigmoid(z)": "z.shape"},
    lines=(returns_line, shapes_line, values_line, dtype_line, stable_line,
           *COMMON_LINES),
    mistakes=SIGMOID_MISTAKES,
)


RELU = Spec(
    func="relu", arg_names=("z",), symbols="z.shape",
    make_cases=activation_cases, reference=relu,
    unpack=_unpack_activation("relu(z)"), returns="returns an array",
    shapes={"relu(z)": "z.shape"},
    lines=(returns_line, shapes_line, values_line, dtype_line,
           *COMMON_LINES),
    mistakes=RELU_MISTAKES,
)


INITIALIZATION = Spec(
    func="initialize_parameters_nn", arg_names=("n_x", "n_h", "n_y"),
    symbols="(n_x, n_h, n_y)", make_cases=initialization_cases,
    reference=initialize_parameters_nn,
    unpack=lambda value: unpack_dict(value, PARAMETER_KEYS, "the dict"),
    returns="returns a dict with keys W1, b1, W2, b2",
    shapes=PARAMETER_SHAPES,
    lines=(returns_line, shapes_line, zero_biases_line, weight_scale_line,
           distinct_units_line, dtype_line, random_state_line,
           warnings_line),
    mistakes=INITIALIZATION_MISTAKES, bonus=course_numbers_bonus,
)


FORWARD = Spec(
    func="forward_propagation_nn", arg_names=("X", "parameters"),
    symbols="(n_x, n_h, m)", make_cases=forward_cases,
    reference=forward_propagation_nn, unpack=unpack_forward,
    returns="returns (A2, cache) with cache keys Z1, A1, Z2, A2",
    shapes={"A2": "(1, m)", "Z1": "(n_h, m)", "A1": "(n_h, m)",
            "Z2": "(1, m)", CACHE_A2: "(1, m)"},
    lines=(returns_line, shapes_line, forward_values_line, dtype_line,
           *COMMON_LINES),
    mistakes=FORWARD_MISTAKES, uses=(RELU, SIGMOID),
)
