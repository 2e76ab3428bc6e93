"""Learners' mistakes for the catalogues of Lessons 6 and 7 (issue 18).

Each function is written as a learner writes it in the exercise notebook
(a whole function, the course's symbols, one mistake), with the catalogue
entry it must get and a phrase of its diagnosis; the near misses look
like an entry but have another fault and must not get it. The formats
are those of tests/selfcheck_learners.py, whose lists these extend.
"""

import math

import numpy as np

from snippets.selfcheck import (
    check_forward_propagation_nn,
    check_initialize_parameters_nn,
    check_relu,
    check_sigmoid,
)

# ---------------------------------------------------------------- sigmoid


def sigmoid_float32(z):
    e = np.exp(-np.abs(z))
    return np.float32(np.where(z >= 0, 1, e) / (1 + e))


def sigmoid_float64(z):
    z = np.array(z, dtype=float)  # "to be safe"
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1, e) / (1 + e)


def sigmoid_no_parentheses(z):
    return 1 / 1 + np.exp(-z)


def sigmoid_math_exp(z):
    return 1 / (1 + math.exp(-z))


def sigmoid_if_branches(z):
    if z >= 0:
        return 1 / (1 + np.exp(-z))
    return np.exp(z) / (1 + np.exp(z))


def sigmoid_rounded(z):
    # near miss of "dtype changed": float16 values are too coarse to match
    return (1 / (1 + np.exp(-z))).astype(np.float16)


# ---------------------------------------------------------------- relu


def relu_minimum(z):
    return np.minimum(z, 0)


def relu_wrong_mask(z):
    return z * (z < 0)


def relu_if_else(z):
    return z if z > 0 else 0


def relu_python_max_per_row(z):
    # near miss of "Python's max": a loop over rows, a max of its own
    return np.array([np.maximum(row, 0) for row in z]) * 2


def relu_float64(z):
    return np.maximum(z, 0).astype(float)


# ------------------------------------------------ initialize_parameters_nn


def init_W2_unscaled(n_x, n_h, n_y):
    rng = np.random.default_rng(2)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": np.zeros((n_h, 1)),
            "W2": rng.standard_normal((n_y, n_h)),  # 0.01 forgotten here
            "b2": np.zeros((n_y, 1))}


# ------------------------------------------------ forward_propagation_nn


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward_cache_A2_is_Z2(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": Z2}  # copied the line above
    return A2, cache


def forward_cache_A1_is_Z1(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": Z1, "Z2": Z2, "A2": A2}


def forward_cache_A2_scaled(X, parameters):
    # near miss of "cache entries mixed up": the cache's A2 is wrong, but
    # it is no other entry
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": 2 * A2}


def forward_activations_swapped(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = _sigmoid(Z1)
    Z2 = W2 @ A1 + b2
    A2 = np.maximum(0, Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_tanh_and_no_sigmoid(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + b2
    A2 = Z2
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_sigmoid_sign(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_leaky_hidden(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.where(Z1 > 0, Z1, 0.01 * Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_b2_in_both(X, parameters):
    W1, W2, b2 = parameters["W1"], parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b2
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_X_into_layer_2(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ X + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_math_exp(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + math.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_keeps_cache_in_parameters(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    parameters.update(cache)  # "everything in one place"
    return A2, cache


def forward_float64(X, parameters):
    X = X.astype(float)
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_hidden_squared(X, parameters):
    # near miss of "activations wrong": an activation nobody lists
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1) ** 2
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


# (check, the learner's function, catalogue name, phrase the diagnosis has)
MORE_MISTAKES = [
    (check_sigmoid, sigmoid_float32, "dtype changed",
     "leave out the cast to float32"),
    (check_sigmoid, sigmoid_float64, "dtype changed",
     "keep the input's dtype"),
    (check_sigmoid, sigmoid_no_parentheses, "parentheses missing",
     "1 / (1 + np.exp(-z))"),
    (check_sigmoid, sigmoid_math_exp, "math on an array", "math.exp"),
    (check_sigmoid, sigmoid_if_branches, "if on an array",
     "np.where(z >= 0, 1, e)"),
    (check_relu, relu_minimum, "np.minimum", "np.maximum(z, 0)"),
    (check_relu, relu_wrong_mask, "np.minimum", "keeps the negative z"),
    (check_relu, relu_if_else, "if on an array", "np.where(z > 0, z, 0)"),
    (check_relu, relu_float64, "dtype changed", "keep the input's dtype"),
    (check_initialize_parameters_nn, init_W2_unscaled, "no 0.01 scale",
     "your weights (W2)"),
    (check_forward_propagation_nn, forward_cache_A2_is_Z2,
     "cache entries mixed up", "Z2 under the cache's 'A2'"),
    (check_forward_propagation_nn, forward_cache_A1_is_Z1,
     "cache entries mixed up", "Z1 under the cache's 'A1'"),
    (check_forward_propagation_nn, forward_activations_swapped,
     "activations swapped", "A1 = relu(Z1), then A2 = sigmoid(Z2)"),
    (check_forward_propagation_nn, forward_tanh_and_no_sigmoid,
     "activations wrong", "A1 = tanh(Z1) and A2 = Z2 itself"),
    (check_forward_propagation_nn, forward_sigmoid_sign,
     "activations wrong", "A2 = 1 / (1 + exp(Z2))"),
    (check_forward_propagation_nn, forward_leaky_hidden,
     "activations wrong", "A1 = leaky ReLU"),
    (check_forward_propagation_nn, forward_b2_in_both,
     "the other layer's bias", "Z1 adds b2"),
    (check_forward_propagation_nn, forward_X_into_layer_2,
     "X fed to layer 2", "Z2 = W2 @ A1 + b2"),
    (check_forward_propagation_nn, forward_math_exp, "math on an array",
     "np.exp"),
    (check_forward_propagation_nn, forward_keeps_cache_in_parameters,
     "changed in place", "changes parameters"),
    (check_forward_propagation_nn, forward_float64, "dtype changed",
     "keep the input's dtype"),
]


# (check, the learner's function, the entry it must NOT get, the entry it
# gets instead or None when no entry fits)
NEAR_MISSES = [
    (check_sigmoid, sigmoid_rounded, "dtype changed", None),
    (check_relu, relu_python_max_per_row, "Python's max", None),
    (check_forward_propagation_nn, forward_cache_A2_scaled,
     "cache entries mixed up", None),
    (check_forward_propagation_nn, forward_hidden_squared,
     "activations wrong", None),
]
