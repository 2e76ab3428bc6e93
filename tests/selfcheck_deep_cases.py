"""Learners' functions for the self-checks of Lessons 10 and 11.

Each is written as a learner would: a correct version in some style, or
a copy with one mistake. ``CORRECT`` and ``MISTAKES`` extend the lists of
tests/test_selfcheck.py (every catalogue entry needs a learner-style
test there); ``NEAR_MISSES`` are functions that look like a catalogue
mistake but have another fault, and must not be given its name
(tests/test_selfcheck_deep.py).
"""

import numpy as np

import snippets
from snippets.selfcheck import (
    check_backward_propagation_deep,
    check_backward_propagation_with_dropout,
    check_compute_cost_with_l2,
    check_forward_propagation_deep,
    check_forward_propagation_with_dropout,
    check_initialize_parameters_deep,
)

# ------------------------------------------------ initialize_parameters_deep


def init_deep(layer_dims, std=lambda n, n_prev: np.sqrt(2 / n_prev),
              first=1, stop=0, bias=np.zeros, swap=False):
    """The loop a learner writes, with the scale ``std`` and the rest."""
    rng = np.random.default_rng(0)
    parameters = {}
    for layer in range(first, len(layer_dims) - stop):
        n, n_prev = layer_dims[layer], layer_dims[layer - 1]
        shape = (n_prev, n) if swap else (n, n_prev)
        parameters[f"W{layer}"] = rng.standard_normal(shape) * std(n, n_prev)
        parameters[f"b{layer}"] = bias((n, 1))
    return parameters


def init_deep_loop(layer_dims):
    rng = np.random.default_rng(1)
    parameters = {}
    L = len(layer_dims) - 1
    for layer in range(1, L + 1):
        parameters["W" + str(layer)] = rng.standard_normal(
            (layer_dims[layer], layer_dims[layer - 1])) * np.sqrt(
                2 / layer_dims[layer - 1])
        parameters["b" + str(layer)] = np.zeros((layer_dims[layer], 1))
    return parameters


def init_deep_random_state(layer_dims):
    rng = np.random.RandomState(3)
    parameters = {}
    for layer in range(1, len(layer_dims)):
        n, n_prev = layer_dims[layer], layer_dims[layer - 1]
        parameters[f"W{layer}"] = rng.randn(n, n_prev) / np.sqrt(n_prev / 2)
        parameters[f"b{layer}"] = np.zeros((layer_dims[layer], 1))
    return parameters


def init_deep_normal(layer_dims):
    rng = np.random.default_rng(5)
    dims = list(zip(layer_dims[1:], layer_dims[:-1]))
    return {key: value for layer, (n, n_prev) in enumerate(dims, start=1)
            for key, value in (
                (f"W{layer}", rng.normal(0, np.sqrt(2 / n_prev), (n, n_prev))),
                (f"b{layer}", np.zeros((n, 1))))}


def init_deep_from_zero(layer_dims):
    rng = np.random.default_rng(0)
    parameters = {}
    for layer in range(len(layer_dims) - 1):
        n, n_prev = layer_dims[layer + 1], layer_dims[layer]
        parameters[f"W{layer}"] = rng.standard_normal((n, n_prev)) * np.sqrt(
            2 / n_prev)
        parameters[f"b{layer}"] = np.zeros((n, 1))
    return parameters


def init_deep_one_short(layer_dims):
    return init_deep(layer_dims, stop=1)


def init_deep_swapped(layer_dims):
    return init_deep(layer_dims, swap=True)


def init_deep_1d_bias(layer_dims):
    parameters = init_deep(layer_dims)
    for layer in range(1, len(layer_dims)):
        parameters[f"b{layer}"] = np.zeros(layer_dims[layer])
    return parameters


def init_deep_zeros(layer_dims):
    return {key: np.zeros_like(value)
            for key, value in init_deep(layer_dims).items()}


def init_deep_fan_out(layer_dims):
    return init_deep(layer_dims, std=lambda n, n_prev: np.sqrt(2 / n))


def init_deep_xavier(layer_dims):
    return init_deep(layer_dims, std=lambda n, n_prev: np.sqrt(1 / n_prev))


def init_deep_no_sqrt(layer_dims):
    return init_deep(layer_dims, std=lambda n, n_prev: 2 / n_prev)


def init_deep_sqrt_of_2(layer_dims):
    return init_deep(layer_dims, std=lambda n, n_prev: np.sqrt(2) / n_prev)


def init_deep_001(layer_dims):
    return init_deep(layer_dims, std=lambda n, n_prev: 0.01)


def init_deep_unscaled(layer_dims):
    return init_deep(layer_dims, std=lambda n, n_prev: 1)


def init_deep_uniform(layer_dims):
    rng = np.random.default_rng(0)
    parameters = {}
    for layer in range(1, len(layer_dims)):
        parameters[f"W{layer}"] = rng.random(
            (layer_dims[layer], layer_dims[layer - 1])) * np.sqrt(
                2 / layer_dims[layer - 1])
        parameters[f"b{layer}"] = np.zeros((layer_dims[layer], 1))
    return parameters


def init_deep_random_biases(layer_dims):
    rng = np.random.default_rng(9)
    return init_deep(layer_dims, bias=lambda shape: rng.normal(size=shape))


def init_deep_global_seed(layer_dims):
    np.random.seed(1)
    parameters = {}
    for layer in range(1, len(layer_dims)):
        parameters[f"W{layer}"] = np.random.randn(
            layer_dims[layer], layer_dims[layer - 1]) * np.sqrt(
                2 / layer_dims[layer - 1])
        parameters[f"b{layer}"] = np.zeros((layer_dims[layer], 1))
    return parameters


def init_deep_global_generator(layer_dims):
    parameters = {}
    for layer in range(1, len(layer_dims)):
        parameters[f"W{layer}"] = np.random.randn(
            layer_dims[layer], layer_dims[layer - 1]) * np.sqrt(
                2 / layer_dims[layer - 1])
        parameters[f"b{layer}"] = np.zeros((layer_dims[layer], 1))
    return parameters


# near misses: Glorot's sqrt(2 / (n_l + n_{l-1})) is none of the named
# scales; He on every layer but the first is not "He with n_l"
def init_deep_glorot(layer_dims):
    return init_deep(layer_dims,
                     std=lambda n, n_prev: np.sqrt(2 / (n + n_prev)))


def init_deep_fan_out_first_layer(layer_dims):
    first = layer_dims[1]
    return init_deep(layer_dims, std=lambda n, n_prev: np.sqrt(
        2 / (n if n == first else n_prev)))


def init_deep_two_short(layer_dims):
    return init_deep(layer_dims, stop=2)


# ------------------------------------------------- forward_propagation_deep


def relu(z):
    return np.maximum(z, 0)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward_deep_loop(X, parameters):
    L = len(parameters) // 2
    caches = []
    A = X
    for layer in range(1, L):
        A_prev = A
        Z = np.dot(parameters["W" + str(layer)], A_prev) + parameters[
            "b" + str(layer)]
        A = relu(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    Z = parameters[f"W{L}"] @ A + parameters[f"b{L}"]
    AL = sigmoid(Z)
    caches.append({"A_prev": A, "Z": Z, "A": AL})
    return AL, caches


def forward_deep_one_loop(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else np.exp(-np.logaddexp(0, -Z))
        caches.append({"A_prev": A_prev, "Z": Z, "A": A, "layer": layer})
    return A, caches


def forward_deep_from_zero(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(L):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z) if layer < L - 1 else sigmoid(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    return A, caches


def forward_deep_len_parameters(X, parameters):
    L = len(parameters)  # counts W and b
    A, caches = X, []
    for layer in range(1, L):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    Z = parameters[f"W{L}"] @ A + parameters[f"b{L}"]
    return sigmoid(Z), caches


def forward_deep_variant(**changes):
    """forward_deep_loop with one line changed, as ``changes`` says."""
    hidden = changes.get("hidden", relu)
    output = changes.get("output", sigmoid)

    def forward(X, parameters):
        L = len(parameters) // 2
        A, caches = X, []
        for layer in range(1, L + 1):
            A_prev = A
            W, b = parameters[f"W{layer}"], parameters[f"b{layer}"]
            Z = W @ A_prev + (0 if changes.get("no_b") else b)
            A = hidden(Z) if layer < L else output(Z)
            caches.append({"A_prev": A_prev, "Z": Z, "A": A})
        return A, caches
    return forward


def forward_deep_all_relu(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    return A, caches


def forward_deep_hidden_only(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    return A, caches


def forward_deep_returns_AL(X, parameters):
    return forward_deep_loop(X, parameters)[0]


def forward_deep_feeds_Z(X, parameters):
    L = len(parameters) // 2
    A_prev, caches = X, []
    for layer in range(1, L + 1):
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
        A_prev = Z
    return A, caches


def forward_deep_cache_after_update(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        Z = parameters[f"W{layer}"] @ A + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        caches.append({"A_prev": A, "Z": Z, "A": A})  # A_prev overwritten
    return A, caches


def forward_deep_caches_reversed(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        caches.insert(0, {"A_prev": A_prev, "Z": Z, "A": A})
    return A, caches


def forward_deep_transposed(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"].T @ A_prev + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    return A, caches


def forward_deep_global_generator(X, parameters):
    np.random.shuffle(list(parameters))  # a stray draw
    return forward_deep_loop(X, parameters)


def forward_deep_global_seed(X, parameters):
    np.random.seed(0)
    np.random.rand()
    return forward_deep_loop(X, parameters)


def forward_deep_bad_signature(X):
    return X, []


def forward_deep_wrong_key(X, parameters):
    return forward_deep_loop(X, {k.lower(): v for k, v in parameters.items()})


# near misses: ReLU on the output only where L > 1 is not named "last
# layer given ReLU"; a cache keeping Z as A_prev is not "cache of the
# wrong layer"; the caches right but AL scaled is nothing named
def forward_deep_relu_output_if_deep(X, parameters):
    if len(parameters) // 2 > 1:
        return forward_deep_all_relu(X, parameters)
    return forward_deep_loop(X, parameters)


def forward_deep_cache_Z_as_A_prev(X, parameters):
    AL, caches = forward_deep_loop(X, parameters)
    return AL, [{**cache, "A_prev": cache["Z"]} for cache in caches]


def forward_deep_scaled(X, parameters):
    AL, caches = forward_deep_loop(X, parameters)
    return AL * 0.9, caches


# ------------------------------------------------ backward_propagation_deep


def backward_deep_loop(parameters, caches, X, Y):
    grads = {}
    L = len(caches)
    m = X.shape[1]
    dZ = caches[L - 1]["A"] - Y
    for layer in reversed(range(1, L + 1)):
        A_prev = caches[layer - 1]["A_prev"]
        grads["dW" + str(layer)] = 1 / m * np.dot(dZ, A_prev.T)
        grads["db" + str(layer)] = 1 / m * np.sum(dZ, axis=1, keepdims=True)
        if layer > 1:
            dA_prev = np.dot(parameters["W" + str(layer)].T, dZ)
            dZ = dA_prev * (caches[layer - 2]["Z"] > 0)
    return grads


def backward_deep_relu_backward(parameters, caches, X, Y):
    def relu_backward(dA, Z):
        dZ = np.array(dA, copy=True)
        dZ[Z <= 0] = 0
        return dZ

    grads, L, m = {}, len(caches), X.shape[1]
    dZ = caches[-1]["A"] - Y
    for layer in range(L, 0, -1):
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
        grads[f"db{layer}"] = dZ.sum(axis=1, keepdims=True) / m
        if layer > 1:
            dZ = relu_backward(parameters[f"W{layer}"].T @ dZ,
                               caches[layer - 2]["Z"])
    return grads


def backward_deep(*, slope=lambda cache: cache["Z"] > 0, m_div=True,
                  sign=1, keepdims=True, stop=1,
                  wrong_cache=False, dW_A=False, transpose=True,
                  output=lambda AL, Y, ZL: AL - Y, numbering=0):
    """backward_deep_loop with one line changed."""
    def backward(parameters, caches, X, Y):
        grads, L = {}, len(caches)
        m = X.shape[1] if m_div else 1
        dZ = sign * output(caches[-1]["A"], Y, caches[-1]["Z"])
        for layer in range(L, stop - 1, -1):
            cache = caches[layer - 1]
            A_in = cache["A"] if dW_A else cache["A_prev"]
            grads[f"dW{layer - numbering}"] = dZ @ A_in.T / m
            grads[f"db{layer - numbering}"] = np.sum(
                dZ, axis=1, keepdims=keepdims) / m
            if layer > 1:
                W = parameters[f"W{layer}"]
                dA = (W.T if transpose else W) @ dZ
                dZ = dA * slope(cache if wrong_cache else caches[layer - 2])
        return grads
    return backward


def backward_deep_skips_layer_L(parameters, caches, X, Y):
    grads, L, m = {}, len(caches), X.shape[1]
    dZ = caches[-1]["A"] - Y
    for layer in range(L - 1, 0, -1):  # starts one layer down
        dA = parameters[f"W{layer + 1}"].T @ dZ
        dZ = dA * (caches[layer - 1]["Z"] > 0)
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
    return grads


def backward_deep_in_place(parameters, caches, X, Y):
    dZ = caches[-1]["A"]
    dZ -= Y
    grads, L, m = {}, len(caches), X.shape[1]
    for layer in range(L, 0, -1):
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:
            dZ = parameters[f"W{layer}"].T @ dZ * (caches[layer - 2]["Z"] > 0)
    return grads


def backward_deep_relu_output(parameters, caches, X, Y):
    AL = caches[-1]["A"]
    dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    grads, L, m = {}, len(caches), X.shape[1]
    for layer in range(L, 0, -1):
        cache = caches[layer - 1]
        dZ = dA * (cache["Z"] > 0)  # every layer as a ReLU layer
        grads[f"dW{layer}"] = dZ @ cache["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        dA = parameters[f"W{layer}"].T @ dZ
    return grads


def backward_deep_wrong_key(parameters, caches, X, Y):
    renamed = [{"a_prev": c["A_prev"], "Z": c["Z"], "A": c["A"]}
               for c in caches]
    grads, L, m = {}, len(caches), X.shape[1]
    dZ = renamed[-1]["A"] - Y
    for layer in range(L, 0, -1):
        grads[f"dW{layer}"] = dZ @ renamed[layer - 1]["A_prev"].T / m
    return grads


def backward_deep_global_generator(parameters, caches, X, Y):
    np.random.rand()
    return backward_deep_loop(parameters, caches, X, Y)


def backward_deep_global_seed(parameters, caches, X, Y):
    np.random.seed(3)
    return backward_deep_loop(parameters, caches, X, Y)


# near misses: db summed over the wrong axis with keepdims has the
# wrong shape but is not "without keepdims"; a 1/m only on dW is not
# "no 1/m"; the output error doubled is none of the named ones
def backward_deep_db_axis_0(parameters, caches, X, Y):
    grads = backward_deep_loop(parameters, caches, X, Y)
    for layer in range(1, len(caches) + 1):
        grads[f"db{layer}"] = grads[f"db{layer}"].T
    return grads


def backward_deep_db_no_m(parameters, caches, X, Y):
    grads = backward_deep_loop(parameters, caches, X, Y)
    m = X.shape[1]
    return {key: grad * m if key.startswith("db") else grad
            for key, grad in grads.items()}


def backward_deep_doubled(parameters, caches, X, Y):
    return backward_deep(output=lambda AL, Y, ZL: 2 * (AL - Y))(
        parameters, caches, X, Y)


# ---------------------------------------------------- compute_cost_with_l2


def cost_l2(*, divisor=lambda m: 2 * m, biases=False, last=True,
            squared=True, sign=1, binary_always=False):
    """A learner's compute_cost_with_l2 with one line changed."""
    def compute_cost_with_l2(AL, Y, parameters, lambd):
        m = Y.shape[1]
        L = len(parameters) // 2
        if AL.shape[0] == 1 or binary_always:
            cross = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
        else:
            cross = -np.sum(Y * np.log(AL)) / m
        penalty = 0
        for layer in range(1, L + 1 if last else L):
            names = ["W", "b"] if biases else ["W"]
            for name in names:
                P = parameters[f"{name}{layer}"]
                penalty += np.sum(P**2) if squared else np.linalg.norm(P)
        return float(cross + sign * lambd / divisor(m) * penalty)
    return compute_cost_with_l2


def cost_l2_comprehension(AL, Y, parameters, lambd):
    m = Y.shape[1]
    if AL.shape[0] == 1:
        cross = float(np.mean(-(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))))
    else:
        cross = float(-np.sum(Y * np.log(AL)) / m)
    squares = sum(np.sum(np.square(W)) for key, W in parameters.items()
                  if key.startswith("W"))
    return cross + lambd / (2 * m) * float(squares)


def cost_l2_course(AL, Y, parameters, lambd):
    if AL.shape[0] == 1:
        cross = snippets.compute_cost(AL, Y)
    else:
        cross = snippets.compute_cost_softmax(AL, Y)
    L = len(parameters) // 2
    norms = [np.linalg.norm(parameters[f"W{layer}"]) ** 2
             for layer in range(1, L + 1)]
    return cross + lambd / (2 * Y.shape[1]) * float(np.sum(norms))


def cost_l2_array(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL),
                    axis=1, keepdims=True) / m
    return cross + lambd / (2 * m) * sum(
        np.sum(W**2) for k, W in parameters.items() if k[0] == "W")


def cost_l2_no_penalty(AL, Y, parameters, lambd):
    return cost_l2(divisor=lambda m: np.inf)(AL, Y, parameters, lambd)


def cost_l2_global_seed(AL, Y, parameters, lambd):
    np.random.seed(1)
    return cost_l2()(AL, Y, parameters, lambd)


def cost_l2_global_generator(AL, Y, parameters, lambd):
    np.random.rand()
    return cost_l2()(AL, Y, parameters, lambd)


# near misses: lambd / (4 m) is not "lambd / m"; the penalty on the
# first layer only is not "last layer left out"
def cost_l2_quarter(AL, Y, parameters, lambd):
    return cost_l2(divisor=lambda m: 4 * m)(AL, Y, parameters, lambd)


def cost_l2_first_layer_only(AL, Y, parameters, lambd):
    m = Y.shape[1]
    return cost_l2()(AL, Y, {"W1": parameters["W1"]}, lambd) if \
        len(parameters) > 2 else cost_l2()(AL, Y, parameters, lambd) + 0 * m


# ---------------------------------------- forward_propagation_with_dropout


def dropout_forward(*, rescale=True, drop_output=False, keep="<",
                    store="before", draw="rng", stored_mask="same",
                    hidden=relu):
    """A learner's forward pass with dropout, one line changed."""
    def forward_propagation_with_dropout(X, parameters, keep_prob, seed):
        rng = np.random.default_rng(seed)
        L = len(parameters) // 2
        A, caches = X, []
        for layer in range(1, L + 1):
            A_prev = A
            Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
            A = hidden(Z) if layer < L else sigmoid(Z)
            cache = {"A_prev": A_prev, "Z": Z, "A": A}
            if keep_prob < 1 and (layer < L or drop_output):
                if draw == "rng":
                    u = rng.random(A.shape)
                else:  # NumPy's global generator
                    u = np.random.rand(*A.shape)
                D = u < keep_prob if keep == "<" else u > keep_prob
                A = A * D
                if rescale:
                    A = A / keep_prob
                if stored_mask == "new":
                    D = rng.random(A.shape) < keep_prob
                cache.update(D=D, keep_prob=keep_prob)
                if store == "after":
                    cache["A"] = A
            caches.append(cache)
        return A, caches
    return forward_propagation_with_dropout


def dropout_binomial(X, parameters, keep_prob, seed):
    rng = np.random.default_rng(seed + 100)
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = np.dot(parameters["W" + str(layer)], A_prev) + parameters[
            "b" + str(layer)]
        if layer == L:
            A = sigmoid(Z)
            caches.append({"A_prev": A_prev, "Z": Z, "A": A})
            break
        A = relu(Z)
        D = rng.binomial(1, keep_prob, size=A.shape)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A, "D": D,
                       "keep_prob": keep_prob})
        A = np.multiply(A, D) / keep_prob
    return A, caches


def dropout_random_state(X, parameters, keep_prob, seed):
    rng = np.random.RandomState(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = relu(Z) if layer < L else sigmoid(Z)
        cache = {"A_prev": A_prev, "Z": Z, "A": A}
        if layer < L and keep_prob < 1:
            D = (rng.rand(*A.shape) < keep_prob).astype(float)
            cache.update(D=D, keep_prob=keep_prob)
            A = A * D / keep_prob
        caches.append(cache)
    return A, caches


def dropout_returns_AL(X, parameters, keep_prob, seed):
    return dropout_forward()(X, parameters, keep_prob, seed)[0]


def dropout_unseeded(X, parameters, keep_prob, seed):
    return dropout_forward()(X, parameters, keep_prob, None)


def dropout_global_seed(X, parameters, keep_prob, seed):
    np.random.seed(seed)
    return dropout_forward(draw="global")(X, parameters, keep_prob, seed)


# near misses: masks of the right density but cached as floats scaled
# by 1/keep_prob are not "no rescale"; tanh hidden layers are nothing
# named
def dropout_scaled_mask(X, parameters, keep_prob, seed):
    AL, caches = dropout_forward()(X, parameters, keep_prob, seed)
    for cache in caches:
        if "D" in cache:
            cache["D"] = cache["D"] / keep_prob
    return AL, caches


def dropout_tanh(X, parameters, keep_prob, seed):
    return dropout_forward(hidden=np.tanh)(X, parameters, keep_prob, seed)


# -------------------------------------------------------------- the lists

CORRECT = [
    (check_initialize_parameters_deep, snippets.initialize_parameters_deep),
    (check_initialize_parameters_deep, init_deep),
    (check_initialize_parameters_deep, init_deep_loop),
    (check_initialize_parameters_deep, init_deep_random_state),
    (check_initialize_parameters_deep, init_deep_normal),
    (check_forward_propagation_deep, snippets.forward_propagation_deep),
    (check_forward_propagation_deep, forward_deep_loop),
    (check_forward_propagation_deep, forward_deep_one_loop),
    (check_forward_propagation_deep, forward_deep_variant()),
    (check_backward_propagation_deep, snippets.backward_propagation_deep),
    (check_backward_propagation_deep, backward_deep_loop),
    (check_backward_propagation_deep, backward_deep_relu_backward),
    (check_backward_propagation_deep, backward_deep()),
    (check_compute_cost_with_l2, snippets.compute_cost_with_l2),
    (check_compute_cost_with_l2, cost_l2()),
    (check_compute_cost_with_l2, cost_l2_comprehension),
    (check_compute_cost_with_l2, cost_l2_course),
    (check_forward_propagation_with_dropout, dropout_forward()),
    (check_forward_propagation_with_dropout, dropout_binomial),
    (check_forward_propagation_with_dropout, dropout_random_state),
]


_INIT = check_initialize_parameters_deep
_FORWARD = check_forward_propagation_deep
_BACKWARD = check_backward_propagation_deep
_COST = check_compute_cost_with_l2
_DROPOUT = check_forward_propagation_with_dropout


# (check, the learner's function, catalogue name, phrase the diagnosis has)
MISTAKES = [
    (_INIT, init_deep_from_zero, "layers numbered from 0", "from 0"),
    (_INIT, init_deep_one_short, "last layer missing", "one layer early"),
    (_INIT, init_deep_swapped, "swapped weight shapes", "swapped"),
    (_INIT, init_deep_1d_bias, "1-D biases", "1-D"),
    (_INIT, init_deep_zeros, "zero weights (symmetry)", "identical"),
    (_INIT, init_deep_fan_out, "He with n_l", "fan-in"),
    (_INIT, init_deep_xavier, "Xavier where He belongs", "Xavier"),
    (_INIT, init_deep_no_sqrt, "square root forgotten", "square root"),
    (_INIT, init_deep_sqrt_of_2, "sqrt(2) / n_{l-1}", "whole fraction"),
    (_INIT, init_deep_001, "Lesson 6's 0.01", "0.01"),
    (_INIT, init_deep_unscaled, "no scale", "deviation 1"),
    (_INIT, init_deep_uniform, "uniform weights", ">= 0"),
    (_INIT, init_deep_random_biases, "random biases", "not zero"),
    (_INIT, init_deep_global_seed, "NumPy's global seed", "global seed"),
    (_INIT, init_deep_global_generator, "NumPy's global generator",
     "global generator"),
    (_FORWARD, forward_deep_bad_signature, "wrong signature", "(X, "),
    (_FORWARD, forward_deep_from_zero, "loop starts at layer 0", "W0"),
    (_FORWARD, forward_deep_len_parameters, "loop goes past layer L",
     "len(parameters) // 2"),
    (_FORWARD, forward_deep_wrong_key, "unknown key", "'W1'"),
    (_FORWARD, forward_deep_returns_AL, "AL returned alone", "AL alone"),
    (_FORWARD, forward_deep_all_relu, "last layer given ReLU",
     "output layer uses ReLU"),
    (_FORWARD, forward_deep_hidden_only, "output layer skipped",
     "range(1, L + 1)"),
    (_FORWARD, forward_deep_variant(hidden=sigmoid), "sigmoid hidden layers",
     "use sigmoid"),
    (_FORWARD, forward_deep_variant(hidden=np.tanh), "tanh hidden layers",
     "use tanh"),
    (_FORWARD, forward_deep_variant(hidden=lambda z: z),
     "no hidden activation", "pass Z on"),
    (_FORWARD, forward_deep_variant(no_b=True), "b missing", "no bias"),
    (_FORWARD, forward_deep_feeds_Z, "Z fed to the next layer",
     "A_prev = A"),
    (_FORWARD, forward_deep_cache_after_update, "cache of the wrong layer",
     "caches[l - 1] is layer l's"),
    (_FORWARD, forward_deep_caches_reversed, "cache of the wrong layer",
     "from layer 1 to L"),
    (_FORWARD, forward_deep_transposed, "W transposed", "without .T"),
    (_FORWARD, forward_deep_global_seed, "NumPy's global seed",
     "global seed"),
    (_FORWARD, forward_deep_global_generator, "NumPy's global generator",
     "global generator"),
    (_BACKWARD, backward_deep(numbering=1), "layers numbered from 0",
     "from 0"),
    (_BACKWARD, backward_deep(stop=2), "loop stops before layer 1",
     "range(L, 0, -1)"),
    (_BACKWARD, backward_deep_skips_layer_L, "layer L skipped",
     "dZL = AL - Y"),
    (_BACKWARD, backward_deep_wrong_key, "unknown key", "'A_prev'"),
    (_BACKWARD, backward_deep_in_place, "inputs changed in place",
     "changes caches"),
    (_BACKWARD, backward_deep(keepdims=False), "db without keepdims",
     "keepdims=True"),
    (_BACKWARD, backward_deep_relu_output,
     "last layer given ReLU's derivative", "dZL = AL - Y as it is"),
    (_BACKWARD, backward_deep(output=lambda AL, Y, ZL: (AL - Y) * (ZL > 0)),
     "last layer given ReLU's derivative", "(ZL > 0)"),
    (_BACKWARD, backward_deep(slope=lambda cache: 1),
     "ReLU derivative missing", "dZ = dA * (A > 0)"),
    (_BACKWARD, backward_deep(slope=lambda cache: 1 - cache["A"]**2),
     "tanh derivative", "1 - A**2"),
    (_BACKWARD, backward_deep(slope=lambda cache: cache["A"] * (
        1 - cache["A"])), "sigmoid derivative", "A * (1 - A)"),
    (_BACKWARD, backward_deep(wrong_cache=True),
     "slope from the wrong layer's cache", "caches[l - 2]"),
    (_BACKWARD, backward_deep(dW_A=True), "A where A_prev belongs",
     "layer's input"),
    (_BACKWARD, backward_deep(m_div=False), "no 1/m", "m times too large"),
    (_BACKWARD, backward_deep(sign=-1), "dZL sign", "Y - AL"),
    (_BACKWARD, backward_deep(transpose=False), "W not transposed", "W.T"),
    (_BACKWARD, backward_deep_global_seed, "NumPy's global seed",
     "global seed"),
    (_BACKWARD, backward_deep_global_generator, "NumPy's global generator",
     "global generator"),
    (_COST, cost_l2_array, "array instead of float", "one number"),
    (_COST, cost_l2(divisor=lambda m: m), "lambd / m", "lambd / (2 * m)"),
    (_COST, cost_l2(divisor=lambda m: 2), "no 1/m in the penalty",
     "divide by m"),
    (_COST, cost_l2(divisor=lambda m: 1), "no lambd / (2 m)",
     "lambd / (2 * m)"),
    (_COST, cost_l2(biases=True), "biases decayed", "biases"),
    (_COST, cost_l2(squared=False), "norm not squared", "squared"),
    (_COST, cost_l2(last=False), "last layer left out", "every layer"),
    (_COST, cost_l2(sign=-1), "penalty subtracted", "add"),
    (_COST, cost_l2_no_penalty, "no penalty", "lambd"),
    (_COST, cost_l2(binary_always=True), "binary cross-entropy for n_y > 1",
     "categorical"),
    (_COST, cost_l2_global_seed, "NumPy's global seed", "global seed"),
    (_COST, cost_l2_global_generator, "NumPy's global generator",
     "global generator"),
    (_DROPOUT, dropout_forward(rescale=False), "no rescaling",
     "/ keep_prob"),
    (_DROPOUT, dropout_forward(drop_output=True), "output layer dropped",
     "output layer"),
    (_DROPOUT, dropout_forward(keep=">"), "mask keeps 1 - keep_prob",
     "< keep_prob"),
    (_DROPOUT, dropout_forward(stored_mask="new"), "cached mask not the one "
     "applied", "same mask"),
    (_DROPOUT, dropout_forward(store="after"), "A cached after dropout",
     "before"),
    (_DROPOUT, dropout_unseeded, "seed ignored", "seed"),
    (_DROPOUT, dropout_returns_AL, "AL returned alone", "AL alone"),
    (_DROPOUT, dropout_global_seed, "NumPy's global seed", "global seed"),
    (_DROPOUT, dropout_forward(draw="global"), "NumPy's global generator",
     "global generator"),
]


# (check, a function with another fault, the name it must not get)
NEAR_MISSES = [
    (_INIT, init_deep_glorot, "He with n_l"),
    (_INIT, init_deep_glorot, "Xavier where He belongs"),
    (_INIT, init_deep_fan_out_first_layer, "He with n_l"),
    (_INIT, init_deep_two_short, "last layer missing"),
    (_FORWARD, forward_deep_relu_output_if_deep, "last layer given ReLU"),
    (_FORWARD, forward_deep_cache_Z_as_A_prev, "cache of the wrong layer"),
    (_FORWARD, forward_deep_scaled, "last layer given ReLU"),
    (_BACKWARD, backward_deep_db_axis_0, "db without keepdims"),
    (_BACKWARD, backward_deep_db_no_m, "no 1/m"),
    (_BACKWARD, backward_deep_doubled, "dZL sign"),
    (_BACKWARD, backward_deep_doubled, "last layer given ReLU's derivative"),
    (_COST, cost_l2_quarter, "lambd / m"),
    (_COST, cost_l2_quarter, "no lambd / (2 m)"),
    (_COST, cost_l2_first_layer_only, "last layer left out"),
    (_DROPOUT, dropout_scaled_mask, "no rescaling"),
    (_DROPOUT, dropout_tanh, "output layer dropped"),
]


# ---------------------------------------- backward_propagation_with_dropout


def backward_dropout(*, mask="cached", rescale=True, keepdims=True):
    """A learner's backward pass with dropout, one line changed."""
    def backward_propagation_with_dropout(parameters, caches, X, Y):
        L, m = len(caches), X.shape[1]
        grads = {}
        dZ = caches[-1]["A"] - Y
        rng = np.random.default_rng(0)
        for layer in range(L, 0, -1):
            grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
            grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=keepdims) / m
            if layer > 1:
                below = caches[layer - 2]
                dA = parameters[f"W{layer}"].T @ dZ
                keep_prob = below["keep_prob"]
                if mask == "cached":
                    D = below["D"]
                elif mask == "new, seeded":
                    D = rng.random(dA.shape) < keep_prob
                elif mask == "new, global":
                    D = np.random.rand(*dA.shape) < keep_prob
                else:
                    D = 1
                dA = dA * D
                if rescale:
                    dA = dA / keep_prob
                dZ = dA * (below["A"] > 0)
        return grads
    return backward_propagation_with_dropout


def backward_dropout_in_place(parameters, caches, X, Y):
    for cache in caches[:-1]:
        cache["A"] *= cache["D"]  # "apply the mask once, up front"
        cache["A"] /= cache["keep_prob"]
    return backward_dropout()(parameters, caches, X, Y)


def backward_dropout_bad_key(parameters, caches, X, Y):
    return {"dW1": caches[0]["mask"]}


def backward_dropout_global_seed(parameters, caches, X, Y):
    np.random.seed(2)
    return backward_dropout()(parameters, caches, X, Y)


# near miss: a mask applied to the layer above (the wrong cache) is not
# "a new mask"
def backward_dropout_wrong_layer(parameters, caches, X, Y):
    L, m = len(caches), X.shape[1]
    grads, dZ = {}, caches[-1]["A"] - Y
    for layer in range(L, 0, -1):
        grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:
            below = caches[layer - 2]
            dA = parameters[f"W{layer}"].T @ dZ
            dZ = dA / below["keep_prob"] * (below["A"] > 0)
            if layer < L:
                dZ = dZ * caches[layer - 1]["D"][: dZ.shape[0]]
    return grads


_BACKWARD_DROPOUT = check_backward_propagation_with_dropout
CORRECT += [
    (_BACKWARD_DROPOUT, snippets.backward_propagation_deep),
    (_BACKWARD_DROPOUT, backward_dropout()),
]
MISTAKES += [
    (_BACKWARD_DROPOUT, backward_dropout_bad_key, "unknown key", "'mask'"),
    (_BACKWARD_DROPOUT, backward_dropout_in_place, "inputs changed in place",
     "changes caches"),
    (_BACKWARD_DROPOUT, backward_dropout(keepdims=False),
     "db without keepdims", "keepdims=True"),
    (_BACKWARD_DROPOUT, backward_dropout(mask="none"), "mask ignored",
     "ignores the masks"),
    (_BACKWARD_DROPOUT, backward_dropout(rescale=False),
     "mask without / keep_prob", "divide by keep_prob"),
    (_BACKWARD_DROPOUT, backward_dropout(mask="new, seeded"),
     "a new mask in the backward pass", "same mask as the forward pass"),
    (_BACKWARD_DROPOUT, backward_dropout(mask="new, global"),
     "a new mask in the backward pass", "another mask"),
    (_BACKWARD_DROPOUT, backward_dropout_global_seed, "NumPy's global seed",
     "global seed"),
]
NEAR_MISSES += [
    (_BACKWARD_DROPOUT, backward_dropout_wrong_layer,
     "a new mask in the backward pass"),
]
