"""Gradient checking: backpropagation against finite differences.

Shapes follow the course: ``X`` is ``(n_x, m)``, ``Y`` is ``(1, m)``.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import gradient_check_inputs, guarded
from snippets.forward import forward_propagation_nn
from snippets.learning import backward_propagation_nn, compute_cost

# --8<-- [end:imports]


@guarded(gradient_check_inputs)
# --8<-- [start:gradient_check_nn]
def gradient_check_nn(
    parameters, X, Y, epsilon=1e-7, *, hidden_activation="relu"
):
    """Compare backpropagation's gradients with numerical ones.

    Every parameter ``theta`` is nudged by ``+epsilon`` and ``-epsilon``
    in turn, and the slope of the cost is estimated by the centred
    difference ``(J(theta + eps) - J(theta - eps)) / (2 eps)``.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1`` ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(1, n_h)``
        and ``b2`` ``(1, 1)``.
    X : ndarray of shape (n_x, m)
        Inputs, one example per column; a few examples are enough.
    Y : ndarray of shape (1, m)
        True labels, 0 or 1.
    epsilon : float, default 1e-7
        Size of the nudge.
    hidden_activation : {"relu", "tanh"}, default "relu"
        Activation of the hidden layer.

    Returns
    -------
    float
        The relative difference
        ``||g_backprop - g_numeric|| / (||g_backprop|| + ||g_numeric||)``
        over all parameters at once: below about 1e-7 the gradients
        agree; above about 1e-3 backpropagation has a bug.

    Raises
    ------
    TypeError
        As ``backward_propagation_nn``, or if ``epsilon`` is not a real
        number.
    ValueError
        As ``backward_propagation_nn``, or if ``epsilon`` is not positive
        and finite.

    Notes
    -----
    The one-sided difference ``(J(theta + eps) - J(theta)) / eps`` has
    an error proportional to ``eps``; the centred one's is proportional
    to ``eps**2``, so it is far more accurate for the same ``eps``. A
    smaller ``eps`` is not always better: ``J`` is only known to about
    16 digits, and dividing its rounding error by ``2 eps`` amplifies
    it. The check therefore runs in float64 whatever the inputs' dtype
    (float32's 7 digits would drown the comparison), on copies, so the
    caller's arrays are never modified. It costs two forward passes per
    parameter: a debugging tool for small problems, not for training.

    ReLU has a kink at 0: if some ``Z1`` lies within ``epsilon`` of it,
    the numerical slope straddles the kink and the check reports a
    spurious difference.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import initialize_parameters_nn
    >>> from snippets.gradient_check import gradient_check_nn
    >>> rng = np.random.default_rng(0)
    >>> parameters = initialize_parameters_nn(3, 4, 1, rng=rng, scale=1.0)
    >>> X = rng.standard_normal((3, 5))
    >>> Y = np.array([[1, 0, 1, 1, 0]])
    >>> difference = gradient_check_nn(parameters, X, Y)
    >>> difference < 1e-7
    True
    """
    # float64 copies: the nudges below must not touch the caller's arrays
    theta = {key: np.array(parameters[key], dtype=np.float64)
             for key in ("W1", "b1", "W2", "b2")}
    options = {"hidden_activation": hidden_activation}

    def cost():
        return compute_cost(forward_propagation_nn(X, theta, **options)[0], Y)

    _, cache = forward_propagation_nn(X, theta, **options)
    grads = backward_propagation_nn(theta, cache, X, Y, **options)
    g_backprop = np.concatenate([grads["d" + k].ravel() for k in theta])
    g_numeric = []
    for key in theta:
        for index in np.ndindex(theta[key].shape):
            original = theta[key][index]
            theta[key][index] = plus = original + epsilon
            J_plus = cost()
            theta[key][index] = minus = original - epsilon
            J_minus = cost()
            theta[key][index] = original
            # divide by the step actually taken: theta + eps is rounded
            g_numeric.append((J_plus - J_minus) / (plus - minus))
    g_numeric = np.array(g_numeric)
    numerator = np.linalg.norm(g_backprop - g_numeric)
    denominator = np.linalg.norm(g_backprop) + np.linalg.norm(g_numeric)
    if denominator == 0:
        return 0.0  # both gradients are exactly zero: they agree
    return float(numerator / denominator)
# --8<-- [end:gradient_check_nn]
