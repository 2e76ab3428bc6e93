"""Learning: the cost, backpropagation and the gradient-descent update.

The training loop that chains them is in ``snippets.training``; the check
of backpropagation against finite differences in
``snippets.gradient_check``.

Shapes follow the course: ``X`` is ``(n_x, m)`` with one example per
column and the labels ``Y`` are a row ``(1, m)`` of 0s and 1s.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import (
    backward_inputs,
    cost_inputs,
    guarded,
    update_inputs,
)

# --8<-- [end:imports]


@guarded(cost_inputs)
# --8<-- [start:compute_cost]
def compute_cost(A2, Y):
    """Compute the binary cross-entropy cost J, averaged over the examples.

    A2 and Y are (1, m): probabilities and 0/1 labels. Returns a float.

    Parameters
    ----------
    A2 : ndarray of shape (1, m)
        Predicted probabilities, the output of ``forward_propagation_nn``.
    Y : ndarray of shape (1, m)
        True labels, 0 or 1.

    Returns
    -------
    float
        The cost ``J``, a Python float (0 for perfect predictions).

    Raises
    ------
    TypeError
        If ``A2`` or ``Y`` does not hold numbers.
    ValueError
        If ``A2`` is not ``(1, m)`` or holds values outside [0, 1] (or
        NaN), or ``Y`` is not ``(1, m)`` or holds values outside [0, 1].

    Notes
    -----
    The cost is

    $$\\begin{aligned}
    J = {} & -\\frac{1}{m} \\sum_{i=1}^{m} \\Big( y^{(i)} \\log a^{[2](i)} \\\\
    & + (1 - y^{(i)}) \\log\\big(1 - a^{[2](i)}\\big) \\Big)
    \\end{aligned}$$

    A sigmoid can round to exactly 0 or 1 (float64 reaches 1.0 once
    ``z`` passes about 37), and ``log(0)`` is ``-inf``: one confident
    mistake would make the whole cost infinite (with a RuntimeWarning),
    and ``0 * log(0)`` would even give NaN for a correct prediction. So
    ``A2`` is first clipped into ``[eps, 1 - eps]``, where ``eps`` is the
    machine epsilon of its dtype (about 2.2e-16 for float64, 1.2e-7 for
    float32). A confident mistake then costs at most ``-log(eps)``
    (about 36 in float64) instead of infinity, and the clip changes
    nothing for probabilities inside that range. ``log1p(-a)`` computes
    ``log(1 - a)`` without the rounding of ``1 - a`` for small ``a``.

    The computation runs in ``A2``'s floating dtype.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.learning import compute_cost
    >>> Y = np.array([[1, 0, 1]])
    >>> A2 = np.array([[0.9, 0.2, 0.6]])
    >>> round(compute_cost(A2, Y), 6)    # -(ln 0.9 + ln 0.8 + ln 0.6) / 3
    0.279777
    >>> round(compute_cost(np.array([[0.5, 0.5, 0.5]]), Y), 6)   # ln 2
    0.693147
    >>> compute_cost(np.array([[1.0, 0.0, 1.0]]), Y)   # perfect: about eps
    2.220446049250313e-16
    >>> cost = compute_cost(np.array([[0.0, 0.0, 1.0]]), Y)  # sure and wrong
    >>> round(cost, 4)                        # -ln(eps) / 3: large, finite
    12.0146
    """
    eps = np.finfo(A2.dtype).eps
    # keep log away from 0: an exact 0 or 1 would give -inf (or NaN)
    A2 = np.clip(A2, eps, 1 - eps)
    # log1p(-A2) is log(1 - A2), without rounding 1 - A2 for small A2
    losses = Y * np.log(A2) + (1 - Y) * np.log1p(-A2)
    return float(-np.mean(losses))
# --8<-- [end:compute_cost]


@guarded(backward_inputs)
# --8<-- [start:backward_propagation_nn]
def backward_propagation_nn(
    parameters, cache, X, Y, *, hidden_activation="relu"
):
    """Compute the gradients of the cost with the chain rule.

    Returns dW1, db1, dW2, db2, each of its parameter's shape; X is
    (n_x, m) and Y (1, m), the cache is the forward pass's on this X.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1`` ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(1, n_h)``
        and ``b2`` ``(1, 1)``.
    cache : dict of str to ndarray
        ``Z1`` and ``A1`` ``(n_h, m)``, ``Z2`` and ``A2`` ``(1, m)``, as
        returned by ``forward_propagation_nn(X, parameters)``.
    X : ndarray of shape (n_x, m)
        The inputs of that forward pass, one example per column.
    Y : ndarray of shape (1, m)
        True labels, 0 or 1.
    hidden_activation : {"relu", "tanh"}, default "relu"
        The hidden activation the forward pass used (the cache does not
        record it).

    Returns
    -------
    dict of str to ndarray
        ``dW1`` ``(n_h, n_x)``, ``db1`` ``(n_h, 1)``, ``dW2`` ``(1, n_h)``
        and ``db2`` ``(1, 1)``: each gradient has its parameter's shape.

    Raises
    ------
    TypeError
        If ``parameters`` or ``cache`` is not a dict, or ``X`` or ``Y``
        does not hold numbers.
    ValueError
        If a shape does not match the course's (with a hint for a
        transposed ``X`` or a 1-D ``Y``), a key is missing, the network
        has more than one output unit or ``hidden_activation`` is
        unknown.

    Notes
    -----
    With a sigmoid output and the cross-entropy cost, the gradient with
    respect to ``Z2`` simplifies to ``A2 - Y``: the sigmoid's slope
    ``A2 (1 - A2)`` cancels against the cost's ``1 / (A2 (1 - A2))``.
    The hidden layer's slope ``g'(Z1)`` is ``1`` where ``Z1 > 0`` and
    ``0`` elsewhere for ReLU (the kink at exactly 0 gets 0), and
    ``1 - A1**2`` for tanh. Every gradient is averaged over the ``m``
    examples, like the cost. The gradients are those of the unclipped
    cost; they differ from the clipped ``compute_cost`` only where
    ``A2`` is within machine epsilon of 0 or 1.

    The computation runs in ``X``'s floating dtype.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import forward_propagation_nn, initialize_parameters_nn
    >>> from snippets.learning import backward_propagation_nn
    >>> parameters = initialize_parameters_nn(3, 4, 1)
    >>> X = np.array([[1.0, -2.0],
    ...               [0.5,  0.0],
    ...               [3.0,  1.0]])
    >>> Y = np.array([[1, 0]])
    >>> A2, cache = forward_propagation_nn(X, parameters)
    >>> grads = backward_propagation_nn(parameters, cache, X, Y)
    >>> {key: grad.shape for key, grad in grads.items()}
    {'dW1': (4, 3), 'db1': (4, 1), 'dW2': (1, 4), 'db2': (1, 1)}
    >>> grads["db2"]       # mean of A2 - Y = (-0.5 + 0.5) / 2, nearly 0
    array([[-7.71547394e-05]])
    """
    W2, Z1, A1, A2 = parameters["W2"], cache["Z1"], cache["A1"], cache["A2"]
    m = X.shape[1]
    # output layer: sigmoid + cross-entropy give the simple A2 - Y
    dZ2 = A2 - Y                                   # (1, m)
    dW2 = dZ2 @ A1.T / m                           # (1, n_h)
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m   # (1, 1)
    # hidden layer: pass the error back through W2, then through g
    dA1 = W2.T @ dZ2                               # (n_h, m)
    if hidden_activation == "relu":
        dZ1 = dA1 * (Z1 > 0)                       # g'(Z1) = 1 or 0
    else:
        dZ1 = dA1 * (1 - A1**2)                    # g'(Z1) of tanh
    dW1 = dZ1 @ X.T / m                            # (n_h, n_x)
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m   # (n_h, 1)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
# --8<-- [end:backward_propagation_nn]


@guarded(update_inputs)
# --8<-- [start:update_parameters_nn]
def update_parameters_nn(parameters, grads, learning_rate):
    """Take one gradient-descent step: `W = W - learning_rate * dW`.

    Returns new arrays; the dicts passed in are left unchanged.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1`` ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(n_y, n_h)``
        and ``b2`` ``(n_y, 1)``; any depth works, ``W1`` .. ``WL`` and
        ``b1`` .. ``bL`` (Lesson 10).
    grads : dict of str to ndarray
        ``dW1``, ``db1``, ``dW2`` and ``db2`` (``dW1`` .. ``dbL``),
        each of its parameter's shape, as ``backward_propagation_nn``
        (``backward_propagation_deep``) returns.
    learning_rate : float
        Step size ``alpha``, a positive number.

    Returns
    -------
    dict of str to ndarray
        New arrays ``W1``, ``b1``, ``W2``, ``b2`` (every key of
        ``parameters``, in its order) after the step, each with its
        parameter's shape and dtype. The inputs are unchanged.

    Raises
    ------
    TypeError
        If ``parameters`` or ``grads`` is not a dict, an array does not
        hold numbers, or ``learning_rate`` is not a real number.
    ValueError
        If ``parameters`` is empty, a gradient is missing, has no
        parameter or has another shape than its parameter, or
        ``learning_rate`` is not positive and finite.

    Notes
    -----
    The gradient points uphill, so stepping against it lowers the cost
    when the step is small enough. Too small a learning rate makes
    training crawl; too large a one overshoots the minimum, and the cost
    oscillates or grows.

    New arrays are returned instead of updating in place (``W -= ...``)
    so that a caller's dict, say the initial parameters kept for a
    comparison, is never changed behind their back.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.learning import update_parameters_nn
    >>> parameters = {"W1": np.array([[1.0, 2.0]]), "b1": np.zeros((1, 1)),
    ...               "W2": np.array([[0.5]]), "b2": np.zeros((1, 1))}
    >>> grads = {"dW1": np.array([[0.1, -0.2]]), "db1": np.array([[0.5]]),
    ...          "dW2": np.array([[1.0]]), "db2": np.array([[-1.0]])}
    >>> new = update_parameters_nn(parameters, grads, learning_rate=0.1)
    >>> new["W1"], new["b1"], new["W2"], new["b2"]
    (array([[0.99, 2.02]]), array([[-0.05]]), array([[0.4]]), array([[0.1]]))
    >>> parameters["W1"]                 # the input is left unchanged
    array([[1., 2.]])
    """
    new_parameters = {}
    for key, W in parameters.items():      # W1, b1, W2, b2, ... any depth
        step = learning_rate * grads["d" + key]
        new_parameters[key] = W - step     # a new array
    return new_parameters
# --8<-- [end:update_parameters_nn]
