"""Learners' functions for the self-checks of Lessons 8 and 9 (issue 18).

Each is written as a learner writes it from the lesson: a whole
function in the course's symbols with one mistake. ``MORE_MISTAKES``
holds ``(check, function, catalogue name, phrase of the diagnosis)`` and
``NEAR_MISSES`` ``(check, function, entry it must not get, entry it
gets instead or None)``, in the formats of tests/selfcheck_learners.py.
"""

import copy

import numpy as np

from snippets.selfcheck import (
    check_backward_propagation_softmax,
    check_compute_cost_softmax,
    check_one_hot,
    check_random_mini_batches,
    check_softmax,
    check_update_parameters_with_adam,
    check_update_parameters_with_momentum,
    check_update_parameters_with_rmsprop,
)

# ---------------------------------------------------- random_mini_batches


def batches_rows_shuffled(X, Y, mini_batch_size, seed):
    rng = np.random.default_rng(seed)
    permutation = rng.permutation(X.shape[0])  # the features
    shuffled_X = X[permutation, :]
    m = X.shape[1]
    return [(shuffled_X[:, k:k + mini_batch_size],
             Y[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_rows_shuffled_both(X, Y, mini_batch_size, seed):
    rng = np.random.default_rng(seed)
    n_x = X.shape[0]
    permutation = rng.permutation(n_x)
    shuffled_X = X[permutation]
    m = X.shape[1]
    return [(shuffled_X[:, k:k + mini_batch_size],
             Y[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_rest_from_the_end(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(m // mini_batch_size):
        part = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((shuffled_X[:, part], shuffled_Y[:, part]))
    rest = m % mini_batch_size
    mini_batches.append((shuffled_X[:, -rest:], shuffled_Y[:, -rest:]))
    return mini_batches


def batches_rng_permutation_of_X(X, Y, mini_batch_size, seed):
    rng = np.random.default_rng(seed)
    shuffled_X = rng.permutation(X)  # permutes the first axis, the rows
    shuffled_Y = rng.permutation(Y)
    m = X.shape[1]
    return [(shuffled_X[:, k:k + mini_batch_size],
             shuffled_Y[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_rows_and_columns(X, Y, mini_batch_size, seed):
    # near miss of "features shuffled": the columns are shuffled right,
    # and the rows are not moved, but the last batch is dropped
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    X, Y = X[:, permutation], Y[:, permutation]
    return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
            for k in range(0, m - mini_batch_size + 1, mini_batch_size)]


def _batches(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    return [(shuffled_X[:, k:k + mini_batch_size],
             shuffled_Y[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_as_float(X, Y, mini_batch_size, seed):
    X = np.array(X, dtype=float)  # float32 comes back float64
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    X, Y = X[:, permutation], Y[:, permutation].astype(float)
    return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_rest_twice(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    X, Y = X[:, permutation], Y[:, permutation]
    mini_batches = [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
                    for k in range(0, m, mini_batch_size)]
    if m % mini_batch_size != 0:
        start = m // mini_batch_size * mini_batch_size
        mini_batches.append((X[:, start:], Y[:, start:]))
    return mini_batches


def batches_Y_rows(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[permutation]  # the rows of Y
    return [(shuffled_X[:, k:k + mini_batch_size],
             shuffled_Y[:, k:k + mini_batch_size])
            for k in range(0, m, mini_batch_size)]


def batches_Y_first(X, Y, mini_batch_size, seed):
    return [(Y_batch, X_batch) for X_batch, Y_batch in
            _batches(X, Y, mini_batch_size, seed)]


def batches_examples_in_rows(X, Y, mini_batch_size, seed):
    return [(X_batch.T, Y_batch.T) for X_batch, Y_batch in
            _batches(X, Y, mini_batch_size, seed)]


def batches_two_lists(X, Y, mini_batch_size, seed):
    mini_batches_X, mini_batches_Y = [], []
    for X_batch, Y_batch in _batches(X, Y, mini_batch_size, seed):
        mini_batches_X.append(X_batch)
        mini_batches_Y.append(Y_batch)
    return mini_batches_X, mini_batches_Y


def batches_array_split(X, Y, mini_batch_size, seed):
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    count = int(np.ceil(m / mini_batch_size))
    return list(zip(np.array_split(X[:, permutation], count, axis=1),
                    np.array_split(Y[:, permutation], count, axis=1)))


def batches_two_lists_unshuffled(X, Y, mini_batch_size, seed):
    # near miss of "two lists, not pairs": two lists, and no shuffle
    m = X.shape[1]
    return ([X[:, k:k + mini_batch_size] for k in range(0, m,
                                                       mini_batch_size)],
            [Y[:, k:k + mini_batch_size] for k in range(0, m,
                                                       mini_batch_size)])


# --------------------------------------------------------------- momentum


def momentum_v_first(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
        new_parameters[key] = parameters[key] - learning_rate * new_v[
            "d" + key]
    return new_v, new_parameters


def momentum_classic(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_v["d" + key] = beta * v["d" + key] - learning_rate * grads[
            "d" + key]
        new_parameters[key] = parameters[key] + new_v["d" + key]
    return new_parameters, new_v


def momentum_weights_only(parameters, grads, v, beta, learning_rate):
    parameters, v = dict(parameters), dict(v)
    L = len(parameters) // 2
    for layer in range(1, L + 1):
        W, dW = f"W{layer}", f"dW{layer}"
        v[dW] = beta * v[dW] + (1 - beta) * grads[dW]
        parameters[W] = parameters[W] - learning_rate * v[dW]
    return parameters, v


def momentum_last_layer_skipped(parameters, grads, v, beta, learning_rate):
    parameters, v = dict(parameters), dict(v)
    L = len(parameters) // 2
    for layer in range(1, L):  # stops before layer L
        for p in ("W", "b"):
            key = f"{p}{layer}"
            v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
            parameters[key] = parameters[key] - learning_rate * v["d" + key]
    return parameters, v


def momentum_v_not_returned(parameters, grads, v, beta, learning_rate):
    new_parameters = {}
    for key in parameters:
        v_dW = beta * v["d" + key] + (1 - beta) * grads["d" + key]
        new_parameters[key] = parameters[key] - learning_rate * v_dW
    return new_parameters, v


def momentum_no_learning_rate(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
        new_parameters[key] = parameters[key] - new_v["d" + key]
    return new_parameters, new_v


def momentum_rate_first(parameters, grads, v, learning_rate, beta):
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
        new_parameters[key] = parameters[key] - learning_rate * new_v[
            "d" + key]
    return new_parameters, new_v


def momentum_float64(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        dW = np.asarray(grads["d" + key], dtype=np.float64)
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) * dW
        new_parameters[key] = parameters[key] - learning_rate * new_v[
            "d" + key]
    return new_parameters, new_v


def momentum_copied_line(parameters, grads, v, beta, learning_rate):
    parameters, v = copy.deepcopy(parameters), copy.deepcopy(v)
    L = len(parameters) // 2
    for i in range(1, L + 1):
        v["dW" + str(i)] = beta * v["dW" + str(i)] + (1 - beta) * grads[
            "dW" + str(i)]
        v["db" + str(i)] = beta * v["db" + str(i)] + (1 - beta) * grads[
            "dW" + str(i)]  # copied from the line above
        parameters["W" + str(i)] -= learning_rate * v["dW" + str(i)]
        parameters["b" + str(i)] = parameters["b" + str(i)] - (
            learning_rate * v["db" + str(i)])
    return parameters, v


def momentum_returns_grads(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
        new_parameters[key] = parameters[key] - learning_rate * new_v[
            "d" + key]
    return new_parameters, new_v, grads


def momentum_as_dict(parameters, grads, v, beta, learning_rate):
    # near miss of "return order": one dict, not a tuple in another order
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
        new_parameters[key] = parameters[key] - learning_rate * new_v[
            "d" + key]
    return {"parameters": new_parameters, "v": new_v}


def momentum_nothing_done(parameters, grads, v, beta, learning_rate):
    # near miss of "parameters not updated": v is wrong too (never updated)
    return dict(parameters), dict(v)


def momentum_fresh_v(parameters, grads, v, beta, learning_rate):
    # near miss of "state not stored": v starts from zeros again
    new_parameters, new_v = {}, {}
    for key in parameters:
        v_dW = (1 - beta) * grads["d" + key]
        new_parameters[key] = parameters[key] - learning_rate * v_dW
        new_v["d" + key] = v_dW
    return new_parameters, new_v


# ---------------------------------------------------------------- RMSprop


def rmsprop_square_forgotten(parameters, grads, s, beta, learning_rate,
                             epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW
        new_parameters[key] = parameters[key] - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


def rmsprop_square_forgotten_abs_root(parameters, grads, s, beta,
                                      learning_rate, epsilon=1e-8):
    # the square forgotten, and np.abs added where np.sqrt warned: the
    # step is no mutant's, but s alone names the mistake
    new_parameters, new_s = {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW
        new_parameters[key] = parameters[key] - learning_rate * dW / (
            np.sqrt(np.abs(new_s["d" + key])) + epsilon)
    return new_parameters, new_s


def rmsprop_s_first(parameters, grads, s, beta, learning_rate,
                    epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = parameters[key] - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_s, new_parameters


def _rmsprop(*, keep="beta", step_s="new", square=lambda dW: dW**2):
    def update(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
        new_parameters, new_s = {}, {}
        for key in parameters:
            dW = grads["d" + key]
            if keep == "beta":
                new_s["d" + key] = beta * s["d" + key] + (1 - beta) * square(
                    dW)
            else:
                new_s["d" + key] = (1 - beta) * s["d" + key] + beta * square(
                    dW)
            used = s["d" + key] if step_s == "old" else new_s["d" + key]
            new_parameters[key] = parameters[key] - learning_rate * dW / (
                np.sqrt(used) + epsilon)
        return new_parameters, (new_s if step_s != "given" else s)
    return update


rmsprop_beta_on_square = _rmsprop(keep="1 - beta")
rmsprop_old_s = _rmsprop(step_s="old")
rmsprop_s_not_returned = _rmsprop(step_s="given")
# near miss of "dW averaged, not dW**2": 2 * dW, a typo for dW**2
rmsprop_twice_dW = _rmsprop(square=lambda dW: 2 * dW)


def rmsprop_no_learning_rate(parameters, grads, s, beta, learning_rate,
                             epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = parameters[key] - dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


def rmsprop_rate_first(parameters, grads, s, learning_rate, beta,
                       epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = parameters[key] - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


def rmsprop_float64_epsilon(parameters, grads, s, beta, learning_rate,
                            epsilon=1e-8):
    epsilon = np.float64(epsilon)
    new_parameters, new_s = {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = parameters[key] - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


def rmsprop_copied_line(parameters, grads, s, beta, learning_rate,
                        epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for i in (1, 2):
        for p in ("W", "b"):
            dW = grads[f"dW{i}"]  # the same for b
            new_s[f"d{p}{i}"] = beta * s[f"d{p}{i}"] + (1 - beta) * dW**2
            new_parameters[f"{p}{i}"] = parameters[f"{p}{i}"] - (
                learning_rate * dW / (np.sqrt(new_s[f"d{p}{i}"]) + epsilon))
    return new_parameters, new_s


def rmsprop_returns_beta(parameters, grads, s, beta, learning_rate,
                         epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = parameters[key] - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s, beta


def rmsprop_biases_skipped(parameters, grads, s, beta, learning_rate,
                           epsilon=1e-8):
    new_parameters, new_s = dict(parameters), dict(s)
    for key in ("W1", "W2"):
        dW = grads["d" + key]
        new_s["d" + key] = beta * s["d" + key] + (1 - beta) * dW**2
        new_parameters[key] = parameters[key] - learning_rate * dW / (
            np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


# ------------------------------------------------------------------- Adam


def _adam(*, square=lambda dW: dW**2, betas="12", corrections="12",
          correct=lambda x, beta, t: x / (1 - beta**t), old=False,
          order="pvs", keys=("W1", "b1", "W2", "b2"), epsilon_at="root"):
    """An Adam step as learners write it, ``betas`` of v's and s's
    averages, ``corrections`` of their corrections ("1" beta1, "2"
    beta2), ``correct`` the correction, ``order`` of the tuple."""
    def update(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
               beta2=0.999, epsilon=1e-8):
        beta = {"1": beta1, "2": beta2}
        new_parameters, new_v, new_s = dict(parameters), dict(v), dict(s)
        for key in keys:
            dW = grads["d" + key]
            new_v["d" + key] = beta[betas[0]] * v["d" + key] + (
                1 - beta[betas[0]]) * dW
            new_s["d" + key] = beta[betas[1]] * s["d" + key] + (
                1 - beta[betas[1]]) * square(dW)
            v_dW, s_dW = (v, s) if old else (new_v, new_s)
            v_hat = correct(v_dW["d" + key], beta[corrections[0]], t)
            s_hat = correct(s_dW["d" + key], beta[corrections[1]], t)
            root = np.sqrt(s_hat) + epsilon if epsilon_at == "root" else \
                np.sqrt(s_hat)
            new_parameters[key] = parameters[key] - learning_rate * v_hat / (
                root)
        found = {"p": new_parameters, "v": new_v, "s": new_s, "V": v,
                 "S": s}
        return tuple(found[letter] for letter in order)
    return update


def adam_square_forgotten(parameters, grads, v, s, t, learning_rate=0.01,
                          beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW
        v_hat = new_v["d" + key] / (1 - beta1**t)
        s_hat = new_s["d" + key] / (1 - beta2**t)
        new_parameters[key] = parameters[key] - learning_rate * v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_v, new_s


def adam_s_corrected_with_beta1(parameters, grads, v, s, t,
                                learning_rate=0.01, beta1=0.9, beta2=0.999,
                                epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW**2
        v_hat = new_v["d" + key] / (1 - beta1**t)
        s_hat = new_s["d" + key] / (1 - beta1**t)  # beta2 belongs here
        new_parameters[key] = parameters[key] - learning_rate * v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_v, new_s


adam_v_s_parameters = _adam(order="vsp")
adam_parameters_s_v = _adam(order="psv")
adam_v_corrected_with_beta2 = _adam(corrections="22")
adam_corrections_swapped = _adam(corrections="21")
adam_s_averaged_with_beta1 = _adam(betas="11")
adam_v_averaged_with_beta2 = _adam(betas="22")
adam_v_corrected_only = _adam(
    correct=lambda x, beta, t: x / (1 - beta**t) if beta < 0.95 else x)
adam_s_corrected_only = _adam(
    correct=lambda x, beta, t: x / (1 - beta**t) if beta > 0.95 else x)
adam_beta_times_t = _adam(correct=lambda x, beta, t: x / (1 - beta * t))
adam_bracket_missing = _adam(correct=lambda x, beta, t: x / 1 - beta**t)
adam_old_state = _adam(old=True)


def adam_betas_first(parameters, grads, v, s, t, beta1=0.9, beta2=0.999,
                     learning_rate=0.01, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW**2
        v_hat = new_v["d" + key] / (1 - beta1**t)
        s_hat = new_s["d" + key] / (1 - beta2**t)
        new_parameters[key] = parameters[key] - learning_rate * v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_v, new_s


def adam_float64(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                 beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        dW = grads["d" + key].astype(float)
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW**2
        v_hat = new_v["d" + key] / (1 - beta1**t)
        s_hat = new_s["d" + key] / (1 - beta2**t)
        new_parameters[key] = parameters[key] - learning_rate * v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_v, new_s


def adam_copied_line(parameters, grads, v, s, t, learning_rate=0.01,
                     beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        dW = grads["dW" + key[1:]]  # "dW1" for both W1 and b1
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW**2
        v_hat = new_v["d" + key] / (1 - beta1**t)
        s_hat = new_s["d" + key] / (1 - beta2**t)
        new_parameters[key] = parameters[key] - learning_rate * v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_v, new_s


def adam_returns_t(parameters, grads, v, s, t, learning_rate=0.01,
                   beta1=0.9, beta2=0.999, epsilon=1e-8):
    parameters, v, s = _adam()(parameters, grads, v, s, t, learning_rate,
                               beta1, beta2, epsilon)
    return parameters, v, s, t + 1


def adam_no_learning_rate(parameters, grads, v, s, t, learning_rate=0.01,
                          beta1=0.9, beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        dW = grads["d" + key]
        new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
        new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * dW**2
        v_hat = new_v["d" + key] / (1 - beta1**t)
        s_hat = new_s["d" + key] / (1 - beta2**t)
        new_parameters[key] = parameters[key] - v_hat / (
            np.sqrt(s_hat) + epsilon)
    return new_parameters, new_v, new_s
adam_layer_two_only = _adam(keys=("W2", "b2"))
adam_state_not_returned = _adam(order="pVS")
# near miss of "s corrected with beta1": also no epsilon (two mistakes)
adam_beta1_correction_no_epsilon = _adam(corrections="11",
                                         epsilon_at="nowhere")
# near miss of "state not stored": v is returned, s is the old one, and
# the step is right: only s is not stored, named as such
adam_s_not_returned = _adam(order="pvS")


# ---------------------------------------------------------------- softmax


def softmax_over_rows(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


def softmax_sums_as_column(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0).reshape(-1, 1)


def softmax_shift_then_plain_sum(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(np.exp(z), axis=0, keepdims=True)


def softmax_is_sigmoid(z):
    return 1 / (1 + np.exp(-z))


def softmax_row_loop(z):
    e = np.exp(z - np.mean(z, axis=0, keepdims=True))  # mean for max
    out = np.empty_like(z)
    for i in range(z.shape[0]):  # one class at a time
        out[i] = e[i] / np.sum(e[i])
    return out


def softmax_with_cache(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    A = e / np.sum(e, axis=0, keepdims=True)
    cache = z
    return A, cache


def softmax_float64(z):
    z = np.array(z, dtype=np.float64)
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def softmax_float64_no_max(z):
    # near miss of "dtype changed": float64, and no max subtraction
    z = np.array(z, dtype=np.float64)
    return np.exp(z) / np.sum(np.exp(z), axis=0, keepdims=True)


def softmax_over_max(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.max(e, axis=0, keepdims=True)


def softmax_rows_halved(z):
    # near miss of "each row sums to 1": its rows sum to 1/2
    e = np.exp(z - np.max(z, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True) / 2


# ---------------------------------------------------------------- one_hot


def one_hot_whole_rows(y, n_classes):
    m = y.shape[0]
    Y = np.zeros((n_classes, m))
    Y[y, :] = 1
    return Y


def one_hot_reshaped(y, n_classes):
    return np.eye(n_classes)[y].reshape(n_classes, y.shape[0])


def one_hot_label_columns(y, n_classes):
    Y = np.zeros((n_classes, len(y)))
    Y[:, y] = 1
    return Y


def one_hot_first_column(y, n_classes):
    # near miss of "whole rows set": only column 0 gets the 1s
    Y = np.zeros((n_classes, len(y)))
    Y[y, 0] = 1
    return Y


# --------------------------------------------------- compute_cost_softmax


def cost_softmax_by_classes(A2, Y):
    n_y = Y.shape[0]
    return float(-np.sum(Y * np.log(A2)) / n_y)


def cost_softmax_matmul(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(np.dot(Y, np.log(A2).T)) / m)


def cost_softmax_log10(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log10(A2)) / m)


def cost_softmax_arguments_swapped(Y, A2):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2)) / m)


def cost_softmax_floor(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2)) // m)


def cost_softmax_log2(A2, Y):
    # near miss of "log10": the base-2 log
    m = Y.shape[1]
    return float(-np.sum(Y * np.log2(A2)) / m)


# ------------------------------------------- backward_propagation_softmax


def _backward(*, db2_axis=1, db1_axis=1, dW1_m=True, slope="mask",
              m_of="X.shape[1]", out="A2", dW2=lambda dZ2, A1: dZ2 @ A1.T,
              dW1=lambda dZ1, X, A1: dZ1 @ X.T, back="W2"):
    def backward(parameters, cache, X, Y):
        m = {"X.shape[1]": X.shape[1], "X.shape[0]": X.shape[0],
             "Y.shape[0]": Y.shape[0]}[m_of]
        Z1, A1, A2 = cache["Z1"], cache["A1"], cache[out]
        dZ2 = A2 - Y
        grad_W2 = dW2(dZ2, A1) / m
        db2 = np.sum(dZ2, axis=db2_axis, keepdims=True) / m
        dA1 = parameters[back].T @ dZ2
        dZ1 = dA1 * {"mask": Z1 > 0, "A1": (A1 > 0) * A1, "Z1": Z1}[slope]
        grad_W1 = dW1(dZ1, X, A1) / (m if dW1_m else 1)
        db1 = np.sum(dZ1, axis=db1_axis, keepdims=True) / m
        return {"dW1": grad_W1, "db1": db1, "dW2": grad_W2, "db2": db2}
    return backward


def backward_softmax_db2_all(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    Z1, A1, A2 = cache["Z1"], cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = 1 / m * np.dot(dZ2, A1.T)
    db2 = 1 / m * np.sum(dZ2)
    dZ1 = np.dot(W2.T, dZ2) * (Z1 > 0)
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


backward_softmax_dW1_without_m = _backward(dW1_m=False)
backward_softmax_relu_times_A1 = _backward(slope="A1")
backward_softmax_relu_times_Z1 = _backward(slope="Z1")
backward_softmax_db2_keepdims_all = _backward(db2_axis=None)
backward_softmax_db1_all = _backward(db1_axis=None)
backward_softmax_db_axis_0 = _backward(db2_axis=0, db1_axis=0)
backward_softmax_m_from_rows = _backward(m_of="X.shape[0]")
backward_softmax_m_from_classes = _backward(m_of="Y.shape[0]")
backward_softmax_Z2 = _backward(out="Z2")
backward_softmax_dW2_transposed = _backward(
    dW2=lambda dZ2, A1: np.dot(A1, dZ2.T))
backward_softmax_dW1_transposed = _backward(
    dW1=lambda dZ1, X, A1: np.dot(X, dZ1.T))
backward_softmax_dW1_from_A1 = _backward(
    dW1=lambda dZ1, X, A1: np.dot(dZ1, A1.T))
backward_softmax_W1_back = _backward(back="W1")


def backward_softmax_stale_dZ(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = np.dot(dZ2, cache["A1"].T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (cache["Z1"] > 0)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ2, axis=1, keepdims=True) / m  # copied from db2
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_softmax_dZ1_into_dW2(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (cache["Z1"] > 0)
    return {"dW1": np.dot(dZ1, X.T) / m,
            "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": np.dot(dZ1, cache["A1"].T) / m,
            "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def backward_softmax_A2_into_dW2(parameters, cache, X, Y):
    m = X.shape[1]
    A2 = cache["A2"]
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A2.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (cache["Z1"] > 0)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def backward_softmax_X_into_dW2(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = np.dot(dZ2, X.T) / m  # layer 2's input is A1
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (cache["Z1"] > 0)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
def backward_softmax_tuple(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = dZ2 @ cache["A1"].T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = parameters["W2"].T @ dZ2 * (cache["Z1"] > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return dW1, db1, dW2, db2


def backward_softmax_tuple_no_m(parameters, cache, X, Y):
    # near miss of "tuple, not a dict": a tuple, and dW1 lacks its 1/m
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dZ1 = parameters["W2"].T @ dZ2 * (cache["Z1"] > 0)
    return (dZ1 @ X.T, np.sum(dZ1, axis=1, keepdims=True) / m,
            dZ2 @ cache["A1"].T / m, np.sum(dZ2, axis=1, keepdims=True) / m)


# near miss of "1/m missing in some gradients": also db1 over axis 0
backward_softmax_two_mistakes = _backward(dW1_m=False, db1_axis=0)


# (check, the learner's function, catalogue name, phrase the diagnosis has)
MORE_MISTAKES = [
    (check_softmax, softmax_over_rows, "softmax over the examples (axis 1)",
     "each row sum to 1"),
    (check_softmax, softmax_sums_as_column, "column sums made a column",
     "reshaped to a column"),
    (check_softmax, softmax_shift_then_plain_sum,
     "sum of the unshifted exponentials", "use one e for both"),
    (check_softmax, softmax_is_sigmoid, "sigmoid, not softmax",
     "is the sigmoid"),
    (check_softmax, softmax_row_loop, "each row sums to 1",
     "normalise each column"),
    (check_one_hot, one_hot_whole_rows, "whole rows set", "Y[y, :] = 1"),
    (check_one_hot, one_hot_reshaped, "reshaped, not transposed",
     "transpose it instead"),
    (check_compute_cost_softmax, cost_softmax_by_classes, "divided by n_y",
     "divides by n_y"),
    (check_compute_cost_softmax, cost_softmax_matmul, "Y left out",
     "Y @ np.log(A2).T"),
    (check_compute_cost_softmax, cost_softmax_log10, "log10",
     "natural log"),
    (check_compute_cost_softmax, cost_softmax_arguments_swapped,
     "A2 and Y swapped", "takes the log of Y"),
    (check_backward_propagation_softmax, backward_softmax_db2_all,
     "db2 summed over all entries", "each column of A2 - Y sums to 0"),
    (check_backward_propagation_softmax, backward_softmax_db2_keepdims_all,
     "db2 summed over all entries", "db2 = np.sum(dZ2, axis=1"),
    (check_backward_propagation_softmax, backward_softmax_db1_all,
     "db1 summed over all entries", "one total per unit"),
    (check_backward_propagation_softmax, backward_softmax_db_axis_0,
     "bias gradients summed over axis 0", "one number per example"),
    (check_backward_propagation_softmax, backward_softmax_dW1_without_m,
     "1/m missing in some gradients", "your dW1 is m times too large"),
    (check_backward_propagation_softmax, backward_softmax_relu_times_A1,
     "ReLU's derivative is A1", "(A1 > 0) * A1"),
    (check_backward_propagation_softmax, backward_softmax_relu_times_Z1,
     "ReLU's derivative is Z1", "multiplies by Z1"),
    (check_backward_propagation_softmax, backward_softmax_m_from_rows,
     "m taken from shape[0]", "m = X.shape[1]"),
    (check_backward_propagation_softmax, backward_softmax_m_from_classes,
     "m taken from shape[0]", "m = X.shape[1]"),
    (check_backward_propagation_softmax, backward_softmax_Z2,
     "Z2 where A2 belongs", "dZ2 = A2 - Y"),
    (check_backward_propagation_softmax, backward_softmax_dW2_transposed,
     "dW2 transposed", "A1 @ dZ2.T"),
    (check_backward_propagation_softmax, backward_softmax_dW1_transposed,
     "dW1 transposed", "X @ dZ1.T"),
    (check_backward_propagation_softmax, backward_softmax_dW1_from_A1,
     "A1 where X belongs", "dW1 uses A1"),
    (check_backward_propagation_softmax, backward_softmax_X_into_dW2,
     "X where A1 belongs", "dW2 = dZ2 @ A1.T"),
    (check_backward_propagation_softmax, backward_softmax_W1_back,
     "W1 where W2 belongs", "dA1 = W2.T @ dZ2"),
    (check_random_mini_batches, batches_rows_shuffled, "features shuffled",
     "rows of X"),
    (check_random_mini_batches, batches_as_float, "dtype changed",
     "comes back float64"),
    (check_update_parameters_with_momentum, momentum_float64,
     "dtype changed", "comes back float64"),
    (check_update_parameters_with_rmsprop, rmsprop_float64_epsilon,
     "dtype changed", "comes back float64"),
    (check_update_parameters_with_adam, adam_float64, "dtype changed",
     "comes back float64"),
    (check_softmax, softmax_float64, "dtype changed", "comes back float64"),
    (check_random_mini_batches, batches_rest_twice, "last mini-batch twice",
     "comes twice"),
    (check_one_hot, one_hot_label_columns, "whole columns set",
     "Y[:, y] = 1"),
    (check_compute_cost_softmax, cost_softmax_floor, "// instead of /",
     "divides with //"),
    (check_backward_propagation_softmax, backward_softmax_A2_into_dW2,
     "A2 where A1 belongs", "dW2 = dZ2 @ A1.T"),
    (check_update_parameters_with_momentum, momentum_copied_line,
     "dW used for b", "b1 takes db1"),
    (check_update_parameters_with_rmsprop, rmsprop_copied_line,
     "dW used for b", "b1 takes db1"),
    (check_update_parameters_with_adam, adam_copied_line, "dW used for b",
     "b1 takes db1"),
    (check_backward_propagation_softmax, backward_softmax_stale_dZ,
     "dZ2 where dZ1 belongs", "layer 1 has its own"),
    (check_backward_propagation_softmax, backward_softmax_dZ1_into_dW2,
     "dZ1 where dZ2 belongs", "dW2 = dZ2 @ A1.T"),
    (check_update_parameters_with_adam, adam_returns_t,
     "extra return value", "you return 4 items"),
    (check_update_parameters_with_momentum, momentum_returns_grads,
     "extra return value", "return only (parameters, v)"),
    (check_update_parameters_with_rmsprop, rmsprop_returns_beta,
     "extra return value", "return only (parameters, s)"),
    # e / np.max(e, axis=0) is exp(z - max): the exponentials, shifted
    (check_softmax, softmax_over_max, "not normalised", "without dividing"),
    (check_random_mini_batches, batches_Y_rows, "Y's rows permuted",
     "Y[:, permutation]"),
    (check_random_mini_batches, batches_Y_first, "pairs in the wrong order",
     "put X first"),
    (check_random_mini_batches, batches_examples_in_rows,
     "batches transposed", "keep the examples in columns"),
    (check_random_mini_batches, batches_two_lists, "two lists, not pairs",
     "list(zip(X_batches, Y_batches))"),
    (check_random_mini_batches, batches_array_split,
     "np.array_split's sizes", "as equal as can be"),
    (check_update_parameters_with_momentum, momentum_no_learning_rate,
     "learning rate forgotten", "W = W - learning_rate * v"),
    (check_update_parameters_with_rmsprop, rmsprop_no_learning_rate,
     "learning rate forgotten", "W = W - learning_rate * dW"),
    (check_update_parameters_with_adam, adam_no_learning_rate,
     "learning rate forgotten", "W = W - learning_rate * v_hat"),
    (check_update_parameters_with_momentum, momentum_rate_first,
     "arguments in another order",
     "(parameters, grads, v, learning_rate, beta)"),
    (check_update_parameters_with_rmsprop, rmsprop_rate_first,
     "arguments in another order",
     "(parameters, grads, s, learning_rate, beta, epsilon)"),
    (check_update_parameters_with_adam, adam_betas_first,
     "arguments in another order", "beta1, beta2, learning_rate"),
    (check_update_parameters_with_momentum, momentum_fresh_v,
     "old v left out", "(1 - beta) * dW alone"),
    (check_softmax, softmax_with_cache, "returns a tuple",
     "a tuple of 2 items"),
    (check_backward_propagation_softmax, backward_softmax_tuple,
     "tuple, not a dict", "(dW1, db1, dW2, db2)"),
    (check_random_mini_batches, batches_rng_permutation_of_X,
     "features shuffled", "rng.permutation(X)"),
    (check_random_mini_batches, batches_rest_from_the_end,
     "last mini-batch X[:, -0:]", "the whole array"),
    (check_update_parameters_with_momentum, momentum_v_first,
     "return order", "you return (v, parameters)"),
    (check_update_parameters_with_momentum, momentum_classic,
     "learning rate inside v (classic momentum)", "Sutskever"),
    (check_update_parameters_with_momentum, momentum_weights_only,
     "parameters not updated", "your b1 and b2 are returned as given"),
    (check_update_parameters_with_momentum, momentum_last_layer_skipped,
     "parameters not updated", "your W2 and b2 are returned as given"),
    (check_update_parameters_with_momentum, momentum_v_not_returned,
     "state not stored", "the v you return is the one passed in"),
    (check_update_parameters_with_rmsprop, rmsprop_square_forgotten,
     "dW averaged, not dW**2", "averages dW itself"),
    (check_update_parameters_with_rmsprop,
     rmsprop_square_forgotten_abs_root, "dW averaged, not dW**2",
     "averages dW itself"),
    (check_update_parameters_with_rmsprop, rmsprop_s_first,
     "return order", "you return (s, parameters)"),
    (check_update_parameters_with_rmsprop, rmsprop_beta_on_square,
     "(1 - beta) on the wrong term", "beta weighs the old average"),
    (check_update_parameters_with_rmsprop, rmsprop_old_s,
     "step with the old s", "the s passed in"),
    (check_update_parameters_with_rmsprop, rmsprop_s_not_returned,
     "state not stored", "the s you return is the one passed in"),
    (check_update_parameters_with_rmsprop, rmsprop_biases_skipped,
     "parameters not updated", "your b1 and b2 are returned as given"),
    (check_update_parameters_with_adam, adam_square_forgotten,
     "dW averaged, not dW**2", "averages dW itself"),
    (check_update_parameters_with_adam, adam_s_corrected_with_beta1,
     "s corrected with beta1", "s_hat = s / (1 - beta2**t)"),
    (check_update_parameters_with_adam, adam_v_s_parameters,
     "return order", "you return (v, s, parameters)"),
    (check_update_parameters_with_adam, adam_parameters_s_v,
     "return order", "you return (parameters, s, v)"),
    (check_update_parameters_with_adam, adam_v_corrected_with_beta2,
     "v corrected with beta2", "v_hat = v / (1 - beta1**t)"),
    (check_update_parameters_with_adam, adam_corrections_swapped,
     "bias corrections swapped", "its own beta"),
    (check_update_parameters_with_adam, adam_s_averaged_with_beta1,
     "s averaged with beta1", "s = beta2 * s"),
    (check_update_parameters_with_adam, adam_v_averaged_with_beta2,
     "v averaged with beta2", "v = beta1 * v"),
    (check_update_parameters_with_adam, adam_v_corrected_only,
     "only v corrected", "corrects v but not s"),
    (check_update_parameters_with_adam, adam_s_corrected_only,
     "only s corrected", "corrects s but not v"),
    (check_update_parameters_with_adam, adam_beta_times_t,
     "bias correction by beta * t", "it is a power"),
    (check_update_parameters_with_adam, adam_bracket_missing,
     "bracket missing in the correction", "bracket the divisor"),
    (check_update_parameters_with_adam, adam_old_state,
     "step with the old v and s", "passed in"),
    (check_update_parameters_with_adam, adam_layer_two_only,
     "parameters not updated", "your W1 and b1 are returned as given"),
    (check_update_parameters_with_adam, adam_state_not_returned,
     "state not stored", "the v and s you return are the ones"),
    (check_update_parameters_with_adam, adam_s_not_returned,
     "state not stored", "the s you return"),
]


# (check, the learner's function, the entry it must NOT get, the entry it
# gets instead or None when no entry fits)
NEAR_MISSES = [
    (check_softmax, softmax_rows_halved, "each row sums to 1", None),
    (check_softmax, softmax_float64_no_max, "dtype changed",
     "no max subtraction"),
    (check_one_hot, one_hot_first_column, "whole rows set", None),
    (check_compute_cost_softmax, cost_softmax_log2, "log10",
     "output scaled"),
    (check_backward_propagation_softmax, backward_softmax_two_mistakes,
     "1/m missing in some gradients", None),
    (check_random_mini_batches, batches_rest_from_the_end,
     "rows taken as examples", "last mini-batch X[:, -0:]"),
    (check_random_mini_batches, batches_rows_and_columns,
     "features shuffled", "remainder dropped"),
    (check_update_parameters_with_momentum, momentum_as_dict,
     "return order", None),
    (check_update_parameters_with_momentum, momentum_nothing_done,
     "parameters not updated", "another value returned"),
    (check_update_parameters_with_momentum, momentum_fresh_v,
     "state not stored", "old v left out"),
    (check_random_mini_batches, batches_Y_rows, "rows taken as examples",
     "Y's rows permuted"),
    (check_random_mini_batches, batches_two_lists_unshuffled,
     "two lists, not pairs", None),
    (check_backward_propagation_softmax, backward_softmax_tuple_no_m,
     "tuple, not a dict", None),
    (check_update_parameters_with_rmsprop, rmsprop_twice_dW,
     "dW averaged, not dW**2", None),
    (check_update_parameters_with_adam, adam_beta1_correction_no_epsilon,
     "s corrected with beta1", None),
]


# entries true together with the one named: db2 = np.sum(dZ2) / m (no
# keepdims) has also lost its second axis; a softmax over axis 1 makes
# each row sum to 1 (the property the fallback entry reads)
ALSO_TRUE = {
    ("db2 summed over all entries", "sums without keepdims"),
    ("softmax over the examples (axis 1)", "each row sums to 1"),
}
