"""Optimizers: gradient descent with momentum, RMSprop and Adam.

Each optimizer keeps moving averages of the gradients, one array per
parameter under the gradient's key (``v["dW1"]``, ``s["db2"]``, ...),
starting at zero. Every function is pure: it returns new dicts and
leaves the ones passed in unchanged, so a training loop passes the
returned state on to the next step.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import guarded, state_init_inputs, step_inputs

# --8<-- [end:imports]


@guarded(state_init_inputs)
# --8<-- [start:initialize_velocity]
def initialize_velocity(parameters):
    """Return momentum's velocity ``v``: zeros shaped like each parameter.

    ``v["dW1"]`` has the shape and dtype of ``W1``, and so on for every
    key of ``parameters``.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1`` ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(n_y, n_h)``
        and ``b2`` ``(n_y, 1)``, as ``initialize_parameters_nn`` returns;
        any depth (``initialize_parameters_deep``) and any keys work.

    Returns
    -------
    dict of str to ndarray
        ``v["d" + key]``, zeros of the shape of ``parameters[key]``, in
        its floating dtype (float64 for integer parameters).

    Raises
    ------
    TypeError
        If ``parameters`` is not a dict or holds an array that is not
        numeric.
    ValueError
        If ``parameters`` is empty.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.optimizers import initialize_velocity
    >>> parameters = {"W1": np.ones((2, 3)), "b1": np.ones((2, 1))}
    >>> v = initialize_velocity(parameters)
    >>> {key: value.shape for key, value in v.items()}
    {'dW1': (2, 3), 'db1': (2, 1)}
    >>> v["db1"].T
    array([[0., 0.]])
    """
    return {"d" + key: np.zeros_like(W) for key, W in parameters.items()}
# --8<-- [end:initialize_velocity]


@guarded(step_inputs)
# --8<-- [start:update_parameters_with_momentum]
def update_parameters_with_momentum(parameters, grads, v, beta,
                                    learning_rate):
    """Take one gradient-descent step with momentum.

    For each parameter W: ``v = beta v + (1 - beta) dW``, a moving
    average of the gradients, then ``W = W - learning_rate v``. Returns
    new dicts; the ones passed in are left unchanged.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1``, ``b1``, ``W2``, ``b2``; any depth (``W1`` .. ``bL``) and
        in fact any keys work.
    grads : dict of str to ndarray
        ``dW1``, ``db1``, ``dW2``, ``db2``: one gradient per parameter,
        of its shape and under ``"d" + key``, as
        ``backward_propagation_nn`` or ``backward_propagation_deep``
        returns.
    v : dict of str to ndarray
        The velocity, keyed like ``grads``: ``initialize_velocity``'s
        zeros at the first step, then what the previous step returned.
    beta : float
        Share of the old velocity kept at each step, in [0, 1); 0.9
        averages over about the last 10 gradients. ``beta = 0`` is
        plain gradient descent.
    learning_rate : float
        Step size ``alpha``, a positive number.

    Returns
    -------
    parameters : dict of str to ndarray
        The parameters after the step, in their own dtype.
    v : dict of str to ndarray
        The new velocity, to pass to the next step.

    Raises
    ------
    TypeError
        If an argument has the wrong type (a dict that is not, an array
        that is not numeric, a number that is not real).
    ValueError
        If a key is missing or matches no parameter, a gradient or
        velocity has another shape than its parameter, ``beta`` is not
        in [0, 1) or ``learning_rate`` is not positive and finite.

    Notes
    -----
    ``v`` is an average, not a sum: gradients that flip sign from step
    to step, the zig-zag across a long valley, cancel in it, while a
    steady gradient is kept but never amplified (``v`` tends to ``dW``,
    the step to ``learning_rate * dW``, gradient descent's). Damping the
    zig-zag is what allows a much larger learning rate: along a
    direction of curvature ``lam`` the steps stay stable while
    ``learning_rate * lam < 2 (1 + beta) / (1 - beta)``, 38 for
    ``beta = 0.9``, where gradient descent needs ``< 2``. This is the
    form of the Deep Learning Specialization;
    ``torch.optim.SGD(momentum=beta)`` instead
    accumulates ``v = beta v + dW``, which is ``1 / (1 - beta)`` times
    larger, so its learning rate is ``(1 - beta)`` times this one.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.optimizers import (
    ...     initialize_velocity, update_parameters_with_momentum)
    >>> parameters = {"W1": np.array([[1.0, 2.0]]), "b1": np.zeros((1, 1))}
    >>> grads = {"dW1": np.array([[1.0, -1.0]]), "db1": np.array([[0.5]])}
    >>> v = initialize_velocity(parameters)
    >>> new, v = update_parameters_with_momentum(
    ...     parameters, grads, v, beta=0.9, learning_rate=0.1)
    >>> v["dW1"]                 # (1 - 0.9) dW: the average starts small
    array([[ 0.1, -0.1]])
    >>> new["W1"]
    array([[0.99, 2.01]])
    >>> parameters["W1"]         # the input is left unchanged
    array([[1., 2.]])
    """
    new_parameters, new_v = {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]              # dW1, db1, ...: b is like W
        v_dW = beta * v["d" + key] + (1 - beta) * dW
        new_parameters[key] = W - learning_rate * v_dW
        new_v["d" + key] = v_dW
    return new_parameters, new_v
# --8<-- [end:update_parameters_with_momentum]


@guarded(state_init_inputs)
# --8<-- [start:initialize_rmsprop]
def initialize_rmsprop(parameters):
    """Return RMSprop's average ``s`` of squared gradients: zeros.

    ``s["dW1"]`` has the shape and dtype of ``W1``, and so on for every
    key of ``parameters``.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1``, ``b1``, ``W2``, ``b2``; any depth (``W1`` .. ``bL``) and
        in fact any keys work.

    Returns
    -------
    dict of str to ndarray
        ``s["d" + key]``, zeros of the shape of ``parameters[key]``, in
        its floating dtype.

    Raises
    ------
    TypeError
        If ``parameters`` is not a dict or holds an array that is not
        numeric.
    ValueError
        If ``parameters`` is empty.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.optimizers import initialize_rmsprop
    >>> s = initialize_rmsprop({"W1": np.ones((1, 2), dtype=np.float32)})
    >>> s
    {'dW1': array([[0., 0.]], dtype=float32)}
    """
    return {"d" + key: np.zeros_like(W) for key, W in parameters.items()}
# --8<-- [end:initialize_rmsprop]


@guarded(step_inputs)
# --8<-- [start:update_parameters_with_rmsprop]
def update_parameters_with_rmsprop(parameters, grads, s, beta,
                                   learning_rate, epsilon=1e-8):
    """Take one RMSprop step: divide each gradient by its recent size.

    ``s`` is a moving average of the squared gradients. Returns new
    dicts; the ones passed in are left unchanged.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1``, ``b1``, ``W2``, ``b2``; any depth (``W1`` .. ``bL``) and
        in fact any keys work.
    grads : dict of str to ndarray
        ``dW1``, ``db1``, ``dW2``, ``db2``: one gradient per parameter,
        of its shape and under ``"d" + key``, as
        ``backward_propagation_nn`` or ``backward_propagation_deep``
        returns.
    s : dict of str to ndarray
        The average of squared gradients, keyed like ``grads``:
        ``initialize_rmsprop``'s zeros at the first step, then what
        the previous step returned.
    beta : float
        Share of the old average kept at each step, in [0, 1), such as
        0.9 or 0.999.
    learning_rate : float
        Step size ``alpha``, a positive number.
    epsilon : float, default 1e-8
        Added to ``sqrt(s)`` so that a zero gradient never divides by 0.

    Returns
    -------
    parameters : dict of str to ndarray
        The parameters after the step, in their own dtype.
    s : dict of str to ndarray
        The new average, to pass to the next step.

    Raises
    ------
    TypeError
        If an argument has the wrong type (a dict that is not, an array
        that is not numeric, a number that is not real).
    ValueError
        If a key is missing or matches no parameter, a gradient or
        average has another shape than its parameter, ``beta`` is not
        in [0, 1), or ``learning_rate`` or ``epsilon`` is not positive
        and finite.

    Notes
    -----
    Each weight gets its own step size: one whose gradient is usually
    large takes small steps, one whose gradient is usually small takes
    larger ones, so a single learning rate suits them all. This is the
    rule of ``torch.optim.RMSprop(lr, alpha=beta, eps=epsilon)`` (not
    centred, no momentum), which also adds ``epsilon`` after the square
    root. ``s`` starts at 0 and has no bias correction, so the first
    steps are larger than ``learning_rate``: the very first moves each
    weight by ``learning_rate / sqrt(1 - beta)``.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.optimizers import (
    ...     initialize_rmsprop, update_parameters_with_rmsprop)
    >>> parameters = {"W1": np.array([[1.0, 2.0]])}
    >>> grads = {"dW1": np.array([[4.0, -0.01]])}    # 400 times larger
    >>> s = initialize_rmsprop(parameters)
    >>> new, s = update_parameters_with_rmsprop(
    ...     parameters, grads, s, beta=0.99, learning_rate=0.01)
    >>> s["dW1"]                         # (1 - 0.99) dW**2
    array([[1.6e-01, 1.0e-06]])
    >>> (new["W1"] - parameters["W1"]).round(4)   # 0.01 / sqrt(0.01)
    array([[-0.1,  0.1]])
    """
    new_parameters, new_s = {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        s_dW = beta * s["d" + key] + (1 - beta) * dW**2
        step = learning_rate * dW / (np.sqrt(s_dW) + epsilon)
        new_parameters[key] = W - step
        new_s["d" + key] = s_dW
    return new_parameters, new_s
# --8<-- [end:update_parameters_with_rmsprop]


@guarded(state_init_inputs)
# --8<-- [start:initialize_adam]
def initialize_adam(parameters):
    """Return Adam's two moving averages ``v`` and ``s``, all zeros.

    ``v`` averages the gradients (as momentum), ``s`` their squares (as
    RMSprop); each array has its parameter's shape and dtype.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1``, ``b1``, ``W2``, ``b2``; any depth (``W1`` .. ``bL``) and
        in fact any keys work.

    Returns
    -------
    v, s : dict of str to ndarray
        Two separate dicts of zeros, keyed ``"d" + key``.

    Raises
    ------
    TypeError
        If ``parameters`` is not a dict or holds an array that is not
        numeric.
    ValueError
        If ``parameters`` is empty.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.optimizers import initialize_adam
    >>> v, s = initialize_adam({"W1": np.ones((1, 2)), "b1": np.ones((1, 1))})
    >>> v
    {'dW1': array([[0., 0.]]), 'db1': array([[0.]])}
    >>> s["dW1"] is v["dW1"]          # separate arrays
    False
    """
    v = {"d" + key: np.zeros_like(W) for key, W in parameters.items()}
    s = {"d" + key: np.zeros_like(W) for key, W in parameters.items()}
    return v, s
# --8<-- [end:initialize_adam]


@guarded(step_inputs)
# --8<-- [start:update_parameters_with_adam]
def update_parameters_with_adam(parameters, grads, v, s, t,
                                learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    """Take one Adam step: momentum and RMSprop, with bias correction.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1``, ``b1``, ``W2``, ``b2``; any depth (``W1`` .. ``bL``) and
        in fact any keys work.
    grads : dict of str to ndarray
        ``dW1``, ``db1``, ``dW2``, ``db2``: one gradient per parameter,
        of its shape and under ``"d" + key``, as
        ``backward_propagation_nn`` or ``backward_propagation_deep``
        returns.
    v, s : dict of str to ndarray
        The averages of the gradients and of their squares, keyed like
        ``grads``: ``initialize_adam``'s zeros at the first step, then
        what the previous step returned.
    t : int
        The number of this step, counting from 1 (not the epoch).
    learning_rate : float, default 0.01
        Step size ``alpha``, a positive number.
    beta1 : float, default 0.9
        Share of the old ``v`` kept at each step, in [0, 1).
    beta2 : float, default 0.999
        Share of the old ``s`` kept at each step, in [0, 1).
    epsilon : float, default 1e-8
        Added to ``sqrt(s_hat)`` so that a zero gradient never divides
        by 0.

    Returns
    -------
    parameters : dict of str to ndarray
        The parameters after the step, in their own dtype.
    v, s : dict of str to ndarray
        The new averages (before bias correction), to pass to the next
        step with ``t + 1``. These are new dicts: the ones passed in
        are left unchanged.

    Raises
    ------
    TypeError
        If an argument has the wrong type (a dict that is not, an array
        that is not numeric, a number that is not real, a ``t`` that is
        not an int).
    ValueError
        If a key is missing or matches no parameter, a gradient or
        average has another shape than its parameter, ``t`` is below 1,
        ``beta1`` or ``beta2`` is not in [0, 1), or ``learning_rate`` or
        ``epsilon`` is not positive and finite.

    Notes
    -----
    ``v`` averages the gradients, as momentum does, and ``s`` their
    squares, as RMSprop does. Both start at 0, so both are too small at
    first: after one step ``v`` is ``(1 - beta1) dW`` and ``s`` is
    ``(1 - beta2) dW**2``. ``s`` is the further off, so without the
    correction the first step would be too large, not too small:
    ``learning_rate * (1 - beta1) / sqrt(1 - beta2)``, with the defaults
    ``0.1 / sqrt(0.001)``, about 3.2 times ``learning_rate``. Dividing
    ``v`` by ``1 - beta1**t`` and ``s`` by ``1 - beta2**t`` undoes both,
    and the correction fades as ``t`` grows.
    The rule is that of ``torch.optim.Adam`` (``betas=(beta1, beta2)``,
    ``eps=epsilon``, no weight decay, no AMSGrad). The step of each
    weight is about ``learning_rate`` in size whatever the scale of its
    gradient.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.optimizers import (
    ...     initialize_adam, update_parameters_with_adam)
    >>> parameters = {"W1": np.array([[1.0, 2.0]])}
    >>> grads = {"dW1": np.array([[4.0, -0.01]])}    # 400 times larger
    >>> v, s = initialize_adam(parameters)
    >>> new, v, s = update_parameters_with_adam(parameters, grads, v, s, t=1)
    >>> v["dW1"]                       # stored without the correction
    array([[ 0.4  , -0.001]])
    >>> (new["W1"] - parameters["W1"]).round(6)   # both by learning_rate
    array([[-0.01,  0.01]])
    """
    new_parameters, new_v, new_s = {}, {}, {}
    for key, W in parameters.items():
        dW = grads["d" + key]
        v_dW = beta1 * v["d" + key] + (1 - beta1) * dW
        s_dW = beta2 * s["d" + key] + (1 - beta2) * dW**2
        v_hat = v_dW / (1 - beta1**t)       # both started at 0: correct
        s_hat = s_dW / (1 - beta2**t)
        step = learning_rate * v_hat / (np.sqrt(s_hat) + epsilon)
        new_parameters[key] = W - step
        new_v["d" + key], new_s["d" + key] = v_dW, s_dW
    return new_parameters, new_v, new_s
# --8<-- [end:update_parameters_with_adam]
