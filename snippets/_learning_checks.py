"""Validation helpers for ``snippets.learning`` (cost, gradients, training).

Like ``snippets._checks``, each helper raises a ``ValueError`` or
``TypeError`` whose message names the calling function and argument,
the expected shape in course symbols and numbers, what arrived, and a
hint. They never modify their inputs.
"""

# --8<-- [start:imports]
import numbers

import numpy as np

from snippets._checks import (  # noqa: F401 (re-exported for learning)
    PARAMETER_KEYS,
    check_hidden_activation,
    check_X,
)

# --8<-- [end:imports]

GRAD_KEYS = tuple("d" + key for key in PARAMETER_KEYS)


# --8<-- [start:check_single_output]
def check_single_output(func, n_y):
    """Raise unless the network has the one output unit ``Y`` needs."""
    if n_y != 1:
        raise ValueError(
            f"{func}: the cost is binary cross-entropy, so the network "
            f"needs n_y = 1 output unit (W2 of shape (1, n_h)), but W2 "
            f"has {n_y} rows."
        )
# --8<-- [end:check_single_output]


# --8<-- [start:check_probabilities]
def check_probabilities(func, A2):
    """Return ``A2`` as a float array of shape ``(1, m)`` in [0, 1]."""
    A2 = np.asarray(A2)
    if not (np.issubdtype(A2.dtype, np.number) or A2.dtype == bool):
        raise TypeError(
            f"{func}: A2 must hold probabilities, but got dtype "
            f"{A2.dtype}."
        )
    if A2.ndim != 2 or A2.shape[0] != 1:
        hint = ""
        if A2.ndim == 1:
            hint = " Try A2.reshape(1, -1)."
        elif A2.ndim == 2 and A2.shape[1] == 1:
            hint = " It looks transposed: pass A2.T."
        raise ValueError(
            f"{func}: A2 must have shape (1, m), one probability per "
            f"example, but got shape {A2.shape}.{hint}"
        )
    if not np.issubdtype(A2.dtype, np.floating):
        A2 = A2.astype(np.float64)
    # written this way round so that NaN fails too
    inside = (A2 >= 0) & (A2 <= 1)
    if not inside.all():
        raise ValueError(
            f"{func}: A2 must hold probabilities in [0, 1] (the sigmoid "
            f"output of forward_propagation_nn), but got "
            f"{A2[~inside][0]}."
        )
    return A2
# --8<-- [end:check_probabilities]


# --8<-- [start:check_Y]
def check_Y(func, Y, m, *, dtype):
    """Return ``Y`` as a ``dtype`` array of shape ``(1, m)`` in [0, 1]."""
    Y = np.asarray(Y)
    if not (np.issubdtype(Y.dtype, np.number) or Y.dtype == bool):
        raise TypeError(
            f"{func}: Y must hold the labels 0 and 1, but got dtype "
            f"{Y.dtype}."
        )
    if Y.shape != (1, m):
        hint = ""
        if Y.ndim == 1 and Y.size == m:
            hint = " Labels in a 1-D array: use y.reshape(1, -1)."
        elif Y.shape == (m, 1):
            hint = " It looks transposed: use Y.T or Y.reshape(1, -1)."
        raise ValueError(
            f"{func}: Y must have shape (1, m) = (1, {m}), one label per "
            f"example (column of X), but got shape {Y.shape}.{hint}"
        )
    Y = Y.astype(dtype, copy=False)
    # written this way round so that NaN fails too
    if not (Y.min() >= 0 and Y.max() <= 1):
        inside = (Y >= 0) & (Y <= 1)
        raise ValueError(
            f"{func}: Y must hold the labels 0 and 1, but got "
            f"{Y[~inside][0]}."
        )
    return Y
# --8<-- [end:check_Y]


# --8<-- [start:check_X_Y]
def check_X_Y(func, X, Y):
    """Check a training set whose ``n_x`` is read from ``X`` itself.

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
    labels = np.size(Y)
    if labels == n_x and labels != m:
        raise ValueError(
            f"{func}: X has shape (n_x, m) = {X.shape}, so m = {m} "
            f"examples, but Y has {labels} labels. X looks transposed "
            f"(examples in rows, as pandas and scikit-learn store them): "
            f"pass X.T."
        )
    return X, check_Y(func, Y, m, dtype=X.dtype)
# --8<-- [end:check_X_Y]


# --8<-- [start:check_cache]
def check_cache(func, cache, n_h, m, *, dtype, n_y=None,
                forward="forward_propagation_nn"):
    """Return ``Z1``, ``A1`` and ``A2`` of a forward pass's cache.

    ``A2`` is ``(1, m)`` for the binary network; a softmax network passes
    its ``n_y`` classes and the name of its ``forward`` function.
    """
    if not hasattr(cache, "keys"):
        raise TypeError(
            f"{func}: cache must be the dict that {forward} returns "
            f"(keys Z1, A1, Z2, A2), but got {type(cache).__name__}."
        )
    expected = {"Z1": (n_h, m), "A1": (n_h, m), "A2": (n_y or 1, m)}
    missing = [key for key in expected if key not in cache]
    if missing:
        raise ValueError(
            f"{func}: cache is missing key(s) {', '.join(missing)}; "
            f"expected the dict that {forward} returns "
            f"(keys Z1, A1, Z2, A2)."
        )
    classes = "" if n_y is None else f"n_y = {n_y} classes, "
    arrays = []
    for key, shape in expected.items():
        array = np.asarray(cache[key], dtype=dtype)
        if array.shape != shape:
            raise ValueError(
                f"{func}: cache['{key}'] must have shape {shape} (n_h = "
                f"{n_h} units, {classes}m = {m} examples), but got shape "
                f"{array.shape}. Pass the cache of the forward pass on "
                f"this X."
            )
        arrays.append(array)
    return arrays
# --8<-- [end:check_cache]


# --8<-- [start:check_grads]
def check_grads(func, grads, parameters):
    """Raise unless ``grads`` holds one gradient per parameter."""
    if not hasattr(grads, "keys"):
        raise TypeError(
            f"{func}: grads must be a dict with keys "
            f"{', '.join(GRAD_KEYS)} (as backward_propagation_nn "
            f"returns), but got {type(grads).__name__}."
        )
    missing = [key for key in GRAD_KEYS if key not in grads]
    if missing:
        got = ", ".join(map(str, grads.keys())) or "no keys"
        raise ValueError(
            f"{func}: grads is missing key(s) {', '.join(missing)}; "
            f"expected {', '.join(GRAD_KEYS)} (as backward_propagation_nn "
            f"returns), got {got}."
        )
    for key in PARAMETER_KEYS:
        shape = np.shape(parameters[key])
        grad_shape = np.shape(grads["d" + key])
        if grad_shape != shape:
            raise ValueError(
                f"{func}: grads['d{key}'] must have the shape of "
                f"parameters['{key}'], {shape}, but got shape "
                f"{grad_shape}."
            )
# --8<-- [end:check_grads]


# --8<-- [start:check_positive_number]
def check_positive_number(func, name, value, *, example):
    """Return ``value`` as a Python float if positive and finite."""
    # bool is a number subclass, but learning_rate=True is a mistake
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(
            f"{func}: {name} must be a positive number such as "
            f"{example}, but got {value!r} of type {type(value).__name__}."
        )
    # written this way round so that NaN fails too
    if not (np.isfinite(value) and value > 0):
        raise ValueError(
            f"{func}: {name} must be a positive number such as "
            f"{example}, but got {value!r}."
        )
    # a Python float is a "weak" scalar: float32 arrays stay float32
    return float(value)
# --8<-- [end:check_positive_number]


# --8<-- [start:check_threshold]
def check_threshold(func, threshold):
    """Return ``threshold`` as a float strictly between 0 and 1."""
    if isinstance(threshold, bool) or not isinstance(threshold,
                                                     numbers.Real):
        raise TypeError(
            f"{func}: threshold must be a number between 0 and 1 "
            f"(default 0.5), but got {threshold!r} of type "
            f"{type(threshold).__name__}."
        )
    if not 0 < threshold < 1:
        raise ValueError(
            f"{func}: threshold must be strictly between 0 and 1 "
            f"(default 0.5), but got {threshold!r}."
        )
    return float(threshold)
# --8<-- [end:check_threshold]


# --8<-- [start:check_count]
def check_count(func, name, value, *, meaning):
    """Return ``value`` as an int if it is a positive integer, else raise.

    ``meaning`` says what is counted, e.g. "a number of gradient-descent
    steps".
    """
    # bool is an int subclass, but num_iterations=True is a mistake
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(
            f"{func}: {name} must be a positive integer ({meaning}), but "
            f"got {value!r} of type {type(value).__name__}."
        )
    if value < 1:
        raise ValueError(
            f"{func}: {name} must be a positive integer ({meaning}), but "
            f"got {value}."
        )
    return int(value)
# --8<-- [end:check_count]
