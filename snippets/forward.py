"""Forward propagation: LINEAR -> ReLU (or tanh) -> LINEAR -> SIGMOID."""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import FORWARD_NAN, forward_inputs, guarded
from snippets.activations import relu, sigmoid

# --8<-- [end:imports]


@guarded(forward_inputs, after=FORWARD_NAN)
# --8<-- [start:forward_propagation_nn]
def forward_propagation_nn(X, parameters, *, hidden_activation="relu"):
    """Run the network on every example (column) of X at once.

    X is (n_x, m); returns A2 (n_y, m) and the cache of Z1, A1, Z2, A2.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Input data, one example per column. Data with examples in rows,
        such as Lesson 4's ``X_train`` of shape ``(m, n_x)``, must be
        passed transposed: ``X_train.T``.
    parameters : dict of str to ndarray
        ``W1`` ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(n_y, n_h)``
        and ``b2`` ``(n_y, 1)``, as ``initialize_parameters_nn`` returns.
    hidden_activation : {"relu", "tanh"}, default "relu"
        Activation of the hidden layer.

    Returns
    -------
    A2 : ndarray of shape (n_y, m)
        Output probabilities, one column per example.
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
        contains NaN (missing values must be filled first).

    Notes
    -----
    The computation runs in ``X``'s floating dtype (float64 for integer
    ``X``): the parameters are cast to it, so a float64 bias cannot
    silently upcast a float32 forward pass.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import forward_propagation_nn, initialize_parameters_nn
    >>> parameters = initialize_parameters_nn(3, 4, 1)
    >>> X = np.array([[1.0, -2.0],
    ...               [0.5,  0.0],
    ...               [3.0,  1.0]])             # n_x = 3 features, m = 2
    >>> A2, cache = forward_propagation_nn(X, parameters)
    >>> A2
    array([[0.49990695, 0.49993874]])
    >>> {key: value.shape for key, value in cache.items()}
    {'Z1': (4, 2), 'A1': (4, 2), 'Z2': (1, 2), 'A2': (1, 2)}
    """
    W1, b1, W2, b2 = (parameters[k] for k in ("W1", "b1", "W2", "b2"))
    g = relu if hidden_activation == "relu" else np.tanh
    Z1 = W1 @ X + b1      # (n_h, m)
    A1 = g(Z1)            # (n_h, m): relu or tanh
    Z2 = W2 @ A1 + b2     # (n_y, m)
    A2 = sigmoid(Z2)      # (n_y, m)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
# --8<-- [end:forward_propagation_nn]

