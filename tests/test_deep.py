"""Tests of snippets.deep: the L-layer network of Lesson 10.

Backpropagation must agree with centred finite differences of a cost
written here independently, at every depth from 2 to 5, for both hidden
activations and both outputs; the 2-layer functions of Lessons 7 and 9
must be the L = 2 case; initialization must be deterministic, private
and scaled as documented; float32 must stay float32.
"""

import copy

import numpy as np
import pytest

from snippets import (
    backward_propagation_deep,
    backward_propagation_nn,
    backward_propagation_softmax,
    forward_propagation_deep,
    forward_propagation_nn,
    forward_propagation_softmax,
    initialize_parameters_deep,
    initialize_parameters_nn,
)
from snippets.multiclass import one_hot

HIDDEN = ["relu", "tanh"]
OUTPUTS = ["sigmoid", "softmax"]
# layer sizes [n_x, n_1, ..., n_y] for depths L = 2 .. 5 (n_y set later)
DEPTHS = {2: [4, 5], 3: [4, 5, 3], 4: [3, 4, 6, 5], 5: [5, 3, 4, 4, 6]}


def random_problem(seed, dims, output, m=7, dtype=np.float64):
    """X, labels Y of the output's kind and O(1) parameters, biases too."""
    rng = np.random.default_rng(seed)
    parameters = {}
    for layer in range(1, len(dims)):
        n, n_prev = dims[layer], dims[layer - 1]
        parameters[f"W{layer}"] = rng.normal(size=(n, n_prev)) / n_prev**0.5
        parameters[f"b{layer}"] = rng.normal(size=(n, 1)) * 0.5
    parameters = {k: v.astype(dtype) for k, v in parameters.items()}
    X = rng.normal(size=(dims[0], m)).astype(dtype)
    n_y = dims[-1]
    if output == "softmax":
        Y = one_hot(rng.integers(0, n_y, size=m), n_y)
    else:
        Y = rng.integers(0, 2, size=(n_y, m)).astype(np.float64)
    return X, Y.astype(dtype), parameters


def reference_cost(parameters, X, Y, hidden, output):
    """The cross-entropy of the network, written out independently."""
    L = len(parameters) // 2
    A = X
    for layer in range(1, L + 1):
        Z = parameters[f"W{layer}"] @ A + parameters[f"b{layer}"]
        if layer < L:
            A = np.where(Z > 0, Z, 0.0) if hidden == "relu" else np.tanh(Z)
    m = X.shape[1]
    if output == "softmax":
        log_a = Z - np.log(np.sum(np.exp(Z), axis=0))   # log softmax
        return -np.sum(Y * log_a) / m
    a = 1 / (1 + np.exp(-Z))
    return -np.sum(Y * np.log(a) + (1 - Y) * np.log(1 - a)) / m


def numeric_gradients(parameters, X, Y, hidden, output, eps=1e-6):
    """Centred finite differences of reference_cost, entry by entry."""
    grads = {}
    for key in parameters:
        grad = np.zeros_like(parameters[key])
        for index in np.ndindex(grad.shape):
            plus, minus = copy.deepcopy(parameters), copy.deepcopy(parameters)
            plus[key][index] += eps
            minus[key][index] -= eps
            grad[index] = (reference_cost(plus, X, Y, hidden, output)
                           - reference_cost(minus, X, Y, hidden, output)
                           ) / (2 * eps)
        grads["d" + key] = grad
    return grads


def relative_difference(grads, other):
    """||a - b|| / (||a|| + ||b||) over every gradient at once."""
    keys = sorted(grads)
    a = np.concatenate([grads[k].ravel() for k in keys])
    b = np.concatenate([other[k].ravel() for k in keys])
    return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))


# -- backpropagation against finite differences -------------------------------

@pytest.mark.parametrize("L", sorted(DEPTHS))
@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("hidden", HIDDEN)
def test_gradients_pass_a_gradient_check(hidden, output, L):
    """Depths 2 to 5, relu and tanh, sigmoid and softmax: backprop agrees
    with centred differences of an independent cost to 1e-7."""
    n_y = 3 if output == "softmax" else 2
    dims = [*DEPTHS[L], n_y]
    X, Y, parameters = random_problem(10 * L + len(output), dims, output)
    _, caches = forward_propagation_deep(
        X, parameters, hidden_activation=hidden, output=output)
    grads = backward_propagation_deep(
        parameters, caches, X, Y, hidden_activation=hidden, output=output)
    assert sorted(grads) == sorted("d" + key for key in parameters)
    for key in parameters:
        assert grads["d" + key].shape == parameters[key].shape
    numeric = numeric_gradients(parameters, X, Y, hidden, output)
    assert relative_difference(grads, numeric) < 1e-7


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("hidden", HIDDEN)
def test_gradient_check_catches_a_wrong_slope(hidden, output):
    """The check above can fail: using the wrong hidden slope breaks it."""
    other = "tanh" if hidden == "relu" else "relu"
    X, Y, parameters = random_problem(3, [4, 5, 3, 2], output)
    _, caches = forward_propagation_deep(
        X, parameters, hidden_activation=hidden, output=output)
    wrong = backward_propagation_deep(
        parameters, caches, X, Y, hidden_activation=other, output=output)
    numeric = numeric_gradients(parameters, X, Y, hidden, output)
    assert relative_difference(wrong, numeric) > 1e-3


def test_output_gradient_is_AL_minus_Y():
    """db_L is the mean of AL - Y over the examples, for both outputs."""
    for output in OUTPUTS:
        X, Y, parameters = random_problem(4, [3, 4, 4, 3], output)
        AL, caches = forward_propagation_deep(X, parameters, output=output)
        grads = backward_propagation_deep(
            parameters, caches, X, Y, output=output)
        np.testing.assert_allclose(
            grads["db3"], (AL - Y).mean(axis=1, keepdims=True), rtol=1e-12)


# -- the forward pass ---------------------------------------------------------

@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("hidden", HIDDEN)
def test_forward_computes_the_layers_written_out(hidden, output):
    """L = 3 written out by hand: the same AL, and the caches hold each
    layer's input, Z and A."""
    X, _, p = random_problem(5, [4, 6, 5, 3], output)
    g = np.tanh if hidden == "tanh" else (lambda z: np.maximum(z, 0))
    Z1 = p["W1"] @ X + p["b1"]
    A1 = g(Z1)
    Z2 = p["W2"] @ A1 + p["b2"]
    A2 = g(Z2)
    Z3 = p["W3"] @ A2 + p["b3"]
    if output == "softmax":
        A3 = np.exp(Z3) / np.exp(Z3).sum(axis=0)
    else:
        A3 = 1 / (1 + np.exp(-Z3))
    AL, caches = forward_propagation_deep(
        X, p, hidden_activation=hidden, output=output)
    np.testing.assert_allclose(AL, A3, rtol=1e-12)
    assert len(caches) == 3
    for cache, (A_prev, Z, A) in zip(
            caches, [(X, Z1, A1), (A1, Z2, A2), (A2, Z3, A3)]):
        assert sorted(cache) == ["A", "A_prev", "Z"]
        np.testing.assert_allclose(cache["A_prev"], A_prev, rtol=1e-12)
        np.testing.assert_allclose(cache["Z"], Z, rtol=1e-12)
        np.testing.assert_allclose(cache["A"], A, rtol=1e-12)
    assert caches[0]["A_prev"] is X
    assert caches[2]["A"] is AL


def test_caches_share_each_layer_s_output():
    """Layer l's A is layer l+1's A_prev: the same array, not a copy."""
    X, _, p = random_problem(6, [3, 4, 4, 4, 1], "sigmoid")
    _, caches = forward_propagation_deep(X, p)
    for below, above in zip(caches, caches[1:]):
        assert above["A_prev"] is below["A"]


def test_softmax_output_columns_sum_to_one_at_large_scores():
    """A softmax output stays finite and sums to 1 with huge scores."""
    X, _, p = random_problem(7, [3, 5, 4], "softmax")
    p["W2"] *= 1e4
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        AL, _ = forward_propagation_deep(X, p, output="softmax")
    np.testing.assert_allclose(AL.sum(axis=0), 1.0)
    assert np.isfinite(AL).all()


def test_inputs_are_unchanged():
    """Forward and backward leave X, Y and the parameters as they were."""
    X, Y, p = random_problem(8, [3, 4, 4, 2], "sigmoid")
    before = copy.deepcopy((X, Y, p))
    _, caches = forward_propagation_deep(X, p)
    backward_propagation_deep(p, caches, X, Y)
    np.testing.assert_array_equal(X, before[0])
    np.testing.assert_array_equal(Y, before[1])
    for key in p:
        np.testing.assert_array_equal(p[key], before[2][key])


# -- the 2-layer functions are the L = 2 case ---------------------------------

@pytest.mark.parametrize("hidden", HIDDEN)
def test_two_layer_sigmoid_network_is_the_L_2_case(hidden):
    """forward/backward_propagation_nn equal the deep ones at L = 2."""
    X, Y, p = random_problem(9, [5, 6, 1], "sigmoid", m=11)
    A2, cache = forward_propagation_nn(X, p, hidden_activation=hidden)
    AL, caches = forward_propagation_deep(X, p, hidden_activation=hidden)
    np.testing.assert_array_equal(AL, A2)
    np.testing.assert_array_equal(caches[0]["Z"], cache["Z1"])
    np.testing.assert_array_equal(caches[0]["A"], cache["A1"])
    np.testing.assert_array_equal(caches[1]["Z"], cache["Z2"])
    grads_nn = backward_propagation_nn(
        p, cache, X, Y, hidden_activation=hidden)
    grads = backward_propagation_deep(
        p, caches, X, Y, hidden_activation=hidden)
    assert sorted(grads) == sorted(grads_nn)
    for key in grads_nn:
        np.testing.assert_array_equal(grads[key], grads_nn[key])


@pytest.mark.parametrize("hidden", HIDDEN)
def test_two_layer_softmax_network_is_the_L_2_case(hidden):
    """forward/backward_propagation_softmax equal the deep ones at L = 2,
    on the parameters initialize_parameters_nn gives."""
    p = initialize_parameters_nn(5, 6, 4, scale=1.0)
    X, Y, _ = random_problem(10, [5, 6, 4], "softmax", m=9)
    A2, cache = forward_propagation_softmax(X, p, hidden_activation=hidden)
    AL, caches = forward_propagation_deep(
        X, p, hidden_activation=hidden, output="softmax")
    np.testing.assert_array_equal(AL, A2)
    grads_nn = backward_propagation_softmax(
        p, cache, X, Y, hidden_activation=hidden)
    grads = backward_propagation_deep(
        p, caches, X, Y, hidden_activation=hidden, output="softmax")
    assert sorted(grads) == sorted(grads_nn)
    for key in grads_nn:
        np.testing.assert_array_equal(grads[key], grads_nn[key])


# -- initialization -----------------------------------------------------------

def test_initialize_shapes_and_zero_biases():
    """W_l is (n_l, n_{l-1}), b_l zeros (n_l, 1), in layer order."""
    dims = [7, 5, 4, 3, 1]
    p = initialize_parameters_deep(dims)
    assert list(p) == ["W1", "b1", "W2", "b2", "W3", "b3", "W4", "b4"]
    for layer in range(1, 5):
        assert p[f"W{layer}"].shape == (dims[layer], dims[layer - 1])
        np.testing.assert_array_equal(p[f"b{layer}"],
                                      np.zeros((dims[layer], 1)))


@pytest.mark.parametrize("scale, gain", [("he", 2.0), ("xavier", 1.0)])
def test_named_scales_use_the_fan_in(scale, gain):
    """The std of W_l is sqrt(gain / n_{l-1}) (not n_l) for every layer."""
    dims = [400, 100, 900, 50]
    p = initialize_parameters_deep(dims, scale=scale)
    for layer in range(1, 4):
        expected = np.sqrt(gain / dims[layer - 1])
        std = p[f"W{layer}"].std()
        assert abs(std / expected - 1) < 0.03, (layer, std, expected)
        assert abs(p[f"W{layer}"].mean()) < 0.05 * expected


def test_float_scale_is_the_same_draw_scaled():
    """A float scale multiplies the same standard normals as "he"."""
    dims = [6, 4, 3]
    he = initialize_parameters_deep(dims, seed=3)
    small = initialize_parameters_deep(dims, seed=3, scale=0.01)
    for layer, n_prev in ((1, 6), (2, 4)):
        np.testing.assert_allclose(
            small[f"W{layer}"] / 0.01, he[f"W{layer}"] / np.sqrt(2 / n_prev),
            rtol=1e-12)


def test_initialize_is_deterministic_and_seeded():
    """Same seed, same weights; another seed, other weights."""
    dims = [8, 6, 4, 2]
    a, b = initialize_parameters_deep(dims), initialize_parameters_deep(dims)
    for key in a:
        np.testing.assert_array_equal(a[key], b[key])
    c = initialize_parameters_deep(dims, seed=1)
    assert not np.array_equal(a["W1"], c["W1"])


def test_initialize_leaves_the_global_random_state_alone():
    """The global generator is neither advanced nor read."""
    np.random.seed(123)
    state = np.random.get_state()
    first = initialize_parameters_deep([5, 4, 3])
    after = np.random.get_state()
    assert after[0] == state[0] and np.array_equal(after[1], state[1])
    assert after[2:] == state[2:]
    np.random.seed(999)                  # a different global state ...
    second = initialize_parameters_deep([5, 4, 3])
    for key in first:                    # ... gives the same weights
        np.testing.assert_array_equal(first[key], second[key])


def test_float32_parameters_are_the_float64_ones_rounded():
    """dtype=float32 casts the float64 draw, every array float32."""
    p64 = initialize_parameters_deep([6, 5, 2])
    p32 = initialize_parameters_deep([6, 5, 2], dtype=np.float32)
    for key in p64:
        assert p32[key].dtype == np.float32
        np.testing.assert_array_equal(p32[key], p64[key].astype(np.float32))


# -- dtypes -------------------------------------------------------------------

@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("hidden", HIDDEN)
def test_float32_stays_float32(hidden, output):
    """float32 in, float32 out: AL, every cache and every gradient, and
    close to the float64 result."""
    X, Y, p = random_problem(11, [4, 6, 5, 3], output)
    X32, Y32 = X.astype(np.float32), Y.astype(np.float32)
    p32 = {key: value.astype(np.float32) for key, value in p.items()}
    AL, caches = forward_propagation_deep(
        X32, p32, hidden_activation=hidden, output=output)
    grads = backward_propagation_deep(
        p32, caches, X32, Y32, hidden_activation=hidden, output=output)
    assert AL.dtype == np.float32
    assert {a.dtype for c in caches for a in c.values()} == {
        np.dtype(np.float32)}
    assert {g.dtype for g in grads.values()} == {np.dtype(np.float32)}
    AL64, caches64 = forward_propagation_deep(
        X, p, hidden_activation=hidden, output=output)
    grads64 = backward_propagation_deep(
        p, caches64, X, Y, hidden_activation=hidden, output=output)
    np.testing.assert_allclose(AL, AL64, rtol=1e-5, atol=1e-6)
    assert relative_difference(grads, grads64) < 1e-5


# -- L2 regularization (Lesson 11) --------------------------------------------

def l2_penalty(parameters, lambd, m):
    """lambd / (2 m) times the sum of the squares of every weight entry."""
    L = len(parameters) // 2
    squares = [float((parameters[f"W{layer}"] ** 2).sum())
               for layer in range(1, L + 1)]
    return lambd / (2 * m) * sum(squares)


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("hidden", HIDDEN)
def test_l2_gradients_pass_a_gradient_check(hidden, output):
    """With lambd, backprop agrees with centred differences of the cost
    plus lambd / (2m) sum ||W_l||^2, biases not penalized."""
    lambd = 0.7
    n_y = 3 if output == "softmax" else 1
    X, Y, parameters = random_problem(21, [4, 5, 3, n_y], output)
    m = X.shape[1]
    _, caches = forward_propagation_deep(
        X, parameters, hidden_activation=hidden, output=output)
    grads = backward_propagation_deep(
        parameters, caches, X, Y, hidden_activation=hidden, output=output,
        lambd=lambd)
    numeric = {}
    for key in parameters:
        grad = np.zeros_like(parameters[key])
        for index in np.ndindex(grad.shape):
            costs = []
            for step in (1e-6, -1e-6):
                shifted = copy.deepcopy(parameters)
                shifted[key][index] += step
                costs.append(
                    reference_cost(shifted, X, Y, hidden, output)
                    + l2_penalty(shifted, lambd, m))
            grad[index] = (costs[0] - costs[1]) / 2e-6
        numeric["d" + key] = grad
    assert relative_difference(grads, numeric) < 1e-7
    # and the check can fail: without the penalty's gradient it does
    plain = backward_propagation_deep(
        parameters, caches, X, Y, hidden_activation=hidden, output=output)
    assert relative_difference(plain, numeric) > 1e-3


def test_l2_adds_lambd_over_m_times_W_to_dW_only():
    """dW_l grows by exactly (lambd / m) W_l; every db_l is unchanged."""
    X, Y, p = random_problem(22, [4, 6, 5, 2], "sigmoid", m=8)
    _, caches = forward_propagation_deep(X, p)
    plain = backward_propagation_deep(p, caches, X, Y)
    decayed = backward_propagation_deep(p, caches, X, Y, lambd=2.5)
    for layer in (1, 2, 3):
        np.testing.assert_allclose(
            decayed[f"dW{layer}"] - plain[f"dW{layer}"],
            2.5 / 8 * p[f"W{layer}"], rtol=1e-12, atol=1e-15)
        np.testing.assert_array_equal(
            decayed[f"db{layer}"], plain[f"db{layer}"])


def test_lambd_zero_is_bit_identical_to_the_default():
    """lambd=0.0 gives the very bytes of a call without it."""
    X, Y, p = random_problem(23, [4, 6, 5, 3], "softmax")
    _, caches = forward_propagation_deep(X, p, output="softmax")
    plain = backward_propagation_deep(p, caches, X, Y, output="softmax")
    zero = backward_propagation_deep(
        p, caches, X, Y, output="softmax", lambd=0.0)
    for key in plain:
        assert zero[key].tobytes() == plain[key].tobytes()


# -- inverted dropout (Lesson 11) ---------------------------------------------

def cost_with_masks(parameters, X, Y, hidden, output, masks, keep_prob):
    """reference_cost's network with the given masks on its hidden
    layers, the kept outputs divided by keep_prob (written out here)."""
    L = len(parameters) // 2
    A = X
    for layer in range(1, L + 1):
        Z = parameters[f"W{layer}"] @ A + parameters[f"b{layer}"]
        if layer < L:
            A = np.where(Z > 0, Z, 0.0) if hidden == "relu" else np.tanh(Z)
            A = np.where(masks[layer - 1], A / keep_prob, 0.0)
    m = X.shape[1]
    if output == "softmax":
        log_a = Z - np.log(np.sum(np.exp(Z), axis=0))
        return -np.sum(Y * log_a) / m
    a = 1 / (1 + np.exp(-Z))
    return -np.sum(Y * np.log(a) + (1 - Y) * np.log(1 - a)) / m


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("hidden", HIDDEN)
def test_dropout_gradients_pass_a_gradient_check(hidden, output):
    """With keep_prob < 1 (and L2), backprop from the caches agrees with
    centred differences of the cost of the network thinned by the same
    masks; without the masks it does not."""
    keep_prob, lambd = 0.6, 0.3
    n_y = 3 if output == "softmax" else 2
    X, Y, parameters = random_problem(
        24, [4, 6, 5, 4, n_y], output, m=9)
    m = X.shape[1]
    _, caches = forward_propagation_deep(
        X, parameters, hidden_activation=hidden, output=output,
        keep_prob=keep_prob, seed=3)
    masks = [cache["D"] for cache in caches[:-1]]
    assert all(0 < mask.mean() < 1 for mask in masks)    # some dropped
    grads = backward_propagation_deep(
        parameters, caches, X, Y, hidden_activation=hidden, output=output,
        lambd=lambd)
    numeric = {}
    for key in parameters:
        grad = np.zeros_like(parameters[key])
        for index in np.ndindex(grad.shape):
            costs = []
            for step in (1e-6, -1e-6):
                shifted = copy.deepcopy(parameters)
                shifted[key][index] += step
                costs.append(cost_with_masks(
                    shifted, X, Y, hidden, output, masks, keep_prob)
                    + l2_penalty(shifted, lambd, m))
            grad[index] = (costs[0] - costs[1]) / 2e-6
        numeric["d" + key] = grad
    assert relative_difference(grads, numeric) < 1e-7
    # the masks matter: a backward pass that ignores them is wrong
    unmasked = [{k: v for k, v in c.items() if k not in ("D", "keep_prob")}
                for c in caches]
    wrong = backward_propagation_deep(
        parameters, unmasked, X, Y, hidden_activation=hidden,
        output=output, lambd=lambd)
    assert relative_difference(wrong, numeric) > 1e-3


@pytest.mark.parametrize("keep_prob", [0.9, 0.5, 0.2])
def test_dropout_keeps_the_fraction_and_the_expectation(keep_prob):
    """A kept fraction of about keep_prob per hidden layer, kept units
    divided by keep_prob, dropped ones 0, and the mean output per unit
    the same as without dropout (within sampling error)."""
    rng = np.random.default_rng(25)
    X = rng.normal(size=(20, 4000))
    p = initialize_parameters_deep([20, 300, 200, 1])
    AL, caches = forward_propagation_deep(
        X, p, keep_prob=keep_prob, seed=0)
    for below, above in zip(caches[:-1], caches[1:]):
        D, A, A_next = below["D"], below["A"], above["A_prev"]
        assert D.dtype == bool and D.shape == A.shape
        assert below["keep_prob"] == keep_prob
        n = D.size
        # binomial: within 5 standard deviations of keep_prob
        sd = np.sqrt(keep_prob * (1 - keep_prob) / n)
        assert abs(D.mean() - keep_prob) < 5 * sd
        np.testing.assert_array_equal(A_next[~D], 0.0)
        np.testing.assert_allclose(A_next[D], A[D] / keep_prob, rtol=1e-15)
        # the rescaling keeps each unit's mean over the examples: the
        # ratio to the undropped mean is 1 up to its binomial spread
        active = A.sum(axis=1) > 0
        a = A[active]
        ratio = A_next[active].sum(axis=1) / a.sum(axis=1)
        spread = np.sqrt((1 - keep_prob) / keep_prob
                         * (a**2).sum(axis=1)) / a.sum(axis=1)
        z = (ratio - 1) / spread         # about standard normal per unit
        assert abs(z.mean()) < 5 / np.sqrt(z.size)
        assert 0.8 < np.sqrt(np.mean(z**2)) < 1.2
        assert abs(A_next.mean() / A.mean() - 1) < 0.02
        # without the rescaling the mean would shrink by keep_prob
        assert abs((A * D).mean() / A.mean() - keep_prob) < 0.02


@pytest.mark.parametrize("output", OUTPUTS)
def test_dropout_never_drops_the_output_layer(output):
    """The last cache has no mask, and AL is the output activation of
    the thinned last hidden layer, with no unit set to 0."""
    n_y = 4 if output == "softmax" else 3
    X, _, p = random_problem(26, [5, 50, 40, n_y], output, m=200)
    AL, caches = forward_propagation_deep(
        X, p, output=output, keep_prob=0.5, seed=1)
    assert "D" not in caches[-1] and "keep_prob" not in caches[-1]
    assert caches[0]["A_prev"] is X                    # no input dropout
    assert all("D" in cache for cache in caches[:-1])
    Z = p["W3"] @ caches[-1]["A_prev"] + p["b3"]
    if output == "softmax":
        expected = np.exp(Z) / np.exp(Z).sum(axis=0)
    else:
        expected = 1 / (1 + np.exp(-Z))
    np.testing.assert_allclose(AL, expected, rtol=1e-12)
    assert caches[-1]["A"] is AL
    assert (AL > 0).all()


def test_dropout_is_deterministic_from_its_seed():
    """Same seed, same masks and output; another seed, other masks; a
    Generator passed as seed draws new masks at each call, reproducibly."""
    X, _, p = random_problem(27, [4, 30, 20, 1], "sigmoid", m=50)

    def run(seed):
        AL, caches = forward_propagation_deep(X, p, keep_prob=0.7, seed=seed)
        return AL, [cache["D"] for cache in caches[:-1]]

    (AL_a, masks_a), (AL_b, masks_b) = run(4), run(4)
    np.testing.assert_array_equal(AL_a, AL_b)
    for a, b in zip(masks_a, masks_b):
        np.testing.assert_array_equal(a, b)
    _, masks_c = run(5)
    assert not np.array_equal(masks_a[0], masks_c[0])
    rng = np.random.default_rng(8)
    first, second = run(rng)[1], run(rng)[1]
    assert not np.array_equal(first[0], second[0])      # a new mask
    rng = np.random.default_rng(8)
    for a, b in zip(first + second, run(rng)[1] + run(rng)[1]):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("seed", [None, 3])
def test_dropout_leaves_the_global_random_state_alone(seed):
    """Masks come from a private generator: the global one is neither
    advanced nor read."""
    X, _, p = random_problem(28, [4, 30, 20, 1], "sigmoid", m=50)
    np.random.seed(321)
    state = np.random.get_state()
    forward_propagation_deep(X, p, keep_prob=0.5, seed=seed)
    after = np.random.get_state()
    assert after[0] == state[0] and np.array_equal(after[1], state[1])
    assert after[2:] == state[2:]
    if seed is not None:
        np.random.seed(999)              # another global state ...
        a = forward_propagation_deep(X, p, keep_prob=0.5, seed=seed)[0]
        np.random.seed(1)
        b = forward_propagation_deep(X, p, keep_prob=0.5, seed=seed)[0]
        np.testing.assert_array_equal(a, b)   # ... the same masks


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("hidden", HIDDEN)
def test_keep_prob_one_is_no_dropout_at_all(hidden, output):
    """keep_prob=1.0 (any seed) gives the bytes of a call without it:
    no masks in the caches, each A the next layer's A_prev, and the same
    gradients."""
    n_y = 3 if output == "softmax" else 1
    X, Y, p = random_problem(29, [4, 6, 5, n_y], output)
    options = dict(hidden_activation=hidden, output=output)
    AL, caches = forward_propagation_deep(X, p, **options)
    AL1, caches1 = forward_propagation_deep(
        X, p, keep_prob=1.0, seed=7, **options)
    assert AL1.tobytes() == AL.tobytes()
    for cache, cache1 in zip(caches, caches1):
        assert sorted(cache1) == ["A", "A_prev", "Z"]
        for key in cache:
            assert cache1[key].tobytes() == cache[key].tobytes()
    for below, above in zip(caches1, caches1[1:]):
        assert above["A_prev"] is below["A"]
    grads = backward_propagation_deep(p, caches, X, Y, **options)
    grads1 = backward_propagation_deep(p, caches1, X, Y, **options)
    for key in grads:
        assert grads1[key].tobytes() == grads[key].tobytes()


def test_dropout_and_l2_keep_float32():
    """float32 in, float32 out, with dropout and L2 on."""
    X, Y, p = random_problem(30, [4, 6, 5, 3], "softmax")
    X32, Y32 = X.astype(np.float32), Y.astype(np.float32)
    p32 = {key: value.astype(np.float32) for key, value in p.items()}
    AL, caches = forward_propagation_deep(
        X32, p32, output="softmax", keep_prob=0.8, seed=0)
    grads = backward_propagation_deep(
        p32, caches, X32, Y32, output="softmax", lambd=0.5)
    assert AL.dtype == np.float32
    assert {c["A_prev"].dtype for c in caches} == {np.dtype(np.float32)}
    assert {g.dtype for g in grads.values()} == {np.dtype(np.float32)}


# ---------------------------------------------------------------------
# Bad input: the errors name the function called, the argument (and the
# layer), what was expected and what arrived.

SIZE = r"must be a positive integer \(a number of units\), but got"
SCALE = (r"scale must be 'he', 'xavier' or a finite number >= 0 \(the "
         r"weights' standard deviation, such as 0\.01\), but got ")
KEEP = (r"keep_prob must be a number in \(0, 1\] \(the probability of "
        r"keeping a hidden unit, such as 0\.8; 1\.0 is no dropout\), but "
        r"got ")
SEED = (r"seed must be None, a non-negative int or a "
        r"numpy\.random\.Generator \(it fixes the dropout masks\), but got ")
LAMBD = (r"lambd must be a finite number >= 0 \(the strength lambda of the "
         r"L2 penalty, such as 0\.1; 0 is no penalty\), but got ")


@pytest.mark.parametrize("kwargs, error, match", [
    ({"layer_dims": [64]}, ValueError,
     r"layer_dims must hold at least 2 sizes \[n_x, \.\.\., n_y\], the "
     r"input and the output layer, such as \[64, 32, 10\], but got \[64\]"),
    ({"layer_dims": []}, ValueError,
     r"layer_dims must hold at least 2 sizes .* but got \[\]\.$"),
    ({"layer_dims": 5}, TypeError,
     r"layer_dims must be a list of layer sizes \[n_x, n_1, \.\.\., n_y\], "
     r"input first, such as \[64, 32, 10\], but got 5 of type int\.$"),
    ({"layer_dims": "64"}, TypeError,
     r"layer_dims must be a list .* but got '64' of type str\.$"),
    ({"layer_dims": [4, 0, 1]}, ValueError, r"layer_dims\[1\] " + SIZE
     + r" 0\.$"),
    ({"layer_dims": [4, 3, -2]}, ValueError, r"layer_dims\[2\] " + SIZE
     + r" -2\.$"),
    ({"layer_dims": [4, 2.0, 1]}, TypeError, r"layer_dims\[1\] " + SIZE
     + r" 2\.0 of type float\.$"),
    ({"layer_dims": [4, True, 1]}, TypeError, r"layer_dims\[1\] " + SIZE
     + r" True of type bool\.$"),
    ({"scale": "hex"}, ValueError, SCALE + r"'hex'\.$"),
    ({"scale": "He"}, ValueError, SCALE + r"'He'\.$"),
    ({"scale": -0.01}, ValueError, SCALE + r"-0\.01\.$"),
    ({"scale": float("inf")}, ValueError, SCALE + r"inf\.$"),
    ({"scale": float("nan")}, ValueError, SCALE + r"nan\.$"),
    ({"scale": None}, TypeError, SCALE + r"None of type NoneType\.$"),
    ({"dtype": np.int32}, TypeError,
     r"dtype must be a floating dtype such as np\.float64 or np\.float32, "
     r"but got int32\.$"),
    ({"dtype": "foo"}, TypeError,
     r"dtype must be a floating dtype .* but got foo\.$"),
    ({"seed": -1}, ValueError,
     r"seed must be a non-negative int \(it fixes the initial weights\), "
     r"but got -1\.$"),
    ({"seed": 1.5}, TypeError, r"seed must be a non-negative int"),
])
def test_initialize_deep_errors(kwargs, error, match):
    """Each bad argument of initialize_parameters_deep is named."""
    kwargs = {"layer_dims": [4, 3, 1], **kwargs}
    layer_dims = kwargs.pop("layer_dims")
    with pytest.raises(error, match="^initialize_parameters_deep: " + match):
        initialize_parameters_deep(layer_dims, **kwargs)


def test_initialize_deep_accepts_any_sequence_of_sizes():
    """A tuple or an int array gives the same draw as the list."""
    expected = initialize_parameters_deep([5, 4, 2], seed=3)
    for dims in ((5, 4, 2), np.array([5, 4, 2]), [np.int64(5), 4, 2]):
        got = initialize_parameters_deep(dims, seed=3)
        assert got.keys() == expected.keys()
        for key in got:
            assert got[key].tobytes() == expected[key].tobytes()


def deep_problem():
    """An 8 -> 4 -> 3 -> 2 network (L = 3), m = 5, one-hot Y."""
    X, Y, parameters = random_problem(40, [8, 4, 3, 2], "softmax", m=5)
    return X, Y, parameters


def without(parameters, *keys, **extra):
    """A copy of the parameters without ``keys``, with ``extra`` added."""
    new = {k: v for k, v in parameters.items() if k not in keys}
    new.update(extra)
    return new


@pytest.mark.parametrize("change, error, match", [
    (lambda p: [p["W1"], p["b1"]], TypeError,
     r"parameters must be a dict with keys W1, b1, \.\.\., WL, bL \(as "
     r"initialize_parameters_deep returns\), but got list\.$"),
    (lambda p: {}, ValueError, r"parameters is empty"),
    (lambda p: without(p, "b3"), ValueError,
     r"parameters has W3 but no b3; an L-layer network needs W1 \.\. WL "
     r"and b1 \.\. bL, here L = 3 from the highest layer number, with "
     r"every layer in between \(as initialize_parameters_deep returns\); "
     r"got W1, b1, W2, b2, W3\.$"),
    (lambda p: without(p, b4=np.zeros((2, 1))), ValueError,
     r"parameters has b4 but no W4; .* here L = 4 .* got W1, b1, W2, b2, "
     r"W3, b3, b4\.$"),
    (lambda p: without(p, "W2", "b2"), ValueError,
     r"parameters has no W2 and no b2 \(layer 2\); .* L = 3"),
    (lambda p: without(p, learning_rate=0.1), ValueError,
     r"parameters has key\(s\) learning_rate that are not weights W1 \.\. "
     r"WL or biases b1 \.\. bL"),
    (lambda p: without(p, W0=np.ones((4, 8))), ValueError,
     r"parameters has key\(s\) W0 that are not"),
    (lambda p: without(p, W2=np.ones((5, 3))), ValueError,
     r"parameters\['W2'\] has shape \(5, 3\), but layer 1 has 4 units \(W1 "
     r"\(4, 8\)\), so W2 must have shape \(n_2, n_1\) = \(5, 4\)\.$"),
    (lambda p: without(p, W3=p["W3"].T), ValueError,
     r"parameters\['W3'\] has shape \(3, 2\), but layer 2 has 3 units \(W2 "
     r"\(3, 4\)\), so W3 must have shape \(n_3, n_2\) = \(3, 3\)\. It looks "
     r"transposed: pass W3\.T\.$"),
    (lambda p: without(p, W2=np.ones(12)), ValueError,
     r"parameters\['W2'\] must be a 2-D matrix of shape \(n_2, n_1\), but "
     r"got shape \(12,\)\.$"),
    (lambda p: without(p, b2=np.zeros(3)), ValueError,
     r"parameters\['b2'\] must be a column vector of shape \(n_2, 1\) = "
     r"\(3, 1\), as W2 \(3, 4\) has 3 units, but got shape \(3,\)\. Try "
     r"b2\.reshape\(3, 1\)\.$"),
    (lambda p: without(p, b1=np.zeros((5, 1))), ValueError,
     r"parameters\['b1'\] .* = \(4, 1\), .* but got shape \(5, 1\)\.$"),
    (lambda p: without(p, W1=np.full((4, 8), "a")), TypeError,
     r"parameters\['W1'\] must hold numbers, but got dtype <U1\.$"),
])
def test_forward_deep_parameter_errors(change, error, match):
    """A missing, extra or misshapen layer is named, with its shapes."""
    X, _, parameters = deep_problem()
    with pytest.raises(error, match="^forward_propagation_deep: " + match):
        forward_propagation_deep(X, change(parameters), output="softmax")


@pytest.mark.parametrize("kwargs, error, match", [
    ({"hidden_activation": "sigmoid"}, ValueError,
     r"hidden_activation must be one of \['relu', 'tanh'\], but got "
     r"'sigmoid'\.$"),
    ({"output": "relu"}, ValueError,
     r"output must be one of \['sigmoid', 'softmax'\], but got 'relu'\.$"),
    ({"keep_prob": 0}, ValueError,
     KEEP + r"0\. With 0 every unit is dropped and the kept outputs are "
     r"divided by 0\.$"),
    ({"keep_prob": 1.5}, ValueError, KEEP + r"1\.5\.$"),
    ({"keep_prob": -0.2}, ValueError, KEEP + r"-0\.2\.$"),
    ({"keep_prob": float("nan")}, ValueError, KEEP + r"nan\.$"),
    ({"keep_prob": "0.8"}, TypeError, KEEP + r"'0\.8' of type str\.$"),
    ({"keep_prob": 0.5, "seed": -1}, ValueError, SEED + r"-1\.$"),
    ({"keep_prob": 0.5, "seed": 1.5}, TypeError,
     SEED + r"1\.5 of type float\.$"),
    ({"seed": "0"}, TypeError, SEED + r"'0' of type str\.$"),
])
def test_forward_deep_option_errors(kwargs, error, match):
    """Unknown activations, keep_prob outside (0, 1], a bad seed."""
    X, _, parameters = deep_problem()
    with pytest.raises(error, match="^forward_propagation_deep: " + match):
        forward_propagation_deep(X, parameters, **kwargs)


def test_forward_deep_X_errors():
    """X's rows must match W1's columns; a transposed X gets the hint."""
    X, _, parameters = deep_problem()
    with pytest.raises(ValueError, match=(
            r"^forward_propagation_deep: X must have shape \(n_x, m\) = "
            r"\(8, m\), one example per column, to match W1's 8 input "
            r"features, but got shape \(5, 8\)\. It looks transposed")):
        forward_propagation_deep(X.T, parameters)
    with pytest.raises(TypeError, match=(
            r"^forward_propagation_deep: X must hold numbers, but got "
            r"dtype <U1\.$")):
        forward_propagation_deep(np.full((8, 5), "a"), parameters)


def test_forward_deep_traces_nan_to_X_or_the_parameters():
    """NaN in the output is traced to its example or to its parameter."""
    X, _, parameters = deep_problem()
    X[3, 2] = np.nan
    with pytest.raises(ValueError, match=(
            r"^forward_propagation_deep: X contains NaN in 1 of 5 examples "
            r"\(columns 2\)\. Fill the missing values first")):
        forward_propagation_deep(X, parameters, keep_prob=0.5, seed=0)
    X[3, 2] = 0.0
    parameters["W3"][1, 0] = np.nan
    with pytest.raises(ValueError, match=(
            r"^forward_propagation_deep: parameters W3 contain NaN; if they "
            r"come from training, the learning rate may be too large\.$")):
        forward_propagation_deep(X, parameters, output="softmax")


def test_forward_deep_accepts_every_seed_kind():
    """None, an int and a Generator all draw masks; an int repeats them."""
    X, _, parameters = deep_problem()
    for seed in (None, 0, np.random.default_rng(0)):
        forward_propagation_deep(X, parameters, keep_prob=0.5, seed=seed)
    _, c1 = forward_propagation_deep(X, parameters, keep_prob=0.5, seed=0)
    _, c2 = forward_propagation_deep(
        X, parameters, keep_prob=0.5, seed=np.random.default_rng(0))
    assert c1[0]["D"].tolist() == c2[0]["D"].tolist()


def test_forward_deep_casts_to_X_s_dtype():
    """float64 parameters cannot upcast a float32 pass; int X is float64."""
    X, _, parameters = deep_problem()
    AL, caches = forward_propagation_deep(X.astype(np.float32), parameters)
    assert AL.dtype == np.float32
    assert {c["Z"].dtype for c in caches} == {np.dtype(np.float32)}
    X_int = np.arange(40).reshape(8, 5) % 3
    AL_int, _ = forward_propagation_deep(X_int, parameters)
    AL_float, _ = forward_propagation_deep(X_int.astype(float), parameters)
    assert AL_int.dtype == np.float64
    assert AL_int.tobytes() == AL_float.tobytes()


def backward_case(output="softmax", keep_prob=1.0):
    """Parameters, the caches of their forward pass, X and Y."""
    X, Y, parameters = deep_problem()
    if output == "sigmoid":
        Y = (Y > 0.5).astype(float)       # two sigmoid units, 0/1 each
    _, caches = forward_propagation_deep(
        X, parameters, output=output, keep_prob=keep_prob, seed=0)
    return parameters, caches, X, Y


def with_cache(caches, index, **entries):
    """A copy of the caches with ``entries`` set in ``caches[index]``."""
    caches = [dict(cache) for cache in caches]
    caches[index].update(entries)
    return caches


@pytest.mark.parametrize("change, error, match", [
    (lambda p, c, X, Y: (p, c[:2], X, Y), ValueError,
     r"caches must be the list of L = 3 layer caches that "
     r"forward_propagation_deep\(X, parameters\) returns, but got 2 "
     r"cache\(s\): they come from another network\. Pass the caches of the "
     r"forward pass with these parameters\.$"),
    (lambda p, c, X, Y: (p, c[0], X, Y), TypeError,
     r"caches must be the list of L = 3 .* but got dict\.$"),
    (lambda p, c, X, Y: (p, [c[0], c[1], None], X, Y), TypeError,
     r"caches\[2\] \(layer 3\) must be a dict with keys A_prev, Z, A, but "
     r"got NoneType\.$"),
    (lambda p, c, X, Y: (p, [c[0], {"A_prev": c[1]["A_prev"],
                                    "A": c[1]["A"]}, c[2]], X, Y),
     ValueError,
     r"caches\[1\] \(layer 2\) is missing key\(s\) Z; expected the list of "
     r"L = 3 layer caches"),
    (lambda p, c, X, Y: (
        without(p, W2=np.ones((6, 4)), b2=np.zeros((6, 1)),
                W3=np.ones((2, 6))), c, X, Y), ValueError,
     r"caches\[1\]\['Z'\] \(layer 2\) has shape \(3, 5\), but layer 2 has 6 "
     r"units and there are m = 5 examples, so it must have shape \(6, 5\)\. "
     r"The caches come from another network or another X: pass the caches "
     r"of forward_propagation_deep\(X, parameters\)\.$"),
    (lambda p, c, X, Y: (p, c, X[:, :3], Y[:, :3]), ValueError,
     r"caches\[0\]\['A_prev'\] \(layer 1\) has shape \(8, 5\), but X has "
     r"n_x = 8 rows and there are m = 3 examples, so it must have shape "
     r"\(8, 3\)\."),
    (lambda p, c, X, Y: (p, with_cache(c, 2, A_prev=c[2]["A_prev"][:2]), X,
                         Y), ValueError,
     r"caches\[2\]\['A_prev'\] \(layer 3\) has shape \(2, 5\), but layer 2 "
     r"has 3 units"),
    (lambda p, c, X, Y: (p, with_cache(c, 1, D=np.ones((3, 5), bool)), X,
                         Y), ValueError,
     r"caches\[1\] \(layer 2\) is missing key\(s\) keep_prob;"),
    (lambda p, c, X, Y: (p, with_cache(c, 0, D=np.ones((4, 4), bool),
                                       keep_prob=0.5), X, Y), ValueError,
     r"caches\[0\]\['D'\] \(layer 1\) has shape \(4, 4\), but layer 1 has 4 "
     r"units and there are m = 5 examples, so it must have shape \(4, 5\)"),
    (lambda p, c, X, Y: (p, with_cache(c, 0, D=np.ones((4, 5), bool),
                                       keep_prob=0), X, Y), ValueError,
     r"caches\[0\]\['keep_prob'\] must be a number in \(0, 1\]"),
    (lambda p, c, X, Y: (p, c, X, Y.T), ValueError,
     r"Y must have shape \(n_y, m\) = \(2, 5\), one one-hot column per "
     r"example \(column of X\), but got shape \(5, 2\)\. It looks "
     r"transposed \(one example per row\): pass Y\.T\.$"),
    (lambda p, c, X, Y: (p, c, X, np.ones((2, 5))), ValueError,
     r"every column of Y must be one-hot \(0s and a single 1\), but column "
     r"0 is \[1\.0, 1\.0\]"),
    (lambda p, c, X, Y: (p, c, X.T, Y), ValueError,
     r"X must have shape \(n_x, m\) = \(8, m\), .* It looks transposed"),
    (lambda p, c, X, Y: (without(p, "W3", "b3"), c, X, Y), ValueError,
     r"caches must be the list of L = 2 layer caches .* but got 3"),
    (lambda p, c, X, Y: (without(p, "b3"), c, X, Y), ValueError,
     r"parameters has W3 but no b3"),
])
def test_backward_deep_errors(change, error, match):
    """Caches from another network or X, wrong Y: named with the layer."""
    args = change(*backward_case())
    with pytest.raises(error, match="^backward_propagation_deep: " + match):
        backward_propagation_deep(*args, output="softmax")


@pytest.mark.parametrize("Y, error, match", [
    (np.full((2, 5), 2.0), ValueError,
     r"Y must hold the labels 0 and 1, but got 2\.0\.$"),
    (np.zeros((5, 2)), ValueError,
     r"Y must have shape \(n_y, m\) = \(2, 5\), a label 0 or 1 for each of "
     r"the n_y = 2 sigmoid units and each example \(column of X\), but got "
     r"shape \(5, 2\)\. It looks transposed: pass Y\.T\.$"),
    (np.zeros((1, 5)), ValueError,
     r"Y must have shape \(n_y, m\) = \(2, 5\), .* but got shape \(1, 5\)\.$"),
    (np.full((2, 5), "a"), TypeError,
     r"Y must hold the labels 0 and 1, but got dtype <U1\.$"),
])
def test_backward_deep_sigmoid_label_errors(Y, error, match):
    """Sigmoid units take 0/1 labels of shape (n_y, m)."""
    parameters, caches, X, _ = backward_case("sigmoid")
    with pytest.raises(error, match="^backward_propagation_deep: " + match):
        backward_propagation_deep(parameters, caches, X, Y)


def test_backward_deep_one_sigmoid_unit_label_errors():
    """With one output unit, Y is (1, m) labels, as for compute_cost."""
    X, Y, parameters = random_problem(41, [3, 4, 1], "sigmoid", m=4)
    _, caches = forward_propagation_deep(X, parameters)
    with pytest.raises(ValueError, match=(
            r"^backward_propagation_deep: Y must have shape \(1, m\) = "
            r"\(1, 4\), one label per example \(column of X\), but got "
            r"shape \(4,\)\. Labels in a 1-D array")):
        backward_propagation_deep(parameters, caches, X, Y.ravel())
    with pytest.raises(ValueError, match=(
            r"^backward_propagation_deep: Y must hold the labels 0 and 1, "
            r"but got -1\.0\.$")):
        backward_propagation_deep(parameters, caches, X, Y - 1)


@pytest.mark.parametrize("kwargs, error, match", [
    ({"lambd": -1}, ValueError, LAMBD + r"-1\.$"),
    ({"lambd": float("inf")}, ValueError, LAMBD + r"inf\.$"),
    ({"lambd": float("nan")}, ValueError, LAMBD + r"nan\.$"),
    ({"lambd": "0.1"}, TypeError, LAMBD + r"'0\.1' of type str\.$"),
    ({"lambd": None}, TypeError, LAMBD + r"None of type NoneType\.$"),
    ({"hidden_activation": "Relu"}, ValueError,
     r"hidden_activation must be one of \['relu', 'tanh'\], but got "
     r"'Relu'\.$"),
    ({"output": "linear"}, ValueError,
     r"output must be one of \['sigmoid', 'softmax'\], but got "
     r"'linear'\.$"),
])
def test_backward_deep_option_errors(kwargs, error, match):
    """lambd must be finite and >= 0; activations known."""
    parameters, caches, X, Y = backward_case()
    kwargs = {"output": "softmax", **kwargs}
    with pytest.raises(error, match="^backward_propagation_deep: " + match):
        backward_propagation_deep(parameters, caches, X, Y, **kwargs)


def test_backward_deep_casts_Y_and_weights_to_the_caches_dtype():
    """float64 Y and weights with float32 caches give float32 gradients."""
    parameters, _, X, Y = backward_case()
    X32 = X.astype(np.float32)
    _, caches = forward_propagation_deep(X32, parameters, output="softmax",
                                         keep_prob=0.8, seed=1)
    grads = backward_propagation_deep(parameters, caches, X32, Y,
                                      output="softmax", lambd=0.3)
    assert {g.dtype for g in grads.values()} == {np.dtype(np.float32)}
    p32 = {k: v.astype(np.float32) for k, v in parameters.items()}
    expected = backward_propagation_deep.__wrapped__(
        p32, caches, X32, Y.astype(np.float32), output="softmax",
        lambd=0.3)
    for key in expected:
        assert grads[key].tobytes() == expected[key].tobytes()


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("keep_prob, lambd", [(1.0, 0.0), (0.7, 0.4)])
def test_guards_change_no_value(dtype, keep_prob, lambd):
    """The guarded functions return the pure bodies' bytes, bit for bit."""
    X, Y, parameters = random_problem(42, [5, 6, 4, 3], "softmax",
                                      dtype=dtype)
    options = {"output": "softmax", "hidden_activation": "tanh"}
    forward = forward_propagation_deep.__wrapped__
    backward = backward_propagation_deep.__wrapped__
    AL, caches = forward_propagation_deep(
        X, parameters, keep_prob=keep_prob, seed=5, **options)
    AL0, caches0 = forward(X, parameters, keep_prob=keep_prob, seed=5,
                           **options)
    assert AL.dtype == AL0.dtype == dtype
    assert AL.tobytes() == AL0.tobytes()
    for cache, cache0 in zip(caches, caches0, strict=True):
        assert cache.keys() == cache0.keys()
        for key in cache:
            assert np.asarray(cache[key]).tobytes() == \
                np.asarray(cache0[key]).tobytes()
    grads = backward_propagation_deep(parameters, caches, X, Y,
                                      lambd=lambd, **options)
    grads0 = backward(parameters, caches0, X, Y, lambd=lambd, **options)
    assert list(grads) == list(grads0)
    for key in grads:
        assert grads[key].tobytes() == grads0[key].tobytes()
    for scale in ("he", "xavier", 0.01):
        got = initialize_parameters_deep([5, 6, 3], seed=2, scale=scale,
                                         dtype=dtype)
        pure = initialize_parameters_deep.__wrapped__(
            [5, 6, 3], seed=2, scale=scale, dtype=dtype)
        for key in pure:
            assert got[key].tobytes() == pure[key].tobytes()


def test_a_call_from_a_guarded_function_is_not_checked_again():
    """Inside a guarded function the deep functions skip their checks.

    The outer check prepared the arguments: a float32 X with float64
    parameters is then not cast to float32 (the checks would cast), and
    a bad option reaches the body (which fails in its own way).
    """
    from snippets._validation.guards import guarded

    X, _, parameters = deep_problem()
    X32 = X.astype(np.float32)

    @guarded(lambda func, a: None)
    def outer(X, parameters, hidden_activation):
        return forward_propagation_deep(X, parameters,
                                        hidden_activation=hidden_activation)

    AL, _ = outer(X32, parameters, "relu")
    assert AL.dtype == np.float64                 # not cast: not checked
    assert forward_propagation_deep(X32, parameters)[0].dtype == np.float32
    with pytest.raises(KeyError):                 # the body's own failure
        outer(X32, parameters, "sigmoid")
