"""Tests of snippets.selfcheck: right code passes, each known mistake is named.

Every entry of every catalogue is written below as a learner would write
it (a copy of a correct function with the one mistake) and must fail with
a diagnosis that names it. Correct functions in several styles must pass.
"""

import copy
import html
import math
import re
import sys
import warnings

import numpy as np
import pytest
import selfcheck_deep_cases
import selfcheck_learners_cat67
import selfcheck_learners_cat1011
from selfcheck_learners import MORE_MISTAKES
from selfcheck_learners_generic import MORE_MISTAKES as GENERIC_MISTAKES

import snippets
import snippets.selfcheck
from snippets.selfcheck import (
    check_backward_propagation_nn,
    check_backward_propagation_softmax,
    check_compute_cost,
    check_compute_cost_softmax,
    check_forward_propagation_nn,
    check_initialize_parameters_nn,
    check_one_hot,
    check_random_mini_batches,
    check_relu,
    check_sigmoid,
    check_softmax,
    check_update_parameters_nn,
    check_update_parameters_with_adam,
    check_update_parameters_with_momentum,
    check_update_parameters_with_rmsprop,
)
from snippets.selfcheck._engine import common as catalogue
from snippets.selfcheck._engine.report import Run, Spec


def spec_of(check):
    """The Spec a check runs, found in its lesson module (or None)."""
    module = sys.modules[check.__module__]
    func = check.__name__.removeprefix("check_")
    found = [value for value in vars(module).values()
             if isinstance(value, Spec) and value.func == func]
    return found[0] if found else None


# every public check, from the package's own list: none is left out
ALL_CHECKS = [getattr(snippets.selfcheck, name)
              for name in snippets.selfcheck.__all__]
CHECKS = {check: spec_of(check).mistakes for check in ALL_CHECKS
          if spec_of(check) is not None}
SPECS = [spec_of(check) for check in CHECKS]


def test_every_public_check_has_its_spec_and_catalogue():
    """Each check in __all__ runs a Spec of its lesson, with mistakes."""
    assert len(ALL_CHECKS) >= 15
    assert [check.__name__ for check in ALL_CHECKS
            if check not in CHECKS] == []
    assert [check.__name__ for check, mistakes in CHECKS.items()
            if not mistakes] == []


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


# ----------------------------------------------------------- mini-batches

def batches_course_style(X, Y, mini_batch_size, seed):
    rng = np.random.RandomState(seed)
    m = X.shape[1]
    permutation = list(rng.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))
    mini_batches = []
    num_complete = math.floor(m / mini_batch_size)
    for k in range(num_complete):
        mini_batch_X = shuffled_X[:, k * mini_batch_size:
                                  (k + 1) * mini_batch_size]
        mini_batch_Y = shuffled_Y[:, k * mini_batch_size:
                                  (k + 1) * mini_batch_size]
        mini_batches.append((mini_batch_X, mini_batch_Y))
    if m % mini_batch_size != 0:
        mini_batch_X = shuffled_X[:, num_complete * mini_batch_size:]
        mini_batch_Y = shuffled_Y[:, num_complete * mini_batch_size:]
        mini_batches.append((mini_batch_X, mini_batch_Y))
    return mini_batches


def batches_split(X, Y, mini_batch_size, seed):
    order = np.random.default_rng(seed).permutation(X.shape[1])
    cuts = list(range(mini_batch_size, X.shape[1], mini_batch_size))
    return list(zip(np.split(X[:, order], cuts, axis=1),
                    np.split(Y[:, order], cuts, axis=1)))


def batches_comprehension(X, Y, mini_batch_size, seed):
    index = np.random.default_rng(seed).permutation(X.shape[1])
    return [(X[:, index[k:k + mini_batch_size]],
             Y[:, index[k:k + mini_batch_size]])
            for k in range(0, X.shape[1], mini_batch_size)]


def batches_shuffled_in_place(X, Y, mini_batch_size, seed):
    np.random.default_rng(seed).shuffle(X, axis=1)
    np.random.default_rng(seed).shuffle(Y, axis=1)
    return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
            for k in range(0, X.shape[1], mini_batch_size)]


def batches_rows_as_examples(X, Y, mini_batch_size, seed):
    rng = np.random.default_rng(seed)
    m = X.shape[0]
    permutation = rng.permutation(m)
    X_shuffled, Y_shuffled = X[permutation], Y[permutation]
    return [(X_shuffled[k:k + mini_batch_size],
             Y_shuffled[k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_row_slices(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    return [(X_shuffled[k:k + mini_batch_size],
             Y_shuffled[k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_without_remainder(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(m // mini_batch_size):
        start, end = k * mini_batch_size, (k + 1) * mini_batch_size
        mini_batches.append((X_shuffled[:, start:end],
                             Y_shuffled[:, start:end]))
    return mini_batches


def batches_empty_last(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    num_complete = m // mini_batch_size
    mini_batches = [
        (X_shuffled[:, k * mini_batch_size:(k + 1) * mini_batch_size],
         Y_shuffled[:, k * mini_batch_size:(k + 1) * mini_batch_size])
        for k in range(num_complete)
    ]
    mini_batches.append((X_shuffled[:, num_complete * mini_batch_size:],
                         Y_shuffled[:, num_complete * mini_batch_size:]))
    return mini_batches


def batches_two_permutations(X, Y, mini_batch_size, seed):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    X_shuffled = X[:, rng.permutation(m)]
    Y_shuffled = Y[:, rng.permutation(m)]
    return [(X_shuffled[:, k:k + mini_batch_size],
             Y_shuffled[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_unshuffled(X, Y, mini_batch_size, seed):
    return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
            for k in range(0, X.shape[1], mini_batch_size)]


def batches_unseeded(X, Y, mini_batch_size, seed):
    rng = np.random.default_rng()  # the seed is forgotten
    permutation = rng.permutation(X.shape[1])
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    return [(X_shuffled[:, k:k + mini_batch_size],
             Y_shuffled[:, k:k + mini_batch_size])
            for k in range(0, X.shape[1], mini_batch_size)]


def batches_global_seed(X, Y, mini_batch_size, seed):
    np.random.seed(seed)
    m = X.shape[1]
    permutation = list(np.random.permutation(m))
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    return [(X_shuffled[:, k:k + mini_batch_size],
             Y_shuffled[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_global_shuffle(X, Y, mini_batch_size, seed):
    permutation = np.arange(X.shape[1])
    np.random.shuffle(permutation)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    return [(X_shuffled[:, k:k + mini_batch_size],
             Y_shuffled[:, k:k + mini_batch_size])
            for k in range(0, X.shape[1], mini_batch_size)]


def batches_without_seed_argument(X, Y, mini_batch_size):
    return batches_comprehension(X, Y, mini_batch_size, 0)


# --------------------------------------------------------------- momentum

def momentum_loop(parameters, grads, v, beta, learning_rate):
    parameters, v = copy.deepcopy(parameters), copy.deepcopy(v)
    L = len(parameters) // 2
    for layer in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(layer)
            v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
            parameters[key] -= learning_rate * v["d" + key]
    return parameters, v


def momentum_comprehension(parameters, grads, v, beta, learning_rate):
    new_v = {key: beta * v[key] + (1 - beta) * grads[key] for key in grads}
    new_parameters = {key: W - learning_rate * new_v["d" + key]
                      for key, W in parameters.items()}
    return new_parameters, new_v


def momentum_in_place(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for i in range(1, L + 1):
        v["dW" + str(i)] = beta * v["dW" + str(i)] \
            + (1 - beta) * grads["dW" + str(i)]
        v["db" + str(i)] = beta * v["db" + str(i)] \
            + (1 - beta) * grads["db" + str(i)]
        parameters["W" + str(i)] -= learning_rate * v["dW" + str(i)]
        parameters["b" + str(i)] -= learning_rate * v["db" + str(i)]
    return parameters, v


def momentum_reads_W_key(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key, W in parameters.items():
        new_v[key] = beta * v[key] + (1 - beta) * grads["d" + key]
        new_parameters[key] = W - learning_rate * new_v[key]
    return new_parameters, new_v


def momentum_variant(keep, add, *, use_v=True, sign=-1):
    """A learner's momentum step: v = keep(beta) v + add(beta) dW."""
    def update(parameters, grads, v, beta, learning_rate):
        new_parameters, new_v = {}, {}
        for key, W in parameters.items():
            dW = grads["d" + key]
            new_v["d" + key] = keep(beta) * v["d" + key] + add(beta) * dW
            step = new_v["d" + key] if use_v else dW
            new_parameters[key] = W + sign * learning_rate * step
        return new_parameters, new_v
    return update


def momentum_sum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key, W in parameters.items():
        new_v["d" + key] = beta * v["d" + key] + grads["d" + key]
        new_parameters[key] = W - learning_rate * new_v["d" + key]
    return new_parameters, new_v


def momentum_steps_with_dW(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) * dW
        new_parameters[key] = W - learning_rate * dW
    return new_parameters, new_v


# ---------------------------------------------------------------- RMSprop

def rmsprop_loop(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * np.square(dW)
        new_parameters[key] = W - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


def rmsprop_comprehension(parameters, grads, s, beta, learning_rate,
                          epsilon=1e-8):
    new_s = {k: beta * s[k] + (1 - beta) * grads[k] * grads[k] for k in s}
    new_parameters = {
        k: W - np.divide(learning_rate * grads["d" + k],
                         np.sqrt(new_s["d" + k]) + epsilon)
        for k, W in parameters.items()
    }
    return new_parameters, new_s


def rmsprop_variant(*, average=True, root=np.sqrt, inside=False,
                    in_place=False, state_key=lambda key: "d" + key):
    """A learner's RMSprop step with one change."""
    def update(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
        new_parameters = parameters if in_place else {}
        new_s = s if in_place else {}
        for key, W in list(parameters.items()):
            dW = grads["d" + key]
            old = s[state_key(key)]
            s_dW = beta * old + (1 - beta) * dW**2 if average \
                else old + dW**2
            denominator = root(s_dW + epsilon) if inside \
                else root(s_dW) + epsilon
            new_parameters[key] = W - learning_rate * dW / denominator
            new_s["d" + key] = s_dW
        return new_parameters, new_s
    return update


def rmsprop_without_sqrt(parameters, grads, s, beta, learning_rate,
                         epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = W - learning_rate * dW / (new_s["d" + key]
                                                        + epsilon)
    return new_parameters, new_s


def rmsprop_adagrad(parameters, grads, s, beta, learning_rate,
                    epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_s["d" + key] = s["d" + key] + dW**2
        new_parameters[key] = W - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


# ------------------------------------------------------------------- Adam

def adam_corrected_dicts(parameters, grads, v, s, t, learning_rate=0.01,
                         beta1=0.9, beta2=0.999, epsilon=1e-8):
    v_new, s_new, v_corrected, s_corrected, new = {}, {}, {}, {}, {}
    for key in parameters:
        d = "d" + key
        v_new[d] = beta1 * v[d] + (1 - beta1) * grads[d]
        v_corrected[d] = v_new[d] / (1 - beta1**t)
        s_new[d] = beta2 * s[d] + (1 - beta2) * np.power(grads[d], 2)
        s_corrected[d] = s_new[d] / (1 - beta2**t)
        new[key] = parameters[key] - learning_rate * v_corrected[d] / (
            np.sqrt(s_corrected[d]) + epsilon)
    return new, v_new, s_new


def adam_deepcopy(parameters, grads, v, s, t, learning_rate=0.01,
                  beta1=0.9, beta2=0.999, epsilon=1e-8):
    parameters, v, s = (copy.deepcopy(d) for d in (parameters, v, s))
    for key in parameters:
        dW = grads["d" + key]
        v["d" + key] *= beta1
        v["d" + key] += (1 - beta1) * dW
        s["d" + key] *= beta2
        s["d" + key] += (1 - beta2) * dW**2
        v_hat = v["d" + key] / (1 - beta1**t)
        s_hat = s["d" + key] / (1 - beta2**t)
        parameters[key] -= learning_rate * v_hat / (np.sqrt(s_hat)
                                                    + epsilon)
    return parameters, v, s


def adam_variant(*, c1=lambda beta1, beta2, t: 1 - beta1**t,
                 c2=lambda beta1, beta2, t: 1 - beta2**t,
                 b1=lambda beta1, beta2: beta1,
                 b2=lambda beta1, beta2: beta2,
                 denominator=lambda s_hat, eps: np.sqrt(s_hat) + eps,
                 use_v_hat=True, in_place=False, state_key="d"):
    """A learner's Adam step, the lesson's equations with one change."""
    def update(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
               beta2=0.999, epsilon=1e-8):
        new = parameters if in_place else {}
        new_v, new_s = (v, s) if in_place else ({}, {})
        for key, W in list(parameters.items()):
            dW = grads["d" + key]
            beta_v, beta_s = b1(beta1, beta2), b2(beta1, beta2)
            v_dW = beta_v * v[state_key + key] + (1 - beta_v) * dW
            s_dW = beta_s * s[state_key + key] + (1 - beta_s) * dW**2
            v_hat = v_dW / c1(beta1, beta2, t)
            s_hat = s_dW / c2(beta1, beta2, t)
            step = v_hat if use_v_hat else dW
            new[key] = W - learning_rate * step / denominator(s_hat, epsilon)
            new_v["d" + key], new_s["d" + key] = v_dW, s_dW
        return new, new_v, new_s
    return update


def adam_t_from_zero(parameters, grads, v, s, t, learning_rate=0.01,
                     beta1=0.9, beta2=0.999, epsilon=1e-8):
    t = t + 1  # "t starts at 0"
    new, new_v, new_s = {}, {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW**2
        v_hat = new_v["d" + key] / (1 - beta1**t)
        s_hat = new_s["d" + key] / (1 - beta2**t)
        new[key] = W - learning_rate * v_hat / (np.sqrt(s_hat) + epsilon)
    return new, new_v, new_s


def adam_without_correction(parameters, grads, v, s, t, learning_rate=0.01,
                            beta1=0.9, beta2=0.999, epsilon=1e-8):
    new, new_v, new_s = {}, {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW**2
        new[key] = W - learning_rate * new_v["d" + key] / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new, new_v, new_s


# ------------------------------------------------- Lesson 9: softmax

def softmax_keepdims(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def softmax_broadcast(z):
    e = np.exp(z - z.max(axis=0))  # (m,) lines up with the columns
    return e / e.sum(axis=0)


def softmax_log_sum_exp(z):
    shifted = z - z.max(axis=0, keepdims=True)
    return np.exp(shifted - np.log(np.exp(shifted).sum(axis=0)))


def softmax_over_examples(z):
    e = np.exp(z - np.max(z, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


def softmax_sum_without_keepdims(z):
    e = np.exp(z - np.max(z, axis=0))
    return e / np.sum(e, axis=1)


def softmax_sum_of_everything(z):
    e = np.exp(z - np.max(z))
    return e / np.sum(e)


def softmax_unnormalised(z):
    return np.exp(z - np.max(z, axis=0, keepdims=True))


def softmax_row_max(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def softmax_global_max(z):
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=0, keepdims=True)


def softmax_naive(z):
    return np.exp(z) / np.sum(np.exp(z), axis=0, keepdims=True)


def softmax_pairwise(z):
    # a_k = 1 / sum_j exp(z_j - z_k): right values, but exp(2000) warns
    return 1 / np.sum(np.exp(z[np.newaxis, :, :] - z[:, np.newaxis, :]),
                      axis=1)


def softmax_in_place(z):
    z -= np.max(z, axis=0, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=0, keepdims=True)


# ------------------------------------------------- Lesson 9: one-hot

def one_hot_eye(y, n_classes):
    return np.eye(n_classes)[:, y]


def one_hot_fancy_index(y, n_classes):
    m = y.shape[0]
    Y = np.zeros((n_classes, m))
    Y[y, np.arange(m)] = 1
    return Y


def one_hot_integers(y, n_classes):
    return (np.arange(n_classes).reshape(-1, 1) == y).astype(int)


def one_hot_booleans(y, n_classes):
    return np.arange(n_classes)[:, np.newaxis] == y


def one_hot_labels(y, n_classes):
    return y.reshape(1, -1)


def one_hot_rows(y, n_classes):
    Y = np.zeros((len(y), n_classes))
    Y[np.arange(len(y)), y] = 1
    return Y


def one_hot_swapped_indices(y, n_classes):
    Y = np.zeros((n_classes, y.size))
    Y[np.arange(y.size), y] = 1
    return Y


def one_hot_from_1(y, n_classes):
    Y = np.zeros((n_classes, len(y)))
    Y[y - 1, np.arange(len(y))] = 1
    return Y


def one_hot_plus_1(y, n_classes):
    return (np.arange(n_classes).reshape(-1, 1) == y + 1).astype(float)


def one_hot_classes_seen(y, n_classes):
    return np.eye(y.max() + 1)[:, y]


def one_hot_multi_hot(y, n_classes):
    Y = np.zeros(n_classes)
    Y[y] = 1
    return Y


# ------------------------------------------ Lesson 9: categorical cost

def cost_softmax_sum(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2)) / m)


def cost_softmax_per_example(A2, Y):
    losses = -np.sum(Y * np.log(A2), axis=0)
    return float(np.mean(losses))


def cost_softmax_true_class(A2, Y):
    m = Y.shape[1]
    return -np.mean(np.log(A2[np.argmax(Y, axis=0), np.arange(m)]))


def cost_softmax_losses(A2, Y):
    m = Y.shape[1]
    return -np.sum(Y * np.log(A2), axis=0) / m


def cost_softmax_binary(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)


def cost_softmax_no_mean(A2, Y):
    return -np.sum(Y * np.log(A2))


def cost_softmax_mean_of_entries(A2, Y):
    return float(-np.mean(Y * np.log(A2)))


def cost_softmax_sign(A2, Y):
    m = Y.shape[1]
    return float(np.sum(Y * np.log(A2)) / m)


# ------------------------------------ Lesson 9: softmax backpropagation

def backward_softmax_in_place(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"]
    dZ2 -= Y
    dW2 = dZ2 @ cache["A1"].T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = parameters["W2"].T @ dZ2 * (cache["Z1"] > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_softmax_diagonal(parameters, cache, X, Y):
    m = X.shape[1]
    A2 = cache["A2"]
    dA2 = -Y / A2
    dZ2 = dA2 * A2 * (1 - A2)  # as if softmax were a sigmoid per entry
    dW2 = dZ2 @ cache["A1"].T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = parameters["W2"].T @ dZ2 * (cache["Z1"] > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_softmax_twice(parameters, cache, X, Y):
    m = X.shape[1]
    A2 = cache["A2"]
    dZ2 = (A2 - Y) * A2 * (1 - A2)
    dW2 = dZ2 @ cache["A1"].T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = parameters["W2"].T @ dZ2 * (cache["Z1"] > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


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
    (check_random_mini_batches, snippets.random_mini_batches),
    (check_random_mini_batches, batches_course_style),
    (check_random_mini_batches, batches_split),
    (check_random_mini_batches, batches_comprehension),
    (check_update_parameters_with_momentum,
     snippets.update_parameters_with_momentum),
    (check_update_parameters_with_momentum, momentum_loop),
    (check_update_parameters_with_momentum, momentum_comprehension),
    (check_update_parameters_with_rmsprop,
     snippets.update_parameters_with_rmsprop),
    (check_update_parameters_with_rmsprop, rmsprop_loop),
    (check_update_parameters_with_rmsprop, rmsprop_comprehension),
    (check_update_parameters_with_adam, snippets.update_parameters_with_adam),
    (check_update_parameters_with_adam, adam_corrected_dicts),
    (check_update_parameters_with_adam, adam_deepcopy),
    (check_softmax, snippets.softmax),
    (check_softmax, softmax_keepdims),
    (check_softmax, softmax_broadcast),
    (check_softmax, softmax_log_sum_exp),
    (check_one_hot, snippets.one_hot),
    (check_one_hot, one_hot_eye),
    (check_one_hot, one_hot_fancy_index),
    (check_one_hot, one_hot_integers),
    (check_one_hot, one_hot_booleans),
    (check_compute_cost_softmax, snippets.compute_cost_softmax),
    (check_compute_cost_softmax, cost_softmax_sum),
    (check_compute_cost_softmax, cost_softmax_per_example),
    (check_compute_cost_softmax, cost_softmax_true_class),
    # dZ2 = A2 - Y again: Lesson 7's backward pass is already right
    (check_backward_propagation_softmax,
     snippets.backward_propagation_softmax),
    (check_backward_propagation_softmax, backward_matmul),
    (check_backward_propagation_softmax, backward_dot),
    (check_backward_propagation_softmax, backward_einsum_in_place),
]

CORRECT += selfcheck_deep_cases.CORRECT  # Lessons 10 and 11
CORRECT += selfcheck_learners_cat67.CORRECT  # Lessons 6 and 7

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
    (check_random_mini_batches, batches_shuffled_in_place,
     "shuffled in place", "shuffles X and Y itself"),
    (check_random_mini_batches, batches_rows_as_examples,
     "rows taken as examples", "one example per column"),
    (check_random_mini_batches, batches_row_slices,
     "rows taken as examples", "X.T layout"),
    (check_random_mini_batches, batches_without_remainder,
     "remainder dropped", "leave out the last m % mini_batch_size"),
    (check_random_mini_batches, batches_empty_last,
     "empty last mini-batch", "only if m % mini_batch_size != 0"),
    (check_random_mini_batches, batches_two_permutations,
     "X and Y shuffled separately", "lose their labels"),
    (check_random_mini_batches, batches_unshuffled, "no shuffle",
     "keep the examples in X's order"),
    (check_random_mini_batches, batches_unseeded, "seed ignored",
     "np.random.default_rng(seed)"),
    (check_random_mini_batches, batches_global_seed, "NumPy's global seed",
     "calls np.random.seed"),
    (check_random_mini_batches, batches_global_shuffle,
     "NumPy's global generator", "np.random.shuffle"),
    (check_random_mini_batches, batches_without_seed_argument,
     "wrong signature", "random_mini_batches(X, Y, mini_batch_size, seed)"),
    (check_update_parameters_with_momentum, momentum_in_place,
     "updated in place", "changes parameters and v, which it was given"),
    (check_update_parameters_with_momentum, momentum_reads_W_key,
     "unknown key", "reads the key 'W1'"),
    (check_update_parameters_with_momentum, momentum_sum, "v not averaged",
     "v = beta * v + dW"),
    (check_update_parameters_with_momentum,
     momentum_variant(lambda beta: 1 - beta, lambda beta: beta),
     "(1 - beta) on the wrong term", "beta weighs the old velocity"),
    (check_update_parameters_with_momentum, momentum_steps_with_dW,
     "step with dW", "steps along the average"),
    (check_update_parameters_with_momentum,
     momentum_variant(lambda beta: beta, lambda beta: 1 - beta, sign=1),
     "gradient ascent", "uphill"),
    (check_update_parameters_with_rmsprop, rmsprop_variant(in_place=True),
     "updated in place", "changes parameters and s, which it was given"),
    (check_update_parameters_with_rmsprop,
     rmsprop_variant(state_key=lambda key: key), "unknown key",
     "reads the key 'W1'"),
    (check_update_parameters_with_rmsprop, rmsprop_without_sqrt,
     "sqrt forgotten", "divides by s itself"),
    (check_update_parameters_with_rmsprop, rmsprop_variant(inside=True),
     "epsilon inside the sqrt", "np.sqrt(s) + epsilon"),
    (check_update_parameters_with_rmsprop, rmsprop_adagrad,
     "s not averaged (AdaGrad)", "AdaGrad"),
    (check_update_parameters_with_adam, adam_variant(in_place=True),
     "updated in place", "changes parameters, v and s, which it was given"),
    (check_update_parameters_with_adam, adam_variant(state_key=""),
     "unknown key", "reads the key 'W1'"),
    (check_update_parameters_with_adam, adam_without_correction,
     "no bias correction", "v_hat = v / (1 - beta1**t)"),
    (check_update_parameters_with_adam,
     adam_variant(c1=lambda beta1, beta2, t: 1 - beta1**(t - 1),
                  c2=lambda beta1, beta2, t: 1 - beta2**(t - 1)),
     "bias correction with t - 1", "divides by 0 at the first step"),
    (check_update_parameters_with_adam, adam_t_from_zero,
     "bias correction with t + 1", "as if t counted from 0"),
    (check_update_parameters_with_adam,
     adam_variant(denominator=lambda s_hat, eps: np.sqrt(s_hat + eps)),
     "epsilon inside the sqrt", "np.sqrt(s_hat) + epsilon"),
    (check_update_parameters_with_adam,
     adam_variant(denominator=lambda s_hat, eps: s_hat + eps),
     "sqrt forgotten", "divides by s_hat itself"),
    (check_update_parameters_with_adam,
     adam_variant(b1=lambda beta1, beta2: beta2,
                  b2=lambda beta1, beta2: beta1),
     "beta1 and beta2 swapped", "trade places"),
    (check_update_parameters_with_adam,
     adam_variant(b1=lambda beta1, beta2: beta2,
                  b2=lambda beta1, beta2: beta1,
                  c1=lambda beta1, beta2, t: 1 - beta2**t,
                  c2=lambda beta1, beta2, t: 1 - beta1**t),
     "beta1 and beta2 swapped", "beta2 (0.999) their squares"),
    (check_update_parameters_with_adam, adam_variant(use_v_hat=False),
     "step with dW", "the step uses dW"),
    (check_softmax, softmax_over_examples,
     "softmax over the examples (axis 1)", "each row sum to 1"),
    (check_softmax, softmax_sum_without_keepdims, "sum without keepdims",
     "mixes examples when n_y = m"),
    (check_softmax, softmax_sum_of_everything, "sum over all entries",
     "sum of all n_y * m entries"),
    (check_softmax, softmax_unnormalised, "not normalised",
     "without dividing by their sum"),
    (check_softmax, softmax_row_max, "max over axis 1",
     "each row's max (axis=1)"),
    (check_softmax, softmax_global_max, "max of the whole array",
     "0 / 0 = NaN"),
    (check_softmax, softmax_naive, "no max subtraction",
     "np.exp(1000) overflows"),
    (check_softmax, softmax_pairwise, "overflow in exp",
     "overflows on scores near 1000"),
    (check_softmax, softmax_in_place, "z changed in place",
     "the caller's Z2"),
    (check_one_hot, one_hot_labels, "labels not one-hot",
     "returns the labels y as they are, shape (1, 5)"),
    (check_one_hot, one_hot_rows, "transposed", "one example per row"),
    (check_one_hot, one_hot_swapped_indices, "row and column swapped",
     "Y[y, np.arange(m)] = 1"),
    (check_one_hot, one_hot_from_1, "off by one", "in row y - 1 instead"),
    (check_one_hot, one_hot_plus_1, "off by one", "in row y + 1 instead"),
    (check_one_hot, one_hot_classes_seen, "n_classes ignored",
     "2 rows on a case with n_classes = 4 and y = [1]"),
    (check_one_hot, one_hot_multi_hot, "1-D result",
     "your Y is 1-D, shape (3,)"),
    (check_compute_cost_softmax, cost_softmax_losses,
     "array instead of float", "array of shape (5,)"),
    (check_compute_cost_softmax, cost_softmax_binary,
     "binary cross-entropy", "(1 - Y) * np.log(1 - A2)"),
    (check_compute_cost_softmax, cost_softmax_no_mean,
     "sum instead of mean", "m times too large"),
    (check_compute_cost_softmax, cost_softmax_mean_of_entries,
     "mean over all entries", "n_y times too small"),
    (check_compute_cost_softmax, cost_softmax_sign, "wrong sign",
     "minus sign"),
    (check_backward_propagation_softmax, backward_lowercase_cache_key,
     "unknown key", "reads the key 'a1'"),
    (check_backward_propagation_softmax, backward_lowercase_keys,
     "grads keys", "keys dw1, db1, dw2, db2"),
    (check_backward_propagation_softmax, backward_softmax_in_place,
     "inputs changed in place", "changes cache, which it was given"),
    (check_backward_propagation_softmax, backward_variant(keepdims=False),
     "sums without keepdims", "(n_y, 1) like b2"),
    (check_backward_propagation_softmax, backward_softmax_diagonal,
     "softmax derivative's diagonal only", "wrong classes get no gradient"),
    (check_backward_propagation_softmax, backward_softmax_twice,
     "output derivative applied again", "the softmax's included"),
    (check_backward_propagation_softmax, backward_no_derivative,
     "ReLU derivative missing", "dZ1 equals dA1"),
    (check_backward_propagation_softmax, backward_tanh_derivative,
     "tanh derivative", "1 - A1**2"),
    (check_backward_propagation_softmax,
     backward_variant(slope=lambda Z1, A1: A1 * (1 - A1)),
     "sigmoid derivative", "A1 * (1 - A1)"),
    (check_backward_propagation_softmax, backward_variant(average=False),
     "no 1/m", "m times too large"),
    (check_backward_propagation_softmax, backward_variant(dZ2_sign=-1),
     "dZ2 sign", "not Y - A2"),
    (check_backward_propagation_softmax, backward_variant(dW2_input="Z1"),
     "Z1 where A1 belongs", "dW2 uses Z1"),
    (check_backward_propagation_softmax, backward_X_not_transposed,
     "X not transposed", "dW1 = dZ1 @ X.T / m"),
    (check_backward_propagation_softmax, backward_A1_not_transposed,
     "A1 not transposed", "of shape (n_y, n_h)"),
    (check_backward_propagation_softmax, backward_W2_not_transposed,
     "W2 not transposed", "dA1 = W2.T @ dZ2"),
]
MISTAKES += selfcheck_deep_cases.MISTAKES  # Lessons 10 and 11

# the mistakes of issue 18, written as learners write them, in their own
# module with their near misses
MISTAKES += MORE_MISTAKES
# and those that only the generic diagnoses name (issue 18)
MISTAKES += GENERIC_MISTAKES
MISTAKES += selfcheck_learners_cat1011.MORE_MISTAKES  # Lessons 10-11
MISTAKES += selfcheck_learners_cat67.MORE_MISTAKES  # Lessons 6 and 7
# right for two layers, but the update takes any depth (Lesson 10)
MISTAKES += [
    (check_update_parameters_nn, update_comprehension, "two layers only",
     "leaves W3 and b3 out"),
    (check_update_parameters_nn, update_deepcopy_in_place, "two layers only",
     "returns W3 and b3 as they were"),
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
    # a mistake that draws from NumPy's global generator must not depend
    # on the state this test session left it in (1 run in 6 drew the
    # identity permutation and read as "no shuffle")
    np.random.seed(0)
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
    run = Run(spec, spec.reference)
    assert [m.name for m in spec.mistakes if m.detect(run)] == []


def test_report_reads_like_the_example():
    """Header, ok/FAIL lines, expected/got rows and the likely mistake."""
    text = str(check_forward_propagation_nn(forward_no_b2))
    lines = text.splitlines()
    assert lines[0] == "check_forward_propagation_nn: 6 of 7 checks passed"
    assert lines[1].startswith("  ok   returns (A2, cache)")
    assert re.search(
        r"\n  FAIL values: 2 outputs differ, A2 and Z2\n"
        r"       A2 differs on case \(3, 4, 5\), max \|diff\| "
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


# ------------------------------------------- Lesson 8: mini-batches, steps

def test_mini_batch_bonus_only_for_the_course_order():
    """Any shuffle passes; the course's own order earns a bonus line."""
    for fn in (snippets.random_mini_batches, batches_comprehension,
               batches_split):
        assert "bonus: the same mini-batches" in str(
            check_random_mini_batches(fn))
    report = check_random_mini_batches(batches_course_style)
    assert report and "bonus" not in str(report)


def test_one_seed_in_order_is_not_a_missing_shuffle():
    """X's own order is a possible shuffle: it fails only for two seeds."""
    def shuffles_except_seed_1(X, Y, mini_batch_size, seed):
        if seed == 1:
            return batches_unshuffled(X, Y, mini_batch_size, seed)
        return batches_comprehension(X, Y, mini_batch_size, seed)

    report = check_random_mini_batches(shuffles_except_seed_1)
    assert report, str(report)
    assert check_random_mini_batches(batches_unshuffled).mistake == \
        "no shuffle"


@pytest.mark.parametrize("fn, step", [
    (adam_variant(use_v_hat=False), "t = 2"),  # v_hat = dW at t = 1
    (adam_variant(b1=lambda beta1, beta2: beta2,
                  b2=lambda beta1, beta2: beta1,
                  c1=lambda beta1, beta2, t: 1 - beta2**t,
                  c2=lambda beta1, beta2, t: 1 - beta1**t), "t = 1"),
    (adam_t_from_zero, "t = 1"),
])
def test_optimizer_report_names_the_step(fn, step):
    """Steps carry the state: the report says at which t it differs."""
    text = flat(check_update_parameters_with_adam(fn))
    assert f"differs on case (3, 4, 1) at {step}," in text


def test_adam_defaults_are_checked():
    """One network relies on the defaults: a wrong default fails there."""
    def adam_slow_default(parameters, grads, v, s, t, learning_rate=0.001,
                          beta1=0.9, beta2=0.999, epsilon=1e-8):
        return adam_corrected_dicts(parameters, grads, v, s, t,
                                    learning_rate, beta1, beta2, epsilon)

    report = check_update_parameters_with_adam(adam_slow_default)
    assert not report
    assert "differs on case (2, 3, 2) at t = 1," in flat(report)
    assert report.diagnosis is None


def test_optimizer_float32_stays_float32():
    """float32 parameters and state in, float32 out, else the dtype fails."""
    def momentum_float64(parameters, grads, v, beta, learning_rate):
        return momentum_comprehension(
            {key: np.float64(W) for key, W in parameters.items()}, grads, v,
            beta, learning_rate)

    report = check_update_parameters_with_momentum(momentum_float64)
    assert "FAIL dtype" in str(report)
    assert "is float64 on case (3, 4, 1) float32 at step 2, expected " \
        "float32" in flat(report)


LESSON_8_CHECKS = [check_random_mini_batches,
                   check_update_parameters_with_momentum,
                   check_update_parameters_with_rmsprop,
                   check_update_parameters_with_adam]


@pytest.mark.parametrize("check", LESSON_8_CHECKS,
                         ids=lambda check: check.__name__)
@pytest.mark.parametrize("result", [
    [(np.zeros(3), None)], [("x", [1, [2]])], [(np.zeros((2, 2)),) * 3],
    ({"W1": 1}, {"dW1": "s"}), ({}, {}, None), (None, None, None, None),
], ids=repr)
def test_lesson_8_checks_read_odd_structures(check, result):
    """Batches and state dicts of the wrong kind: a report, no raise."""
    report = check(lambda *args: result)
    assert not report
    assert str(report) and report._repr_html_()


@pytest.mark.parametrize("check", LESSON_8_CHECKS,
                         ids=lambda check: check.__name__)
def test_lesson_8_not_implemented_yet(check):
    """The exercise notebook's placeholder is 'not implemented yet'."""
    def placeholder(*args):
        raise NotImplementedError

    assert "not implemented yet" in check(placeholder).diagnosis



# --------------------------------- Lesson 9: softmax, one-hot, the cost

LESSON_9_CHECKS = [check_softmax, check_one_hot, check_compute_cost_softmax,
                   check_backward_propagation_softmax]


def test_one_hot_dtype_is_a_note_not_a_failure():
    """An int or bool Y passes with a note; the course's float64 none."""
    for fn, dtype in ((one_hot_integers, "int64"), (one_hot_booleans,
                                                     "bool")):
        report = check_one_hot(fn)
        assert report and report.diagnosis is None, str(report)
        assert f"+    your Y is {dtype}, the course's one_hot gives " \
            "float64" in str(report)
    assert "+" not in str(check_one_hot(one_hot_eye))


def test_softmax_overflow_names_the_learners_line():
    """No max subtracted: the warning, where, and the stable form."""
    text = flat(check_softmax(softmax_naive))
    assert "FAIL stable: scores of +-1000 give the right probabilities" \
        in text
    assert "case (3, 4) with scores of +-1000: RuntimeWarning: overflow " \
        "encountered in exp" in text
    assert "return np.exp(z) / np.sum(np.exp(z), axis=0, keepdims=True)" \
        in text
    assert "ok values match the course's softmax" in text


def test_softmax_without_keepdims_shows_the_broadcast_error():
    """axis=1 without keepdims raises on most cases: the line and why."""
    report = check_softmax(softmax_sum_without_keepdims)
    line = softmax_sum_without_keepdims.__code__.co_firstlineno + 2
    assert "case (3, 5): raises ValueError: operands could not be " \
        "broadcast" in flat(report)
    assert f"test_selfcheck.py:{line}: return e / np.sum(e, axis=1)" in \
        flat(report)
    assert report.mistake == "sum without keepdims"


def test_square_case_catches_what_runs():
    """n_y = m = 4: the transposed one-hot has the right shape, not values."""
    report = check_one_hot(one_hot_swapped_indices)
    assert "raises IndexError" in flat(report)
    assert report.mistake == "row and column swapped"
    rows = flat(check_one_hot(one_hot_rows))
    assert "Y has shape (5, 3) on case (3, 5)" in rows


def test_backward_softmax_in_place_is_reported():
    """dZ2 -= Y on the cache's A2: values right, the cache changed."""
    report = check_backward_propagation_softmax(backward_softmax_in_place)
    text = flat(report)
    assert "ok values match the course's backward_propagation_softmax" in \
        text
    assert "FAIL parameters, cache, X and Y are left unchanged" in text
    assert "cache['A2'] changed on case (3, 4, 3, 5)" in text


@pytest.mark.parametrize("check", LESSON_9_CHECKS,
                         ids=lambda check: check.__name__)
def test_lesson_9_not_implemented_yet(check):
    """The exercise notebook's placeholder is 'not implemented yet'."""
    def placeholder(*args):
        raise NotImplementedError

    assert "not implemented yet" in check(placeholder).diagnosis


@pytest.mark.parametrize("check", LESSON_9_CHECKS,
                         ids=lambda check: check.__name__)
def test_lesson_9_checks_leave_numpy_error_settings(check):
    """The checks set np.errstate only inside, and warn nothing outside."""
    before = np.geterr()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check(softmax_naive if check is check_softmax else
              (lambda *args: None))
    assert np.geterr() == before

