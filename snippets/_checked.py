"""One-line input checks for the functions the lessons teach.

A taught function starts with one call, e.g.::

    X, (W1, b1, W2, b2), g = checked_forward(X, parameters, hidden_activation)

which validates every argument and returns them ready to compute with
(floating arrays in one dtype, the activation function looked up by its
name). So the listing on the lesson page shows the computation, and the
checks stay one click away, here.

Each ``checked_*`` helper names the function that called it in its error
messages (``forward_propagation_nn: X must have shape ...``), read from
the caller's frame, so ``predict_nn`` reports its own name, and a
learner's copy renamed ``my_forward`` reports ``my_forward``. The
messages themselves come from the small helpers of ``snippets._checks``
and ``snippets._learning_checks``: the function, the argument, the
expected shape in course symbols and numbers, what arrived, and a hint.
"""

# --8<-- [start:imports]
import sys

import numpy as np

from snippets._checks import (
    PARAMETER_KEYS,
    check_hidden_activation,
    check_layer_size,
    check_parameters,
    check_X,
    raise_for_nan,
)
from snippets._learning_checks import (
    check_cache,
    check_count,
    check_grads,
    check_positive_number,
    check_probabilities,
    check_single_output,
    check_threshold,
    check_X_Y,
    check_Y,
)

# --8<-- [end:imports]


def _caller():
    """The name of the function that called the ``checked_*`` helper."""
    return sys._getframe(2).f_code.co_name


def _as_dtype(parameters, dtype):
    """W1, b1, W2, b2 as arrays of ``dtype`` (no copy if already so)."""
    return tuple(np.asarray(parameters[key], dtype=dtype)
                 for key in PARAMETER_KEYS)


# --8<-- [start:checked_init]
def checked_init(n_x, n_h, n_y, seed, rng, scale, dtype):
    """Check ``initialize_parameters_nn``'s arguments.

    Returns the random generator to draw from (a private
    ``RandomState(seed)`` unless ``rng`` is given) and the dtype.
    """
    func = _caller()
    for name, value in (("n_x", n_x), ("n_h", n_h), ("n_y", n_y)):
        check_layer_size(func, name, value)
    if not np.isfinite(scale) or scale < 0:
        raise ValueError(
            f"{func}: scale must be a finite number >= 0 (the weights' "
            f"standard deviation, default 0.01), but got {scale!r}."
        )
    dtype = np.dtype(dtype)
    if not np.issubdtype(dtype, np.floating):
        raise TypeError(
            f"{func}: dtype must be a floating dtype such as np.float64 "
            f"or np.float32, but got {dtype}."
        )
    if rng is None:
        # a private RandomState draws what the global generator would
        # after seeding it with `seed`, and leaves the global state alone
        return np.random.RandomState(seed), dtype
    if seed != 2:
        raise TypeError(
            f"{func}: pass either seed or rng, not both (got seed={seed!r} "
            f"and rng={rng!r})."
        )
    if not isinstance(rng, np.random.Generator):
        raise TypeError(
            f"{func}: rng must be a numpy.random.Generator such as "
            f"np.random.default_rng(0), but got {type(rng).__name__}."
        )
    return rng, dtype
# --8<-- [end:checked_init]


# --8<-- [start:checked_forward]
def checked_forward(X, parameters, hidden_activation):
    """Check the forward pass's inputs.

    Returns ``X`` as a floating ``(n_x, m)`` array, the parameters
    ``(W1, b1, W2, b2)`` cast to ``X``'s dtype (so a float64 bias cannot
    upcast a float32 pass) and the hidden activation function.
    """
    func = _caller()
    n_x = check_parameters(func, parameters)[0]
    X = check_X(func, X, n_x)
    g = check_hidden_activation(func, hidden_activation)
    return X, _as_dtype(parameters, X.dtype), g
# --8<-- [end:checked_forward]


# --8<-- [start:checked_output]
def checked_output(Z2, X, parameters):
    """Raise if ``Z2`` holds NaN, explaining where it came from.

    NaN in an example's column of ``X`` flows into that column of ``Z2``,
    so checking the small ``Z2`` finds it without scanning all of ``X``.
    """
    if np.isnan(Z2).any():
        raise_for_nan(_caller(), X, parameters, np.isnan(Z2).any(axis=0))
# --8<-- [end:checked_output]


# --8<-- [start:checked_cost]
def checked_cost(A2, Y):
    """Check ``A2`` and ``Y`` of the cost; return them in one dtype."""
    func = _caller()
    A2 = check_probabilities(func, A2)
    return A2, check_Y(func, Y, A2.shape[1], dtype=A2.dtype)
# --8<-- [end:checked_cost]


# --8<-- [start:checked_backward]
def checked_backward(parameters, cache, X, Y, hidden_activation):
    """Check backpropagation's inputs.

    Returns ``X``, ``Y``, ``W2`` and the cache's ``Z1``, ``A1``, ``A2``,
    all in ``X``'s floating dtype.
    """
    func = _caller()
    n_x, n_h, n_y = check_parameters(func, parameters)
    check_single_output(func, n_y)
    X = check_X(func, X, n_x)
    m = X.shape[1]
    Y = check_Y(func, Y, m, dtype=X.dtype)
    check_hidden_activation(func, hidden_activation)
    Z1, A1, A2 = check_cache(func, cache, n_h, m, dtype=X.dtype)
    W2 = np.asarray(parameters["W2"], dtype=X.dtype)
    return X, Y, W2, Z1, A1, A2
# --8<-- [end:checked_backward]


# --8<-- [start:checked_update]
def checked_update(parameters, grads, learning_rate):
    """Check a gradient-descent step's inputs.

    Returns the parameters as floating arrays (integer weights become
    float64, so a step is not rounded away), the gradients in their
    parameter's dtype (float32 weights stay float32), and the learning
    rate as a Python float.
    """
    func = _caller()
    check_parameters(func, parameters)
    check_grads(func, grads, parameters)
    learning_rate = check_positive_number(
        func, "learning_rate", learning_rate, example=0.5
    )
    new_parameters, new_grads = {}, {}
    for key in PARAMETER_KEYS:
        theta = np.asarray(parameters[key])
        if not np.issubdtype(theta.dtype, np.floating):
            theta = theta.astype(np.float64)
        new_parameters[key] = theta
        new_grads["d" + key] = np.asarray(grads["d" + key],
                                          dtype=theta.dtype)
    return new_parameters, new_grads, learning_rate
# --8<-- [end:checked_update]


# --8<-- [start:checked_train]
def checked_train(X, Y, n_h, num_iterations, learning_rate,
                  hidden_activation, cost_every):
    """Check ``train_nn``'s arguments; return ``X`` and ``Y`` as floats."""
    func = _caller()
    X, Y = check_X_Y(func, X, Y)
    check_layer_size(func, "n_h", n_h)
    check_count(func, "num_iterations", num_iterations,
                meaning="a number of gradient-descent steps")
    check_count(func, "cost_every", cost_every,
                meaning="a number of iterations")
    check_positive_number(func, "learning_rate", learning_rate,
                          example=0.5)
    check_hidden_activation(func, hidden_activation)
    return X, Y
# --8<-- [end:checked_train]


# --8<-- [start:checked_predict]
def checked_predict(parameters, X, threshold, hidden_activation):
    """Check ``predict_nn``'s arguments; return the threshold."""
    func = _caller()
    threshold = check_threshold(func, threshold)
    n_x = check_parameters(func, parameters)[0]
    check_X(func, X, n_x)
    check_hidden_activation(func, hidden_activation)
    return threshold
# --8<-- [end:checked_predict]


# --8<-- [start:checked_gradient_check]
def checked_gradient_check(parameters, X, Y, epsilon, hidden_activation):
    """Check ``gradient_check_nn``'s arguments.

    Returns ``X`` and ``Y`` in float64 and float64 copies of the
    parameters (the check nudges them, the caller's stay untouched).
    """
    func = _caller()
    n_x, _, n_y = check_parameters(func, parameters)
    check_single_output(func, n_y)
    X = check_X(func, X, n_x).astype(np.float64)
    Y = check_Y(func, Y, X.shape[1], dtype=np.float64)
    check_positive_number(func, "epsilon", epsilon, example=1e-7)
    check_hidden_activation(func, hidden_activation)
    theta = {key: np.array(parameters[key], dtype=np.float64)
             for key in PARAMETER_KEYS}
    return X, Y, theta
# --8<-- [end:checked_gradient_check]
