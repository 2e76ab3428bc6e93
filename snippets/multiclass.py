"""Many classes: softmax output, categorical cross-entropy (Lesson 9).

The one-hidden-layer network of Lessons 6-7 with ``n_y`` softmax output
units instead of one sigmoid unit. Labels become one-hot columns: ``Y``
is ``(n_y, m)``, with ``Y[k, i] = 1`` when example ``i`` is of class
``k``. The hidden layer, the initialization and the update step are the
binary network's; the gradient at the output is again ``dZ2 = A2 - Y``.
``train_softmax_regression`` is the baseline without a hidden layer
(multinomial logistic regression).
"""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import (
    FORWARD_NAN,
    backward_softmax_inputs,
    cost_softmax_inputs,
    forward_inputs,
    guarded,
    one_hot_inputs,
    predict_softmax_inputs,
    regression_inputs,
    train_softmax_inputs,
)
from snippets.activations import relu, softmax
from snippets.initialization import initialize_parameters_nn
from snippets.learning import update_parameters_nn

# --8<-- [end:imports]


@guarded(one_hot_inputs)
# --8<-- [start:one_hot]
def one_hot(y, n_classes):
    """Turn labels y (m,) into one-hot columns Y (n_classes, m).

    ``Y[k, i]`` is 1 where example ``i`` has label ``k``, 0 elsewhere.

    Parameters
    ----------
    y : array_like of int, shape (m,)
        Class labels, each in ``0 .. n_classes - 1``.
    n_classes : int
        Number of classes ``n_y``: the rows of ``Y``.

    Returns
    -------
    ndarray of float64, shape (n_classes, m)
        One column per example, holding a single 1.

    Raises
    ------
    TypeError
        If ``y`` does not hold integers or ``n_classes`` is not an int.
    ValueError
        If ``y`` is not 1-D, a label lies outside ``0 .. n_classes - 1``
        or ``n_classes`` is below 1.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.multiclass import one_hot
    >>> one_hot(np.array([2, 0, 1, 2]), 3)
    array([[0., 1., 0., 0.],
           [0., 0., 1., 0.],
           [1., 0., 0., 1.]])
    """
    # row k compares every label with k: True (1) where y == k
    return (np.arange(n_classes).reshape(-1, 1) == y).astype(np.float64)
# --8<-- [end:one_hot]


@guarded(forward_inputs, after=FORWARD_NAN)
# --8<-- [start:forward_propagation_softmax]
def forward_propagation_softmax(X, parameters, *, hidden_activation="relu"):
    """Run the network on every column of X (n_x, m), softmax at the end.

    Returns A2 (n_y, m), each column the class probabilities of one
    example (positive, summing to 1), and the cache of Z1, A1, Z2, A2.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Input data, one example per column (pass ``X_train.T`` for data
        with examples in rows).
    parameters : dict of str to ndarray
        ``W1`` ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(n_y, n_h)``
        and ``b2`` ``(n_y, 1)``, as ``initialize_parameters_nn`` returns.
    hidden_activation : {"relu", "tanh"}, default "relu"
        Activation of the hidden layer.

    Returns
    -------
    A2 : ndarray of shape (n_y, m)
        Class probabilities, one column per example.
    cache : dict of str to ndarray
        ``Z1`` and ``A1`` ``(n_h, m)``, ``Z2`` and ``A2`` ``(n_y, m)``,
        kept for backpropagation.

    Raises
    ------
    TypeError
        If ``parameters`` is not a dict or ``X`` does not hold numbers.
    ValueError
        If ``X`` is not 2-D or its ``n_x`` rows do not match ``W1`` (with
        a hint when it looks transposed), a parameter is missing or has
        the wrong shape, ``hidden_activation`` is unknown, or ``X``
        contains NaN.

    Notes
    -----
    Only the last line differs from ``forward_propagation_nn``: softmax
    instead of sigmoid. ``softmax`` subtracts each column's largest
    score before ``exp``, which leaves the probabilities unchanged and
    keeps ``exp`` from overflowing, so scores of +-1000 are fine. The
    computation runs in ``X``'s floating dtype.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import initialize_parameters_nn
    >>> from snippets.multiclass import forward_propagation_softmax
    >>> parameters = initialize_parameters_nn(3, 4, 2, scale=1.0)
    >>> X = np.array([[1.0, -2.0],
    ...               [0.5,  0.0],
    ...               [3.0,  1.0]])             # n_x = 3 features, m = 2
    >>> A2, cache = forward_propagation_softmax(X, parameters)
    >>> A2.round(4)                             # n_y = 2 classes
    array([[0.0223, 0.0767],
           [0.9777, 0.9233]])
    >>> A2.sum(axis=0)
    array([1., 1.])
    """
    W1, b1, W2, b2 = (parameters[k] for k in ("W1", "b1", "W2", "b2"))
    g = relu if hidden_activation == "relu" else np.tanh
    Z1 = W1 @ X + b1      # (n_h, m)
    A1 = g(Z1)            # (n_h, m): relu or tanh
    Z2 = W2 @ A1 + b2     # (n_y, m): one score per class
    A2 = softmax(Z2)      # (n_y, m): each column sums to 1
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
# --8<-- [end:forward_propagation_softmax]


@guarded(cost_softmax_inputs)
# --8<-- [start:compute_cost_softmax]
def compute_cost_softmax(A2, Y):
    """Compute the categorical cross-entropy J, averaged over the examples.

    A2 (n_y, m) holds class probabilities, Y (n_y, m) one-hot labels;
    each example costs -log of the probability of its true class.

    Parameters
    ----------
    A2 : ndarray of shape (n_y, m)
        Class probabilities, the output of
        ``forward_propagation_softmax``.
    Y : ndarray of shape (n_y, m)
        True labels, one-hot (see ``one_hot``).

    Returns
    -------
    float
        The cost ``J``, a Python float (0 for perfect predictions).

    Raises
    ------
    TypeError
        If ``A2`` or ``Y`` does not hold numbers.
    ValueError
        If ``A2`` is not 2-D or holds values outside [0, 1] (or NaN), or
        ``Y`` does not have ``A2``'s shape or a column is not one-hot
        (with a hint for 1-D labels or binary 0/1 labels).

    Notes
    -----
    The cost is

    $$J = -\\frac{1}{m} \\sum_{i=1}^{m} \\sum_{k=1}^{n_y}
        y_k^{(i)} \\log a_k^{[2](i)}$$

    Only the true class's term survives the inner sum, since ``Y`` is 0
    elsewhere. With ``n_y = 2`` it is the binary cross-entropy of
    ``compute_cost``. A softmax can round a probability to exactly 0,
    and ``log(0)`` is ``-inf`` (and ``0 * -inf`` is NaN), so ``A2`` is
    first clipped to ``[eps, 1]``, ``eps`` being the machine epsilon of
    its dtype: a confident mistake costs at most ``-log(eps)`` (about
    36 in float64). The computation runs in ``A2``'s floating dtype.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.multiclass import compute_cost_softmax
    >>> A2 = np.array([[0.7, 0.1],
    ...                [0.2, 0.1],
    ...                [0.1, 0.8]])
    >>> Y = np.array([[1, 0],
    ...               [0, 0],
    ...               [0, 1]])
    >>> round(compute_cost_softmax(A2, Y), 6)   # -(ln 0.7 + ln 0.8) / 2
    0.289909
    """
    eps = np.finfo(A2.dtype).eps
    # keep log away from 0: a probability of exactly 0 would give -inf
    A2 = np.clip(A2, eps, 1)
    losses = -np.sum(Y * np.log(A2), axis=0)   # (m,): -log a_true
    return float(np.mean(losses))
# --8<-- [end:compute_cost_softmax]


@guarded(backward_softmax_inputs)
# --8<-- [start:backward_propagation_softmax]
def backward_propagation_softmax(
    parameters, cache, X, Y, *, hidden_activation="relu"
):
    """Compute the gradients of the categorical cross-entropy.

    Returns dW1, db1, dW2, db2, each of its parameter's shape; X is
    (n_x, m), Y one-hot (n_y, m), the cache the forward pass's on X.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1`` ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(n_y, n_h)``
        and ``b2`` ``(n_y, 1)``.
    cache : dict of str to ndarray
        ``Z1`` and ``A1`` ``(n_h, m)``, ``Z2`` and ``A2`` ``(n_y, m)``,
        as returned by ``forward_propagation_softmax(X, parameters)``.
    X : ndarray of shape (n_x, m)
        The inputs of that forward pass, one example per column.
    Y : ndarray of shape (n_y, m)
        True labels, one-hot.
    hidden_activation : {"relu", "tanh"}, default "relu"
        The hidden activation the forward pass used.

    Returns
    -------
    dict of str to ndarray
        ``dW1`` ``(n_h, n_x)``, ``db1`` ``(n_h, 1)``, ``dW2``
        ``(n_y, n_h)`` and ``db2`` ``(n_y, 1)``.

    Raises
    ------
    TypeError
        If ``parameters`` or ``cache`` is not a dict, or ``X`` or ``Y``
        does not hold numbers.
    ValueError
        If a shape does not match (``Y`` must have ``W2``'s ``n_y``
        rows), a key is missing, a column of ``Y`` is not one-hot or
        ``hidden_activation`` is unknown.

    Notes
    -----
    For one example, ``dJ/dz_k = a_k - y_k``: the softmax's Jacobian
    ``a_k (delta_jk - a_j)`` times the cost's ``-y_j / a_j``, summed
    over ``j``, leaves ``a_k sum_j y_j - y_k``, and the one-hot ``y``
    sums to 1. So ``dZ2 = A2 - Y``, exactly as for sigmoid and binary
    cross-entropy, and everything below ``dZ2`` is the binary network's
    backward pass with ``n_y`` rows instead of 1. The computation runs
    in ``X``'s floating dtype.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import initialize_parameters_nn
    >>> from snippets.multiclass import (
    ...     backward_propagation_softmax, forward_propagation_softmax)
    >>> parameters = initialize_parameters_nn(3, 4, 2)
    >>> X = np.array([[1.0, -2.0],
    ...               [0.5,  0.0],
    ...               [3.0,  1.0]])
    >>> Y = np.array([[1, 0],
    ...               [0, 1]])
    >>> A2, cache = forward_propagation_softmax(X, parameters)
    >>> grads = backward_propagation_softmax(parameters, cache, X, Y)
    >>> {key: grad.shape for key, grad in grads.items()}
    {'dW1': (4, 3), 'db1': (4, 1), 'dW2': (2, 4), 'db2': (2, 1)}
    """
    W2, Z1, A1, A2 = parameters["W2"], cache["Z1"], cache["A1"], cache["A2"]
    m = X.shape[1]
    # output layer: softmax + cross-entropy give A2 - Y, as sigmoid did
    dZ2 = A2 - Y                                   # (n_y, m)
    dW2 = dZ2 @ A1.T / m                           # (n_y, n_h)
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m   # (n_y, 1)
    # hidden layer: pass the error back through W2, then through g
    dA1 = W2.T @ dZ2                               # (n_h, m)
    if hidden_activation == "relu":
        dZ1 = dA1 * (Z1 > 0)                       # g'(Z1) = 1 or 0
    else:
        dZ1 = dA1 * (1 - A1**2)                    # g'(Z1) of tanh
    dW1 = dZ1 @ X.T / m                            # (n_h, n_x)
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m   # (n_h, 1)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
# --8<-- [end:backward_propagation_softmax]


@guarded(train_softmax_inputs)
# --8<-- [start:train_softmax_nn]
def train_softmax_nn(X, Y, n_h, *, num_iterations=1000, learning_rate=1.0,
                     seed=2, hidden_activation="relu", print_cost=False,
                     cost_every=100):
    """Train the softmax network with batch gradient descent.

    X is (n_x, m), Y one-hot (n_y, m); each iteration runs forward and
    backward on all m examples and takes one step.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Training inputs, one example per column.
    Y : ndarray of shape (n_y, m)
        Training labels, one-hot (``one_hot(y_train, n_y)``).
    n_h : int
        Number of hidden units.
    num_iterations : int, default 1000
        Number of gradient-descent steps.
    learning_rate : float, default 1.0
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
        The training cost at iterations 0, ``cost_every``, ...;
        ``ceil(num_iterations / cost_every)`` values.

    Raises
    ------
    TypeError
        If ``X`` or ``Y`` does not hold numbers, or ``n_h``,
        ``num_iterations``, ``cost_every`` or ``learning_rate`` has the
        wrong type.
    ValueError
        If ``X`` is not 2-D, ``Y`` is not one-hot ``(n_y, m)`` (with a
        hint for 1-D labels or a transposed ``X`` or ``Y``), a count is
        not positive, ``learning_rate`` is not positive and finite or
        ``hidden_activation`` is unknown.

    Notes
    -----
    The weights of each layer start at scale ``sqrt(2 / n_prev)``, where
    ``n_prev`` is the number of its inputs (He initialization): W1 at
    ``sqrt(2 / n_x)``, W2 at ``sqrt(2 / n_h)``, instead of the course's
    0.01. A unit's score ``z`` sums ``n_prev`` terms, so its variance is
    ``n_prev * Var(w) * E[a**2]``, and a ReLU keeps about half of its
    input's second moment; ``Var(w) = 2 / n_prev`` therefore keeps the
    variance of ``Z`` about the same from one ReLU layer to the next.
    With 0.01 every score in ``Z2`` starts near 0, every class gets
    probability ``1 / n_y``, and the gradient reaching ``W1`` passes
    through the tiny ``W2``: the cost sits near ``log n_y`` for several
    iterations (Lesson 9 counts them on the digits).

    The defaults are conventional, not chosen on any test or validation
    set: the course's seed, batch gradient descent with a learning rate
    of 1 and 1000 iterations, which bring the training cost on the
    digits (pixels in [0, 1], ``n_h = 32``) below 0.01. A learning rate
    of 2 makes that training cost jump back to ``log 10`` and stay
    there; unscaled pixels (0 to 16) need a much smaller one. Lesson 9
    chooses ``n_h`` on a validation set (``load_digits(validation_size=
    0.2)``).

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.data import load_digits
    >>> from snippets.multiclass import (
    ...     one_hot, predict_softmax, train_softmax_nn)
    >>> digits = load_digits()
    >>> X, Y = digits.X_train.T, one_hot(digits.y_train, 10)
    >>> X.shape, Y.shape
    ((64, 1438), (10, 1438))
    >>> parameters, costs = train_softmax_nn(X, Y, 32)
    >>> print(f"cost {costs[0]:.3f} -> {costs[-1]:.3f}")
    cost 2.564 -> 0.008
    >>> y_pred = predict_softmax(parameters, digits.X_test.T)
    >>> print(f"test accuracy {np.mean(y_pred == digits.y_test):.3f}")
    test accuracy 0.969
    """
    n_x, n_y = X.shape[0], Y.shape[0]
    # He initialization, each layer by sqrt(2 / n_prev): see Notes
    standard = initialize_parameters_nn(n_x, n_h, n_y, seed=seed, scale=1.0)
    he = {"W1": np.sqrt(2 / n_x), "W2": np.sqrt(2 / n_h)}
    parameters = {key: (value * he.get(key, 1.0)).astype(X.dtype)
                  for key, value in standard.items()}
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation_softmax(
            X, parameters, hidden_activation=hidden_activation)
        if i % cost_every == 0:
            costs.append(compute_cost_softmax(A2, Y))
            if print_cost:
                print(f"Cost after iteration {i}: {costs[-1]:.6f}")
        grads = backward_propagation_softmax(
            parameters, cache, X, Y, hidden_activation=hidden_activation)
        parameters = update_parameters_nn(parameters, grads, learning_rate)
    return parameters, costs
# --8<-- [end:train_softmax_nn]


@guarded(predict_softmax_inputs)
# --8<-- [start:predict_softmax]
def predict_softmax(parameters, X, *, hidden_activation="relu"):
    """Predict class labels (m,): the most probable class of each column.

    Parameters
    ----------
    parameters : dict of str to ndarray
        Trained ``W1``, ``b1``, ``W2``, ``b2``, as ``train_softmax_nn``
        returns them, or ``fit_nn`` with one-hot labels and an int
        ``n_h``. For a deeper network (``fit_nn`` with a tuple ``n_h``)
        take ``np.argmax(AL, axis=0)`` of ``AL, _ =
        forward_propagation_deep(X, parameters, output="softmax")``.
    X : ndarray of shape (n_x, m)
        Inputs, one example per column.
    hidden_activation : {"relu", "tanh"}, default "relu"
        The hidden activation the parameters were trained with.

    Returns
    -------
    ndarray of int64, shape (m,)
        The predicted labels, ``0 .. n_y - 1``, comparable with the
        loader's ``y_test``.

    Raises
    ------
    TypeError
        If ``parameters`` is not a dict or ``X`` does not hold numbers.
    ValueError
        If ``parameters`` or ``X`` has the wrong shape (as for
        ``forward_propagation_softmax``; the message names
        ``predict_softmax``) or ``hidden_activation`` is unknown.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.multiclass import predict_softmax
    >>> parameters = {"W1": np.eye(2), "b1": np.zeros((2, 1)),
    ...               "W2": np.eye(3, 2), "b2": np.array([[0], [0], [0.5]])}
    >>> X = np.array([[2.0, 0.0, -1.0],
    ...               [1.0, 3.0, -1.0]])  # Z2 = (relu(x1), relu(x2), 0.5)
    >>> predict_softmax(parameters, X)
    array([0, 1, 2])
    """
    A2, _ = forward_propagation_softmax(
        X, parameters, hidden_activation=hidden_activation)
    return np.argmax(A2, axis=0).astype(np.int64)   # (m,)
# --8<-- [end:predict_softmax]


@guarded(train_softmax_inputs)
# --8<-- [start:train_softmax_regression]
def train_softmax_regression(X, Y, *, num_iterations=3000,
                             learning_rate=1.0, cost_every=100):
    """Train multinomial logistic regression: softmax without hidden layer.

    ``A = softmax(W X + b)`` with W (n_y, n_x), b (n_y, 1), the
    categorical cross-entropy and batch gradient descent, dZ = A - Y.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Training inputs, one example per column.
    Y : ndarray of shape (n_y, m)
        Training labels, one-hot.
    num_iterations : int, default 3000
        Number of gradient-descent steps.
    learning_rate : float, default 1.0
        Step size of every update.
    cost_every : int, default 100
        Record the cost every ``cost_every`` iterations.

    Returns
    -------
    parameters : dict of str to ndarray
        ``"W"`` of shape ``(n_y, n_x)`` and ``"b"`` of shape
        ``(n_y, 1)``, in ``X``'s float dtype.
    costs : list of float
        The cost at iterations 0, ``cost_every``, ...

    Raises
    ------
    TypeError, ValueError
        As ``train_softmax_nn`` for ``X``, ``Y`` and the counts.

    Notes
    -----
    Lesson 4's logistic regression with ``n_y`` outputs: the baseline
    the softmax network must beat. The weights start at zero (a convex
    cost has no symmetry to break), and there is no regularization. The
    defaults are conventional, not chosen on any test or validation
    set: a learning rate of 1 (the network's) and 3000 iterations,
    three times the network's because the cost falls more slowly
    without a hidden layer (below 0.05 on the digits' training images).

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.multiclass import one_hot, train_softmax_regression
    >>> X = np.array([[-2.0, -1.0, 0.0, 1.0, 2.0, 3.0]])
    >>> Y = one_hot(np.array([0, 0, 1, 1, 2, 2]), 3)
    >>> parameters, costs = train_softmax_regression(X, Y)
    >>> parameters["W"].shape, parameters["b"].shape
    ((3, 1), (3, 1))
    >>> costs[0] > costs[-1]
    True
    """
    (n_x, m), n_y = X.shape, Y.shape[0]
    W = np.zeros((n_y, n_x), dtype=X.dtype)
    b = np.zeros((n_y, 1), dtype=X.dtype)
    costs = []
    for i in range(num_iterations):
        A = softmax(W @ X + b)                         # (n_y, m)
        if i % cost_every == 0:
            costs.append(compute_cost_softmax(A, Y))
        dZ = A - Y                                     # (n_y, m)
        W = W - learning_rate * (dZ @ X.T) / m         # (n_y, n_x)
        b = b - learning_rate * np.sum(dZ, axis=1, keepdims=True) / m
    return {"W": W, "b": b}, costs
# --8<-- [end:train_softmax_regression]


@guarded(regression_inputs)
# --8<-- [start:predict_softmax_regression]
def predict_softmax_regression(parameters, X):
    """Predict class labels (m,) with multinomial logistic regression.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.multiclass import predict_softmax_regression
    >>> parameters = {"W": np.array([[-1.0], [0.0], [1.0]]),
    ...               "b": np.array([[0.0], [1.0], [0.0]])}
    >>> X = np.array([[-2.0, 0.5, 2.0]])  # scores (-x, 1, x) per column
    >>> predict_softmax_regression(parameters, X)
    array([0, 1, 2])
    """
    W, b = parameters["W"], parameters["b"]
    A = softmax(W @ X + b)                             # (n_y, m)
    return np.argmax(A, axis=0).astype(np.int64)       # (m,)
# --8<-- [end:predict_softmax_regression]
