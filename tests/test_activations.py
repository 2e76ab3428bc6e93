"""Tests of snippets.activations: values, properties, stability, dtypes."""

import warnings

import numpy as np
import pytest
from scipy.special import expit
from scipy.special import softmax as scipy_softmax

from snippets import relu, sigmoid, softmax, tanh

FLOATS = [np.float32, np.float64]


def random_z(seed, shape=(5, 7), spread=10.0):
    """Draw test inputs from a Generator of their own."""
    return np.random.default_rng(seed).normal(scale=spread, size=shape)


def test_sigmoid_published_values():
    """The Lesson 4/6 test vector gives the textbook values."""
    z = np.array([-10, -1, 0, 1, 10])
    expected = 1 / (1 + np.exp(-z.astype(float)))  # safe for small |z|
    np.testing.assert_allclose(sigmoid(z), expected, rtol=1e-15)


def test_sigmoid_matches_expit_to_machine_precision():
    """Where the result is a normal float, sigmoid agrees with expit."""
    z = np.linspace(-708, 745, 400_001)
    got, ref = sigmoid(z), expit(z)
    normal = ref > np.finfo(np.float64).tiny
    rel = np.abs(got[normal] - ref[normal]) / ref[normal]
    assert rel.max() < 1e-15


@pytest.mark.parametrize("z", [-1e4, -1000.0, -745.2, 745.2, 1000.0, 1e4])
def test_sigmoid_is_finite_and_silent_at_extremes(z):
    """No overflow warning (warnings are errors) and a value in [0, 1]."""
    s = sigmoid(np.array([z]))
    assert np.all(np.isfinite(s)) and 0.0 <= s[0] <= 1.0
    assert s[0] == expit(z)


@pytest.mark.parametrize("seed", range(3))
def test_sigmoid_range_and_symmetry(seed):
    """sigmoid(z) lies in (0, 1) and sigmoid(-z) == 1 - sigmoid(z)."""
    z = random_z(seed, spread=5.0)  # |z| < 36: not rounded to 0 or 1
    s = sigmoid(z)
    assert np.all((s > 0) & (s < 1))
    np.testing.assert_allclose(sigmoid(-z), 1 - s, rtol=1e-12, atol=1e-16)


def test_sigmoid_scalar_in_scalar_out():
    """A Python number gives a NumPy scalar, not a 0-d array."""
    assert sigmoid(0) == 0.5
    assert np.ndim(sigmoid(2.0)) == 0 and isinstance(sigmoid(2.0), float)


@pytest.mark.parametrize("seed", range(3))
def test_relu_is_idempotent_and_nonnegative(seed):
    """relu(relu(z)) == relu(z) >= 0, equal to z where z > 0."""
    z = random_z(seed)
    r = relu(z)
    np.testing.assert_array_equal(relu(r), r)
    assert np.all(r >= 0)
    np.testing.assert_array_equal(r[z > 0], z[z > 0])


def test_relu_published_values():
    """The draft's test vector."""
    np.testing.assert_array_equal(
        relu(np.array([-5, -0.5, 0, 0.5, 5])), [0, 0, 0, 0.5, 5]
    )


@pytest.mark.parametrize("seed", range(3))
def test_tanh_matches_numpy_and_is_odd(seed):
    """tanh is np.tanh, odd, and in [-1, 1]."""
    z = random_z(seed)
    np.testing.assert_array_equal(tanh(z), np.tanh(z))
    np.testing.assert_array_equal(tanh(-z), -tanh(z))
    assert np.all(np.abs(tanh(z)) <= 1)


def test_tanh_saturates_without_nan():
    """At +-1e4 tanh is exactly +-1 (the exp formula would give NaN)."""
    np.testing.assert_array_equal(tanh(np.array([-1e4, 1e4])), [-1, 1])


@pytest.mark.parametrize("seed", range(3))
def test_softmax_columns_are_distributions(seed):
    """Each column is positive, sums to 1 and matches scipy's softmax."""
    z = random_z(seed, shape=(4, 9))
    p = softmax(z)
    assert np.all(p > 0)
    np.testing.assert_allclose(p.sum(axis=0), 1.0, rtol=1e-15)
    np.testing.assert_allclose(p, scipy_softmax(z, axis=0), rtol=1e-13)


@pytest.mark.parametrize("big", [1e4, -1e4])
def test_softmax_is_stable_for_huge_scores(big):
    """Scores of +-1e4 give finite distributions, without warnings."""
    z = np.array([[big, 0.0, 1.0], [big - 1.0, 1.0, 1.0]])
    p = softmax(z)
    assert np.all(np.isfinite(p))
    np.testing.assert_allclose(p.sum(axis=0), 1.0)
    np.testing.assert_allclose(p[:, 0], [1 / (1 + np.e**-1), 1 / (1 + np.e)])


def test_softmax_is_shift_invariant_per_column():
    """Adding a constant to a column does not change its probabilities."""
    z = random_z(7, shape=(3, 4))
    shifted = z + np.array([[100.0, -50.0, 0.0, 3.0]])
    np.testing.assert_allclose(softmax(shifted), softmax(z), rtol=1e-12)


@pytest.mark.parametrize("func", [sigmoid, relu, tanh, softmax])
@pytest.mark.parametrize("dtype", FLOATS)
def test_float_dtype_is_preserved(func, dtype):
    """float32 in, float32 out (and float64 likewise)."""
    z = random_z(1).astype(dtype)
    assert func(z).dtype == dtype


@pytest.mark.parametrize("func", [sigmoid, relu, tanh, softmax])
def test_inputs_are_not_mutated(func):
    """The caller's array is left as it was."""
    z = random_z(2)
    before = z.copy()
    func(z)
    np.testing.assert_array_equal(z, before)


@pytest.mark.parametrize("func", [sigmoid, tanh, softmax])
def test_integer_input_gives_float64(func):
    """Integer scores are promoted to float64 rather than truncated."""
    assert func(np.array([[1, 2], [3, 4]])).dtype == np.float64


@pytest.mark.parametrize("func, reference", [
    (sigmoid, lambda z: 1 / (1 + np.exp(-z))),
    (tanh, np.tanh),
])
@pytest.mark.parametrize("dtype", [np.uint8, np.int8, np.int16, bool])
def test_small_integer_and_bool_inputs_are_computed_in_float64(
        func, reference, dtype):
    """uint8 would wrap round in -|z|, int8 give float16: all float64."""
    values = [0, 1, 2, 100] if dtype is not bool else [False, True]
    z = np.array(values, dtype=dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = func(z)
    assert got.dtype == np.float64
    np.testing.assert_allclose(got, reference(np.array(values, float)),
                               rtol=1e-15)


@pytest.mark.parametrize("func", [sigmoid, tanh])
def test_non_numeric_input_is_a_clear_type_error(func):
    with pytest.raises(TypeError, match=rf"^{func.__name__}: z must be a "
                       r"number or an array of real numbers, but got an "
                       r"array of dtype <U1\. Pass floats"):
        func(np.array(["a"]))
