"""NaN tracing: when the forward pass produced NaN, say where it came from.

NaN in an example's column of ``X`` flows into that column of ``Z2``, so
checking the small ``Z2`` after the pass finds it without scanning all of
``X`` before. Imports only NumPy.
"""

import numpy as np


def forward_has_nan(result):
    """True if a forward pass's ``Z2`` (in its cache) holds NaN."""
    return bool(np.isnan(result[1]["Z2"]).any())


def explain_forward_nan(func, result, arguments):
    """Raise the error that says where the forward pass's NaN came from."""
    bad_columns = np.isnan(result[1]["Z2"]).any(axis=0)
    raise_for_nan(func, arguments["X"], arguments["parameters"],
                  bad_columns)


def raise_for_nan(func, X, parameters, bad_columns,
                  keys=("W1", "b1", "W2", "b2")):
    """Explain where the NaN in the forward pass came from.

    ``keys`` are the parameters searched for NaN first.
    """
    bad_params = [
        key for key in keys
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


def deep_forward_has_nan(result):
    """True if an L-layer forward pass's last ``Z`` holds NaN."""
    return bool(np.isnan(result[1][-1]["Z"]).any())


def explain_deep_forward_nan(func, result, arguments):
    """Raise the error that says where an L-layer pass's NaN came from."""
    bad_columns = np.isnan(result[1][-1]["Z"]).any(axis=0)
    parameters = arguments["parameters"]
    raise_for_nan(func, arguments["X"], parameters, bad_columns,
                  keys=tuple(parameters))
