"""Lesson 4's logistic regression: the baseline every network must beat.

A network without a hidden layer, ``A = sigmoid(W X + b)``, trained with
the same cost and gradient descent as ``train_nn``; and ``accuracy``,
the fraction of right answers, used to compare the two.
"""

# --8<-- [start:imports]
import numpy as np

from snippets.activations import sigmoid
from snippets.learning import compute_cost

# --8<-- [end:imports]


# --8<-- [start:train_logistic_regression]
def train_logistic_regression(X, Y, *, num_iterations=1000,
                              learning_rate=0.5):
    """Train Lesson 4's logistic regression: a network without hidden layer.

    ``A = sigmoid(W X + b)``, the binary cross-entropy cost, and batch
    gradient descent with ``dZ = A - Y``, ``dW = dZ X^T / m`` and
    ``db = mean(dZ)``: the output layer of ``train_nn`` on its own.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Training inputs, one example per column.
    Y : ndarray of shape (1, m)
        Training labels, 0 or 1.
    num_iterations : int, default 1000
        Number of gradient-descent steps.
    learning_rate : float, default 0.5
        Step size of every update.

    Returns
    -------
    parameters : dict of str to ndarray
        ``"W"`` of shape ``(1, n_x)`` and ``"b"`` of shape ``(1, 1)``.
    costs : list of float
        The cost at iterations 0, 100, 200, ..., as ``train_nn`` records
        it by default.

    Notes
    -----
    The weights start at zero: with no hidden units there is no
    symmetry to break, and the cost is convex, so gradient descent
    finds the same minimum from any start. Inputs are assumed valid (it
    is called on the prepared Titanic arrays only).

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.logistic_regression import train_logistic_regression
    >>> X = np.array([[-2.0, -1.0, 1.0, 2.0]])
    >>> Y = np.array([[0, 0, 1, 1]])
    >>> parameters, costs = train_logistic_regression(X, Y)
    >>> parameters["W"].shape, parameters["b"].shape
    ((1, 1), (1, 1))
    >>> costs[0] > costs[-1]
    True
    """
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    m = X.shape[1]
    W = np.zeros((1, X.shape[0]))
    b = np.zeros((1, 1))
    costs = []
    for i in range(num_iterations):
        A = sigmoid(W @ X + b)                         # (1, m)
        if i % 100 == 0:
            costs.append(compute_cost(A, Y))
        dZ = A - Y                                     # (1, m)
        W = W - learning_rate * (dZ @ X.T) / m         # (1, n_x)
        b = b - learning_rate * np.sum(dZ, axis=1, keepdims=True) / m
    return {"W": W, "b": b}, costs
# --8<-- [end:train_logistic_regression]


# --8<-- [start:predict_logistic_regression]
def predict_logistic_regression(parameters, X):
    """Predict 0/1 labels of shape ``(1, m)`` with logistic regression.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.logistic_regression import predict_logistic_regression
    >>> parameters = {"W": np.array([[2.0]]), "b": np.array([[-1.0]])}
    >>> predict_logistic_regression(parameters, np.array([[0.0, 1.0]]))
    array([[0, 1]])
    """
    A = sigmoid(parameters["W"] @ X + parameters["b"])
    return (A > 0.5).astype(np.int64)
# --8<-- [end:predict_logistic_regression]


# --8<-- [start:accuracy]
def accuracy(predictions, Y):
    """Return the fraction of predictions equal to the labels, a float.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.logistic_regression import accuracy
    >>> accuracy(np.array([[1, 0, 1, 1]]), np.array([[1, 0, 0, 1]]))
    0.75
    """
    return float(np.mean(predictions == Y))
# --8<-- [end:accuracy]
