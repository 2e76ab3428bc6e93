"""Tests of snippets.learning: cost, backprop, update, training, checks."""

import copy
import math

import numpy as np
import pytest

from snippets import forward_propagation_nn, initialize_parameters_nn, learning
from snippets.learning import (
    backward_propagation_nn,
    compute_cost,
    gradient_check_nn,
    predict_nn,
    train_nn,
    update_parameters_nn,
)

KEYS = ("W1", "b1", "W2", "b2")
# (n_x, n_h, m): tiny, the course's Titanic layer sizes, wide and deep-ish
SHAPES = [(1, 1, 3), (2, 3, 4), (8, 4, 20), (5, 16, 12), (12, 6, 7)]


def random_problem(seed, n_x, n_h, m, dtype=np.float64):
    """Random X, 0/1 labels and O(1) parameters with non-zero biases."""
    rng = np.random.default_rng(seed)
    parameters = {
        "W1": rng.normal(size=(n_h, n_x)) / math.sqrt(n_x),
        "b1": rng.normal(size=(n_h, 1)),
        "W2": rng.normal(size=(1, n_h)) / math.sqrt(n_h),
        "b2": rng.normal(size=(1, 1)),
    }
    parameters = {k: v.astype(dtype) for k, v in parameters.items()}
    X = rng.normal(size=(n_x, m)).astype(dtype)
    Y = rng.integers(0, 2, size=(1, m))
    return X, Y, parameters


def reference_cost(parameters, X, Y, hidden):
    """Cross-entropy written independently: no clipping, math by hand."""
    Z1 = parameters["W1"] @ X + parameters["b1"]
    A1 = np.maximum(Z1, 0) if hidden == "relu" else np.tanh(Z1)
    A2 = 1 / (1 + np.exp(-(parameters["W2"] @ A1 + parameters["b2"])))
    return -np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))


def numeric_gradients(parameters, X, Y, hidden, eps=1e-6):
    """Centred finite differences of reference_cost, one entry at a time."""
    grads = {}
    for key in KEYS:
        grad = np.zeros_like(parameters[key])
        for index in np.ndindex(grad.shape):
            plus = copy.deepcopy(parameters)
            minus = copy.deepcopy(parameters)
            plus[key][index] += eps
            minus[key][index] -= eps
            grad[index] = (reference_cost(plus, X, Y, hidden)
                           - reference_cost(minus, X, Y, hidden)) / (2 * eps)
        grads["d" + key] = grad
    return grads


def relative_difference(grads, other):
    """||a - b|| / (||a|| + ||b||) over all four gradients at once."""
    a = np.concatenate([grads["d" + k].ravel() for k in KEYS])
    b = np.concatenate([other["d" + k].ravel() for k in KEYS])
    return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))


def backprop(parameters, X, Y, hidden="relu"):
    """Forward then backward pass, as train_nn chains them."""
    _, cache = forward_propagation_nn(X, parameters, hidden_activation=hidden)
    return backward_propagation_nn(parameters, cache, X, Y,
                                   hidden_activation=hidden)


def titanic_like(seed=0, m=60):
    """A small learnable problem: labels from a noisy linear rule."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(3, m))
    Y = (X[0] - X[1] + 0.3 * rng.normal(size=m) > 0).astype(int)
    return X, Y.reshape(1, -1)


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


# --- train_nn --------------------------------------------------------------

@pytest.mark.parametrize("hidden", ["relu", "tanh"])
def test_small_learning_rate_decreases_cost(hidden):
    """With a small step the cost goes down at every iteration."""
    X, Y = titanic_like()
    _, costs = train_nn(X, Y, 4, num_iterations=200, learning_rate=0.05,
                        hidden_activation=hidden, cost_every=1)
    assert np.all(np.diff(costs) < 0)


@pytest.mark.parametrize("hidden", ["relu", "tanh"])
def test_training_learns(hidden):
    """A learnable problem ends with a low cost and high accuracy."""
    X, Y = titanic_like()
    parameters, costs = train_nn(X, Y, 4, num_iterations=2000,
                                 hidden_activation=hidden)
    assert costs[0] == pytest.approx(math.log(2), rel=1e-3)
    assert costs[-1] < 0.3
    predictions = predict_nn(parameters, X, hidden_activation=hidden)
    assert np.mean(predictions == Y) >= 0.9


def test_training_is_deterministic():
    """Two runs with the same seed give identical parameters and costs."""
    X, Y = titanic_like()
    first = train_nn(X, Y, 3, num_iterations=150)
    second = train_nn(X, Y, 3, num_iterations=150)
    assert first[1] == second[1]
    for key in KEYS:
        np.testing.assert_array_equal(first[0][key], second[0][key])
    other = train_nn(X, Y, 3, num_iterations=150, seed=3)
    assert not np.array_equal(other[0]["W1"], first[0]["W1"])


@pytest.mark.parametrize("num_iterations, cost_every, expected", [
    (1, 100, 1), (100, 100, 1), (101, 100, 2), (1000, 100, 10),
    (10, 1, 10), (10, 3, 4),
])
def test_cost_recorded_every_n_iterations(num_iterations, cost_every,
                                          expected):
    """ceil(num_iterations / cost_every) costs, the first before training."""
    X, Y = titanic_like(m=10)
    _, costs = train_nn(X, Y, 2, num_iterations=num_iterations,
                        cost_every=cost_every)
    assert len(costs) == expected == math.ceil(num_iterations / cost_every)
    assert all(type(cost) is float for cost in costs)


def test_first_cost_is_that_of_the_initial_parameters():
    """costs[k] is the cost at the start of iteration k * cost_every."""
    X, Y = titanic_like(m=10)
    _, costs = train_nn(X, Y, 2, num_iterations=7, cost_every=3)
    for k, iterations in enumerate((0, 3, 6)):
        if iterations == 0:
            parameters = initialize_parameters_nn(3, 2, 1)
        else:
            parameters, _ = train_nn(X, Y, 2, num_iterations=iterations)
        A2, _ = forward_propagation_nn(X, parameters)
        assert costs[k] == compute_cost(A2, Y)


def test_print_cost(capsys):
    """print_cost prints each recorded cost, one line per record."""
    X, Y = titanic_like(m=10)
    _, costs = train_nn(X, Y, 2, num_iterations=250, print_cost=True)
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"Cost after iteration {i}: {c:.6f}"
                     for i, c in zip((0, 100, 200), costs)]


def test_train_keeps_float32():
    """float32 data trains in float32 end to end."""
    X, Y = titanic_like()
    parameters, _ = train_nn(X.astype(np.float32), Y, 3, num_iterations=50)
    assert {v.dtype for v in parameters.values()} == {np.dtype(np.float32)}


def test_train_does_not_mutate_data():
    """X and Y are left as they were."""
    X, Y = titanic_like()
    X_before, Y_before = X.copy(), Y.copy()
    train_nn(X, Y, 2, num_iterations=20)
    np.testing.assert_array_equal(X, X_before)
    np.testing.assert_array_equal(Y, Y_before)


@pytest.mark.parametrize("change, error, match", [
    ({"X": "T"}, ValueError, (r"X has shape \(n_x, m\) = \(60, 3\), so "
     r"m = 3 examples, but Y has 60 labels\. X looks transposed.*pass X\.T")),
    ({"Y": "ravel"}, ValueError, (r"Y must have shape \(1, m\) = "
     r"\(1, 60\).*got shape \(60,\)\. Labels in a 1-D array: use "
     r"y\.reshape\(1, -1\)")),
    ({"Y": "T"}, ValueError, (r"got shape \(60, 1\)\. It looks "
     r"transposed: use Y\.T or Y\.reshape\(1, -1\)")),
    ({"Y": "short"}, ValueError, (r"Y must have shape \(1, m\) = "
     r"\(1, 60\), one label per example \(column of X\), but got shape "
     r"\(1, 59\)\.$")),
    ({"X": "1d"}, ValueError, (r"X must be 2-D with shape \(n_x, m\).*"
     r"got a 1-D array of shape \(60,\)\. For a single feature use "
     r"X\.reshape\(1, -1\)")),
    ({"n_h": 0}, ValueError, r"n_h must be a positive integer"),
    ({"n_h": 2.0}, TypeError, (r"n_h must be a positive integer \(a number"
     r" of units\), but got 2\.0 of type float")),
    ({"num_iterations": 0}, ValueError, (r"num_iterations must be a "
     r"positive integer \(a number of gradient-descent steps\), but got 0")),
    ({"num_iterations": 1e3}, TypeError, (r"num_iterations must be a "
     r"positive integer.*of type float")),
    ({"cost_every": 0}, ValueError, r"cost_every must be a positive"),
    ({"learning_rate": -1}, ValueError, (r"learning_rate must be a positive"
     r" number such as 0\.5, but got -1")),
    ({"hidden_activation": "ReLU"}, ValueError, (r"hidden_activation must "
     r"be one of \['relu', 'tanh'\], but got 'ReLU'")),
])
def test_train_errors(change, error, match):
    """Misshapen data and bad options are refused with a hint."""
    X, Y = titanic_like()
    change = dict(change)  # a copy: the parameter is shared between runs
    transforms = {"T": lambda a: a.T, "ravel": np.ravel,
                  "short": lambda a: a[:, 1:], "1d": lambda a: a[0]}
    X = transforms[change.pop("X")](X) if "X" in change else X
    Y = transforms[change.pop("Y")](Y) if "Y" in change else Y
    kwargs = {"n_h": 2, "num_iterations": 5, **change}
    n_h = kwargs.pop("n_h")
    with pytest.raises(error, match="train_nn: .*" + match):
        train_nn(X, Y, n_h, **kwargs)


# --- predict_nn ------------------------------------------------------------

def test_predict_thresholds_probabilities():
    """Labels are int64 (1, m): 1 exactly where A2 > threshold."""
    X, _, parameters = random_problem(13, 4, 3, 50)
    A2, _ = forward_propagation_nn(X, parameters)
    for threshold in (0.2, 0.5, 0.8):
        labels = predict_nn(parameters, X, threshold=threshold)
        assert labels.shape == (1, 50) and labels.dtype == np.int64
        np.testing.assert_array_equal(labels, (A2 > threshold).astype(int))


def test_predict_at_exactly_the_threshold_is_zero():
    """A probability of exactly 0.5 is not above 0.5: label 0."""
    parameters = {"W1": np.zeros((1, 1)), "b1": np.zeros((1, 1)),
                  "W2": np.zeros((1, 1)), "b2": np.zeros((1, 1))}
    assert predict_nn(parameters, np.array([[3.0]])).tolist() == [[0]]


def test_predict_uses_hidden_activation():
    """tanh and ReLU hidden layers can disagree on the same parameters."""
    parameters = {"W1": np.array([[1.0]]), "b1": np.zeros((1, 1)),
                  "W2": np.array([[1.0]]), "b2": np.array([[0.5]])}
    X = np.array([[-2.0]])       # relu: A1 = 0 -> 0.62; tanh: -0.96 -> 0.38
    assert predict_nn(parameters, X).tolist() == [[1]]
    assert predict_nn(parameters, X, hidden_activation="tanh").tolist() == [
        [0]
    ]


@pytest.mark.parametrize("threshold, error, match", [
    (0, ValueError, r"strictly between 0 and 1 \(default 0\.5\), but got 0"),
    (1.0, ValueError, r"but got 1\.0"),
    (float("nan"), ValueError, r"but got nan"),
    ("0.5", TypeError, r"threshold must be a number between 0 and 1"),
])
def test_predict_threshold_errors(threshold, error, match):
    """A threshold outside (0, 1) is refused."""
    X, _, parameters = random_problem(14, 2, 2, 3)
    with pytest.raises(error, match="predict_nn: .*" + match):
        predict_nn(parameters, X, threshold=threshold)


# --- gradient_check_nn -----------------------------------------------------

@pytest.mark.parametrize("hidden", ["relu", "tanh"])
@pytest.mark.parametrize("n_x, n_h, m", SHAPES)
def test_gradient_check_passes_on_correct_backprop(n_x, n_h, m, hidden):
    """The relative difference is below 1e-7 for the real backprop."""
    X, Y, parameters = random_problem(n_x + n_h + m, n_x, n_h, m)
    assert gradient_check_nn(parameters, X, Y,
                             hidden_activation=hidden) < 1e-7


def test_gradient_check_catches_a_bug(monkeypatch):
    """A backprop that forgets the 1/m in db2 fails the check."""
    X, Y, parameters = random_problem(15, 3, 4, 6)
    real = learning.backward_propagation_nn

    def buggy(*args, **kwargs):
        grads = real(*args, **kwargs)
        return dict(grads, db2=grads["db2"] * 6)

    monkeypatch.setattr(learning, "backward_propagation_nn", buggy)
    assert gradient_check_nn(parameters, X, Y) > 1e-3


def test_gradient_check_of_float32_runs_in_float64():
    """float32 inputs are checked in float64 and left untouched."""
    X, Y, parameters = random_problem(16, 3, 4, 6, dtype=np.float32)
    before = copy.deepcopy(parameters)
    assert gradient_check_nn(parameters, X, Y) < 1e-7
    for key in KEYS:
        assert parameters[key].dtype == np.float32
        np.testing.assert_array_equal(parameters[key], before[key])


def test_gradient_check_does_not_mutate_inputs():
    """The nudges happen on copies: parameters, X and Y are unchanged."""
    X, Y, parameters = random_problem(17, 3, 2, 5)
    before = copy.deepcopy((parameters, X, Y))
    gradient_check_nn(parameters, X, Y)
    for key in KEYS:
        np.testing.assert_array_equal(parameters[key], before[0][key])
    np.testing.assert_array_equal(X, before[1])
    np.testing.assert_array_equal(Y, before[2])


def test_gradient_check_of_zero_gradients_is_zero():
    """All-zero weights at a balanced problem: both gradients vanish."""
    parameters = {"W1": np.zeros((2, 2)), "b1": np.zeros((2, 1)),
                  "W2": np.zeros((1, 2)), "b2": np.zeros((1, 1))}
    X = np.zeros((2, 2))
    assert gradient_check_nn(parameters, X, np.array([[0, 1]])) == 0.0


@pytest.mark.parametrize("epsilon, error, match", [
    (0, ValueError, (r"epsilon must be a positive number such as 1e-07, "
     r"but got 0")),
    (-1e-7, ValueError, r"but got -1e-07"),
    (None, TypeError, r"but got None of type NoneType"),
])
def test_gradient_check_epsilon_errors(epsilon, error, match):
    """epsilon must be a positive finite number."""
    X, Y, parameters = random_problem(18, 2, 2, 3)
    with pytest.raises(error, match="gradient_check_nn: .*" + match):
        gradient_check_nn(parameters, X, Y, epsilon)
