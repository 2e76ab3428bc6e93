"""Fighting overfitting: the L2-regularized cost (Lesson 11).

L2 regularization adds ``lambd / (2 m) * sum_l ||W_l||_F^2`` to the
cross-entropy of an L-layer network: large weights cost something, so
gradient descent keeps them small (weight decay). Its gradient, the
``(lambd / m) * W_l`` added to each ``dW_l``, is computed by
``backward_propagation_deep(..., lambd=lambd)``; inverted dropout by
``forward_propagation_deep(..., keep_prob=keep_prob)``, both in
``snippets.deep``.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import cost_l2_inputs, guarded
from snippets.learning import compute_cost
from snippets.multiclass import compute_cost_softmax

# --8<-- [end:imports]


@guarded(cost_l2_inputs)
# --8<-- [start:compute_cost_with_l2]
def compute_cost_with_l2(AL, Y, parameters, lambd):
    """Compute the cross-entropy plus the L2 penalty on every weight.

    J = cross-entropy(AL, Y) + lambd / (2 m) * sum_l ||W_l||_F^2, AL and
    Y (n_y, m); binary for n_y = 1, categorical otherwise. Returns a float.

    Parameters
    ----------
    AL : ndarray of shape (n_y, m)
        The network's output: sigmoid probabilities for ``n_y = 1``,
        softmax columns otherwise (``forward_propagation_deep``).
    Y : ndarray of shape (n_y, m)
        True labels: 0 or 1 for ``n_y = 1``, one-hot columns otherwise.
    parameters : dict of str to ndarray
        ``W1`` .. ``WL`` and ``b1`` .. ``bL``. Only the weights are
        penalized, never the biases.
    lambd : float
        Strength of the penalty, ``lambda`` in the lesson's equations
        (``lambda`` is a Python keyword). ``0`` gives the plain
        cross-entropy.

    Returns
    -------
    float
        The cost ``J``.

    Raises
    ------
    TypeError
        If ``parameters`` is not a dict, ``AL``, ``Y`` or a parameter
        does not hold numbers, or ``lambd`` is not a number.
    ValueError
        If the parameters are not one L-layer network (as for
        ``forward_propagation_deep``), ``AL`` is not ``(n_y, m)`` with
        ``n_y`` the last layer's units or holds values outside [0, 1],
        ``Y`` is not ``(1, m)`` labels 0 or 1 for ``n_y = 1`` or
        one-hot ``(n_y, m)`` columns otherwise, or ``lambd`` is
        negative or not finite.

    Notes
    -----
    The cost is

    $$J = \\frac{1}{m} \\sum_{i=1}^{m} \\mathcal{L}^{(i)}
        + \\frac{\\lambda}{2m} \\sum_{l=1}^{L} \\lVert W^{[l]} \\rVert_F^2$$

    with ``compute_cost``'s binary cross-entropy for one output unit and
    ``compute_cost_softmax``'s categorical cross-entropy for more; each
    loss ``L^(i)`` is positive, the cost their average.
    ``||W||_F^2`` is the squared Frobenius norm, the sum of the squares
    of every entry. The ``1 / 2`` makes its gradient
    ``(lambd / m) * W_l``, what ``backward_propagation_deep(...,
    lambd=lambd)`` adds to ``dW_l``. The biases are left out: they do
    make the network more flexible, but each one shifts a single unit
    and is not multiplied by any input, so there are few of them, the
    data pins them down easily and they rarely overfit; penalizing them
    can make the network underfit. ``m`` is the number of examples in
    ``AL``, the mini-batch when training with mini-batches, so the
    penalty's weight ``lambd / (2 m)`` changes with the batch size: the
    smaller the batch, the heavier the same ``lambd`` weighs against the
    average loss, so a ``lambd`` chosen at one batch size does not carry
    over to another (Lesson 11, section 3).

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.regularization import compute_cost_with_l2
    >>> parameters = {"W1": np.array([[1.0, -2.0]]), "b1": np.array([[5.0]])}
    >>> AL = np.array([[0.5, 0.5, 0.5, 0.5]])           # m = 4
    >>> Y = np.array([[1.0, 0.0, 1.0, 0.0]])
    >>> round(compute_cost_with_l2(AL, Y, parameters, 0.0), 6)    # ln 2
    0.693147
    >>> round(compute_cost_with_l2(AL, Y, parameters, 0.8), 6)    # + 0.5
    1.193147
    """
    m, L = Y.shape[1], len(parameters) // 2
    if AL.shape[0] == 1:                 # one sigmoid unit: yes or no
        cross_entropy = compute_cost(AL, Y)
    else:                                # softmax: one class of n_y
        cross_entropy = compute_cost_softmax(AL, Y)
    # the squared Frobenius norm of every weight matrix, no bias
    squares = sum(np.sum(np.square(parameters[f"W{layer}"]))
                  for layer in range(1, L + 1))
    return cross_entropy + float(lambd / (2 * m) * squares)
# --8<-- [end:compute_cost_with_l2]
