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
