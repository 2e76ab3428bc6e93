"""Training done right: mini-batches, an optimizer and early stopping.

``fit_nn`` trains the course's network like ``train_nn``, but takes
one optimizer step per mini-batch and watches the cost on a validation
set after every epoch, keeping the parameters where it was lowest.
Shapes follow the course: ``X`` is ``(n_x, m)``, ``Y`` is ``(1, m)``.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import epoch_inputs, fit_inputs, guarded
from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn
from snippets.learning import (
    backward_propagation_nn,
    compute_cost,
    update_parameters_nn,
)
from snippets.minibatches import random_mini_batches
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
           patience=10, seed=0, hidden_activation="relu"):
    """Train with mini-batches and an optimizer; stop early on validation.

    Each epoch takes one optimizer step per mini-batch of X (n_x, m),
    then records the cost on all of X and on all of X_val. After
    ``patience`` epochs without a lower validation cost it stops and
    returns the parameters of the best epoch.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
        Training inputs, one example per column (pass ``X_train.T`` for
        data with examples in rows).
    Y : ndarray of shape (1, m)
        Training labels, 0 or 1 (pass ``y_train.reshape(1, -1)``).
    n_h : int
        Number of hidden units.
    X_val : ndarray of shape (n_x, m_val)
        Validation inputs, one example per column; ``m_val >= 1``.
    Y_val : ndarray of shape (1, m_val)
        Validation labels, 0 or 1.
    optimizer : {"gd", "momentum", "rmsprop", "adam"}, default "adam"
        The update of each step: plain gradient descent
        (``update_parameters_nn``), momentum with ``beta = 0.9``,
        RMSprop with ``beta = 0.999`` (``MOMENTUM_BETA`` and
        ``RMSPROP_BETA``), or Adam with its defaults ``beta1 = 0.9``,
        ``beta2 = 0.999``.
    learning_rate : float, default 0.01
        Step size ``alpha``. Adam and RMSprop move each weight by about
        ``alpha`` per step and suit 0.01; plain gradient descent and
        momentum need a larger one on the Titanic data, such as 0.5.
    mini_batch_size : int, default 64
        Examples per mini-batch; ``m`` or more is batch gradient
        descent.
    num_epochs : int, default 100
        Largest number of passes over the training set.
    patience : int, default 10
        Number of epochs without a lower validation cost after which
        training stops.
    seed : int, default 0
        Seeds the initial weights (``initialize_parameters_nn``) and,
        as ``seed + epoch``, each epoch's shuffle: the same seed gives
        the same result. NumPy's global random state is not touched.
    hidden_activation : {"relu", "tanh"}, default "relu"
        Activation of the hidden layer.

    Returns
    -------
    parameters : dict of str to ndarray
        ``W1``, ``b1``, ``W2``, ``b2`` of the epoch with the lowest
        validation cost, in ``X``'s float dtype.
    history : dict
        ``"train_cost"`` and ``"val_cost"``: lists of floats, the cost
        on all of ``X`` and on all of ``X_val`` after each epoch run
        (``history["val_cost"][k]`` after epoch ``k``, counted from
        0); ``"best_epoch"``: the epoch whose parameters are returned,
        the first index of the lowest ``"val_cost"``.

    Raises
    ------
    TypeError
        If an array does not hold numbers, or ``n_h``, a count,
        ``seed`` or ``learning_rate`` has the wrong type.
    ValueError
        If a shape is not the course's (with a hint for transposed
        inputs or 1-D labels), ``X_val`` has no example, an input holds
        NaN, a label is not in [0, 1], a count is below 1, ``seed`` is
        negative, ``learning_rate`` is not positive and finite, or
        ``optimizer`` or ``hidden_activation`` is unknown.

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
    parameters = initialize_parameters_nn(X.shape[0], n_h, 1, seed=seed,
                                          dtype=X.dtype)
    v, s = initialize_adam(parameters)       # moving averages, all 0
    state = {"v": v, "s": s, "t": 0}
    history = {"train_cost": [], "val_cost": [], "best_epoch": 0}
    for epoch in range(num_epochs):
        # a new shuffle each epoch, the same one for the same seed
        mini_batches = random_mini_batches(X, Y, mini_batch_size, seed + epoch)
        parameters, state = run_epoch(
            parameters, state, mini_batches, optimizer=optimizer,
            learning_rate=learning_rate, hidden_activation=hidden_activation)
        A2, _ = forward_propagation_nn(
            X, parameters, hidden_activation=hidden_activation)
        history["train_cost"].append(compute_cost(A2, Y))
        A2_val, _ = forward_propagation_nn(
            X_val, parameters, hidden_activation=hidden_activation)
        history["val_cost"].append(compute_cost(A2_val, Y_val))
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
              learning_rate, hidden_activation="relu"):
    """Take one optimizer step per mini-batch: one epoch of training.

    Returns the new parameters and optimizer state (v, s and the step
    count t); the ones passed in are left unchanged.

    Parameters
    ----------
    parameters : dict of str to ndarray
        ``W1``, ``b1``, ``W2``, ``b2``.
    state : dict
        The optimizer's state: ``"v"`` and ``"s"``, dicts keyed like
        the gradients (as ``initialize_adam`` returns them), and
        ``"t"``, the number of steps taken so far (0 at the start).
    mini_batches : list of (X_batch, Y_batch)
        As ``random_mini_batches`` returns: ``X_batch`` is
        ``(n_x, size)``, ``Y_batch`` ``(1, size)``.
    optimizer : {"gd", "momentum", "rmsprop", "adam"}
        The update of each step, as for ``fit_nn``.
    learning_rate : float
        Step size ``alpha``.
    hidden_activation : {"relu", "tanh"}, default "relu"
        Activation of the hidden layer.

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
        If ``state`` is not a dict or ``learning_rate`` not a number.
    ValueError
        If ``state`` lacks ``"v"``, ``"s"`` or ``"t"`` or its ``"t"`` is
        not an int >= 0, ``optimizer`` or ``hidden_activation`` is
        unknown, or ``learning_rate`` is not positive and finite; bad
        arrays are reported by the function they reach, under its own
        name.

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
    for X_batch, Y_batch in mini_batches:
        A2, cache = forward_propagation_nn(
            X_batch, parameters, hidden_activation=hidden_activation)
        grads = backward_propagation_nn(
            parameters, cache, X_batch, Y_batch,
            hidden_activation=hidden_activation)
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
