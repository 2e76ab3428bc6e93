"""Validation helpers shared by the public functions of ``snippets``.

Each helper raises a ``ValueError`` or ``TypeError`` whose message names
the calling function and argument, the expected shape in course symbols
and numbers, what arrived, and a hint. They never modify their inputs.
"""

# --8<-- [start:imports]
import numbers

import numpy as np

from snippets.activations import HIDDEN_ACTIVATIONS

# --8<-- [end:imports]

PARAMETER_KEYS = ("W1", "b1", "W2", "b2")


# --8<-- [start:check_layer_size]
def check_layer_size(func, name, value):
    """Return ``value`` as an int if it is a positive integer, else raise."""
    # bool is an int subclass, but True hidden units is surely a mistake
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(
            f"{func}: {name} must be a positive integer (a number of "
            f"units), but got {value!r} of type {type(value).__name__}."
        )
    if value < 1:
        raise ValueError(
            f"{func}: {name} must be a positive integer (a number of "
            f"units), but got {value}."
        )
    return int(value)
# --8<-- [end:check_layer_size]


# --8<-- [start:check_parameters]
def check_parameters(func, parameters):
    """Check the dict of W1, b1, W2, b2 and return its sizes.

    Returns ``(n_x, n_h, n_y)`` read from the weight matrices.
    """
    if not hasattr(parameters, "keys"):
        raise TypeError(
            f"{func}: parameters must be a dict with keys "
            f"{', '.join(PARAMETER_KEYS)} (as initialize_parameters_nn "
            f"returns), but got {type(parameters).__name__}."
        )
    missing = [key for key in PARAMETER_KEYS if key not in parameters]
    if missing:
        raise ValueError(
            f"{func}: parameters is missing key(s) {', '.join(missing)}; "
            f"expected {', '.join(PARAMETER_KEYS)} (as "
            f"initialize_parameters_nn returns), got "
            f"{', '.join(map(str, parameters.keys())) or 'no keys'}."
        )
    shapes = {key: np.shape(parameters[key]) for key in PARAMETER_KEYS}
    for key in ("W1", "W2"):
        if len(shapes[key]) != 2:
            raise ValueError(
                f"{func}: parameters['{key}'] must be a 2-D matrix, but "
                f"got shape {shapes[key]}."
            )
    n_h, n_x = shapes["W1"]
    n_y, n_h2 = shapes["W2"]
    if n_h2 != n_h:
        raise ValueError(
            f"{func}: parameters['W2'] must have shape (n_y, n_h) = "
            f"(n_y, {n_h}) to match W1's {n_h} hidden units, but got "
            f"shape {shapes['W2']}."
        )
    for key, rows, symbol in (("b1", n_h, "n_h"), ("b2", n_y, "n_y")):
        if shapes[key] != (rows, 1):
            hint = ""
            if shapes[key] in ((rows,), (1, rows)):
                # a 1-D or row bias broadcasts along the wrong axis
                hint = f" Try {key}.reshape({rows}, 1)."
            raise ValueError(
                f"{func}: parameters['{key}'] must be a column vector of "
                f"shape ({symbol}, 1) = ({rows}, 1), but got shape "
                f"{shapes[key]}.{hint}"
            )
    return n_x, n_h, n_y
# --8<-- [end:check_parameters]


# --8<-- [start:check_X]
def check_X(func, X, n_x):
    """Return ``X`` as a float array of shape ``(n_x, m)``, else raise."""
    X = np.asarray(X)
    if not (np.issubdtype(X.dtype, np.number) or X.dtype == bool):
        raise TypeError(
            f"{func}: X must hold numbers, but got dtype {X.dtype}."
        )
    if X.ndim != 2:
        hint = ""
        if X.ndim == 1:
            hint = (
                f" For a single example use X.reshape({n_x}, 1); for one "
                f"feature per example use X.reshape(1, -1)."
            )
        raise ValueError(
            f"{func}: X must be 2-D with shape (n_x, m) = ({n_x}, m), one "
            f"example per column, but got a {X.ndim}-D array of shape "
            f"{X.shape}.{hint}"
        )
    if X.shape[0] != n_x:
        hint = ""
        if X.shape[1] == n_x:
            hint = (
                " It looks transposed (examples in rows, as pandas and "
                "scikit-learn store them): pass X.T."
            )
        raise ValueError(
            f"{func}: X must have shape (n_x, m) = ({n_x}, m), one example "
            f"per column, to match W1's {n_x} input features, but got "
            f"shape {X.shape}.{hint}"
        )
    if not np.issubdtype(X.dtype, np.floating):
        X = X.astype(np.float64)
    return X
# --8<-- [end:check_X]


# --8<-- [start:check_hidden_activation]
def check_hidden_activation(func, hidden_activation):
    """Return the hidden layer's activation function, named by a string."""
    if hidden_activation not in HIDDEN_ACTIVATIONS:
        raise ValueError(
            f"{func}: hidden_activation must be one of "
            f"{sorted(HIDDEN_ACTIVATIONS)}, but got {hidden_activation!r}."
        )
    return HIDDEN_ACTIVATIONS[hidden_activation]
# --8<-- [end:check_hidden_activation]


# --8<-- [start:raise_for_nan]
def raise_for_nan(func, X, parameters, bad_columns):
    """Explain where the NaN in the forward pass came from."""
    bad_params = [
        key for key in ("W1", "b1", "W2", "b2")
        if np.isnan(np.asarray(parameters[key], dtype=float)).any()
    ]
    if bad_params:
        raise ValueError(
            f"{func}: parameters {', '.join(bad_params)} contain NaN; "
            f"if they come from training, the learning rate may be too "
            f"large."
        )
    nan_columns = np.flatnonzero(np.isnan(X).any(axis=0))
    if nan_columns.size:
        shown = ", ".join(map(str, nan_columns[:5]))
        more = ", ..." if nan_columns.size > 5 else ""
        raise ValueError(
            f"{func}: X contains NaN in {nan_columns.size} of "
            f"{X.shape[1]} examples (columns {shown}{more}). Fill the "
            f"missing values first (Lesson 4 filled Age with the training "
            f"median) or drop those examples."
        )
    raise ValueError(
        f"{func}: the forward pass produced NaN for "
        f"{int(bad_columns.sum())} examples; X holds infinite values in "
        f"them. Replace or drop non-finite values in X."
    )
# --8<-- [end:raise_for_nan]
