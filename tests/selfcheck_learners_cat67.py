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
    check_backward_propagation_nn,
    check_compute_cost,
    check_forward_propagation_nn,
    check_initialize_parameters_nn,
    check_relu,
    check_sigmoid,
    check_update_parameters_nn,
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


def sigmoid_tanh_whole_z(z):
    return 0.5 * (1 + np.tanh(z))


def sigmoid_as_list(z):
    e = np.exp(-np.abs(z))
    return (np.where(z >= 0, 1, e) / (1 + e)).tolist()


def sigmoid_ratio_of_minus(z):
    return np.exp(-z) / (1 + np.exp(-z))


def sigmoid_floor(z):
    return 1 // (1 + np.exp(-z))


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


def relu_clip_both(z):
    return np.clip(z, 0, 1)


def relu_list(z):
    return [[max(0.0, value) for value in row] for row in z]


def relu_math(z):
    return (z + math.fabs(z)) / 2


def relu_float64(z):
    return np.maximum(z, 0).astype(float)


# ------------------------------------------------ initialize_parameters_nn


def init_W2_unscaled(n_x, n_h, n_y):
    rng = np.random.default_rng(2)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": np.zeros((n_h, 1)),
            "W2": rng.standard_normal((n_y, n_h)),  # 0.01 forgotten here
            "b2": np.zeros((n_y, 1))}


def init_tuple(n_x, n_h, n_y):
    rng = np.random.default_rng(2)
    W1 = rng.standard_normal((n_h, n_x)) * 0.01
    W2 = rng.standard_normal((n_y, n_h)) * 0.01
    return W1, np.zeros((n_h, 1)), W2, np.zeros((n_y, 1))


def init_b1_like_W1(n_x, n_h, n_y):
    rng = np.random.default_rng(2)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": np.zeros((n_h, n_x)),
            "W2": rng.standard_normal((n_y, n_h)) * 0.01,
            "b2": np.zeros((n_y, 1))}


def init_float32(n_x, n_h, n_y):
    rng = np.random.default_rng(2)
    return {"W1": rng.standard_normal((n_h, n_x), dtype=np.float32) * 0.01,
            "b1": np.zeros((n_h, 1), dtype=np.float32),
            "W2": rng.standard_normal((n_y, n_h), dtype=np.float32) * 0.01,
            "b2": np.zeros((n_y, 1), dtype=np.float32)}


def init_W2_from_n_x(n_x, n_h, n_y):
    rng = np.random.default_rng(2)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": np.zeros((n_h, 1)),
            "W2": rng.standard_normal((n_y, n_x)) * 0.01,
            "b2": np.zeros((n_y, 1))}


def init_b2_of_n_h(n_x, n_h, n_y):
    rng = np.random.default_rng(2)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": np.zeros((n_h, 1)),
            "W2": rng.standard_normal((n_y, n_h)) * 0.01,
            "b2": np.zeros((n_h, 1))}


def init_W2_one_column_more(n_x, n_h, n_y):
    # near miss of "shapes from the wrong sizes": (n_y, n_h + 1) is no
    # pair of the symbols
    rng = np.random.default_rng(2)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": np.zeros((n_h, 1)),
            "W2": rng.standard_normal((n_y, n_h + 1)) * 0.01,
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


def forward_if_relu(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = Z1 if Z1 > 0 else 0
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_loose(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return A2, Z1, A1, Z2


def forward_X_times_W1(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = np.dot(X, W1) + b1
    A1 = np.maximum(0, Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_column_max(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.max(Z1, 0)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_softmax_output(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = np.exp(Z2) / np.sum(np.exp(Z2), axis=0, keepdims=True)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_elementwise(X, parameters):
    Z1 = parameters["W1"] * X + parameters["b1"]
    A1 = np.maximum(0, Z1)
    Z2 = parameters["W2"] * A1 + parameters["b2"]
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_returns_Z2(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return Z2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_W2_transposed(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = np.dot(W2.T, A1) + b2
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_returns_twice_A2(X, parameters):
    # near miss of "another array returned as A2": no other array of the
    # cache
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
    return 2 * A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_flat_b1_with_a_comment(X, parameters):
    # near miss of "if on an array": a broadcast error on a line whose
    # comment says "if"
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1.ravel()  # fine if b1 is 1-D
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = _sigmoid(Z2)
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


# ---------------------------------------------------------- compute_cost


def cost_logs_swapped(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(1 - A2) + (1 - Y) * np.log(A2)) / m)


def cost_log10(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log10(A2) + (1 - Y) * np.log10(1 - A2)) / m)


def cost_minus_on_first_term(A2, Y):
    m = Y.shape[1]
    return float(np.sum(-Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)


def cost_mean_and_m(A2, Y):
    m = Y.shape[1]
    return float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)


def cost_log1p(A2, Y):
    # read the course's log1p(-A2) as log1p(A2)
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log1p(A2)) / m)


def cost_zero_label_term_only(A2, Y):
    m = Y.shape[1]
    return float(-np.sum((1 - Y) * np.log(1 - A2)) / m)


def cost_log2_summed(A2, Y):
    return float(-np.sum(Y * np.log2(A2) + (1 - Y) * np.log2(1 - A2)))


def cost_arguments_swapped(Y, A2):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)


def cost_squared_error(A2, Y):
    # near miss of "another cross-entropy": not a cross-entropy at all
    return float(np.mean((A2 - Y) ** 2))


# ------------------------------------------------- backward_propagation_nn


def _backward_start(parameters, cache, X, Y):
    m = X.shape[1]
    return m, parameters["W2"], cache["Z1"], cache["A1"], cache["A2"]


def backward_slope_is_A1(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = W2.T @ dZ2 * ((A1 > 0) * A1)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_sigmoid_slope_at_output(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = (A2 - Y) * A2 * (1 - A2)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_biases_axis_0(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=0, keepdims=True) / m
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=0, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_db1_everything(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    return {"dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m,
            "db2": np.sum(dZ2, keepdims=True) / m}


def backward_dW1_transposed(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    return {"dW1": X @ dZ1.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m,
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def backward_dW1_from_A1(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    return {"dW1": dZ1 @ A1.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m,
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def backward_dW2_from_X(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    return {"dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ X.T / m,
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def backward_through_W1(parameters, cache, X, Y):
    m, _, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    dZ1 = parameters["W1"].T @ dZ2 * (Z1 > 0)
    return {"dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m,
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def backward_m_from_rows(parameters, cache, X, Y):
    _, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    m = X.shape[0]
    dZ2 = A2 - Y
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    return {"dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m,
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def backward_mask_in_cache(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    Z1[Z1 > 0] = 1  # the derivative of ReLU, built in place
    Z1[Z1 <= 0] = 0
    dZ1 = W2.T @ dZ2 * Z1
    return {"dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m,
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def backward_float32(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = (A2 - Y).astype(np.float32)
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    return {"dW1": (dZ1 @ X.T / m).astype(np.float32),
            "db1": np.sum(dZ1, axis=1, keepdims=True).astype(np.float32) / m,
            "dW2": (dZ2 @ A1.T / m).astype(np.float32),
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def backward_tuple(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    return (dZ1 @ X.T / m, np.sum(dZ1, axis=1, keepdims=True) / m,
            dZ2 @ A1.T / m, np.sum(dZ2, axis=1, keepdims=True) / m)


def backward_slope_Z1(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    dZ1 = W2.T @ dZ2 * Z1
    return {"dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m,
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def backward_m_twice(parameters, cache, X, Y):
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = (A2 - Y) / m  # "the mean over the examples"
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    return {"dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m,
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def backward_slope_squared(parameters, cache, X, Y):
    # near miss of "dZ1 times A1": A1 squared, which no entry lists
    m, W2, Z1, A1, A2 = _backward_start(parameters, cache, X, Y)
    dZ2 = A2 - Y
    dZ1 = W2.T @ dZ2 * A1**2
    return {"dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dZ2 @ A1.T / m,
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


# ---------------------------------------------------- update_parameters_nn


def update_loop(parameters, grads, learning_rate):
    L = len(parameters) // 2
    new_parameters = {}
    for layer in range(1, L + 1):
        new_parameters[f"W{layer}"] = parameters[f"W{layer}"] - \
            learning_rate * grads[f"dW{layer}"]
        new_parameters[f"b{layer}"] = parameters[f"b{layer}"] - \
            learning_rate * grads[f"db{layer}"]
    return new_parameters


def update_b1_with_db2(parameters, grads, learning_rate):
    new_parameters = {}
    for key, W in parameters.items():
        new_parameters[key] = W - learning_rate * grads["d" + key]
    new_parameters["b1"] = parameters["b1"] - learning_rate * grads["db2"]
    return new_parameters


def update_two_layers_written_out(parameters, grads, learning_rate):
    W1 = parameters["W1"] - learning_rate * grads["dW1"]
    b1 = parameters["b1"] - learning_rate * grads["db1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    b2 = parameters["b2"] - learning_rate * grads["db2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def update_range_to_L(parameters, grads, learning_rate):
    L = len(parameters) // 2
    new_parameters = dict(parameters)
    for layer in range(1, L):
        for p in ("W", "b"):
            new_parameters[f"{p}{layer}"] = parameters[f"{p}{layer}"] - \
                learning_rate * grads[f"d{p}{layer}"]
    return new_parameters


def update_L_not_halved(parameters, grads, learning_rate):
    L = len(parameters)
    new_parameters = {}
    for layer in range(1, L + 1):
        for p in ("W", "b"):
            new_parameters[f"{p}{layer}"] = parameters[f"{p}{layer}"] - \
                learning_rate * grads[f"d{p}{layer}"]
    return new_parameters


def update_from_layer_0(parameters, grads, learning_rate):
    L = len(parameters) // 2
    new_parameters = {}
    for layer in range(L):
        for p in ("W", "b"):
            new_parameters[f"{p}{layer}"] = parameters[f"{p}{layer}"] - \
                learning_rate * grads[f"d{p}{layer}"]
    return new_parameters


def update_weights_left(parameters, grads, learning_rate):
    return {key: value if key.startswith("W")
            else value - learning_rate * grads["d" + key]
            for key, value in parameters.items()}


def update_forgot_to_assign(parameters, grads, learning_rate):
    new_parameters = {key: value.copy() for key, value in parameters.items()}
    for key in new_parameters:
        new_parameters[key] - learning_rate * grads["d" + key]  # noqa: B018
    return new_parameters


def update_returns_step(parameters, grads, learning_rate):
    return {key: learning_rate * grads["d" + key] for key in parameters}


def update_float64(parameters, grads, learning_rate):
    return {key: np.array(value - learning_rate * grads["d" + key],
                          dtype=float)
            for key, value in parameters.items()}


def update_tuple(parameters, grads, learning_rate):
    return tuple(value - learning_rate * grads["d" + key]
                 for key, value in parameters.items())


def update_first_layer_only(parameters, grads, learning_rate):
    new_parameters = dict(parameters)
    new_parameters["W1"] = parameters["W1"] - learning_rate * grads["dW1"]
    new_parameters["b1"] = parameters["b1"] - learning_rate * grads["db1"]
    return new_parameters


def update_biases_without_rate(parameters, grads, learning_rate):
    new_parameters = {}
    for key, value in parameters.items():
        if key.startswith("W"):
            new_parameters[key] = value - learning_rate * grads["d" + key]
        else:
            new_parameters[key] = value - grads["d" + key]
    return new_parameters


def update_half_step_for_b1(parameters, grads, learning_rate):
    # near miss of "another step for some": b1 takes half a step, no other
    # gradient
    new = {key: value - learning_rate * grads["d" + key]
           for key, value in parameters.items()}
    new["b1"] = parameters["b1"] - learning_rate / 2 * grads["db1"]
    return new


def update_b1_double_step(parameters, grads, learning_rate):
    # near miss of "another step for some": 2 * learning_rate, no entry
    new = {key: value - learning_rate * grads["d" + key]
           for key, value in parameters.items()}
    new["b1"] = parameters["b1"] - 2 * learning_rate * grads["db1"]
    return new


def update_W2_zeroed(parameters, grads, learning_rate):
    # near miss of "parameters left out": W2 is wrong, not left as it was
    new = {key: value - learning_rate * grads["d" + key]
           for key, value in parameters.items()}
    new["W2"] = np.zeros_like(parameters["W2"])
    return new


def update_W3_uphill(parameters, grads, learning_rate):
    # near miss of "two layers only": W3 and b3 are stepped, uphill
    new = {key: value - learning_rate * grads["d" + key]
           for key, value in parameters.items()}
    for key in ("W3", "b3"):
        if key in parameters:
            new[key] = parameters[key] + learning_rate * grads["d" + key]
    return new


def update_reads_layer_5(parameters, grads, learning_rate):
    # near miss of "loop bounds": a key from nowhere, not layer L + 1
    new = {key: value - learning_rate * grads["d" + key]
           for key, value in parameters.items()}
    new["W5"] = parameters["W5"]
    return new


# right code in other styles: it must pass
CORRECT = [
    (check_update_parameters_nn, update_loop),
]


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
    (check_relu, relu_math, "math on an array", "np.maximum(z, 0)"),
    (check_initialize_parameters_nn, init_W2_unscaled, "no 0.01 scale",
     "your weights (W2)"),
    (check_initialize_parameters_nn, init_tuple, "returns a tuple",
     "return a dict"),
    (check_initialize_parameters_nn, init_b1_like_W1,
     "biases shaped like the weights", "b1 = np.zeros((n_h, 1))"),
    (check_initialize_parameters_nn, init_float32, "dtype changed",
     "your W1 is float32"),
    (check_sigmoid, sigmoid_tanh_whole_z, "tanh without the halves",
     "sigmoid(2 z)"),
    (check_sigmoid, sigmoid_as_list, "returns a list", "Python list"),
    (check_relu, relu_clip_both, "capped at 1", "no upper bound"),
    (check_relu, relu_list, "returns a list", "Python list"),
    (check_forward_propagation_nn, forward_loose,
     "cache entries returned loose", "the cache as one dict"),
    (check_forward_propagation_nn, forward_X_times_W1,
     "operands in the wrong order", "np.dot(X, W1)"),
    (check_forward_propagation_nn, forward_column_max, "activations wrong",
     "np.max(Z1, 0)"),
    (check_backward_propagation_nn, backward_tuple, "returns a tuple",
     "return a dict"),
    (check_sigmoid, sigmoid_ratio_of_minus, "sign error", "sigmoid(-z)"),
    (check_sigmoid, sigmoid_floor, "// instead of /", "divides with //"),
    (check_initialize_parameters_nn, init_W2_from_n_x,
     "shapes from the wrong sizes", "W2 has shape (n_y, n_x)"),
    (check_initialize_parameters_nn, init_b2_of_n_h,
     "shapes from the wrong sizes", "b2 has shape (n_h, 1)"),
    (check_forward_propagation_nn, forward_softmax_output,
     "activations wrong", "a softmax"),
    (check_forward_propagation_nn, forward_elementwise, "* instead of @",
     "Z1 = W1 @ X + b1"),
    (check_forward_propagation_nn, forward_returns_Z2,
     "another array returned as A2", "Z2 under the A2 you return"),
    (check_forward_propagation_nn, forward_W2_transposed,
     "weights transposed in the product", "without .T"),
    (check_compute_cost, cost_arguments_swapped, "arguments swapped",
     "compute_cost(A2, Y)"),
    (check_backward_propagation_nn, backward_slope_Z1, "dZ1 times Z1",
     "multiplies dA1 by Z1"),
    (check_update_parameters_nn, update_biases_without_rate,
     "another step for some", "b1 = b1 - db1 and b2 = b2 - db2"),
    (check_backward_propagation_nn, backward_m_twice, "divided by m twice",
     "m times too small"),
    (check_update_parameters_nn, update_tuple, "returns a tuple",
     "return a dict"),
    (check_update_parameters_nn, update_first_layer_only,
     "parameters left out", "W2, b2, W3 and b3"),
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
    (check_forward_propagation_nn, forward_if_relu, "if on an array",
     "A1 = np.maximum(Z1, 0)"),
    (check_forward_propagation_nn, forward_keeps_cache_in_parameters,
     "changed in place", "changes parameters"),
    (check_forward_propagation_nn, forward_float64, "dtype changed",
     "keep the input's dtype"),
    (check_compute_cost, cost_logs_swapped,
     "logs swapped between the terms", "swapped"),
    (check_compute_cost, cost_log10, "log of another base",
     "your cost uses np.log10"),
    (check_compute_cost, cost_minus_on_first_term,
     "a term with the wrong sign", "your (1 - Y) term"),
    (check_compute_cost, cost_mean_and_m, "divided by m twice",
     "np.mean already divides"),
    (check_compute_cost, cost_log1p, "another cross-entropy",
     "one with y = 0 adds -log(1 + a)"),
    (check_compute_cost, cost_zero_label_term_only, "another cross-entropy",
     "an example with y = 1 adds nothing"),
    (check_compute_cost, cost_log2_summed, "another cross-entropy",
     "with np.log2 for the log, summed"),
    (check_backward_propagation_nn, backward_slope_is_A1, "dZ1 times A1",
     "dZ1 = dA1 * (Z1 > 0)"),
    (check_backward_propagation_nn, backward_sigmoid_slope_at_output,
     "sigmoid's derivative in dZ2", "dZ2 = A2 - Y"),
    (check_backward_propagation_nn, backward_biases_axis_0,
     "db2 summed over axis 0", "axis 1"),
    (check_backward_propagation_nn, backward_db1_everything,
     "db1 summed over all entries", "of shape (n_h, 1)"),
    (check_backward_propagation_nn, backward_dW1_transposed,
     "dW1 transposed", "X @ dZ1.T"),
    (check_backward_propagation_nn, backward_dW1_from_A1,
     "A1 where X belongs", "dW1 = dZ1 @ X.T / m"),
    (check_backward_propagation_nn, backward_dW2_from_X,
     "X where A1 belongs", "dW2 = dZ2 @ A1.T / m"),
    (check_backward_propagation_nn, backward_through_W1,
     "W1 where W2 belongs", "dA1 = W2.T @ dZ2"),
    (check_backward_propagation_nn, backward_m_from_rows,
     "m from X.shape[0]", "m = X.shape[1]"),
    (check_backward_propagation_nn, backward_mask_in_cache,
     "changed in place", "changes cache"),
    (check_backward_propagation_nn, backward_float32, "dtype changed",
     "leave out the cast to float32"),
    (check_update_parameters_nn, update_b1_with_db2, "another step for some",
     "b1 = b1 - learning_rate * db2"),
    (check_update_parameters_nn, update_two_layers_written_out,
     "two layers only", "loop over every layer, for l in range(1, L + 1)"),
    (check_update_parameters_nn, update_range_to_L, "last layer left out",
     "range(1, L) ends at L - 1"),
    (check_update_parameters_nn, update_L_not_halved, "loop bounds",
     "L = len(parameters) // 2"),
    (check_update_parameters_nn, update_from_layer_0, "loop bounds",
     "layers count from 1"),
    (check_update_parameters_nn, update_weights_left, "weights not updated",
     "W1 and W2 stay the same"),
    (check_update_parameters_nn, update_forgot_to_assign,
     "parameters returned unchanged", "as they were given"),
    (check_update_parameters_nn, update_returns_step,
     "only the step returned", "returns the step"),
    (check_update_parameters_nn, update_float64, "dtype changed",
     "keep the input's dtype"),
]


# (check, the learner's function, the entry it must NOT get, the entry it
# gets instead or None when no entry fits)
NEAR_MISSES = [
    (check_sigmoid, sigmoid_rounded, "dtype changed", None),
    (check_relu, relu_python_max_per_row, "Python's max", "output scaled"),
    (check_forward_propagation_nn, forward_cache_A2_scaled,
     "cache entries mixed up", "output scaled"),
    (check_forward_propagation_nn, forward_hidden_squared,
     "activations wrong", None),
    (check_compute_cost, cost_squared_error, "another cross-entropy", None),
    (check_forward_propagation_nn, forward_flat_b1_with_a_comment,
     "if on an array", "1-D b1"),
    (check_backward_propagation_nn, backward_slope_squared, "dZ1 times A1",
     None),
    (check_update_parameters_nn, update_half_step_for_b1,
     "another step for some", "step scaled"),
    (check_update_parameters_nn, update_b1_double_step,
     "another step for some", "step scaled"),
    (check_update_parameters_nn, update_W2_zeroed, "parameters left out",
     "all zeros"),
    (check_update_parameters_nn, update_W3_uphill, "two layers only", None),
    (check_update_parameters_nn, update_reads_layer_5, "loop bounds",
     "unknown key"),
    (check_forward_propagation_nn, forward_returns_twice_A2,
     "another array returned as A2", "output scaled"),
    (check_initialize_parameters_nn, init_W2_one_column_more,
     "shapes from the wrong sizes", None),
]
