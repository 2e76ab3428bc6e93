"""Learners' mistakes in Lessons 10 and 11, enumerated per function.

Each function is written as a learner writes it in the exercise
notebooks of Lessons 10 and 11 (the course's symbols, one mistake),
with the catalogue entry it must get and a phrase of its diagnosis
(``MORE_MISTAKES``, the format of tests/selfcheck_learners.py). The
near misses look like one of those mistakes but have another fault:
they must not get that entry, and get ``instead`` (``NEAR_MISSES``).
Used by tests/test_selfcheck.py and tests/test_selfcheck_diagnosis.py.
"""

import numpy as np

from snippets import compute_cost, compute_cost_softmax
from snippets.selfcheck import (
    check_backward_propagation_deep,
    check_backward_propagation_with_dropout,
    check_compute_cost_with_l2,
    check_forward_propagation_deep,
    check_forward_propagation_with_dropout,
    check_initialize_parameters_deep,
)


def relu(z):
    return np.maximum(0, z)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------ initialize_parameters_deep


def init_he(layer_dims, *, start=1, stop=0, weights=None,
            bias=lambda n, n_prev: np.zeros((n, 1))):
    """The notebook's loop; ``weights(rng, n, n_prev)`` is one line."""
    rng = np.random.default_rng(0)
    if weights is None:
        def weights(rng, n, n_prev):
            return rng.standard_normal((n, n_prev)) * np.sqrt(2 / n_prev)
    parameters = {}
    for layer in range(start, len(layer_dims) + stop):
        n, n_prev = layer_dims[layer], layer_dims[layer - 1]
        parameters["W" + str(layer)] = weights(rng, n, n_prev)
        parameters["b" + str(layer)] = bias(n, n_prev)
    return parameters


def init_divided_by_he(layer_dims):
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.standard_normal((n, n_prev)) / np.sqrt(2 / n_prev))


def init_two_over_sqrt(layer_dims):
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.standard_normal((n, n_prev)) * 2 / np.sqrt(n_prev))


def init_floor_division(layer_dims):
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.standard_normal((n, n_prev)) * np.sqrt(2 // n_prev))


def init_normal_loc(layer_dims):
    # rng.normal's first argument is the mean, not the std
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.normal(np.sqrt(2 / n_prev), size=(n, n_prev)))


def init_added_scale(layer_dims):
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.standard_normal((n, n_prev)) + np.sqrt(2 / n_prev))


def init_sizes_apart(layer_dims):
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.standard_normal(n, n_prev) * np.sqrt(2 / n_prev))


def init_zeros_sizes_apart(layer_dims):
    return init_he(layer_dims, bias=lambda n, n_prev: np.zeros(n, 1))


def init_bias_of_input_size(layer_dims):
    return init_he(layer_dims, bias=lambda n, n_prev: np.zeros((n_prev, 1)))


def init_range_from_zero(layer_dims):
    # layer 0 reads layer_dims[-1]: one layer too many, W0 and b0
    return init_he(layer_dims, start=0)


def init_range_past_end(layer_dims):
    return init_he(layer_dims, stop=1)


def init_xavier_output(layer_dims):
    L = len(layer_dims) - 1
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.standard_normal((n, n_prev)) * np.sqrt(
                       (1 if n == layer_dims[L] else 2) / n_prev))


def init_glorot_normal(layer_dims):
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.normal(0, np.sqrt(2 / (n + n_prev)), (n, n_prev)))


def init_uniform_symmetric(layer_dims):
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.uniform(-1, 1, (n, n_prev)) * np.sqrt(2 / n_prev))


def init_bias_rows(layer_dims):
    return init_he(layer_dims, bias=lambda n, n_prev: np.zeros((1, n)))


def init_he_times_001(layer_dims):
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.standard_normal((n, n_prev)) * np.sqrt(2 / n_prev)
                   * 0.01)


def init_upper_case_b(layer_dims):
    rng = np.random.default_rng(0)
    parameters = {}
    for layer in range(1, len(layer_dims)):
        n, n_prev = layer_dims[layer], layer_dims[layer - 1]
        parameters[f"W{layer}"] = rng.standard_normal((n, n_prev)) * np.sqrt(
            2 / n_prev)
        parameters[f"B{layer}"] = np.zeros((n, 1))
    return parameters


# near miss: He with a mean of 0.5 (all weights > 0, none near 0) is
# neither "the He factor added" nor "uniform weights"
def init_mean_half(layer_dims):
    return init_he(layer_dims, weights=lambda rng, n, n_prev:
                   rng.standard_normal((n, n_prev)) * np.sqrt(2 / n_prev)
                   + 0.5)


# ------------------------------------------------- forward_propagation_deep


def forward_deep(X, parameters, *, output=sigmoid, last_cache=True,
                 returns="AL, caches", cache="dict", L_of=None, input_X=False,
                 order="W @ A"):
    """The notebook's loop, written as hidden layers then the output."""
    L = len(parameters) // 2 if L_of is None else L_of(parameters)
    caches = []
    A = X
    for layer in range(1, L):
        A_prev = A
        W, b = parameters["W" + str(layer)], parameters["b" + str(layer)]
        inputs = X if input_X else A_prev
        Z = (W @ inputs if order == "W @ A" else inputs @ W) + b
        A = relu(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A} if cache == "dict"
                      else (A_prev, W, b, Z))
    W, b = parameters["W" + str(L)], parameters["b" + str(L)]
    Z = (W @ A if order == "W @ A" else A @ W) + b
    AL = output(Z)
    if last_cache:
        caches.append({"A_prev": A, "Z": Z, "A": AL} if cache == "dict"
                      else (A, W, b, Z))
    return (caches, AL) if returns == "caches, AL" else (AL, caches)


def forward_deep_relu_then_sigmoid(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters["W" + str(layer)] @ A_prev + parameters[
            "b" + str(layer)]
        A = relu(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    AL = sigmoid(A)
    return AL, caches


def forward_deep_tanh_output(X, parameters):
    return forward_deep(X, parameters, output=np.tanh)


def forward_deep_b_subtracted(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev - parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    return A, caches


def forward_deep_cache_keeps_A_prev(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = np.dot(parameters[f"W{layer}"], A_prev) + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A_prev})  # stale
    return A, caches


def forward_deep_cache_keys(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        caches.append({"A_previous": A_prev, "Z": Z, "A": A})
    return A, caches


def forward_deep_relu_in_place(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        if layer < L:
            A = Z
            A[A < 0] = 0  # also zeroes Z: the same array
        else:
            A = sigmoid(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    return A, caches


def softmax(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def forward_deep_softmax_output(X, parameters):
    return forward_deep(X, parameters, output=softmax)


def forward_deep_no_last_cache(X, parameters):
    return forward_deep(X, parameters, last_cache=False)


def forward_deep_swapped_return(X, parameters):
    return forward_deep(X, parameters, returns="caches, AL")


def forward_deep_tuple_caches(X, parameters):
    return forward_deep(X, parameters, cache="tuple")


def forward_deep_L_float(X, parameters):
    return forward_deep(X, parameters, L_of=lambda p: len(p) / 2)


def forward_deep_X_every_layer(X, parameters):
    return forward_deep(X, parameters, input_X=True)


def forward_deep_A_at_W(X, parameters):
    return forward_deep(X, parameters, order="A @ W")


# near miss: a softmax over the examples (axis 1) is not the softmax
# output the course's cases name
def forward_deep_softmax_rows(X, parameters):
    def softmax_rows(z):
        e = np.exp(z - np.max(z, axis=1, keepdims=True))
        return e / np.sum(e, axis=1, keepdims=True)
    return forward_deep(X, parameters, output=softmax_rows)


# ------------------------------------------------ backward_propagation_deep


def backward_deep(parameters, caches, X, Y, *, m_of=lambda X, Y: X.shape[1],
                  db=lambda dZ, m: np.sum(dZ, axis=1, keepdims=True) / m,
                  dW=lambda dZ, A_prev, m: dZ @ A_prev.T / m,
                  dZL_over_m=False, update_dZ=True, W_of=lambda layer: layer,
                  cache_of=lambda layer: layer - 1,
                  slope=lambda A: A > 0):
    """The notebook's loop back, with one line given as a function."""
    grads = {}
    L = len(caches)
    m = m_of(X, Y)
    dZ = caches[L - 1]["A"] - Y
    if dZL_over_m:
        dZ = dZ / m
    for layer in range(L, 0, -1):
        A_prev = caches[cache_of(layer)]["A_prev"]
        grads["dW" + str(layer)] = dW(dZ, A_prev, m)
        grads["db" + str(layer)] = db(dZ, m)
        if layer > 1:
            dA_prev = parameters["W" + str(W_of(layer))].T @ dZ
            dZ_prev = dA_prev * slope(caches[layer - 2]["A"])
            if update_dZ:
                dZ = dZ_prev
    return grads


def backward_deep_keeps_dA(parameters, caches, X, Y):
    grads = {}
    L = len(caches)
    m = X.shape[1]
    dZ = caches[L - 1]["A"] - Y
    for layer in range(L, 0, -1):
        grads["dW" + str(layer)] = dZ @ caches[layer - 1]["A_prev"].T / m
        grads["db" + str(layer)] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:
            grads["dA" + str(layer - 1)] = parameters[
                "W" + str(layer)].T @ dZ
            dZ = grads["dA" + str(layer - 1)] * (caches[layer - 2]["A"] > 0)
    return grads


def backward_deep_relu_backward_same_layer(parameters, caches, X, Y):
    grads, L, m = {}, len(caches), X.shape[1]
    AL = caches[-1]["A"]
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dZ = dAL * AL * (1 - AL)
    for index in reversed(range(L)):
        cache = caches[index]
        grads["dW" + str(index + 1)] = np.dot(dZ, cache["A_prev"].T) / m
        grads["db" + str(index + 1)] = np.sum(dZ, axis=1, keepdims=True) / m
        if index > 0:
            dA = np.dot(parameters["W" + str(index + 1)].T, dZ)
            dZ = np.array(dA, copy=True)
            dZ[cache["Z"] <= 0] = 0  # this layer's Z, not the one below
    return grads


def backward_deep_times_A(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y, slope=lambda A: A)


def backward_deep_X_for_dW(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y,
                         dW=lambda dZ, A_prev, m: dZ @ X.T / m)


def backward_deep_m_every_layer(parameters, caches, X, Y):
    grads, L, m = {}, len(caches), X.shape[1]
    dZ = caches[-1]["A"] - Y
    for layer in range(L, 0, -1):
        dZ = dZ / m
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True)
        if layer > 1:
            dZ = parameters[f"W{layer}"].T @ dZ * (caches[layer - 2]["A"] > 0)
    return grads


def backward_deep_db_row(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y, db=lambda dZ, m: (
        np.sum(dZ, axis=1) / m).reshape(1, -1))


def _backward_from(parameters, caches, X, dZ):
    """The loop back from the learner's dZL (masks applied if cached)."""
    grads, L, m = {}, len(caches), X.shape[1]
    for layer in range(L, 0, -1):
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:
            below = caches[layer - 2]
            dA = parameters[f"W{layer}"].T @ dZ
            if "D" in below:
                dA = dA * below["D"] / below["keep_prob"]
            dZ = dA * (below["A"] > 0)
    return grads


def backward_deep_sigmoid_slope_on_output(parameters, caches, X, Y):
    AL = caches[-1]["A"]
    return _backward_from(parameters, caches, X, (AL - Y) * AL * (1 - AL))


def backward_deep_dAL(parameters, caches, X, Y):
    AL = caches[-1]["A"]
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    return _backward_from(parameters, caches, X, dAL)


def backward_deep_to_layer_0(parameters, caches, X, Y):
    grads, L, m = {}, len(caches), X.shape[1]
    dZ = caches[-1]["A"] - Y
    for layer in range(L, -1, -1):  # one step too far
        cache = caches[layer - 1]
        grads[f"dW{layer}"] = dZ @ cache["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:
            below = caches[layer - 2]
            dA = parameters[f"W{layer}"].T @ dZ
            if "D" in below:
                dA = dA * below["D"] / below["keep_prob"]
            dZ = dA * (below["A"] > 0)
    return grads


def backward_deep_A_prev_below(parameters, caches, X, Y):
    grads, L, m = {}, len(caches), X.shape[1]
    dZ = caches[-1]["A"] - Y
    for layer in range(L, 0, -1):
        A_prev = caches[layer - 2]["A_prev"]  # the layer below's input
        grads[f"dW{layer}"] = dZ @ A_prev.T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:
            below = caches[layer - 2]
            dA = parameters[f"W{layer}"].T @ dZ
            if "D" in below:
                dA = dA * below["D"] / below["keep_prob"]
            dZ = dA * (below["A"] > 0)
    return grads


def backward_deep_W_above(parameters, caches, X, Y):
    grads, L, m = {}, len(caches), X.shape[1]
    dZ = caches[-1]["A"] - Y
    for layer in range(L, 0, -1):
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:
            below = caches[layer - 2]
            dA = parameters[f"W{layer + 1}"].T @ dZ
            if "D" in below:
                dA = dA * below["D"] / below["keep_prob"]
            dZ = dA * (below["A"] > 0)
    return grads


def backward_deep_m_rows(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y,
                         m_of=lambda X, Y: X.shape[0])


def backward_deep_m_of_Y(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y,
                         m_of=lambda X, Y: Y.shape[0])


def backward_deep_db_axis_0(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y, db=lambda dZ, m: np.sum(
        dZ, axis=0, keepdims=True) / m)


def backward_deep_db_no_m(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y, db=lambda dZ, m: np.sum(
        dZ, axis=1, keepdims=True))


def backward_deep_dW_no_m(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y,
                         dW=lambda dZ, A_prev, m: dZ @ A_prev.T)


def backward_deep_dW_transposed(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y,
                         dW=lambda dZ, A_prev, m: A_prev @ dZ.T / m)


def backward_deep_A_prev_not_transposed(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y,
                         dW=lambda dZ, A_prev, m: dZ @ A_prev / m)


def backward_deep_m_twice(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y, dZL_over_m=True)


def backward_deep_stale_dZ(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y, update_dZ=False)


def backward_deep_W_below(parameters, caches, X, Y):
    # dA_prev from W_{l-1} instead of W_l
    return backward_deep(parameters, caches, X, Y,
                         W_of=lambda layer: layer - 1)


def backward_deep_cache_l(parameters, caches, X, Y):
    # caches[l] for layer l: the list starts at 0
    return backward_deep(parameters, caches, X, Y,
                         cache_of=lambda layer: layer)


# near miss: dW divided by m twice is neither "no 1/m in dW" nor "1/m
# twice" (which divides every gradient twice)
def backward_deep_dW_m_twice(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y,
                         dW=lambda dZ, A_prev, m: dZ @ A_prev.T / m / m)


# ---------------------------------------------------- compute_cost_with_l2


def cost_l2(AL, Y, parameters, lambd, *, factor=lambda lambd, m:
            lambd / (2 * m), square=lambda W: np.sum(np.square(W)),
            m_of=lambda Y: Y.shape[1], cross=None, start=1, L_of=None):
    """The notebook's cost, with one part given as a function."""
    m = m_of(Y)
    L = len(parameters) // 2 if L_of is None else L_of(parameters)
    if cross is not None:
        cross_entropy = cross(AL, Y, m)
    elif AL.shape[0] == 1:
        cross_entropy = compute_cost(AL, Y)
    else:
        cross_entropy = compute_cost_softmax(AL, Y)
    penalty = 0
    for layer in range(start, L + 1):
        penalty += square(parameters["W" + str(layer)])
    return float(cross_entropy + factor(lambd, m) * penalty)


def cost_l2_l1(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd,
                   square=lambda W: np.sum(np.abs(W)))


def cost_l2_biases_only(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross = compute_cost(AL, Y) if AL.shape[0] == 1 else \
        compute_cost_softmax(AL, Y)
    penalty = sum(np.sum(np.square(value)) for key, value in
                  parameters.items() if key.startswith("b"))
    return float(cross + lambd / (2 * m) * penalty)


def cost_l2_compute_cost_always(AL, Y, parameters, lambd):
    m = Y.shape[1]
    penalty = sum(np.sum(np.square(value)) for key, value in
                  parameters.items() if key.startswith("W"))
    return float(compute_cost(AL, Y) + lambd / (2 * m) * penalty)


def cost_l2_scales_everything(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross = compute_cost(AL, Y) if AL.shape[0] == 1 else \
        compute_cost_softmax(AL, Y)
    penalty = sum(np.sum(np.square(value)) for key, value in
                  parameters.items() if key.startswith("W"))
    return float(lambd / (2 * m) * (cross + penalty))


def cost_l2_mean_cross_entropy(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd, cross=lambda AL, Y, m: float(
        -np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))) if
        AL.shape[0] == 1 else float(-np.mean(Y * np.log(AL))))


def cost_l2_precedence(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd,
                   factor=lambda lambd, m: lambd / 2 * m)


def cost_l2_no_lambd(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd,
                   factor=lambda lambd, m: 1 / (2 * m))


def cost_l2_square_of_sum(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd,
                   square=lambda W: np.sum(W) ** 2)


def cost_l2_gram(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd,
                   square=lambda W: np.sum(W @ W.T))


def cost_l2_mean_square(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd,
                   square=lambda W: np.mean(np.square(W)))


def cost_l2_m_rows(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd, m_of=lambda Y: Y.shape[0])


def cost_l2_floor(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd,
                   factor=lambda lambd, m: lambd // (2 * m))


def cost_l2_categorical_always(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd,
                   cross=lambda AL, Y, m: -np.sum(Y * np.log(AL)) / m)


def cost_l2_cross_sign(AL, Y, parameters, lambd):
    def cross(AL, Y, m):
        if AL.shape[0] == 1:
            return np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
        return np.sum(Y * np.log(AL)) / m
    return cost_l2(AL, Y, parameters, lambd, cross=cross)


def cost_l2_cross_not_averaged(AL, Y, parameters, lambd):
    def cross(AL, Y, m):
        if AL.shape[0] == 1:
            return -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
        return -np.sum(Y * np.log(AL))
    return cost_l2(AL, Y, parameters, lambd, cross=cross)


def cost_l2_from_W0(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd, start=0)


def cost_l2_len_parameters(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd, L_of=len)


def cost_l2_three_layers(AL, Y, parameters, lambd):
    m = Y.shape[1]
    W1, W2, W3 = parameters["W1"], parameters["W2"], parameters["W3"]
    cross = compute_cost(AL, Y) if AL.shape[0] == 1 else \
        compute_cost_softmax(AL, Y)
    return cross + lambd / (2 * m) * float(
        np.sum(W1**2) + np.sum(W2**2) + np.sum(W3**2))


# near miss: lambd / (3 m) is none of the factors named
def cost_l2_third(AL, Y, parameters, lambd):
    return cost_l2(AL, Y, parameters, lambd,
                   factor=lambda lambd, m: lambd / (3 * m))


# ---------------------------------------- forward_propagation_with_dropout


def dropout(X, parameters, keep_prob, seed, *, scale=lambda A, D, p:
            A * D / p, seed_of=lambda seed: seed, apply=True, input_drop=False,
            mask_shape=lambda A: A.shape, stored=lambda D, p: D,
            output=sigmoid, hidden=relu, add_b=True, on_Z=False):
    """The notebook's forward pass with dropout, one part as a function."""
    rng = np.random.default_rng(seed_of(seed))
    L = len(parameters) // 2
    caches = []
    A = X
    if input_drop and keep_prob < 1:
        A = X * (rng.random(X.shape) < keep_prob) / keep_prob
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters["W" + str(layer)] @ A_prev + (
            parameters["b" + str(layer)] if add_b else 0)
        if layer == L:
            A = output(Z)
            caches.append({"A_prev": A_prev, "Z": Z, "A": A})
            break
        cache = {"A_prev": A_prev}
        if keep_prob < 1:
            D = rng.random(mask_shape(Z)) < keep_prob
            if on_Z:
                Z = Z * D / keep_prob
            A = hidden(Z)
            cache.update(Z=Z, A=A, D=stored(D, keep_prob),
                         keep_prob=keep_prob)
            A_dropped = A if on_Z else scale(A, D, keep_prob)
            if apply:
                A = A_dropped
        else:
            A = hidden(Z)
            cache.update(Z=Z, A=A)
        caches.append(cache)
    return A, caches


def dropout_masks_not_cached(X, parameters, keep_prob, seed):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
        if layer < L:
            D = (rng.random(A.shape) < keep_prob).astype(int)
            A = A * D / keep_prob
    return A, caches


def dropout_over_drop_share(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed,
                   scale=lambda A, D, p: A * D / (1 - p))


def dropout_swapped_return(X, parameters, keep_prob, seed):
    AL, caches = dropout(X, parameters, keep_prob, seed)
    return caches, AL


def dropout_tuple_caches(X, parameters, keep_prob, seed):
    AL, caches = dropout(X, parameters, keep_prob, seed)
    return AL, [tuple(cache.values()) for cache in caches]


def dropout_cache_keys(X, parameters, keep_prob, seed):
    AL, caches = dropout(X, parameters, keep_prob, seed)
    return AL, [{("A_previous" if key == "A_prev" else key): value
                 for key, value in cache.items()} for cache in caches]


def dropout_no_output_cache(X, parameters, keep_prob, seed):
    AL, caches = dropout(X, parameters, keep_prob, seed)
    return AL, caches[:-1]


def dropout_L_float(X, parameters, keep_prob, seed):
    rng = np.random.default_rng(seed)
    L = len(parameters) / 2
    A, caches = X, []
    for layer in range(1, L):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z)
        D = rng.random(A.shape) < keep_prob
        caches.append({"A_prev": A_prev, "Z": Z, "A": A, "D": D,
                       "keep_prob": keep_prob})
        A = A * D / keep_prob
    Z = parameters[f"W{L}"] @ A + parameters[f"b{L}"]
    caches.append({"A_prev": A, "Z": Z, "A": sigmoid(Z)})
    return sigmoid(Z), caches


def dropout_keep_prob_as_drop(X, parameters, keep_prob, seed):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        cache = {"A_prev": A_prev, "Z": Z, "A": A}
        if layer < L and keep_prob < 1:
            D = rng.random(A.shape) < 1 - keep_prob
            A = A * D / (1 - keep_prob)
            cache.update(D=D, keep_prob=keep_prob)
        caches.append(cache)
    return A, caches


def dropout_first_layer_only(X, parameters, keep_prob, seed):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        cache = {"A_prev": A_prev, "Z": Z, "A": A}
        if layer == 1 and keep_prob < 1:  # only the first hidden layer
            D = rng.random(A.shape) < keep_prob
            A = A * D / keep_prob
            cache.update(D=D, keep_prob=keep_prob)
        caches.append(cache)
    return A, caches


def dropout_times_keep_prob(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed,
                   scale=lambda A, D, p: A * D * p)


def dropout_fixed_seed(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed, seed_of=lambda seed: 1)


def dropout_not_applied(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed, apply=False)


def dropout_input_too(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed, input_drop=True)


def dropout_mask_per_unit(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed,
                   mask_shape=lambda A: (A.shape[0], 1))


def dropout_mask_stored_scaled(X, parameters, keep_prob, seed):
    # D = (rng.random(A.shape) < keep_prob) / keep_prob; A = A * D
    return dropout(X, parameters, keep_prob, seed,
                   scale=lambda A, D, p: A * (D / p),
                   stored=lambda D, p: D / p)


def dropout_relu_output(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed, output=relu)


def dropout_sigmoid_hidden(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed, hidden=sigmoid)


def dropout_no_b(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed, add_b=False)


def dropout_on_Z(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed, on_Z=True)


def dropout_tanh_hidden(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed, hidden=np.tanh)


def dropout_from_zero(X, parameters, keep_prob, seed):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(L):
        A_prev = A
        Z = parameters["W" + str(layer)] @ A_prev + parameters[
            "b" + str(layer)]
        A = relu(Z) if layer < L - 1 else sigmoid(Z)
        cache = {"A_prev": A_prev, "Z": Z, "A": A}
        if layer < L - 1 and keep_prob < 1:
            D = rng.random(A.shape) < keep_prob
            A = A * D / keep_prob
            cache.update(D=D, keep_prob=keep_prob)
        caches.append(cache)
    return A, caches


def dropout_len_parameters(X, parameters, keep_prob, seed):
    rng = np.random.default_rng(seed)
    L = len(parameters)  # counts W and b
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters["W" + str(layer)] @ A_prev + parameters[
            "b" + str(layer)]
        A = relu(Z) if layer < L else sigmoid(Z)
        cache = {"A_prev": A_prev, "Z": Z, "A": A}
        if layer < L and keep_prob < 1:
            D = rng.random(A.shape) < keep_prob
            A = A * D / keep_prob
            cache.update(D=D, keep_prob=keep_prob)
        caches.append(cache)
    return A, caches


def dropout_wrong_key(X, parameters, keep_prob, seed):
    return dropout(X, {key.lower(): value for key, value in
                       parameters.items()}, keep_prob, seed)


# near miss: divided by keep_prob squared is not "times keep_prob" nor
# "no rescaling"
def dropout_over_p_squared(X, parameters, keep_prob, seed):
    return dropout(X, parameters, keep_prob, seed,
                   scale=lambda A, D, p: A * D / p**2)


# --------------------------------------- backward_propagation_with_dropout


def backward_dropout(parameters, caches, X, Y, *,
                     through=lambda dA, D, p: dA * D / p,
                     mask_of=lambda layer: layer - 2,
                     m_of=lambda X: X.shape[1], sign=1,
                     slope=lambda A: A > 0, slope_of=lambda layer: layer - 2,
                     key_of=lambda layer: layer, stop=0,
                     cache_of=lambda layer: layer - 1,
                     dW=lambda dZ, cache, m: dZ @ cache["A_prev"].T / m,
                     db=lambda dZ, m: np.sum(dZ, axis=1, keepdims=True) / m,
                     dZL=lambda AL, Y, ZL, m: AL - Y, update_dZ=True,
                     W_of=lambda layer: layer, W_T=True):
    """The notebook's loop back with the mask, one part as a function."""
    grads = {}
    L = len(caches)
    m = m_of(X)
    dZ = sign * dZL(caches[L - 1]["A"], Y, caches[L - 1]["Z"], m)
    for layer in range(L, stop, -1):
        cache = caches[cache_of(layer)]
        grads["dW" + str(key_of(layer))] = dW(dZ, cache, m)
        grads["db" + str(key_of(layer))] = db(dZ, m)
        if layer > 1:
            W = parameters["W" + str(W_of(layer))]
            dA_prev = (W.T if W_T else W) @ dZ
            below = caches[mask_of(layer)]
            dA_prev = through(dA_prev, below["D"], below["keep_prob"])
            dZ_prev = dA_prev * slope(caches[slope_of(layer)]["A"])
            if update_dZ:
                dZ = dZ_prev
    return grads


def backward_dropout_numbered_from_0(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            key_of=lambda layer: layer - 1)


def backward_dropout_stops_at_2(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, stop=1)


def backward_dropout_skips_layer_L(parameters, caches, X, Y):
    grads, L, m = {}, len(caches), X.shape[1]
    dZ = caches[-1]["A"] - Y
    for layer in range(L - 1, 0, -1):  # starts one layer down
        dA = parameters[f"W{layer + 1}"].T @ dZ
        dA = dA * caches[layer - 1]["D"] / caches[layer - 1]["keep_prob"]
        dZ = dA * (caches[layer - 1]["A"] > 0)
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
    return grads


def backward_dropout_cache_l(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            cache_of=lambda layer: layer)


def backward_dropout_db_axis_0(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, db=lambda dZ, m: np.sum(
        dZ, axis=0, keepdims=True) / m)


def backward_dropout_db_no_m(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            db=lambda dZ, m: np.sum(dZ, axis=1,
                                                    keepdims=True))


def backward_dropout_dW_no_m(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            dW=lambda dZ, cache, m: dZ @ cache["A_prev"].T)


def backward_dropout_dW_transposed(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, dW=lambda dZ, cache, m:
                            cache["A_prev"] @ dZ.T / m)


def backward_dropout_A_prev_not_transposed(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, dW=lambda dZ, cache, m:
                            dZ @ cache["A_prev"] / m)


def backward_dropout_dW_from_A(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, dW=lambda dZ, cache, m:
                            dZ @ cache["A"].T / m)


def backward_dropout_m_twice(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            dZL=lambda AL, Y, ZL, m: (AL - Y) / m)


def backward_dropout_relu_on_output(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            dZL=lambda AL, Y, ZL, m: (AL - Y) * (ZL > 0))


def backward_dropout_stale_dZ(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, update_dZ=False)


def backward_dropout_W_below(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            W_of=lambda layer: layer - 1)


def backward_dropout_W_not_transposed(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, W_T=False)


def backward_dropout_tanh_slope(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            slope=lambda A: 1 - A**2)


def backward_dropout_sigmoid_slope(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            slope=lambda A: A * (1 - A))


def backward_dropout_slope_same_layer(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            slope_of=lambda layer: layer - 1)


def backward_dropout_keeps_dA(parameters, caches, X, Y):
    grads, L, m = {}, len(caches), X.shape[1]
    dZ = caches[-1]["A"] - Y
    for layer in range(L, 0, -1):
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:
            below = caches[layer - 2]
            dA = parameters[f"W{layer}"].T @ dZ * below["D"]
            grads[f"dA{layer - 1}"] = dA / below["keep_prob"]
            dZ = grads[f"dA{layer - 1}"] * (below["A"] > 0)
    return grads


def backward_dropout_keep_prob_of_L(parameters, caches, X, Y):
    keep_prob = caches[-1]["keep_prob"]  # the output layer's: none
    return backward_dropout(parameters, caches, X, Y,
                            through=lambda dA, D, p: dA * D / keep_prob)


def backward_dropout_times_A(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, slope=lambda A: A)


def backward_dropout_X_for_dW(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            dW=lambda dZ, cache, m: dZ @ X.T / m)


def backward_dropout_own_mask_if_any(parameters, caches, X, Y):
    grads, L, m = {}, len(caches), X.shape[1]
    dZ = caches[-1]["A"] - Y
    for layer in range(L, 0, -1):
        cache = caches[layer - 1]
        grads[f"dW{layer}"] = dZ @ cache["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:
            dA = parameters[f"W{layer}"].T @ dZ
            if "D" in cache:  # this layer's mask, not the one below
                dA = dA * cache["D"] / cache["keep_prob"]
            dZ = dA * (caches[layer - 2]["A"] > 0)
    return grads


def backward_dropout_m_every_layer(parameters, caches, X, Y):
    grads, L, m = {}, len(caches), X.shape[1]
    dZ = caches[-1]["A"] - Y
    for layer in range(L, 0, -1):
        dZ = dZ / m
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True)
        if layer > 1:
            below = caches[layer - 2]
            dA = parameters[f"W{layer}"].T @ dZ * below["D"]
            dZ = dA / below["keep_prob"] * (below["A"] > 0)
    return grads


def backward_dropout_db_row(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, db=lambda dZ, m: (
        np.sum(dZ, axis=1) / m).reshape(1, -1))


def backward_dropout_times_p(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            through=lambda dA, D, p: dA * D * p)


def backward_dropout_own_mask(parameters, caches, X, Y):
    # layer l's own cache: the output layer has no D
    return backward_dropout(parameters, caches, X, Y,
                            mask_of=lambda layer: layer - 1)


def backward_dropout_no_m(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, m_of=lambda X: 1)


def backward_dropout_sign(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, sign=-1)


def backward_dropout_no_slope(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y, slope=lambda A: 1)


def backward_dropout_m_rows(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            m_of=lambda X: X.shape[0])


# divided by keep_prob twice: its own entry, neither "times keep_prob"
# nor "mask without / keep_prob"
def backward_dropout_over_p_squared(parameters, caches, X, Y):
    return backward_dropout(parameters, caches, X, Y,
                            through=lambda dA, D, p: dA * D / p**2)


# more near misses: each looks like an entry above, with another fault
def forward_deep_first_cache_missing(X, parameters):
    AL, caches = forward_deep(X, parameters)
    return AL, caches[1:]


def forward_deep_cache_without_A(X, parameters):
    AL, caches = forward_deep(X, parameters)
    return AL, [{"A_prev": c["A_prev"], "Z": c["Z"]} for c in caches]


def backward_deep_m_plus_one(parameters, caches, X, Y):
    return backward_deep(parameters, caches, X, Y,
                         m_of=lambda X, Y: X.shape[1] + 1)


def backward_deep_keeps_cost(parameters, caches, X, Y):
    grads = backward_deep(parameters, caches, X, Y)
    grads["cost"] = 0.0
    return grads


def cost_l2_reads_b_past_L(AL, Y, parameters, lambd):
    L = len(parameters) // 2
    parameters[f"b{L + 1}"]  # a stray read
    return cost_l2(AL, Y, parameters, lambd)


def init_half_normal(layer_dims):
    return init_he(layer_dims, weights=lambda rng, n, n_prev: np.abs(
        rng.standard_normal((n, n_prev))) * np.sqrt(2 / n_prev))


# -------------------------------------------------------------- the lists

_INIT = check_initialize_parameters_deep
_FORWARD = check_forward_propagation_deep
_BACKWARD = check_backward_propagation_deep
_COST = check_compute_cost_with_l2
_DROPOUT = check_forward_propagation_with_dropout
_BACK_DROPOUT = check_backward_propagation_with_dropout

# (check, the learner's function, catalogue name, phrase of the diagnosis)
MORE_MISTAKES = [
    (_INIT, init_divided_by_he, "divided by He's factor", "multiply"),
    (_INIT, init_two_over_sqrt, "2 / sqrt(n_{l-1})", "covers the 2"),
    (_INIT, init_floor_division, "2 // n_{l-1}", "integer division"),
    (_INIT, init_normal_loc, "He factor added", "the mean"),
    (_INIT, init_added_scale, "He factor added", "was added"),
    (_INIT, init_sizes_apart, "sizes given apart", "one tuple"),
    (_INIT, init_zeros_sizes_apart, "sizes given apart",
     "np.zeros((layer_dims[l], 1))"),
    (_INIT, init_bias_of_input_size, "biases of the input's size",
     "one entry per unit"),
    (_INIT, init_range_from_zero, "layer 0 made too", "W0 and b0"),
    (_INIT, init_range_past_end, "loop past the last layer",
     "range(1, len(layer_dims))"),
    (_INIT, init_xavier_output, "Xavier on the output layer",
     "He on every layer"),
    (_INIT, init_glorot_normal, "Glorot's fan average", "fan-in alone"),
    (_INIT, init_uniform_symmetric, "uniform in [-1, 1)",
     "standard normal"),
    (_FORWARD, forward_deep_relu_then_sigmoid,
     "ReLU before the output sigmoid", "sigmoid alone"),
    (_BACKWARD, backward_deep_keeps_dA, "dA kept in grads",
     "local variable"),
    (_BACK_DROPOUT, backward_dropout_keeps_dA, "dA kept in grads",
     "dW1 .. dWL and db1 .. dbL"),
    (_BACK_DROPOUT, backward_dropout_keep_prob_of_L,
     "D of the output layer read", "D or keep_prob"),
    (_INIT, init_bias_rows, "biases as rows", "a column"),
    (_FORWARD, forward_deep_tanh_output, "tanh output", "AL = sigmoid(ZL)"),
    (_FORWARD, forward_deep_b_subtracted, "b subtracted", "subtract b"),
    (_FORWARD, forward_deep_cache_keeps_A_prev, "cache of the wrong layer",
     "caches[l - 1] is layer l's"),
    (_FORWARD, forward_deep_cache_keys, "cache keys misnamed",
     "A_previous, Z, A"),
    (_BACKWARD, backward_deep_relu_backward_same_layer,
     "slope from the wrong layer's cache", "caches[l - 2]"),
    (_BACKWARD, backward_deep_times_A, "A as the slope", "A itself"),
    (_BACKWARD, backward_deep_X_for_dW, "X for every dW", "own A_prev"),
    (_BACK_DROPOUT, backward_dropout_times_A, "A as the slope", "A itself"),
    (_BACK_DROPOUT, backward_dropout_X_for_dW, "X for every dW",
     "own A_prev"),
    (_COST, cost_l2_l1, "absolute values (L1)", "squares"),
    (_COST, cost_l2_biases_only, "biases instead of weights",
     "not the biases"),
    (_COST, cost_l2_compute_cost_always, "binary cross-entropy for n_y > 1",
     "categorical"),
    (_DROPOUT, dropout_swapped_return, "caches and AL swapped",
     "return AL, caches"),
    (_DROPOUT, dropout_tuple_caches, "caches are tuples", "read by name"),
    (_DROPOUT, dropout_cache_keys, "cache keys misnamed", "A_previous"),
    (_DROPOUT, dropout_no_output_cache, "output layer's cache missing",
     "L caches"),
    (_DROPOUT, dropout_L_float, "L a float", "len(parameters) // 2"),
    (_BACK_DROPOUT, backward_dropout_own_mask_if_any, "mask of layer l",
     "caches[l - 2]['D']"),
    (_DROPOUT, dropout_masks_not_cached, "masks not cached",
     "cache['D'] = D"),
    (_DROPOUT, dropout_over_drop_share, "divided by 1 - keep_prob",
     "share kept"),
    (_INIT, init_he_times_001, "He times 0.01", "replaces"),
    (_INIT, init_upper_case_b, "keys of the wrong case", "W1, B1"),
    (_FORWARD, forward_deep_relu_in_place, "Z changed in place",
     "A[A < 0] = 0"),
    (_BACKWARD, backward_deep_m_every_layer, "1/m at every layer",
     "divide once"),
    (_BACKWARD, backward_deep_db_row, "db as a row", "(n_l, 1)"),
    (_BACK_DROPOUT, backward_dropout_m_every_layer, "1/m at every layer",
     "divide once"),
    (_BACK_DROPOUT, backward_dropout_db_row, "db as a row", "(n_l, 1)"),
    (_COST, cost_l2_scales_everything, "lambd / (2 m) on the whole cost",
     "only the penalty"),
    (_COST, cost_l2_mean_cross_entropy,
     "cross-entropy averaged over every entry", "n_y * m"),
    (_DROPOUT, dropout_keep_prob_as_drop,
     "keep_prob taken as the drop probability", "probability of keeping"),
    (_BACKWARD, backward_deep_sigmoid_slope_on_output,
     "sigmoid's derivative on AL - Y", "cancels"),
    (_BACKWARD, backward_deep_dAL, "dAL taken for dZL", "AL - Y"),
    (_BACK_DROPOUT, backward_deep_sigmoid_slope_on_output,
     "sigmoid's derivative on AL - Y", "cancels"),
    (_BACK_DROPOUT, backward_deep_dAL, "dAL taken for dZL", "AL - Y"),
    (_DROPOUT, dropout_first_layer_only, "some hidden layers not dropped",
     "every hidden layer"),
    (_BACKWARD, backward_deep_to_layer_0, "loop runs to layer 0",
     "dW0 and db0"),
    (_BACKWARD, backward_deep_A_prev_below, "A_prev of the layer below",
     "its own cache"),
    (_BACKWARD, backward_deep_W_above, "W of the layer above", "W4"),
    (_BACK_DROPOUT, backward_deep_to_layer_0, "loop runs to layer 0",
     "dW0 and db0"),
    (_BACK_DROPOUT, backward_deep_A_prev_below, "A_prev of the layer below",
     "its own cache"),
    (_BACK_DROPOUT, backward_deep_W_above, "W of the layer above", "W4"),
    (_FORWARD, forward_deep_softmax_output, "softmax output",
     "AL = sigmoid(ZL)"),
    (_FORWARD, forward_deep_no_last_cache, "output layer's cache missing",
     "L caches"),
    (_FORWARD, forward_deep_swapped_return, "caches and AL swapped",
     "return AL, caches"),
    (_FORWARD, forward_deep_tuple_caches, "caches are tuples",
     "read by name"),
    (_FORWARD, forward_deep_L_float, "L a float", "len(parameters) // 2"),
    (_FORWARD, forward_deep_X_every_layer, "X fed to every layer",
     "A_prev = A"),
    (_FORWARD, forward_deep_A_at_W, "A_prev @ W", "W @ A_prev + b"),
    (_BACKWARD, backward_deep_m_rows, "m from shape[0]", "X.shape[1]"),
    (_BACKWARD, backward_deep_m_of_Y, "m from shape[0]", "X.shape[1]"),
    (_BACKWARD, backward_deep_db_axis_0, "db over axis 0", "axis=1"),
    (_BACKWARD, backward_deep_db_no_m, "db without 1/m", "db_l is m times"),
    (_BACKWARD, backward_deep_dW_no_m, "dW without 1/m", "dW_l is m times"),
    (_BACKWARD, backward_deep_dW_transposed, "dW transposed",
     "A_prev @ dZ.T"),
    (_BACKWARD, backward_deep_A_prev_not_transposed, "A_prev not transposed",
     "dZ @ A_prev.T / m"),
    (_BACKWARD, backward_deep_m_twice, "1/m twice", "twice"),
    (_BACKWARD, backward_deep_stale_dZ, "dZ not passed down",
     "dZ = dA_prev * (A > 0)"),
    (_BACKWARD, backward_deep_W_below, "W of the layer below",
     "parameters[f'W{l}'].T @ dZ"),
    (_BACKWARD, backward_deep_cache_l, "caches[l] for layer l",
     "caches[l - 1] is layer l's"),
    (_BACK_DROPOUT, backward_dropout_times_p, "times keep_prob",
     "divided by keep_prob in the forward pass"),
    (_BACK_DROPOUT, backward_dropout_over_p_squared,
     "divided by keep_prob twice", "once is right"),
    (_BACK_DROPOUT, backward_dropout_own_mask, "D of the output layer read",
     "caches[l - 2]['D']"),
    (_BACK_DROPOUT, backward_dropout_no_m, "no 1/m", "m times too large"),
    (_BACK_DROPOUT, backward_dropout_m_rows, "m from shape[0]",
     "X.shape[1]"),
    (_BACK_DROPOUT, backward_dropout_sign, "dZL sign", "Y - AL"),
    (_BACK_DROPOUT, backward_dropout_no_slope, "ReLU derivative missing",
     "dZ = dA * (A > 0)"),
    (_BACK_DROPOUT, backward_dropout_numbered_from_0,
     "layers numbered from 0", "from 0"),
    (_BACK_DROPOUT, backward_dropout_stops_at_2, "loop stops before layer 1",
     "range(L, 0, -1)"),
    (_BACK_DROPOUT, backward_dropout_skips_layer_L, "layer L skipped",
     "dZL = AL - Y"),
    (_BACK_DROPOUT, backward_dropout_cache_l, "caches[l] for layer l",
     "caches[l - 1] is layer l's"),
    (_BACK_DROPOUT, backward_dropout_db_axis_0, "db over axis 0", "axis=1"),
    (_BACK_DROPOUT, backward_dropout_db_no_m, "db without 1/m",
     "db_l is m times"),
    (_BACK_DROPOUT, backward_dropout_dW_no_m, "dW without 1/m",
     "dW_l is m times"),
    (_BACK_DROPOUT, backward_dropout_dW_transposed, "dW transposed",
     "A_prev @ dZ.T"),
    (_BACK_DROPOUT, backward_dropout_A_prev_not_transposed,
     "A_prev not transposed", "dZ @ A_prev.T / m"),
    (_BACK_DROPOUT, backward_dropout_dW_from_A, "A where A_prev belongs",
     "layer's input"),
    (_BACK_DROPOUT, backward_dropout_m_twice, "1/m twice", "twice"),
    (_BACK_DROPOUT, backward_dropout_relu_on_output,
     "last layer given ReLU's derivative", "(ZL > 0)"),
    (_BACK_DROPOUT, backward_dropout_stale_dZ, "dZ not passed down",
     "dZ = dA_prev * (A > 0)"),
    (_BACK_DROPOUT, backward_dropout_W_below, "W of the layer below",
     "dA_prev ="),
    (_BACK_DROPOUT, backward_dropout_W_not_transposed, "W not transposed",
     "W.T @ dZ"),
    (_BACK_DROPOUT, backward_dropout_tanh_slope, "tanh derivative",
     "1 - A**2"),
    (_BACK_DROPOUT, backward_dropout_sigmoid_slope, "sigmoid derivative",
     "A * (1 - A)"),
    (_BACK_DROPOUT, backward_dropout_slope_same_layer,
     "slope from the wrong layer's cache", "caches[l - 2]"),
    (_DROPOUT, dropout_times_keep_prob, "times keep_prob",
     "divide by it"),
    (_DROPOUT, dropout_fixed_seed, "fixed seed",
     "seed = 1 and seed = 2 draw the same masks"),
    (_DROPOUT, dropout_not_applied, "mask drawn but not applied",
     "A = A * D / keep_prob"),
    (_DROPOUT, dropout_input_too, "input dropped", "X as it is"),
    (_DROPOUT, dropout_mask_per_unit, "one mask for every example",
     "rng.random(A.shape)"),
    (_DROPOUT, dropout_mask_stored_scaled, "mask stored divided by keep_prob",
     "store the mask itself"),
    (_DROPOUT, dropout_relu_output, "last layer given ReLU",
     "AL = sigmoid(ZL)"),
    (_DROPOUT, dropout_sigmoid_hidden, "sigmoid hidden layers",
     "A = relu(Z)"),
    (_DROPOUT, dropout_no_b, "b missing", "Z = W @ A_prev + b"),
    (_DROPOUT, dropout_on_Z, "mask on Z", "before ReLU"),
    (_DROPOUT, dropout_tanh_hidden, "tanh hidden layers", "use tanh"),
    (_DROPOUT, dropout_from_zero, "loop starts at layer 0", "W0"),
    (_DROPOUT, dropout_len_parameters, "loop goes past layer L",
     "len(parameters) // 2"),
    (_DROPOUT, dropout_wrong_key, "unknown key", "'W1'"),
    (_COST, cost_l2_precedence, "lambd / 2 * m", "parentheses"),
    (_COST, cost_l2_no_lambd, "lambd left out", "without lambd"),
    (_COST, cost_l2_square_of_sum, "square of the sum", "sums their squares"),
    (_COST, cost_l2_gram, "W @ W.T summed", "trace"),
    (_COST, cost_l2_mean_square, "mean of the squares", "np.mean"),
    (_COST, cost_l2_m_rows, "m from shape[0]", "Y.shape[1]"),
    (_COST, cost_l2_floor, "no penalty", "// (2 * m)"),
    (_COST, cost_l2_categorical_always,
     "categorical cross-entropy for n_y = 1", "compute_cost(AL, Y) there"),
    (_COST, cost_l2_cross_sign, "cross-entropy sign", "minus the average"),
    (_COST, cost_l2_cross_not_averaged, "cross-entropy not averaged",
     "divide it by m"),
    (_COST, cost_l2_from_W0, "penalty reads W0", "range(1, L + 1)"),
    (_COST, cost_l2_len_parameters, "penalty reads past layer L",
     "len(parameters) // 2"),
    (_COST, cost_l2_three_layers, "penalty reads past layer L",
     "W3 of a network with 2 layers"),
]

# (check, a function with another fault, the entry it must not get, the
# entry it gets instead or None)
NEAR_MISSES = [
    (_INIT, init_mean_half, "He factor added", None),
    (_INIT, init_mean_half, "uniform weights", None),
    (_FORWARD, forward_deep_softmax_rows, "softmax output", None),
    (_BACKWARD, backward_deep_dW_m_twice, "dW without 1/m", "output scaled"),
    (_BACKWARD, backward_deep_dW_m_twice, "1/m twice", "output scaled"),
    (_DROPOUT, dropout_over_p_squared, "times keep_prob", None),
    (_DROPOUT, dropout_over_p_squared, "no rescaling", None),
    (_BACK_DROPOUT, backward_dropout_over_p_squared, "times keep_prob",
     "divided by keep_prob twice"),
    (_BACK_DROPOUT, backward_dropout_over_p_squared,
     "mask without / keep_prob", "divided by keep_prob twice"),
    (_FORWARD, forward_deep_first_cache_missing,
     "output layer's cache missing", None),
    (_FORWARD, forward_deep_cache_without_A, "cache keys misnamed", None),
    (_BACKWARD, backward_deep_m_plus_one, "m from shape[0]", None),
    (_BACKWARD, backward_deep_keeps_cost, "dA kept in grads", None),
    (_COST, cost_l2_reads_b_past_L, "penalty reads past layer L", None),
    (_INIT, init_half_normal, "uniform weights", None),
    (_INIT, init_half_normal, "uniform in [-1, 1)", None),
    (_DROPOUT, dropout_over_p_squared, "divided by 1 - keep_prob", None),
    (_COST, cost_l2_third, "lambd / m", None),
    (_COST, cost_l2_third, "lambd / 2 * m", None),
]

# every learner's function above, to see what each check says
ALL = {
    _INIT: [init_divided_by_he, init_two_over_sqrt, init_floor_division,
            init_normal_loc, init_added_scale, init_sizes_apart,
            init_zeros_sizes_apart, init_bias_of_input_size,
            init_range_from_zero, init_range_past_end, init_xavier_output,
            init_mean_half],
    _FORWARD: [forward_deep_softmax_output, forward_deep_no_last_cache,
               forward_deep_swapped_return, forward_deep_tuple_caches,
               forward_deep_L_float, forward_deep_X_every_layer,
               forward_deep_A_at_W, forward_deep_softmax_rows],
    _BACKWARD: [backward_deep_m_rows, backward_deep_m_of_Y,
                backward_deep_db_axis_0, backward_deep_db_no_m,
                backward_deep_dW_no_m, backward_deep_dW_transposed,
                backward_deep_A_prev_not_transposed, backward_deep_m_twice,
                backward_deep_stale_dZ, backward_deep_W_below,
                backward_deep_cache_l, backward_deep_dW_m_twice],
    _COST: [cost_l2_precedence, cost_l2_no_lambd, cost_l2_square_of_sum,
            cost_l2_gram, cost_l2_mean_square, cost_l2_m_rows, cost_l2_floor,
            cost_l2_categorical_always, cost_l2_cross_sign,
            cost_l2_cross_not_averaged, cost_l2_from_W0,
            cost_l2_len_parameters, cost_l2_three_layers, cost_l2_third],
    _DROPOUT: [dropout, dropout_times_keep_prob, dropout_fixed_seed,
               dropout_not_applied, dropout_input_too, dropout_mask_per_unit,
               dropout_mask_stored_scaled, dropout_relu_output,
               dropout_sigmoid_hidden, dropout_no_b, dropout_on_Z,
               dropout_over_p_squared],
    _BACK_DROPOUT: [backward_dropout, backward_dropout_times_p,
                    backward_dropout_own_mask, backward_dropout_no_m,
                    backward_dropout_sign, backward_dropout_no_slope,
                    backward_dropout_m_rows,
                    backward_dropout_over_p_squared],
}
