"""Training: the gradient-descent loop, and predictions from its result.

``train_nn`` chains the pieces of ``snippets.learning`` (cost,
backpropagation, update) with ``snippets.forward``; ``predict_nn`` turns
the trained network's probabilities into 0/1 labels. Shapes follow the
course: ``X`` is ``(n_x, m)``, ``Y`` is ``(1, m)``.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import guarded, predict_inputs, train_inputs
from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn
from snippets.learning import (
    backward_propagation_nn,
    compute_cost,
    update_parameters_nn,
)

# --8<-- [end:imports]


@guarded(train_inputs)
# --8<-- [start:train_nn]
def train_nn(X, Y, n_h, *, num_iterations=1000, learning_rate=0.5, seed=2,
             hidden_activation="relu", print_cost=False, cost_every=100):
    """Train the one-hidden-layer network with batch gradient descent.

    Each iteration runs forward propagation on all m examples of X
    (n_x, m), backpropagates and takes one gradient step; the cost is
    recorded every `cost_every` iterations.

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
    >>> from snippets.training import train_nn
    >>> data = load_titanic()             # examples in rows, 1-D labels
    >>> X = data.X_train.T                # (n_x, m) = (8, 1047)
    >>> Y = data.y_train.reshape(1, -1)   # (1, m)
    >>> parameters, costs = train_nn(X, Y, n_h=4)
    >>> len(costs)                        # iterations 0, 100, ..., 900
    10
    >>> print(f"cost {costs[0]:.4f} -> {costs[-1]:.4f}")
    cost 0.6932 -> 0.4324
    """
    parameters = initialize_parameters_nn(X.shape[0], n_h, 1, seed=seed,
                                          dtype=X.dtype)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation_nn(
            X, parameters, hidden_activation=hidden_activation)
        if i % cost_every == 0:
            # the update needs only the gradients, not the cost itself
            costs.append(compute_cost(A2, Y))
            if print_cost:
                print(f"Cost after iteration {i}: {costs[-1]:.6f}")
        grads = backward_propagation_nn(
            parameters, cache, X, Y, hidden_activation=hidden_activation)
        parameters = update_parameters_nn(parameters, grads, learning_rate)
    return parameters, costs
# --8<-- [end:train_nn]


@guarded(predict_inputs)
# --8<-- [start:predict_nn]
def predict_nn(parameters, X, *, threshold=0.5, hidden_activation="relu"):
    """Predict 0/1 labels (1, m): 1 where the probability A2 is above 0.5.

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
        If ``threshold`` is not a real number, ``parameters`` is not a
        dict or ``X`` does not hold numbers.
    ValueError
        If ``threshold`` is not strictly between 0 and 1, or
        ``parameters`` or ``X`` has the wrong shape (as for
        ``forward_propagation_nn``; the message names ``predict_nn``).

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.training import predict_nn
    >>> parameters = {"W1": np.array([[1.0]]), "b1": np.zeros((1, 1)),
    ...               "W2": np.array([[4.0]]), "b2": np.array([[-2.0]])}
    >>> X = np.array([[0.0, 0.4, 0.6, 2.0]])  # A2 = sigmoid(4 x - 2)
    >>> predict_nn(parameters, X)
    array([[0, 0, 1, 1]])
    >>> predict_nn(parameters, X, threshold=0.9)
    array([[0, 0, 0, 1]])
    """
    A2, _ = forward_propagation_nn(
        X, parameters, hidden_activation=hidden_activation)
    return (A2 > threshold).astype(np.int64)
# --8<-- [end:predict_nn]
