"""Lesson 8's results, generated when the site builds.

The figures and the table of the Lesson 8 page come from here: the
optimizers' paths on a two-dimensional cost surface, the learning
curves of ``fit_nn`` on the Titanic data, and the four optimizers
compared on the same training and validation passengers. Each training
run happens once per process (``functools.cache``), so the figures and
the table share them. Matplotlib is never imported: the figure
functions only call methods of the figure they are given.

The figures are sized for a phone: 4.8 inches wide with text of 11
points, they shrink to a 360-pixel column with their text still at
about 11 pixels.
"""

# --8<-- [start:imports]
import functools
import time

import numpy as np

from snippets.data import load_titanic
from snippets.fitting import MOMENTUM_BETA, fit_nn
from snippets.optimizers import (
    initialize_adam,
    initialize_rmsprop,
    initialize_velocity,
    update_parameters_with_adam,
    update_parameters_with_momentum,
    update_parameters_with_rmsprop,
)

# --8<-- [end:imports]

# the Titanic comparison: fit_nn's settings of the issue, one learning
# rate per optimizer (Lesson 7's 0.5 for the two that step with dW itself)
N_H = 8
NUM_EPOCHS = 200
PATIENCE = 10
OPTIMIZERS = (("gd", 0.5), ("momentum", 0.5), ("rmsprop", 0.01),
              ("adam", 0.01))
NAMES = {"gd": "gradient descent", "momentum": "momentum",
         "rmsprop": "RMSprop", "adam": "Adam"}
# one colour per optimizer in every figure; C3 (red) marks best points
COLOURS = {"gd": "C0", "momentum": "C1", "rmsprop": "C2", "adam": "C4"}
# the learning curves run this many epochs without stopping
CURVE_EPOCHS = 100
CURVE_N_H = (N_H, 32)
# wall time: the fastest of this many identical runs
TIMING_REPEATS = 3

# the 2-D cost surface J(w) = (0.02 w_1^2 + 2 w_2^2) / 2: a long valley,
# a hundred times steeper across (w_2) than along it (w_1)
CURVATURE = np.array([0.02, 2.0])
START = np.array([-8.0, 2.0])
PATH_STEPS = 40
# optimizer and learning rate of each path. Gradient descent just under
# its limit 2 / 2 = 1 (the steep direction); momentum above that limit,
# which its own, 38 / 2 = 19 for beta = 0.9, allows; RMSprop (beta = 0.9,
# so that its first steps, uncorrected, are not 30 times too large) and
# Adam move each coordinate by about alpha per step
PATH_SETTINGS = (("gd", 0.9), ("momentum", 2.0), ("rmsprop", 0.2),
                 ("adam", 0.3))
# the path table's columns: the cost after this many steps
TABLE_STEPS = (PATH_STEPS // 2, PATH_STEPS)

# phone-sized figures: about 11 px text in a 360 px column
WIDTH = 4.8
FONT = 11


# --8<-- [start:titanic_split]
@functools.cache
def titanic_split():
    """Return Lesson 8's three-way split in the course's layout, read-only.

    Returns
    -------
    dict of str to ndarray
        ``"X"`` ``(n_x, m)``, ``"Y"`` ``(1, m)``, ``"X_val"``,
        ``"Y_val"``, ``"X_test"``, ``"Y_test"``: the arrays of
        ``load_titanic(validation_size=0.2)``, examples in columns.

    Examples
    --------
    >>> from snippets._site.lesson8 import titanic_split
    >>> split = titanic_split()
    >>> split["X"].shape, split["X_val"].shape, split["Y_test"].shape
    ((8, 785), (8, 262), (1, 262))
    """
    data = load_titanic(validation_size=0.2)
    arrays = {
        "X": data.X_train.T, "Y": data.y_train.reshape(1, -1),
        "X_val": data.X_val.T, "Y_val": data.y_val.reshape(1, -1),
        "X_test": data.X_test.T, "Y_test": data.y_test.reshape(1, -1),
    }
    for array in arrays.values():
        # shared by every caller of the cache: nobody may change them
        array.flags.writeable = False
    return arrays
# --8<-- [end:titanic_split]


# --8<-- [start:_fit]
def _fit(optimizer, learning_rate, *, n_h=N_H, num_epochs=NUM_EPOCHS,
         patience=PATIENCE):
    """``fit_nn`` on the Lesson 8 split with the page's settings."""
    split = titanic_split()
    return fit_nn(split["X"], split["Y"], n_h, X_val=split["X_val"],
                  Y_val=split["Y_val"], optimizer=optimizer,
                  learning_rate=learning_rate, num_epochs=num_epochs,
                  patience=patience)
# --8<-- [end:_fit]


# --8<-- [start:optimizer_run]
@functools.cache
def optimizer_run(optimizer):
    """Train the page's network with one optimizer, once per process.

    Parameters
    ----------
    optimizer : {"gd", "momentum", "rmsprop", "adam"}
        Trained with its learning rate of ``OPTIMIZERS``, ``n_h = 8``,
        mini-batches of 64, at most 200 epochs and a patience of 10.

    Returns
    -------
    dict
        ``"learning_rate"``, ``"parameters"`` and ``"history"`` as
        ``fit_nn`` returns them, and ``"seconds"``: the wall time of
        the fastest of three identical runs. Cached and shared: treat
        it as read-only.

    Examples
    --------
    >>> from snippets._site.lesson8 import optimizer_run
    >>> history = optimizer_run("adam")["history"]
    >>> history["best_epoch"], len(history["val_cost"])
    (14, 25)
    """
    learning_rate = dict(OPTIMIZERS)[optimizer]
    seconds = []
    for _ in range(TIMING_REPEATS):
        start = time.perf_counter()
        parameters, history = _fit(optimizer, learning_rate)
        seconds.append(time.perf_counter() - start)
    return {"learning_rate": learning_rate, "parameters": parameters,
            "history": history, "seconds": min(seconds)}
# --8<-- [end:optimizer_run]


# --8<-- [start:chosen_optimizer]
def chosen_optimizer():
    """Return the optimizer whose run reached the lowest validation cost.

    Examples
    --------
    >>> from snippets._site.lesson8 import chosen_optimizer
    >>> print(chosen_optimizer())
    adam
    """
    def best_val_cost(optimizer):
        history = optimizer_run(optimizer)["history"]
        return history["val_cost"][history["best_epoch"]]

    return min((name for name, _ in OPTIMIZERS), key=best_val_cost)
# --8<-- [end:chosen_optimizer]


# --8<-- [start:curve_run]
@functools.cache
def curve_run(n_h):
    """Train Adam for 100 epochs without stopping, for the learning curves.

    The patience equals the number of epochs, so ``fit_nn`` never stops
    early; with the same seed, its first epochs are exactly those of the
    early-stopped run.

    Returns
    -------
    dict
        ``fit_nn``'s history: ``"train_cost"``, ``"val_cost"`` (100
        values each) and ``"best_epoch"``.

    Examples
    --------
    >>> from snippets._site.lesson8 import curve_run
    >>> len(curve_run(8)["val_cost"])
    100
    """
    _, history = _fit("adam", dict(OPTIMIZERS)["adam"], n_h=n_h,
                      num_epochs=CURVE_EPOCHS, patience=CURVE_EPOCHS)
    return history
# --8<-- [end:curve_run]


# --8<-- [start:stopped_run]
@functools.cache
def stopped_run(n_h):
    """Return the history of Adam with early stopping (patience 10).

    Examples
    --------
    >>> from snippets._site.lesson8 import stopped_run
    >>> stopped_run(8)["best_epoch"]
    14
    """
    if n_h == N_H:
        return optimizer_run("adam")["history"]
    _, history = _fit("adam", dict(OPTIMIZERS)["adam"], n_h=n_h)
    return history
# --8<-- [end:stopped_run]


# --8<-- [start:_milliseconds]
def _milliseconds(seconds):
    """Format a wall time rounded to 10 ms ("< 10 ms" below 5 ms)."""
    rounded = 10 * round(100 * seconds)
    return f"{rounded} ms" if rounded else "< 10 ms"
# --8<-- [end:_milliseconds]


# --8<-- [start:optimizer_table]
def optimizer_table():
    """Return a Markdown table comparing the four optimizers on Titanic.

    One row per optimizer (the chosen one, lowest validation cost, in
    bold), three columns so that it fits a phone: the optimizer and its
    learning rate; the best validation cost and the epoch it was reached
    (counted from 0, as in ``fit_nn``'s history); the number of epochs
    run and the wall time, rounded to 10 ms.

    Examples
    --------
    >>> from snippets._site.lesson8 import optimizer_table
    >>> print(optimizer_table().splitlines()[0])
    | Optimizer | Best validation cost | Epochs run, time |
    """
    chosen = chosen_optimizer()
    rows = []
    for optimizer, learning_rate in OPTIMIZERS:
        run = optimizer_run(optimizer)
        history = run["history"]
        best = history["best_epoch"]
        cells = (
            f"{NAMES[optimizer]}, $\\alpha = {learning_rate:g}$",
            f"{history['val_cost'][best]:.3f} at epoch {best}",
            f"{len(history['val_cost'])}, "
            f"{_milliseconds(run['seconds'])}",
        )
        if optimizer == chosen:
            cells = tuple(f"**{cell}**" for cell in cells)
        rows.append("| " + " | ".join(cells) + " |")
    header = ["| Optimizer | Best validation cost | Epochs run, time |",
              "|:---|---:|---:|"]
    return "\n".join(header + rows) + "\n"
# --8<-- [end:optimizer_table]


# --8<-- [start:plot_learning_curves]
def plot_learning_curves(fig):
    """Draw training and validation cost per epoch, and early stopping.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; two stacked axes are added, one per hidden
        layer size (8, the page's network, and 32), each with Adam's
        training and validation cost over 100 epochs.

    Returns
    -------
    None

    Notes
    -----
    A dot marks the lowest validation cost that early stopping (patience
    10) found, and a shaded band the 10 epochs of patience after it, at
    whose end ``fit_nn`` stopped and went back to the dot.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson8 import plot_learning_curves
    >>> fig = Figure()
    >>> plot_learning_curves(fig)
    >>> [ax.get_title() for ax in fig.axes]
    ['8 hidden units', '32 hidden units']
    """
    fig.set_size_inches(WIDTH, 5.6)
    axes = fig.subplots(2, 1, sharex=True)
    for ax, n_h in zip(axes, CURVE_N_H):
        history = curve_run(n_h)
        epochs = np.arange(len(history["val_cost"]))
        best = stopped_run(n_h)["best_epoch"]
        stop = len(stopped_run(n_h)["val_cost"]) - 1
        ax.axvspan(best, stop, color="C2", alpha=0.2, linewidth=0,
                   label="patience: 10 epochs")
        ax.plot(epochs, history["train_cost"], color="C0", linewidth=2,
                label="training cost")
        ax.plot(epochs, history["val_cost"], color="C1", linewidth=2,
                label="validation cost")
        ax.plot([best], [history["val_cost"][best]], "o", color="C3",
                markersize=7, label="kept: the best epoch")
        ax.set_title(f"{n_h} hidden units", fontsize=FONT)
        ax.set_ylabel("cost $J$", fontsize=FONT)
        ax.set_ylim(0.35, 0.6)
        ax.tick_params(labelsize=FONT)
        ax.grid(True)
    axes[0].legend(fontsize=FONT, loc="upper right")
    axes[-1].set_xlabel("epoch", fontsize=FONT)
    axes[-1].set_xlim(0, CURVE_EPOCHS - 1)
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_learning_curves]


# --8<-- [start:plot_optimizer_curves]
def plot_optimizer_curves(fig):
    """Draw each optimizer's validation cost per epoch on Titanic.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added with a line per optimizer,
        over the epochs ``fit_nn`` ran before stopping early, and a dot
        at each line's lowest point.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson8 import plot_optimizer_curves
    >>> fig = Figure()
    >>> plot_optimizer_curves(fig)
    >>> [line.get_label() for line in fig.axes[0].get_lines()][::2]
    ['gradient descent', 'momentum', 'RMSprop', 'Adam']
    """
    fig.set_size_inches(WIDTH, 3.4)
    ax = fig.subplots()
    for optimizer, _ in OPTIMIZERS:
        history = optimizer_run(optimizer)["history"]
        best = history["best_epoch"]
        colour = COLOURS[optimizer]
        ax.plot(history["val_cost"], color=colour, linewidth=2,
                label=NAMES[optimizer])
        ax.plot([best], [history["val_cost"][best]], "o", color=colour,
                markersize=6)
    ax.set_xlabel("epoch", fontsize=FONT)
    ax.set_ylabel("validation cost", fontsize=FONT)
    ax.set_ylim(0.47, 0.6)
    ax.tick_params(labelsize=FONT)
    ax.legend(fontsize=FONT, loc="upper right")
    ax.grid(True)
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_optimizer_curves]


# --8<-- [start:optimizer_path]
def optimizer_path(optimizer, learning_rate, *, steps=PATH_STEPS):
    """Return an optimizer's path on the long valley, start included.

    The cost is ``J(w) = (0.02 w_1**2 + 2 w_2**2) / 2``, a hundred
    times steeper across the valley than along it, so its gradient is
    ``(0.02 w_1, 2 w_2)``. The point ``w`` is stored as a parameter
    ``{"W1": w}`` and moved by the package's own update functions;
    gradient descent is momentum with ``beta = 0``.

    Returns
    -------
    ndarray of shape (steps + 1, 2)
        ``w`` before the first step and after each step.

    Examples
    --------
    >>> from snippets._site.lesson8 import optimizer_path
    >>> optimizer_path("gd", 0.9, steps=2).round(3).tolist()
    [[-8.0, 2.0], [-7.856, -1.6], [-7.715, 1.28]]
    """
    parameters = {"W1": START.copy()}
    v, s = initialize_velocity(parameters), initialize_rmsprop(parameters)
    v_adam, s_adam = initialize_adam(parameters)
    path = [parameters["W1"]]
    for t in range(1, steps + 1):
        grads = {"dW1": CURVATURE * parameters["W1"]}
        if optimizer == "gd":
            parameters, v = update_parameters_with_momentum(
                parameters, grads, v, 0.0, learning_rate)
        elif optimizer == "momentum":
            parameters, v = update_parameters_with_momentum(
                parameters, grads, v, MOMENTUM_BETA, learning_rate)
        elif optimizer == "rmsprop":
            parameters, s = update_parameters_with_rmsprop(
                parameters, grads, s, 0.9, learning_rate)
        else:
            parameters, v_adam, s_adam = update_parameters_with_adam(
                parameters, grads, v_adam, s_adam, t, learning_rate)
        path.append(parameters["W1"])
    return np.array(path)
# --8<-- [end:optimizer_path]


# --8<-- [start:path_cost]
def path_cost(path):
    """Return the cost ``J(w)`` at every point of a path, shape (steps + 1,).

    Examples
    --------
    >>> import numpy as np
    >>> from snippets._site.lesson8 import path_cost
    >>> path_cost(np.array([[-8.0, 2.0], [0.0, 0.0]])).round(2).tolist()
    [4.64, 0.0]
    """
    return (path**2 @ CURVATURE) / 2
# --8<-- [end:path_cost]


# --8<-- [start:path_table]
def path_table():
    """Return a Markdown table of the path figure's costs, and the start's.

    One row per path of ``PATH_SETTINGS``, the optimizer with its
    learning rate, then the cost ``J(w)`` after 20 and after 40 steps,
    computed from the same paths the figure draws; a line under the
    table gives the cost at the start, the same for all four.

    Examples
    --------
    >>> from snippets._site.lesson8 import path_table
    >>> print(path_table().splitlines()[0])
    | Optimizer | $J$ after 20 steps | $J$ after 40 steps |
    """
    header = "".join(f" | $J$ after {steps} steps" for steps in TABLE_STEPS)
    rows = [f"| Optimizer{header} |", "|:---|---:|---:|"]
    for optimizer, learning_rate in PATH_SETTINGS:
        cost = path_cost(optimizer_path(optimizer, learning_rate))
        cells = [f"{NAMES[optimizer]}, $\\alpha = {learning_rate:g}$"]
        cells += [f"{cost[steps]:.3f}" for steps in TABLE_STEPS]
        rows.append("| " + " | ".join(cells) + " |")
    start = path_cost(START[np.newaxis])[0]
    return ("\n".join(rows) + "\n\n"
            f"All four start at $w = ({START[0]:g}, {START[1]:g})$, "
            f"where $J = {start:.2f}$.\n")
# --8<-- [end:path_table]


# --8<-- [start:plot_optimizer_paths]
def plot_optimizer_paths(fig):
    """Draw the four optimizers' paths on a long, narrow valley.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; four axes are added, one per optimizer, each
        with the contour lines of the cost, the path of 40 steps from
        the same start, and a star at the minimum.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson8 import plot_optimizer_paths
    >>> fig = Figure()
    >>> plot_optimizer_paths(fig)
    >>> [ax.get_title() for ax in fig.axes]
    ['gradient descent', 'momentum', 'RMSprop', 'Adam']
    """
    fig.set_size_inches(WIDTH, 4.4)
    axes = fig.subplots(2, 2, sharex=True, sharey=True)
    w1, w2 = np.meshgrid(np.linspace(-9.0, 2.0, 89),
                         np.linspace(-2.5, 2.5, 41))
    cost = (CURVATURE[0] * w1**2 + CURVATURE[1] * w2**2) / 2
    for ax, (optimizer, learning_rate) in zip(axes.ravel(), PATH_SETTINGS):
        ax.contour(w1, w2, cost, levels=np.geomspace(0.03, 8.0, 6),
                   colors="0.5", linewidths=0.8)
        path = optimizer_path(optimizer, learning_rate)
        ax.plot(path[:, 0], path[:, 1], "o-", color=COLOURS[optimizer],
                linewidth=1.4, markersize=2.5, label=NAMES[optimizer])
        ax.plot([0.0], [0.0], "*", color="C3", markersize=10)
        ax.text(0.04, 0.05, f"$\\alpha = {learning_rate:g}$",
                transform=ax.transAxes, fontsize=FONT)
        ax.set_title(NAMES[optimizer], fontsize=FONT)
        ax.tick_params(labelsize=FONT)
    for ax in axes[1]:
        ax.set_xlabel("$w_1$", fontsize=FONT)
    for ax in axes[:, 0]:
        ax.set_ylabel("$w_2$", fontsize=FONT)
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_optimizer_paths]
