"""One-line input checks for the multi-class functions of Lesson 9.

Like ``snippets._checked``, each ``checked_*`` helper validates every
argument of the function that called it and returns them ready to
compute with, and its messages name that function (read from the
caller's frame), the argument, the expected shape in course symbols and
numbers, what arrived, and a hint. The single-output network's helpers
are reused where they fit (``check_X``, ``check_parameters``, ...);
what is new is the one-hot ``Y`` of shape ``(n_y, m)``, the integer
labels ``y`` of shape ``(m,)`` and a cache whose ``A2`` has ``n_y``
rows.
"""

# --8<-- [start:imports]

import numpy as np

from snippets._checked import _caller
from snippets._checks import (
    check_hidden_activation,
    check_layer_size,
    check_parameters,
    check_X,
)
from snippets._learning_checks import (
    check_cache,
    check_count,
    check_positive_number,
)

# --8<-- [end:imports]



# --8<-- [start:check_labels]
def check_labels(func, y, n_classes):
    """Return ``y`` as int64 labels ``(m,)`` in ``0 .. n_classes - 1``."""
    y = np.asarray(y)
    if not np.issubdtype(y.dtype, np.integer):
        hint = ""
        if np.issubdtype(y.dtype, np.floating):
            hint = " Hint: convert whole numbers with y.astype(np.int64)."
        raise TypeError(
            f"{func}: y must hold integer class labels 0 to "
            f"{n_classes - 1}, but got dtype {y.dtype}.{hint}"
        )
    if y.ndim != 1:
        hint = ""
        if y.ndim == 2 and 1 in y.shape:
            hint = " Hint: flatten it with y.ravel()."
        raise ValueError(
            f"{func}: y must be 1-D with shape (m,), one label per "
            f"example, but got shape {y.shape}.{hint}"
        )
    outside = (y < 0) | (y >= n_classes)
    if outside.any():
        i = np.flatnonzero(outside)[0]
        hint = ""
        if y[i] >= n_classes:
            hint = (f" Hint: n_classes must exceed the largest label, "
                    f"here n_classes={int(y.max()) + 1}.")
        raise ValueError(
            f"{func}: y must hold labels 0 to {n_classes - 1} (n_classes "
            f"= {n_classes}), but got {y[i]} at index {i}.{hint}"
        )
    return y.astype(np.int64, copy=False)
# --8<-- [end:check_labels]


# --8<-- [start:check_one_hot]
def check_one_hot(func, Y, m, *, dtype, n_y=None):
    """Return one-hot ``Y`` as a ``dtype`` array ``(n_y, m)``, else raise.

    ``n_y`` is read from ``Y`` unless given (from ``W2``). Each column
    must hold numbers in [0, 1] that sum to 1.
    """
    Y = np.asarray(Y)
    rows = "n_y" if n_y is None else n_y
    if not (np.issubdtype(Y.dtype, np.number) or Y.dtype == bool):
        raise TypeError(
            f"{func}: Y must hold one-hot labels (0s and 1s), but got "
            f"dtype {Y.dtype}."
        )
    if Y.ndim != 2 or Y.shape[1] != m or (n_y is not None
                                          and Y.shape[0] != n_y):
        hint = ""
        if Y.ndim == 1 and Y.size == m:
            hint = (" It holds one label per example: turn it into "
                    "one-hot columns with one_hot(y, n_classes).")
        elif Y.ndim == 2 and Y.shape[0] == m:
            hint = " It looks transposed (one example per row): pass Y.T."
        raise ValueError(
            f"{func}: Y must have shape (n_y, m) = ({rows}, {m}), one "
            f"one-hot column per example (column of X), but got shape "
            f"{Y.shape}.{hint}"
        )
    Y = Y.astype(dtype, copy=False)
    sums = Y.sum(axis=0)
    # written this way round so that NaN fails too
    bad = ~((Y >= 0) & (Y <= 1)).all(axis=0) | ~(np.abs(sums - 1) <= 1e-3)
    if bad.any():
        i = np.flatnonzero(bad)[0]
        hint = (" Y looks like binary 0/1 labels (1, m): use "
                "one_hot(y, 2), or the one-output functions (compute_cost,"
                " train_nn)."
                if Y.shape[0] == 1 else
                " Build it with one_hot(y, n_classes).")
        raise ValueError(
            f"{func}: every column of Y must be one-hot (0s and a single "
            f"1), but column {i} is {Y[:, i].tolist()}.{hint}"
        )
    return Y
# --8<-- [end:check_one_hot]


# --8<-- [start:check_class_probabilities]
def check_class_probabilities(func, A2):
    """Return ``A2`` as a float array ``(n_y, m)`` in [0, 1], else raise."""
    A2 = np.asarray(A2)
    if not (np.issubdtype(A2.dtype, np.number) or A2.dtype == bool):
        raise TypeError(
            f"{func}: A2 must hold probabilities, but got dtype "
            f"{A2.dtype}."
        )
    if A2.ndim != 2:
        raise ValueError(
            f"{func}: A2 must be 2-D with shape (n_y, m), one column of "
            f"class probabilities per example, but got shape "
            f"{A2.shape}."
        )
    if not np.issubdtype(A2.dtype, np.floating):
        A2 = A2.astype(np.float64)
    # written this way round so that NaN fails too
    inside = (A2 >= 0) & (A2 <= 1)
    if not inside.all():
        raise ValueError(
            f"{func}: A2 must hold probabilities in [0, 1] (the softmax "
            f"output of forward_propagation_softmax), but got "
            f"{A2[~inside][0]}."
        )
    return A2
# --8<-- [end:check_class_probabilities]


# --8<-- [start:check_softmax_cache]
def check_softmax_cache(func, cache, n_h, n_y, m, *, dtype):
    """Return ``Z1``, ``A1`` and ``A2`` of a softmax forward pass."""
    return check_cache(func, cache, n_h, m, dtype=dtype, n_y=n_y,
                       forward="forward_propagation_softmax")
# --8<-- [end:check_softmax_cache]


# --8<-- [start:check_X_one_hot]
def check_X_one_hot(func, X, Y):
    """Check a training set ``X`` ``(n_x, m)``, one-hot ``Y`` ``(n_y, m)``.

    Returns ``X`` as a float array and ``Y`` in ``X``'s dtype.
    """
    X = np.asarray(X)
    if X.ndim != 2:
        hint = ""
        if X.ndim == 1:
            hint = " For a single feature use X.reshape(1, -1)."
        raise ValueError(
            f"{func}: X must be 2-D with shape (n_x, m), one example per "
            f"column, but got a {X.ndim}-D array of shape {X.shape}.{hint}"
        )
    X = check_X(func, X, X.shape[0])
    n_x, m = X.shape
    if np.ndim(Y) == 2 and np.shape(Y)[1] == n_x != m:
        raise ValueError(
            f"{func}: X has shape (n_x, m) = {X.shape}, so m = {m} "
            f"examples, but Y has {n_x} columns. X looks transposed "
            f"(examples in rows, as pandas and scikit-learn store them): "
            f"pass X.T."
        )
    return X, check_one_hot(func, Y, m, dtype=X.dtype)
# --8<-- [end:check_X_one_hot]


# --8<-- [start:checked_one_hot]
def checked_one_hot(y, n_classes):
    """Check ``one_hot``'s arguments; return int64 ``y`` and the count."""
    func = _caller()
    n_classes = check_count(func, "n_classes", n_classes,
                            meaning="the number of classes n_y")
    return check_labels(func, y, n_classes), n_classes
# --8<-- [end:checked_one_hot]


# --8<-- [start:checked_cost_softmax]
def checked_cost_softmax(A2, Y):
    """Check ``A2`` and one-hot ``Y`` of the cost, in ``A2``'s dtype."""
    func = _caller()
    A2 = check_class_probabilities(func, A2)
    n_y, m = A2.shape
    return A2, check_one_hot(func, Y, m, dtype=A2.dtype, n_y=n_y)
# --8<-- [end:checked_cost_softmax]


# --8<-- [start:checked_backward_softmax]
def checked_backward_softmax(parameters, cache, X, Y, hidden_activation):
    """Check softmax backpropagation's inputs.

    Returns ``X``, ``Y``, ``W2`` and the cache's ``Z1``, ``A1``, ``A2``,
    all in ``X``'s floating dtype.
    """
    func = _caller()
    n_x, n_h, n_y = check_parameters(func, parameters)
    X = check_X(func, X, n_x)
    m = X.shape[1]
    Y = check_one_hot(func, Y, m, dtype=X.dtype, n_y=n_y)
    check_hidden_activation(func, hidden_activation)
    Z1, A1, A2 = check_softmax_cache(func, cache, n_h, n_y, m,
                                     dtype=X.dtype)
    W2 = np.asarray(parameters["W2"], dtype=X.dtype)
    return X, Y, W2, Z1, A1, A2
# --8<-- [end:checked_backward_softmax]


# --8<-- [start:checked_train_softmax]
def checked_train_softmax(X, Y, n_h, num_iterations, learning_rate,
                          hidden_activation, cost_every):
    """Check a softmax trainer's arguments; return float ``X`` and ``Y``.

    ``n_h`` and ``hidden_activation`` are None for the regression, which
    has no hidden layer.
    """
    func = _caller()
    X, Y = check_X_one_hot(func, X, Y)
    if n_h is not None:
        check_layer_size(func, "n_h", n_h)
    check_count(func, "num_iterations", num_iterations,
                meaning="a number of gradient-descent steps")
    check_count(func, "cost_every", cost_every,
                meaning="a number of iterations")
    check_positive_number(func, "learning_rate", learning_rate,
                          example=0.5)
    if hidden_activation is not None:
        check_hidden_activation(func, hidden_activation)
    return X, Y
# --8<-- [end:checked_train_softmax]


# --8<-- [start:checked_predict_softmax]
def checked_predict_softmax(parameters, X, hidden_activation):
    """Check ``predict_softmax``'s arguments (as the forward pass does)."""
    func = _caller()
    n_x = check_parameters(func, parameters)[0]
    check_X(func, X, n_x)
    check_hidden_activation(func, hidden_activation)
# --8<-- [end:checked_predict_softmax]


# --8<-- [start:checked_regression]
def checked_regression(parameters, X):
    """Check softmax regression's ``W`` ``(n_y, n_x)``, ``b`` and ``X``.

    Returns ``W``, ``b`` and ``X`` as floating arrays in one dtype.
    """
    func = _caller()
    if not hasattr(parameters, "keys"):
        raise TypeError(
            f"{func}: parameters must be a dict with keys W and b (as "
            f"train_softmax_regression returns), but got "
            f"{type(parameters).__name__}."
        )
    missing = [key for key in ("W", "b") if key not in parameters]
    if missing:
        raise ValueError(
            f"{func}: parameters is missing key(s) {', '.join(missing)}; "
            f"expected W and b (as train_softmax_regression returns), got "
            f"{', '.join(map(str, parameters.keys())) or 'no keys'}."
        )
    W, b = np.asarray(parameters["W"]), np.asarray(parameters["b"])
    if W.ndim != 2 or b.shape != (W.shape[0], 1):
        raise ValueError(
            f"{func}: parameters['W'] must have shape (n_y, n_x) and "
            f"parameters['b'] shape (n_y, 1), but got {W.shape} and "
            f"{b.shape}."
        )
    n_x = W.shape[1]
    if np.ndim(X) == 2 and np.shape(X)[0] != n_x:
        hint = ""
        if np.shape(X)[1] == n_x:
            hint = (" It looks transposed (examples in rows, as pandas "
                    "and scikit-learn store them): pass X.T.")
        raise ValueError(
            f"{func}: X must have shape (n_x, m) = ({n_x}, m), one example "
            f"per column, to match W's {n_x} input features, but got "
            f"shape {np.shape(X)}.{hint}"
        )
    X = check_X(func, X, n_x)
    return W.astype(X.dtype), b.astype(X.dtype), X
# --8<-- [end:checked_regression]
