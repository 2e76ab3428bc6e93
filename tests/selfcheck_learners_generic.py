"""Learners' mistakes that no catalogue entry names, but the evidence does.

The generic diagnoses of snippets/selfcheck/_engine/generic.py read the
outputs only (an output c times the course's, transposed, another
value, 1 - p, one column off; parts in another order; another dtype).
Each mistake below is written as a learner writes it, one mistake in a
whole function; ``MORE_MISTAKES`` (check, function, generic name, phrase
of the diagnosis) joins tests/test_selfcheck.py's list, ``NEAR_MISSES``
(check, function, the name it must not get, the name it gets or None)
joins tests/test_selfcheck_diagnosis.py's.
"""

import numpy as np

from snippets.selfcheck import (
    check_backward_propagation_deep,
    check_backward_propagation_nn,
    check_backward_propagation_softmax,
    check_compute_cost,
    check_compute_cost_softmax,
    check_forward_propagation_deep,
    check_forward_propagation_nn,
    check_one_hot,
    check_relu,
    check_softmax,
    check_update_parameters_nn,
    check_update_parameters_with_adam,
    check_update_parameters_with_momentum,
    check_update_parameters_with_rmsprop,
)

# ------------------------------------------------------ an output scaled


def cost_log10(A2, Y):
    m = Y.shape[1]
    logprobs = Y * np.log10(A2) + (1 - Y) * np.log10(1 - A2)
    return float(-np.sum(logprobs) / m)


def cost_softmax_over_rows(A2, Y):
    n = Y.shape[0]  # meant the examples, got the classes
    return float(-np.sum(Y * np.log(A2)) / n)


def backward_softmax_dW1_without_m(parameters, cache, X, Y):
    m = X.shape[1]
    W2, Z1, A1, A2 = parameters["W2"], cache["Z1"], cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    dW1 = dZ1 @ X.T
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_halved(parameters, cache, X, Y):
    m = X.shape[1]
    W2, Z1, A1, A2 = parameters["W2"], cache["Z1"], cache["A1"], cache["A2"]
    dZ2 = (A2 - Y) / 2  # the 1/2 of a squared error, kept by habit
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


# near miss: twice the course's on the first case only (m = 5)
def backward_doubled_when_m_is_5(parameters, cache, X, Y):
    grads = backward_halved(parameters, cache, X, Y)
    factor = 4 if X.shape[1] == 5 else 2
    return {key: factor * grad for key, grad in grads.items()}


# near miss: dW1 m times too large, and dW2 wrong another way
def backward_softmax_two_faults(parameters, cache, X, Y):
    grads = backward_softmax_dW1_without_m(parameters, cache, X, Y)
    grads["dW2"] = grads["dW2"] + 0.1
    return grads


# ------------------------------------------------------- a step scaled


def adam_without_learning_rate(parameters, grads, v, s, t,
                               learning_rate=0.01, beta1=0.9, beta2=0.999,
                               epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        d = "d" + key
        new_v[d] = beta1 * v[d] + (1 - beta1) * grads[d]
        new_s[d] = beta2 * s[d] + (1 - beta2) * grads[d] ** 2
        v_hat = new_v[d] / (1 - beta1**t)
        s_hat = new_s[d] / (1 - beta2**t)
        new_parameters[key] = parameters[key] - v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_v, new_s


def rmsprop_uphill(parameters, grads, s, beta, learning_rate,
                   epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = parameters[key] + learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


# near miss: a step twice too long on one case only
def rmsprop_double_step_once(parameters, grads, s, beta, learning_rate,
                             epsilon=1e-8):
    rate = 2 * learning_rate if parameters["W1"].shape == (4, 3) \
        else learning_rate
    new_parameters, new_s = rmsprop_uphill(parameters, grads, s, beta,
                                           -rate, epsilon)
    return new_parameters, new_s


# ------------------------------------------ right values, an axis lost


def forward_deep_flat_output(X, parameters):
    caches, A = [], X
    L = len(parameters) // 2
    for layer in range(1, L + 1):
        Z = parameters[f"W{layer}"] @ A + parameters[f"b{layer}"]
        caches.append({"A_prev": A, "Z": Z})
        A = 1 / (1 + np.exp(-Z)) if layer == L else np.maximum(0, Z)
        caches[-1]["A"] = A
    return A.ravel(), caches  # "a vector of predictions"


# near miss: flat, and its values wrong too
def forward_deep_flat_relu_output(X, parameters):
    AL, caches = forward_deep_flat_output(X, parameters)
    return np.maximum(0, caches[-1]["Z"]).ravel(), caches


# ------------------------------------------------- an output transposed


def backward_softmax_dW1_backwards(parameters, cache, X, Y):
    m = X.shape[1]
    W2, Z1, A1, A2 = parameters["W2"], cache["Z1"], cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    dW1 = X @ dZ1.T / m  # the factors swapped: (n_x, n_h)
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_deep_dW_backwards(parameters, caches, X, Y):
    grads = {}
    L = len(caches)
    m = X.shape[1]
    AL = caches[-1]["A"]
    dZ = AL - Y
    for layer in range(L, 0, -1):
        cache = caches[layer - 1]
        grads[f"dW{layer}"] = cache["A_prev"] @ dZ.T / m  # swapped
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:
            dA_prev = parameters[f"W{layer}"].T @ dZ
            dZ = dA_prev * (caches[layer - 2]["Z"] > 0)
    return grads


def backward_deep_output_bias_summed(parameters, caches, X, Y):
    grads = {}
    L = len(caches)
    m = X.shape[1]
    dZ = caches[-1]["A"] - Y
    grads[f"dW{L}"] = dZ @ caches[-1]["A_prev"].T / m
    grads[f"db{L}"] = np.sum(dZ, axis=1, keepdims=True)  # no / m
    for layer in range(L - 1, 0, -1):
        dA = parameters[f"W{layer + 1}"].T @ dZ
        dZ = dA * (caches[layer - 1]["Z"] > 0)
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
    return grads


# near miss: transposed and scaled at once
def backward_softmax_dW1_backwards_sum(parameters, cache, X, Y):
    grads = backward_softmax_dW1_backwards(parameters, cache, X, Y)
    grads["dW1"] = grads["dW1"] * X.shape[1]
    return grads


# ------------------------------------- another output's or an input's value


def momentum_bias_velocity_kept(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, dict(v)
    for key in parameters:
        dW = grads["d" + key]
        velocity = beta * v["d" + key] + (1 - beta) * dW
        if key.startswith("W"):  # forgot to store the biases' velocity
            new_v["d" + key] = velocity
        new_parameters[key] = parameters[key] - learning_rate * velocity
    return new_parameters, new_v


def rmsprop_returns_old_s(parameters, grads, s, beta, learning_rate,
                          epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = parameters[key] - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, s  # the old s


def adam_v_twice(parameters, grads, v, s, t, learning_rate=0.01,
                 beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        d = "d" + key
        new_v[d] = beta1 * v[d] + (1 - beta1) * grads[d]
        new_s[d] = beta2 * s[d] + (1 - beta2) * grads[d] ** 2
        v_hat = new_v[d] / (1 - beta1**t)
        s_hat = new_s[d] / (1 - beta2**t)
        new_parameters[key] = parameters[key] - learning_rate * v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_v, new_v  # a typo: new_v for new_s


# near miss: the biases' velocity kept, and the weights' step unscaled
def momentum_bias_velocity_kept_no_rate(parameters, grads, v, beta,
                                        learning_rate):
    new_parameters, new_v = momentum_bias_velocity_kept(
        parameters, grads, v, beta, 1.0)
    return new_parameters, new_v


# ------------------------------------------------------------ all zeros


def backward_deep_loop_never_runs(parameters, caches, X, Y):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    for layer in range(1, L + 1):
        grads[f"dW{layer}"] = np.zeros_like(parameters[f"W{layer}"])
        grads[f"db{layer}"] = np.zeros_like(parameters[f"b{layer}"])
    dZ = caches[-1]["A"] - Y
    for layer in range(L, 0):  # counts up from L: never runs
        cache = caches[layer - 1]
        grads[f"dW{layer}"] = dZ @ cache["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        dZ = parameters[f"W{layer}"].T @ dZ * (cache["A_prev"] > 0)
    return grads


# near miss: zeros except for the last layer, which is right
def backward_deep_last_layer_only(parameters, caches, X, Y):
    grads = backward_deep_loop_never_runs(parameters, caches, X, Y)
    L = len(caches)
    dZ = caches[-1]["A"] - Y
    grads[f"dW{L}"] = dZ @ caches[-1]["A_prev"].T / X.shape[1]
    grads[f"db{L}"] = np.sum(dZ, axis=1, keepdims=True) / X.shape[1]
    grads["dW1"] = grads["dW1"] + 1.0  # and dW1 something else again
    return grads


# --------------------------------------------------- 1 - the course's


def forward_sigmoid_of_minus_Z2(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(Z2))  # the minus sign lost
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


# near miss: 1 - A2 only when m = 5
def forward_flipped_when_m_is_5(X, parameters):
    A2, cache = forward_sigmoid_of_minus_Z2(X, parameters)
    if X.shape[1] != 5:
        A2 = 1 - A2
    return A2, {**cache, "A2": A2}


# ---------------------------------------------- one end column wrong


def one_hot_loop_one_short(y, n_classes):
    m = y.shape[0]
    Y = np.zeros((n_classes, m))
    for i in range(m - 1):  # one short: the last example stays all 0
        Y[y[i], i] = 1
    return Y


def softmax_columns_from_one(z):
    a = np.zeros_like(z)
    a[:, 0] = 1 / z.shape[0]
    for j in range(1, z.shape[1]):  # 1-based, the first column skipped
        e = np.exp(z[:, j] - np.max(z[:, j]))
        a[:, j] = e / np.sum(e)
    return a


# near miss: the last two columns left out
def one_hot_loop_two_short(y, n_classes):
    m = y.shape[0]
    Y = np.zeros((n_classes, m))
    for i in range(m - 2):
        Y[y[i], i] = 1
    return Y


# ------------------------------------------- the parts in another order


def momentum_velocity_first(parameters, grads, v, beta, learning_rate):
    new_v = {key: beta * v[key] + (1 - beta) * grads[key] for key in v}
    new_parameters = {key: W - learning_rate * new_v["d" + key]
                      for key, W in parameters.items()}
    return new_v, new_parameters


def adam_s_before_v(parameters, grads, v, s, t, learning_rate=0.01,
                    beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        d = "d" + key
        new_v[d] = beta1 * v[d] + (1 - beta1) * grads[d]
        new_s[d] = beta2 * s[d] + (1 - beta2) * grads[d] ** 2
        v_hat = new_v[d] / (1 - beta1**t)
        s_hat = new_s[d] / (1 - beta2**t)
        new_parameters[key] = parameters[key] - learning_rate * v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_s, new_v


def forward_deep_caches_first(X, parameters):
    caches, A = [], X
    L = len(parameters) // 2
    for layer in range(1, L + 1):
        Z = parameters[f"W{layer}"] @ A + parameters[f"b{layer}"]
        caches.append({"A_prev": A, "Z": Z})
        A = 1 / (1 + np.exp(-Z)) if layer == L else np.maximum(0, Z)
        caches[-1]["A"] = A
    return caches, A


# near miss: the order swapped and v not updated
def momentum_velocity_first_stale(parameters, grads, v, beta,
                                  learning_rate):
    new_parameters = {key: W - learning_rate * grads["d" + key]
                      for key, W in parameters.items()}
    return v, new_parameters


# ------------------------------------------------ right values, new dtype


def relu_as_float(z):
    z = z.astype(float)  # "to be safe"
    return np.maximum(z, 0)


def update_in_float64(parameters, grads, learning_rate):
    return {key: np.float64(parameters[key]) - learning_rate
            * np.asarray(grads["d" + key], dtype=np.float64)
            for key in parameters}


# near miss: float64 out, and the values wrong too
def relu_as_float_leaky(z):
    z = z.astype(float)
    return np.maximum(z, 0.01 * z)


MORE_MISTAKES = [
    (check_compute_cost, cost_log10,
     "log of another base", "your cost uses np.log10"),
    (check_compute_cost_softmax, cost_softmax_over_rows,
     "divided by n_y", "your cost divides by n_y"),
    (check_backward_propagation_softmax, backward_softmax_dW1_without_m,
     "1/m missing in some gradients", "your dW1 is m times too large"),
    (check_backward_propagation_nn, backward_halved, "output scaled",
     "are half the course's on every case"),
    (check_update_parameters_with_adam, adam_without_learning_rate,
     "learning rate forgotten", "your step leaves out the learning rate"),
    (check_update_parameters_with_rmsprop, rmsprop_uphill, "step scaled",
     "a step uphill"),
    (check_forward_propagation_deep, forward_deep_flat_output,
     "right values, wrong shape", "your AL is right but shaped (5,)"),
    (check_backward_propagation_softmax, backward_softmax_dW1_backwards,
     "dW1 transposed", "your dW1 is X @ dZ1.T, (n_x, n_h)"),
    (check_backward_propagation_deep, backward_deep_dW_backwards,
     "dW transposed", "your dW_l is transposed, A_prev @ dZ.T"),
    (check_backward_propagation_deep, backward_deep_output_bias_summed,
     "output scaled", "your dbL is m times the course's"),
    (check_update_parameters_with_momentum, momentum_bias_velocity_kept,
     "state not stored", "the v['db1'] and v['db2'] you return"),
    (check_update_parameters_with_rmsprop, rmsprop_returns_old_s,
     "state not stored", "the s you return is the one passed in"),
    (check_update_parameters_with_adam, adam_v_twice,
     "another value returned", "s['db2'] are the course's v['dW1']"),
    (check_backward_propagation_deep, backward_deep_loop_never_runs,
     "all zeros", "are all zeros on every case"),
    (check_forward_propagation_nn, forward_sigmoid_of_minus_Z2,
     "activations wrong", "sigmoid(-Z2)"),
    (check_one_hot, one_hot_loop_one_short, "wrong in one column",
     "only the last column of your Y differs"),
    (check_softmax, softmax_columns_from_one, "wrong in one column",
     "only the first column of your softmax(z) differs"),
    (check_update_parameters_with_momentum, momentum_velocity_first,
     "return order", "you return (v, parameters)"),
    (check_update_parameters_with_adam, adam_s_before_v,
     "return order", "you return (parameters, s, v)"),
    (check_forward_propagation_deep, forward_deep_caches_first,
     "caches and AL swapped", "you return caches first"),
    (check_relu, relu_as_float, "dtype changed",
     "relu(z) is float64 on case (4, 5) float32"),
    (check_update_parameters_nn, update_in_float64, "dtype changed",
     "where the course's is float32"),
]


NEAR_MISSES = [
    (check_backward_propagation_deep, backward_deep_last_layer_only,
     "all zeros", None),
    (check_update_parameters_with_rmsprop, rmsprop_double_step_once,
     "step scaled", None),
    (check_forward_propagation_deep, forward_deep_flat_relu_output,
     "right values, wrong shape", None),
    (check_backward_propagation_nn, backward_doubled_when_m_is_5,
     "output scaled", None),
    (check_backward_propagation_softmax, backward_softmax_two_faults,
     "output scaled", None),
    (check_backward_propagation_softmax, backward_softmax_dW1_backwards_sum,
     "output transposed", None),
    (check_update_parameters_with_momentum,
     momentum_bias_velocity_kept_no_rate, "another value returned", None),
    (check_forward_propagation_nn, forward_flipped_when_m_is_5,
     "1 - the output", None),
    (check_one_hot, one_hot_loop_two_short, "wrong in one column", None),
    (check_update_parameters_with_momentum, momentum_velocity_first_stale,
     "parts returned in another order", "return order"),
    (check_relu, relu_as_float_leaky, "dtype changed", "leaky output"),
]
