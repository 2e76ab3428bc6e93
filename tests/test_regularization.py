"""Tests of snippets.regularization: the L2-regularized cost (Lesson 11).

The cost must be the plain cross-entropy (binary for one output row,
categorical otherwise) plus lambd / (2m) times the squared Frobenius
norms of the weights, written out independently here, with the biases
left out. Its gradient is tested with backward_propagation_deep in
tests/test_deep.py.
"""

import copy

import numpy as np
import pytest

from snippets import (
    compute_cost,
    compute_cost_softmax,
    compute_cost_with_l2,
    forward_propagation_deep,
    initialize_parameters_deep,
)
from snippets.multiclass import one_hot


def problem(seed, dims, m=6):
    """Parameters with nonzero biases, AL from the network, labels Y."""
    rng = np.random.default_rng(seed)
    parameters = initialize_parameters_deep(dims, seed=seed)
    for layer in range(1, len(dims)):
        parameters[f"b{layer}"] = rng.normal(size=(dims[layer], 1))
    X = rng.normal(size=(dims[0], m))
    n_y = dims[-1]
    output = "sigmoid" if n_y == 1 else "softmax"
    AL, _ = forward_propagation_deep(X, parameters, output=output)
    if n_y == 1:
        Y = rng.integers(0, 2, size=(1, m)).astype(float)
    else:
        Y = one_hot(rng.integers(0, n_y, size=m), n_y)
    return AL, Y, parameters


def reference(AL, Y, parameters, lambd):
    """The cost written out: cross-entropy + lambd/(2m) sum of W**2."""
    m = Y.shape[1]
    if AL.shape[0] == 1:
        loss = -(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    else:
        loss = -(Y * np.log(AL))
    weights = [v for k, v in parameters.items() if k.startswith("W")]
    frobenius = sum(np.linalg.norm(W, "fro") ** 2 for W in weights)
    return loss.sum() / m + lambd / (2 * m) * frobenius


@pytest.mark.parametrize("dims", [[3, 5, 1], [3, 5, 4, 1], [4, 6, 5, 3]])
@pytest.mark.parametrize("lambd", [0.0, 0.1, 3.0])
def test_cost_is_cross_entropy_plus_the_penalty(dims, lambd):
    """Binary (one output row) or categorical, plus lambd/(2m) ||W||_F^2
    summed over the layers, as written out independently."""
    AL, Y, parameters = problem(1, dims)
    cost = compute_cost_with_l2(AL, Y, parameters, lambd)
    assert isinstance(cost, float)
    assert cost == pytest.approx(reference(AL, Y, parameters, lambd),
                                 rel=1e-12)


def test_lambd_zero_is_the_plain_cross_entropy():
    """lambd = 0 gives compute_cost for one row, compute_cost_softmax
    for more, exactly."""
    AL, Y, parameters = problem(2, [3, 5, 1])
    assert compute_cost_with_l2(AL, Y, parameters, 0.0) == compute_cost(
        AL, Y)
    AL, Y, parameters = problem(3, [3, 5, 4])
    assert compute_cost_with_l2(
        AL, Y, parameters, 0.0) == compute_cost_softmax(AL, Y)


def test_two_output_rows_are_categorical_not_binary():
    """With n_y = 2 the cost is the categorical one (one class of 2)."""
    AL = np.array([[0.9, 0.3], [0.1, 0.7]])
    Y = np.array([[1.0, 0.0], [0.0, 1.0]])
    parameters = {"W1": np.zeros((2, 3)), "b1": np.zeros((2, 1))}
    cost = compute_cost_with_l2(AL, Y, parameters, 1.0)
    assert cost == pytest.approx(-(np.log(0.9) + np.log(0.7)) / 2)


def test_penalty_is_linear_in_lambd_and_divided_by_2m():
    """Doubling lambd doubles the penalty; the penalty of one weight w
    is lambd w^2 / (2m)."""
    AL = np.full((1, 5), 0.5)
    Y = np.array([[1.0, 0.0, 1.0, 0.0, 1.0]])
    parameters = {"W1": np.array([[3.0]]), "b1": np.array([[0.0]])}
    plain = compute_cost_with_l2(AL, Y, parameters, 0.0)
    once = compute_cost_with_l2(AL, Y, parameters, 0.4) - plain
    twice = compute_cost_with_l2(AL, Y, parameters, 0.8) - plain
    assert once == pytest.approx(0.4 * 9 / 10, rel=1e-12)
    assert twice == pytest.approx(2 * once, rel=1e-12)


def test_biases_are_not_penalized():
    """Any biases, the same cost: only the weights are decayed."""
    AL, Y, parameters = problem(4, [3, 5, 4, 1])
    cost = compute_cost_with_l2(AL, Y, parameters, 2.0)
    huge = {k: (v * 1e3 if k.startswith("b") else v)
            for k, v in parameters.items()}
    assert compute_cost_with_l2(AL, Y, huge, 2.0) == cost
    larger = {k: (v * 2 if k.startswith("W") else v)
              for k, v in parameters.items()}
    assert compute_cost_with_l2(AL, Y, larger, 2.0) > cost


def test_every_layer_counts():
    """The penalty covers W1 .. WL, not only the first or last layer."""
    AL, Y, parameters = problem(5, [3, 5, 4, 1])
    cost = compute_cost_with_l2(AL, Y, parameters, 1.0)
    for layer in (1, 2, 3):
        changed = dict(parameters)
        changed[f"W{layer}"] = parameters[f"W{layer}"] * 3
        extra = 8 * np.sum(parameters[f"W{layer}"] ** 2) / (2 * 6)
        assert compute_cost_with_l2(AL, Y, changed, 1.0) == pytest.approx(
            cost + extra, rel=1e-12)


def test_float32_inputs_give_a_float():
    """float32 arrays give a Python float close to the float64 cost."""
    AL, Y, parameters = problem(6, [4, 6, 3])
    p32 = {k: v.astype(np.float32) for k, v in parameters.items()}
    cost = compute_cost_with_l2(
        AL.astype(np.float32), Y.astype(np.float32), p32, 0.5)
    assert isinstance(cost, float)
    assert cost == pytest.approx(
        compute_cost_with_l2(AL, Y, parameters, 0.5), rel=1e-5)


def test_inputs_are_unchanged():
    """AL, Y and the parameters are read, never written."""
    AL, Y, parameters = problem(7, [3, 5, 4, 1])
    before = copy.deepcopy((AL, Y, parameters))
    compute_cost_with_l2(AL, Y, parameters, 1.5)
    np.testing.assert_array_equal(AL, before[0])
    np.testing.assert_array_equal(Y, before[1])
    for key in parameters:
        np.testing.assert_array_equal(parameters[key], before[2][key])


# ---------------------------------------------------------------------
# Bad input: the errors name compute_cost_with_l2, never the cost it
# calls, with the argument, the expected shape and what arrived.

LAMBD = (r"lambd must be a finite number >= 0 \(the strength lambda of the "
         r"L2 penalty, such as 0\.1; 0 is no penalty\), but got ")


@pytest.mark.parametrize("change, error, match", [
    (lambda AL, Y, p, lambd: (AL.T, Y, p, lambd), ValueError,
     r"AL must have shape \(n_y, m\) = \(3, m\), one column per example, "
     r"to match the last layer's n_y = 3 units in parameters, but got "
     r"shape \(6, 3\)\. It looks transposed: pass AL\.T\.$"),
    (lambda AL, Y, p, lambd: (AL[:2], Y[:2], p, lambd), ValueError,
     r"AL must have shape \(n_y, m\) = \(3, m\), .* but got shape "
     r"\(2, 6\)\.$"),
    (lambda AL, Y, p, lambd: (AL.ravel(), Y, p, lambd), ValueError,
     r"AL must have shape .* but got shape \(18,\)\. Try "
     r"AL\.reshape\(3, -1\)\.$"),
    (lambda AL, Y, p, lambd: (AL + 1, Y, p, lambd), ValueError,
     r"AL must hold probabilities in \[0, 1\] \(the output of "
     r"forward_propagation_deep\), but got 1\.\d+\.$"),
    (lambda AL, Y, p, lambd: (np.full(AL.shape, "a"), Y, p, lambd),
     TypeError, r"AL must hold probabilities, but got dtype <U1\.$"),
    (lambda AL, Y, p, lambd: (AL, Y[:, :4], p, lambd), ValueError,
     r"Y must have shape \(n_y, m\) = \(3, 6\), one one-hot column per "
     r"example \(column of X\), but got shape \(3, 4\)\.$"),
    (lambda AL, Y, p, lambd: (AL, Y * 2, p, lambd), ValueError,
     r"every column of Y must be one-hot"),
    (lambda AL, Y, p, lambd: (AL, Y, [p["W1"]], lambd), TypeError,
     r"parameters must be a dict with keys W1, b1, \.\.\., WL, bL \(as "
     r"initialize_parameters_deep returns\), but got list\.$"),
    (lambda AL, Y, p, lambd: (
        AL, Y, {k: v for k, v in p.items() if k != "b2"}, lambd),
     ValueError,
     r"parameters has W2 but no b2;"),
    (lambda AL, Y, p, lambd: (AL, Y, {**p, "W2": np.ones((4, 6))}, lambd),
     ValueError,
     r"parameters\['W2'\] has shape \(4, 6\), but layer 1 has 5 units \(W1 "
     r"\(5, 4\)\), so W2 must have shape \(n_2, n_1\) = \(4, 5\)\.$"),
    (lambda AL, Y, p, lambd: (AL, Y, p, -0.1), ValueError,
     LAMBD + r"-0\.1\.$"),
    (lambda AL, Y, p, lambd: (AL, Y, p, float("nan")), ValueError,
     LAMBD + r"nan\.$"),
    (lambda AL, Y, p, lambd: (AL, Y, p, float("inf")), ValueError,
     LAMBD + r"inf\.$"),
    (lambda AL, Y, p, lambd: (AL, Y, p, "0.1"), TypeError,
     LAMBD + r"'0\.1' of type str\.$"),
])
def test_errors_name_the_argument_and_the_shape(change, error, match):
    """AL, Y, the parameters and lambd are each checked, and named."""
    args = change(*problem(20, [4, 5, 4, 3]), 0.1)
    with pytest.raises(error, match="^compute_cost_with_l2: " + match):
        compute_cost_with_l2(*args)


@pytest.mark.parametrize("Y, match", [
    (np.array([0.0, 1.0, 1.0, 0.0, 1.0, 0.0]),
     r"Y must have shape \(1, m\) = \(1, 6\), one label per example "
     r"\(column of X\), but got shape \(6,\)\. Labels in a 1-D array: use "
     r"y\.reshape\(1, -1\)\.$"),
    (np.array([[0.0, 1.0, 2.0, 0.0, 1.0, 0.0]]),
     r"Y must hold the labels 0 and 1, but got 2\.0\.$"),
])
def test_one_output_unit_takes_binary_labels(Y, match):
    """With n_y = 1 the labels are (1, m) zeros and ones."""
    AL, _, parameters = problem(21, [3, 4, 1])
    with pytest.raises(ValueError, match="^compute_cost_with_l2: " + match):
        compute_cost_with_l2(AL, Y, parameters, 0.1)


@pytest.mark.parametrize("dims", [[3, 5, 1], [4, 6, 5, 3]])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_guard_changes_no_value(dims, dtype):
    """The guarded cost is the pure body's float, bit for bit."""
    AL, Y, parameters = problem(22, dims)
    AL = AL.astype(dtype)
    parameters = {k: v.astype(dtype) for k, v in parameters.items()}
    for lambd in (0.0, 0.7):
        got = compute_cost_with_l2(AL, Y, parameters, lambd)
        pure = compute_cost_with_l2.__wrapped__(AL, Y.astype(dtype),
                                                parameters, lambd)
        assert got == pure
        assert np.float64(got).tobytes() == np.float64(pure).tobytes()


def test_integer_inputs_are_computed_in_float64():
    """0/1 integer AL and Y are cast to floats, as compute_cost does."""
    parameters = {"W1": np.array([[1, -2]]), "b1": np.array([[5]])}
    AL = np.array([[1, 0, 1, 0]])
    Y = np.array([[1, 0, 1, 0]])
    expected = compute_cost_with_l2(AL.astype(float), Y.astype(float),
                                    parameters, 0.8)
    assert compute_cost_with_l2(AL, Y, parameters, 0.8) == expected
    # log(1) = 0 for every example: only the penalty is left
    assert expected == pytest.approx(0.8 / 8 * 5, abs=1e-12)
