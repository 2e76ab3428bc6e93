"""Mini-batches: the training set shuffled and cut into small pieces.

Mini-batch gradient descent takes one step per mini-batch instead of
one per pass over all ``m`` examples. Shapes follow the course: ``X``
is ``(n_x, m)`` and ``Y`` ``(1, m)`` (or ``(n_y, m)``), one example per
column.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import guarded, mini_batches_inputs

# --8<-- [end:imports]


@guarded(mini_batches_inputs)
# --8<-- [start:random_mini_batches]
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    """Shuffle the examples, then cut them into mini-batches.

    The columns of X (n_x, m) and Y (n_y, m) are shuffled together, so
    each example keeps its label. Every mini-batch holds
    ``mini_batch_size`` examples except the last, which holds the
    remaining ``m % mini_batch_size`` when that is not 0.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Inputs, one example per column.
    Y : ndarray of shape (n_y, m)
        Labels, one column per example: ``(1, m)`` for 0/1 labels.
    mini_batch_size : int, default 64
        Number of examples per mini-batch (a power of 2 is customary).
        ``mini_batch_size >= m`` gives one batch of all the examples.
    seed : int, default 0
        Seed of the local generator ``np.random.default_rng(seed)``
        that shuffles; a training loop passes a new one each epoch.

    Returns
    -------
    list of (X_batch, Y_batch)
        ``ceil(m / mini_batch_size)`` pairs; ``X_batch`` is
        ``(n_x, mini_batch_size)`` and ``Y_batch``
        ``(n_y, mini_batch_size)``, fewer columns in the last pair.
        The dtypes of ``X`` and ``Y`` are kept.

    Raises
    ------
    TypeError
        If ``X`` or ``Y`` does not hold numbers, or
        ``mini_batch_size`` or ``seed`` is not an int.
    ValueError
        If ``X`` is not 2-D, ``Y`` does not have one column per
        example (with a hint for a 1-D or transposed ``Y`` or a
        transposed ``X``), ``mini_batch_size`` is below 1 or ``seed``
        is negative.

    Notes
    -----
    Shuffling matters when the data are sorted, say all survivors
    first: unshuffled batches would each pull the weights towards one
    class. NumPy's global random state is neither read nor changed.
    The course's original recipe seeds the global generator and calls
    ``np.random.permutation(m)``; ``default_rng`` gives another (equally
    random) order.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.minibatches import random_mini_batches
    >>> X = np.arange(10).reshape(2, 5)      # n_x = 2, m = 5
    >>> Y = np.array([[0, 1, 0, 1, 1]])
    >>> batches = random_mini_batches(X, Y, mini_batch_size=2)
    >>> [X_batch.shape for X_batch, Y_batch in batches]
    [(2, 2), (2, 2), (2, 1)]
    >>> X_batch, Y_batch = batches[0]
    >>> X_batch                               # columns 2 and 4 of X
    array([[2, 4],
           [7, 9]])
    >>> Y_batch                               # and their labels
    array([[0, 1]])
    """
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        end = start + mini_batch_size     # the last slice stops at m
        mini_batches.append((X_shuffled[:, start:end],
                             Y_shuffled[:, start:end]))
    return mini_batches
# --8<-- [end:random_mini_batches]
