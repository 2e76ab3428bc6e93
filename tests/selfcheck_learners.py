"""Learners' functions for the self-check mistakes of issue 18.

Each mistake is written as a learner writes it in an exercise notebook
(a whole function, the course's symbols, one mistake), with the
catalogue entry it must get and a phrase of its diagnosis. The near
misses look like a mistake but have another fault: they must not get
that entry's diagnosis. Used by tests/test_selfcheck.py (which adds
``MORE_MISTAKES`` to its own list) and tests/test_selfcheck_diagnosis.py.
"""

import numpy as np
import selfcheck_fresh as fresh
import selfcheck_learners_cat89 as cat89

from snippets.selfcheck import (
    check_backward_propagation_nn,
    check_compute_cost,
    check_forward_propagation_nn,
    check_initialize_parameters_nn,
    check_random_mini_batches,
    check_relu,
    check_sigmoid,
    check_update_parameters_with_adam,
    check_update_parameters_with_momentum,
    check_update_parameters_with_rmsprop,
)

# ---------------------------------------------------------------- Lesson 6


def sigmoid_abs_only(z):
    e = np.exp(-np.abs(z))  # the stable exponent, but one branch only
    return 1 / (1 + e)


def sigmoid_abs_other_branch(z):
    e = np.exp(-np.abs(z))
    return e / (1 + e)


def sigmoid_abs_branches_swapped(z):
    # near miss: both branches, but swapped: this is sigmoid(-z)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, e / (1 + e), 1 / (1 + e))


def _layers(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    return W1, b1, W2, b2


def forward_cache_first(X, parameters):
    W1, b1, W2, b2 = _layers(X, parameters)
    Z1 = W1 @ X + b1
    A1 = np.maximum(Z1, 0)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return cache, A2


def forward_cache_as_tuple(X, parameters):
    # near miss of "cache and A2 swapped": the order is right
    W1, b1, W2, b2 = _layers(X, parameters)
    Z1 = W1 @ X + b1
    A1 = np.maximum(Z1, 0)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, (Z1, A1, Z2, A2)


def forward_flat_b1(X, parameters):
    W1, W2, b2 = parameters["W1"], parameters["W2"], parameters["b2"]
    b1 = parameters["b1"].flatten()
    Z1 = np.dot(W1, X) + b1
    A1 = np.maximum(0, Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_b1_transposed(X, parameters):
    W1, b1, W2, b2 = _layers(X, parameters)
    Z1 = W1 @ X + b1.T
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_first_bias_only(X, parameters):
    # near miss of "1-D b1": b1[0] is one number added everywhere
    W1, b1, W2, b2 = _layers(X, parameters)
    Z1 = W1 @ X + b1[0]
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


# the learner's own activations, called by the forward pass below
def relu(z):
    return np.where(z > 0, z, 0.01 * z)  # leaky, by mistake


def forward_calls_own_relu(X, parameters):
    W1, b1, W2, b2 = _layers(X, parameters)
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


# ---------------------------------------------------------------- Lesson 7


def cost_floor_division(A2, Y):
    m = Y.shape[1]
    logprobs = Y * np.log(A2) + (1 - Y) * np.log(1 - A2)
    cost = -np.sum(logprobs) // m
    return float(cost)


def cost_one_floor_m(A2, Y):
    m = Y.shape[1]
    cost = -(1 // m) * np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
    return float(cost)


def cost_m_plus_one(A2, Y):
    # near miss of "// instead of /": divides, by the wrong number
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / (m + 1)
    return float(cost)


# ---------------------------------------------------------------- Lesson 8


def _shuffled(X, Y, seed):
    permutation = np.random.default_rng(seed).permutation(X.shape[1])
    return X[:, permutation], Y[:, permutation]


def batches_slice_one_short(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    X_shuffled, Y_shuffled = _shuffled(X, Y, seed)
    mini_batches = []
    for k in range(0, m, mini_batch_size):
        end = k + mini_batch_size - 1  # "the last index of the batch"
        mini_batches.append((X_shuffled[:, k:end], Y_shuffled[:, k:end]))
    return mini_batches


def batches_slice_one_short_rest_apart(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    X_shuffled, Y_shuffled = _shuffled(X, Y, seed)
    num_complete = m // mini_batch_size
    mini_batches = []
    for k in range(num_complete):
        start = k * mini_batch_size
        end = start + mini_batch_size - 1
        mini_batches.append((X_shuffled[:, start:end],
                             Y_shuffled[:, start:end]))
    if m % mini_batch_size != 0:
        start = num_complete * mini_batch_size
        mini_batches.append((X_shuffled[:, start:], Y_shuffled[:, start:]))
    return mini_batches


def batches_always_an_empty_one(X, Y, mini_batch_size, seed):
    # near miss of "empty last mini-batch": empty whatever m is
    m = X.shape[1]
    X_shuffled, Y_shuffled = _shuffled(X, Y, seed)
    mini_batches = [(X_shuffled[:, k:k + mini_batch_size],
                     Y_shuffled[:, k:k + mini_batch_size])
                    for k in range(0, m, mini_batch_size)]
    mini_batches.append((X_shuffled[:, m:], Y_shuffled[:, m:]))
    return mini_batches


def batches_overlapping(X, Y, mini_batch_size, seed):
    # near miss of "slice one short": one column too many
    m = X.shape[1]
    X_shuffled, Y_shuffled = _shuffled(X, Y, seed)
    return [(X_shuffled[:, k:k + mini_batch_size + 1],
             Y_shuffled[:, k:k + mini_batch_size + 1])
            for k in range(0, m, mini_batch_size)]


def batches_column_by_column(X, Y, mini_batch_size, seed):
    # near miss of "rows taken as examples": an IndexError of its own, the
    # last mini-batch taken as full
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    mini_batches = []
    for k in range(0, m, mini_batch_size):
        columns = [permutation[k + j] for j in range(mini_batch_size)]
        mini_batches.append((X[:, columns], Y[:, columns]))
    return mini_batches


def momentum_pytorch(parameters, grads, v, beta, learning_rate):
    parameters, v = dict(parameters), dict(v)
    for key in parameters:
        v["d" + key] = beta * v["d" + key] + grads["d" + key]
        parameters[key] = parameters[key] - learning_rate * v["d" + key]
    return parameters, v


def momentum_pytorch_rescaled(parameters, grads, v, beta, learning_rate):
    # near miss of PyTorch's form: its step is the course's, its v is not
    parameters, v = dict(parameters), dict(v)
    for key in parameters:
        v["d" + key] = beta * v["d" + key] + grads["d" + key]
        parameters[key] = parameters[key] - (1 - beta) * learning_rate \
            * v["d" + key]
    return parameters, v


def momentum_old_velocity(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_parameters[key] = parameters[key] - learning_rate * v["d" + key]
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) \
            * grads["d" + key]
    return new_parameters, new_v


def momentum_old_velocity_summed(parameters, grads, v, beta, learning_rate):
    # near miss: the old velocity, and a v that is not averaged either
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_parameters[key] = parameters[key] - learning_rate * v["d" + key]
        new_v["d" + key] = beta * v["d" + key] + grads["d" + key]
    return new_parameters, new_v


def _rmsprop(square, *, root=np.sqrt):
    def update(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
        new_parameters, new_s = {}, {}
        for key, W in parameters.items():
            dW = grads["d" + key]
            new_s["d" + key] = beta * s["d" + key] + (1 - beta) * square(dW)
            new_parameters[key] = W - learning_rate * dW / (
                root(new_s["d" + key]) + epsilon)
        return new_parameters, new_s
    return update


def rmsprop_abs(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * np.abs(dW)
        new_parameters[key] = W - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


def rmsprop_plain_gradient(parameters, grads, s, beta, learning_rate,
                           epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW
        new_parameters[key] = W - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


# near miss of "|dW| averaged": the square is right, the root is missing
rmsprop_squared_no_root = _rmsprop(np.square, root=lambda s: s)


def _adam(*, square=np.square, store_hats=(False, False)):
    def update(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
               beta2=0.999, epsilon=1e-8):
        new_parameters, new_v, new_s = {}, {}, {}
        for key, W in parameters.items():
            dW = grads["d" + key]
            v_dW = beta1 * v["d" + key] + (1 - beta1) * dW
            s_dW = beta2 * s["d" + key] + (1 - beta2) * square(dW)
            v_hat = v_dW / (1 - beta1**t)
            s_hat = s_dW / (1 - beta2**t)
            new_parameters[key] = W - learning_rate * v_hat / (
                np.sqrt(s_hat) + epsilon)
            new_v["d" + key] = v_hat if store_hats[0] else v_dW
            new_s["d" + key] = s_hat if store_hats[1] else s_dW
        return new_parameters, new_v, new_s
    return update


def adam_stores_hats(parameters, grads, v, s, t, learning_rate=0.01,
                     beta1=0.9, beta2=0.999, epsilon=1e-8):
    v, s = dict(v), dict(s)
    new_parameters = {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW**2
        v["d" + key] = v["d" + key] / (1 - beta1**t)  # corrected in place
        s["d" + key] = s["d" + key] / (1 - beta2**t)
        new_parameters[key] = W - learning_rate * v["d" + key] / (
            np.sqrt(s["d" + key]) + epsilon)
    return new_parameters, v, s


def adam_abs(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
             beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * abs(dW)
        v_hat = new_v["d" + key] / (1 - beta1**t)
        s_hat = new_s["d" + key] / (1 - beta2**t)
        new_parameters[key] = W - learning_rate * v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_v, new_s


def adam_plain_gradient(parameters, grads, v, s, t, learning_rate=0.01,
                        beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW
        v_hat = new_v["d" + key] / (1 - beta1**t)
        s_hat = new_s["d" + key] / (1 - beta2**t)
        new_parameters[key] = W - learning_rate * v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_v, new_s


def adam_without_epsilon(parameters, grads, v, s, t, learning_rate=0.01,
                         beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW**2
        v_hat = new_v["d" + key] / (1 - beta1**t)
        s_hat = new_s["d" + key] / (1 - beta2**t)
        new_parameters[key] = W - learning_rate * v_hat / np.sqrt(s_hat)
    return new_parameters, new_v, new_s


# near miss of "v_hat and s_hat stored": only v_hat is stored
adam_stores_v_hat_only = _adam(store_hats=(True, False))


# (check, the learner's function, catalogue name, phrase the diagnosis has)
MORE_MISTAKES = [
    (check_sigmoid, sigmoid_abs_only, "sign lost with -|z|",
     "loses the sign of z"),
    (check_sigmoid, sigmoid_abs_other_branch, "sign lost with -|z|",
     "np.where(z >= 0, 1, e) / (1 + e)"),
    (check_forward_propagation_nn, forward_cache_first,
     "cache and A2 swapped", "return A2, cache"),
    (check_forward_propagation_nn, forward_flat_b1, "1-D b1",
     "a 1-D b1 of shape (n_h,)"),
    (check_forward_propagation_nn, forward_b1_transposed, "1-D b1",
     "(or b1.T)"),
    (check_forward_propagation_nn, forward_calls_own_relu,
     "a function it calls fails",
     "calls your relu, which fails check_relu: fix relu first"),
    (check_compute_cost, cost_floor_division, "// instead of /",
     "divides with //"),
    (check_compute_cost, cost_one_floor_m, "// instead of /",
     "1 // m is 0"),
    (check_random_mini_batches, batches_slice_one_short, "slice one short",
     "mini_batch_size - 1 examples"),
    (check_random_mini_batches, batches_slice_one_short_rest_apart,
     "slice one short", "X[:, k:k + mini_batch_size]"),
    (check_update_parameters_with_momentum, momentum_pytorch,
     "v not averaged", "PyTorch's form"),
    (check_update_parameters_with_momentum, momentum_old_velocity,
     "step with the old velocity", "the velocity passed in"),
    (check_update_parameters_with_rmsprop, rmsprop_abs,
     "|dW| averaged, not dW**2", "averages |dW|"),
    (check_update_parameters_with_rmsprop, rmsprop_plain_gradient,
     "dW averaged, not dW**2", "averages dW itself"),
    (check_update_parameters_with_adam, adam_stores_hats,
     "v_hat and s_hat stored", "return v_hat and s_hat"),
    (check_update_parameters_with_adam, adam_abs,
     "|dW| averaged, not dW**2", "averages |dW|"),
    (check_update_parameters_with_adam, adam_plain_gradient,
     "dW averaged, not dW**2", "averages dW itself"),
    # entries added for mistakes of the fresh set that had no name
    (check_sigmoid, fresh.sigmoid_minus_in_denominator,
     "minus in the denominator", "1 / (1 + np.exp(-z))"),
    (check_relu, fresh.relu_abs, "absolute value", "returns |z|"),
    (check_initialize_parameters_nn, fresh.init_tenth,
     "weights scaled wrong", "standard deviation 0.1"),
    (check_compute_cost, fresh.cost_labels_in_log,
     "log(A2) in the (1 - y) term", "np.log(1 - A2)"),
    (check_backward_propagation_nn, fresh.backward_db1_over_units,
     "db1 summed over the units", "over axis 0"),
    (check_backward_propagation_nn, fresh.backward_dW1_without_m,
     "1/m missing in some gradients", "your dW1 is m times too large"),
    (check_backward_propagation_nn, fresh.backward_dW2_transposed,
     "dW2 transposed", "A1 @ dZ2.T"),
    (check_update_parameters_with_rmsprop, fresh.rmsprop_no_epsilon,
     "epsilon forgotten", "np.sqrt(s) alone"),
    (check_update_parameters_with_adam, adam_without_epsilon,
     "epsilon forgotten", "np.sqrt(s_hat) alone"),
    (check_update_parameters_with_adam, fresh.adam_divides_by_beta_t,
     "bias correction by beta**t", "divides by beta1**t"),
]


# (check, the learner's function, the entry it must NOT get, the entry it
# gets instead or None when no entry fits)
NEAR_MISSES = [
    (check_sigmoid, sigmoid_abs_branches_swapped, "sign lost with -|z|",
     "sign error"),
    (check_forward_propagation_nn, forward_cache_first, "cache not a dict",
     "cache and A2 swapped"),
    (check_forward_propagation_nn, forward_cache_as_tuple,
     "cache and A2 swapped", "cache not a dict"),
    (check_forward_propagation_nn, forward_first_bias_only, "1-D b1", None),
    (check_compute_cost, cost_m_plus_one, "// instead of /", None),
    (check_random_mini_batches, batches_slice_one_short,
     "empty last mini-batch", "slice one short"),
    (check_random_mini_batches, batches_always_an_empty_one,
     "empty last mini-batch", None),
    (check_random_mini_batches, batches_overlapping, "slice one short",
     None),
    (check_random_mini_batches, batches_column_by_column,
     "rows taken as examples", None),
    (check_update_parameters_with_momentum, momentum_pytorch_rescaled,
     "v not averaged", None),
    (check_update_parameters_with_momentum, momentum_old_velocity_summed,
     "step with the old velocity", None),
    (check_update_parameters_with_rmsprop, rmsprop_squared_no_root,
     "|dW| averaged, not dW**2", "sqrt forgotten"),
    (check_update_parameters_with_adam, adam_stores_v_hat_only,
     "v_hat and s_hat stored", None),
]

# Lessons 8 and 9's further entries, in their own module (branch cat89)
MORE_MISTAKES += cat89.MORE_MISTAKES
NEAR_MISSES += cat89.NEAR_MISSES
