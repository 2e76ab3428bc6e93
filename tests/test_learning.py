"""Tests of snippets.learning: cost, backpropagation and the update."""

import copy
import math

import numpy as np
import pytest
from learning_problems import (
    KEYS,
    SHAPES,
    backprop,
    numeric_gradients,
    random_problem,
    relative_difference,
)

from snippets import forward_propagation_nn
from snippets.learning import (
    backward_propagation_nn,
    compute_cost,
    update_parameters_nn,
)

# --- compute_cost ----------------------------------------------------------

@pytest.mark.parametrize("A2, Y, expected", [
    ([[0.5]], [[1]], math.log(2)),
    ([[0.5, 0.5]], [[0, 1]], math.log(2)),
    ([[0.25]], [[0]], -math.log(0.75)),
    ([[0.9, 0.2, 0.6]], [[1, 0, 1]],
     -(math.log(0.9) + math.log(0.8) + math.log(0.6)) / 3),
    ([[0.999, 0.001]], [[1, 0]], -math.log(0.999)),
])
def test_cost_hand_computed(A2, Y, expected):
    """The cost equals the cross-entropy worked out with math.log."""
    cost = compute_cost(np.array(A2), np.array(Y))
    assert type(cost) is float
    assert cost == pytest.approx(expected, rel=1e-14)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_cost_finite_at_exact_zero_and_one(dtype):
    """A2 of exactly 0 or 1 gives a finite cost bounded by -ln(eps)."""
    eps = np.finfo(dtype).eps
    A2 = np.array([[0.0, 1.0, 1.0, 0.0]], dtype=dtype)
    right = compute_cost(A2, np.array([[0, 1, 1, 0]]))
    wrong = compute_cost(A2, np.array([[1, 0, 1, 0]]))
    assert 0 < right <= 2 * eps
    assert wrong == pytest.approx(-math.log(eps) / 2, rel=1e-6)


@pytest.mark.parametrize("A2, Y, match", [
    (np.array([0.5, 0.5]), np.array([[1, 0]]),
     (r"A2 must have shape \(1, m\).*got shape \(2,\)\. "
     r"Try A2\.reshape\(1, -1\)")),
    (np.array([[0.5], [0.5]]), np.array([[1, 0]]), r"pass A2\.T"),
    (np.array([[0.5, 1.5]]), np.array([[1, 0]]),
     r"A2 must hold probabilities in \[0, 1\].*got 1\.5"),
    (np.array([[0.5, np.nan]]), np.array([[1, 0]]), r"but got nan"),
    (np.array([[0.5, 0.5]]), np.array([1, 0]),
     (r"Y must have shape \(1, m\) = \(1, 2\).*got shape \(2,\)\. "
     r"Labels in a 1-D array: use y\.reshape\(1, -1\)")),
    (np.array([[0.5, 0.5, 0.5]]), np.array([[1], [0], [1]]),
     r"It looks transposed: use Y\.T or Y\.reshape\(1, -1\)"),
    (np.array([[0.5, 0.5]]), np.array([[1, 2]]),
     r"Y must hold the labels 0 and 1, but got 2\.0"),
])
def test_cost_errors(A2, Y, match):
    """Bad A2 or Y raise a ValueError that names the problem."""
    with pytest.raises(ValueError, match="compute_cost: .*" + match):
        compute_cost(A2, Y)


@pytest.mark.parametrize("A2, error, text", [
    (np.array([["a", "b"]]), TypeError,
     "compute_cost: A2 must hold probabilities, but got dtype <U1."),
    (np.array([[0.5, 1.5]]), ValueError,
     "compute_cost: A2 must hold probabilities in [0, 1] (the sigmoid "
     "output of forward_propagation_nn), but got 1.5."),
    (np.array([[np.nan, 0.5]]), ValueError,
     "compute_cost: A2 must hold probabilities in [0, 1] (the sigmoid "
     "output of forward_propagation_nn), but got nan."),
])
def test_cost_error_texts(A2, error, text):
    """A2 that is not probabilities gets the whole message, word for word."""
    with pytest.raises(error) as raised:
        compute_cost(A2, np.array([[1, 0]]))
    assert str(raised.value) == text


def test_cost_type_errors():
    """Non-numeric A2 or Y raise a TypeError."""
    with pytest.raises(TypeError, match=r"compute_cost: A2 must hold"):
        compute_cost(np.array([["a"]]), np.array([[1]]))
    with pytest.raises(TypeError, match=r"compute_cost: Y must hold"):
        compute_cost(np.array([[0.5]]), np.array([["1"]]))


# --- backward_propagation_nn -----------------------------------------------

@pytest.mark.parametrize("hidden", ["relu", "tanh"])
@pytest.mark.parametrize("n_x, n_h, m", SHAPES)
def test_gradients_match_finite_differences(n_x, n_h, m, hidden):
    """Backprop agrees with centred differences of an independent cost."""
    X, Y, parameters = random_problem(n_x * 100 + n_h, n_x, n_h, m)
    grads = backprop(parameters, X, Y, hidden)
    numeric = numeric_gradients(parameters, X, Y, hidden)
    assert relative_difference(grads, numeric) < 1e-7


@pytest.mark.parametrize("n_x, n_h, m", SHAPES)
def test_gradient_shapes_match_parameters(n_x, n_h, m):
    """dW1, db1, dW2, db2 come in that order, each of its parameter's shape."""
    X, Y, parameters = random_problem(0, n_x, n_h, m)
    grads = backprop(parameters, X, Y)
    assert list(grads) == ["dW1", "db1", "dW2", "db2"]
    for key in KEYS:
        assert grads["d" + key].shape == parameters[key].shape


def test_output_gradients_by_hand():
    """db2 is the mean of A2 - Y and dW2 is (A2 - Y) A1^T / m."""
    X, Y, parameters = random_problem(3, 4, 5, 9)
    A2, cache = forward_propagation_nn(X, parameters)
    grads = backward_propagation_nn(parameters, cache, X, Y)
    np.testing.assert_allclose(grads["db2"], [[np.mean(A2 - Y)]],
                               rtol=1e-12)
    np.testing.assert_allclose(grads["dW2"], (A2 - Y) @ cache["A1"].T / 9,
                               rtol=1e-12)


def test_relu_gradient_is_zero_for_inactive_units():
    """A hidden unit with Z1 <= 0 on every example gets no gradient."""
    X, Y, parameters = random_problem(4, 3, 4, 10)
    parameters["b1"][2, 0] = -100.0   # unit 2 never fires
    grads = backprop(parameters, X, Y)
    assert np.all(grads["dW1"][2] == 0) and grads["db1"][2, 0] == 0
    assert np.all(grads["dW1"][[0, 1, 3]] != 0)


@pytest.mark.parametrize("hidden", ["relu", "tanh"])
def test_backward_keeps_float32(hidden):
    """float32 inputs (and int labels) give float32 gradients."""
    X, Y, parameters = random_problem(5, 4, 3, 6, dtype=np.float32)
    grads = backprop(parameters, X, Y, hidden)
    assert {g.dtype for g in grads.values()} == {np.dtype(np.float32)}


def test_backward_does_not_mutate_inputs():
    """parameters, cache, X and Y are left exactly as they were."""
    X, Y, parameters = random_problem(6, 4, 3, 6)
    _, cache = forward_propagation_nn(X, parameters)
    before = copy.deepcopy((parameters, cache, X, Y))
    backward_propagation_nn(parameters, cache, X, Y)
    after = (parameters, cache, X, Y)
    for old, new in zip(before[:2], after[:2]):
        for key in old:
            np.testing.assert_array_equal(old[key], new[key])
    np.testing.assert_array_equal(before[2], X)
    np.testing.assert_array_equal(before[3], Y)


def test_backward_errors():
    """Bad cache, labels, activation or network size raise ValueError."""
    X, Y, parameters = random_problem(7, 3, 4, 5)
    _, cache = forward_propagation_nn(X, parameters)
    func = "backward_propagation_nn: "
    with pytest.raises(ValueError, match=func + r"cache is missing key\(s\)"
                       r" A1; expected the dict that forward_propagation"):
        backward_propagation_nn(parameters, {"Z1": cache["Z1"],
                                             "A2": cache["A2"]}, X, Y)
    with pytest.raises(ValueError, match=func + r"cache\['Z1'\] must have "
                       r"shape \(4, 5\).*got shape \(4, 2\)"):
        _, other = forward_propagation_nn(X[:, :2], parameters)
        backward_propagation_nn(parameters, other, X, Y)
    with pytest.raises(ValueError, match=func + r"Y must have shape "
                       r"\(1, m\) = \(1, 5\).*y\.reshape\(1, -1\)"):
        backward_propagation_nn(parameters, cache, X, Y.ravel())
    with pytest.raises(ValueError, match=func + r"X must have shape.*"
                       r"looks transposed.*pass X\.T"):
        backward_propagation_nn(parameters, cache, X.T, Y)
    with pytest.raises(ValueError, match=func + r"hidden_activation must "
                       r"be one of \['relu', 'tanh'\], but got 'sigmoid'"):
        backward_propagation_nn(parameters, cache, X, Y,
                                hidden_activation="sigmoid")
    two = dict(parameters, W2=np.ones((2, 4)), b2=np.zeros((2, 1)))
    with pytest.raises(ValueError, match=func + r"the cost is binary "
                       r"cross-entropy, so the network needs n_y = 1"):
        backward_propagation_nn(two, cache, X, Y)
    with pytest.raises(TypeError, match=func + r"cache must be the dict"):
        backward_propagation_nn(parameters, [cache["Z1"]], X, Y)


# --- update_parameters_nn --------------------------------------------------

@pytest.mark.parametrize("learning_rate", [0.01, 0.5, 1.2])
def test_update_rule_exact(learning_rate):
    """Each parameter becomes theta - learning_rate * dtheta, bit for bit."""
    X, Y, parameters = random_problem(8, 5, 3, 7)
    grads = backprop(parameters, X, Y)
    new = update_parameters_nn(parameters, grads, learning_rate)
    assert list(new) == list(KEYS)
    for key in KEYS:
        np.testing.assert_array_equal(
            new[key], parameters[key] - learning_rate * grads["d" + key]
        )


def test_update_returns_new_arrays_and_keeps_inputs():
    """The inputs are unchanged and the result shares no memory with them."""
    X, Y, parameters = random_problem(9, 4, 3, 5)
    grads = backprop(parameters, X, Y)
    before = copy.deepcopy((parameters, grads))
    new = update_parameters_nn(parameters, grads, 0.1)
    for key in KEYS:
        np.testing.assert_array_equal(parameters[key], before[0][key])
        np.testing.assert_array_equal(grads["d" + key],
                                      before[1]["d" + key])
        assert not np.shares_memory(new[key], parameters[key])


def test_update_keeps_float32():
    """float32 weights stay float32 with float64 gradients and np.float64."""
    _, _, parameters = random_problem(10, 3, 2, 4, dtype=np.float32)
    grads = {"d" + k: np.ones(v.shape) for k, v in parameters.items()}
    new = update_parameters_nn(parameters, grads, np.float64(0.1))
    assert {v.dtype for v in new.values()} == {np.dtype(np.float32)}


def test_update_of_integer_weights_is_not_rounded():
    """Integer weights give float64 results: the step is not rounded off."""
    parameters = {"W1": np.array([[1, 2]]), "b1": np.zeros((1, 1), int),
                  "W2": np.array([[1]]), "b2": np.zeros((1, 1), int)}
    grads = {"d" + k: np.ones(v.shape) for k, v in parameters.items()}
    new = update_parameters_nn(parameters, grads, 0.25)
    np.testing.assert_array_equal(new["W1"], [[0.75, 1.75]])
    assert new["W1"].dtype == np.float64


@pytest.mark.parametrize("learning_rate, error, match", [
    (0, ValueError, (r"learning_rate must be a positive number such as "
     r"0\.5, but got 0")),
    (-0.1, ValueError, r"but got -0\.1"),
    (float("nan"), ValueError, r"but got nan"),
    (float("inf"), ValueError, r"but got inf"),
    ("0.1", TypeError, r"but got '0\.1' of type str"),
    (True, TypeError, r"but got True of type bool"),
])
def test_update_learning_rate_errors(learning_rate, error, match):
    """A learning rate that is not a positive finite number is refused."""
    X, Y, parameters = random_problem(11, 2, 2, 3)
    grads = backprop(parameters, X, Y)
    with pytest.raises(error, match="update_parameters_nn: .*" + match):
        update_parameters_nn(parameters, grads, learning_rate)


def test_update_grads_errors():
    """Missing or misshapen gradients raise, naming the key."""
    X, Y, parameters = random_problem(12, 2, 2, 3)
    grads = backprop(parameters, X, Y)
    del grads["db2"]
    with pytest.raises(ValueError, match=r"update_parameters_nn: grads is "
                       r"missing key\(s\) db2; expected dW1, db1, dW2, db2 "
                       r"\(as backward_propagation_nn returns\), got dW1, "
                       r"db1, dW2\."):
        update_parameters_nn(parameters, grads, 0.1)
    grads["db2"] = np.zeros(1)
    with pytest.raises(ValueError, match=r"grads\['db2'\] must have the "
                       r"shape of parameters\['b2'\], \(1, 1\), but got "
                       r"shape \(1,\)"):
        update_parameters_nn(parameters, grads, 0.1)
    with pytest.raises(TypeError, match=r"grads must be a dict"):
        update_parameters_nn(parameters, list(grads.values()), 0.1)
