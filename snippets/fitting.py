"""Training done right: mini-batches, an optimizer and early stopping.

``fit_nn`` trains the course's network like ``train_nn``, but takes
one optimizer step per mini-batch and watches the cost on a validation
set after every epoch, keeping the parameters where it was lowest.
Shapes follow the course: ``X`` is ``(n_x, m)``, ``Y`` is ``(1, m)``
(a sigmoid output) or one-hot ``(n_y, m)`` (a softmax, Lesson 9). One
loop trains every depth (Lesson 10's ``forward_propagation_deep`` and
``backward_propagation_deep``), with L2 and dropout (Lesson 11).
"""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import epoch_inputs, fit_inputs, guarded
from snippets.deep import (
    backward_propagation_deep,
    forward_propagation_deep,
    initialize_parameters_deep,
)
from snippets.initialization import initialize_parameters_nn
from snippets.learning import compute_cost, update_parameters_nn
from snippets.minibatches import random_mini_batches
from snippets.multiclass import compute_cost_softmax
from snippets.optimizers import (
    initialize_adam,
    update_parameters_with_adam,
    update_parameters_with_momentum,
    update_parameters_with_rmsprop,
)

# --8<-- [end:imports]

# --8<-- [start:betas]
MOMENTUM_BETA = 0.9     # momentum averages about the last 10 gradients
RMSPROP_BETA = 0.999    # RMSprop, like Adam's beta2, about the last 1000
# --8<-- [end:betas]


@guarded(fit_inputs)
# --8<-- [start:fit_nn]
def fit_nn(X, Y, n_h, *, X_val, Y_val, optimizer="adam",
           learning_rate=0.01, mini_batch_size=64, num_epochs=100,
           patience=10, seed=0, hidden_activation="relu", lambd=0.0,
           keep_prob=1.0, decay_rate=0.0):
    """Train with mini-batches and an optimizer; stop early on validation.

    Each epoch takes one optimizer step per mini-batch of X (n_x, m),
    then records the cost on all of X and on all of X_val. After
    ``patience`` epochs without a lower validation cost it stops and
    returns the parameters of the best epoch. Y (1, m) trains a sigmoid
    output, one-hot Y (n_y, m) a softmax; n_h = (64, 32) two hidden layers.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Training inputs, one example per column (pass ``X_train.T`` for
        data with examples in rows).
    Y : ndarray of shape (1, m) or (n_y, m)
        Training labels: one row of 0s and 1s (pass
        ``y_train.reshape(1, -1)``) trains a sigmoid output with the
        binary cross-entropy (``compute_cost``); ``n_y >= 2`` one-hot
        rows (``one_hot(y_train, n_y)``) a softmax output with the
        categorical cross-entropy (``compute_cost_softmax``).
    n_h : int or tuple of int
        Hidden layers: an int is the size of the one hidden layer of
        Lessons 6-9, a tuple the sizes of several, first to last, such
        as ``(64, 32)``.
    X_val : ndarray of shape (n_x, m_val)
        Validation inputs, one example per column; ``m_val >= 1``.
    Y_val : ndarray of shape (1, m_val) or (n_y, m_val)
        Validation labels, encoded as ``Y`` (the same ``n_y`` rows).
    optimizer : {"gd", "momentum", "rmsprop", "adam"}, default "adam"
        The update of each step: plain gradient descent
        (``update_parameters_nn``), momentum with ``beta = 0.9``,
        RMSprop with ``beta = 0.999`` (``MOMENTUM_BETA`` and
        ``RMSPROP_BETA``), or Adam with its defaults ``beta1 = 0.9``,
        ``beta2 = 0.999``.
    learning_rate : float, default 0.01
        Step size ``alpha`` (``alpha0`` with ``decay_rate``). Adam moves
        each weight by about ``alpha`` per step and suits 0.01, and so
        does RMSprop, though its steps start larger: with no bias
        correction, about ``alpha / sqrt(1 - RMSPROP_BETA**t)`` at step
        ``t``. Plain gradient descent and momentum need a larger one on
        the Titanic data, such as 0.5.
    mini_batch_size : int, default 64
        Examples per mini-batch; ``m`` or more is batch gradient
        descent.
    num_epochs : int, default 100
        Largest number of passes over the training set.
    patience : int, default 10
        Number of epochs without a lower validation cost after which
        training stops.
    seed : int, default 0
        Seeds the initial weights, as ``seed + epoch`` each epoch's
        shuffle, and the dropout masks (one
        ``np.random.default_rng(seed)`` for the whole run, a new mask
        at every step): the same seed gives the same result. NumPy's
        global random state is not touched.
    hidden_activation : {"relu", "tanh"}, default "relu"
        Activation of the hidden layers.
    lambd : float, default 0.0
        Strength of the L2 penalty ``lambd / (2 m) * sum_l ||W_l||^2``
        (Lesson 11), through ``backward_propagation_deep(lambd=...)``,
        with ``m`` the examples of each mini-batch. 0 is none.
    keep_prob : float, default 1.0
        Inverted dropout on the hidden layers during the training steps
        (``forward_propagation_deep(keep_prob=...)``), in (0, 1]; 1 is
        no dropout. The recorded costs and the returned parameters'
        predictions never drop.
    decay_rate : float, default 0.0
        Learning-rate decay: epoch ``k`` (from 0) steps with
        ``learning_rate / (1 + decay_rate * k)``. 0 keeps the rate.

    Returns
    -------
    parameters : dict of str to ndarray
        ``W1``, ``b1`` .. ``WL``, ``bL`` of the epoch with the lowest
        validation cost, in ``X``'s float dtype (``L = 2`` for an int
        ``n_h``). Predict with ``predict_nn`` (sigmoid) or
        ``predict_softmax`` (softmax) for one hidden layer; for more,
        ``forward_propagation_deep(X, parameters, output=...)`` gives
        the probabilities, and ``np.argmax(AL, axis=0)`` the classes.
    history : dict
        ``"train_cost"`` and ``"val_cost"``: lists of floats, the cost
        on all of ``X`` and on all of ``X_val`` after each epoch run
        (``history["val_cost"][k]`` after epoch ``k``, counted from
        0); ``"best_epoch"``: the epoch whose parameters are returned,
        the first index of the lowest ``"val_cost"``. The costs are the
        plain cross-entropy, without the L2 penalty and without
        dropout, so runs with different ``lambd`` and ``keep_prob``
        compare.

    Raises
    ------
    TypeError
        If an array does not hold numbers, or ``n_h`` (or one of its
        sizes), a count, ``seed``, ``learning_rate``, ``lambd``,
        ``keep_prob`` or ``decay_rate`` has the wrong type.
    ValueError
        If a shape is not the course's (with a hint for transposed
        inputs or 1-D labels), ``Y_val`` has another number of rows
        (classes) than ``Y``, ``X_val`` has no example, an input holds
        NaN, a label is not in [0, 1] or a one-hot column is not one,
        a count or a hidden size is below 1, ``n_h`` is an empty tuple,
        ``seed`` is negative, ``learning_rate`` is not positive and
        finite, ``lambd`` or ``decay_rate`` is negative, ``keep_prob``
        is outside (0, 1], or ``optimizer`` or ``hidden_activation`` is
        unknown.

    Notes
    -----
    The training cost keeps falling as the network fits the training
    set ever more closely, including its noise; the validation cost,
    on examples never trained on, stops falling when that starts.
    Early stopping keeps the parameters from that point. The
    validation set has now chosen the parameters, so its cost is an
    optimistic estimate: report the test set's.

    The optimizer's state (the averages ``v`` and ``s`` and Adam's
    step count ``t``) carries over from one epoch to the next.

    The initial weights: an int ``n_h`` draws Lesson 6's
    ``initialize_parameters_nn(n_x, n_h, n_y, seed=seed)`` (standard
    deviation 0.01), so Lesson 8's results stay as published; a tuple
    draws He initialization, ``initialize_parameters_deep(
    [n_x, *n_h, n_y], seed=seed)`` (``sqrt(2 / n_{l-1})`` per layer),
    which keeps the signal's size through many ReLU layers (Lesson 10).
    ``n_h=(32,)`` is thus the one-hidden-layer network started with He.
    Every depth then trains with the same loop, on
    ``forward_propagation_deep`` and ``backward_propagation_deep``.

    Examples
    --------
    >>> from snippets.data import load_titanic
    >>> from snippets.fitting import fit_nn
    >>> data = load_titanic(validation_size=0.2)
    >>> parameters, history = fit_nn(
    ...     data.X_train.T, data.y_train.reshape(1, -1), 8,
    ...     X_val=data.X_val.T, Y_val=data.y_val.reshape(1, -1))
    >>> best = history["best_epoch"]
    >>> len(history["val_cost"]) - best - 1     # epochs of patience
    10
    >>> print(f"best epoch {best}: J_val {history['val_cost'][best]:.3f}")
    best epoch 14: J_val 0.483
    """
    n_x, n_y = X.shape[0], Y.shape[0]
    if isinstance(n_h, int):     # one hidden layer: Lesson 6's 0.01 draw
        parameters = initialize_parameters_nn(n_x, n_h, n_y, seed=seed,
                                              dtype=X.dtype)
    else:                        # a tuple of hidden layers: He per layer
        parameters = initialize_parameters_deep([n_x, *n_h, n_y],
                                                seed=seed, dtype=X.dtype)
    output = "sigmoid" if n_y == 1 else "softmax"   # one-hot Y: softmax
    cost = compute_cost if n_y == 1 else compute_cost_softmax
    v, s = initialize_adam(parameters)       # moving averages, all 0
    state = {"v": v, "s": s, "t": 0}
    rng = np.random.default_rng(seed)        # the dropout masks
    history = {"train_cost": [], "val_cost": [], "best_epoch": 0}
    for epoch in range(num_epochs):
        # a new shuffle each epoch, the same one for the same seed
        mini_batches = random_mini_batches(X, Y, mini_batch_size, seed + epoch)
        alpha = learning_rate / (1 + decay_rate * epoch)   # decay
        parameters, state = run_epoch(
            parameters, state, mini_batches, optimizer=optimizer,
            learning_rate=alpha, hidden_activation=hidden_activation,
            output=output, lambd=lambd, keep_prob=keep_prob, seed=rng)
        # the costs of the whole network: no dropout, no L2 penalty
        AL, _ = forward_propagation_deep(
            X, parameters, hidden_activation=hidden_activation, output=output)
        history["train_cost"].append(cost(AL, Y))
        AL_val, _ = forward_propagation_deep(
            X_val, parameters, hidden_activation=hidden_activation,
            output=output)
        history["val_cost"].append(cost(AL_val, Y_val))
        best = history["best_epoch"] = int(np.argmin(history["val_cost"]))
        if best == epoch:
            best_parameters = parameters     # the lowest J_val so far
        elif epoch - best >= patience:
            break              # `patience` epochs without a lower J_val
    return best_parameters, history
# --8<-- [end:fit_nn]


@guarded(epoch_inputs, covers_inner=False)
# --8<-- [start:run_epoch]
def run_epoch(parameters, state, mini_batches, *, optimizer,
              learning_rate, hidden_activation="relu", output="sigmoid",
              lambd=0.0, keep_prob=1.0, seed=None):
    """Take one optimizer step per mini-batch: one epoch of training.

    Returns the new parameters and optimizer state (v, s and the step
    count t); the ones passed in are left unchanged. Any depth: the
    network is W1, b1 .. WL, bL.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1``, ``b1`` .. ``WL``, ``bL`` (``L = 2`` for one hidden
        layer).
    state : dict
        The optimizer's state: ``"v"`` and ``"s"``, dicts keyed like
        the gradients (as ``initialize_adam`` returns them), and
        ``"t"``, the number of steps taken so far (0 at the start).
    mini_batches : list of (X_batch, Y_batch)
        As ``random_mini_batches`` returns: ``X_batch`` is
        ``(n_x, size)``, ``Y_batch`` ``(n_y, size)``.
    optimizer : {"gd", "momentum", "rmsprop", "adam"}
        The update of each step, as for ``fit_nn``.
    learning_rate : float
        Step size ``alpha``.
    hidden_activation : {"relu", "tanh"}, default "relu"
        Activation of the hidden layers.
    output : {"sigmoid", "softmax"}, default "sigmoid"
        The output layer, with its cross-entropy: a sigmoid for labels
        ``(1, size)``, a softmax for one-hot ``(n_y, size)``.
    lambd : float, default 0.0
        Strength of the L2 penalty, as for
        ``backward_propagation_deep``.
    keep_prob : float, default 1.0
        Inverted dropout on the hidden layers, as for
        ``forward_propagation_deep``; 1 is none.
    seed : None, int or numpy.random.Generator, default None
        Draws the dropout masks: ``np.random.default_rng(seed)`` once
        per call, so each step gets a new mask (``fit_nn`` passes one
        ``Generator`` for the whole run). Unused when ``keep_prob`` is
        1.

    Returns
    -------
    parameters : dict of str to ndarray
        The parameters after the last step.
    state : dict
        The new state, to pass to the next epoch; ``"t"`` has grown by
        the number of mini-batches. Plain gradient descent leaves
        ``"v"`` and ``"s"`` at their values, momentum ``"s"`` and
        RMSprop ``"v"``.

    Raises
    ------
    TypeError
        If ``state`` is not a dict, ``learning_rate``, ``lambd`` or
        ``keep_prob`` not a number, or ``seed`` not an int, a
        ``Generator`` or None.
    ValueError
        If ``state`` lacks ``"v"``, ``"s"`` or ``"t"`` or its ``"t"`` is
        not an int >= 0, ``optimizer``, ``hidden_activation`` or
        ``output`` is unknown, ``learning_rate`` is not positive and
        finite, ``lambd`` is negative or ``keep_prob`` outside (0, 1];
        bad arrays are reported by the function they reach, under its
        own name.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import initialize_parameters_nn
    >>> from snippets.fitting import run_epoch
    >>> from snippets.minibatches import random_mini_batches
    >>> from snippets.optimizers import initialize_adam
    >>> X = np.array([[-2.0, -1.0, 1.0, 2.0]])
    >>> Y = np.array([[0, 0, 1, 1]])
    >>> parameters = initialize_parameters_nn(1, 2, 1)
    >>> v, s = initialize_adam(parameters)
    >>> state = {"v": v, "s": s, "t": 0}
    >>> batches = random_mini_batches(X, Y, mini_batch_size=2)
    >>> parameters, state = run_epoch(parameters, state, batches,
    ...                               optimizer="adam", learning_rate=0.01)
    >>> state["t"]                            # one step per mini-batch
    2
    """
    v, s, t = state["v"], state["s"], state["t"]
    rng = np.random.default_rng(seed)        # dropout masks, if any
    for X_batch, Y_batch in mini_batches:
        AL, caches = forward_propagation_deep(
            X_batch, parameters, hidden_activation=hidden_activation,
            output=output, keep_prob=keep_prob, seed=rng)
        grads = backward_propagation_deep(
            parameters, caches, X_batch, Y_batch,
            hidden_activation=hidden_activation, output=output, lambd=lambd)
        t = t + 1                            # Adam counts steps from 1
        if optimizer == "adam":
            parameters, v, s = update_parameters_with_adam(
                parameters, grads, v, s, t, learning_rate)
        elif optimizer == "rmsprop":
            parameters, s = update_parameters_with_rmsprop(
                parameters, grads, s, RMSPROP_BETA, learning_rate)
        elif optimizer == "momentum":
            parameters, v = update_parameters_with_momentum(
                parameters, grads, v, MOMENTUM_BETA, learning_rate)
        else:                                # "gd"
            parameters = update_parameters_nn(parameters, grads, learning_rate)
    return parameters, {"v": v, "s": s, "t": t}
# --8<-- [end:run_epoch]
