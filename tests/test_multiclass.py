"""Tests for snippets.multiclass: softmax network and softmax regression."""

import copy
import math
import re

import numpy as np
import pytest

from snippets.activations import sigmoid, softmax
from snippets.data import load_digits
from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn
from snippets.learning import compute_cost
from snippets.multiclass import (
    backward_propagation_softmax,
    compute_cost_softmax,
    forward_propagation_softmax,
    one_hot,
    predict_softmax,
    predict_softmax_regression,
    train_softmax_nn,
    train_softmax_regression,
)

KEYS = ("W1", "b1", "W2", "b2")


def problem(seed, n_x=4, n_h=5, n_y=3, m=7, dtype=np.float64):
    """A small random problem: X (n_x, m), one-hot Y, parameters."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_x, m)).astype(dtype)
    Y = one_hot(rng.integers(0, n_y, size=m), n_y).astype(dtype)
    parameters = {
        "W1": rng.standard_normal((n_h, n_x)).astype(dtype),
        "b1": rng.standard_normal((n_h, 1)).astype(dtype),
        "W2": rng.standard_normal((n_y, n_h)).astype(dtype),
        "b2": rng.standard_normal((n_y, 1)).astype(dtype),
    }
    return X, Y, parameters


def message(text):
    """A pytest.raises pattern matching exactly ``text``."""
    return f"^{re.escape(text)}$"


# --- one_hot -------------------------------------------------------------

def test_one_hot_values():
    """Row k holds a 1 where the label is k."""
    Y = one_hot(np.array([2, 0, 1, 2]), 3)
    assert np.array_equal(Y, [[0, 1, 0, 0], [0, 0, 1, 0], [1, 0, 0, 1]])
    assert Y.dtype == np.float64


@pytest.mark.parametrize("n_classes, m", [(2, 1), (3, 10), (10, 1438)])
def test_one_hot_shape_and_round_trip(n_classes, m):
    """(n_classes, m), one 1 per column, argmax gives the labels back."""
    y = np.random.default_rng(m).integers(0, n_classes, size=m)
    Y = one_hot(y, n_classes)
    assert Y.shape == (n_classes, m)
    assert np.array_equal(Y.sum(axis=0), np.ones(m))
    assert np.array_equal(np.argmax(Y, axis=0), y)


def test_one_hot_accepts_lists_and_empty_labels():
    """A list works; no labels give an (n_classes, 0) array."""
    assert np.array_equal(one_hot([1, 0], 2), [[0, 1], [1, 0]])
    assert one_hot(np.array([], dtype=np.int64), 4).shape == (4, 0)


def test_one_hot_leaves_input_unchanged():
    """The labels passed in are not modified."""
    y = np.array([1, 2, 0])
    one_hot(y, 3)
    assert np.array_equal(y, [1, 2, 0])


@pytest.mark.parametrize("y, error, text", [
    (np.array([1.0, 2.0]), TypeError,
     "one_hot: y must hold integer class labels 0 to 9, but got dtype "
     "float64. Hint: convert whole numbers with y.astype(np.int64)."),
    (np.array(["1"]), TypeError,
     "one_hot: y must hold integer class labels 0 to 9, but got dtype "
     "<U1."),
    (np.array([[1, 2, 3]]), ValueError,
     "one_hot: y must be 1-D with shape (m,), one label per example, but "
     "got shape (1, 3). Hint: flatten it with y.ravel()."),
    (np.array([3, 10, 12]), ValueError,
     "one_hot: y must hold labels 0 to 9 (n_classes = 10), but got 10 at "
     "index 1. Hint: n_classes must exceed the largest label, here "
     "n_classes=13."),
    (np.array([3, -1]), ValueError,
     "one_hot: y must hold labels 0 to 9 (n_classes = 10), but got -1 at "
     "index 1."),
])
def test_one_hot_bad_labels(y, error, text):
    """Labels must be 1-D integers in 0 .. n_classes - 1."""
    with pytest.raises(error, match=message(text)):
        one_hot(y, 10)


@pytest.mark.parametrize("n_classes, error", [
    (0, ValueError), (-2, ValueError), (2.0, TypeError), ("3", TypeError),
    (True, TypeError),
])
def test_one_hot_bad_n_classes(n_classes, error):
    """n_classes must be a positive int."""
    with pytest.raises(error, match=r"^one_hot: n_classes must be a "
                       r"positive integer \(the number of classes n_y\)"):
        one_hot(np.array([0]), n_classes)


# --- softmax: stability and the two-class case ---------------------------

@pytest.mark.parametrize("Z", [
    np.array([[1000.0, -1000.0, 0.0], [-1000.0, 1000.0, 0.0],
              [0.0, 0.0, 0.0]]),
    np.array([[1000.0], [1000.0], [999.0]]),
    np.array([[-1000.0], [-1000.0], [-1000.0]]),
])
def test_softmax_is_stable_at_large_logits(Z):
    """No overflow warning (pytest makes it an error); columns sum to 1."""
    A = softmax(Z)
    assert np.all(np.isfinite(A)) and np.all(A >= 0)
    np.testing.assert_allclose(A.sum(axis=0), 1.0, rtol=1e-15)


def test_forward_is_stable_at_large_logits():
    """Scores of +-1000 in Z2 give finite probabilities and cost."""
    parameters = {"W1": np.eye(2), "b1": np.zeros((2, 1)),
                  "W2": np.array([[1000.0, 0.0], [0.0, 1000.0]]),
                  "b2": np.zeros((2, 1))}
    X = np.array([[1.0, 0.0, -1.0], [0.0, 1.0, -1.0]])
    A2, cache = forward_propagation_softmax(X, parameters)
    assert np.array_equal(A2, [[1, 0, 0.5], [0, 1, 0.5]])
    # a confident mistake costs -log(eps), not infinity
    Y = one_hot(np.array([1, 1, 0]), 2)
    eps = np.finfo(np.float64).eps
    expected = (-math.log(eps) + 0 + math.log(2)) / 3
    assert compute_cost_softmax(A2, Y) == pytest.approx(expected)


@pytest.mark.parametrize("scale", [1.0, 30.0, 1000.0])
def test_softmax_of_two_classes_is_the_sigmoid(scale):
    """softmax([z1, z2])[0] = sigmoid(z1 - z2), even at large logits."""
    Z = np.random.default_rng(0).standard_normal((2, 50)) * scale
    A = softmax(Z)
    np.testing.assert_allclose(A[0], sigmoid(Z[0] - Z[1]),
                               rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(A[1], sigmoid(Z[1] - Z[0]),
                               rtol=1e-12, atol=1e-300)


def test_two_class_network_is_the_sigmoid_network():
    """W2 rows (w, 0) with softmax equal one sigmoid unit with w."""
    X, _, binary = problem(1, n_y=1)
    two = {**binary, "W2": np.vstack([binary["W2"], np.zeros((1, 5))]),
           "b2": np.vstack([binary["b2"], np.zeros((1, 1))])}
    A_sigmoid, _ = forward_propagation_nn(X, binary)
    A_softmax, _ = forward_propagation_softmax(X, two)
    np.testing.assert_allclose(A_softmax[0:1], A_sigmoid, rtol=1e-12)


def test_two_class_cost_is_binary_cross_entropy():
    """With n_y = 2, categorical = binary cross-entropy on class 1."""
    rng = np.random.default_rng(2)
    A2 = softmax(rng.standard_normal((2, 9)))
    y = rng.integers(0, 2, size=9)
    assert compute_cost_softmax(A2, one_hot(y, 2)) == pytest.approx(
        compute_cost(A2[1:], y.reshape(1, -1)), rel=1e-12)


# --- forward, cost, backward ---------------------------------------------

@pytest.mark.parametrize("activation", ["relu", "tanh"])
def test_forward_shapes_and_values(activation):
    """A2 is the softmax of W2 g(W1 X + b1) + b2; cache has all four."""
    X, _, parameters = problem(3)
    A2, cache = forward_propagation_softmax(X, parameters,
                                            hidden_activation=activation)
    g = np.tanh if activation == "tanh" else (lambda z: np.maximum(z, 0))
    Z2 = parameters["W2"] @ g(parameters["W1"] @ X + parameters["b1"]) \
        + parameters["b2"]
    expected = np.exp(Z2) / np.exp(Z2).sum(axis=0)
    np.testing.assert_allclose(A2, expected, rtol=1e-12)
    assert {k: v.shape for k, v in cache.items()} == {
        "Z1": (5, 7), "A1": (5, 7), "Z2": (3, 7), "A2": (3, 7)}
    np.testing.assert_allclose(A2.sum(axis=0), 1.0, rtol=1e-15)


def test_cost_matches_independent_formula():
    """J = -mean over examples of log(probability of the true class)."""
    rng = np.random.default_rng(4)
    A2 = softmax(rng.standard_normal((10, 40)))
    y = rng.integers(0, 10, size=40)
    expected = -np.mean(np.log(A2[y, np.arange(40)]))
    cost = compute_cost_softmax(A2, one_hot(y, 10))
    assert type(cost) is float
    assert cost == pytest.approx(expected, rel=1e-12)


def test_cost_of_uniform_guess_is_log_n_y():
    """Probability 1/n_y for every class costs log(n_y)."""
    A2 = np.full((10, 5), 0.1)
    Y = one_hot(np.arange(5), 10)
    assert compute_cost_softmax(A2, Y) == pytest.approx(math.log(10))


def cost_of(parameters, X, Y, activation):
    """J(parameters), for the finite differences."""
    A2, _ = forward_propagation_softmax(X, parameters,
                                        hidden_activation=activation)
    return compute_cost_softmax(A2, Y)


@pytest.mark.parametrize("activation", ["relu", "tanh"])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_gradients_pass_a_gradient_check(activation, seed):
    """Backprop agrees with centred finite differences to 1e-7."""
    X, Y, parameters = problem(seed)
    Z1 = parameters["W1"] @ X + parameters["b1"]
    # no ReLU kink within reach of the nudge (else the check is unfair)
    assert np.abs(Z1).min() > 1e-4
    A2, cache = forward_propagation_softmax(X, parameters,
                                            hidden_activation=activation)
    grads = backward_propagation_softmax(parameters, cache, X, Y,
                                         hidden_activation=activation)
    epsilon = 1e-6
    analytic, numeric = [], []
    for key in KEYS:
        for index in np.ndindex(parameters[key].shape):
            plus = copy.deepcopy(parameters)
            minus = copy.deepcopy(parameters)
            plus[key][index] += epsilon
            minus[key][index] -= epsilon
            numeric.append((cost_of(plus, X, Y, activation)
                            - cost_of(minus, X, Y, activation))
                           / (2 * epsilon))
            analytic.append(grads["d" + key][index])
    analytic, numeric = np.array(analytic), np.array(numeric)
    difference = (np.linalg.norm(analytic - numeric)
                  / (np.linalg.norm(analytic) + np.linalg.norm(numeric)))
    assert difference < 1e-7


def test_output_gradient_is_A2_minus_Y():
    """db2 is the mean of dZ2 = A2 - Y over the examples."""
    X, Y, parameters = problem(5)
    A2, cache = forward_propagation_softmax(X, parameters)
    grads = backward_propagation_softmax(parameters, cache, X, Y)
    np.testing.assert_allclose(grads["db2"],
                               (A2 - Y).mean(axis=1, keepdims=True))
    np.testing.assert_allclose(grads["dW2"], (A2 - Y) @ cache["A1"].T / 7)
    assert {k: v.shape for k, v in grads.items()} == {
        "dW1": (5, 4), "db1": (5, 1), "dW2": (3, 5), "db2": (3, 1)}


# --- dtype and inputs ----------------------------------------------------

def test_float32_stays_float32():
    """float32 in, float32 out: forward, backward, training."""
    X, Y, parameters = problem(6, dtype=np.float32)
    A2, cache = forward_propagation_softmax(X, parameters)
    assert A2.dtype == np.float32
    assert all(v.dtype == np.float32 for v in cache.values())
    assert type(compute_cost_softmax(A2, Y)) is float
    grads = backward_propagation_softmax(parameters, cache, X, Y)
    assert all(g.dtype == np.float32 for g in grads.values())
    trained, _ = train_softmax_nn(X, Y, 5, num_iterations=3)
    assert all(trained[k].dtype == np.float32 for k in KEYS)
    assert predict_softmax(trained, X).dtype == np.int64
    regression, _ = train_softmax_regression(X, Y, num_iterations=3)
    assert regression["W"].dtype == regression["b"].dtype == np.float32


def test_float32_cost_clips_with_its_own_eps():
    """A probability of 0 in float32 costs -log(float32 eps)."""
    A2 = np.array([[0.0], [1.0]], dtype=np.float32)
    Y = np.array([[1.0], [0.0]], dtype=np.float32)
    eps = float(np.finfo(np.float32).eps)
    assert compute_cost_softmax(A2, Y) == pytest.approx(-math.log(eps),
                                                        rel=1e-6)


def test_integer_inputs_compute_in_float64():
    """Integer X is computed in float64, like forward_propagation_nn."""
    _, _, parameters = problem(7, n_x=2)
    A2, _ = forward_propagation_softmax(np.array([[1, 2], [3, 4]]),
                                        parameters)
    assert A2.dtype == np.float64


def test_inputs_are_unchanged():
    """No function writes into the arrays or dicts it was given."""
    X, Y, parameters = problem(8)
    saved = copy.deepcopy((X, Y, parameters))
    A2, cache = forward_propagation_softmax(X, parameters)
    saved_cache = copy.deepcopy(cache)
    compute_cost_softmax(A2, Y)
    backward_propagation_softmax(parameters, cache, X, Y)
    predict_softmax(parameters, X)
    train_softmax_nn(X, Y, 5, num_iterations=2)
    regression, _ = train_softmax_regression(X, Y, num_iterations=2)
    saved_regression = copy.deepcopy(regression)
    predict_softmax_regression(regression, X)
    for before, after in zip(saved, (X, Y, parameters), strict=True):
        if isinstance(after, dict):
            assert all(np.array_equal(before[k], after[k]) for k in KEYS)
        else:
            assert np.array_equal(before, after)
    assert all(np.array_equal(saved_cache[k], cache[k]) for k in cache)
    assert all(np.array_equal(saved_regression[k], regression[k])
               for k in ("W", "b"))


# --- training and prediction ---------------------------------------------

def test_predict_is_the_most_probable_class():
    """predict_softmax = argmax of A2 over the classes, shape (m,)."""
    X, _, parameters = problem(9, m=30)
    A2, _ = forward_propagation_softmax(X, parameters)
    labels = predict_softmax(parameters, X)
    assert labels.shape == (30,)
    assert np.array_equal(labels, np.argmax(A2, axis=0))


def test_train_records_costs_and_learns():
    """ceil(iterations / cost_every) costs, falling; prints on request."""
    X, Y, _ = problem(10, m=40)
    _, costs = train_softmax_nn(X, Y, 8, num_iterations=250,
                                learning_rate=0.5, cost_every=100)
    assert len(costs) == 3
    assert costs[0] > costs[1] > costs[2]


def test_train_prints_costs(capsys):
    """print_cost prints each recorded cost."""
    X, Y, _ = problem(11)
    train_softmax_nn(X, Y, 3, num_iterations=20, cost_every=10,
                     print_cost=True)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "Cost after iteration 0", "Cost after iteration 10"]


def test_train_is_deterministic_and_leaves_global_state_alone():
    """Same seed, same parameters; NumPy's global state is untouched."""
    X, Y, _ = problem(12)
    np.random.seed(0)
    before = np.random.get_state()[1].copy()
    first, _ = train_softmax_nn(X, Y, 4, num_iterations=5, seed=3)
    second, _ = train_softmax_nn(X, Y, 4, num_iterations=5, seed=3)
    assert np.array_equal(np.random.get_state()[1], before)
    assert all(np.array_equal(first[k], second[k]) for k in KEYS)


@pytest.mark.parametrize("n_x, n_h", [(8, 5), (64, 32), (3, 50)])
def test_train_starts_from_he_scaled_weights(n_x, n_h):
    """Each layer starts at sqrt(2 / n_prev): W1 at sqrt(2 / n_x), W2 at
    sqrt(2 / n_h), from initialize_parameters_nn's standard normals."""
    X, Y, _ = problem(13, n_x=n_x)
    # a tiny step leaves the weights nearly where they started
    trained, _ = train_softmax_nn(X, Y, n_h, num_iterations=1,
                                  learning_rate=1e-12, seed=4)
    normal = initialize_parameters_nn(n_x, n_h, 3, seed=4, scale=1.0)
    np.testing.assert_allclose(
        trained["W1"], normal["W1"] * np.sqrt(2 / n_x), rtol=1e-9)
    np.testing.assert_allclose(
        trained["W2"], normal["W2"] * np.sqrt(2 / n_h), rtol=1e-9)


def test_regression_step_is_the_cost_gradient():
    """One step from W = 0, b = 0 with rate 1 lands at minus the gradient.

    The gradient comes from centred finite differences of
    compute_cost_softmax, independently of the code under test.
    """
    X, Y, _ = problem(14)
    step, _ = train_softmax_regression(X, Y, num_iterations=1,
                                       learning_rate=1.0)
    theta = {"W": np.zeros((3, 4)), "b": np.zeros((3, 1))}
    epsilon = 1e-6
    for key in theta:
        gradient = np.zeros_like(theta[key])
        for index in np.ndindex(gradient.shape):
            costs = []
            for sign in (1, -1):
                nudged = copy.deepcopy(theta)
                nudged[key][index] += sign * epsilon
                A = softmax(nudged["W"] @ X + nudged["b"])
                costs.append(compute_cost_softmax(A, Y))
            gradient[index] = (costs[0] - costs[1]) / (2 * epsilon)
        np.testing.assert_allclose(step[key], -gradient, atol=1e-9)


def test_regression_predicts_the_argmax_of_its_scores():
    """predict_softmax_regression = argmax of W X + b, shape (m,)."""
    X, Y, _ = problem(15, m=20)
    parameters, costs = train_softmax_regression(X, Y, num_iterations=50)
    assert costs[0] == pytest.approx(math.log(3))    # W = 0: uniform
    labels = predict_softmax_regression(parameters, X)
    scores = parameters["W"] @ X + parameters["b"]
    assert labels.shape == (20,) and labels.dtype == np.int64
    assert np.array_equal(labels, np.argmax(scores, axis=0))


@pytest.fixture(scope="module")
def digits_accuracies():
    """Test accuracies on the digits with every default (80/20 split)."""
    digits = load_digits()
    X, Y = digits.X_train.T, one_hot(digits.y_train, 10)
    network, _ = train_softmax_nn(X, Y, 32)
    regression, _ = train_softmax_regression(X, Y)
    X_test = digits.X_test.T
    return (
        float(np.mean(predict_softmax(network, X_test) == digits.y_test)),
        float(np.mean(predict_softmax_regression(regression, X_test)
                      == digits.y_test)),
    )


def test_network_reaches_the_digits_bar(digits_accuracies):
    """Defaults: >= 0.95, and at least regression's accuracy - 0.02."""
    network, regression = digits_accuracies
    assert network >= 0.95
    assert network >= regression - 0.02


def test_regression_baseline_is_a_fair_one(digits_accuracies):
    """The baseline is not crippled: it reaches 0.95 on its own."""
    assert digits_accuracies[1] >= 0.95


# --- error messages ------------------------------------------------------

def test_forward_names_itself_and_hints_at_transposed_X():
    """X with examples in rows is caught, naming the function."""
    X, _, parameters = problem(16, m=9)
    with pytest.raises(ValueError, match=message(
        "forward_propagation_softmax: X must have shape (n_x, m) = (4, m), "
        "one example per column, to match W1's 4 input features, but got "
        "shape (9, 4). It looks transposed (examples in rows, as pandas and "
        "scikit-learn store them): pass X.T."
    )):
        forward_propagation_softmax(X.T, parameters)


def test_forward_explains_nan():
    """NaN in X is traced to its column."""
    X, _, parameters = problem(17)
    X[1, 2] = np.nan
    with pytest.raises(ValueError, match=r"^forward_propagation_softmax: "
                       r"X contains NaN in 1 of 7 examples \(columns 2\)"):
        forward_propagation_softmax(X, parameters)


@pytest.mark.parametrize("Y, text", [
    (np.array([0, 2, 1]), "compute_cost_softmax: Y must have shape (n_y, m) "
     "= (3, 3), one one-hot column per example (column of X), but got "
     "shape (3,). It holds one label per example: turn it into one-hot "
     "columns with one_hot(y, n_classes)."),
    (np.eye(3)[:, :2].T.copy(), "compute_cost_softmax: Y must have shape "
     "(n_y, m) = (3, 3), one one-hot column per example (column of X), but "
     "got shape (2, 3)."),
    (np.array([[1, 0, 0], [0, 0, 1], [1, 1, 0]]), "compute_cost_softmax: "
     "every column of Y must be one-hot (0s and a single 1), but column 0 "
     "is [1.0, 0.0, 1.0]. Build it with one_hot(y, n_classes)."),
])
def test_cost_rejects_bad_Y(Y, text):
    """Y must be one-hot (n_y, m), with a hint for the likely mistake."""
    A2 = np.full((3, 3), 1 / 3)
    with pytest.raises(ValueError, match=message(text)):
        compute_cost_softmax(A2, Y)


def test_cost_hints_at_transposed_Y():
    """Y (m, n_y) is recognised as transposed."""
    A2 = np.full((3, 5), 1 / 3)
    Y = one_hot(np.array([0, 1, 2, 0, 1]), 3)
    with pytest.raises(ValueError, match=r"It looks transposed \(one "
                       r"example per row\): pass Y\.T\.$"):
        compute_cost_softmax(A2, Y.T)


def test_cost_hints_at_binary_labels():
    """A (1, m) row of 0/1 labels points to one_hot or the binary cost."""
    with pytest.raises(ValueError, match=message(
        "compute_cost_softmax: every column of Y must be one-hot (0s and a "
        "single 1), but column 1 is [0.0]. Y looks like binary 0/1 labels "
        "(1, m): use one_hot(y, 2), or the one-output functions "
        "(compute_cost, train_nn)."
    )):
        compute_cost_softmax(np.array([[0.9, 0.2]]), np.array([[1, 0]]))


@pytest.mark.parametrize("A2, error, text", [
    (np.array([[1.5, 0.2], [-0.5, 0.8]]), ValueError,
     "compute_cost_softmax: A2 must hold probabilities in [0, 1] (the "
     "softmax output of forward_propagation_softmax), but got 1.5."),
    (np.array([0.5, 0.5]), ValueError,
     "compute_cost_softmax: A2 must be 2-D with shape (n_y, m), one column "
     "of class probabilities per example, but got shape (2,)."),
    (np.array([["a"]]), TypeError,
     "compute_cost_softmax: A2 must hold probabilities, but got dtype "
     "<U1."),
])
def test_cost_rejects_bad_A2(A2, error, text):
    """A2 must be a 2-D array of probabilities."""
    with pytest.raises(error, match=message(text)):
        compute_cost_softmax(A2, np.eye(2))


def test_backward_needs_Y_with_W2s_classes():
    """Y's rows must match W2's n_y."""
    X, _, parameters = problem(18)
    _, cache = forward_propagation_softmax(X, parameters)
    Y = one_hot(np.zeros(7, dtype=int), 4)
    with pytest.raises(ValueError, match=message(
        "backward_propagation_softmax: Y must have shape (n_y, m) = (3, 7), "
        "one one-hot column per example (column of X), but got shape "
        "(4, 7)."
    )):
        backward_propagation_softmax(parameters, cache, X, Y)


def test_backward_rejects_a_binary_cache():
    """The cache of forward_propagation_nn (A2 of one row) is caught."""
    X, Y, parameters = problem(19)
    binary = {**parameters, "W2": parameters["W2"][:1],
              "b2": parameters["b2"][:1]}
    _, cache = forward_propagation_nn(X, binary)
    with pytest.raises(ValueError, match=message(
        "backward_propagation_softmax: cache['A2'] must have shape (3, 7) "
        "(n_h = 5 units, n_y = 3 classes, m = 7 examples), but got shape "
        "(1, 7). Pass the cache of the forward pass on this X."
    )):
        backward_propagation_softmax(parameters, cache, X, Y)


def test_train_hints_at_transposed_X():
    """X (m, n_x) with Y (n_y, m) is recognised as transposed."""
    X, Y, _ = problem(20, m=9)
    with pytest.raises(ValueError, match=message(
        "train_softmax_nn: X has shape (n_x, m) = (9, 4), so m = 4 "
        "examples, but Y has 9 columns. X looks transposed (examples in "
        "rows, as pandas and scikit-learn store them): pass X.T."
    )):
        train_softmax_nn(X.T, Y, 3)


def test_train_hints_at_1d_labels():
    """1-D labels y point to one_hot."""
    X, _, _ = problem(21)
    with pytest.raises(ValueError, match=r"^train_softmax_nn: Y must have "
                       r"shape \(n_y, m\) = \(n_y, 7\).*one_hot\(y, "
                       r"n_classes\)\.$"):
        train_softmax_nn(X, np.arange(7) % 3, 3)


@pytest.mark.parametrize("kwargs, error, pattern", [
    ({"n_h": 0}, ValueError, r"n_h must be a positive integer"),
    ({"num_iterations": 0}, ValueError,
     r"num_iterations must be a positive integer"),
    ({"learning_rate": -1.0}, ValueError,
     r"learning_rate must be a positive number such as 0\.5, but got "
     r"-1\.0\."),
    ({"hidden_activation": "sigmoid"}, ValueError,
     r"hidden_activation must be one of \['relu', 'tanh'\]"),
    ({"cost_every": 2.5}, TypeError, r"cost_every must be a positive int"),
])
def test_train_rejects_bad_options(kwargs, error, pattern):
    """Every option is checked, the message naming train_softmax_nn."""
    X, Y, _ = problem(22)
    arguments = {"n_h": 3, **kwargs}
    n_h = arguments.pop("n_h")
    with pytest.raises(error, match="^train_softmax_nn: " + pattern):
        train_softmax_nn(X, Y, n_h, **arguments)


def test_regression_names_itself():
    """train_softmax_regression's errors name it."""
    X, Y, _ = problem(23)
    with pytest.raises(ValueError, match=r"^train_softmax_regression: "
                       r"learning_rate must be a positive number"):
        train_softmax_regression(X, Y, learning_rate=0.0)


def test_predict_names_itself():
    """A transposed X is reported by predict_softmax, not the forward."""
    X, _, parameters = problem(24, m=9)
    with pytest.raises(ValueError, match=r"^predict_softmax: X must have "
                       r"shape \(n_x, m\) = \(4, m\).*pass X\.T\.$"):
        predict_softmax(parameters, X.T)


@pytest.mark.parametrize("parameters, X, error, text", [
    ([1, 2], np.zeros((2, 1)), TypeError,
     "predict_softmax_regression: parameters must be a dict with keys W "
     "and b (as train_softmax_regression returns), but got list."),
    ({"W": np.zeros((3, 2))}, np.zeros((2, 1)), ValueError,
     "predict_softmax_regression: parameters is missing key(s) b; expected "
     "W and b (as train_softmax_regression returns), got W."),
    ({"W": np.zeros((3, 2)), "b": np.zeros(3)}, np.zeros((2, 1)),
     ValueError,
     "predict_softmax_regression: parameters['W'] must have shape (n_y, "
     "n_x) and parameters['b'] shape (n_y, 1), but got (3, 2) and (3,)."),
    ({"W": np.zeros((3, 2)), "b": np.zeros((3, 1))}, np.zeros((5, 2)),
     ValueError,
     "predict_softmax_regression: X must have shape (n_x, m) = (2, m), one "
     "example per column, to match W's 2 input features, but got shape "
     "(5, 2). It looks transposed (examples in rows, as pandas and "
     "scikit-learn store them): pass X.T."),
])
def test_predict_regression_rejects_bad_inputs(parameters, X, error, text):
    """W (n_y, n_x), b (n_y, 1) and X (n_x, m) are checked."""
    with pytest.raises(error, match=message(text)):
        predict_softmax_regression(parameters, X)
