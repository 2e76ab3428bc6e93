"""Lesson 11's measurements, generated when the site builds.

The dropout table of the Lesson 11 page comes from here: on the 1438
training digits of Lesson 9 (``X`` of shape ``(64, 1438)``), the hidden
layer of an untrained network ``64 -> 128 -> 10`` (ReLU, He weights
from ``initialize_parameters_deep`` with seed 0, softmax output) runs
with inverted dropout at several ``keep_prob``. For each it measures the
fraction of hidden outputs kept and the mean of what the output layer
receives, with the ``1 / keep_prob`` rescaling (what
``forward_propagation_deep`` does) and without it. Each measurement
runs once per process (``functools.cache``).

The experiments that need training (overfitting on a small subset of
the digits, the remedies compared on validation, the random search over
the learning rate and lambda) are not here yet: they will call
``fit_nn`` once it trains deep networks with L2, dropout and
learning-rate decay (see the markers on the page).
"""

# --8<-- [start:imports]
import functools

import numpy as np

from snippets.data import load_digits
from snippets.deep import forward_propagation_deep, initialize_parameters_deep

# --8<-- [end:imports]

# the measured network: 64 pixels, 128 ReLU units, 10 classes
LAYER_DIMS = (64, 128, 10)
SEED = 0
# the keep probabilities of the table, no dropout first
KEEP_PROBS = (1.0, 0.8, 0.5, 0.2)


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
