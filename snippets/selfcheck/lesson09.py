"""The self-checks of Lesson 9: softmax, one-hot, the softmax network.

Specs and catalogues in the form of ``lesson06``. The cases have n_y = 3
or 4 classes, with m = 1, m = n_h and a square case (n_y = m, or all
sizes equal), where a sum over the wrong axis, a sum without keepdims or
a forgotten transpose still runs. ``one_hot`` is checked on its shape
and values only: an integer or boolean Y works in ``A2 - Y`` as well as
the course's float one, so its dtype earns a note, never a failure.
``softmax`` is also run on scores of +-1000, where only a softmax that
subtracts each column's max stays finite and quiet.
"""

import numpy as np

from snippets.activations import softmax
from snippets.multiclass import (
    backward_propagation_softmax,
    compute_cost_softmax,
    forward_propagation_softmax,
    one_hot,
)
from snippets.selfcheck._engine.common import (
    COMMON_LINES,
    GLOBAL_RANDOM_STATE_MISTAKES,
    GRAD_KEYS,
    SIGNATURE_MISTAKE,
    backward_with,
    bias_without_keepdims,
    changed_inputs,
    float_array,
    like_any,
    missing_key,
    overflow_at_large_z,
    random_network,
    returns_array,
    size_label,
    stable_line,
    unpack_cost,
)
from snippets.selfcheck._engine.report import (
    Case,
    Line,
    Mistake,
    Spec,
    describe,
    dtype_line,
    first_difference,
    join,
    like,
    returns_line,
    run_check,
    shape_of,
    shapes_line,
    unpack_dict,
    values_line,
    wrong_keys,
)
from snippets.selfcheck.lesson08 import DTYPE_MISTAKE


def check_softmax(fn):
    """Check your ``softmax(z)``: each column of z (n_y, m) to probabilities.

    The classes are the rows and the examples the columns, so every
    column must sum to 1. It also runs on scores of +-1000, which only a
    softmax that first subtracts each column's max survives without a
    warning or NaN.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(z)`` returns ``exp(z)`` divided by the sum of
        its column, an array of ``z``'s shape and dtype.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_softmax
    >>> def softmax(z):
    ...     e = np.exp(z - np.max(z, axis=1, keepdims=True))
    ...     return e / np.sum(e, axis=1, keepdims=True)   # over the examples
    >>> print(check_softmax(softmax))
    check_softmax: 6 of 8 checks passed
      ok   returns an array
      ok   shapes for (n_y, m) = (3, 5), (4, 1), (4, 4)
      FAIL values: softmax(z) differs on case (3, 5), max |diff| 0.91 at
           softmax(z)[2, 1]
           expected softmax(z)[2, 0:4] = [0.9458, 0.9194, 0.4744, 0.8357]
           got      softmax(z)[2, 0:4] = [0.08642, 0.007372, 0.114, 0.791]
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      FAIL stable: scores of +-1000 give the right probabilities, no warning
           softmax(z) differs on case (3, 4) with scores of +-1000, max |diff|
           0.73 at softmax(z)[1, 0]
           expected softmax(z)[1, 0:4] = [0.2689, 0.2119, 0.6652, 0.4683]
           got      softmax(z)[1, 0:4] = [1, 0, 0, 0]
      ok   z is left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your softmax makes each row sum to 1, over the m
      examples (axis=1): the classes are the rows, so each column must sum to
      1, e / np.sum(e, axis=0, keepdims=True).
    """
    return run_check(SOFTMAX, fn)


def check_one_hot(fn):
    """Check your ``one_hot(y, n_classes)``: labels (m,) to Y (n_classes, m).

    Shapes and values are checked, on cases with m = 1, m = n_classes and
    a class missing from y; the dtype is not: an integer or boolean Y
    works as well as the course's float64 one, and gets a note.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(y, n_classes)`` returns an array of shape
        ``(n_classes, m)`` with a single 1 in each column, in the row of
        that example's label.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_one_hot
    >>> def one_hot(y, n_classes):
    ...     return np.eye(n_classes)[y]             # one row per example
    >>> print(check_one_hot(one_hot))
    check_one_hot: 4 of 6 checks passed
      ok   returns an array
      FAIL shapes for (n_classes, m) = (3, 5), (4, 1), (4, 4), (5, 3)
           Y has shape (5, 3) on case (3, 5), expected (n_classes, m) = (3, 5)
      FAIL values: Y differs on case (4, 4), max |diff| 1 at Y[0, 1]
           expected Y[0, 0:4] = [0, 1, 0, 0]
           got      Y[0, 0:4] = [0, 0, 0, 1]
           not compared on case (3, 5): Y has the wrong shape
           not compared on case (4, 1): Y has the wrong shape
           not compared on case (5, 3): Y has the wrong shape
      ok   y is left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your Y is (m, n_classes), one example per row: the
      course keeps examples in columns, so transpose it,
      np.eye(n_classes)[y].T of shape (n_classes, m).
    """
    return run_check(ONE_HOT, fn)


def check_compute_cost_softmax(fn):
    """Check your ``compute_cost_softmax(A2, Y)``, the categorical one.

    ``A2`` and the one-hot ``Y`` are ``(n_y, m)``; the cost is
    ``-sum(Y * log(A2)) / m``, averaged over the examples only.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(A2, Y)`` returns the cost ``J`` as a Python
        float.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_compute_cost_softmax
    >>> def compute_cost_softmax(A2, Y):
    ...     return float(-np.mean(Y * np.log(A2)))
    >>> print(check_compute_cost_softmax(compute_cost_softmax))
    check_compute_cost_softmax: 4 of 5 checks passed
      ok   returns the cost J as a float
      FAIL values: J differs on case (3, 5): expected 0.4997, got 0.1666
      ok   A2 and Y are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your cost is n_y times too small: np.mean averages over
      all n_y * m entries of Y * np.log(A2), most of them 0; divide the sum by
      the m examples only, J = -np.sum(Y * np.log(A2)) / m.
    """
    return run_check(COST_SOFTMAX, fn)


def check_backward_propagation_softmax(fn):
    """Check your ``backward_propagation_softmax(parameters, cache, X, Y)``.

    The network is Lesson 9's: a ReLU hidden layer and a softmax output
    with the categorical cross-entropy, so ``dZ2 = A2 - Y`` with ``n_y``
    rows and ``dZ1 = W2.T @ dZ2 * (Z1 > 0)``.

    Parameters
    ----------
    fn : callable
        Your function: it returns a dict of ``dW1``, ``db1``, ``dW2`` and
        ``db2``, each of its parameter's shape.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import backward_propagation_softmax
    >>> from snippets.selfcheck import check_backward_propagation_softmax
    >>> report = check_backward_propagation_softmax(
    ...     backward_propagation_softmax)
    >>> bool(report), report.diagnosis
    (True, None)
    """
    return run_check(BACKWARD_SOFTMAX, fn)


# (n_y, m) of the scores: general, m = 1, square (n_y = m)
SOFTMAX_SIZES = ((3, 5), (4, 1), (4, 4))


# (labels y, n_classes): general, m = 1, square (m = n_classes), and
# classes missing from y (label 4 never appears)
ONE_HOT_LABELS = (([2, 0, 1, 2, 1], 3), ([1], 4), ([3, 0, 2, 1], 4),
                  ([0, 0, 3], 5))


# (labels y, n_y) for the cost: general, m = 1, square (n_y = m)
COST_LABELS = (([0, 2, 1, 2, 0], 3), ([3], 4), ([1, 0, 3, 1], 4))


# (n_x, n_h, n_y, m): general, m = 1, m = n_h, all equal, and n_h = 1
BACKWARD_SIZES = ((3, 4, 3, 5), (3, 4, 3, 1), (2, 4, 3, 4), (4, 4, 4, 4),
                  (2, 1, 3, 3))


# scores where exp overflows (column 0) or underflows (column 1)
LARGE_SCORES = np.array([[1000.0, -1000.0, 0.0, 2.0],
                         [999.0, -1000.0, 1.0, 2.0],
                         [-1000.0, -999.0, -1.0, 0.0]])


def softmax_cases():
    """Scores z of each of SOFTMAX_SIZES, one in float32, and +-1000."""
    rng = np.random.default_rng(8)
    cases = [Case(size_label(*size), (rng.normal(scale=3, size=size),))
             for size in SOFTMAX_SIZES]
    first = cases[0]
    return cases + [
        Case(first.label, (first.args[0].astype(np.float32),), "float32"),
        Case("(3, 4) with scores of +-1000", (LARGE_SCORES.copy(),),
             stress=True),
    ]


def one_hot_cases():
    """The labels y (int64) and n_classes of ONE_HOT_LABELS."""
    return [Case(size_label(n_classes, len(y)), (np.array(y), n_classes))
            for y, n_classes in ONE_HOT_LABELS]


def cost_softmax_cases():
    """A2 (columns of probabilities) and one-hot Y for COST_LABELS."""
    rng = np.random.default_rng(9)
    return [
        Case(size_label(n_y, len(y)),
             (softmax(rng.normal(scale=1.5, size=(n_y, len(y)))),
              one_hot(np.array(y), n_y)))
        for y, n_y in COST_LABELS
    ]


def backward_softmax_cases():
    """parameters, cache, X and one-hot Y for each of BACKWARD_SIZES.

    The cache is the course's forward pass on X. All in float64, as for
    the binary network: Lesson 7's backward pass, which is already right
    here, passes this check too.
    """
    rng = np.random.default_rng(10)
    cases = []
    for n_x, n_h, n_y, m in BACKWARD_SIZES:
        X = rng.normal(size=(n_x, m))
        parameters = random_network(rng, n_x, n_h, n_y)
        Y = one_hot(rng.integers(0, n_y, size=m), n_y)
        _, cache = forward_propagation_softmax(X, parameters)
        cases.append(Case(size_label(n_x, n_h, n_y, m),
                          (parameters, cache, X, Y)))
    return cases


def unpack_array(name):
    """A reader for a function that returns one array, named ``name``."""
    def unpack(value):
        if isinstance(value, np.ndarray | np.generic):
            return {name: value}, None
        return {}, f"returns {describe(value)}, not an array"
    return unpack


def softmax_stable_line(run):
    """Scores of +-1000: the course's probabilities, no warning."""
    line = stable_line(run)  # sigmoid's line, on softmax's stress case
    text = "stable: scores of +-1000 give the right probabilities, " \
        "no warning"
    return Line(line.status, text, line.details)


def one_hot_dtype_note(run):
    """A note, if all passed, when Y is not float64 like the course's."""
    dtypes = {str(got["Y"].dtype) for got in run.got if got and "Y" in got}
    if dtypes and dtypes != {"float64"}:
        return Line("note", f"your Y is {', '.join(sorted(dtypes))}, the "
                            f"course's one_hot gives float64: either works "
                            f"in A2 - Y and Y * np.log(A2)")
    return None


_SHIFTS = {
    "column max": lambda z: np.max(z, axis=0, keepdims=True),
    "row max": lambda z: np.max(z, axis=1, keepdims=True),
    "global max": np.max,
    "none": lambda z: 0,
}


def softmax_with(*, shift="column max", axis=0, keepdims=True,
                 normalise=True, divide_by="shifted"):
    """A softmax ``fn(z)`` with a mistake.

    ``shift`` is what is subtracted before ``exp`` (a key of _SHIFTS),
    ``axis`` and ``keepdims`` those of the sum (``axis=None``: the sum
    of all entries), ``normalise=False`` returns the exponentials;
    ``divide_by`` "unshifted" sums np.exp(z) instead of the shifted
    exponentials, "column" divides by the column sums made a column,
    np.sum(e, axis=0).reshape(-1, 1).
    """
    def softmax(z):
        e = np.exp(z - _SHIFTS[shift](z))
        if not normalise:
            return e
        if divide_by == "unshifted":
            return e / np.sum(np.exp(z), axis=axis, keepdims=keepdims)
        if divide_by == "column":
            return e / np.sum(e, axis=0).reshape(-1, 1)
        return e / np.sum(e, axis=axis, keepdims=keepdims)
    return softmax


def _sigmoid(z):
    """The sigmoid, where softmax belongs."""
    return 1 / (1 + np.exp(-z))


def rows_sum_to_one(run):
    """Each row of the output sums to 1 on every case, not each column.

    Whatever the shift before np.exp: the normalisation ran over the
    examples (axis=1). On a case with m > 1 the columns do not sum to 1.
    """
    telling = False
    for case, got in zip(run.cases, run.got):
        if case.stress:
            continue
        out = float_array((got or {}).get("softmax(z)"))
        if out is None or out.shape != case.args[0].shape or \
                not np.allclose(out.sum(axis=1), 1, rtol=1e-4):
            return False
        telling = telling or not np.allclose(out.sum(axis=0), 1, rtol=1e-4)
    return telling


def _one_hot_transposed(y, n_classes):
    return np.eye(n_classes)[y]


def _one_hot_whole_rows(y, n_classes):
    Y = np.zeros((n_classes, len(y)))
    Y[y, :] = 1
    return Y


def _one_hot_whole_columns(y, n_classes):
    Y = np.zeros((n_classes, len(y)))
    Y[:, y] = 1
    return Y


def _one_hot_reshaped(y, n_classes):
    return np.eye(n_classes)[y].reshape(n_classes, len(y))


def _one_hot_indices_swapped(y, n_classes):
    Y = np.zeros((n_classes, len(y)))
    Y[np.arange(len(y)), y] = 1
    return Y


# label k in row k - 1 or k + 1: with np.eye (wraps around at -1, raises
# at n_classes) or with a comparison (a column of zeros instead)
_SHIFTED_ROWS = {
    "y - 1": (lambda y, n_classes: np.eye(n_classes)[:, y - 1],
              lambda y, n_classes: np.arange(n_classes)[:, None] == y - 1),
    "y + 1": (lambda y, n_classes: np.eye(n_classes)[:, y + 1],
              lambda y, n_classes: np.arange(n_classes)[:, None] == y + 1),
}


def cost_softmax_with(*, sign=-1, divide_by="m", binary=False,
                      terms="Y * log(A2)", floor=""):
    """A categorical cross-entropy ``fn(A2, Y)`` with a mistake.

    ``divide_by`` is "m" (right), "1" (a sum), "n_y" or "n_y * m"
    (np.mean over all entries); ``binary=True`` adds ``(1 - Y) log(1 -
    A2)``; ``terms`` is what is summed: "Y * log(A2)" (right),
    "log(A2)" (Y left out), "Y * log10(A2)" or "A2 * log(Y)";
    ``floor`` "-S // m", "-(S // m)" or "1 // m": a floor division.
    """
    def cost(A2, Y):
        n_y, m = Y.shape
        summed = {"Y * log(A2)": lambda: Y * np.log(A2),
                  "log(A2)": lambda: np.log(A2),
                  "Y * log10(A2)": lambda: Y * np.log10(A2),
                  "A2 * log(Y)": lambda: A2 * np.log(Y)}[terms]()
        if binary:
            summed = summed + (1 - Y) * np.log(1 - A2)
        divisor = {"m": m, "1": 1, "n_y": n_y, "n_y * m": n_y * m}[
            divide_by]
        total = np.sum(summed)
        if floor:
            return float({"-S // m": lambda: -total // m,
                          "-(S // m)": lambda: -(total // m),
                          "1 // m": lambda: -(1 // m) * total}[floor]())
        return float(sign * np.sum(summed) / divisor)
    return cost


_OUTPUT_ERRORS = {
    "A2 - Y": lambda A2, Y: A2 - Y,
    "-Y * (1 - A2)": lambda A2, Y: -Y * (1 - A2),
    "(A2 - Y) * A2 * (1 - A2)": lambda A2, Y: (A2 - Y) * A2 * (1 - A2),
}


def output_error_with(dZ2):
    """A backward pass whose output error is ``dZ2`` (a key of the table).

    Below the output it is the course's: the ReLU network, with 1/m.
    """
    def backward(parameters, cache, X, Y):
        m = X.shape[1]
        W2, Z1, A1 = parameters["W2"], cache["Z1"], cache["A1"]
        error = _OUTPUT_ERRORS[dZ2](cache["A2"], Y)
        dW2 = error @ A1.T / m
        db2 = np.sum(error, axis=1, keepdims=True) / m
        dZ1 = W2.T @ error * (Z1 > 0)
        dW1 = dZ1 @ X.T / m
        db1 = np.sum(dZ1, axis=1, keepdims=True) / m
        return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return backward


def first_of_tuple(run):
    """A tuple (or list) whose first item is the course's output.

    On every case: the mark of ``return A, cache`` (the Deep Learning
    Specialization's activations return one), or ``return A, z``.
    """
    for call, expected in zip(run.calls, run.expected):
        value = call.value
        if call.raised or not isinstance(value, tuple | list) or \
                len(value) < 2:
            return None
        want = next(iter(expected.values()))
        first = value[0]
        if shape_of(first) != np.shape(want) or \
                first_difference(want, first, "") is not None:
            return None
    return {"count": len(run.calls[0].value)}


def grads_as_tuple(run):
    """A tuple of the four gradients, right, in the dict's order.

    On every case ``(dW1, db1, dW2, db2)``, or ``(dW2, db2, dW1, db1)``;
    gives the order found.
    """
    orders = set()
    for call, expected in zip(run.calls, run.expected):
        value = call.value
        if call.raised or not isinstance(value, tuple | list) or \
                len(value) != len(GRAD_KEYS):
            return None
        order = []
        for part in value:
            same = [key for key, want in expected.items()
                    if shape_of(part) == np.shape(want)
                    and first_difference(want, part, key) is None]
            if len(same) != 1:
                return None
            order.append(same[0])
        orders.add(tuple(order))
    if len(orders) != 1:
        return None
    return {"order": ", ".join(orders.pop())}


_SLOPES = {
    "Z1 > 0": lambda Z1, A1: Z1 > 0,
    "A1": lambda Z1, A1: A1,  # (A1 > 0) * A1, or np.maximum(Z1, 0)
    "Z1": lambda Z1, A1: Z1,
}


def softmax_backward_with(*, slope="Z1 > 0", without_m=(), m_from="m",
                          db2_axis=1, db1_axis=1, dZ2="A2 - Y",
                          dW1_input="X", dW2_input="A1", W="W2",
                          transposed=(), keepdims=True, stale=()):
    """Lesson 9's backward pass with a mistake.

    ``slope`` is ReLU's derivative as written (a key of _SLOPES);
    ``without_m`` the gradients not divided by m; ``m_from`` what is
    taken as m: "m", "n_x" (X.shape[0]) or "n_y" (Y.shape[0]);
    ``db2_axis`` and ``db1_axis`` the axes of the bias sums (None: all
    entries); ``dZ2`` "A2 - Y" or "Z2 - Y"; the inputs of dW1 and dW2
    and the weights of dA1; ``transposed`` the weight gradients
    computed the other way round, X @ dZ1.T or A1 @ dZ2.T;
    ``keepdims`` that of db2's sum; ``stale`` the gradients computed
    from the other layer's dZ (dW1 or db1 from dZ2, dW2 from dZ1).
    """
    def backward(parameters, cache, X, Y):
        m = {"m": X.shape[1], "n_x": X.shape[0], "n_y": Y.shape[0]}[m_from]
        ms = {key: 1 if key in without_m else m for key in GRAD_KEYS}
        Z1, A1 = cache["Z1"], cache["A1"]
        error = {"A2 - Y": cache["A2"], "Z2 - Y": cache["Z2"]}[dZ2] - Y
        into2 = {"A1": A1, "Z1": Z1, "X": X, "A2": cache["A2"]}[dW2_input]
        dW2 = (into2 @ error.T if "dW2" in transposed
               else error @ into2.T) / ms["dW2"]
        db2 = np.sum(error, axis=db2_axis, keepdims=keepdims) / ms["db2"]
        dZ1 = parameters[W].T @ error * _SLOPES[slope](Z1, A1)
        into1 = {"X": X, "A1": A1}[dW1_input]
        dZ = {key: error if key in stale else dZ1 for key in ("dW1", "db1")}
        dW1 = (into1 @ dZ["dW1"].T if "dW1" in transposed
               else dZ["dW1"] @ into1.T) / ms["dW1"]
        db1 = np.sum(dZ["db1"], axis=db1_axis, keepdims=True) / ms["db1"]
        if "dW2" in stale:
            dW2 = dZ1 @ into2.T / ms["dW2"]
        return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return backward


# one gradient, or one layer's two, not divided by m
_WITHOUT_M = (("dW1",), ("db1",), ("dW2",), ("db2",), ("dW1", "db1"),
              ("dW2", "db2"), ("dW1", "dW2"), ("db1", "db2"))


def missing_m(run):
    """Some gradients, not all, lack the 1/m; gives which."""
    for keys in _WITHOUT_M:
        if run.matches(_without_m_mutant(keys)):
            return {"keys": join(keys), "verb": "is" if len(keys) == 1
                    else "are", "times": "m times"}
    return None


_MUTANTS = {}


def _without_m_mutant(keys):
    """The same mutant object each time, so that Run caches its calls."""
    if keys not in _MUTANTS:
        _MUTANTS[keys] = softmax_backward_with(without_m=keys)
    return _MUTANTS[keys]


def _returned(run, key):
    """``(case, output)`` for each case where the learner returned it."""
    return [(case, got[key]) for case, got in zip(run.cases, run.got)
            if got and key in got]


def labels_returned(run):
    """The function returns the labels y themselves, on every case."""
    for case, call in zip(run.cases, run.calls):
        y, value = case.args[0], float_array(call.value)
        if call.raised or value is None or value.size != y.size or \
                not np.array_equal(value.ravel(), y):
            return None
    return {"shape": np.shape(run.calls[0].value)}


def shifted_rows(run):
    """The 1s sit in row y - 1 or y + 1: labels counted from 1."""
    for row, mutants in _SHIFTED_ROWS.items():
        if any(run.matches(mutant) for mutant in mutants):
            return {"row": row}
    return None


def rows_from_labels(run):
    """Y has y.max() + 1 (or as many as distinct labels) rows."""
    for case, Y in _returned(run, "Y"):
        y, n_classes = case.args
        rows = {int(y.max()) + 1, len(np.unique(y))} - {n_classes}
        shape = shape_of(Y)
        if shape and len(shape) == 2 and shape[1] == len(y) and \
                shape[0] in rows:
            return {"rows": shape[0], "n_classes": n_classes,
                    "y": y.tolist()}
    return None


def one_dimensional_result(run):
    """The function returns a 1-D array on some case."""
    for _, Y in _returned(run, "Y"):
        if np.ndim(Y) == 1:
            return {"shape": np.shape(Y)}
    return None


SOFTMAX_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("returns a tuple", first_of_tuple,
            "your softmax returns a tuple of {count} items, whose first is "
            "right: return the probabilities alone, return e / np.sum(e, "
            "axis=0, keepdims=True), as the course's forward pass calls "
            "it, A2 = softmax(Z2)."),
    Mistake("softmax over the examples (axis 1)",
            like_any(*(softmax_with(shift=shift, axis=1)
                       for shift in ("row max", "none", "global max",
                                     "column max"))),
            "your softmax makes each row sum to 1, over the m examples "
            "(axis=1): the classes are the rows, so each column must sum "
            "to 1, e / np.sum(e, axis=0, keepdims=True)."),
    Mistake("sum without keepdims",
            like_any(*(softmax_with(shift=shift, axis=1, keepdims=False)
                       for shift in ("column max", "none", "global max"))),
            "your np.sum(e, axis=1) without keepdims has shape (n_y,), "
            "which NumPy lines up with the last axis, the examples, so it "
            "raises for most shapes and mixes examples when n_y = m: sum "
            "each column, np.sum(e, axis=0, keepdims=True)."),
    Mistake("sum over all entries",
            like_any(*(softmax_with(shift=shift, axis=None)
                       for shift in ("column max", "none", "global max"))),
            "your softmax divides by the sum of all n_y * m entries, so "
            "the whole array sums to 1: each column (example) must, e / "
            "np.sum(e, axis=0, keepdims=True)."),
    Mistake("column sums made a column",
            like_any(*(softmax_with(shift=shift, divide_by="column")
                       for shift in ("column max", "none"))),
            "you divide by np.sum(e, axis=0) reshaped to a column, (m, 1), "
            "which NumPy lines up with the classes: it raises unless m = "
            "n_y and then divides row i by example i's sum. Keep the sums "
            "a row, np.sum(e, axis=0, keepdims=True)."),
    Mistake("sum of the unshifted exponentials",
            like(softmax_with(divide_by="unshifted")),
            "you divide the shifted exponentials by the sum of np.exp(z) "
            "itself: use one e for both, e = np.exp(z - np.max(z, axis=0, "
            "keepdims=True)), then e / np.sum(e, axis=0, keepdims=True)."),
    Mistake("sigmoid, not softmax", like(_sigmoid),
            "your function is the sigmoid, 1 / (1 + np.exp(-z)), applied "
            "to each score alone: softmax divides each exponential by its "
            "column's sum, e / np.sum(e, axis=0, keepdims=True), so that "
            "each column sums to 1."),
    Mistake("not normalised",
            like_any(softmax_with(normalise=False, shift="none"),
                     softmax_with(normalise=False)),
            "your softmax returns the exponentials without dividing by "
            "their sum: divide each column by its total, e / np.sum(e, "
            "axis=0, keepdims=True), so that it sums to 1."),
    Mistake("max over axis 1", like(softmax_with(shift="row max")),
            "you subtract each row's max (axis=1), which changes the "
            "probabilities: only a constant per column (example) leaves "
            "them unchanged, z - np.max(z, axis=0, keepdims=True)."),
    Mistake("max of the whole array", like(softmax_with(shift="global max")),
            "you subtract the max of the whole array, so a column far "
            "below it gets exp = 0 everywhere and 0 / 0 = NaN: subtract "
            "each column's own max, z - np.max(z, axis=0, keepdims=True)."),
    Mistake("no max subtraction", like(softmax_with(shift="none")),
            "np.exp(1000) overflows to inf (a RuntimeWarning) and inf / inf "
            "is NaN: subtract each column's max first, z - np.max(z, "
            "axis=0, keepdims=True), which leaves the probabilities as "
            "they are and every exponent <= 0."),
    Mistake("each row sums to 1", rows_sum_to_one,
            "each row of your output sums to 1, over the m examples: "
            "normalise each column (the n_y classes of one example), e / "
            "np.sum(e, axis=0, keepdims=True), after subtracting each "
            "column's max, np.max(z, axis=0, keepdims=True)."),
    Mistake("overflow in exp", overflow_at_large_z,
            "np.exp overflows on scores near 1000 (a RuntimeWarning): "
            "exponentiate only z - np.max(z, axis=0, keepdims=True), "
            "where every exponent is <= 0, then divide each column by its "
            "sum."),
    Mistake("z changed in place", changed_inputs,
            "your softmax changes z in place (z -= ...), and z is the "
            "caller's Z2, which the cache keeps: make a new array, z = z "
            "- np.max(z, axis=0, keepdims=True)."),
    DTYPE_MISTAKE,
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


ONE_HOT_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("labels not one-hot", labels_returned,
            "your function returns the labels y as they are, shape "
            "{shape}: one-hot turns each label into a column of n_classes "
            "numbers, 1 in the label's row and 0 elsewhere, Y = "
            "np.zeros((n_classes, m)), then Y[y, np.arange(m)] = 1."),
    Mistake("transposed", like(_one_hot_transposed),
            "your Y is (m, n_classes), one example per row: the course "
            "keeps examples in columns, so transpose it, "
            "np.eye(n_classes)[y].T of shape (n_classes, m)."),
    Mistake("row and column swapped", like(_one_hot_indices_swapped),
            "Y[np.arange(m), y] = 1 puts example i in row i and its label "
            "in a column: index the row by the label and the column by the "
            "example, Y[y, np.arange(m)] = 1."),
    Mistake("whole rows set", like(_one_hot_whole_rows),
            "Y[y, :] = 1 sets the whole row of every label that appears, "
            "for all m examples: set one entry per example, the label's "
            "row in that example's column, Y[y, np.arange(m)] = 1."),
    Mistake("whole columns set", like(_one_hot_whole_columns),
            "Y[:, y] = 1 fills whole columns, the columns whose number is a "
            "label: the label picks the row, the example the column, "
            "Y[y, np.arange(m)] = 1."),
    Mistake("reshaped, not transposed", like(_one_hot_reshaped),
            "your np.eye(n_classes)[y] is (m, n_classes), and reshape to "
            "(n_classes, m) keeps its entries in row order, which mixes "
            "examples and classes: transpose it instead, "
            "np.eye(n_classes)[y].T."),
    Mistake("off by one", shifted_rows,
            "your 1s sit in row {row} instead of row y, as if the labels "
            "counted from 1: they run from 0 to n_classes - 1, and label k "
            "goes in row k, Y[y, np.arange(m)] = 1."),
    Mistake("n_classes ignored", rows_from_labels,
            "your Y has {rows} rows on a case with n_classes = {n_classes} "
            "and y = {y}: take the number of rows from n_classes, since a "
            "class can be missing from y."),
    Mistake("1-D result", one_dimensional_result,
            "your Y is 1-D, shape {shape}: return a 2-D array (n_classes, "
            "m) with one one-hot column per example, Y = np.zeros"
            "((n_classes, m)), then Y[y, np.arange(m)] = 1."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


COST_SOFTMAX_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("array instead of float", returns_array,
            "your cost is an array of shape {shape}: return one number, "
            "the mean over the examples, float(-np.sum(Y * np.log(A2)) / "
            "m)."),
    Mistake("binary cross-entropy",
            like_any(cost_softmax_with(binary=True),
                     cost_softmax_with(binary=True, divide_by="n_y * m")),
            "you add the binary cross-entropy's (1 - Y) * np.log(1 - A2): "
            "with a softmax only the true class's -log a counts, J = "
            "-np.sum(Y * np.log(A2)) / m."),
    Mistake("sum instead of mean", like(cost_softmax_with(divide_by="1")),
            "your cost is m times too large, a sum: average over the m "
            "examples, J = -np.sum(Y * np.log(A2)) / m."),
    Mistake("mean over all entries",
            like(cost_softmax_with(divide_by="n_y * m")),
            "your cost is n_y times too small: np.mean averages over all "
            "n_y * m entries of Y * np.log(A2), most of them 0; divide the "
            "sum by the m examples only, J = -np.sum(Y * np.log(A2)) / m."),
    Mistake("divided by n_y",
            like_any(cost_softmax_with(divide_by="n_y"),
                     cost_softmax_with(divide_by="n_y", sign=1)),
            "your cost divides by n_y, the number of classes (Y.shape[0] "
            "is n_y here): divide by the number of examples, m = "
            "Y.shape[1], J = -np.sum(Y * np.log(A2)) / m."),
    Mistake("Y left out",
            like_any(cost_softmax_with(terms="log(A2)"),
                     cost_softmax_with(terms="log(A2)", divide_by="n_y * m")),
            "your cost sums the log of every probability, the wrong "
            "classes' too (np.sum(np.log(A2)), or Y @ np.log(A2).T, which "
            "adds the same): only the true class's counts, so multiply by "
            "Y entry by entry, J = -np.sum(Y * np.log(A2)) / m."),
    Mistake("log10", like(cost_softmax_with(terms="Y * log10(A2)")),
            "your cost uses np.log10, which is ln 10 = 2.3 times smaller: "
            "the cross-entropy uses the natural log, J = -np.sum(Y * "
            "np.log(A2)) / m."),
    Mistake("A2 and Y swapped",
            like_any(cost_softmax_with(terms="A2 * log(Y)"),
                     cost_softmax_with(terms="A2 * log(Y)", sign=1)),
            "your cost takes the log of Y, whose 0s give -inf: the log is "
            "of the probabilities, J = -np.sum(Y * np.log(A2)) / m, with "
            "A2 first in compute_cost_softmax(A2, Y)."),
    Mistake("// instead of /",
            like_any(*(cost_softmax_with(floor=floor) for floor in (
                "-S // m", "-(S // m)", "1 // m"))),
            "your cost divides with //, which rounds down to a whole "
            "number (1 // m is 0 for m > 1): divide with /, J = "
            "-np.sum(Y * np.log(A2)) / m."),
    Mistake("wrong sign", like(cost_softmax_with(sign=1)),
            "your cost is negative, the log-likelihood itself: J has a "
            "minus sign in front, J = -np.sum(Y * np.log(A2)) / m."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


BACKWARD_SOFTMAX_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("unknown key", missing_key,
            "your code reads the key {key}, which is not there: parameters "
            "has W1, b1, W2, b2 and cache Z1, A1, Z2, A2 (names are "
            "case-sensitive)."),
    Mistake("tuple, not a dict", grads_as_tuple,
            "your gradients are right but you return them as a tuple, "
            "({order}): return a dict, {{'dW1': dW1, 'db1': db1, 'dW2': "
            "dW2, 'db2': db2}}, which update_parameters_nn reads by key."),
    Mistake("grads keys", wrong_keys(GRAD_KEYS),
            "your grads have keys {keys}: name them dW1, db1, dW2 and db2, "
            "the keys update_parameters_nn reads."),
    Mistake("inputs changed in place", changed_inputs,
            "your function changes {changed}, which it was given (dZ2 = "
            "cache['A2'], then dZ2 -= Y, changes the cache's A2): make a "
            "new array, dZ2 = A2 - Y."),
    Mistake("db2 summed over all entries",
            like_any(*(softmax_backward_with(db2_axis=None, **options)
                       for options in ({}, {"without_m": ("db2",)},
                                       {"keepdims": False},
                                       {"keepdims": False,
                                        "without_m": ("db2",)}))),
            "your db2 sums dZ2 over all its entries, the classes too, and "
            "each column of A2 - Y sums to 0, so you get 0: sum over the "
            "examples only, one total per class, db2 = np.sum(dZ2, axis=1, "
            "keepdims=True) / m."),
    Mistake("db1 summed over all entries",
            like(softmax_backward_with(db1_axis=None)),
            "your db1 sums dZ1 over all its entries, the units too: sum "
            "over the examples only, one total per unit, db1 = "
            "np.sum(dZ1, axis=1, keepdims=True) / m."),
    Mistake("bias gradients summed over axis 0",
            like_any(*(softmax_backward_with(**axes) for axes in (
                {"db2_axis": 0}, {"db1_axis": 0},
                {"db2_axis": 0, "db1_axis": 0}))),
            "your db sums over axis 0, the classes or units, giving one "
            "number per example: sum over the examples, axis=1, db2 = "
            "np.sum(dZ2, axis=1, keepdims=True) / m and the same for "
            "db1."),
    Mistake("sums without keepdims", bias_without_keepdims,
            "db1 or db2 lost its second axis: sum with keepdims=True, db2 "
            "= np.sum(dZ2, axis=1, keepdims=True) / m, so that db2 is "
            "(n_y, 1) like b2."),
    Mistake("softmax derivative's diagonal only",
            like(output_error_with("-Y * (1 - A2)")),
            "your dZ2 is -Y * (1 - A2): it keeps only the diagonal a_k (1 - "
            "a_k) of the softmax's derivative, so the wrong classes get no "
            "gradient; softmax and the cross-entropy together give dZ2 = "
            "A2 - Y."),
    Mistake("output derivative applied again",
            like(output_error_with("(A2 - Y) * A2 * (1 - A2)")),
            "your dZ2 multiplies A2 - Y by A2 * (1 - A2): A2 - Y already is "
            "the derivative with respect to Z2, the softmax's included, so "
            "dZ2 = A2 - Y."),
    Mistake("ReLU's derivative is A1",
            like(softmax_backward_with(slope="A1")),
            "your dZ1 multiplies by A1 ((A1 > 0) * A1, or np.maximum(Z1, "
            "0), is ReLU itself): ReLU's derivative is the 0/1 mask, dZ1 = "
            "dA1 * (Z1 > 0)."),
    Mistake("ReLU's derivative is Z1",
            like(softmax_backward_with(slope="Z1")),
            "your dZ1 multiplies by Z1: ReLU's derivative is the 0/1 "
            "mask, 1 where Z1 > 0, so dZ1 = dA1 * (Z1 > 0)."),
    Mistake("ReLU derivative missing", like(backward_with(slope="none")),
            "your dZ1 equals dA1: multiply by ReLU's derivative, dZ1 = "
            "dA1 * (Z1 > 0)."),
    Mistake("tanh derivative", like(backward_with(slope="tanh")),
            "your dZ1 uses tanh's derivative 1 - A1**2, but the hidden "
            "layer is ReLU: dZ1 = dA1 * (Z1 > 0)."),
    Mistake("sigmoid derivative", like(backward_with(slope="sigmoid")),
            "your dZ1 uses sigmoid's derivative A1 * (1 - A1), but the "
            "hidden layer is ReLU: dZ1 = dA1 * (Z1 > 0)."),
    Mistake("no 1/m", like(backward_with(average=False)),
            "your gradients are m times too large: average over the "
            "examples, dW2 = dZ2 @ A1.T / m, and the same 1/m in every "
            "gradient."),
    Mistake("1/m missing in some gradients", missing_m,
            "your {keys} {verb} {times} too large, not divided by m like "
            "the others: dW1 = dZ1 @ X.T / m, db1 = np.sum(dZ1, axis=1, "
            "keepdims=True) / m, and the same for layer 2."),
    Mistake("m taken from shape[0]",
            like_any(*(softmax_backward_with(m_from=name)
                       for name in ("n_x", "n_y"))),
            "your gradients divide by X.shape[0] or Y.shape[0], n_x or "
            "n_y: m is the number of examples, the columns, m = "
            "X.shape[1]."),
    Mistake("Z2 where A2 belongs", like(softmax_backward_with(dZ2="Z2 - Y")),
            "your dZ2 is Z2 - Y: it is the probabilities minus the labels, "
            "dZ2 = A2 - Y, with A2 = cache['A2']."),
    Mistake("dZ2 sign", like(backward_with(dZ2_sign=-1)),
            "your gradients have the wrong sign: dZ2 = A2 - Y, not Y - A2."),
    Mistake("Z1 where A1 belongs", like(backward_with(dW2_input="Z1")),
            "your dW2 uses Z1: layer 2's input is A1, so dW2 = dZ2 @ A1.T "
            "/ m."),
    Mistake("dW2 transposed",
            like(softmax_backward_with(transposed=("dW2",))),
            "your dW2 is A1 @ dZ2.T, (n_h, n_y): the gradient has W2's "
            "shape, dW2 = dZ2 @ A1.T / m, (n_y, n_h)."),
    Mistake("dW1 transposed",
            like(softmax_backward_with(transposed=("dW1",))),
            "your dW1 is X @ dZ1.T, (n_x, n_h): the gradient has W1's "
            "shape, dW1 = dZ1 @ X.T / m, (n_h, n_x)."),
    Mistake("X where A1 belongs", like(softmax_backward_with(dW2_input="X")),
            "your dW2 uses X: layer 2's input is A1, so dW2 = dZ2 @ A1.T "
            "/ m."),
    Mistake("dZ2 where dZ1 belongs",
            like_any(*(softmax_backward_with(stale=keys) for keys in (
                ("dW1",), ("db1",), ("dW1", "db1")))),
            "your layer-1 gradients use dZ2, the output layer's: layer 1 "
            "has its own, dZ1 = W2.T @ dZ2 * (Z1 > 0), so dW1 = dZ1 @ X.T "
            "/ m and db1 = np.sum(dZ1, axis=1, keepdims=True) / m."),
    Mistake("dZ1 where dZ2 belongs",
            like(softmax_backward_with(stale=("dW2",))),
            "your dW2 uses dZ1: layer 2's gradient comes from its own "
            "error, dW2 = dZ2 @ A1.T / m."),
    Mistake("A2 where A1 belongs",
            like(softmax_backward_with(dW2_input="A2")),
            "your dW2 uses A2, the layer's own output: its input is A1, so "
            "dW2 = dZ2 @ A1.T / m."),
    Mistake("A1 where X belongs", like(softmax_backward_with(dW1_input="A1")),
            "your dW1 uses A1: layer 1's input is X, so dW1 = dZ1 @ X.T "
            "/ m."),
    Mistake("W1 where W2 belongs", like(softmax_backward_with(W="W1")),
            "your dA1 uses W1: the error flows back through the weights "
            "of layer 2, dA1 = W2.T @ dZ2."),
    Mistake("X not transposed", like(backward_with(transpose_X=False)),
            "dW1 needs X transposed: dW1 = dZ1 @ X.T / m, of shape "
            "(n_h, n_x)."),
    Mistake("A1 not transposed", like(backward_with(transpose_A1=False)),
            "dW2 needs A1 transposed: dW2 = dZ2 @ A1.T / m, of shape "
            "(n_y, n_h)."),
    Mistake("W2 not transposed", like(backward_with(transpose_W2=False)),
            "dA1 needs W2 transposed: dA1 = W2.T @ dZ2, of shape (n_h, m)."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


SOFTMAX = Spec(
    func="softmax", arg_names=("z",), symbols="(n_y, m)",
    make_cases=softmax_cases, reference=softmax,
    unpack=unpack_array("softmax(z)"), returns="returns an array",
    shapes={"softmax(z)": "(n_y, m)"},
    lines=(returns_line, shapes_line, values_line, dtype_line,
           softmax_stable_line, *COMMON_LINES),
    mistakes=SOFTMAX_MISTAKES,
)


ONE_HOT = Spec(
    func="one_hot", arg_names=("y", "n_classes"),
    symbols="(n_classes, m)", make_cases=one_hot_cases, reference=one_hot,
    unpack=unpack_array("Y"), returns="returns an array",
    shapes={"Y": "(n_classes, m)"},
    lines=(returns_line, shapes_line, values_line, *COMMON_LINES),
    mistakes=ONE_HOT_MISTAKES, bonus=one_hot_dtype_note,
)


COST_SOFTMAX = Spec(
    func="compute_cost_softmax", arg_names=("A2", "Y"), symbols="(n_y, m)",
    make_cases=cost_softmax_cases, reference=compute_cost_softmax,
    unpack=unpack_cost, returns="returns the cost J as a float",
    shapes={"J": "()"},
    lines=(returns_line, values_line, *COMMON_LINES),
    mistakes=COST_SOFTMAX_MISTAKES,
)


BACKWARD_SOFTMAX = Spec(
    func="backward_propagation_softmax",
    arg_names=("parameters", "cache", "X", "Y"),
    symbols="(n_x, n_h, n_y, m)", make_cases=backward_softmax_cases,
    reference=backward_propagation_softmax,
    unpack=lambda value: unpack_dict(value, GRAD_KEYS, "the grads dict"),
    returns="returns a dict with keys dW1, db1, dW2, db2",
    shapes={"dW1": "(n_h, n_x)", "db1": "(n_h, 1)", "dW2": "(n_y, n_h)",
            "db2": "(n_y, 1)"},
    lines=(returns_line, shapes_line, values_line, dtype_line,
           *COMMON_LINES),
    mistakes=BACKWARD_SOFTMAX_MISTAKES,
)
