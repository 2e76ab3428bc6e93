"""Tests of snippets.forward.forward_propagation_nn."""

import math

import numpy as np
import pytest

from snippets import forward_propagation_nn, initialize_parameters_nn

SHAPES = [(2, 4, 1, 1), (8, 4, 1, 1047), (5, 3, 2, 7), (1, 1, 1, 3),
          (20, 16, 3, 50)]


def random_problem(seed, n_x, n_h, n_y, m, dtype=np.float64):
    """A random X and parameters with non-zero biases, own Generator."""
    rng = np.random.default_rng(seed)
    parameters = {
        "W1": rng.normal(size=(n_h, n_x)),
        "b1": rng.normal(size=(n_h, 1)),
        "W2": rng.normal(size=(n_y, n_h)) / math.sqrt(n_h),
        "b2": rng.normal(size=(n_y, 1)),
    }
    parameters = {k: v.astype(dtype) for k, v in parameters.items()}
    return rng.normal(size=(n_x, m)).astype(dtype), parameters


def forward_one_example_by_hand(x, p, hidden):
    """Independent reference: plain Python loops and the math module."""
    n_h, n_x = p["W1"].shape
    n_y = p["W2"].shape[0]
    a1 = []
    for j in range(n_h):
        z = sum(p["W1"][j, i] * x[i] for i in range(n_x)) + p["b1"][j, 0]
        a1.append(max(0.0, z) if hidden == "relu" else math.tanh(z))
    out = []
    for k in range(n_y):
        z = sum(p["W2"][k, j] * a1[j] for j in range(n_h)) + p["b2"][k, 0]
        out.append(1 / (1 + math.exp(-z)))
    return out


@pytest.mark.parametrize("hidden", ["relu", "tanh"])
@pytest.mark.parametrize("seed", range(3))
def test_matches_independent_computation(seed, hidden):
    """Each column of A2 equals a per-example loop in plain Python."""
    X, p = random_problem(seed, 5, 4, 2, 6)
    A2, _ = forward_propagation_nn(X, p, hidden_activation=hidden)
    expected = np.array(
        [forward_one_example_by_hand(X[:, i], p, hidden) for i in range(6)]
    ).T
    np.testing.assert_allclose(A2, expected, rtol=1e-12)


@pytest.mark.parametrize("n_x, n_h, n_y, m", SHAPES)
def test_shapes_of_output_and_cache(n_x, n_h, n_y, m):
    """A2 is (n_y, m); the cache holds Z1, A1 (n_h, m), Z2, A2 (n_y, m)."""
    X, p = random_problem(0, n_x, n_h, n_y, m)
    A2, cache = forward_propagation_nn(X, p)
    assert A2.shape == (n_y, m)
    assert list(cache) == ["Z1", "A1", "Z2", "A2"]
    assert cache["Z1"].shape == cache["A1"].shape == (n_h, m)
    assert cache["Z2"].shape == (n_y, m)
    assert cache["A2"] is A2


def test_cache_is_consistent():
    """A1 = relu(Z1), Z2 = W2 A1 + b2 and A2 = sigmoid(Z2), in the cache."""
    X, p = random_problem(1, 6, 5, 1, 9)
    _, c = forward_propagation_nn(X, p)
    np.testing.assert_array_equal(c["A1"], np.maximum(c["Z1"], 0))
    np.testing.assert_allclose(c["Z2"], p["W2"] @ c["A1"] + p["b2"])
    np.testing.assert_allclose(c["A2"], 1 / (1 + np.exp(-c["Z2"])))


def test_each_example_is_independent_of_the_others():
    """Running one column alone gives that column of the batch result."""
    X, p = random_problem(2, 4, 3, 1, 10)
    A2, _ = forward_propagation_nn(X, p)
    A2_single, _ = forward_propagation_nn(X[:, [3]], p)
    np.testing.assert_allclose(A2_single, A2[:, [3]], rtol=1e-15)


def test_published_initialization_gives_near_half():
    """With tiny initial weights every prediction starts near 0.5."""
    X = np.random.default_rng(3).normal(size=(8, 20))
    A2, _ = forward_propagation_nn(X, initialize_parameters_nn(8, 4, 1))
    assert np.all(np.abs(A2 - 0.5) < 1e-3)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_dtype_is_kept_end_to_end(dtype):
    """float32 data and parameters stay float32 in A2 and the cache."""
    p = initialize_parameters_nn(8, 4, 1, dtype=dtype)
    X = np.random.default_rng(4).normal(size=(8, 30)).astype(dtype)
    A2, cache = forward_propagation_nn(X, p)
    assert {a.dtype for a in cache.values()} == {np.dtype(dtype)}


def test_float64_parameters_do_not_upcast_float32_data():
    """A float64 bias must not silently turn a float32 pass into float64."""
    p = initialize_parameters_nn(8, 4, 1)  # float64
    p["b1"] = p["b1"] + 0.1
    X = np.random.default_rng(5).normal(size=(8, 30)).astype(np.float32)
    A2, cache = forward_propagation_nn(X, p)
    assert A2.dtype == cache["Z1"].dtype == np.float32
    A2_64, _ = forward_propagation_nn(X.astype(np.float64), p)
    np.testing.assert_allclose(A2, A2_64, rtol=1e-6)


def test_integer_X_is_computed_in_float64():
    """0/1 integer features are promoted, not truncated."""
    p = initialize_parameters_nn(3, 4, 1)
    X = np.array([[0, 1], [1, 1], [1, 0]])
    A2, _ = forward_propagation_nn(X, p)
    assert A2.dtype == np.float64
    np.testing.assert_allclose(A2, forward_propagation_nn(X * 1.0, p)[0])


def test_inputs_are_not_mutated():
    """X and every parameter array are left as they were."""
    X, p = random_problem(6, 4, 3, 1, 5)
    X_before, p_before = X.copy(), {k: v.copy() for k, v in p.items()}
    forward_propagation_nn(X, p)
    np.testing.assert_array_equal(X, X_before)
    for key in p:
        np.testing.assert_array_equal(p[key], p_before[key])


def test_huge_inputs_stay_finite_without_warnings():
    """Inputs of +-1e4 saturate the sigmoid cleanly (warnings are errors)."""
    p = initialize_parameters_nn(2, 4, 1, scale=10.0)
    X = np.array([[1e4, -1e4, 1e4], [-1e4, 1e4, 1e4]])
    for hidden in ("relu", "tanh"):
        A2, _ = forward_propagation_nn(X, p, hidden_activation=hidden)
        assert np.all(np.isfinite(A2)) and np.all((A2 >= 0) & (A2 <= 1))


def test_transposed_X_is_diagnosed():
    """Examples in rows: the message says so and suggests X.T."""
    p = initialize_parameters_nn(8, 4, 1)
    X_rows = np.zeros((1047, 8))
    message = (
        r"^forward_propagation_nn: X must have shape \(n_x, m\) = \(8, m\),"
        r" one example per column, to match W1's 8 input features, but got "
        r"shape \(1047, 8\)\. It looks transposed \(examples in rows, as "
        r"pandas and scikit-learn store them\): pass X\.T\.$"
    )
    with pytest.raises(ValueError, match=message):
        forward_propagation_nn(X_rows, p)


def test_wrong_number_of_features():
    """A mismatch that is not a transpose gives no transpose hint."""
    p = initialize_parameters_nn(8, 4, 1)
    with pytest.raises(ValueError, match=r"but got shape \(7, 5\)\.$"):
        forward_propagation_nn(np.zeros((7, 5)), p)


@pytest.mark.parametrize(
    "X, message",
    [
        (np.zeros(8), r"X must be 2-D with shape \(n_x, m\) = \(8, m\), one "
                      r"example per column, but got a 1-D array of shape "
                      r"\(8,\)\. For a single example use X\.reshape\(8, 1\)"),
        (np.zeros((8, 2, 1)), r"but got a 3-D array of shape \(8, 2, 1\)\.$"),
        (np.float64(1.0), r"but got a 0-D array of shape \(\)\.$"),
    ],
)
def test_X_must_be_2d(X, message):
    """1-D, 3-D and scalar X are refused with the expected shape."""
    p = initialize_parameters_nn(8, 4, 1)
    with pytest.raises(ValueError, match=message):
        forward_propagation_nn(X, p)


def test_X_of_strings_is_a_type_error():
    """Non-numeric data (e.g. an unencoded column) is a TypeError."""
    p = initialize_parameters_nn(2, 4, 1)
    with pytest.raises(TypeError, match=r"X must hold numbers, but got "
                                        r"dtype <U4\."):
        forward_propagation_nn(np.array([["male", "male"], ["a", "b"]]), p)


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("b1", np.zeros(4), r"parameters\['b1'\] must be a column vector of "
                            r"shape \(n_h, 1\) = \(4, 1\), but got shape "
                            r"\(4,\)\. Try b1\.reshape\(4, 1\)\.$"),
        ("b1", np.zeros((1, 4)), r".*b1'\] .* got shape \(1, 4\)\. Try b1\."),
        ("b1", np.zeros((3, 1)), r".*\(4, 1\), but got shape \(3, 1\)\.$"),
        ("b2", np.zeros(1), r"parameters\['b2'\] must be a column vector of "
                            r"shape \(n_y, 1\) = \(1, 1\), but got shape "
                            r"\(1,\)\. Try b2\.reshape\(1, 1\)\.$"),
        ("W2", np.zeros((1, 3)), r"parameters\['W2'\] must have shape "
                                 r"\(n_y, n_h\) = \(n_y, 4\) to match W1's "
                                 r"4 hidden units, but got shape \(1, 3\)"),
        ("W1", np.zeros(8), r"parameters\['W1'\] must be a 2-D matrix, but "
                            r"got shape \(8,\)\.$"),
    ],
)
def test_wrong_parameter_shapes(key, value, message):
    """Each malformed parameter is named with expected and actual shape."""
    p = initialize_parameters_nn(8, 4, 1)
    p[key] = value
    prefix = "^forward_propagation_nn: "
    with pytest.raises(ValueError, match=prefix + message):
        forward_propagation_nn(np.zeros((8, 4)), p)


def test_missing_parameter_keys():
    """Missing keys are listed, with the keys that did arrive."""
    p = initialize_parameters_nn(8, 4, 1)
    del p["b2"], p["W2"]
    with pytest.raises(ValueError, match=r"parameters is missing key\(s\) "
                                         r"W2, b2; expected W1, b1, W2, b2 "
                                         r".* got W1, b1\.$"):
        forward_propagation_nn(np.zeros((8, 4)), p)


def test_parameters_must_be_a_dict():
    """A tuple of arrays is a TypeError pointing at the dict form."""
    p = initialize_parameters_nn(8, 4, 1)
    with pytest.raises(TypeError, match=r"parameters must be a dict .* got "
                                        r"tuple\.$"):
        forward_propagation_nn(np.zeros((8, 4)), tuple(p.values()))


def test_unknown_hidden_activation():
    """A typo in hidden_activation lists the valid choices."""
    p = initialize_parameters_nn(8, 4, 1)
    with pytest.raises(ValueError, match=r"hidden_activation must be one of "
                                         r"\['relu', 'tanh'\], but got "
                                         r"'sigmoid'\.$"):
        forward_propagation_nn(np.zeros((8, 4)), p,
                               hidden_activation="sigmoid")


def test_nan_in_X_is_reported_with_its_columns():
    """Missing values (NaN) raise, naming how many examples and which."""
    p = initialize_parameters_nn(3, 4, 1)
    X = np.ones((3, 10))
    X[1, [2, 7]] = np.nan
    with pytest.raises(ValueError, match=r"X contains NaN in 2 of 10 "
                                         r"examples \(columns 2, 7\)\. Fill "
                                         r"the missing values first"):
        forward_propagation_nn(X, p)


def test_nan_in_parameters_is_reported():
    """Diverged parameters are blamed, not the data."""
    p = initialize_parameters_nn(3, 4, 1)
    p["W2"] = p["W2"] * np.nan
    with pytest.raises(ValueError, match=r"parameters W2 contain NaN"):
        forward_propagation_nn(np.ones((3, 2)), p)


def test_infinite_X_that_produces_nan_is_reported():
    """+inf and -inf in one example give NaN; the message says why."""
    p = {"W1": np.ones((1, 2)), "b1": np.zeros((1, 1)),
         "W2": np.ones((1, 1)), "b2": np.zeros((1, 1))}
    X = np.array([[np.inf, 1.0], [-np.inf, 1.0]])
    # NumPy itself warns about inf - inf first; the error then explains it
    with pytest.raises(ValueError, match=r"produced NaN for 1 examples; X "
                                         r"holds infinite values"):
        with pytest.warns(RuntimeWarning, match="invalid value"):
            forward_propagation_nn(X, p)
