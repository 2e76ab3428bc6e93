"""What every lesson's self-checks share.

The key lists, the small helpers that build cases (a size label, a
network with non-zero biases, a float32 copy of the arguments), the
report lines every check ends with, and the mistakes any function can
make (a wrong signature, the global random state, changed inputs).
"""

import numpy as np

from snippets.selfcheck._engine.report import (
    Line,
    Mistake,
    case_details,
    describe,
    first_difference,
    inputs_line,
    join,
    random_state_line,
    values_line,
    warnings_line,
)
from snippets.selfcheck._engine.run import same_random_state

PARAMETER_KEYS = ("W1", "b1", "W2", "b2")


GRAD_KEYS = ("dW1", "db1", "dW2", "db2")


def backward_with(*, slope="relu", average=True, dZ2_sign=1,
                  dW2_input="A1", transpose_A1=True, transpose_W2=True,
                  transpose_X=True, db1_axis=1, dW2_order="dZ2 @ A1.T",
                  without_m=()):
    """A backward pass ``fn(parameters, cache, X, Y)`` with a mistake.

    ``slope`` is the hidden activation's derivative used: "relu" (right),
    "tanh", "sigmoid" or "none"; ``db1_axis`` the axis db1 sums over;
    ``dW2_order`` "dZ2 @ A1.T" (right) or "A1 @ dZ2.T" (dW2 transposed);
    ``without_m`` the gradients not divided by m.
    """
    slopes = {
        "relu": lambda Z1, A1: Z1 > 0,
        "tanh": lambda Z1, A1: 1 - A1**2,
        "sigmoid": lambda Z1, A1: A1 * (1 - A1),
        "none": lambda Z1, A1: 1,
    }

    def backward(parameters, cache, X, Y):
        m = X.shape[1] if average else 1
        ms = {key: 1 if key in without_m else m for key in GRAD_KEYS}
        W2, Z1, A1, A2 = parameters["W2"], cache["Z1"], cache["A1"], \
            cache["A2"]
        dZ2 = dZ2_sign * (A2 - Y)
        A = {"A1": A1, "Z1": Z1}[dW2_input]
        if dW2_order == "A1 @ dZ2.T":
            dW2 = A @ dZ2.T / ms["dW2"]
        else:
            dW2 = dZ2 @ (A.T if transpose_A1 else A) / ms["dW2"]
        db2 = np.sum(dZ2, axis=1, keepdims=True) / ms["db2"]
        dA1 = (W2.T if transpose_W2 else W2) @ dZ2
        dZ1 = dA1 * slopes[slope](Z1, A1)
        dW1 = dZ1 @ (X.T if transpose_X else X) / ms["dW1"]
        db1 = np.sum(dZ1, axis=db1_axis, keepdims=True) / ms["db1"]
        return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return backward


def returned_outputs(run):
    """``(case, outputs)`` for each case where the learner returned."""
    return [(case, got) for case, got in zip(run.cases, run.got) if got]


def float_array(value):
    """``value`` as a float64 array, or None if it is not one."""
    try:
        return np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None


def wrong_signature(run):
    """Calling the function failed before its first line ran."""
    for call in run.calls:
        if isinstance(call.error, TypeError) and call.where is None:
            names = ", ".join(run.spec.arg_names)
            return {"call": f"{run.spec.func}({names})"}
    return None


def global_seed(run):
    """The function calls ``np.random.seed`` (same end state every time)."""
    for case, call in zip(run.cases, run.calls):
        if call.changed_random_state:
            # a seeded function ends in one state whatever the start
            other_start = np.random.RandomState(12345).get_state()
            again = run.call(case, start_state=other_start)
            return same_random_state(call.random_state_after,
                                     again.random_state_after)
    return False


def global_generator(run):
    """The function draws from NumPy's global generator."""
    return any(call.changed_random_state for call in run.calls)


def overflow_at_large_z(run):
    """Warnings (or NaN) on the z = +-1000 stress case, values right else.

    Only when every regular case matches the course's values: an
    overflow alongside wrong values is not the mistake to fix first.
    """
    if values_line(run).status != "ok":
        return False
    for case, call, got in zip(run.cases, run.calls, run.got):
        if case.stress and (call.warnings or any(
            float_array(value) is not None
            and np.isnan(float_array(value)).any()
            for value in (got or {}).values()
        )):
            return True
    return False


def returns_array(run):
    """The function returns an array where a number (or tuple) belongs."""
    for call in run.calls:
        if isinstance(call.value, np.ndarray):
            return {"shape": call.value.shape}
    return None


def missing_key(run):
    """The function raised KeyError: it reads a key that is not there."""
    for call in run.calls:
        if isinstance(call.error, KeyError) and call.error.args:
            return {"key": repr(call.error.args[0])}
    return None


def bias_without_keepdims(run):
    """``db1`` or ``db2`` lost its second axis (a sum without keepdims)."""
    return any(
        key in got and np.ndim(got[key]) < 2
        for _, got in returned_outputs(run) for key in ("db1", "db2")
    )


SIGNATURE_MISTAKE = Mistake(
    "wrong signature", wrong_signature,
    "your function cannot be called as the course calls it: it must take "
    "these arguments, in this order, {call}.",
)


GLOBAL_RANDOM_STATE_MISTAKES = (
    Mistake("NumPy's global seed", global_seed,
            "your function calls np.random.seed, which resets NumPy's "
            "global seed for the whole program: use your own generator, "
            "rng = np.random.RandomState(2) (the course's numbers) or "
            "np.random.default_rng(seed)."),
    Mistake("NumPy's global generator", global_generator,
            "np.random.randn (or rand, normal, ...) draws from NumPy's "
            "global generator and moves it: create your own, rng = "
            "np.random.default_rng(seed), and draw from it."),
)


def size_label(*sizes):
    return f"({', '.join(map(str, sizes))})"


def random_network(rng, n_x, n_h, n_y=1):
    """Parameters with non-zero biases, so that a missing one shows."""
    return {
        "W1": rng.normal(size=(n_h, n_x)),
        "b1": rng.normal(size=(n_h, 1)),
        "W2": rng.normal(size=(n_y, n_h)),
        "b2": rng.normal(size=(n_y, 1)),
    }


def as_float32(args):
    """The arguments with every float array (also in dicts) in float32."""
    def cast(value):
        if isinstance(value, dict):
            return {key: cast(item) for key, item in value.items()}
        if isinstance(value, np.ndarray) and value.dtype == np.float64:
            return value.astype(np.float32)
        return value
    return tuple(cast(arg) for arg in args)


def unpack_cost(value):
    """The cost J, which must be a float."""
    if isinstance(value, float | np.floating):
        return {"J": value}, None
    if isinstance(value, np.ndarray):
        return {"J": value}, f"returns {describe(value)}, not a float"
    return {}, f"returns {describe(value)}, not a float"


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


COMMON_LINES = (inputs_line, random_state_line, warnings_line)


PARAMETER_SHAPES = {"W1": "(n_h, n_x)", "b1": "(n_h, 1)",
                    "W2": "(n_y, n_h)", "b2": "(n_y, 1)"}


def like_any(*mutants):
    """A detector: the learner's function behaves like one of ``mutants``."""
    def detect(run):
        return any(run.matches(mutant) for mutant in mutants)
    return detect


def changed_inputs(run):
    """The function modifies the arrays or dicts it was given."""
    for call in run.calls:
        if call.changed_inputs:
            # "v['dW1']" -> "v"
            return {"changed": join(dict.fromkeys(
                path.split("[")[0] for path in call.changed_inputs))}
    return None
