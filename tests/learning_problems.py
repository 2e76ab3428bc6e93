"""Small problems and independent references for the learning tests.

Shared by tests/test_learning.py, test_training.py and
test_gradient_check.py.
"""

import copy
import math

import numpy as np

from snippets import backward_propagation_nn, forward_propagation_nn

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
