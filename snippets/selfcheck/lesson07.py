"""The self-checks of Lesson 7: the cost, backpropagation, the update.

Specs and mistake catalogues in the form of ``lesson06``.
"""

import itertools

import numpy as np

from snippets.forward import forward_propagation_nn
from snippets.learning import (
    backward_propagation_nn,
    compute_cost,
    update_parameters_nn,
)
from snippets.selfcheck._engine.common import (
    COMMON_LINES,
    GLOBAL_RANDOM_STATE_MISTAKES,
    GRAD_KEYS,
    PARAMETER_KEYS,
    PARAMETER_SHAPES,
    SIGNATURE_MISTAKE,
    as_float32,
    backward_with,
    bias_without_keepdims,
    changed_inputs,
    like_any,
    missing_key,
    random_network,
    returns_array,
    size_label,
    unpack_cost,
)
from snippets.selfcheck._engine.report import (
    Case,
    Mistake,
    Spec,
    dtype_line,
    join,
    like,
    returns_line,
    run_check,
    shapes_line,
    unpack_dict,
    values_line,
    wrong_keys,
)


def check_compute_cost(fn):
    """Check your ``compute_cost(A2, Y)``, the binary cross-entropy.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(A2, Y)`` returns the cost ``J``, averaged over
        the ``m`` examples, as a Python float.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import compute_cost
    >>> from snippets.selfcheck import check_compute_cost
    >>> print(check_compute_cost(compute_cost))
    check_compute_cost: 5 of 5 checks passed
      ok   returns the cost J as a float
      ok   values match the course's compute_cost
      ok   A2 and Y are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
    """
    return run_check(COST, fn)


def check_backward_propagation_nn(fn):
    """Check your ``backward_propagation_nn(parameters, cache, X, Y)``.

    The network is the course's: a ReLU hidden layer and a sigmoid output
    with the cross-entropy cost, so ``dZ2 = A2 - Y`` and
    ``dZ1 = W2.T @ dZ2 * (Z1 > 0)``.

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
    >>> from snippets import backward_propagation_nn
    >>> from snippets.selfcheck import check_backward_propagation_nn
    >>> report = check_backward_propagation_nn(backward_propagation_nn)
    >>> bool(report), report.diagnosis
    (True, None)
    """
    return run_check(BACKWARD, fn)


def check_update_parameters_nn(fn):
    """Check your ``update_parameters_nn(parameters, grads, learning_rate)``.

    Parameters
    ----------
    fn : callable
        Your function: it returns a new dict with ``W1 - learning_rate *
        dW1`` and so on, and leaves ``parameters`` unchanged.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import update_parameters_nn
    >>> from snippets.selfcheck import check_update_parameters_nn
    >>> bool(check_update_parameters_nn(update_parameters_nn))
    True
    """
    return run_check(UPDATE, fn)


def cost_with(*, average=True, sign=-1, zero_label_term=True,
              second_log="1 - A2"):
    """A cost ``fn(A2, Y)`` with a mistake.

    ``second_log`` is what the (1 - Y) term takes the log of: "1 - A2"
    (right) or "A2".
    """
    def cost(A2, Y):
        m = Y.shape[1] if average else 1
        terms = Y * np.log(A2)
        if zero_label_term:
            inner = 1 - A2 if second_log == "1 - A2" else A2
            terms = terms + (1 - Y) * np.log(inner)
        return float(sign * np.sum(terms) / m)
    return cost


def cost_floor_divided(where):
    """The cost with ``//`` for ``/``: ``where`` is "total" or "1 // m"."""
    def cost(A2, Y):
        m = Y.shape[1]
        logs = np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
        if where == "total":
            return float(-logs // m)
        return float(-(1 // m) * logs)
    return cost


def update_with(*, sign=-1, biases=True, use_learning_rate=True):
    """A gradient-descent step ``fn(parameters, grads, alpha)``, wrong."""
    def update(parameters, grads, learning_rate):
        alpha = learning_rate if use_learning_rate else 1
        return {
            key: parameters[key] + sign * alpha * grads["d" + key]
            if biases or key.startswith("W") else parameters[key].copy()
            for key in PARAMETER_KEYS
        }
    return update


def without_m_in_some(run):
    """Some gradients, not all, lack the 1/m: the names of those."""
    for size in (1, 2, 3):
        for keys in itertools.combinations(GRAD_KEYS, size):
            if run.matches(backward_with(without_m=keys)):
                return {"keys": join(keys),
                        "verb": "is" if size == 1 else "are"}
    return None


COST_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("array instead of float", returns_array,
            "your cost is an array of shape {shape}: return a number, "
            "float(np.squeeze(cost)), or compute it with np.mean or "
            "np.sum over all entries."),
    Mistake("// instead of /",
            like_any(cost_floor_divided("total"),
                     cost_floor_divided("1 // m")),
            "your cost divides with //, which rounds down to a whole "
            "number (1 // m is 0 for m > 1): divide with /, J = "
            "-np.sum(...) / m."),
    Mistake("sum instead of mean", like(cost_with(average=False)),
            "your cost is m times too large, a sum: average over the "
            "examples, J = -np.sum(...) / m or -np.mean(...)."),
    Mistake("wrong sign", like(cost_with(sign=1)),
            "your cost is the log-likelihood itself, negative: J has a "
            "minus sign in front, J = -(1/m) * sum(y log a2 + (1 - y) "
            "log(1 - a2))."),
    Mistake("log(A2) in the (1 - y) term",
            like(cost_with(second_log="A2")),
            "your (1 - Y) term takes np.log(A2): an example with y = 0 is "
            "scored by the probability of 0, np.log(1 - A2), so J = "
            "-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m."),
    Mistake("(1 - y) term missing", like(cost_with(zero_label_term=False)),
            "only y log a2 is summed, so examples with y = 0 cost nothing: "
            "add (1 - Y) * np.log(1 - A2)."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


BACKWARD_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("unknown key", missing_key,
            "your code reads the key {key}, which is not there: parameters "
            "has W1, b1, W2, b2 and cache Z1, A1, Z2, A2 (names are "
            "case-sensitive)."),
    Mistake("grads keys", wrong_keys(GRAD_KEYS),
            "your grads have keys {keys}: name them dW1, db1, dW2 and db2, "
            "the keys update_parameters_nn reads."),
    Mistake("sums without keepdims", bias_without_keepdims,
            "db1 or db2 lost its second axis: sum with keepdims=True, db1 "
            "= np.sum(dZ1, axis=1, keepdims=True) / m, so that db1 is "
            "(n_h, 1) like b1."),
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
            "examples, dW1 = dZ1 @ X.T / m, and the same 1/m in every "
            "gradient."),
    Mistake("1/m missing in some gradients", without_m_in_some,
            "your {keys} {verb} m times too large, the other gradients are "
            "right: divide every gradient by m, dW1 = dZ1 @ X.T / m and "
            "db1 = np.sum(dZ1, axis=1, keepdims=True) / m."),
    Mistake("db1 summed over the units", like(backward_with(db1_axis=0)),
            "your db1 sums dZ1 over axis 0, the hidden units: a bias "
            "gradient sums over the examples, db1 = np.sum(dZ1, axis=1, "
            "keepdims=True) / m, of shape (n_h, 1)."),
    Mistake("dW2 transposed",
            like(backward_with(dW2_order="A1 @ dZ2.T")),
            "your dW2 is A1 @ dZ2.T, transposed, of shape (n_h, n_y): a "
            "gradient has its weight's shape, dW2 = dZ2 @ A1.T / m, "
            "(n_y, n_h) like W2."),
    Mistake("dZ2 sign", like(backward_with(dZ2_sign=-1)),
            "your gradients have the wrong sign: dZ2 = A2 - Y, not Y - A2."),
    Mistake("Z1 where A1 belongs", like(backward_with(dW2_input="Z1")),
            "your dW2 uses Z1: layer 2's input is A1, so dW2 = dZ2 @ A1.T "
            "/ m."),
    Mistake("X not transposed", like(backward_with(transpose_X=False)),
            "dW1 needs X transposed: dW1 = dZ1 @ X.T / m, of shape "
            "(n_h, n_x)."),
    Mistake("A1 not transposed", like(backward_with(transpose_A1=False)),
            "dW2 needs A1 transposed: dW2 = dZ2 @ A1.T / m, of shape "
            "(1, n_h)."),
    Mistake("W2 not transposed", like(backward_with(transpose_W2=False)),
            "dA1 needs W2 transposed: dA1 = W2.T @ dZ2, of shape (n_h, m)."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


UPDATE_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("updated in place", changed_inputs,
            "your function changes {changed}, which it was given: build "
            "new arrays in a new dict, W1 = parameters['W1'] - "
            "learning_rate * grads['dW1'], not W1 -= ... in place."),
    Mistake("unknown key", missing_key,
            "your code reads the key {key}, which is not there: parameters "
            "has W1, b1, W2, b2 and grads dW1, db1, dW2, db2 (names are "
            "case-sensitive)."),
    Mistake("wrong keys", wrong_keys(PARAMETER_KEYS),
            "your dict has keys {keys}: name them W1, b1, W2 and b2, the "
            "keys forward_propagation_nn reads."),
    Mistake("gradient ascent", like(update_with(sign=1)),
            "your step goes uphill: subtract the gradient, W1 = W1 - "
            "learning_rate * dW1."),
    Mistake("biases not updated", like(update_with(biases=False)),
            "b1 and b2 stay the same: update them too, b1 = b1 - "
            "learning_rate * db1."),
    Mistake("learning rate ignored",
            like(update_with(use_learning_rate=False)),
            "your step ignores the learning rate: W1 = W1 - learning_rate "
            "* dW1."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


BACKWARD_SIZES = ((3, 4, 5), (3, 4, 1), (2, 4, 4), (4, 4, 4), (2, 1, 3))


def backward_cases():
    """parameters, cache, X and Y for each of BACKWARD_SIZES."""
    rng = np.random.default_rng(2)
    cases = []
    for n_x, n_h, m in BACKWARD_SIZES:
        X = rng.normal(size=(n_x, m))
        parameters = random_network(rng, n_x, n_h)
        Y = rng.integers(0, 2, size=(1, m))
        _, cache = forward_propagation_nn(X, parameters)
        cases.append(Case(size_label(n_x, n_h, m), (parameters, cache, X, Y)))
    return cases


def cost_cases():
    """A2 and Y with m = 5, 1 and 4 examples."""
    rng = np.random.default_rng(3)
    labels = ([[1, 0, 1, 1, 0]], [[1]], [[0, 0, 1, 0]])
    return [
        Case(f"m = {len(Y[0])}",
             (rng.uniform(0.05, 0.95, size=(1, len(Y[0]))), np.array(Y)))
        for Y in labels
    ]


def update_cases():
    """parameters, grads and a learning rate, once in float32."""
    rng = np.random.default_rng(4)
    cases = []
    for (n_x, n_h, n_y), alpha in zip(((3, 4, 1), (2, 1, 1), (4, 3, 2)),
                                      (0.1, 1.2, 0.01)):
        parameters = random_network(rng, n_x, n_h, n_y)
        grads = {"d" + key: rng.normal(size=value.shape)
                 for key, value in parameters.items()}
        cases.append(Case(size_label(n_x, n_h, n_y),
                          (parameters, grads, alpha)))
    return cases + [Case(cases[0].label, as_float32(cases[0].args),
                         "float32")]


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
