"""Tests of snippets.training: the training loop and predictions."""

import math

import numpy as np
import pytest
from learning_problems import KEYS, random_problem, titanic_like

from snippets import forward_propagation_nn, initialize_parameters_nn
from snippets.learning import compute_cost
from snippets.training import predict_nn, train_nn

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


def test_predict_errors_name_predict_nn():
    """Swapped arguments are reported by predict_nn, the function called."""
    X, _, parameters = random_problem(15, 2, 2, 3)
    with pytest.raises(TypeError, match=r"^predict_nn: parameters must be "
                       r"a dict with keys W1, b1, W2, b2"):
        predict_nn(X, parameters)
    with pytest.raises(ValueError, match=r"^predict_nn: X must have shape "
                       r"\(n_x, m\) = \(2, m\).*It looks transposed"):
        predict_nn(parameters, X.T)


def test_a_renamed_guarded_copy_reports_its_own_name():
    """A copy guarded with the package's checks names itself in errors."""
    from snippets._validation.guards import forward_inputs, guarded

    @guarded(forward_inputs)
    def my_forward(X, parameters, *, hidden_activation="relu"):
        return X

    X, _, parameters = random_problem(16, 2, 2, 3)
    with pytest.raises(ValueError, match=r"^my_forward: X must have shape"):
        my_forward(X.T, parameters)
