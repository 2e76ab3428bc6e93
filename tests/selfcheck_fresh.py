"""A fresh set of learners' mistakes across Lessons 6-9, for the self-checks.

Written from the lessons and exercise notebooks as a learner would make
them, one function per mistake, NOT one per catalogue entry: some have no
entry, and a check must then say that nothing fits rather than name a
wrong one. Each comes with the catalogue names that describe it truly
(empty when none does). tests/test_selfcheck_diagnosis.py counts how
many are named and asserts that none is named wrongly.

Against the catalogues as they were when the set was written, 29 of the
43 were named and none wrongly. Nine of the 14 misses then got catalogue
entries of their own (their true names are filled in below), so the set
no longer measures mistakes the catalogues have not seen.
"""

import numpy as np

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

# ---------------------------------------------------------------- sigmoid


def sigmoid_minus_in_denominator(z):
    return 1 / (1 - np.exp(-z))


def sigmoid_exp_ratio(z):
    return np.exp(z) / (1 + np.exp(z))


def sigmoid_as_float(z):
    z = z.astype(float)  # "to be safe"
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------- relu


def relu_into_z(z):
    return np.maximum(z, 0, out=z)


def relu_abs(z):
    return np.abs(z)


def relu_clipped(z):
    return np.clip(z, 0, 1)


# ------------------------------------------------------- initialization


def init_randn(n_x, n_h, n_y):
    return {"W1": np.random.randn(n_h, n_x) * 0.01,
            "b1": np.zeros((n_h, 1)),
            "W2": np.random.randn(n_y, n_h) * 0.01,
            "b2": np.zeros((n_y, 1))}


def init_tenth(n_x, n_h, n_y):
    rng = np.random.default_rng(2)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.1,
            "b1": np.zeros((n_h, 1)),
            "W2": rng.standard_normal((n_y, n_h)) * 0.1,
            "b2": np.zeros((n_y, 1))}


def init_W2_backwards(n_x, n_h, n_y):
    rng = np.random.default_rng(2)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": np.zeros((n_h, 1)),
            "W2": rng.standard_normal((n_h, n_y)) * 0.01,
            "b2": np.zeros((n_y, 1))}


def init_flat_biases(n_x, n_h, n_y):
    rng = np.random.default_rng(2)
    return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
            "b1": np.zeros(n_h),
            "W2": rng.standard_normal((n_y, n_h)) * 0.01,
            "b2": np.zeros(n_y)}


# ---------------------------------------------------------------- forward


def _unpack(parameters):
    return (parameters["W1"], parameters["b1"], parameters["W2"],
            parameters["b2"])


def forward_tanh(X, parameters):
    W1, b1, W2, b2 = _unpack(parameters)
    Z1 = W1 @ X + b1
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_Z1_onwards(X, parameters):
    W1, b1, W2, b2 = _unpack(parameters)
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ Z1 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_X_first(X, parameters):
    W1, b1, W2, b2 = _unpack(parameters)
    Z1 = X @ W1 + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_cache_without_A2(X, parameters):
    W1, b1, W2, b2 = _unpack(parameters)
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2}


def forward_b2_from_b1(X, parameters):
    W1, b1, W2, _ = _unpack(parameters)
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b1[0]  # copy-paste slip
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


# ------------------------------------------------------------------- cost


def cost_positive_term_only(A2, Y):
    return float(-np.mean(Y * np.log(A2)))


def cost_labels_in_log(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(A2)) / m)


def cost_squeezed(A2, Y):
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m
    return np.squeeze(np.array(cost))


def cost_m_from_rows(A2, Y):
    m = A2.shape[0]
    return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)


# --------------------------------------------------------------- backward


def _backward(parameters, cache, X, Y, *, db1_axis=1, dW1_m=True,
              slope=None, dW2_transposed=False):
    m = X.shape[1]
    A1, A2, Z1 = cache["A1"], cache["A2"], cache["Z1"]
    dZ2 = A2 - Y
    dW2 = (A1 @ dZ2.T if dW2_transposed else dZ2 @ A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = parameters["W2"].T @ dZ2 * (Z1 > 0 if slope is None
                                      else slope(A1))
    dW1 = dZ1 @ X.T / (m if dW1_m else 1)
    db1 = np.sum(dZ1, axis=db1_axis, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_db1_over_units(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, db1_axis=0)


def backward_dW1_without_m(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, dW1_m=False)


def backward_tanh_slope(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, slope=lambda A1: 1 - A1**2)


def backward_dW2_transposed(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, dW2_transposed=True)


# ----------------------------------------------------------------- update


def update_grads_by_parameter_name(parameters, grads, learning_rate):
    return {key: W - learning_rate * grads[key]
            for key, W in parameters.items()}


def update_weights_loop(parameters, grads, learning_rate):
    new = dict(parameters)
    for key in ("W1", "W2"):
        new[key] = parameters[key] - learning_rate * grads["d" + key]
    return new


# ----------------------------------------------------------- mini-batches


def batches_floor(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    X, Y = X[:, permutation], Y[:, permutation]
    batches = []
    for k in range(int(np.floor(m / mini_batch_size))):
        part = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        batches.append((X[:, part], Y[:, part]))
    return batches


def batches_rows_permuted(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    X, Y = X[permutation], Y[permutation]
    return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_global_permutation(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.permutation(m)
    X, Y = X[:, permutation], Y[:, permutation]
    return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_Y_left_in_order(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    X = X[:, permutation]  # Y forgotten
    return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


# -------------------------------------------------------------- momentum


def momentum_steps_with_gradient(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key, W in parameters.items():
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
        new_parameters[key] = W - learning_rate * grads["d" + key]
    return new_parameters, new_v


def momentum_plus(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key, W in parameters.items():
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
        new_parameters[key] = W + learning_rate * new_v["d" + key]
    return new_parameters, new_v


def momentum_beta_on_gradient(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key, W in parameters.items():
        new_v["d" + key] = (1 - beta) * v["d" + key] + beta * grads["d" + key]
        new_parameters[key] = W - learning_rate * new_v["d" + key]
    return new_parameters, new_v


# --------------------------------------------------------------- RMSprop


def rmsprop_epsilon_inside(parameters, grads, s, beta, learning_rate,
                           epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = W - learning_rate * dW / np.sqrt(
            new_s["d" + key] + epsilon)
    return new_parameters, new_s


def rmsprop_no_epsilon(parameters, grads, s, beta, learning_rate,
                       epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = W - learning_rate * dW / new_s["d" + key]**0.5
    return new_parameters, new_s


# ------------------------------------------------------------------ Adam


def _adam(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon,
          *, correct, step):
    new_parameters, new_v, new_s = {}, {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW**2
        v_hat = correct(new_v["d" + key], beta1, t)
        s_hat = correct(new_s["d" + key], beta2, t)
        new_parameters[key] = W - step(learning_rate, v_hat, s_hat, epsilon)
    return new_parameters, new_v, new_s


def adam_divides_by_beta_t(parameters, grads, v, s, t, learning_rate=0.01,
                           beta1=0.9, beta2=0.999, epsilon=1e-8):
    return _adam(parameters, grads, v, s, t, learning_rate, beta1, beta2,
                 epsilon, correct=lambda a, beta, t: a / beta**t,
                 step=lambda lr, v, s, e: lr * v / (np.sqrt(s) + e))


def adam_t_minus_one(parameters, grads, v, s, t, learning_rate=0.01,
                     beta1=0.9, beta2=0.999, epsilon=1e-8):
    return _adam(parameters, grads, v, s, t, learning_rate, beta1, beta2,
                 epsilon, correct=lambda a, beta, t: a / (1 - beta**(t - 1)),
                 step=lambda lr, v, s, e: lr * v / (np.sqrt(s) + e))


def adam_epsilon_outside(parameters, grads, v, s, t, learning_rate=0.01,
                         beta1=0.9, beta2=0.999, epsilon=1e-8):
    return _adam(parameters, grads, v, s, t, learning_rate, beta1, beta2,
                 epsilon, correct=lambda a, beta, t: a / (1 - beta**t),
                 step=lambda lr, v, s, e: lr * v / np.sqrt(s) + e)


# --------------------------------------------------------------- Lesson 9


def softmax_whole_sum(z):
    return np.exp(z) / np.sum(np.exp(z))


def one_hot_every_column(y, n_classes):
    Y = np.zeros((n_classes, len(y)))
    Y[y, :] = 1
    return Y


def one_hot_eye_rows(y, n_classes):
    return np.eye(n_classes)[y]


def cost_softmax_total(A2, Y):
    return float(-np.sum(Y * np.log(A2)))


def cost_softmax_mean_of_all(A2, Y):
    return float(-np.mean(Y * np.log(A2)))


def backward_softmax_sigmoid_slope(parameters, cache, X, Y):
    m = X.shape[1]
    A1, A2, Z1 = cache["A1"], cache["A2"], cache["Z1"]
    dZ2 = (A2 - Y) * A2 * (1 - A2)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = parameters["W2"].T @ dZ2 * (Z1 > 0)
    return {"dW1": dZ1 @ X.T / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": dW2, "db2": db2}


# (check, the learner's function, the catalogue names that describe the
# mistake truly: any other name is a wrong diagnosis)
FRESH = [
    (check_sigmoid, sigmoid_minus_in_denominator,
     {"minus in the denominator"}),
    (check_sigmoid, sigmoid_exp_ratio, {"overflow in exp"}),
    # two faults: float32 comes back float64, and exp(-z) overflows at
    # z = -1000; the overflow is named, truly
    (check_sigmoid, sigmoid_as_float, {"overflow in exp"}),
    (check_relu, relu_into_z, {"z changed in place"}),
    (check_relu, relu_abs, {"absolute value"}),
    (check_relu, relu_clipped, {"capped at 1"}),
    (check_initialize_parameters_nn, init_randn,
     {"NumPy's global generator"}),
    (check_initialize_parameters_nn, init_tenth, {"weights scaled wrong"}),
    (check_initialize_parameters_nn, init_W2_backwards,
     {"swapped weight shapes"}),
    (check_initialize_parameters_nn, init_flat_biases, {"1-D biases"}),
    (check_forward_propagation_nn, forward_tanh, {"tanh hidden layer"}),
    (check_forward_propagation_nn, forward_Z1_onwards,
     {"Z1 fed to layer 2"}),
    (check_forward_propagation_nn, forward_X_first,
     {"operands in the wrong order"}),
    (check_forward_propagation_nn, forward_cache_without_A2,
     {"cache keys"}),
    (check_forward_propagation_nn, forward_b2_from_b1, set()),
    (check_compute_cost, cost_positive_term_only, {"(1 - y) term missing"}),
    (check_compute_cost, cost_labels_in_log, {"log(A2) in the (1 - y) term"}),
    (check_compute_cost, cost_squeezed, {"array instead of float"}),
    (check_compute_cost, cost_m_from_rows, {"sum instead of mean"}),
    (check_backward_propagation_nn, backward_db1_over_units,
     {"db1 summed over the units"}),
    (check_backward_propagation_nn, backward_dW1_without_m,
     {"1/m missing in some gradients"}),
    (check_backward_propagation_nn, backward_tanh_slope,
     {"tanh derivative"}),
    (check_backward_propagation_nn, backward_dW2_transposed,
     {"dW2 transposed"}),
    (check_update_parameters_nn, update_grads_by_parameter_name,
     {"unknown key"}),
    (check_update_parameters_nn, update_weights_loop,
     {"biases not updated"}),
    (check_random_mini_batches, batches_floor, {"remainder dropped"}),
    (check_random_mini_batches, batches_rows_permuted,
     {"rows taken as examples"}),
    (check_random_mini_batches, batches_global_permutation,
     {"NumPy's global generator"}),
    (check_random_mini_batches, batches_Y_left_in_order,
     {"X and Y shuffled separately"}),
    (check_update_parameters_with_momentum, momentum_steps_with_gradient,
     {"step with dW"}),
    (check_update_parameters_with_momentum, momentum_plus,
     {"gradient ascent"}),
    (check_update_parameters_with_momentum, momentum_beta_on_gradient,
     {"(1 - beta) on the wrong term"}),
    (check_update_parameters_with_rmsprop, rmsprop_epsilon_inside,
     {"epsilon inside the sqrt"}),
    (check_update_parameters_with_rmsprop, rmsprop_no_epsilon,
     {"epsilon forgotten"}),
    (check_update_parameters_with_adam, adam_divides_by_beta_t,
     {"bias correction by beta**t"}),
    (check_update_parameters_with_adam, adam_t_minus_one,
     {"bias correction with t - 1"}),
    (check_update_parameters_with_adam, adam_epsilon_outside, set()),
    (check_softmax, softmax_whole_sum, {"sum over all entries"}),
    (check_one_hot, one_hot_every_column, {"whole rows set"}),
    (check_one_hot, one_hot_eye_rows, {"transposed"}),
    (check_compute_cost_softmax, cost_softmax_total,
     {"sum instead of mean"}),
    (check_compute_cost_softmax, cost_softmax_mean_of_all,
     {"mean over all entries"}),
    (check_backward_propagation_softmax, backward_softmax_sigmoid_slope,
     {"output derivative applied again"}),
]
