"""Tests for snippets.data: the shipped Titanic table and its preparation."""

import gzip
import hashlib
import re
from importlib import resources

import numpy as np
import pytest

import snippets.data as data_module
from snippets.data import (
    FEATURE_NAMES,
    load_titanic,
    load_titanic_frame,
)

CSV_SHA256 = (
    "c617db2c7470716250f6f001be51304c76bcc8815527ab8bae734bdca0735737"
)
M = 1309          # passengers in titanic3
SURVIVORS = 500


@pytest.fixture(scope="module")
def frame():
    """The raw table via pandas, the independent reference."""
    return load_titanic_frame()


def reference_arrays(frame, train_index, test_index):
    """Redo Lesson 4's preparation with pandas, from the training rows."""
    train = frame.iloc[train_index]
    filled = frame.fillna({
        "age": train["age"].median(),
        "fare": train["fare"].median(),
        "embarked": train["embarked"].mode()[0],
    })
    X = np.column_stack([
        filled["pclass"], filled["age"], filled["sibsp"], filled["parch"],
        filled["fare"], filled["sex"] == "male",
        filled["embarked"] == "Q", filled["embarked"] == "S",
    ]).astype(np.float64)
    mean = X[train_index].mean(axis=0)
    std = X[train_index].std(axis=0)
    return (X[train_index] - mean) / std, (X[test_index] - mean) / std


def test_shipped_csv_matches_checksum():
    """The packaged file decompresses to the published titanic3 bytes."""
    source = resources.files("snippets") / "_datasets" / "titanic3.csv.gz"
    content = gzip.decompress(source.read_bytes())
    assert hashlib.sha256(content).hexdigest() == CSV_SHA256


@pytest.mark.parametrize(
    "test_size, m_test", [(0.2, 262), (0.25, 327), (0.5, 655), (0.1, 131)]
)
def test_shapes_and_dtypes(test_size, m_test):
    """Examples in rows, 8 features, 1-D 0/1 int labels, all rows used."""
    data = load_titanic(test_size=test_size)
    m_train = M - m_test
    assert data.X_train.shape == (m_train, 8)
    assert data.X_test.shape == (m_test, 8)
    assert data.y_train.shape == (m_train,)
    assert data.y_test.shape == (m_test,)
    assert data.X_train.dtype == data.X_test.dtype == np.float64
    assert data.y_train.dtype == data.y_test.dtype == np.int64
    assert set(np.unique(data.y_train)) == set(np.unique(data.y_test)) == {
        0, 1}
    assert data.feature_names == FEATURE_NAMES
    assert len(FEATURE_NAMES) == 8


def test_split_is_a_partition_with_matching_labels(frame):
    """Train and test rows are disjoint, cover the table, keep labels."""
    data = load_titanic()
    rows = np.concatenate([data.train_index, data.test_index])
    assert np.array_equal(np.sort(rows), np.arange(M))
    survived = frame["survived"].to_numpy()
    assert np.array_equal(data.y_train, survived[data.train_index])
    assert np.array_equal(data.y_test, survived[data.test_index])


@pytest.mark.parametrize("seed", [0, 1, 42, 2024])
def test_no_missing_or_infinite_values(seed):
    """Every missing Age, Fare and port has been filled."""
    data = load_titanic(seed=seed)
    assert np.isfinite(data.X_train).all()
    assert np.isfinite(data.X_test).all()


@pytest.mark.parametrize("seed", [0, 42, 7])
def test_training_features_are_standardised(seed):
    """Each training column has mean 0 and std 1 after scaling."""
    data = load_titanic(seed=seed)
    np.testing.assert_allclose(data.X_train.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(data.X_train.std(axis=0), 1, rtol=1e-12)


@pytest.mark.parametrize("test_size, seed", [(0.2, 42), (0.2, 3), (0.4, 9)])
def test_matches_independent_pandas_preparation(frame, test_size, seed):
    """Filling and scaling use training rows only, as pandas redoes it."""
    data = load_titanic(test_size=test_size, seed=seed)
    X_train, X_test = reference_arrays(
        frame, data.train_index, data.test_index)
    np.testing.assert_allclose(data.X_train, X_train, rtol=0, atol=1e-12)
    np.testing.assert_allclose(data.X_test, X_test, rtol=0, atol=1e-12)


def test_statistics_come_from_training_rows_only(frame):
    """Fill values and mean/std differ from those of all passengers."""
    data = load_titanic()
    train = frame.iloc[data.train_index]
    assert data.fill_values == {
        "Age": train["age"].median(),
        "Fare": train["fare"].median(),
        "Embarked": "S",
    }
    # the whole-table median fare is 14.4542: using it would be a leak
    assert frame["fare"].median() == 14.4542
    assert data.fill_values["Fare"] == 14.4
    # the test set, scaled with training statistics, is not exactly 0/1
    assert np.abs(data.X_test.mean(axis=0)).max() > 1e-3
    unscaled = data.X_train * data.std + data.mean
    np.testing.assert_allclose(unscaled[:, 0],
                               train["pclass"].to_numpy(), atol=1e-12)


def test_same_seed_gives_identical_arrays():
    """Two calls with one seed return exactly the same data."""
    first, second = load_titanic(seed=5), load_titanic(seed=5)
    for name in ("X_train", "X_test", "y_train", "y_test", "mean", "std",
                 "train_index", "test_index"):
        assert np.array_equal(getattr(first, name), getattr(second, name))
    assert first.fill_values == second.fill_values


@pytest.mark.parametrize("other_seed", [0, 1, 43])
def test_different_seed_gives_different_split(other_seed):
    """Another seed puts other passengers in the test set."""
    default = load_titanic()
    other = load_titanic(seed=other_seed)
    assert set(default.test_index) != set(other.test_index)


def test_global_random_state_is_untouched():
    """Loading neither reads nor changes NumPy's global random state."""
    np.random.seed(123)
    before = np.random.get_state()[1].copy()
    first = load_titanic()
    assert np.array_equal(np.random.get_state()[1], before)
    np.random.seed(999)
    assert np.array_equal(load_titanic().test_index, first.test_index)


@pytest.mark.parametrize("test_size", [0.2, 0.3, 0.5])
@pytest.mark.parametrize("seed", [0, 42, 11])
def test_split_is_stratified(test_size, seed):
    """Train and test survival rates are within 1 point of the whole."""
    data = load_titanic(test_size=test_size, seed=seed)
    overall = SURVIVORS / M
    assert abs(data.y_train.mean() - overall) < 0.01
    assert abs(data.y_test.mean() - overall) < 0.01


def test_default_split_counts():
    """The default split holds 400 + 100 of the 500 survivors."""
    data = load_titanic()
    assert (data.y_train.sum(), data.y_test.sum()) == (400, 100)


@pytest.mark.parametrize("test_size", ["0.2", None, True, [0.2]])
def test_test_size_of_wrong_type(test_size):
    """A test_size that is not a real number is a TypeError."""
    message = (
        f"load_titanic: test_size must be a float between 0 and 1 (the "
        f"fraction of passengers held out for testing), but got "
        f"{test_size!r} of type {type(test_size).__name__}. "
        f"Hint: pass a number such as test_size=0.2."
    )
    with pytest.raises(TypeError, match=f"^{re.escape(message)}$"):
        load_titanic(test_size=test_size)


@pytest.mark.parametrize("test_size", [0, 1, -0.2, 1.5, 20, float("nan")])
def test_test_size_out_of_range(test_size):
    """A test_size outside (0, 1) is a ValueError naming the value."""
    message = (
        f"load_titanic: test_size must be strictly between 0 and 1 (the "
        f"fraction of passengers held out for testing), but got "
        f"{test_size!r}. Hint: test_size=0.2 keeps 80% for training."
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load_titanic(test_size=test_size)


@pytest.mark.parametrize(
    "test_size, label, side, count",
    [(0.0001, 0, "test", 809), (0.9999, 0, "training", 809),
     (0.999, 1, "training", 500)],
)
def test_test_size_that_empties_a_class(test_size, label, side, count):
    """A split leaving a class out of one part is a ValueError."""
    message = (
        f"load_titanic: test_size={test_size!r} leaves no passenger with "
        f"label {label} in the {side} set (there are {count} in all). "
        f"Hint: use a fraction such as 0.2."
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load_titanic(test_size=test_size)


@pytest.mark.parametrize("seed", [1.5, "42", None, True])
def test_seed_of_wrong_type(seed):
    """A seed that is not an int is a TypeError."""
    message = (
        f"load_titanic: seed must be a non-negative int (it fixes the "
        f"random split), but got {seed!r} of type {type(seed).__name__}."
    )
    with pytest.raises(TypeError, match=f"^{re.escape(message)}$"):
        load_titanic(seed=seed)


def test_negative_seed():
    """A negative seed is a ValueError."""
    message = (
        "load_titanic: seed must be a non-negative int (it fixes the "
        "random split), but got -1."
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load_titanic(seed=-1)


def test_numpy_scalars_are_accepted():
    """NumPy ints and floats work like Python ones."""
    data = load_titanic(test_size=np.float64(0.2), seed=np.int64(42))
    assert np.array_equal(data.X_train, load_titanic().X_train)


def tiny_table(age, embarked):
    """A four-passenger raw table in the titanic3 layout."""
    return {
        "survived": ["0", "0", "1", "1"],
        "pclass": ["1", "2", "3", "1"],
        "sex": ["male", "female", "male", "female"],
        "age": age,
        "sibsp": ["0", "1", "0", "2"],
        "parch": ["0", "0", "1", "0"],
        "fare": ["7.25", "?", "8.05", "53.1"],
        "embarked": embarked,
    }


def test_constant_training_column_keeps_std_one(monkeypatch):
    """A feature constant in training is centred, not divided by 0."""
    monkeypatch.setattr(data_module, "_read_titanic_csv", lambda: tiny_table(
        ["22", "38", "?", "35"], ["S", "S", "S", "S"]))
    data = load_titanic(test_size=0.5, seed=0)
    q = FEATURE_NAMES.index("Embarked_Q")
    assert data.std[q] == 1.0
    assert np.isfinite(data.X_train).all() and np.isfinite(data.X_test).all()
    assert (data.X_train[:, q] == 0).all()


def test_no_known_training_value_is_an_error(monkeypatch):
    """With no known training Age there is nothing to fill with."""
    monkeypatch.setattr(data_module, "_read_titanic_csv", lambda: tiny_table(
        ["?", "?", "?", "?"], ["S", "C", "Q", "S"]))
    message = (
        "load_titanic: no training passenger has a known Age, so there "
        "is no median to fill it with. Hint: use a smaller test_size "
        "such as 0.2."
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load_titanic(test_size=0.5, seed=0)


def test_frame_has_the_raw_table(frame):
    """The DataFrame has 1309 rows, 14 columns and the known gaps."""
    assert frame.shape == (M, 14)
    assert list(frame.columns[:5]) == [
        "pclass", "survived", "name", "sex", "age"]
    missing = frame.isna().sum()
    assert (missing["age"], missing["fare"], missing["embarked"]) == (
        263, 1, 2)
    assert missing["name"] == missing["ticket"] == 0
    assert int(frame["survived"].sum()) == SURVIVORS


def test_frame_without_pandas_explains(monkeypatch):
    """Without pandas, load_titanic_frame says what to install."""
    monkeypatch.setitem(__import__("sys").modules, "pandas", None)
    message = (
        "load_titanic_frame needs pandas, which is not installed. "
        "Hint: pip install pandas (load_titanic works without it)."
    )
    with pytest.raises(ImportError, match=f"^{re.escape(message)}$"):
        load_titanic_frame()
