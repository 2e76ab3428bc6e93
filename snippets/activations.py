"""Activation functions: sigmoid, ReLU, tanh and softmax.

Each works elementwise on a scalar or an array of any shape (softmax
normalises over axis 0, the class axis in the course's ``(n_y, m)``
layout), keeps a floating input's dtype, and never overflows.
"""

# --8<-- [start:imports]
import numpy as np

# --8<-- [end:imports]
from snippets._validation.guards import elementwise_inputs, guarded


@guarded(elementwise_inputs)
# --8<-- [start:sigmoid]
def sigmoid(z):
    """Compute the logistic sigmoid `1 / (1 + exp(-z))` elementwise.

    Any shape; a float input keeps its dtype; never overflows.

    Parameters
    ----------
    z : float or ndarray
        Pre-activations of any shape, e.g. ``Z2`` of shape ``(n_y, m)``.

    Returns
    -------
    float or ndarray
        ``sigmoid(z)``, the same shape as ``z``, every value in [0, 1].
        A floating input keeps its dtype; booleans and integers are
        computed in float64.

    Notes
    -----
    The textbook form ``1 / (1 + np.exp(-z))`` overflows (with a
    RuntimeWarning) once ``-z`` passes about 709. Here ``exp`` only ever
    sees ``-|z|``, so it lies in (0, 1] and cannot overflow:

    - for ``z >= 0``: ``1 / (1 + exp(-z))``;
    - for ``z < 0``: ``exp(z) / (1 + exp(z))``, the same value
      rewritten so that tiny results keep full relative precision.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import sigmoid
    >>> sigmoid(np.array([-10.0, -1.0, 0.0, 1.0, 10.0]))
    array([4.53978687e-05, 2.68941421e-01, 5.00000000e-01, 7.31058579e-01,
           9.99954602e-01])
    >>> float(sigmoid(0))
    0.5
    >>> sigmoid(np.array([-1000.0, 1000.0]))   # no overflow warning
    array([0., 1.])
    """
    z = np.asarray(z)
    e = np.exp(-np.abs(z))  # in (0, 1]: never overflows
    # z >= 0: 1 / (1 + e^-z);  z < 0: e^z / (1 + e^z), the same value
    return (np.where(z < 0, e, 1) / (1 + e))[()]
# --8<-- [end:sigmoid]


# --8<-- [start:relu]
def relu(z):
    """Compute the rectified linear unit `max(0, z)` elementwise.

    Parameters
    ----------
    z : float or ndarray
        Pre-activations of any shape, e.g. ``Z1`` of shape ``(n_h, m)``.

    Returns
    -------
    float or ndarray
        ``z`` where it is positive, 0 elsewhere; same shape and dtype.

    Notes
    -----
    The Python ``0`` is a "weak" scalar for NumPy's type promotion, so a
    float32 ``z`` gives a float32 result. NaN stays NaN.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import relu
    >>> relu(np.array([-5.0, -0.5, 0.0, 0.5, 5.0]))
    array([0. , 0. , 0. , 0.5, 5. ])
    """
    return np.maximum(z, 0)
# --8<-- [end:relu]


@guarded(elementwise_inputs)
# --8<-- [start:tanh]
def tanh(z):
    """Compute the hyperbolic tangent elementwise.

    ``tanh(z) = (e^z - e^-z) / (e^z + e^-z)``, a zero-centred S-curve
    with values in [-1, 1].

    Parameters
    ----------
    z : float or ndarray
        Pre-activations of any shape, e.g. ``Z1`` of shape ``(n_h, m)``.

    Returns
    -------
    float or ndarray
        ``tanh(z)``, same shape as ``z``; a floating input keeps its
        dtype, booleans and integers are computed in float64.

    Notes
    -----
    The formula above overflows for ``|z|`` beyond about 710 (inf / inf
    is NaN); ``np.tanh`` saturates cleanly to -1 and 1 instead.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import tanh
    >>> tanh(np.array([-1000.0, -1.0, 0.0, 1.0, 1000.0])).round(5)
    array([-1.     , -0.76159,  0.     ,  0.76159,  1.     ])
    """
    return np.tanh(z)
# --8<-- [end:tanh]


# --8<-- [start:softmax]
def softmax(z):
    """Turn each column of scores into a probability distribution.

    Parameters
    ----------
    z : ndarray
        Scores of shape ``(n_y, m)``: one row per class, one column per
        example (a 1-D array is treated as a single example).

    Returns
    -------
    ndarray
        Same shape as ``z``; every column is positive and sums to 1.

    Notes
    -----
    ``softmax(z) = softmax(z - c)`` for any constant ``c`` per column, so
    subtracting each column's maximum first keeps every exponent at or
    below 0: ``exp`` cannot overflow, and at least one term is 1, so the
    sum cannot underflow to 0.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import softmax
    >>> Z = np.array([[1.0, 1000.0],
    ...               [2.0, 1000.0],
    ...               [3.0, -1000.0]])
    >>> softmax(Z).round(4)
    array([[0.09  , 0.5   ],
           [0.2447, 0.5   ],
           [0.6652, 0.    ]])
    >>> softmax(Z).sum(axis=0)
    array([1., 1.])
    """
    z = np.asarray(z)
    # subtract the column max so exp never overflows
    e = np.exp(z - z.max(axis=0, keepdims=True))
    e /= e.sum(axis=0, keepdims=True)
    return e
# --8<-- [end:softmax]

