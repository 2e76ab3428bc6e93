"""Tests of snippets.minibatches: shuffling and cutting into mini-batches."""

import math
import re

import numpy as np
import pytest

from snippets.minibatches import random_mini_batches


def numbered(n_x, m, n_y=1):
    """X whose column j holds j (and j + 1000 ...), Y holding -j."""
    X = np.arange(m) + 1000 * np.arange(n_x)[:, None]
    Y = -np.arange(m) - 1000 * np.arange(n_y)[:, None]
    return X.astype(np.float64), Y


@pytest.mark.parametrize("m, size", [
    (1047, 64), (128, 64), (5, 2), (3, 10), (7, 1), (64, 64), (1, 1)])
def test_batches_partition_the_examples(m, size):
    """Every example lands in exactly one batch, with its own label."""
    X, Y = numbered(3, m)
    batches = random_mini_batches(X, Y, size, seed=4)
    columns = np.concatenate([X_batch[0] for X_batch, _ in batches])
    assert np.array_equal(np.sort(columns), np.arange(m))
    for X_batch, Y_batch in batches:
        # row 1 of X is the column number + 1000, Y its negative
        assert np.array_equal(X_batch[1], X_batch[0] + 1000)
        assert np.array_equal(Y_batch[0], -X_batch[0])


@pytest.mark.parametrize("m, size", [
    (1047, 64), (128, 64), (5, 2), (3, 10), (7, 1), (785, 32)])
def test_every_batch_is_full_but_the_last(m, size):
    """ceil(m / size) batches of size; the last holds the remainder."""
    X, Y = numbered(2, m)
    batches = random_mini_batches(X, Y, mini_batch_size=size)
    sizes = [X_batch.shape[1] for X_batch, _ in batches]
    assert len(batches) == math.ceil(m / size)
    assert sizes[:-1] == [size] * (len(batches) - 1)
    assert sizes[-1] == (m % size or min(size, m))
    assert [Y_batch.shape for _, Y_batch in batches] == [
        (1, n) for n in sizes]


def test_order_is_the_local_generators_permutation():
    """The columns follow np.random.default_rng(seed).permutation(m)."""
    X, Y = numbered(4, 100)
    batches = random_mini_batches(X, Y, 16, seed=7)
    order = np.random.default_rng(7).permutation(100)
    assert np.array_equal(np.hstack([b[0] for b in batches]), X[:, order])
    assert np.array_equal(np.hstack([b[1] for b in batches]), Y[:, order])


def test_examples_are_shuffled():
    """The batches are not the examples in their original order."""
    X, Y = numbered(1, 100)
    first, _ = random_mini_batches(X, Y, 100)[0]
    assert not np.array_equal(first[0], np.arange(100))


def test_same_seed_same_batches_other_seed_other_order():
    """A seed fixes the batches; another seed shuffles differently."""
    X, Y = numbered(2, 50)
    one = random_mini_batches(X, Y, 8, seed=3)
    again = random_mini_batches(X, Y, 8, seed=3)
    other = random_mini_batches(X, Y, 8, seed=4)
    for (X1, Y1), (X2, Y2) in zip(one, again):
        assert np.array_equal(X1, X2) and np.array_equal(Y1, Y2)
    assert not np.array_equal(one[0][0], other[0][0])


def test_global_random_state_is_untouched():
    """Neither read nor changed: the global seed does not matter."""
    X, Y = numbered(2, 30)
    np.random.seed(123)
    before = np.random.get_state()[1].copy()
    first = random_mini_batches(X, Y, 8)
    assert np.array_equal(np.random.get_state()[1], before)
    np.random.seed(999)
    second = random_mini_batches(X, Y, 8)
    assert np.array_equal(first[0][0], second[0][0])


def test_inputs_unchanged_and_batches_are_copies():
    """X and Y are left alone; writing to a batch does not reach them."""
    X, Y = numbered(2, 20)
    X_before, Y_before = X.copy(), Y.copy()
    batches = random_mini_batches(X, Y, 6)
    batches[0][0][:] = -1
    batches[0][1][:] = 7
    assert np.array_equal(X, X_before) and np.array_equal(Y, Y_before)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int64])
def test_dtypes_are_kept(dtype):
    """float32 stays float32, int labels stay int."""
    X = np.ones((3, 10), dtype=dtype)
    Y = np.zeros((1, 10), dtype=np.int64)
    X_batch, Y_batch = random_mini_batches(X, Y, 4)[0]
    assert X_batch.dtype == dtype and Y_batch.dtype == np.int64


def test_one_hot_labels_with_several_rows():
    """Y of shape (n_y, m), one-hot columns, travels with X."""
    X, Y = numbered(2, 12, n_y=3)
    for X_batch, Y_batch in random_mini_batches(X, Y, 5, seed=1):
        assert Y_batch.shape == (3, X_batch.shape[1])
        assert np.array_equal(Y_batch[2], -X_batch[0] - 2000)


def test_lists_are_accepted():
    """Nested lists work like arrays."""
    batches = random_mini_batches([[1, 2, 3]], [[0, 1, 1]], 2)
    assert [b[0].shape for b in batches] == [(1, 2), (1, 1)]


# --- error messages ----------------------------------------------------------

def raises(error, message):
    """pytest.raises for exactly this message."""
    return pytest.raises(error, match=f"^{re.escape(message)}$")


def test_one_dimensional_labels():
    """A 1-D y gets the reshape hint."""
    X, Y = numbered(2, 5)
    with raises(ValueError, (
            "random_mini_batches: Y must have shape (n_y, m) = (n_y, 5), "
            "one column per example (column of X), but got shape (5,). "
            "Labels in a 1-D array: use y.reshape(1, -1).")):
        random_mini_batches(X, Y[0], 2)


def test_transposed_labels():
    """Y of shape (m, 1) is spotted as transposed."""
    X, Y = numbered(2, 5)
    with raises(ValueError, (
            "random_mini_batches: Y must have shape (n_y, m) = (n_y, 5), "
            "one column per example (column of X), but got shape (5, 1). "
            "Y looks transposed: pass Y.T.")):
        random_mini_batches(X, Y.T, 2)


def test_transposed_inputs():
    """X with examples in rows is spotted from Y's length."""
    X, Y = numbered(3, 6)
    with raises(ValueError, (
            "random_mini_batches: Y must have shape (n_y, m) = (n_y, 3), "
            "one column per example (column of X), but got shape (1, 6). "
            "X looks transposed (examples in rows, as pandas and "
            "scikit-learn store them): pass X.T.")):
        random_mini_batches(X.T, Y, 2)


def test_one_dimensional_inputs():
    """A 1-D X is refused with the reshape for a single feature."""
    with raises(ValueError, (
            "random_mini_batches: X must be 2-D with shape (n_x, m), one "
            "example per column, but got a 1-D array of shape (4,). For a "
            "single feature use X.reshape(1, -1).")):
        random_mini_batches(np.ones(4), np.ones((1, 4)), 2)


def test_inputs_that_are_not_numbers():
    """Strings are a TypeError."""
    with raises(TypeError, (
            "random_mini_batches: Y must hold numbers, but got dtype <U1.")):
        random_mini_batches(np.ones((1, 2)), [["a", "b"]], 2)


@pytest.mark.parametrize("size, error, got", [
    (0, ValueError, "0"), (-8, ValueError, "-8"),
    (2.5, TypeError, "2.5 of type float"),
    (True, TypeError, "True of type bool")])
def test_bad_mini_batch_size(size, error, got):
    """The size is a positive int."""
    X, Y = numbered(2, 5)
    with raises(error, (
            f"random_mini_batches: mini_batch_size must be a positive "
            f"integer (a number of examples per mini-batch, such as 64), "
            f"but got {got}.")):
        random_mini_batches(X, Y, size)


@pytest.mark.parametrize("seed, error, got", [
    (-1, ValueError, "-1"), ("0", TypeError, "'0' of type str"),
    (None, TypeError, "None of type NoneType"),
    (1.0, TypeError, "1.0 of type float")])
def test_bad_seed(seed, error, got):
    """The seed is a non-negative int."""
    X, Y = numbered(2, 5)
    with raises(error, (
            f"random_mini_batches: seed must be a non-negative int (it "
            f"fixes the shuffle), but got {got}.")):
        random_mini_batches(X, Y, 2, seed=seed)
