"""Deep networks: L layers, forward and backward in a loop (Lesson 10).

The network of Lessons 6-9 with any number of hidden layers:
``layer_dims = [n_x, n_1, ..., n_{L-1}, n_y]`` gives ``W1 .. WL`` and
``b1 .. bL``. Every hidden layer computes ``Z = W A_prev + b`` and
``A = g(Z)`` (ReLU or tanh), the output layer a sigmoid or a softmax.
Backpropagation starts from ``dZL = AL - Y``, as in the 2-layer network,
and walks the layers backwards. With ``L = 2`` these functions compute
exactly what ``forward_propagation_nn``, ``backward_propagation_nn`` and
their softmax twins compute. Lesson 11 adds the two remedies against
overfitting that live in these loops: inverted dropout on the hidden
layers (``keep_prob``) and the gradient of the L2 penalty (``lambd``).
"""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import (
    DEEP_FORWARD_NAN,
    backward_deep_inputs,
    forward_deep_inputs,
    guarded,
    init_deep_inputs,
)
from snippets.activations import relu, sigmoid, softmax, tanh

# --8<-- [end:imports]


@guarded(init_deep_inputs)
# --8<-- [start:initialize_parameters_deep]
def initialize_parameters_deep(
    layer_dims, *, seed=0, scale="he", dtype=np.float64
):
    """Create random weights and zero biases for an L-layer network.

    layer_dims = [n_x, n_1, ..., n_y] (L + 1 sizes); W_l is
    (n_l, n_{l-1}) with standard deviation sqrt(2 / n_{l-1}) for "he",
    b_l zeros (n_l, 1).

    Parameters
    ----------
    layer_dims : sequence of int
        The size of every layer, input first: ``[n_x, n_1, ..., n_y]``.
        ``L = len(layer_dims) - 1`` layers get weights.
    seed : int, default 0
        Seed of a private ``np.random.default_rng``; NumPy's global
        random state is neither used nor changed.
    scale : {"he", "xavier"} or float, default "he"
        Standard deviation of each ``W_l``: ``"he"`` is
        ``sqrt(2 / n_{l-1})`` (for ReLU layers), ``"xavier"`` is
        ``sqrt(1 / n_{l-1})`` (for tanh layers; the fan-in scale of
        LeCun et al. 1998, which the Deep Learning Specialization calls
        Xavier), a float is used for every layer (Lesson 6's ``0.01``).
    dtype : float dtype, default np.float64
        Floating dtype of every array (e.g. ``np.float32``).

    Returns
    -------
    dict of str to ndarray
        ``"W1"`` .. ``"WL"``, ``W_l`` of shape ``(n_l, n_{l-1})``, and
        ``"b1"`` .. ``"bL"``, ``b_l`` zeros of shape ``(n_l, 1)``.

    Raises
    ------
    TypeError
        If ``layer_dims`` is not a list of integers, ``seed`` not an
        integer, ``scale`` neither a string nor a number, or ``dtype``
        not a floating dtype.
    ValueError
        If ``layer_dims`` holds fewer than 2 sizes or a size below 1,
        ``seed`` is negative, or ``scale`` is not ``"he"``,
        ``"xavier"`` or a finite number >= 0.

    Notes
    -----
    The weights are drawn in float64, layer by layer from ``W1`` on, and
    then cast to ``dtype``, so float32 parameters are the float64 ones
    rounded. He initialization keeps the mean square of the activations
    about constant from layer to layer through ReLU, which zeroes half
    of each ``Z`` (Lesson 10, section 8); ``"xavier"`` does the same for
    tanh, which is close to the identity near 0. Glorot and Bengio's
    (2010) own Xavier initialization, PyTorch's ``xavier_normal_``, has
    variance ``2 / (n_{l-1} + n_l)``, the mean of fan-in and fan-out;
    the two agree when a layer has as many units as inputs.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import initialize_parameters_deep
    >>> parameters = initialize_parameters_deep([64, 32, 16, 10])
    >>> {key: value.shape for key, value in parameters.items()}
    {'W1': (32, 64), 'b1': (32, 1), 'W2': (16, 32), 'b2': (16, 1),
     'W3': (10, 16), 'b3': (10, 1)}
    >>> print(round(float(parameters["W1"].std()), 3), np.sqrt(2 / 64))
    0.177 0.1767766952966369
    """
    rng = np.random.default_rng(seed)
    parameters = {}
    for layer in range(1, len(layer_dims)):
        n, n_prev = layer_dims[layer], layer_dims[layer - 1]
        if isinstance(scale, str):   # "he": 2 / n_prev, "xavier": 1 / n_prev
            std = np.sqrt({"he": 2, "xavier": 1}[scale] / n_prev)
        else:
            std = scale
        W = rng.standard_normal((n, n_prev)) * std
        parameters[f"W{layer}"] = W.astype(dtype)            # (n_l, n_{l-1})
        parameters[f"b{layer}"] = np.zeros((n, 1), dtype=dtype)  # (n_l, 1)
    return parameters
# --8<-- [end:initialize_parameters_deep]


@guarded(forward_deep_inputs, after=DEEP_FORWARD_NAN)
# --8<-- [start:forward_propagation_deep]
def forward_propagation_deep(
    X, parameters, *, hidden_activation="relu", output="sigmoid",
    keep_prob=1.0, seed=None,
):
    """Run an L-layer network on every column of X (n_x, m).

    Returns AL (n_y, m) and caches, a list of L dicts: caches[l - 1]
    holds layer l's input A_prev (n_{l-1}, m), its Z and its A (n_l, m);
    with keep_prob < 1 also the dropout mask D (n_l, m) of a hidden layer.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Input data, one example per column.
    parameters : dict of str to ndarray
        ``W1`` .. ``WL`` and ``b1`` .. ``bL``, as
        ``initialize_parameters_deep`` returns; ``L`` is
        ``len(parameters) // 2``.
    hidden_activation : {"relu", "tanh"}, default "relu"
        Activation ``g`` of layers ``1 .. L-1``.
    output : {"sigmoid", "softmax"}, default "sigmoid"
        Activation of layer ``L``: a sigmoid per unit (yes/no answers)
        or a softmax over the ``n_y`` units (one class of ``n_y``).
    keep_prob : float, default 1.0
        Inverted dropout (Lesson 11): each unit of each hidden layer is
        kept with probability ``keep_prob`` and its output divided by
        ``keep_prob``; the output layer is never dropped. ``1.0`` (the
        default, and always at prediction) is no dropout at all.
    seed : None, int or numpy.random.Generator, default None
        Seed of the private ``np.random.default_rng(seed)`` that draws
        the masks, only when ``keep_prob < 1``; a ``Generator`` is used
        as it is, so a training loop that passes its own generator gets
        new masks at every step, reproducibly. NumPy's global random
        state is neither used nor changed.

    Returns
    -------
    AL : ndarray of shape (n_y, m)
        The output layer's activations: probabilities.
    caches : list of dict
        ``caches[l - 1]`` is layer ``l``'s cache, with keys ``"A_prev"``
        (the layer's input, ``X`` for layer 1), ``"Z"`` and ``"A"``.
        Without dropout, ``caches[l]["A_prev"]`` is
        ``caches[l - 1]["A"]``, the same array, so nothing is stored
        twice. Backpropagation reads ``A_prev`` for ``dW_l``, the ``A``
        of layer ``l - 1`` for its slope ``g'`` (ReLU's is 1 where
        ``A > 0``, tanh's ``1 - A**2``), and the last ``A``; the
        weights it reads from ``parameters``. Nothing in the course
        reads ``Z``; it is kept for inspection. With ``keep_prob < 1``
        a hidden layer's cache also holds ``"D"``, its boolean mask
        ``(n_l, m)`` (True where the unit is kept), and
        ``"keep_prob"``; its ``"A"`` is ``g(Z)`` before dropout, and
        the next layer's ``"A_prev"`` is ``A * D / keep_prob``.

    Raises
    ------
    TypeError
        If ``parameters`` is not a dict, ``X`` or a parameter does not
        hold numbers, ``keep_prob`` is not a number, or ``seed`` is not
        None, an integer or a ``numpy.random.Generator``.
    ValueError
        If a layer is missing or extra (``W3`` without ``b3``), a
        weight's shape does not follow from the layer below (naming
        both), a bias is not a column, ``X``'s rows do not match
        ``W1`` (with a hint when it looks transposed),
        ``hidden_activation`` or ``output`` is unknown, ``keep_prob``
        is outside (0, 1], ``seed`` is negative, or the output holds
        NaN (traced to ``X``'s examples or to the parameters).

    Notes
    -----
    The computation runs in the dtype of ``X`` and the parameters: with
    float32 for both, every array is float32 (the masks are boolean).
    Dividing the kept outputs by ``keep_prob`` keeps the expectation of
    every unit's output what it is without dropout, so the next layer
    sees inputs of the same mean in training and at prediction; their
    mean square is ``1 / keep_prob`` times larger in training.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import (
    ...     forward_propagation_deep, initialize_parameters_deep)
    >>> parameters = initialize_parameters_deep([3, 4, 4, 2])    # L = 3
    >>> X = np.array([[1.0, -2.0],
    ...               [0.5,  0.0],
    ...               [3.0,  1.0]])             # n_x = 3 features, m = 2
    >>> AL, caches = forward_propagation_deep(X, parameters, output="softmax")
    >>> AL.round(4)
    array([[0.282 , 0.2999],
           [0.718 , 0.7001]])
    >>> [{key: a.shape for key, a in cache.items()} for cache in caches]
    [{'A_prev': (3, 2), 'Z': (4, 2), 'A': (4, 2)},
     {'A_prev': (4, 2), 'Z': (4, 2), 'A': (4, 2)},
     {'A_prev': (4, 2), 'Z': (2, 2), 'A': (2, 2)}]
    >>> AL, caches = forward_propagation_deep(     # with dropout
    ...     X, parameters, output="softmax", keep_prob=0.5, seed=0)
    >>> [sorted(cache) for cache in caches]
    [['A', 'A_prev', 'D', 'Z', 'keep_prob'],
     ['A', 'A_prev', 'D', 'Z', 'keep_prob'],
     ['A', 'A_prev', 'Z']]
    >>> caches[0]["D"]
    array([[False,  True],
           [ True,  True],
           [False, False],
           [False, False]])
    """
    g = {"relu": relu, "tanh": tanh}[hidden_activation]
    g_out = {"sigmoid": sigmoid, "softmax": softmax}[output]
    L = len(parameters) // 2
    # the masks' private generator, made only when there is dropout
    rng = np.random.default_rng(seed) if keep_prob < 1 else None
    A, caches = X, []
    for layer in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
        A = g(Z) if layer < L else g_out(Z)     # (n_l, m)
        cache = {"A_prev": A_prev, "Z": Z, "A": A}
        if layer < L and keep_prob < 1:         # hidden layers only
            D = rng.random(A.shape) < keep_prob  # keep with keep_prob
            cache.update(D=D, keep_prob=keep_prob)
            A = A * D / keep_prob   # same expectation as without dropout
        caches.append(cache)
    return A, caches
# --8<-- [end:forward_propagation_deep]


@guarded(backward_deep_inputs)
# --8<-- [start:backward_propagation_deep]
def backward_propagation_deep(
    parameters, caches, X, Y, *, hidden_activation="relu", output="sigmoid",
    lambd=0.0,
):
    """Compute dW1 .. dWL and db1 .. dbL, from layer L back to layer 1.

    dZL = AL - Y (sigmoid or softmax, each with its cross-entropy);
    then dA_{l-1} = W_l^T dZ_l and dZ_{l-1} = dA_{l-1} * g'(Z_{l-1}).
    L2 adds (lambd / m) W_l to dW_l; a dropout mask D_{l-1} in the caches
    multiplies dA_{l-1} by D_{l-1} / keep_prob.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1`` .. ``WL`` and ``b1`` .. ``bL``.
    caches : list of dict
        As returned by ``forward_propagation_deep(X, parameters)``: one
        dict per layer with ``"A_prev"``, ``"Z"`` and ``"A"``.
    X : ndarray of shape (n_x, m)
        The inputs of that forward pass, one example per column.
    Y : ndarray of shape (n_y, m)
        True labels: 0 or 1 per unit for a sigmoid output, one-hot
        columns for a softmax output.
    hidden_activation : {"relu", "tanh"}, default "relu"
        The hidden activation the forward pass used.
    output : {"sigmoid", "softmax"}, default "sigmoid"
        The output the forward pass used. Both give ``dZL = AL - Y``
        with their own cost, so it only names the cost differentiated.
    lambd : float, default 0.0
        Strength of the L2 penalty ``lambd / (2 m) * sum_l ||W_l||^2``
        (``compute_cost_with_l2``): adds ``(lambd / m) * W_l`` to each
        ``dW_l``. The biases are not penalized.

    Returns
    -------
    dict of str to ndarray
        ``dW1`` .. ``dWL`` and ``db1`` .. ``dbL``, each of its
        parameter's shape, averaged over the ``m`` examples.

    Raises
    ------
    TypeError
        If ``parameters`` is not a dict, ``caches`` not a list of
        dicts, ``lambd`` not a number, or an array does not hold
        numbers.
    ValueError
        If the parameters are not one L-layer network (as for
        ``forward_propagation_deep``), ``X``'s rows do not match
        ``W1``, ``caches`` does not hold one cache per layer or a
        cache's arrays do not have the shapes these parameters and
        ``X`` give (naming the layer: caches of another network),
        ``Y`` is not ``(n_y, m)`` labels of the output's kind (one-hot
        for ``"softmax"``, 0 or 1 for ``"sigmoid"``), ``lambd`` is
        negative or not finite, a cache's ``keep_prob`` is outside
        (0, 1], or ``hidden_activation`` or ``output`` is unknown.

    Notes
    -----
    The costs are the binary cross-entropy summed over the output units
    (one unit: ``compute_cost``) for a sigmoid output and the
    categorical cross-entropy (``compute_cost_softmax``) for a softmax
    output, each averaged over the examples. ``X`` is the first layer's
    ``A_prev`` and is read from the cache; it is an argument so that
    the call reads like the 2-layer one. The computation runs in the
    dtype of the caches and ``Y``: pass ``Y`` in ``X``'s dtype.

    Dropout needs no argument here: a hidden layer that was dropped has
    its mask ``"D"`` and ``"keep_prob"`` in its cache, and the error
    flows back through the kept units only, scaled by ``1 / keep_prob``
    as their outputs were. The gradients are those of the cost of the
    thinned network the forward pass drew.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import (backward_propagation_deep,
    ...     forward_propagation_deep, initialize_parameters_deep)
    >>> parameters = initialize_parameters_deep([3, 4, 4, 1])    # L = 3
    >>> X = np.array([[1.0, -2.0],
    ...               [0.5,  0.0],
    ...               [3.0,  1.0]])
    >>> Y = np.array([[1.0, 0.0]])
    >>> AL, caches = forward_propagation_deep(X, parameters)
    >>> grads = backward_propagation_deep(parameters, caches, X, Y)
    >>> {key: grad.shape for key, grad in grads.items()}
    {'dW3': (1, 4), 'db3': (1, 1), 'dW2': (4, 4), 'db2': (4, 1),
     'dW1': (4, 3), 'db1': (4, 1)}
    """
    L, m = len(caches), X.shape[1]
    grads = {}
    dZ = caches[L - 1]["A"] - Y               # dZL = AL - Y, either output
    for layer in range(L, 0, -1):             # l = L, L-1, ..., 1
        A_prev = caches[layer - 1]["A_prev"]  # layer l's input
        dW = dZ @ A_prev.T / m
        if lambd:                             # L2: + (lambd / m) W_l
            dW = dW + lambd / m * parameters[f"W{layer}"]
        grads[f"dW{layer}"] = dW
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if layer > 1:                         # back into layer l - 1
            below = caches[layer - 2]         # layer l - 1's cache
            dA_prev = parameters[f"W{layer}"].T @ dZ
            if "D" in below:                  # only the kept units, scaled
                dA_prev = dA_prev * below["D"] / below["keep_prob"]
            # g'(Z_{l-1}) from that layer's output A, before dropout
            if hidden_activation == "relu":
                dZ = dA_prev * (below["A"] > 0)     # 1 where Z > 0
            else:
                dZ = dA_prev * (1 - below["A"]**2)  # tanh' = 1 - tanh^2
    return grads
# --8<-- [end:backward_propagation_deep]
