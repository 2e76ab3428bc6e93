"""Learning: cost, backpropagation, gradient descent and the training loop.

Shapes follow the course: ``X`` is ``(n_x, m)`` with one example per
column and the labels ``Y`` are a row ``(1, m)`` of 0s and 1s.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._checks import (
    PARAMETER_KEYS,
    check_layer_size,
    check_parameters,
    check_X,
)
from snippets._learning_checks import (
    check_cache,
    check_count,
    check_grads,
    check_hidden_activation,
    check_positive_number,
    check_probabilities,
    check_single_output,
    check_threshold,
    check_X_Y,
    check_Y,
)
from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn

# --8<-- [end:imports]


# --8<-- [start:compute_cost]
def compute_cost(A2, Y):
    """Compute the binary cross-entropy cost, averaged over the examples.

    .. math::

        J = -\\frac{1}{m} \\sum_{i=1}^{m} \\Big( y^{(i)} \\log a^{[2](i)}
            + (1 - y^{(i)}) \\log\\big(1 - a^{[2](i)}\\big) \\Big)

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
    12.0145
    """
    func = "compute_cost"
    A2 = check_probabilities(func, A2)
    Y = check_Y(func, Y, A2.shape[1], dtype=A2.dtype)
    eps = np.finfo(A2.dtype).eps
    # keep log away from 0: an exact 0 or 1 would give -inf (or NaN)
    A2 = np.clip(A2, eps, 1 - eps)
    log_likelihood = Y * np.log(A2) + (1 - Y) * np.log1p(-A2)
    return float(-np.mean(log_likelihood))
# --8<-- [end:compute_cost]


# --8<-- [start:backward_propagation_nn]
def backward_propagation_nn(
    parameters, cache, X, Y, *, hidden_activation="relu"
):
    """Compute the gradients of the cost with the chain rule.

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
    array([[-0.00007716]])
    """
    func = "backward_propagation_nn"
    n_x, n_h, n_y = check_parameters(func, parameters)
    check_single_output(func, n_y)
    X = check_X(func, X, n_x)
    m = X.shape[1]
    Y = check_Y(func, Y, m, dtype=X.dtype)
    check_hidden_activation(func, hidden_activation)
    Z1, A1, A2 = check_cache(func, cache, n_h, m, dtype=X.dtype)
    W2 = np.asarray(parameters["W2"], dtype=X.dtype)

    # output layer: sigmoid + cross-entropy give the simple A2 - Y
    dZ2 = A2 - Y                                       # (1, m)
    dW2 = (dZ2 @ A1.T) / m                             # (1, n_h)
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m       # (1, 1)
    # hidden layer: pass the error back through W2, then through g
    dA1 = W2.T @ dZ2                                   # (n_h, m)
    if hidden_activation == "relu":
        dZ1 = dA1 * (Z1 > 0)                           # (n_h, m)
    else:
        dZ1 = dA1 * (1 - A1**2)                        # (n_h, m)
    dW1 = (dZ1 @ X.T) / m                              # (n_h, n_x)
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m       # (n_h, 1)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
# --8<-- [end:backward_propagation_nn]


# --8<-- [start:update_parameters_nn]
def update_parameters_nn(parameters, grads, learning_rate):
    """Take one gradient-descent step: ``W = W - learning_rate * dW``.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1`` ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(n_y, n_h)``
        and ``b2`` ``(n_y, 1)``.
    grads : dict of str to ndarray
        ``dW1``, ``db1``, ``dW2`` and ``db2``, each of its parameter's
        shape, as ``backward_propagation_nn`` returns.
    learning_rate : float
        Step size ``alpha``, a positive number.

    Returns
    -------
    dict of str to ndarray
        New arrays ``W1``, ``b1``, ``W2``, ``b2`` after the step, each
        with its parameter's shape and dtype. The inputs are unchanged.

    Raises
    ------
    TypeError
        If ``parameters`` or ``grads`` is not a dict, or
        ``learning_rate`` is not a real number.
    ValueError
        If a key is missing, a gradient's shape differs from its
        parameter's, or ``learning_rate`` is not positive and finite.

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
    func = "update_parameters_nn"
    check_parameters(func, parameters)
    check_grads(func, grads, parameters)
    learning_rate = check_positive_number(
        func, "learning_rate", learning_rate, example=0.5
    )
    new_parameters = {}
    for key in PARAMETER_KEYS:
        theta = np.asarray(parameters[key])
        # float32 weights stay float32 even with float64 gradients, but
        # integer weights become float64: a step must not be rounded away
        floating = np.issubdtype(theta.dtype, np.floating)
        dtype = theta.dtype if floating else np.float64
        step = learning_rate * np.asarray(grads["d" + key])
        new_parameters[key] = (theta - step).astype(dtype)
    return new_parameters
# --8<-- [end:update_parameters_nn]


# --8<-- [start:train_nn]
def train_nn(
    X,
    Y,
    n_h,
    *,
    num_iterations=1000,
    learning_rate=0.5,
    seed=2,
    hidden_activation="relu",
    print_cost=False,
    cost_every=100,
):
    """Train the one-hidden-layer network with batch gradient descent.

    Each iteration runs forward propagation on all ``m`` examples,
    computes the cost, backpropagates and takes one gradient step.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Training inputs, one example per column (pass ``X_train.T`` for
        data with examples in rows).
    Y : ndarray of shape (1, m)
        Training labels, 0 or 1 (pass ``y_train.reshape(1, -1)`` for a
        1-D label vector).
    n_h : int
        Number of hidden units.
    num_iterations : int, default 1000
        Number of gradient-descent steps.
    learning_rate : float, default 0.5
        Step size ``alpha`` of every update.
    seed : int, default 2
        Seed of ``initialize_parameters_nn``: same seed, same result.
    hidden_activation : {"relu", "tanh"}, default "relu"
        Activation of the hidden layer.
    print_cost : bool, default False
        Print each recorded cost.
    cost_every : int, default 100
        Record (and print) the cost every ``cost_every`` iterations.

    Returns
    -------
    parameters : dict of str to ndarray
        The trained ``W1``, ``b1``, ``W2``, ``b2``, in ``X``'s float
        dtype.
    costs : list of float
        The training cost every ``cost_every`` iterations: ``costs[k]``
        is the cost at the start of iteration ``k * cost_every`` (so
        ``costs[0]`` is that of the initial parameters);
        ``ceil(num_iterations / cost_every)`` values.

    Raises
    ------
    TypeError
        If ``X`` or ``Y`` does not hold numbers, or ``n_h``,
        ``num_iterations``, ``cost_every`` or ``learning_rate`` has the
        wrong type.
    ValueError
        If ``X`` is not 2-D, ``Y`` is not ``(1, m)`` (with a hint for a
        1-D or transposed ``Y`` or a transposed ``X``), a count is not
        positive, ``learning_rate`` is not positive and finite or
        ``hidden_activation`` is unknown.

    Notes
    -----
    The defaults suit the course's Titanic features, which are
    standardised; unscaled features (fares in the hundreds next to 0/1
    indicators) need a much smaller learning rate. The weights start
    small (``initialize_parameters_nn``'s scale 0.01), so at first the
    hidden units barely respond and mostly ``b2`` learns: on Titanic
    the cost pauses near 0.665, the cost of answering the survival rate
    for everyone, until about iteration 30, when the hidden weights
    have grown enough to tell passengers apart.

    Examples
    --------
    >>> from snippets.data import load_titanic
    >>> from snippets.learning import train_nn
    >>> data = load_titanic()             # examples in rows, 1-D labels
    >>> X = data.X_train.T                # (n_x, m) = (8, 1047)
    >>> Y = data.y_train.reshape(1, -1)   # (1, m)
    >>> parameters, costs = train_nn(X, Y, n_h=4)
    >>> len(costs)                        # iterations 0, 100, ..., 900
    10
    >>> print(f"cost {costs[0]:.4f} -> {costs[-1]:.4f}")
    cost 0.6932 -> 0.4324
    """
    func = "train_nn"
    X, Y = check_X_Y(func, X, Y)
    n_x = X.shape[0]
    n_h = check_layer_size(func, "n_h", n_h)
    num_iterations = check_count(
        func, "num_iterations", num_iterations,
        meaning="a number of gradient-descent steps",
    )
    cost_every = check_count(func, "cost_every", cost_every,
                             meaning="a number of iterations")
    learning_rate = check_positive_number(
        func, "learning_rate", learning_rate, example=0.5
    )
    check_hidden_activation(func, hidden_activation)

    parameters = initialize_parameters_nn(n_x, n_h, 1, seed=seed,
                                          dtype=X.dtype)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation_nn(
            X, parameters, hidden_activation=hidden_activation
        )
        if i % cost_every == 0:
            # the update needs only the gradients, not the cost itself
            cost = compute_cost(A2, Y)
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:.6f}")
        grads = backward_propagation_nn(
            parameters, cache, X, Y, hidden_activation=hidden_activation
        )
        parameters = update_parameters_nn(parameters, grads, learning_rate)
    return parameters, costs
# --8<-- [end:train_nn]


# --8<-- [start:predict_nn]
def predict_nn(parameters, X, *, threshold=0.5, hidden_activation="relu"):
    """Predict 0/1 labels: 1 where the probability ``A2`` is above 0.5.

    The threshold 0.5 picks the more probable label; another threshold
    trades one kind of mistake for the other.

    Parameters
    ----------
    parameters : dict of str to ndarray
        Trained ``W1``, ``b1``, ``W2``, ``b2``.
    X : ndarray of shape (n_x, m)
        Inputs, one example per column.
    threshold : float, default 0.5
        Probability above which an example is labelled 1.
    hidden_activation : {"relu", "tanh"}, default "relu"
        The hidden activation the parameters were trained with.

    Returns
    -------
    ndarray of int64, shape (1, m)
        The predicted labels, 0 or 1.

    Raises
    ------
    TypeError
        If ``threshold`` is not a real number (and as
        ``forward_propagation_nn`` for ``parameters`` and ``X``).
    ValueError
        If ``threshold`` is not strictly between 0 and 1 (and as
        ``forward_propagation_nn``).

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.learning import predict_nn
    >>> parameters = {"W1": np.array([[1.0]]), "b1": np.zeros((1, 1)),
    ...               "W2": np.array([[4.0]]), "b2": np.array([[-2.0]])}
    >>> X = np.array([[0.0, 0.4, 0.6, 2.0]])  # A2 = sigmoid(4 x - 2)
    >>> predict_nn(parameters, X)
    array([[0, 0, 1, 1]])
    >>> predict_nn(parameters, X, threshold=0.9)
    array([[0, 0, 0, 1]])
    """
    func = "predict_nn"
    threshold = check_threshold(func, threshold)
    check_hidden_activation(func, hidden_activation)
    A2, _ = forward_propagation_nn(
        X, parameters, hidden_activation=hidden_activation
    )
    return (A2 > threshold).astype(np.int64)
# --8<-- [end:predict_nn]


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
    >>> from snippets.learning import gradient_check_nn
    >>> rng = np.random.default_rng(0)
    >>> parameters = initialize_parameters_nn(3, 4, 1, rng=rng, scale=1.0)
    >>> X = rng.standard_normal((3, 5))
    >>> Y = np.array([[1, 0, 1, 1, 0]])
    >>> difference = gradient_check_nn(parameters, X, Y)
    >>> difference < 1e-7
    True
    """
    func = "gradient_check_nn"
    n_x, _, n_y = check_parameters(func, parameters)
    check_single_output(func, n_y)
    X = check_X(func, X, n_x).astype(np.float64)
    Y = check_Y(func, Y, X.shape[1], dtype=np.float64)
    epsilon = check_positive_number(func, "epsilon", epsilon,
                                    example=1e-7)
    check_hidden_activation(func, hidden_activation)
    # float64 copies: the nudges below must not touch the caller's arrays
    theta = {
        key: np.array(parameters[key], dtype=np.float64)
        for key in PARAMETER_KEYS
    }

    def cost():
        A2, _ = forward_propagation_nn(
            X, theta, hidden_activation=hidden_activation
        )
        return compute_cost(A2, Y)

    _, cache = forward_propagation_nn(
        X, theta, hidden_activation=hidden_activation
    )
    grads = backward_propagation_nn(
        theta, cache, X, Y, hidden_activation=hidden_activation
    )
    g_backprop = np.concatenate([grads["d" + k].ravel()
                                 for k in PARAMETER_KEYS])
    g_numeric = []
    for key in PARAMETER_KEYS:
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
