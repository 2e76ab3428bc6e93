"""Tests of snippets.selfcheck: right code passes, each known mistake is named.

Every entry of every catalogue is written below as a learner would write
it (a copy of a correct function with the one mistake) and must fail with
a diagnosis that names it. Correct functions in several styles must pass.
"""

import copy
import html
import re
import warnings

import numpy as np
import pytest

import snippets
from snippets import _selfcheck_mistakes as catalogue
from snippets._selfcheck_report import Run
from snippets._selfcheck_specs import (
    BACKWARD,
    COST,
    FORWARD,
    INITIALIZATION,
    RELU,
    SIGMOID,
    UPDATE,
)
from snippets.selfcheck import (
    check_backward_propagation_nn,
    check_compute_cost,
    check_forward_propagation_nn,
    check_initialize_parameters_nn,
    check_relu,
    check_sigmoid,
    check_update_parameters_nn,
)

CHECKS = {
    check_sigmoid: catalogue.SIGMOID_MISTAKES,
    check_relu: catalogue.RELU_MISTAKES,
    check_initialize_parameters_nn: catalogue.INITIALIZATION_MISTAKES,
    check_forward_propagation_nn: catalogue.FORWARD_MISTAKES,
    check_compute_cost: catalogue.COST_MISTAKES,
    check_backward_propagation_nn: catalogue.BACKWARD_MISTAKES,
    check_update_parameters_nn: catalogue.UPDATE_MISTAKES,
}

SPECS = [SIGMOID, RELU, INITIALIZATION, FORWARD, COST, BACKWARD, UPDATE]

# ---------------------------------------------------------------- sigmoid

def sigmoid_logaddexp(z):
    return np.exp(-np.logaddexp(0, -z))


def sigmoid_tanh(z):
    return 0.5 * (1 + np.tanh(z / 2))


def sigmoid_split(z):
    a = np.empty_like(z)
    positive = z >= 0
    a[positive] = 1 / (1 + np.exp(-z[positive]))
    e = np.exp(z[~positive])
    a[~positive] = e / (1 + e)
    return a


def sigmoid_sign_error(z):
    return 1 / (1 + np.exp(z))


def sigmoid_textbook(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_in_place(z):
    np.logaddexp(0, -z, out=z)  # z now holds log(1 + exp(-z))
    np.exp(-z, out=z)
    return z


# ------------------------------------------------------------------- relu

def relu_where(z):
    return np.where(z > 0, z, 0)


def relu_mask(z):
    return z * (z > 0)


def relu_copy(z):
    a = z.copy()
    a[a < 0] = 0
    return a


def relu_leaky(z):
    return np.where(z > 0, z, 0.01 * z)


def relu_boolean(z):
    return z > 0


def relu_np_max(z):
    return np.max(z, 0)


def relu_python_max(z):
    return max(0, z)


def relu_in_place(z):
    z[z < 0] = 0
    return z


# --------------------------------------------------------- initialization

def init_default_rng(n_x, n_h, n_y):
    rng = np.random.default_rng(0)
    return {
        "W1": rng.standard_normal((n_h, n_x)) * 0.01,
        "b1": np.zeros((n_h, 1)),
        "W2": rng.standard_normal((n_y, n_h)) * 0.01,
        "b2": np.zeros((n_y, 1)),
    }


def init_random_state(n_x, n_h, n_y):
    rng = np.random.RandomState(2)
    W1 = rng.randn(n_h, n_x) * 0.01
    W2 = rng.randn(n_y, n_h) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)),
            "W2": W2, "b2": np.zeros((n_y, 1))}


RNG = np.random.default_rng(7)


def init_module_generator(n_x, n_h, n_y):
    return {
        "W1": RNG.normal(0, 0.01, size=(n_h, n_x)),
        "b1": np.zeros((n_h, 1)),
        "W2": RNG.normal(0, 0.01, size=(n_y, n_h)),
        "b2": np.zeros((n_y, 1)),
    }


def init_global_seed(n_x, n_h, n_y):
    np.random.seed(2)
    W1 = np.random.randn(n_h, n_x) * 0.01
    W2 = np.random.randn(n_y, n_h) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)),
            "W2": W2, "b2": np.zeros((n_y, 1))}


def init_global_generator(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    W2 = np.random.randn(n_y, n_h) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)),
            "W2": W2, "b2": np.zeros((n_y, 1))}


def init_zeros(n_x, n_h, n_y):
    return {"W1": np.zeros((n_h, n_x)), "b1": np.zeros((n_h, 1)),
            "W2": np.zeros((n_y, n_h)), "b2": np.zeros((n_y, 1))}


def init_swapped(n_x, n_h, n_y):
    rng = np.random.default_rng(0)
    return {"W1": rng.standard_normal((n_x, n_h)) * 0.01,
            "b1": np.zeros((n_h, 1)),
            "W2": rng.standard_normal((n_h, n_y)) * 0.01,
            "b2": np.zeros((n_y, 1))}


def init_unscaled(n_x, n_h, n_y):
    rng = np.random.default_rng(0)
    return {"W1": rng.standard_normal((n_h, n_x)),
            "b1": np.zeros((n_h, 1)),
            "W2": rng.standard_normal((n_y, n_h)),
            "b2": np.zeros((n_y, 1))}


def init_1d_biases(n_x, n_h, n_y):
    rng = np.random.default_rng(0)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": np.zeros(n_h),
            "W2": rng.standard_normal((n_y, n_h)) * 0.01,
            "b2": np.zeros(n_y)}


def init_random_biases(n_x, n_h, n_y):
    rng = np.random.default_rng(0)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": rng.standard_normal((n_h, 1)) * 0.01,
            "W2": rng.standard_normal((n_y, n_h)) * 0.01,
            "b2": rng.standard_normal((n_y, 1)) * 0.01}


def init_uniform(n_x, n_h, n_y):
    rng = np.random.default_rng(0)
    return {"W1": rng.random((n_h, n_x)) * 0.01, "b1": np.zeros((n_h, 1)),
            "W2": rng.random((n_y, n_h)) * 0.01, "b2": np.zeros((n_y, 1))}


def init_lowercase_keys(n_x, n_h, n_y):
    rng = np.random.default_rng(0)
    return {"w1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": np.zeros((n_h, 1)),
            "w2": rng.standard_normal((n_y, n_h)) * 0.01,
            "b2": np.zeros((n_y, 1))}


# ---------------------------------------------------------------- forward

def relu(z):
    return np.maximum(0, z)


def sigmoid(z):
    return np.exp(-np.logaddexp(0, -z))


def forward_matmul(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_dot(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.maximum(Z1, 0)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = 1 / (1 + np.exp(-Z2))
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache


def forward_einsum_in_place(X, parameters):
    Z1 = np.einsum("hx,xm->hm", parameters["W1"], X)
    Z1 += parameters["b1"]
    A1 = Z1 * (Z1 > 0)
    Z2 = np.einsum("yh,hm->ym", parameters["W2"], A1)
    Z2 += parameters["b2"]
    A2 = snippets.sigmoid(Z2)
    return (A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2})


def forward_no_b1(X, parameters):
    W1 = parameters["W1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_no_b2(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2 = parameters["W2"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_hidden(g, output=sigmoid, feed_Z1=False):
    """A learner's forward pass with another activation, as text would."""
    def forward(X, parameters):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]
        Z1 = W1 @ X + b1
        A1 = g(Z1)
        Z2 = W2 @ (Z1 if feed_Z1 else A1) + b2
        A2 = output(Z2)
        return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return forward


def forward_sigmoid_hidden(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = sigmoid(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_tanh_hidden(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_no_hidden_activation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = Z1
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_feeds_Z1(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ Z1 + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_relu_output(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = relu(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_no_output_activation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = Z2
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_tanh_output(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = np.tanh(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_W1_transposed(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = np.dot(W1.T, X) + b1
    A1 = relu(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_lowercase_cache(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2, {"z1": Z1, "a1": A1, "z2": Z2, "a2": A2}


def forward_cache_without_A1(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "Z2": Z2, "A2": A2}


def forward_cache_tuple(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2, (Z1, A1, Z2, A2)


def forward_cache_with_extra_keys(X, parameters):
    A2, cache = forward_matmul(X, parameters)
    return A2, {**cache, "W1": parameters["W1"]}


def forward_A2_alone(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    return A2


def raises_key_error(X, parameters):
    W1 = parameters["w1"]  # the learner's typo
    return W1 @ X


def forward_without_parameters(X):
    return forward_matmul(X, snippets.initialize_parameters_nn(3, 4, 1))


def forward_dropout(X, parameters):
    A2, cache = forward_matmul(X, parameters)
    keep = np.random.rand(*A2.shape) < 2  # keeps everything, moves RNG
    return A2 * keep, cache


# ------------------------------------------------------------------- cost

def cost_mean(A2, Y):
    return float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))


def cost_dot(A2, Y):
    m = Y.shape[1]
    logprobs = np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)
    return float(np.squeeze(-logprobs / m))


def cost_multiply(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    return -np.sum(logprobs) / m


def cost_sum(A2, Y):
    return -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))


def cost_sign(A2, Y):
    return np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))


def cost_no_zero_label_term(A2, Y):
    return -np.mean(Y * np.log(A2))


def cost_array(A2, Y):
    m = Y.shape[1]
    logprobs = np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)
    return -logprobs / m


# --------------------------------------------------------------- backward

def backward_matmul(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    Z1, A1, A2 = cache["Z1"], cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (Z1 > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_dot(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = (1 / m) * np.dot(dZ2, cache["A1"].T)
    db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.multiply(np.dot(parameters["W2"].T, dZ2),
                      np.int64(cache["A1"] > 0))
    dW1 = (1 / m) * np.dot(dZ1, X.T)
    db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_einsum_in_place(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = np.einsum("ym,hm->yh", dZ2, cache["A1"]) / m
    db2 = dZ2.mean(axis=1, keepdims=True)
    dZ1 = np.einsum("yh,ym->hm", parameters["W2"], dZ2)
    dZ1[cache["Z1"] <= 0] = 0
    dW1 = np.einsum("hm,xm->hx", dZ1, X)
    dW1 /= m
    db1 = dZ1.mean(axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_variant(*, slope=lambda Z1, A1: Z1 > 0, keepdims=True,
                     average=True, dZ2_sign=1, dW2_input="A1"):
    """A learner's backward pass: the lesson's code with one change."""
    def backward(parameters, cache, X, Y):
        m = X.shape[1] if average else 1
        W2 = parameters["W2"]
        Z1, A1, A2 = cache["Z1"], cache["A1"], cache["A2"]
        dZ2 = dZ2_sign * (A2 - Y)
        dW2 = dZ2 @ cache[dW2_input].T / m
        db2 = np.sum(dZ2, axis=1, keepdims=keepdims) / m
        dA1 = W2.T @ dZ2
        dZ1 = dA1 * slope(Z1, A1)
        dW1 = dZ1 @ X.T / m
        db1 = np.sum(dZ1, axis=1, keepdims=keepdims) / m
        return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return backward


def backward_no_derivative(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = dZ2 @ cache["A1"].T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = parameters["W2"].T @ dZ2
    dZ1 = dA1
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_tanh_derivative(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = dZ2 @ cache["A1"].T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = parameters["W2"].T @ dZ2 * (1 - np.power(cache["A1"], 2))
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_X_not_transposed(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = dZ2 @ cache["A1"].T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = parameters["W2"].T @ dZ2 * (cache["Z1"] > 0)
    dW1 = dZ1 @ X / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_A1_not_transposed(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = np.dot(dZ2, cache["A1"]) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (cache["Z1"] > 0)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_W2_not_transposed(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = dZ2 @ cache["A1"].T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = parameters["W2"] @ dZ2
    dZ1 = dA1 * (cache["Z1"] > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_lowercase_cache_key(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = dZ2 @ cache["a1"].T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = parameters["W2"].T @ dZ2 * (cache["Z1"] > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_lowercase_keys(parameters, cache, X, Y):
    grads = backward_matmul(parameters, cache, X, Y)
    return {key.lower(): value for key, value in grads.items()}


# ----------------------------------------------------------------- update

def update_comprehension(parameters, grads, learning_rate):
    return {key: parameters[key] - learning_rate * grads["d" + key]
            for key in ("W1", "b1", "W2", "b2")}


def update_deepcopy_in_place(parameters, grads, learning_rate):
    new = copy.deepcopy(parameters)
    new["W1"] -= learning_rate * grads["dW1"]
    new["b1"] -= learning_rate * grads["db1"]
    new["W2"] -= learning_rate * grads["dW2"]
    new["b2"] -= learning_rate * grads["db2"]
    return new


def update_ascent(parameters, grads, learning_rate):
    return {key: parameters[key] + learning_rate * grads["d" + key]
            for key in ("W1", "b1", "W2", "b2")}


def update_weights_only(parameters, grads, learning_rate):
    W1 = parameters["W1"] - learning_rate * grads["dW1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    return {"W1": W1, "b1": parameters["b1"], "W2": W2,
            "b2": parameters["b2"]}


def update_in_place(parameters, grads, learning_rate):
    for key in ("W1", "b1", "W2", "b2"):
        parameters[key] -= learning_rate * grads["d" + key]
    return parameters


def update_without_learning_rate(parameters, grads, learning_rate):
    return {key: parameters[key] - grads["d" + key]
            for key in ("W1", "b1", "W2", "b2")}


def update_reads_W1_grad(parameters, grads, learning_rate):
    return {key: parameters[key] - learning_rate * grads[key]
            for key in ("W1", "b1", "W2", "b2")}


def update_lowercase_keys(parameters, grads, learning_rate):
    return {key.lower(): parameters[key] - learning_rate * grads["d" + key]
            for key in ("W1", "b1", "W2", "b2")}


# ------------------------------------------------------------------ tests

CORRECT = [
    (check_sigmoid, snippets.sigmoid),
    (check_sigmoid, sigmoid_logaddexp),
    (check_sigmoid, sigmoid_tanh),
    (check_sigmoid, sigmoid_split),
    (check_relu, snippets.relu),
    (check_relu, relu_where),
    (check_relu, relu_mask),
    (check_relu, relu_copy),
    (check_initialize_parameters_nn, snippets.initialize_parameters_nn),
    (check_initialize_parameters_nn, init_default_rng),
    (check_initialize_parameters_nn, init_random_state),
    (check_initialize_parameters_nn, init_module_generator),
    (check_forward_propagation_nn, snippets.forward_propagation_nn),
    (check_forward_propagation_nn, forward_matmul),
    (check_forward_propagation_nn, forward_dot),
    (check_forward_propagation_nn, forward_einsum_in_place),
    (check_forward_propagation_nn, forward_cache_with_extra_keys),
    (check_compute_cost, snippets.compute_cost),
    (check_compute_cost, cost_mean),
    (check_compute_cost, cost_dot),
    (check_compute_cost, cost_multiply),
    (check_backward_propagation_nn, snippets.backward_propagation_nn),
    (check_backward_propagation_nn, backward_matmul),
    (check_backward_propagation_nn, backward_dot),
    (check_backward_propagation_nn, backward_einsum_in_place),
    (check_update_parameters_nn, snippets.update_parameters_nn),
    (check_update_parameters_nn, update_comprehension),
    (check_update_parameters_nn, update_deepcopy_in_place),
]

# (check, the learner's function, catalogue name, phrase the diagnosis has)
MISTAKES = [
    (check_sigmoid, sigmoid_sign_error, "sign error", "minus sign"),
    (check_sigmoid, sigmoid_textbook, "overflow in exp", "overflows"),
    (check_sigmoid, sigmoid_in_place, "z changed in place", "in place"),
    (check_relu, relu_leaky, "leaky output", "leaky ReLU"),
    (check_relu, relu_boolean, "boolean mask", "mask z > 0"),
    (check_relu, relu_np_max, "np.max instead of np.maximum", "reduction"),
    (check_relu, relu_python_max, "Python's max", "Python's max"),
    (check_relu, relu_in_place, "z changed in place", "in place"),
    (check_initialize_parameters_nn, init_global_seed,
     "NumPy's global seed", "NumPy's global seed"),
    (check_initialize_parameters_nn, init_global_generator,
     "NumPy's global generator", "NumPy's global generator"),
    (check_initialize_parameters_nn, init_zeros,
     "zero weights (symmetry)", "symmetry"),
    (check_initialize_parameters_nn, init_swapped,
     "swapped weight shapes", "swapped"),
    (check_initialize_parameters_nn, init_unscaled,
     "no 0.01 scale", "multiply them by 0.01"),
    (check_initialize_parameters_nn, init_1d_biases, "1-D biases", "1-D"),
    (check_initialize_parameters_nn, init_random_biases,
     "random biases", "not zero"),
    (check_initialize_parameters_nn, init_uniform,
     "uniform weights", "standard normal"),
    (check_initialize_parameters_nn, init_lowercase_keys,
     "wrong keys", "keys w1, b1, w2, b2"),
    (check_forward_propagation_nn, forward_no_b1, "b1 missing",
     "without b1"),
    (check_forward_propagation_nn, forward_no_b2, "b2 missing",
     "without b2"),
    (check_forward_propagation_nn, forward_sigmoid_hidden,
     "sigmoid hidden layer", "hidden layer uses sigmoid"),
    (check_forward_propagation_nn, forward_tanh_hidden,
     "tanh hidden layer", "hidden layer uses tanh"),
    (check_forward_propagation_nn, forward_no_hidden_activation,
     "no hidden activation", "A1 equals Z1"),
    (check_forward_propagation_nn, forward_feeds_Z1,
     "Z1 fed to layer 2", "gets Z1 instead of A1"),
    (check_forward_propagation_nn, forward_relu_output,
     "ReLU output", "output layer uses ReLU"),
    (check_forward_propagation_nn, forward_no_output_activation,
     "no output activation", "A2 equals Z2"),
    (check_forward_propagation_nn, forward_tanh_output,
     "tanh output", "output layer uses tanh"),
    (check_forward_propagation_nn, forward_W1_transposed,
     "W1 transposed", "W1 transposed"),
    (check_forward_propagation_nn, forward_lowercase_cache,
     "cache keys", "keys z1, a1, z2, a2"),
    (check_forward_propagation_nn, forward_cache_without_A1,
     "cache keys", "keys Z1, Z2, A2"),
    (check_forward_propagation_nn, forward_A2_alone,
     "A2 returned alone", "A2 alone"),
    (check_forward_propagation_nn, forward_cache_tuple,
     "cache not a dict", "cache is a tuple"),
    (check_forward_propagation_nn, forward_dropout,
     "NumPy's global generator", "NumPy's global generator"),
    (check_compute_cost, cost_sum, "sum instead of mean", "m times"),
    (check_compute_cost, cost_sign, "wrong sign", "minus sign"),
    (check_compute_cost, cost_no_zero_label_term, "(1 - y) term missing",
     "(1 - Y) * np.log(1 - A2)"),
    (check_compute_cost, cost_array, "array instead of float",
     "array of shape (1, 1)"),
    (check_forward_propagation_nn, raises_key_error, "unknown key",
     "reads the key 'w1'"),
    (check_backward_propagation_nn, backward_lowercase_cache_key,
     "unknown key", "reads the key 'a1'"),
    (check_update_parameters_nn, update_reads_W1_grad, "unknown key",
     "reads the key 'W1'"),
    (check_backward_propagation_nn, backward_lowercase_keys, "grads keys",
     "keys dw1, db1, dw2, db2"),
    (check_backward_propagation_nn, backward_variant(keepdims=False),
     "sums without keepdims", "keepdims=True"),
    (check_backward_propagation_nn, backward_no_derivative,
     "ReLU derivative missing", "dZ1 equals dA1"),
    (check_backward_propagation_nn, backward_tanh_derivative,
     "tanh derivative", "1 - A1**2"),
    (check_backward_propagation_nn,
     backward_variant(slope=lambda Z1, A1: A1 * (1 - A1)),
     "sigmoid derivative", "A1 * (1 - A1)"),
    (check_backward_propagation_nn, backward_variant(average=False),
     "no 1/m", "m times too large"),
    (check_backward_propagation_nn, backward_variant(dZ2_sign=-1),
     "dZ2 sign", "dZ2 = A2 - Y"),
    (check_backward_propagation_nn, backward_variant(dW2_input="Z1"),
     "Z1 where A1 belongs", "dW2 uses Z1"),
    (check_backward_propagation_nn, backward_X_not_transposed,
     "X not transposed", "X transposed"),
    (check_backward_propagation_nn, backward_A1_not_transposed,
     "A1 not transposed", "A1 transposed"),
    (check_backward_propagation_nn, backward_W2_not_transposed,
     "W2 not transposed", "W2 transposed"),
    (check_update_parameters_nn, update_ascent, "gradient ascent",
     "uphill"),
    (check_update_parameters_nn, update_weights_only,
     "biases not updated", "b1 and b2 stay the same"),
    (check_update_parameters_nn, update_in_place, "updated in place",
     "changes parameters, which it was given"),
    (check_update_parameters_nn, update_without_learning_rate,
     "learning rate ignored", "ignores the learning rate"),
    (check_forward_propagation_nn, forward_without_parameters,
     "wrong signature", "forward_propagation_nn(X, parameters)"),
    (check_update_parameters_nn, update_lowercase_keys, "wrong keys",
     "keys w1, b1, w2, b2"),
]


def flat(report):
    """The report's text on one line: wrapping never breaks a match."""
    return " ".join(str(report).split())


def name_of(value):
    return getattr(value, "__qualname__", repr(value))


@pytest.mark.parametrize(
    "check, fn", CORRECT,
    ids=[f"{c.__name__}-{name_of(f)}" for c, f in CORRECT],
)
def test_correct_functions_pass(check, fn):
    """Right code in several styles passes every line, with no diagnosis."""
    report = check(fn)
    assert bool(report), str(report)
    assert report.diagnosis is None
    assert "FAIL" not in str(report)


@pytest.mark.parametrize(
    "check, fn, mistake, phrase", MISTAKES,
    ids=[f"{c.__name__}-{m}" for c, _, m, _ in MISTAKES],
)
def test_each_mistake_fails_and_is_named(check, fn, mistake, phrase):
    """A learner's function with a catalogue mistake: FAIL, named."""
    report = check(fn)
    assert not report, str(report)
    assert report.mistake == mistake, str(report)
    assert phrase in report.diagnosis
    assert f"Likely mistake: {report.diagnosis}" in flat(report)
    assert [line for line in str(report).splitlines()
            if len(line) > 74 and not line.startswith("       at ")] == []


def test_every_catalogue_entry_has_a_learner_style_test():
    """Each check's own entries, and each shared one once, are tested."""
    tested = {(check, mistake) for check, _, mistake, _ in MISTAKES}
    shared = {m.name for m in catalogue.GLOBAL_RANDOM_STATE_MISTAKES}
    shared.add(catalogue.SIGNATURE_MISTAKE.name)
    for check, mistakes in CHECKS.items():
        own = {m.name for m in mistakes} - shared
        assert own <= {m for c, m in tested if c is check}, check.__name__
    assert shared <= {m for _, m in tested}


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.func)
def test_no_detector_fires_on_the_course_function(spec):
    """No mutant equals the right answer, so no right code is flagged."""
    run = Run(spec, getattr(snippets, spec.func))
    assert [m.name for m in spec.mistakes if m.detect(run)] == []


def test_report_reads_like_the_example():
    """Header, ok/FAIL lines, expected/got rows and the likely mistake."""
    text = str(check_forward_propagation_nn(forward_no_b2))
    lines = text.splitlines()
    assert lines[0] == "check_forward_propagation_nn: 6 of 7 checks passed"
    assert lines[1].startswith("  ok   returns (A2, cache)")
    assert re.search(
        r"\n  FAIL values: A2 differs on case \(3, 4, 5\), max \|diff\| "
        r"[0-9.e-]+ at A2\[0, \d\]\n"
        r"       expected A2\[0, \d:\d\] = \[[-0-9., ]+\]\n"
        r"       got      A2\[0, \d:\d\] = \[[-0-9., ]+\]\n", text)
    assert flat(text).endswith(
        "Likely mistake: your A2 is what the network gives without b2: "
        "add b2 in Z2 = W2 @ A1 + b2."
    )
    assert all(len(line) <= 74 for line in lines)


def test_unknown_mistake_says_what_differs_where():
    """Outside the catalogue: the output, case, index and size of it."""
    def forward_scaled(X, parameters):
        A2, cache = forward_matmul(X, parameters)
        return A2 * 0.9, cache

    report = check_forward_propagation_nn(forward_scaled)
    assert not report
    assert report.diagnosis is None
    assert re.search(r"A2 differs on case \(3, 4, 5\), max \|diff\| "
                     r"0\.\d+ at A2\[0, \d\]", str(report))
    assert "Likely mistake" not in str(report)


def test_learner_exception_is_reported_with_its_line():
    """Type, message and the learner's file:line and source, no raise."""
    report = check_forward_propagation_nn(raises_key_error)
    text = flat(report)
    assert not report
    line = raises_key_error.__code__.co_firstlineno + 1
    assert "case (3, 4, 5): raises KeyError: 'w1'" in text
    assert f"at test_selfcheck.py:{line}: W1 = parameters[\"w1\"]" in text
    assert "Traceback" not in text and "snippets" not in text


def test_shape_error_names_the_forgotten_transpose():
    """dW1 = dZ1 @ X / m raises on most cases: the line and the cause."""
    report = check_backward_propagation_nn(backward_X_not_transposed)
    line = backward_X_not_transposed.__code__.co_firstlineno + 6
    assert "raises ValueError: matmul" in flat(report)
    assert f"test_selfcheck.py:{line}: dW1 = dZ1 @ X / m" in flat(report)
    assert report.diagnosis.startswith("dW1 needs X transposed")


def not_implemented(X, parameters):
    raise NotImplementedError


def only_pass(z):
    pass


def template_left_as_is(X, parameters):
    A2 = None
    cache = {"Z1": None, "A1": None, "Z2": None, "A2": None}
    return A2, cache


@pytest.mark.parametrize("check, fn", [
    (check_forward_propagation_nn, not_implemented),
    (check_sigmoid, only_pass),
    (check_forward_propagation_nn, template_left_as_is),
])
def test_not_implemented_yet(check, fn):
    """A placeholder body is 'not implemented yet', in lines and diagnosis."""
    report = check(fn)
    assert not report
    assert "not implemented yet" in flat(report)
    assert "not implemented yet" in report.diagnosis


def test_not_a_function():
    """Passing the result instead of the function says so."""
    report = check_sigmoid(np.zeros(3))
    assert not report
    assert "pass your function itself" in report.diagnosis


@pytest.mark.parametrize(
    "check, fn",
    CORRECT + [(check, fn) for check, fn, _, _ in MISTAKES]
    + [(check_forward_propagation_nn, not_implemented)],
    ids=lambda value: name_of(value),
)
def test_global_random_state_is_unchanged(check, fn):
    """After every check, NumPy's global random state is as before."""
    np.random.seed(12345)
    state = np.random.get_state()
    check(fn)
    after = np.random.get_state()
    assert after[0] == state[0] and after[2:] == state[2:]
    np.testing.assert_array_equal(after[1], state[1])


class Unreadable(dict):
    """A dict that fails whenever it is read."""

    def __iter__(self):
        raise RuntimeError("cannot iterate")

    def __getitem__(self, key):
        raise RuntimeError("cannot read")


ODD_RESULTS = [
    None, "text", (1, 2), float("nan"), 1j, [1, 2], (x for x in ()),
    np.array([object(), 1]), np.full((1, 5), np.nan), Unreadable(W1=1),
    ("A2", {"Z1": "x", "A1": None, "Z2": [1, [2]], "A2": object()}),
    {"W1": "s", "b1": None, "W2": [[1], [2, 3]], "b2": np.zeros((1, 1))},
    {"dW1": [[1], [2, 3]], "db1": "x", "dW2": None, "db2": 3},
]


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
@pytest.mark.parametrize("result", ODD_RESULTS, ids=repr)
def test_never_raises_whatever_the_function_returns(check, result):
    """A report, not an exception, for any strange return value."""
    report = check(lambda *args: result)
    assert not report
    assert str(report) and report._repr_html_()


def test_learner_warnings_are_reported_not_raised():
    """A warning in the learner's code is a FAIL line, never an error."""
    def forward_warns(X, parameters):
        warnings.warn("remember to scale X", UserWarning, stacklevel=1)
        return forward_matmul(X, parameters)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = check_forward_propagation_nn(forward_warns)
    assert not report
    assert "FAIL no warnings" in str(report)
    line = forward_warns.__code__.co_firstlineno + 1
    assert "case (3, 4, 5): UserWarning: remember to scale X at " \
        f"test_selfcheck.py:{line}: warnings.warn(" in flat(report)


def test_sigmoid_overflow_names_the_learners_line():
    """The textbook sigmoid: the warning, where, and the stable form."""
    text = flat(check_sigmoid(sigmoid_textbook))
    assert "FAIL stable: sigmoid(-1000) = 0" in text
    assert "RuntimeWarning: overflow encountered in exp" in text
    assert "return 1 / (1 + np.exp(-z))" in text


def test_float32_upcast_fails_the_dtype_line():
    """float32 in, float64 out is reported (not a catalogue mistake)."""
    def forward_float64(X, parameters):
        return forward_matmul(np.asarray(X, dtype=np.float64), parameters)

    report = check_forward_propagation_nn(forward_float64)
    assert "FAIL dtype" in str(report)
    assert "A2 is float64 on case (3, 4, 5) float32, expected float32" in flat(
        report)


def test_inputs_are_passed_as_copies():
    """A learner's in-place change never reaches the checker's cases."""
    first = flat(check_update_parameters_nn(update_in_place))
    assert "parameters['W1']" in first
    assert flat(check_update_parameters_nn(update_in_place)) == first


def test_report_display_in_a_notebook():
    """repr is the text; the HTML is the same text, escaped, in a <pre>."""
    report = check_forward_propagation_nn(forward_A2_alone)
    assert repr(report) == str(report)
    assert report._repr_html_() == f"<pre>{html.escape(str(report))}</pre>"
    assert "&#x27;" in report._repr_html_()  # the hint's 'Z1' is escaped


def test_initialization_bonus_only_for_the_course_numbers():
    """The seed-2 numbers earn a bonus line; other seeds pass without."""
    assert "bonus" in str(check_initialize_parameters_nn(init_random_state))
    assert "bonus" not in str(check_initialize_parameters_nn(init_default_rng))
    assert "bonus" not in str(check_initialize_parameters_nn(init_global_seed))
