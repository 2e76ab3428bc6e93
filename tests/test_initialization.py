"""Tests of snippets.initialization.initialize_parameters_nn."""

import numpy as np
import pytest

from snippets import initialize_parameters_nn

SIZES = [(2, 4, 1), (8, 4, 1), (784, 256, 1), (3, 1, 5), (1, 1, 1)]


def test_published_values():
    """The default call gives the course's published W1 and W2."""
    p = initialize_parameters_nn(2, 4, 1)
    np.testing.assert_allclose(p["W1"][0], [-0.00416758, -0.00056267],
                               atol=5e-9)
    np.testing.assert_allclose(
        p["W2"], [[-0.01057952, -0.00909008, 0.00551454, 0.02292208]],
        atol=5e-9,
    )


@pytest.mark.parametrize("n_x, n_h, n_y", SIZES)
def test_matches_the_classic_global_seed_recipe(n_x, n_h, n_y):
    """Same numbers as np.random.seed(2) + randn * 0.01, bit for bit."""
    state = np.random.get_state()
    try:
        np.random.seed(2)
        W1 = np.random.randn(n_h, n_x) * 0.01
        W2 = np.random.randn(n_y, n_h) * 0.01
    finally:
        np.random.set_state(state)
    p = initialize_parameters_nn(n_x, n_h, n_y)
    np.testing.assert_array_equal(p["W1"], W1)
    np.testing.assert_array_equal(p["W2"], W2)


@pytest.mark.parametrize("n_x, n_h, n_y", SIZES)
def test_shapes_and_zero_biases(n_x, n_h, n_y):
    """W1 (n_h, n_x), b1 (n_h, 1) zeros, W2 (n_y, n_h), b2 (n_y, 1)."""
    p = initialize_parameters_nn(n_x, n_h, n_y)
    assert list(p) == ["W1", "b1", "W2", "b2"]
    assert p["W1"].shape == (n_h, n_x)
    assert p["W2"].shape == (n_y, n_h)
    np.testing.assert_array_equal(p["b1"], np.zeros((n_h, 1)))
    np.testing.assert_array_equal(p["b2"], np.zeros((n_y, 1)))


def test_global_random_state_untouched():
    """Calling it neither reads nor moves NumPy's global stream."""
    np.random.seed(12345)
    expected = np.random.random(3)
    np.random.seed(12345)
    initialize_parameters_nn(5, 3, 1)
    np.testing.assert_array_equal(np.random.random(3), expected)


def test_other_seed_changes_and_reproduces():
    """Another seed gives other numbers, the same on every call."""
    a = initialize_parameters_nn(3, 4, 1, seed=7)
    b = initialize_parameters_nn(3, 4, 1, seed=7)
    np.testing.assert_array_equal(a["W1"], b["W1"])
    assert not np.array_equal(a["W1"], initialize_parameters_nn(3, 4, 1)["W1"])


def test_generator_is_used():
    """A caller's Generator supplies the draws, in W1-then-W2 order."""
    p = initialize_parameters_nn(3, 4, 2, rng=np.random.default_rng(0))
    ref = np.random.default_rng(0)
    np.testing.assert_array_equal(p["W1"], ref.standard_normal((4, 3)) * 0.01)
    np.testing.assert_array_equal(p["W2"], ref.standard_normal((2, 4)) * 0.01)


@pytest.mark.parametrize("scale", [0.0, 0.5, 1.0])
def test_scale(scale):
    """scale multiplies the standard-normal draws."""
    p = initialize_parameters_nn(3, 4, 1, scale=scale)
    base = initialize_parameters_nn(3, 4, 1, scale=1.0)
    np.testing.assert_array_equal(p["W1"], base["W1"] * scale)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, "float32"])
def test_dtype(dtype):
    """Every array has the requested float dtype."""
    p = initialize_parameters_nn(3, 4, 1, dtype=dtype)
    assert {a.dtype for a in p.values()} == {np.dtype(dtype)}


@pytest.mark.parametrize(
    "args, error, message",
    [
        ((0, 4, 1), ValueError, r"n_x must be a positive integer .* got 0\."),
        ((3, -1, 1), ValueError, r"n_h must be a positive .* got -1\."),
        ((3, 4.0, 1), TypeError, r"n_h must be a positive integer .* got "
                                 r"4\.0 of type float\."),
        ((3, 4, True), TypeError, r"n_y .* got True of type bool\."),
        (("3", 4, 1), TypeError, r"n_x .* got '3' of type str\."),
    ],
)
def test_bad_layer_sizes(args, error, message):
    """Non-integer and non-positive sizes are refused, naming the size."""
    with pytest.raises(error, match=r"^initialize_parameters_nn: " + message):
        initialize_parameters_nn(*args)


def test_numpy_integer_sizes_are_accepted():
    """Sizes read off array shapes (NumPy ints) work like Python ints."""
    X = np.zeros((8, 10))
    p = initialize_parameters_nn(np.int64(X.shape[0]), 4, 1)
    assert p["W1"].shape == (4, 8)


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"scale": -0.01}, ValueError, r"scale must be a finite number"),
        ({"scale": float("nan")}, ValueError, r"scale .* got nan\."),
        ({"dtype": np.int64}, TypeError, r"dtype must be a floating dtype"),
        ({"rng": np.random.RandomState(0)}, TypeError,
         r"rng must be a numpy\.random\.Generator .* got RandomState\."),
        ({"rng": np.random.default_rng(0), "seed": 3}, TypeError,
         r"pass either seed or rng, not both"),
    ],
)
def test_bad_options(kwargs, error, message):
    """Bad options name the option and what arrived."""
    with pytest.raises(error, match=message):
        initialize_parameters_nn(3, 4, 1, **kwargs)


@pytest.mark.parametrize("scale", ["0.01", None, True])
def test_scale_that_is_not_a_number_is_named(scale):
    """A scale that is no real number is reported by the function."""
    with pytest.raises(TypeError, match=r"^initialize_parameters_nn: scale "
                       r"must be a finite number >= 0 .* of type"):
        initialize_parameters_nn(3, 4, 1, scale=scale)
