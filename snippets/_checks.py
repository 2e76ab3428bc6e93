"""Validation helpers shared by the public functions of ``snippets``.

Each helper raises a ``ValueError`` or ``TypeError`` whose message names
the calling function and argument, the expected shape in course symbols
and numbers, what arrived, and a hint. They never modify their inputs.
"""

# --8<-- [start:imports]
import numbers

import numpy as np

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
