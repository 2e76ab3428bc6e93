"""Tests of snippets._site.results: Lesson 7's Titanic figure and tables."""

import numpy as np
import pytest
from matplotlib.figure import Figure
from scipy.optimize import minimize
from scipy.special import expit

from snippets import forward_propagation_nn
from snippets._site import results
from snippets._site.results import (
    accuracy_table,
    hyperparameter_table,
    logistic_regression_run,
    network_run,
    plot_training_curve,
    titanic_columns,
)
from snippets.logistic_regression import accuracy
from snippets.training import train_nn


def table_rows(markdown):
    """The cells of a Markdown table's body rows, bold markers removed."""
    lines = markdown.strip().splitlines()[2:]
    return [[cell.strip().strip("*") for cell in line.strip("|").split("|")]
            for line in lines]


def test_network_beats_logistic_regression_on_test_split():
    """On the same test split the network is at most 1 point worse."""
    network, logistic = network_run(), logistic_regression_run()
    assert network["test_accuracy"] >= logistic["test_accuracy"] - 0.01
    assert network["train_accuracy"] > logistic["train_accuracy"]
    assert network["final_cost"] < logistic["final_cost"]


def test_both_models_beat_the_majority_class():
    """Both models beat always predicting "died" on the test split."""
    _, _, _, Y_test = titanic_columns()
    majority = accuracy(0, Y_test)
    assert logistic_regression_run()["test_accuracy"] > majority + 0.1
    assert network_run()["test_accuracy"] > majority + 0.1


def test_logistic_regression_reaches_the_optimum():
    """Gradient descent ends where scipy's BFGS puts the minimum cost."""
    X, Y, _, _ = titanic_columns()
    y = Y.ravel()

    def cost(theta):
        a = np.clip(expit(theta[:-1] @ X + theta[-1]), 1e-15, 1 - 1e-15)
        return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))

    best = minimize(cost, np.zeros(X.shape[0] + 1), method="BFGS")
    assert logistic_regression_run()["final_cost"] == pytest.approx(
        best.fun, abs=1e-4
    )


def test_network_run_is_train_nn_with_its_defaults():
    """The tables' network is exactly train_nn(X, Y, 4) with defaults."""
    X, Y, _, _ = titanic_columns()
    parameters, costs = train_nn(X, Y, 4)
    run = network_run()
    for key in parameters:
        np.testing.assert_array_equal(run["parameters"][key], parameters[key])
    # recorded every 5 iterations instead of 100: same values where shared
    assert run["costs"][::20] == costs


def test_runs_are_deterministic_and_cached():
    """A fresh training run equals the cached one; spellings share a key."""
    fresh = results._network_run.__wrapped__(4, 0.5)
    cached = network_run()
    assert network_run(4, 0.5) is cached and network_run(4.0) is cached
    assert fresh["costs"] == cached["costs"]
    for key in ("final_cost", "train_accuracy", "test_accuracy"):
        assert fresh[key] == cached[key]


def test_titanic_columns_layout_and_read_only():
    """Examples in columns, labels a (1, m) row, and nobody may write."""
    X_train, Y_train, X_test, Y_test = titanic_columns()
    assert X_train.shape[0] == X_test.shape[0] == 8
    assert Y_train.shape == (1, X_train.shape[1])
    assert Y_test.shape == (1, X_test.shape[1])
    with pytest.raises(ValueError, match="read-only"):
        X_train[0, 0] = 1.0


def test_accuracy_table_matches_the_runs():
    """Three rows: majority class, logistic regression, network."""
    rows = table_rows(accuracy_table())
    assert [row[0].split(" ")[0] for row in rows] == [
        "Always", "Logistic", "Network,"
    ]
    assert [row[1] for row in rows] == ["0", "9", "41"]
    for row, run in zip(rows[1:], (logistic_regression_run(), network_run())):
        assert row[2] == f"{100 * run['train_accuracy']:.1f} %"
        assert row[3] == f"{100 * run['test_accuracy']:.1f} %"
        assert row[4] == f"{run['final_cost']:.3f}"


def test_hyperparameter_table_rows():
    """Five settings; the default is the bold row and matches network_run."""
    markdown = hyperparameter_table()
    rows = table_rows(markdown)
    assert [(row[0], row[1]) for row in rows] == [
        ("1", "0.5"), ("4", "0.5"), ("16", "0.5"), ("4", "0.01"), ("4", "10")
    ]
    assert "| **4** | **0.5** |" in markdown
    assert rows[1][3] == f"{100 * network_run()['test_accuracy']:.1f} %"


def test_too_small_a_learning_rate_stays_on_the_plateau():
    """With 0.01 the network still answers "died" for everyone (page text)."""
    _, Y_train, _, Y_test = titanic_columns()
    run = network_run(4, 0.01)
    assert run["train_accuracy"] == accuracy(0, Y_train)
    assert run["test_accuracy"] == accuracy(0, Y_test)


def test_too_large_a_learning_rate_overshoots_and_kills_units():
    """With 10 the cost rises above ln 2, units die, and it ends worse."""
    X_train, _, _, _ = titanic_columns()
    run = network_run(4, 10.0)
    assert max(run["costs"]) > run["costs"][0]
    _, cache = forward_propagation_nn(X_train, run["parameters"])
    dead = (cache["A1"] == 0).all(axis=1)
    assert dead.any() and not dead.all()
    assert run["final_cost"] > network_run()["final_cost"]


def test_default_network_has_no_dead_units():
    """With 0.5 every hidden unit fires for some passenger."""
    X_train, _, _, _ = titanic_columns()
    _, cache = forward_propagation_nn(X_train, network_run()["parameters"])
    assert (cache["A1"] > 0).any(axis=1).all()


def test_one_hidden_unit_ends_near_logistic_regression():
    """n_h = 1 ends within 0.005 of logistic regression's cost (page text)."""
    assert network_run(1)["final_cost"] == pytest.approx(
        logistic_regression_run()["final_cost"], abs=0.005
    )


def test_more_hidden_units_fit_the_training_data_better():
    """The final training cost falls from n_h = 1 to 4 to 16."""
    costs = [network_run(n_h)["final_cost"] for n_h in (1, 4, 16)]
    assert costs == sorted(costs, reverse=True)


def test_plot_training_curve_draws_the_recorded_costs():
    """Two panels whose network line is the recorded cost curve."""
    fig = Figure()
    assert plot_training_curve(fig) is None
    full, zoom = fig.axes
    assert full.get_title() == "all 1000 iterations"
    costs = network_run()["costs"]
    x, y = full.get_lines()[-1].get_data()
    np.testing.assert_array_equal(x, 5 * np.arange(len(costs)))
    np.testing.assert_array_equal(y, costs)
    assert zoom.get_lines()[-1].get_data()[0][-1] == 150


def test_training_curve_phases():
    """The plateau at the base-rate cost, then the plunge (page text)."""
    _, Y_train, _, _ = titanic_columns()
    rate = Y_train.mean()
    base = -(rate * np.log(rate) + (1 - rate) * np.log(1 - rate))
    costs = np.array(network_run()["costs"])        # every 5 iterations
    assert np.all(np.abs(costs[2:6] - base) < 0.005)   # iterations 10-25
    assert costs[20] < logistic_regression_run()["final_cost"]  # 100
    assert np.all(np.diff(costs) <= 0)
