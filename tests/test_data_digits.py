"""Tests for snippets.data.load_digits: the shipped digits and their split."""

import gzip
import hashlib
import re
from importlib import resources

import numpy as np
import pytest

import snippets.data as data_module
from snippets.data import DigitsData, load_digits

GZ_SHA256 = (
    "09f66e6debdee2cd2b5ae59e0d6abbb73fc2b0e0185d2e1957e9ebb51e23aa22"
)
CSV_SHA256 = (
    "6ebb3d2fee246a4e99363262ddf8a00a3c41bee6014c373ed9d9216ba7f651b8"
)
M = 1797                  # images in the UCI test set
# images of each digit 0..9 in the shipped file
COUNTS = np.array([178, 182, 177, 183, 181, 182, 181, 179, 174, 180])


@pytest.fixture(scope="module")
def raw():
    """The shipped file read independently: an int table (1797, 65)."""
    source = resources.files("snippets") / "_datasets" / "digits.csv.gz"
    text = gzip.decompress(source.read_bytes()).decode("ascii")
    return np.array([line.split(",") for line in text.splitlines()],
                    dtype=np.int64)


def expected_test_counts(test_size):
    """Per digit, the test images the split promises: round half up."""
    return np.floor(test_size * COUNTS + 0.5).astype(np.int64)


def test_shipped_file_matches_checksums():
    """The packaged file is scikit-learn's, byte for byte (see README)."""
    source = resources.files("snippets") / "_datasets" / "digits.csv.gz"
    packed = source.read_bytes()
    assert hashlib.sha256(packed).hexdigest() == GZ_SHA256
    assert hashlib.sha256(gzip.decompress(packed)).hexdigest() == CSV_SHA256


def test_shipped_file_has_the_documented_layout(raw):
    """1797 lines of 64 pixels in 0..16 and a digit 0..9."""
    assert raw.shape == (M, 65)
    assert raw[:, :64].min() == 0 and raw[:, :64].max() == 16
    assert np.array_equal(np.bincount(raw[:, 64]), COUNTS)


def test_exported_names():
    """load_digits and DigitsData are public names of snippets.data."""
    assert {"load_digits", "DigitsData"} <= set(data_module.__all__)


@pytest.mark.parametrize("test_size", [0.2, 0.25, 0.5, 0.1])
def test_shapes_and_dtypes(test_size):
    """Images in rows, 64 float pixels, 1-D int64 labels, all rows used."""
    data = load_digits(test_size=test_size)
    m_test = int(expected_test_counts(test_size).sum())
    m_train = M - m_test
    assert isinstance(data, DigitsData)
    assert data.X_train.shape == (m_train, 64)
    assert data.X_test.shape == (m_test, 64)
    assert data.y_train.shape == (m_train,)
    assert data.y_test.shape == (m_test,)
    assert data.X_train.dtype == data.X_test.dtype == np.float64
    assert data.y_train.dtype == data.y_test.dtype == np.int64


def test_default_split_sizes():
    """The default 80/20 split: 1438 training and 359 test images."""
    data = load_digits()
    assert (data.X_train.shape, data.X_test.shape) == ((1438, 64),
                                                       (359, 64))


def test_pixels_are_scaled_to_unit_interval(raw):
    """Pixels are the file's counts divided by 16: in [0, 1], exactly."""
    data = load_digits()
    X = np.vstack([data.X_train, data.X_test])
    assert X.min() == 0.0 and X.max() == 1.0
    assert np.array_equal(X * 16, np.round(X * 16))


def test_rows_and_labels_come_from_the_file(raw):
    """X and y are the file's rows at train_index and test_index."""
    data = load_digits()
    for X, y, index in ((data.X_train, data.y_train, data.train_index),
                        (data.X_test, data.y_test, data.test_index)):
        assert np.array_equal(X, raw[index, :64] / 16)
        assert np.array_equal(y, raw[index, 64])


def test_split_is_a_partition():
    """Train and test rows are disjoint and cover all 1797 images."""
    data = load_digits()
    rows = np.concatenate([data.train_index, data.test_index])
    assert np.array_equal(np.sort(rows), np.arange(M))


@pytest.mark.parametrize("test_size", [0.2, 0.3, 0.5])
@pytest.mark.parametrize("seed", [0, 42, 11])
def test_split_is_stratified(test_size, seed):
    """Each digit is split on its own: exact counts per digit."""
    data = load_digits(test_size=test_size, seed=seed)
    test_counts = np.bincount(data.y_test, minlength=10)
    assert np.array_equal(test_counts, expected_test_counts(test_size))
    assert np.array_equal(np.bincount(data.y_train, minlength=10),
                          COUNTS - test_counts)


def test_default_test_counts():
    """The default test set holds 35 to 37 images of every digit."""
    assert np.array_equal(np.bincount(load_digits().y_test),
                          [36, 36, 35, 37, 36, 36, 36, 36, 35, 36])


def test_digits_are_mixed_within_each_part():
    """The parts are shuffled, not sorted by digit."""
    data = load_digits()
    assert not np.all(np.diff(data.y_train) >= 0)
    assert not np.all(np.diff(data.y_test) >= 0)


def test_same_seed_gives_identical_arrays():
    """Two calls with one seed return exactly the same data."""
    first, second = load_digits(seed=5), load_digits(seed=5)
    for a, b in zip(first, second, strict=True):
        assert np.array_equal(a, b)


@pytest.mark.parametrize("other_seed", [0, 1, 43])
def test_different_seed_gives_different_split(other_seed):
    """Another seed puts other images in the test set."""
    default = load_digits()
    other = load_digits(seed=other_seed)
    assert set(default.test_index) != set(other.test_index)


def test_global_random_state_is_untouched():
    """Loading neither reads nor changes NumPy's global random state."""
    np.random.seed(123)
    before = np.random.get_state()[1].copy()
    first = load_digits()
    assert np.array_equal(np.random.get_state()[1], before)
    np.random.seed(999)
    assert np.array_equal(load_digits().test_index, first.test_index)


def test_numpy_scalars_are_accepted():
    """NumPy ints and floats work like Python ones."""
    data = load_digits(test_size=np.float64(0.2), seed=np.int64(42))
    assert np.array_equal(data.X_train, load_digits().X_train)


@pytest.mark.parametrize("test_size", ["0.2", None, True, [0.2]])
def test_test_size_of_wrong_type(test_size):
    """A test_size that is not a real number is a TypeError."""
    message = (
        f"load_digits: test_size must be a float between 0 and 1 (the "
        f"fraction of images held out for testing), but got "
        f"{test_size!r} of type {type(test_size).__name__}. "
        f"Hint: pass a number such as test_size=0.2."
    )
    with pytest.raises(TypeError, match=f"^{re.escape(message)}$"):
        load_digits(test_size=test_size)


@pytest.mark.parametrize("test_size", [0, 1, -0.2, 1.5, float("nan")])
def test_test_size_out_of_range(test_size):
    """A test_size outside (0, 1) is a ValueError naming the value."""
    message = (
        f"load_digits: test_size must be strictly between 0 and 1 (the "
        f"fraction of images held out for testing), but got "
        f"{test_size!r}. Hint: test_size=0.2 keeps 80% for training."
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load_digits(test_size=test_size)


@pytest.mark.parametrize(
    "test_size, side",
    [(0.001, "test"), (0.999, "training")],
)
def test_test_size_that_empties_a_digit(test_size, side):
    """A split leaving a digit out of one part is a ValueError."""
    message = (
        f"load_digits: test_size={test_size!r} leaves no image of the "
        f"digit 0 in the {side} set (there are 178 in all). Hint: use a "
        f"fraction such as 0.2."
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load_digits(test_size=test_size)


@pytest.mark.parametrize("seed", [1.5, "42", None, True])
def test_seed_of_wrong_type(seed):
    """A seed that is not an int is a TypeError."""
    message = (
        f"load_digits: seed must be a non-negative int (it fixes the "
        f"random split), but got {seed!r} of type {type(seed).__name__}."
    )
    with pytest.raises(TypeError, match=f"^{re.escape(message)}$"):
        load_digits(seed=seed)


def test_negative_seed():
    """A negative seed is a ValueError."""
    message = (
        "load_digits: seed must be a non-negative int (it fixes the "
        "random split), but got -1."
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load_digits(seed=-1)


# -- the validation split (validation_size) ----------------------------------

def expected_val_counts(test_size, validation_size):
    """Per digit, the validation images promised: carved from the
    non-test images at validation_size * 1797 / m_non_test, half up."""
    non_test = COUNTS - expected_test_counts(test_size)
    fraction = validation_size * M / non_test.sum()
    return np.floor(fraction * non_test + 0.5).astype(np.int64)


def test_no_validation_set_by_default():
    """validation_size=0: empty (0, 64) arrays, everything else as before."""
    data = load_digits()
    assert data.X_val.shape == (0, 64) and data.X_val.dtype == np.float64
    assert data.y_val.shape == (0,) and data.y_val.dtype == np.int64
    assert data.val_index.size == 0
    zero = load_digits(validation_size=0.0)
    for a, b in zip(data, zero, strict=True):
        assert np.array_equal(a, b)


@pytest.mark.parametrize("validation_size", [0.2, 0.1, 0.35])
@pytest.mark.parametrize("seed", [42, 0, 7])
def test_validation_keeps_the_test_rows(validation_size, seed):
    """The test rows, and their order, are those without validation."""
    without = load_digits(seed=seed)
    data = load_digits(validation_size=validation_size, seed=seed)
    assert np.array_equal(data.test_index, without.test_index)
    assert np.array_equal(data.X_test, without.X_test)
    assert np.array_equal(data.y_test, without.y_test)
    # the validation images come out of the old training images
    assert np.array_equal(
        np.sort(np.concatenate([data.train_index, data.val_index])),
        np.sort(without.train_index))


def test_default_validation_split_sizes():
    """validation_size=0.2: 1081 / 357 / 359, the docstring's numbers."""
    data = load_digits(validation_size=0.2)
    assert (data.X_train.shape, data.X_val.shape, data.X_test.shape) == (
        (1081, 64), (357, 64), (359, 64))


@pytest.mark.parametrize("test_size, validation_size",
                         [(0.2, 0.2), (0.2, 0.1), (0.3, 0.3), (0.1, 0.5)])
def test_validation_split_is_stratified(test_size, validation_size):
    """Each digit is split on its own: exact counts per digit, all rows
    used once, rows and labels those of the file."""
    data = load_digits(test_size=test_size, validation_size=validation_size)
    val_counts = expected_val_counts(test_size, validation_size)
    test_counts = expected_test_counts(test_size)
    assert np.array_equal(np.bincount(data.y_val, minlength=10), val_counts)
    assert np.array_equal(np.bincount(data.y_train, minlength=10),
                          COUNTS - test_counts - val_counts)
    rows = np.concatenate([data.train_index, data.val_index,
                           data.test_index])
    assert np.array_equal(np.sort(rows), np.arange(M))


def test_validation_rows_come_from_the_file(raw):
    """X_val and y_val are the file's rows at val_index, pixels / 16."""
    data = load_digits(validation_size=0.2)
    assert np.array_equal(data.X_val, raw[data.val_index, :64] / 16)
    assert np.array_equal(data.y_val, raw[data.val_index, 64])
    assert not np.all(np.diff(data.y_val) >= 0)     # shuffled


def test_validation_split_is_deterministic_and_global_state_untouched():
    """Same seed, same three parts; NumPy's global state neither read
    nor changed; another seed gives another validation set."""
    np.random.seed(5)
    before = np.random.get_state()[1].copy()
    first = load_digits(validation_size=0.2)
    assert np.array_equal(np.random.get_state()[1], before)
    np.random.seed(6)
    second = load_digits(validation_size=0.2)
    for a, b in zip(first, second, strict=True):
        assert np.array_equal(a, b)
    other = load_digits(validation_size=0.2, seed=1)
    assert set(other.val_index) != set(first.val_index)


@pytest.mark.parametrize("validation_size", ["0.2", None, True, [0.2]])
def test_validation_size_of_wrong_type(validation_size):
    """A validation_size that is not a real number is a TypeError."""
    message = (
        f"load_digits: validation_size must be a float between 0 and 1 "
        f"(the fraction of all images held out for validation), but "
        f"got {validation_size!r} of type "
        f"{type(validation_size).__name__}. Hint: pass a number such "
        f"as validation_size=0.2."
    )
    with pytest.raises(TypeError, match=f"^{re.escape(message)}$"):
        load_digits(validation_size=validation_size)


@pytest.mark.parametrize("validation_size", [-0.1, 1, 1.5, float("nan")])
def test_validation_size_out_of_range(validation_size):
    """A validation_size outside [0, 1) is a ValueError naming it."""
    message = (
        f"load_digits: validation_size must be at least 0 and below 1 "
        f"(the fraction of all images held out for validation; 0 means "
        f"none), but got {validation_size!r}. Hint: "
        f"validation_size=0.2 holds out one image in five."
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load_digits(validation_size=validation_size)


def test_sizes_that_leave_no_training_images():
    """test_size + validation_size >= 1 is a ValueError naming both."""
    message = (
        "load_digits: test_size + validation_size must be below 1 (both "
        "are fractions of all images; the rest is for training), but got "
        "0.5 + 0.5. Hint: test_size=0.2, validation_size=0.2 train on 60%."
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load_digits(test_size=0.5, validation_size=0.5)


def test_validation_size_that_empties_a_digit():
    """A validation set too small for a digit is a ValueError naming
    validation_size and the images outside the test set."""
    message = (
        "load_digits: validation_size=0.001 leaves no image of the digit "
        "0 in the validation set (there are 142 outside the test set). "
        "Hint: use a fraction such as 0.2."
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load_digits(validation_size=0.001)
