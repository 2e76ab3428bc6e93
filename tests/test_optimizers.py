"""Tests of snippets.optimizers: momentum, RMSprop and Adam.

Each update is replayed for many steps against the formulas written out
here, independently, with arrays of this file's own.
"""

import copy
import re

import numpy as np
import pytest

from snippets.learning import update_parameters_nn
from snippets.optimizers import (
    initialize_adam,
    initialize_rmsprop,
    initialize_velocity,
    update_parameters_with_adam,
    update_parameters_with_momentum,
    update_parameters_with_rmsprop,
)

SHAPES = {"W1": (4, 3), "b1": (4, 1), "W2": (1, 4), "b2": (1, 1)}
STEPS = 25
INITIALIZERS = [initialize_velocity, initialize_rmsprop]


def random_parameters(rng, shapes=SHAPES, dtype=np.float64):
    """Random parameters of the given shapes."""
    return {key: rng.standard_normal(shape).astype(dtype)
            for key, shape in shapes.items()}


def random_grads(rng, shapes=SHAPES, dtype=np.float64):
    """Random gradients, of very different sizes from key to key."""
    return {"d" + key: (rng.standard_normal(shape)
                        * 10.0 ** rng.integers(-3, 3)).astype(dtype)
            for key, shape in shapes.items()}


def grads_sequence(seed, steps=STEPS, shapes=SHAPES):
    """``steps`` dicts of gradients from one seeded generator."""
    rng = np.random.default_rng(seed)
    return [random_grads(rng, shapes) for _ in range(steps)]


def assert_same_arrays(actual, expected, rtol=1e-12):
    """Two dicts hold the same keys and (nearly) equal arrays."""
    assert actual.keys() == expected.keys()
    for key in expected:
        np.testing.assert_allclose(actual[key], expected[key], rtol=rtol,
                                   atol=0, err_msg=key)


# --- the updates against the formulas ----------------------------------------

@pytest.mark.parametrize("beta, learning_rate", [
    (0.9, 0.1), (0.5, 0.01), (0.0, 0.3), (0.99, 1.0)])
def test_momentum_matches_the_formula_step_by_step(beta, learning_rate):
    """25 steps of v = beta v + (1 - beta) dW, W = W - alpha v."""
    parameters = random_parameters(np.random.default_rng(1))
    W = {key: value.copy() for key, value in parameters.items()}
    v_ref = {key: np.zeros(shape) for key, shape in SHAPES.items()}
    v = initialize_velocity(parameters)
    for grads in grads_sequence(2):
        for key in SHAPES:
            g = grads["d" + key]
            v_ref[key] = beta * v_ref[key] + (1 - beta) * g
            W[key] = W[key] - learning_rate * v_ref[key]
        parameters, v = update_parameters_with_momentum(
            parameters, grads, v, beta, learning_rate)
        assert_same_arrays(parameters, W)
        assert_same_arrays(v, {"d" + key: v_ref[key] for key in SHAPES})


@pytest.mark.parametrize("beta, learning_rate, epsilon", [
    (0.9, 0.01, 1e-8), (0.999, 0.001, 1e-8), (0.99, 0.1, 1e-3),
    (0.0, 0.01, 1e-6)])
def test_rmsprop_matches_the_formula_step_by_step(beta, learning_rate,
                                                  epsilon):
    """25 steps of PyTorch's RMSprop rule (alpha = beta, not centred).

    square_avg = alpha square_avg + (1 - alpha) g * g;
    p = p - lr g / (sqrt(square_avg) + eps).
    """
    parameters = random_parameters(np.random.default_rng(3))
    p = {key: value.copy() for key, value in parameters.items()}
    square_avg = {key: np.zeros(shape) for key, shape in SHAPES.items()}
    s = initialize_rmsprop(parameters)
    for grads in grads_sequence(4):
        for key in SHAPES:
            g = grads["d" + key]
            square_avg[key] = beta * square_avg[key] + (1 - beta) * g * g
            p[key] = p[key] - learning_rate * g / (
                np.sqrt(square_avg[key]) + epsilon)
        parameters, s = update_parameters_with_rmsprop(
            parameters, grads, s, beta, learning_rate, epsilon=epsilon)
        assert_same_arrays(parameters, p)
        assert_same_arrays(
            s, {"d" + key: square_avg[key] for key in SHAPES})


@pytest.mark.parametrize("learning_rate, beta1, beta2, epsilon", [
    (0.01, 0.9, 0.999, 1e-8), (0.001, 0.8, 0.99, 1e-8),
    (0.1, 0.0, 0.5, 1e-4), (0.01, 0.95, 0.0, 1e-8)])
def test_adam_matches_the_formula_step_by_step(learning_rate, beta1, beta2,
                                               epsilon):
    """25 steps of Adam with bias correction, t counted from 1."""
    parameters = random_parameters(np.random.default_rng(5))
    W = {key: value.copy() for key, value in parameters.items()}
    m1 = {key: np.zeros(shape) for key, shape in SHAPES.items()}
    m2 = {key: np.zeros(shape) for key, shape in SHAPES.items()}
    v, s = initialize_adam(parameters)
    for t, grads in enumerate(grads_sequence(6), start=1):
        for key in SHAPES:
            g = grads["d" + key]
            m1[key] = beta1 * m1[key] + (1 - beta1) * g
            m2[key] = beta2 * m2[key] + (1 - beta2) * g**2
            m1_hat = m1[key] / (1 - beta1**t)
            m2_hat = m2[key] / (1 - beta2**t)
            W[key] = W[key] - learning_rate * m1_hat / (
                np.sqrt(m2_hat) + epsilon)
        parameters, v, s = update_parameters_with_adam(
            parameters, grads, v, s, t, learning_rate=learning_rate,
            beta1=beta1, beta2=beta2, epsilon=epsilon)
        assert_same_arrays(parameters, W)
        assert_same_arrays(v, {"d" + key: m1[key] for key in SHAPES})
        assert_same_arrays(s, {"d" + key: m2[key] for key in SHAPES})


def test_adam_follows_pytorchs_arrangement_of_the_rule():
    """PyTorch's Adam, written as its docs give it, agrees over 30 steps.

    step_size = lr / (1 - beta1**t);
    denom = sqrt(exp_avg_sq) / sqrt(1 - beta2**t) + eps;
    p = p - step_size exp_avg / denom.
    """
    lr, beta1, beta2, eps = 0.01, 0.9, 0.999, 1e-8
    parameters = random_parameters(np.random.default_rng(7))
    p = {key: value.copy() for key, value in parameters.items()}
    exp_avg = {key: np.zeros(shape) for key, shape in SHAPES.items()}
    exp_avg_sq = {key: np.zeros(shape) for key, shape in SHAPES.items()}
    v, s = initialize_adam(parameters)
    for t, grads in enumerate(grads_sequence(8, steps=30), start=1):
        for key in SHAPES:
            g = grads["d" + key]
            exp_avg[key] = exp_avg[key] * beta1 + g * (1 - beta1)
            exp_avg_sq[key] = exp_avg_sq[key] * beta2 + g * g * (1 - beta2)
            step_size = lr / (1 - beta1**t)
            denom = (np.sqrt(exp_avg_sq[key]) / np.sqrt(1 - beta2**t)
                     + eps)
            p[key] = p[key] - step_size * exp_avg[key] / denom
        parameters, v, s = update_parameters_with_adam(
            parameters, grads, v, s, t)
        assert_same_arrays(parameters, p, rtol=1e-10)


def test_adam_first_step_moves_every_weight_by_the_learning_rate():
    """At t = 1 the corrected step is lr * dW / |dW|, whatever |dW|."""
    parameters = {"W1": np.array([[1.0, 2.0, 3.0]])}
    grads = {"dW1": np.array([[1e3, -1e-2, 5.0]])}
    v, s = initialize_adam(parameters)
    new, _, _ = update_parameters_with_adam(parameters, grads, v, s, 1,
                                            learning_rate=0.05)
    np.testing.assert_allclose(new["W1"] - parameters["W1"],
                               [[-0.05, 0.05, -0.05]], rtol=1e-5)


def test_momentum_with_beta_zero_is_gradient_descent():
    """beta = 0 keeps no history: the step of update_parameters_nn."""
    parameters = random_parameters(np.random.default_rng(9))
    grads = random_grads(np.random.default_rng(10))
    v = initialize_velocity(parameters)
    new, _ = update_parameters_with_momentum(parameters, grads, v, 0.0, 0.3)
    assert_same_arrays(new, update_parameters_nn(parameters, grads, 0.3))


def test_updates_work_for_any_number_of_layers():
    """Keys W1 ... W3 of a deeper network are updated the same way."""
    shapes = {"W1": (5, 2), "b1": (5, 1), "W2": (3, 5), "b2": (3, 1),
              "W3": (1, 3), "b3": (1, 1)}
    rng = np.random.default_rng(11)
    parameters = random_parameters(rng, shapes)
    grads = random_grads(rng, shapes)
    v, s = initialize_adam(parameters)
    new, v, s = update_parameters_with_adam(parameters, grads, v, s, 1)
    assert new.keys() == parameters.keys()
    assert v.keys() == s.keys() == grads.keys()


# --- purity, dtypes, initial state -------------------------------------------

def calls(parameters, grads):
    """One call of each update, on the given dicts, by name."""
    v, s = initialize_adam(parameters)
    return {
        "momentum": lambda: update_parameters_with_momentum(
            parameters, grads, v, 0.9, 0.1),
        "rmsprop": lambda: update_parameters_with_rmsprop(
            parameters, grads, s, 0.999, 0.01),
        "adam": lambda: update_parameters_with_adam(
            parameters, grads, v, s, 3),
    }, (v, s)


@pytest.mark.parametrize("name", ["momentum", "rmsprop", "adam"])
def test_inputs_are_never_modified(name):
    """Parameters, grads and state dicts and arrays stay as they were."""
    rng = np.random.default_rng(12)
    parameters, grads = random_parameters(rng), random_grads(rng)
    functions, state = calls(parameters, grads)
    # a non-zero state, so an in-place update would show
    state[0].update(random_grads(rng))
    state[1].update({k: np.abs(a) for k, a in random_grads(rng).items()})
    before = copy.deepcopy((parameters, grads, state))
    result = functions[name]()
    for original, kept in zip((parameters, grads, *state), (
            before[0], before[1], *before[2])):
        assert original.keys() == kept.keys()
        for key in kept:
            assert np.array_equal(original[key], kept[key])
    # nothing returned shares memory with an input
    inputs = [*parameters.values(), *grads.values(), *state[0].values(),
              *state[1].values()]
    for returned in result:
        for array in returned.values():
            assert not any(np.shares_memory(array, x) for x in inputs)


@pytest.mark.parametrize("name", ["momentum", "rmsprop", "adam"])
def test_float32_parameters_stay_float32(name):
    """float32 weights with float64 gradients: float32 out, state too."""
    rng = np.random.default_rng(13)
    parameters = random_parameters(rng, dtype=np.float32)
    grads = random_grads(rng)                       # float64
    functions, _ = calls(parameters, grads)
    for returned in functions[name]():
        assert {a.dtype for a in returned.values()} == {np.dtype("float32")}


def test_numpy_scalar_hyperparameters_keep_float32():
    """np.float64 betas and rates do not upcast float32 weights."""
    parameters = {"W1": np.ones((2, 2), dtype=np.float32)}
    grads = {"dW1": np.full((2, 2), 0.5, dtype=np.float32)}
    v, s = initialize_adam(parameters)
    new, v, s = update_parameters_with_adam(
        parameters, grads, v, s, np.int64(1),
        learning_rate=np.float64(0.01), beta1=np.float64(0.9),
        beta2=np.float64(0.999), epsilon=np.float64(1e-8))
    assert new["W1"].dtype == v["dW1"].dtype == np.float32


def test_integer_parameters_become_float64():
    """Integer weights are not rounded: the update is in float64."""
    parameters = {"W1": np.array([[1, 2]]), "b1": np.array([[0]])}
    grads = {"dW1": np.array([[0.5, 0.5]]), "db1": np.array([[1.0]])}
    v = initialize_velocity(parameters)
    assert v["dW1"].dtype == np.float64
    new, _ = update_parameters_with_momentum(parameters, grads, v, 0.9, 0.1)
    np.testing.assert_allclose(new["W1"], [[0.995, 1.995]])


@pytest.mark.parametrize("initialize", INITIALIZERS)
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_initial_state_is_zeros_like_each_parameter(initialize, dtype):
    """One zero array per parameter, key "d" + name, same shape/dtype."""
    parameters = random_parameters(np.random.default_rng(14), dtype=dtype)
    state = initialize(parameters)
    assert list(state) == ["dW1", "db1", "dW2", "db2"]
    for key, array in parameters.items():
        zeros = state["d" + key]
        assert zeros.shape == array.shape and zeros.dtype == dtype
        assert not zeros.any()


def test_adam_state_is_two_separate_dicts_of_zeros():
    """v and s share no array: updating one cannot change the other."""
    parameters = random_parameters(np.random.default_rng(15))
    v, s = initialize_adam(parameters)
    assert v.keys() == s.keys() == {"dW1", "db1", "dW2", "db2"}
    for key in v:
        assert not v[key].any() and not s[key].any()
        assert not np.shares_memory(v[key], s[key])
        assert not np.shares_memory(v[key], parameters[key[1:]])


# --- error messages ----------------------------------------------------------

def small():
    """A one-weight network's parameters, gradients and zero state."""
    parameters = {"W1": np.ones((2, 3)), "b1": np.zeros((2, 1))}
    grads = {"dW1": np.ones((2, 3)), "db1": np.ones((2, 1))}
    return parameters, grads, initialize_velocity(parameters)


def raises(error, message):
    """pytest.raises for exactly this message."""
    return pytest.raises(error, match=f"^{re.escape(message)}$")


@pytest.mark.parametrize("initialize", [
    initialize_velocity, initialize_rmsprop, initialize_adam])
def test_initializers_reject_what_is_not_parameters(initialize):
    """A list or an empty dict is refused, naming the initializer."""
    name = initialize.__name__
    with raises(TypeError, (
            f"{name}: parameters must be a dict of arrays with keys such "
            f"as W1, b1, W2, b2 (as initialize_parameters_nn returns), but "
            f"got list.")):
        initialize([np.ones((2, 2))])
    with raises(ValueError, (
            f"{name}: parameters is an empty dict; expected arrays such as "
            f"W1, b1, W2, b2 (as initialize_parameters_nn returns).")):
        initialize({})
    with raises(TypeError, (
            f"{name}: parameters['W1'] must hold numbers, but got dtype "
            f"<U1.")):
        initialize({"W1": np.array([["a"]])})


def test_missing_gradient():
    """A grads dict without db1 names the missing key and where from."""
    parameters, grads, v = small()
    del grads["db1"]
    with raises(ValueError, (
            "update_parameters_with_momentum: grads is missing key(s) db1; "
            "expected dW1, db1 (as backward_propagation_nn returns), got "
            "dW1.")):
        update_parameters_with_momentum(parameters, grads, v, 0.9, 0.1)


def test_gradient_of_the_wrong_shape():
    """A transposed gradient is refused with both shapes."""
    parameters, grads, v = small()
    grads["dW1"] = grads["dW1"].T
    with raises(ValueError, (
            "update_parameters_with_momentum: grads['dW1'] must have the "
            "shape of parameters['W1'], (2, 3), but got shape (3, 2).")):
        update_parameters_with_momentum(parameters, grads, v, 0.9, 0.1)


def test_grads_that_are_not_a_dict():
    """A tuple of gradients is a TypeError naming the expected keys."""
    parameters, grads, s = small()
    with raises(TypeError, (
            "update_parameters_with_rmsprop: grads must be a dict with "
            "keys dW1, db1 (as backward_propagation_nn returns), but got "
            "tuple.")):
        update_parameters_with_rmsprop(parameters, tuple(grads.values()),
                                       s, 0.9, 0.1)


@pytest.mark.parametrize("function, name, initializer", [
    ("momentum", "v", "initialize_velocity"),
    ("rmsprop", "s", "initialize_rmsprop"),
    ("adam", "v", "initialize_adam"),
])
def test_state_errors_point_to_the_initializer(function, name,
                                               initializer):
    """A state dict with a missing key says which initializer makes it."""
    parameters, grads, zeros = small()
    state = {"dW1": zeros["dW1"]}
    full = dict(zeros)
    call = {
        "momentum": lambda: update_parameters_with_momentum(
            parameters, grads, state, 0.9, 0.1),
        "rmsprop": lambda: update_parameters_with_rmsprop(
            parameters, grads, state, 0.9, 0.1),
        "adam": lambda: update_parameters_with_adam(
            parameters, grads, state, full, 1),
    }[function]
    with raises(ValueError, (
            f"update_parameters_with_{function}: {name} is missing key(s) "
            f"db1; expected dW1, db1 (as {initializer}(parameters) "
            f"returns, then each step), got dW1.")):
        call()


def test_state_of_the_wrong_shape():
    """A velocity made for other parameters is refused."""
    parameters, grads, _ = small()
    v = {"dW1": np.zeros((3, 2)), "db1": np.zeros((2, 1))}
    with raises(ValueError, (
            "update_parameters_with_momentum: v['dW1'] must have the shape "
            "of parameters['W1'], (2, 3), but got shape (3, 2).")):
        update_parameters_with_momentum(parameters, grads, v, 0.9, 0.1)


@pytest.mark.parametrize("beta", [1, 1.0, -0.1, 2.5, float("nan")])
def test_beta_outside_zero_one(beta):
    """beta must lie in [0, 1); 1 gets a hint of its own."""
    parameters, grads, v = small()
    hint = " With 1 the average never moves from its zero start." * (
        beta == 1)
    with raises(ValueError, (
            f"update_parameters_with_momentum: beta must be a number in "
            f"[0, 1) (the share of the moving average kept at each step, "
            f"such as 0.9), but got {beta!r}.{hint}")):
        update_parameters_with_momentum(parameters, grads, v, beta, 0.1)


@pytest.mark.parametrize("beta", ["0.9", None, True])
def test_beta_of_the_wrong_type(beta):
    """A beta that is not a real number is a TypeError."""
    parameters, grads, s = small()
    with raises(TypeError, (
            f"update_parameters_with_rmsprop: beta must be a number in "
            f"[0, 1) (the share of the moving average kept at each step, "
            f"such as 0.9), but got {beta!r} of type "
            f"{type(beta).__name__}.")):
        update_parameters_with_rmsprop(parameters, grads, s, beta, 0.1)


@pytest.mark.parametrize("name, example", [("beta1", 0.9),
                                           ("beta2", 0.999)])
def test_adam_betas(name, example):
    """Adam's beta1 and beta2 are checked under their own names."""
    parameters, grads, v = small()
    with raises(ValueError, (
            f"update_parameters_with_adam: {name} must be a number in "
            f"[0, 1) (the share of the moving average kept at each step, "
            f"such as {example}), but got 1.5.")):
        update_parameters_with_adam(parameters, grads, v, v, 1,
                                    **{name: 1.5})


@pytest.mark.parametrize("t, error, got", [
    (0, ValueError, "0"), (-3, ValueError, "-3"),
    (1.0, TypeError, "1.0 of type float"), (True, TypeError,
                                            "True of type bool")])
def test_adam_step_count(t, error, got):
    """t counts steps from 1: 0 would divide by 1 - beta**0 = 0."""
    parameters, grads, v = small()
    with raises(error, (
            f"update_parameters_with_adam: t must be a positive integer "
            f"(the number of this step, counting from 1), but got "
            f"{got}.")):
        update_parameters_with_adam(parameters, grads, v, v, t)


@pytest.mark.parametrize("learning_rate", [0, -0.01, float("inf")])
def test_learning_rate_must_be_positive(learning_rate):
    """A learning rate of 0, below 0 or infinite is refused."""
    parameters, grads, v = small()
    with raises(ValueError, (
            f"update_parameters_with_adam: learning_rate must be a "
            f"positive number such as 0.01, but got {learning_rate!r}.")):
        update_parameters_with_adam(parameters, grads, v, v, 1,
                                    learning_rate=learning_rate)


def test_epsilon_must_be_positive():
    """epsilon = 0 could divide by zero: refused."""
    parameters, grads, s = small()
    with raises(ValueError, (
            "update_parameters_with_rmsprop: epsilon must be a positive "
            "number such as 1e-08, but got 0.")):
        update_parameters_with_rmsprop(parameters, grads, s, 0.9, 0.1,
                                       epsilon=0)


# --- any depth ---------------------------------------------------------------

DEEP = {"W1": (5, 2), "b1": (5, 1), "W2": (3, 5), "b2": (3, 1),
        "W3": (4, 3), "b3": (4, 1)}


def deep_steps(parameters, grads, keys):
    """One step of every update on the parameters of ``keys`` alone."""
    def part(d, prefix=""):
        return {prefix + k: d[prefix + k] for k in keys}
    params, g = part(parameters), part(grads, "d")
    v = {"d" + k: 0.5 * np.abs(grads["d" + k]) for k in keys}
    s = {"d" + k: grads["d" + k] ** 2 for k in keys}
    return {
        "gd": update_parameters_nn(params, g, 0.1),
        "momentum": update_parameters_with_momentum(params, g, v, 0.9,
                                                    0.1),
        "rmsprop": update_parameters_with_rmsprop(params, g, s, 0.99,
                                                  0.01),
        "adam": update_parameters_with_adam(params, g, v, s, 4, 0.01),
    }


def test_every_update_treats_each_layer_on_its_own():
    """A 3-layer step is the 2-layer step and layer 3's step, joined.

    The two-layer part is what the 2-layer functions computed before
    (their formulas are replayed above), bit for bit.
    """
    rng = np.random.default_rng(12)
    parameters = random_parameters(rng, DEEP)
    grads = random_grads(rng, DEEP)
    whole = deep_steps(parameters, grads, list(DEEP))
    first = deep_steps(parameters, grads, ["W1", "b1", "W2", "b2"])
    last = deep_steps(parameters, grads, ["W3", "b3"])
    for name, result in whole.items():
        results = result if isinstance(result, tuple) else (result,)
        parts = zip(*(r if isinstance(r, tuple) else (r,)
                      for r in (first[name], last[name])))
        for joined, (a, b) in zip(results, parts):
            assert list(joined) == [*a, *b], name
            for key in joined:
                assert np.array_equal(joined[key], {**a, **b}[key]), name


@pytest.mark.parametrize("initialize", INITIALIZERS + [
    lambda p: initialize_adam(p)[1]])
def test_initializers_of_a_deep_network(initialize):
    """Zeros under dW1 .. dW3 and db1 .. db3, of each parameter's shape."""
    parameters = random_parameters(np.random.default_rng(13), DEEP)
    state = initialize(parameters)
    assert {key: value.shape for key, value in state.items()} == {
        "d" + key: shape for key, shape in DEEP.items()}
    assert not any(value.any() for value in state.values())


def deep_problem():
    """A 3-layer network's parameters, gradients and zero velocity."""
    rng = np.random.default_rng(14)
    parameters = random_parameters(rng, DEEP)
    return parameters, random_grads(rng, DEEP), initialize_velocity(
        parameters)


KEYS3 = "dW1, db1, dW2, db2, dW3, db3"


@pytest.mark.parametrize("update", ["gd", "momentum"])
def test_deep_gradient_missing_names_backward_propagation_deep(update):
    """A missing dW3 is named, and where such gradients come from."""
    parameters, grads, v = deep_problem()
    del grads["dW3"]
    function = {"gd": "update_parameters_nn",
                "momentum": "update_parameters_with_momentum"}[update]
    with raises(ValueError, (
            f"{function}: grads is missing key(s) dW3; expected {KEYS3} "
            f"(as backward_propagation_deep returns), got dW1, db1, dW2, "
            f"db2, db3.")):
        if update == "gd":
            update_parameters_nn(parameters, grads, 0.1)
        else:
            update_parameters_with_momentum(parameters, grads, v, 0.9, 0.1)


def test_deep_gradient_of_the_wrong_shape_names_the_layer():
    """dW3 of another shape than W3 is refused, naming both."""
    parameters, grads, _ = deep_problem()
    grads["dW3"] = grads["dW3"].T
    with raises(ValueError, (
            "update_parameters_nn: grads['dW3'] must have the shape of "
            "parameters['W3'], (4, 3), but got shape (3, 4).")):
        update_parameters_nn(parameters, grads, 0.1)


def test_gradients_of_a_deeper_network_are_refused():
    """dW3 and db3 with 2-layer parameters: not the same network."""
    parameters, grads, _ = deep_problem()
    two = {key: parameters[key] for key in ("W1", "b1", "W2", "b2")}
    with raises(ValueError, (
            "update_parameters_nn: grads has key(s) dW3, db3 that match no "
            "parameter; expected exactly dW1, db1, dW2, db2 (as "
            "backward_propagation_nn returns), one per parameter of the "
            "same network.")):
        update_parameters_nn(two, grads, 0.1)


def test_deep_state_missing_a_layer_points_to_the_initializer():
    """Adam's s made for 2 layers, with 3-layer parameters."""
    parameters, grads, _ = deep_problem()
    v, s = initialize_adam(parameters)
    del s["db3"]
    with raises(ValueError, (
            f"update_parameters_with_adam: s is missing key(s) db3; "
            f"expected {KEYS3} (as initialize_adam(parameters) returns, "
            f"then each step), got dW1, db1, dW2, db2, dW3.")):
        update_parameters_with_adam(parameters, grads, v, s, 1)
