"""Tests of snippets.gradient_check: backprop against finite differences."""

import copy

import numpy as np
import pytest
from learning_problems import KEYS, SHAPES, random_problem

from snippets import gradient_check
from snippets.gradient_check import gradient_check_nn

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
    real = gradient_check.backward_propagation_nn

    def buggy(*args, **kwargs):
        grads = real(*args, **kwargs)
        return dict(grads, db2=grads["db2"] * 6)

    monkeypatch.setattr(gradient_check, "backward_propagation_nn", buggy)
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
