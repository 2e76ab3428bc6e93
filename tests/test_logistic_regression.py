"""Tests for snippets.logistic_regression: the baseline model."""

import numpy as np
import pytest

from snippets.logistic_regression import (
    accuracy,
    predict_logistic_regression,
    train_logistic_regression,
)


def test_logistic_regression_on_a_separable_toy_problem():
    """Lesson 4's model separates a 1-D threshold problem."""
    X = np.array([[-3.0, -2.0, -1.0, 1.0, 2.0, 3.0]])
    Y = np.array([[0, 0, 0, 1, 1, 1]])
    parameters, costs = train_logistic_regression(X, Y, num_iterations=300)
    assert len(costs) == 3 and costs[0] == pytest.approx(np.log(2))
    assert np.all(np.diff(costs) < 0)
    np.testing.assert_array_equal(
        predict_logistic_regression(parameters, X), Y
    )


def test_accuracy_counts_matching_labels():
    """accuracy is the fraction of equal entries, as a Python float."""
    value = accuracy(np.array([[1, 0, 1, 1]]), np.array([[1, 0, 0, 1]]))
    assert value == 0.75 and type(value) is float
