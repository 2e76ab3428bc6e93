"""Lesson 11's measurements, generated when the site builds.

The dropout table and the search figure of the Lesson 11 page come from
here. The table: on the 1438
training digits of Lesson 9 (``X`` of shape ``(64, 1438)``), the hidden
layer of an untrained network ``64 -> 128 -> 10`` (ReLU, He weights
from ``initialize_parameters_deep`` with seed 0, softmax output) runs
with inverted dropout at several ``keep_prob``. For each it measures the
fraction of hidden outputs kept and the mean of what the output layer
receives, with the ``1 / keep_prob`` rescaling (what
``forward_propagation_deep`` does) and without it. Each measurement
runs once per process (``functools.cache``). The figure: 40 learning
rates drawn uniformly from 1e-4 to 1e-1 and 40 drawn on a log scale,
and how many land in each power of ten. Matplotlib is never imported:
the figure function only calls methods of the figure it is given, and
sizes it for a phone (4.4 inches wide, text of at least 10 points).

The experiments that train call ``fit_nn`` on Lesson 9's split of the
digits (``lesson9.split()``), kept small so the build stays fast:
overfitting on 100 training images (section 1), the remedies compared on
validation (section 5), learning-rate decay (section 6), a random search
over the learning rate and lambda for each of Lesson 8's optimizers on
300 images (section 7), and the winner's test accuracy, once (section
8). Each run happens once per process (``functools.cache``).
"""

# --8<-- [start:imports]
import functools

import numpy as np

from snippets._site.diagrams import INDIGO, ORANGE, TEAL
from snippets.data import load_digits
from snippets.deep import forward_propagation_deep, initialize_parameters_deep
from snippets.multiclass import one_hot

# --8<-- [end:imports]

# the measured network: 64 pixels, 128 ReLU units, 10 classes
LAYER_DIMS = (64, 128, 10)
SEED = 0
# the keep probabilities of the table, no dropout first
KEEP_PROBS = (1.0, 0.8, 0.5, 0.2)
# the search figure: how many draws, from which range (powers of ten)
DRAWS = 40
LOW, HIGH = -4, -1

# phone-sized figures: about 11 px text in a 358 px column
WIDTH = 4.4
FONT = 11
SMALL_FONT = 10


# --8<-- [start:dropout_statistics]
@functools.cache
def dropout_statistics(keep_prob):
    """Return what dropout does to the hidden layer, on the digits.

    A dict: ``"kept"``, the fraction of the hidden outputs kept (1.0
    without dropout); ``"mean"``, the mean of the hidden outputs before
    dropout; ``"inverted"``, the mean of what the output layer receives
    (``A * D / keep_prob``); ``"dropped_only"``, the mean of ``A * D``,
    dropout without the rescaling. The masks are drawn with seed 0.

    Examples
    --------
    >>> from snippets._site.lesson11 import dropout_statistics
    >>> sorted(dropout_statistics(0.5))
    ['dropped_only', 'inverted', 'kept', 'mean']
    """
    X = load_digits().X_train.T
    parameters = initialize_parameters_deep(LAYER_DIMS, seed=SEED)
    _, caches = forward_propagation_deep(
        X, parameters, output="softmax", keep_prob=keep_prob, seed=SEED)
    A = caches[0]["A"]                          # g(Z1), before dropout
    D = caches[0].get("D", np.ones(A.shape, dtype=bool))
    return {"kept": float(D.mean()), "mean": float(A.mean()),
            "inverted": float(caches[1]["A_prev"].mean()),
            "dropped_only": float((A * D).mean())}
# --8<-- [end:dropout_statistics]


# --8<-- [start:dropout_table]
def dropout_table():
    """Return a Markdown table: kept fraction and means per keep_prob.

    Examples
    --------
    >>> from snippets._site.lesson11 import dropout_table
    >>> print(dropout_table().splitlines()[0])
    | keep_prob | Kept | Mean, rescaled | Mean, not rescaled |
    """
    rows = ["| keep_prob | Kept | Mean, rescaled | Mean, not rescaled |",
            "|---:|---:|---:|---:|"]
    for keep_prob in KEEP_PROBS:
        stats = dropout_statistics(keep_prob)
        rows.append(f"| {keep_prob:.1f} | {stats['kept']:.1%} "
                    f"| {stats['inverted']:.3f} "
                    f"| {stats['dropped_only']:.3f} |")
    return "\n".join(rows) + "\n"
# --8<-- [end:dropout_table]


# --8<-- [start:search_draws]
@functools.cache
def search_draws():
    """Return 40 learning rates drawn uniformly, and 40 on a log scale.

    Both from 1e-4 to 1e-1, with ``np.random.default_rng(0)``: first
    ``rng.uniform(1e-4, 1e-1)``, then ``10 ** rng.uniform(-4, -1)``.

    Examples
    --------
    >>> from snippets._site.lesson11 import search_draws
    >>> [draws.shape for draws in search_draws()]
    [(40,), (40,)]
    """
    rng = np.random.default_rng(0)
    uniform = rng.uniform(10.0**LOW, 10.0**HIGH, size=DRAWS)
    log_scale = 10 ** rng.uniform(LOW, HIGH, size=DRAWS)
    for draws in (uniform, log_scale):
        draws.flags.writeable = False
    return uniform, log_scale
# --8<-- [end:search_draws]


# --8<-- [start:draws_per_decade]
def draws_per_decade(draws):
    """Return how many draws fall in each power of ten, 1e-4 to 1e-1.

    Examples
    --------
    >>> from snippets._site.lesson11 import draws_per_decade
    >>> draws_per_decade([2e-4, 5e-3, 6e-3, 0.05])
    (1, 2, 1)
    """
    edges = 10.0 ** np.arange(LOW, HIGH + 1)
    return tuple(int(n) for n in np.histogram(draws, bins=edges)[0])
# --8<-- [end:draws_per_decade]


# --8<-- [start:plot_search_draws]
def plot_search_draws(fig):
    """Draw the two searches' learning rates on a log axis.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added, the learning rate across on
        a log scale from 1e-4 to 1e-1, one row of ticks per way of
        drawing (uniform above, log scale below), and over each power of
        ten the number of draws that fell in it.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson11 import plot_search_draws
    >>> fig = Figure()
    >>> plot_search_draws(fig)
    >>> [label.get_text() for label in fig.axes[0].get_yticklabels()]
    ['log scale', 'uniform']
    """
    fig.set_size_inches(WIDTH, 2.6)
    ax = fig.subplots()
    rows = (("log scale", 0, INDIGO), ("uniform", 1, ORANGE))
    for (_, row, colour), draws in zip(rows, search_draws()[::-1]):
        ax.plot(draws, np.full(draws.shape, row), linestyle="none",
                marker="|", markersize=16, markeredgewidth=1.5,
                color=colour)
        for decade, count in enumerate(draws_per_decade(draws)):
            ax.text(10.0 ** (LOW + decade + 0.5), row + 0.3, str(count),
                    ha="center", va="bottom", fontsize=SMALL_FONT)
    ax.set_xscale("log")
    ax.set_xlim(10.0**LOW, 10.0**HIGH)
    ax.set_xticks(10.0 ** np.arange(LOW, HIGH + 1))
    ax.minorticks_off()
    ax.set_ylim(-0.5, 1.9)
    ax.set_yticks([0, 1], [name for name, _, _ in rows])
    ax.set_xlabel("learning rate $\\alpha$", fontsize=FONT)
    ax.tick_params(labelsize=SMALL_FONT)
    ax.grid(True, axis="x", linewidth=0.6)
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_search_draws]


# -- the experiments that train: sections 1, 5, 6, 7 and 8 -------------------
#
# All on Lesson 9's split of the digits (``lesson9.split()``: 1081
# training, 357 validation and 359 test images), small so that the build
# stays fast: the training images are a few per digit, the first ones of
# each digit in the training set. The validation images are all 357, and
# the test images are looked at once, in section 8.

# section 1: a wide network on a small training set overfits
SMALL_PER_DIGIT = 10          # 100 training images
WIDE = (256,)
OVERFIT = {"optimizer": "adam", "learning_rate": 0.01,
           "mini_batch_size": 64, "num_epochs": 150, "seed": 0}
# section 5: the remedies, each chosen on validation where it has a knob
EARLY_PATIENCE = 10
LAMBDS = (0.01, 0.1, 1.0)
DROPOUT_KEEP_PROBS = (0.8, 0.5)
MORE_PER_DIGIT = 30           # three times the data: 300 images
# section 6: learning-rate decay on the small-subset network
DECAY_RATE = 0.05
# section 7: the random search, on the 300 images of "more data"
SEARCH_HIDDEN = (64, 32)
SEARCH_DRAWS = 6              # per optimizer
SEARCH_EPOCHS = 60
SEARCH_PATIENCE = 10
OPTIMIZERS = ("gd", "momentum", "rmsprop", "adam")
# log10 of the learning rates each optimizer draws from, and of lambd
RATE_RANGES = {"gd": (-4, 0), "momentum": (-4, 0), "rmsprop": (-4, -1),
               "adam": (-4, -1)}
LAMBD_RANGE = (-3, 1)
OPTIMIZER_NAMES = {"gd": "gradient descent", "momentum": "momentum",
                   "rmsprop": "RMSprop", "adam": "Adam"}
OPTIMIZER_STYLES = {"gd": (ORANGE, "o"), "momentum": (TEAL, "s"),
                    "rmsprop": ("C3", "D"), "adam": (INDIGO, "^")}


# --8<-- [start:subset]
@functools.cache
def subset(per_digit):
    """Return (X, Y): the first ``per_digit`` training images of each digit.

    From ``lesson9.split()``'s training images, in their order; ``X`` is
    ``(64, 10 * per_digit)``, ``Y`` one-hot ``(10, 10 * per_digit)``.

    Examples
    --------
    >>> from snippets._site.lesson11 import subset
    >>> X, Y = subset(10)
    >>> X.shape, Y.sum(axis=1).tolist()
    ((64, 100), [10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0])
    """
    y = _split().y_train
    rows = np.sort(np.concatenate(
        [np.flatnonzero(y == k)[:per_digit] for k in range(10)]))
    X, Y = _split().X_train[rows].T, one_hot(y[rows], 10)
    for array in (X, Y):
        array.flags.writeable = False
    return X, Y
# --8<-- [end:subset]


def _split():
    from snippets._site import lesson9

    return lesson9.split()


def _validation():
    data = _split()
    return data.X_val.T, one_hot(data.y_val, 10)


# --8<-- [start:train]
@functools.cache
def train(per_digit=SMALL_PER_DIGIT, hidden=WIDE, **options):
    """Train once per process: ``fit_nn`` on ``subset(per_digit)``.

    ``fit_nn(X, Y, hidden, X_val=..., Y_val=..., **OVERFIT, **options)``
    with Lesson 9's 357 validation images; ``patience`` defaults to the
    number of epochs (no early stopping), and ``options`` may override
    any setting (``lambd``, ``keep_prob``, ``patience``, ...).

    Returns
    -------
    dict
        ``"parameters"`` (of the best validation epoch, as ``fit_nn``
        returns them), ``"history"``, ``"best_val_cost"``,
        ``"final_val_cost"`` (after the last epoch run),
        ``"val_accuracy"`` of the returned parameters and
        ``"weight_norm"``, the sum over the layers of
        ``||W_l||_F^2`` of the returned parameters.

    Examples
    --------
    >>> from snippets._site.lesson11 import train
    >>> run = train()
    >>> len(run["history"]["val_cost"])
    150
    """
    from snippets.fitting import fit_nn

    X, Y = subset(per_digit)
    X_val, Y_val = _validation()
    settings = {**OVERFIT, "patience": OVERFIT["num_epochs"], **options}
    parameters, history = fit_nn(X, Y, hidden, X_val=X_val, Y_val=Y_val,
                                 **settings)
    val_cost = history["val_cost"]
    return {
        "parameters": parameters, "history": history,
        "best_val_cost": val_cost[history["best_epoch"]],
        "final_val_cost": val_cost[-1],
        "val_accuracy": float(np.mean(
            _predict(parameters, X_val) == _split().y_val)),
        "weight_norm": float(sum(np.sum(value**2)
                                 for key, value in parameters.items()
                                 if key.startswith("W"))),
    }
# --8<-- [end:train]


def _predict(parameters, X):
    AL, _ = forward_propagation_deep(X, parameters, output="softmax")
    return np.argmax(AL, axis=0)


# --8<-- [start:overfit_paragraph]
def overfit_paragraph():
    """Return section 1's paragraph: the gap, in numbers.

    Examples
    --------
    >>> from snippets._site.lesson11 import overfit_paragraph
    >>> print(overfit_paragraph().split(",")[0])
    After 150 epochs the training cost is 0.0004
    """
    run = train()
    history = run["history"]
    best, epochs = history["best_epoch"], len(history["val_cost"])
    return (
        f"After {epochs} epochs the training cost is "
        f"{history['train_cost'][-1]:.4f}, the 100 training images "
        f"learned almost perfectly, and the validation cost is "
        f"{run['final_val_cost']:.3f}. It was lowest, "
        f"{run['best_val_cost']:.3f}, at epoch {best} (counted from "
        f"0): after that the network went on learning its 100 images and "
        f"got worse on new ones. The network has "
        f"{_size(run['parameters']):,} parameters, "
        f"{_size(run['parameters']) // 100:,} per training image.\n"
    )
# --8<-- [end:overfit_paragraph]


def _size(parameters):
    return sum(value.size for value in parameters.values())


# --8<-- [start:plot_learning_curves]
def plot_learning_curves(fig):
    """Draw section 1's training and validation costs against the epoch.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added, the epoch across and the
        cost up on a log scale: the training cost (orange) and the
        validation cost (indigo) of the wide network on 100 images,
        and a dotted vertical line at the best validation epoch.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson11 import plot_learning_curves
    >>> fig = Figure()
    >>> plot_learning_curves(fig)
    >>> [line.get_label() for line in fig.axes[0].get_lines()][:2]
    ['training', 'validation']
    """
    history = train()["history"]
    epochs = np.arange(len(history["val_cost"]))
    fig.set_size_inches(WIDTH, 3.0)
    ax = fig.subplots()
    ax.plot(epochs, history["train_cost"], color=ORANGE, label="training")
    ax.plot(epochs, history["val_cost"], color=INDIGO, label="validation")
    ax.axvline(history["best_epoch"], color=INDIGO, linestyle=":",
               linewidth=1.2, label="best validation epoch")
    ax.set_yscale("log")
    # explicit ticks: none outside the view (a phone cuts nothing off)
    ax.set_ylim(1e-4, 5)
    ax.set_yticks([1e-4, 1e-3, 1e-2, 1e-1, 1])
    ax.minorticks_off()
    ax.set_xlim(0, epochs[-1])
    ax.set_xticks(np.arange(0, epochs[-1] + 1, 25))
    ax.set_xlabel("epoch", fontsize=FONT)
    ax.set_ylabel("cost", fontsize=FONT)
    ax.tick_params(labelsize=SMALL_FONT)
    ax.legend(fontsize=SMALL_FONT, frameon=False)
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_learning_curves]


# --8<-- [start:remedies]
def remedies():
    """Return {name: (run, setting)}: each remedy, chosen on validation.

    ``"none"``: section 1's run. ``"early stopping"``: the same with
    ``patience=EARLY_PATIENCE``. ``"L2"``: the ``lambd`` of ``LAMBDS``
    with the lowest final validation cost; ``"dropout"``: likewise the
    ``keep_prob`` of ``DROPOUT_KEEP_PROBS``. ``"more data"``: no
    remedy, ``MORE_PER_DIGIT`` images per digit instead of 10. The
    setting is a short text for the table.

    Examples
    --------
    >>> from snippets._site.lesson11 import remedies
    >>> list(remedies())
    ['none', 'early stopping', 'L2', 'dropout', 'more data']
    """
    l2 = min(LAMBDS, key=lambda lambd: train(lambd=lambd)["final_val_cost"])
    keep = min(DROPOUT_KEEP_PROBS,
               key=lambda p: train(keep_prob=p)["final_val_cost"])
    return {
        "none": (train(), "100 images"),
        "early stopping": (train(patience=EARLY_PATIENCE),
                           f"patience {EARLY_PATIENCE}"),
        "L2": (train(lambd=l2), f"λ = {l2:g}"),
        "dropout": (train(keep_prob=keep), f"keep_prob {keep:g}"),
        "more data": (train(per_digit=MORE_PER_DIGIT),
                      f"{10 * MORE_PER_DIGIT} images"),
    }
# --8<-- [end:remedies]


def _result_epoch(name, run):
    """The epoch whose parameters the remedy leaves: the last one, or
    for early stopping the best one (it returns those)."""
    history = run["history"]
    if name == "early stopping":
        return history["best_epoch"]
    return len(history["val_cost"]) - 1


def _result_cost(name, run, cost="val_cost"):
    """The cost (``"val_cost"`` or ``"train_cost"``) of what the remedy
    leaves, at ``_result_epoch``."""
    return run["history"][cost][_result_epoch(name, run)]


# --8<-- [start:remedies_table]
def remedies_table():
    """Return a Markdown table: the remedies, training against validation.

    One row per remedy: its setting, the training and the validation
    cost it ends with (the last epoch's; early stopping's are those of
    the epoch it returns), the lowest validation cost of the run (and
    its epoch), and the weights' size ``sum_l ||W_l||^2`` at that epoch.
    The training cost is the plain cross-entropy on the training images,
    without dropout or penalty (as ``fit_nn`` records it), so the first
    two numbers of a row show the gap.

    Examples
    --------
    >>> from snippets._site.lesson11 import remedies_table
    >>> header = remedies_table().splitlines()[0]
    >>> header.split(" | ")[1:3]
    ['J_train at the end', 'J_val at the end']
    """
    rows = ["| Remedy | J_train at the end | J_val at the end "
            "| Lowest J_val (epoch) | Σ‖W‖² |",
            "|:---|---:|---:|---:|---:|"]
    for name, (run, setting) in remedies().items():
        rows.append(
            f"| {name}, {setting} "
            f"| {_result_cost(name, run, 'train_cost'):.4f} "
            f"| {_result_cost(name, run):.3f} "
            f"| {run['best_val_cost']:.3f} ({run['history']['best_epoch']})"
            f" | {run['weight_norm']:.0f} |")
    return "\n".join(rows) + "\n"
# --8<-- [end:remedies_table]


# --8<-- [start:remedies_paragraph]
def remedies_paragraph():
    """Return section 5's verdict, in numbers.

    Examples
    --------
    >>> from snippets._site.lesson11 import remedies_paragraph
    >>> print(remedies_paragraph().split(",")[0])
    Without a remedy the validation cost ends at 0.425
    """
    found = remedies()
    cost = {name: _result_cost(name, run)
            for name, (run, _) in found.items()}
    tools = ("early stopping", "L2", "dropout")
    best_tool = min(tools, key=cost.get)
    every = all(cost[name] < cost["none"] for name in cost if name != "none")
    data_wins = cost["more data"] < min(cost[name] for name in tools)
    return (
        f"Without a remedy the validation cost ends at "
        f"{cost['none']:.3f}, and "
        f"{'every remedy lowers it' if every else 'the remedies change it'}"
        f": early stopping to {cost['early stopping']:.3f}, L2 to "
        f"{cost['L2']:.3f}, dropout to {cost['dropout']:.3f}. Of the "
        f"three tools, **{best_tool}** does best here. Three times the "
        f"data ends at {cost['more data']:.3f}"
        + (": it beats them all, and more data is the best remedy when "
           "it can be had." if data_wins else ".")
        + f" L2 also shows what it does to the weights: Σ‖W‖² is "
        f"{found['L2'][0]['weight_norm']:.0f} with it, against "
        f"{found['none'][0]['weight_norm']:.0f} without.\n"
    )
# --8<-- [end:remedies_paragraph]


# --8<-- [start:plot_remedies]
def plot_remedies(fig):
    """Draw the validation cost of each remedy against the epoch.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added, the epoch across, the
        validation cost up (0 to 1.3), one line per remedy that trains
        all epochs (none, L2, dropout, more data) and a marker where
        early stopping stops and what it returns.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson11 import plot_remedies
    >>> fig = Figure()
    >>> plot_remedies(fig)
    >>> [line.get_label() for line in fig.axes[0].get_lines()][:2]
    ['none', 'L2']
    """
    found = remedies()
    fig.set_size_inches(WIDTH, 3.2)
    ax = fig.subplots()
    styles = {"none": (ORANGE, "-"), "L2": (TEAL, "-"),
              "dropout": ("C3", "--"), "more data": (INDIGO, "-")}
    for name, (colour, linestyle) in styles.items():
        val_cost = found[name][0]["history"]["val_cost"]
        ax.plot(np.arange(len(val_cost)), val_cost, color=colour,
                linestyle=linestyle, label=name)
    early = found["early stopping"][0]
    ax.plot([early["history"]["best_epoch"]], [early["best_val_cost"]],
            linestyle="none", marker="o", markersize=7, color=ORANGE,
            markerfacecolor="none", markeredgewidth=1.5,
            label="early stopping")
    ax.set_xlim(0, OVERFIT["num_epochs"] - 1)
    # the first epochs start higher: cut off; room for the legend on top
    ax.set_ylim(0, 1.3)
    ax.set_yticks(np.arange(0, 1.3, 0.2))
    ax.set_xticks(np.arange(0, OVERFIT["num_epochs"], 25))
    ax.set_xlabel("epoch", fontsize=FONT)
    ax.set_ylabel("validation cost", fontsize=FONT)
    ax.tick_params(labelsize=SMALL_FONT)
    ax.legend(fontsize=SMALL_FONT, frameon=False, ncols=2,
              loc="upper right")
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_remedies]


# --8<-- [start:decay_sentence]
def decay_sentence():
    """Return section 6's sentence: section 1's network with decay.

    Examples
    --------
    >>> from snippets._site.lesson11 import decay_sentence
    >>> print(decay_sentence().split(" ")[0])
    On
    """
    plain, decayed = train(), train(decay_rate=DECAY_RATE)
    last = OVERFIT["num_epochs"] - 1
    slower = decayed["final_val_cost"] < plain["final_val_cost"]
    return (
        f"On section 1's network, `decay_rate={DECAY_RATE:g}` (by epoch "
        f"{last} the rate is {1 / (1 + DECAY_RATE * last):.2f} of "
        f"$\\alpha_0$) moves the lowest validation cost from "
        f"{plain['best_val_cost']:.3f} to {decayed['best_val_cost']:.3f}"
        f", and the last one from {plain['final_val_cost']:.3f} to "
        f"{decayed['final_val_cost']:.3f}"
        + (": the smaller steps at the end overfit more slowly. "
           if slower else ". ")
        + "Decay is a setting to tune on validation, not a cure.\n"
    )
# --8<-- [end:decay_sentence]


# --8<-- [start:search]
@functools.cache
def search():
    """Run the random search once per process: every optimizer's draws.

    For each optimizer ``i`` of ``OPTIMIZERS``, ``SEARCH_DRAWS`` pairs
    from ``np.random.default_rng(i)``: ``learning_rate = 10 **
    rng.uniform(*RATE_RANGES[optimizer])``, then ``lambd = 10 **
    rng.uniform(*LAMBD_RANGE)``, each trained by ``fit_nn(X, Y, (64,
    32), optimizer=..., learning_rate=..., lambd=..., num_epochs=60,
    patience=10, seed=0)`` on ``subset(MORE_PER_DIGIT)`` (300 images),
    scored on the 357 validation images.

    Returns
    -------
    tuple of dict
        One per trial, in draw order: ``"optimizer"``,
        ``"learning_rate"``, ``"lambd"``, ``"parameters"``,
        ``"history"``, ``"val_cost"`` (the lowest), ``"val_accuracy"``
        of the returned parameters.

    Examples
    --------
    >>> from snippets._site.lesson11 import search
    >>> len(search())
    24
    """
    from snippets.fitting import fit_nn

    X, Y = subset(MORE_PER_DIGIT)
    X_val, Y_val = _validation()
    trials = []
    for index, optimizer in enumerate(OPTIMIZERS):
        rng = np.random.default_rng(index)
        for _ in range(SEARCH_DRAWS):
            learning_rate = 10 ** rng.uniform(*RATE_RANGES[optimizer])
            lambd = 10 ** rng.uniform(*LAMBD_RANGE)
            parameters, history = fit_nn(
                X, Y, SEARCH_HIDDEN, X_val=X_val, Y_val=Y_val,
                optimizer=optimizer, learning_rate=learning_rate,
                lambd=lambd, num_epochs=SEARCH_EPOCHS,
                patience=SEARCH_PATIENCE, seed=0)
            trials.append({
                "optimizer": optimizer, "learning_rate": learning_rate,
                "lambd": lambd, "parameters": parameters,
                "history": history,
                "val_cost": history["val_cost"][history["best_epoch"]],
                "val_accuracy": float(np.mean(
                    _predict(parameters, X_val) == _split().y_val)),
            })
    return tuple(trials)
# --8<-- [end:search]


# --8<-- [start:best_trials]
def best_trials():
    """Return {optimizer: its trial with the lowest validation cost}.

    Examples
    --------
    >>> from snippets._site.lesson11 import best_trials
    >>> list(best_trials())
    ['gd', 'momentum', 'rmsprop', 'adam']
    """
    best = {}
    for trial in search():
        name = trial["optimizer"]
        if name not in best or trial["val_cost"] < best[name]["val_cost"]:
            best[name] = trial
    return best
# --8<-- [end:best_trials]


# --8<-- [start:winner]
def winner():
    """Return the search's trial with the lowest validation cost.

    Examples
    --------
    >>> from snippets._site.lesson11 import best_trials, winner
    >>> winner() in best_trials().values()
    True
    """
    return min(search(), key=lambda trial: trial["val_cost"])
# --8<-- [end:winner]


# --8<-- [start:search_table]
def search_table():
    """Return a Markdown table: each optimizer's best trial, on validation.

    The winner (lowest validation cost of all) is in bold.

    Examples
    --------
    >>> from snippets._site.lesson11 import search_table
    >>> print(search_table().splitlines()[0])
    | Optimizer | α, λ | J_val | Val. accuracy |
    """
    rows = ["| Optimizer | α, λ | J_val | Val. accuracy |",
            "|:---|---:|---:|---:|"]
    top = winner()
    for name, trial in best_trials().items():
        bold = "**" if trial is top else ""
        rows.append(
            f"| {bold}{OPTIMIZER_NAMES[name]}{bold} "
            f"| {_short(trial['learning_rate'])}, {_short(trial['lambd'])} "
            f"| {bold}{trial['val_cost']:.3f}{bold} "
            f"| {100 * trial['val_accuracy']:.1f} % |")
    return "\n".join(rows) + "\n"
# --8<-- [end:search_table]


def _short(value):
    """Two significant figures, without an exponent for 1e-4 .. 100."""
    return f"{value:.2g}" if value >= 1e-3 else f"{value:.1e}"


# --8<-- [start:search_paragraph]
def search_paragraph():
    """Return section 7's verdict: the winner and the spread.

    Examples
    --------
    >>> from snippets._site.lesson11 import search_paragraph
    >>> search_paragraph().startswith("Each optimizer")
    True
    """
    best = best_trials()
    top = winner()
    ranked = sorted(best, key=lambda name: best[name]["val_cost"])
    worst = best[ranked[-1]]
    costs = [trial["val_cost"] for trial in search()]
    return (
        f"Each optimizer with its own best draw: "
        f"**{OPTIMIZER_NAMES[top['optimizer']]}** wins, with "
        f"α = {_short(top['learning_rate'])} and "
        f"λ = {_short(top['lambd'])}, at a validation cost of "
        f"{top['val_cost']:.3f}; the order is "
        + ", ".join(OPTIMIZER_NAMES[name] for name in ranked)
        + f", and the last is {worst['val_cost'] - top['val_cost']:.3f} "
        f"behind. Over all {len(costs)} trials the validation cost "
        f"ranges from {min(costs):.3f} to {max(costs):.3f}: the learning "
        f"rate matters far more than which of the four optimizers takes "
        f"the steps, so a comparison with one hand-set rate each says "
        f"little.\n"
    )
# --8<-- [end:search_paragraph]


# --8<-- [start:plot_search]
def plot_search(fig):
    """Draw every trial's validation cost against its learning rate.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added, the learning rate across
        and the validation cost up, both on log scales, one marker
        style and colour per optimizer, the winner circled.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson11 import plot_search
    >>> fig = Figure()
    >>> plot_search(fig)
    >>> len(fig.axes[0].get_lines())
    5
    """
    fig.set_size_inches(WIDTH, 3.4)
    ax = fig.subplots()
    for name in OPTIMIZERS:
        trials = [t for t in search() if t["optimizer"] == name]
        colour, marker = OPTIMIZER_STYLES[name]
        ax.plot([t["learning_rate"] for t in trials],
                [t["val_cost"] for t in trials], linestyle="none",
                marker=marker, markersize=6, color=colour,
                label=OPTIMIZER_NAMES[name])
    top = winner()
    ax.plot([top["learning_rate"]], [top["val_cost"]], linestyle="none",
            marker="o", markersize=14, markerfacecolor="none",
            markeredgewidth=1.2, color=OPTIMIZER_STYLES[top["optimizer"]][0],
            label="winner")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.minorticks_off()
    ax.set_xlim(10.0**-4.2, 10.0**0.2)
    ax.set_xticks(10.0 ** np.arange(-4, 1))
    ax.set_ylim(0.1, 4)
    ticks = (0.1, 0.2, 0.5, 1, 2)
    ax.set_yticks(ticks, [f"{tick:g}" for tick in ticks])
    ax.set_xlabel("learning rate $\\alpha$", fontsize=FONT)
    ax.set_ylabel("lowest validation cost", fontsize=FONT)
    ax.tick_params(labelsize=SMALL_FONT)
    fig.legend(fontsize=SMALL_FONT, frameon=False, ncols=3,
               loc="outside upper center")
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_search]


# --8<-- [start:once_paragraph]
def once_paragraph():
    """Return section 8: the winner on the test digits, once.

    Examples
    --------
    >>> from snippets._site.lesson11 import once_paragraph
    >>> once_paragraph().startswith("The winner of the search")
    True
    """
    from snippets._site import lesson9, lesson10
    from snippets.multiclass import compute_cost_softmax

    data = _split()
    top = winner()
    AL, _ = forward_propagation_deep(data.X_test.T, top["parameters"],
                                     output="softmax")
    accuracy = float(np.mean(np.argmax(AL, axis=0) == data.y_test))
    cost = compute_cost_softmax(AL, one_hot(data.y_test, 10))
    m_test = data.y_test.size
    error = np.sqrt(accuracy * (1 - accuracy) / m_test)
    right = int(round(accuracy * m_test))
    chosen = lesson10.depth_runs()[lesson10.chosen_depth()]
    lesson9_accuracy = lesson9.network_run()["test_accuracy"]
    return (
        f"The winner of the search, "
        f"{OPTIMIZER_NAMES[top['optimizer']]} with its parameters as "
        f"`fit_nn` returned them, meets the {m_test} test digits once: "
        f"{right} right, an accuracy of {100 * accuracy:.1f} % "
        f"(standard error {100 * error:.1f} points), and a test cost of "
        f"{cost:.3f}. It learned from 300 images. Lesson 9's network, "
        f"trained on all 1081, read {100 * lesson9_accuracy:.1f} % "
        f"of the same test digits, and Lesson 10's chosen network "
        f"{100 * chosen['test_accuracy']:.1f} %.\n"
    )
# --8<-- [end:once_paragraph]
