"""The self-checks' specs: small cases, return values, extra lines.

One ``Spec`` per course function: the cases it is run on (small, seeded,
with m = 1, m = n_h and a square case where transposes hide), how to read
its return value, the report lines and the catalogue of mistakes.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._selfcheck_mistakes import (
    BACKWARD_MISTAKES,
    CACHE_KEYS,
    COST_MISTAKES,
    FORWARD_MISTAKES,
    GRAD_KEYS,
    INITIALIZATION_MISTAKES,
    PARAMETER_KEYS,
    RELU_MISTAKES,
    SIGMOID_MISTAKES,
    UPDATE_MISTAKES,
)
from snippets._selfcheck_report import (
    Case,
    Line,
    Spec,
    case_details,
    describe,
    dtype_line,
    first_difference,
    fmt,
    fmt_list,
    inputs_line,
    random_state_line,
    returns_line,
    shapes_line,
    unpack_dict,
    values_line,
    warnings_line,
)
from snippets.activations import relu, sigmoid
from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn
from snippets.learning import (
    backward_propagation_nn,
    compute_cost,
    update_parameters_nn,
)

# --8<-- [end:imports]

# (n_x, n_h, m): general, m = 1, m = n_h, and square (n_x = n_h = m, or
# n_x = n_h), where a missing or extra transpose still runs
FORWARD_SIZES = ((3, 4, 5), (3, 4, 1), (2, 4, 4), (4, 4, 3))
BACKWARD_SIZES = ((3, 4, 5), (3, 4, 1), (2, 4, 4), (4, 4, 4), (2, 1, 3))
# (n_x, n_h, n_y); the last is large enough to measure the weights' std
INITIALIZATION_SIZES = ((2, 4, 1), (4, 3, 2), (1, 1, 1), (400, 300, 1))
WEIGHT_STD_RANGE = (0.005, 0.02)  # 0.01 x N(0, 1), measured on 120 000


def _label(*sizes):
    return f"({', '.join(map(str, sizes))})"


def _network(rng, n_x, n_h, n_y=1):
    """Parameters with non-zero biases, so that a missing one shows."""
    return {
        "W1": rng.normal(size=(n_h, n_x)),
        "b1": rng.normal(size=(n_h, 1)),
        "W2": rng.normal(size=(n_y, n_h)),
        "b2": rng.normal(size=(n_y, 1)),
    }


def _as_float32(args):
    """The arguments with every float array (also in dicts) in float32."""
    def cast(value):
        if isinstance(value, dict):
            return {key: cast(item) for key, item in value.items()}
        if isinstance(value, np.ndarray) and value.dtype == np.float64:
            return value.astype(np.float32)
        return value
    return tuple(cast(arg) for arg in args)


# --8<-- [start:activation_cases]
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
# --8<-- [end:activation_cases]


# --8<-- [start:forward_cases]
def forward_cases():
    """X and parameters for each of FORWARD_SIZES, and one in float32."""
    rng = np.random.default_rng(1)
    cases = [
        Case(_label(n_x, n_h, m),
             (rng.normal(size=(n_x, m)), _network(rng, n_x, n_h)))
        for n_x, n_h, m in FORWARD_SIZES
    ]
    return cases + [Case(cases[0].label, _as_float32(cases[0].args),
                         "float32")]
# --8<-- [end:forward_cases]


# --8<-- [start:backward_cases]
def backward_cases():
    """parameters, cache, X and Y for each of BACKWARD_SIZES."""
    rng = np.random.default_rng(2)
    cases = []
    for n_x, n_h, m in BACKWARD_SIZES:
        X, parameters = rng.normal(size=(n_x, m)), _network(rng, n_x, n_h)
        Y = rng.integers(0, 2, size=(1, m))
        _, cache = forward_propagation_nn(X, parameters)
        cases.append(Case(_label(n_x, n_h, m), (parameters, cache, X, Y)))
    return cases
# --8<-- [end:backward_cases]


# --8<-- [start:cost_cases]
def cost_cases():
    """A2 and Y with m = 5, 1 and 4 examples."""
    rng = np.random.default_rng(3)
    labels = ([[1, 0, 1, 1, 0]], [[1]], [[0, 0, 1, 0]])
    return [
        Case(f"m = {len(Y[0])}",
             (rng.uniform(0.05, 0.95, size=(1, len(Y[0]))), np.array(Y)))
        for Y in labels
    ]
# --8<-- [end:cost_cases]


# --8<-- [start:update_cases]
def update_cases():
    """parameters, grads and a learning rate, once in float32."""
    rng = np.random.default_rng(4)
    cases = []
    for (n_x, n_h, n_y), alpha in zip(((3, 4, 1), (2, 1, 1), (4, 3, 2)),
                                      (0.1, 1.2, 0.01)):
        parameters = _network(rng, n_x, n_h, n_y)
        grads = {"d" + key: rng.normal(size=value.shape)
                 for key, value in parameters.items()}
        cases.append(Case(_label(n_x, n_h, n_y), (parameters, grads, alpha)))
    return cases + [Case(cases[0].label, _as_float32(cases[0].args),
                         "float32")]
# --8<-- [end:update_cases]


# --8<-- [start:initialization_cases]
def initialization_cases():
    """The layer sizes of INITIALIZATION_SIZES."""
    return [Case(_label(*sizes), sizes) for sizes in INITIALIZATION_SIZES]
# --8<-- [end:initialization_cases]


# How to read each function's return value: (named outputs, problem).

def _unpack_activation(name):
    def unpack(value):
        if isinstance(value, np.ndarray | np.generic | int | float):
            return {name: value}, None
        return {}, f"returns {describe(value)}, not an array"
    return unpack


# --8<-- [start:unpack_forward]
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
    outputs.pop("A2", None)  # A2 itself is compared
    return {"A2": A2, **outputs}, problem
# --8<-- [end:unpack_forward]


# --8<-- [start:unpack_cost]
def unpack_cost(value):
    """The cost J, which must be a float."""
    if isinstance(value, float | np.floating):
        return {"J": value}, None
    if isinstance(value, np.ndarray):
        return {"J": value}, f"returns {describe(value)}, not a float"
    return {}, f"returns {describe(value)}, not a float"
# --8<-- [end:unpack_cost]


# Lines only some checks have.

# --8<-- [start:stable_line]
def stable_line(run):
    """sigmoid at z = +-1000: right values and no warning."""
    text = "stable: sigmoid(-1000) = 0, sigmoid(1000) = 1, no warning"
    for case, call, got, expected in zip(run.cases, run.calls, run.got,
                                         run.expected):
        if not case.stress:
            continue
        if call.raised:
            return Line("fail", text, case_details(
                case, f"raises {call.error_text()}", call.where))
        if call.warnings:
            return Line("fail", text, case_details(case, *call.warnings[0]))
        for key, want in expected.items():
            difference = first_difference(want, got.get(key), key)
            if difference == "size":
                difference = (f"{key} has the wrong shape on case {{case}}",
                              ())
            if difference is not None:
                headline, details = difference
                return Line("fail", text,
                            (headline.format(case=case.name), *details))
    return Line("ok", text)
# --8<-- [end:stable_line]


def _weights(run, key):
    """``(case, array)`` of ``key`` for each case the learner returned."""
    found = []
    for case, got in zip(run.cases, run.got):
        try:
            found.append((case, np.asarray(got[key], dtype=np.float64)))
        except (KeyError, TypeError, ValueError):
            continue
    return found


# --8<-- [start:zero_biases_line]
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
# --8<-- [end:zero_biases_line]


# --8<-- [start:weight_scale_line]
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
# --8<-- [end:weight_scale_line]


# --8<-- [start:distinct_units_line]
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
# --8<-- [end:distinct_units_line]


# --8<-- [start:course_numbers_bonus]
def course_numbers_bonus(run):
    """A note if the weights equal the course's seed-2 numbers."""
    case, got, expected = run.cases[0], run.got[0] or {}, run.expected[0]
    if all(key in got and first_difference(expected[key], got[key], key)
           is None for key in ("W1", "W2")):
        return Line("note", f"bonus: W1 and W2 equal the course's numbers, "
                            f"initialize_parameters_nn{case.label}")
    return None
# --8<-- [end:course_numbers_bonus]


COMMON_LINES = (inputs_line, random_state_line, warnings_line)
PARAMETER_SHAPES = {"W1": "(n_h, n_x)", "b1": "(n_h, 1)",
                    "W2": "(n_y, n_h)", "b2": "(n_y, 1)"}

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
            "Z2": "(1, m)"},
    lines=(returns_line, shapes_line, values_line, dtype_line,
           *COMMON_LINES),
    mistakes=FORWARD_MISTAKES,
)
COST = Spec(
    func="compute_cost", arg_names=("A2", "Y"), symbols="m",
    make_cases=cost_cases, reference=compute_cost, unpack=unpack_cost,
    returns="returns the cost J as a float", shapes={"J": "()"},
    lines=(returns_line, values_line, *COMMON_LINES),
    mistakes=COST_MISTAKES,
)
BACKWARD = Spec(
    func="backward_propagation_nn",
    arg_names=("parameters", "cache", "X", "Y"), symbols="(n_x, n_h, m)",
    make_cases=backward_cases, reference=backward_propagation_nn,
    unpack=lambda value: unpack_dict(value, GRAD_KEYS, "the grads dict"),
    returns="returns a dict with keys dW1, db1, dW2, db2",
    shapes={"dW1": "(n_h, n_x)", "db1": "(n_h, 1)", "dW2": "(1, n_h)",
            "db2": "(1, 1)"},
    lines=(returns_line, shapes_line, values_line, dtype_line,
           *COMMON_LINES),
    mistakes=BACKWARD_MISTAKES,
)
UPDATE = Spec(
    func="update_parameters_nn",
    arg_names=("parameters", "grads", "learning_rate"),
    symbols="(n_x, n_h, n_y)", make_cases=update_cases,
    reference=update_parameters_nn,
    unpack=lambda value: unpack_dict(value, PARAMETER_KEYS, "the dict"),
    returns="returns a new dict with keys W1, b1, W2, b2",
    shapes=PARAMETER_SHAPES,
    lines=(returns_line, shapes_line, values_line, dtype_line,
           *COMMON_LINES),
    mistakes=UPDATE_MISTAKES,
)
