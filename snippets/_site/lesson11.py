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

The experiments that need training (overfitting on a small subset of
the digits, the remedies compared on validation, the random search over
the learning rate and lambda) are not here yet: they will call
``fit_nn`` once it trains deep networks with L2, dropout and
learning-rate decay (see the markers on the page).
"""

# --8<-- [start:imports]
import functools

import numpy as np

from snippets._site.diagrams import INDIGO, ORANGE
from snippets.data import load_digits
from snippets.deep import forward_propagation_deep, initialize_parameters_deep

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
