"""Lesson 7's results on the Titanic data, generated when the site builds.

The figure and the tables of the Lesson 7 page come from here: the
course's network (``n_h = 4`` ReLU units, ``train_nn``'s defaults)
against Lesson 4's logistic regression, trained on the same split of
:func:`snippets.data.load_titanic`, plus the effect of the number of
hidden units and of the learning rate. Each model is trained once per
process (``functools.cache``), so the figure and the tables share
their training runs. Matplotlib is never imported: the figure function
only calls methods of the figure it is given.
"""

# --8<-- [start:imports]
import functools

import numpy as np

from snippets.activations import sigmoid
from snippets.data import load_titanic
from snippets.forward import forward_propagation_nn
from snippets.learning import compute_cost
from snippets.logistic_regression import (
    accuracy,
    predict_logistic_regression,
    train_logistic_regression,
)
from snippets.training import predict_nn, train_nn

# --8<-- [end:imports]

# the course's network: train_nn's defaults with 4 hidden units
DEFAULT_N_H = 4
DEFAULT_LEARNING_RATE = 0.5
DEFAULT_NUM_ITERATIONS = 1000
# the figure needs a finer record than train_nn's default of every 100
COST_EVERY = 5


# --8<-- [start:titanic_columns]
@functools.cache
def titanic_columns():
    """Return the Titanic split in the course's layout, read-only.

    Returns
    -------
    tuple of ndarray
        ``X_train`` ``(n_x, m_train)``, ``Y_train`` ``(1, m_train)``,
        ``X_test`` ``(n_x, m_test)`` and ``Y_test`` ``(1, m_test)``:
        ``load_titanic()``'s arrays transposed, examples in columns.

    Examples
    --------
    >>> from snippets._site.results import titanic_columns
    >>> [array.shape for array in titanic_columns()]
    [(8, 1047), (1, 1047), (8, 262), (1, 262)]
    """
    data = load_titanic()
    arrays = (data.X_train.T, data.y_train.reshape(1, -1),
              data.X_test.T, data.y_test.reshape(1, -1))
    for array in arrays:
        # shared by every caller of the cache: nobody may change them
        array.flags.writeable = False
    return arrays
# --8<-- [end:titanic_columns]


# --8<-- [start:network_run]
def network_run(n_h=DEFAULT_N_H, learning_rate=DEFAULT_LEARNING_RATE):
    """Train the network on the Titanic training split, once per setting.

    Parameters
    ----------
    n_h : int, default 4
        Number of hidden (ReLU) units.
    learning_rate : float, default 0.5
        ``train_nn``'s learning rate; the other options are its
        defaults (1000 iterations, seed 2), except that the cost is
        recorded every 5 iterations for the figure.

    Returns
    -------
    dict
        ``"parameters"`` and ``"costs"`` as ``train_nn`` returns them
        (``costs[k]`` at iteration ``5 k``), ``"final_cost"`` (the
        training cost after the last update),
        ``"train_accuracy"`` and ``"test_accuracy"`` (floats in [0, 1]).
        The result is cached and shared: treat it as read-only.

    Examples
    --------
    >>> from snippets._site.results import network_run
    >>> run = network_run(n_h=1)
    >>> len(run["costs"]), round(run["final_cost"], 3)
    (200, 0.466)
    """
    # one cache key per setting, however it was spelled (4 or 4.0, ...)
    return _network_run(int(n_h), float(learning_rate))
# --8<-- [end:network_run]


# --8<-- [start:_network_run]
@functools.cache
def _network_run(n_h, learning_rate):
    """Train and evaluate one network; cached by ``network_run``."""
    X_train, Y_train, X_test, Y_test = titanic_columns()
    parameters, costs = train_nn(
        X_train, Y_train, n_h, num_iterations=DEFAULT_NUM_ITERATIONS,
        learning_rate=learning_rate, cost_every=COST_EVERY,
    )
    A2, _ = forward_propagation_nn(X_train, parameters)
    return {
        "parameters": parameters,
        "costs": costs,
        "final_cost": compute_cost(A2, Y_train),
        "train_accuracy": accuracy(predict_nn(parameters, X_train), Y_train),
        "test_accuracy": accuracy(predict_nn(parameters, X_test), Y_test),
    }
# --8<-- [end:_network_run]


# --8<-- [start:logistic_regression_run]
@functools.cache
def logistic_regression_run():
    """Train logistic regression on the Titanic split, once per process.

    Same iterations and learning rate as the network's defaults.

    Returns
    -------
    dict
        The keys of :func:`network_run`, for logistic regression.

    Examples
    --------
    >>> from snippets._site.results import logistic_regression_run
    >>> round(logistic_regression_run()["final_cost"], 3)
    0.466
    """
    X_train, Y_train, X_test, Y_test = titanic_columns()
    parameters, costs = train_logistic_regression(
        X_train, Y_train, num_iterations=DEFAULT_NUM_ITERATIONS,
        learning_rate=DEFAULT_LEARNING_RATE,
    )
    A = sigmoid(parameters["W"] @ X_train + parameters["b"])
    predict = predict_logistic_regression
    return {
        "parameters": parameters,
        "costs": costs,
        "final_cost": compute_cost(A, Y_train),
        "train_accuracy": accuracy(predict(parameters, X_train), Y_train),
        "test_accuracy": accuracy(predict(parameters, X_test), Y_test),
    }
# --8<-- [end:logistic_regression_run]


# --8<-- [start:plot_training_curve]
def plot_training_curve(fig):
    """Draw the course network's training cost against the iteration.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; two axes are added: all 1000 iterations, and a
        zoom on the first 150.

    Returns
    -------
    None

    Notes
    -----
    The cost is recorded every 5 iterations. Reference lines: ``ln 2``,
    the cost of answering 0.5 for everyone, where training starts; the
    cost of answering the training set's survival rate for everyone,
    the plateau the network crosses while its small initial weights
    grow; and the final cost of logistic regression on the same data.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.results import plot_training_curve
    >>> fig = Figure()
    >>> plot_training_curve(fig)
    >>> [ax.get_title() for ax in fig.axes]
    ['all 1000 iterations', 'the first 150 iterations']
    """
    _, Y_train, _, _ = titanic_columns()
    costs = np.array(network_run()["costs"])
    iterations = COST_EVERY * np.arange(len(costs))
    rate = float(Y_train.mean())
    references = [
        # cost, line style, colour, label
        (np.log(2), ":", "0.5", "answer 0.5 for everyone ($\\ln 2$)"),
        (-(rate * np.log(rate) + (1 - rate) * np.log(1 - rate)), "-.",
         "C2", f"answer the survival rate {100 * rate:.0f} % for everyone"),
        (logistic_regression_run()["final_cost"], "--", "C1",
         "logistic regression (Lesson 4), after training"),
    ]
    # one panel above the other, narrow: legible on a phone
    fig.set_size_inches(4.4, 6.4)
    axes = fig.subplots(2, 1)
    for ax, last, title in ((axes[0], DEFAULT_NUM_ITERATIONS,
                             f"all {DEFAULT_NUM_ITERATIONS} iterations"),
                            (axes[1], 150, "the first 150 iterations")):
        for cost, style, colour, label in references:
            ax.axhline(cost, linestyle=style, linewidth=1.2, color=colour,
                       zorder=1, label=label)
        shown = iterations <= last
        ax.plot(iterations[shown], costs[shown], linewidth=2.2, color="C0",
                zorder=2, label=f"network, $n_h = {DEFAULT_N_H}$ ReLU units")
        ax.set_title(title)
        ax.set_xlim(0, last)
        ax.set_xlabel("iteration")
        ax.set_ylabel("cost $J$ (training)")
        ax.grid(True)
    # under both panels, where it covers no curve
    fig.legend(*axes[0].get_legend_handles_labels(),
               loc="outside lower center")
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_training_curve]


# --8<-- [start:_percent]
def _percent(fraction):
    """Format a fraction in [0, 1] as a percentage with one decimal."""
    return f"{100 * fraction:.1f} %"
# --8<-- [end:_percent]


# --8<-- [start:accuracy_table]
def accuracy_table():
    """Return a Markdown table: network vs logistic regression on Titanic.

    Rows: always predicting "died" (the majority class), logistic
    regression, and the course's network; columns: the number of
    learned parameters, train and test accuracy, and the final
    training cost.

    Examples
    --------
    >>> from snippets._site.results import accuracy_table
    >>> print(accuracy_table().splitlines()[0])
    | Model | Parameters | Train accuracy | Test accuracy | Final cost |
    """
    X_train, Y_train, _, Y_test = titanic_columns()
    n_x = X_train.shape[0]
    network = network_run()
    logistic = logistic_regression_run()
    # the majority class: predict "died" (0) for every passenger
    baseline = (
        "Always predict *died*", "0",
        _percent(accuracy(0, Y_train)), _percent(accuracy(0, Y_test)),
        "–",
    )
    rows = [baseline]
    for name, run, size in (
        ("Logistic regression (no hidden layer)", logistic, n_x + 1),
        (f"Network, $n_h = {DEFAULT_N_H}$ ReLU units", network,
         DEFAULT_N_H * (n_x + 1) + DEFAULT_N_H + 1),
    ):
        rows.append((
            name, str(size), _percent(run["train_accuracy"]),
            _percent(run["test_accuracy"]), f"{run['final_cost']:.3f}",
        ))
    header = ("Model", "Parameters", "Train accuracy", "Test accuracy",
              "Final cost")
    return _markdown_table(header, rows, align="lrrrr")
# --8<-- [end:accuracy_table]


# --8<-- [start:hyperparameter_table]
def hyperparameter_table():
    """Return a Markdown table of the effect of ``n_h`` and the learning rate.

    Every row trains ``train_nn`` for 1000 iterations on the Titanic
    training split, changing one setting from the course's ``n_h = 4``,
    ``learning_rate = 0.5`` (the row in bold).

    Examples
    --------
    >>> from snippets._site.results import hyperparameter_table
    >>> print(hyperparameter_table().splitlines()[0])
    | $n_h$ | Learning rate | Train accuracy | Test accuracy | Final cost |
    """
    settings = [(1, 0.5), (DEFAULT_N_H, DEFAULT_LEARNING_RATE), (16, 0.5),
                (4, 0.01), (4, 10.0)]
    rows = []
    for n_h, learning_rate in settings:
        run = network_run(n_h, learning_rate)
        cells = (str(n_h), f"{learning_rate:g}",
                 _percent(run["train_accuracy"]),
                 _percent(run["test_accuracy"]), f"{run['final_cost']:.3f}")
        if (n_h, learning_rate) == (DEFAULT_N_H, DEFAULT_LEARNING_RATE):
            cells = tuple(f"**{cell}**" for cell in cells)
        rows.append(cells)
    header = ("$n_h$", "Learning rate", "Train accuracy", "Test accuracy",
              "Final cost")
    return _markdown_table(header, rows, align="rrrrr")
# --8<-- [end:hyperparameter_table]


# --8<-- [start:seed_spread]
SPREAD_SEEDS = range(6)


def seed_spread():
    """Return a sentence: test accuracy over seeds, for n_h = 4 and 16.

    The network's cost is not convex, so where training ends depends on
    the seed of the initial weights. Each width is trained from
    ``SPREAD_SEEDS`` with ``train_nn``'s other defaults.

    Examples
    --------
    >>> from snippets._site.results import seed_spread
    >>> print(seed_spread()[:46])
    Trained from the seeds 0 to 5, $n_h = 4$ ends
    """
    X_train, Y_train, X_test, Y_test = titanic_columns()
    parts = []
    for n_h in (DEFAULT_N_H, 16):
        scores = [
            accuracy(predict_nn(train_nn(X_train, Y_train, n_h,
                                         seed=seed)[0], X_test), Y_test)
            for seed in SPREAD_SEEDS
        ]
        parts.append(f"$n_h = {n_h}$ ends between {_percent(min(scores))}"
                     f" and {_percent(max(scores))}")
    return (f"Trained from the seeds {SPREAD_SEEDS[0]} to "
            f"{SPREAD_SEEDS[-1]}, {parts[0]} test accuracy, and "
            f"{parts[1]}.\n")
# --8<-- [end:seed_spread]


# --8<-- [start:_markdown_table]
def _markdown_table(header, rows, *, align):
    """Format a header and rows as a Markdown table ("l"/"r" per column)."""
    rule = {"l": ":---", "r": "---:"}
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(rule[a] for a in align) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
# --8<-- [end:_markdown_table]
