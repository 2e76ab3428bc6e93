"""Lesson 9's results, generated when the site builds.

The table and the figures of the Lesson 9 page come from here: sample
handwritten digits, the softmax network against multinomial logistic
regression on the test digits, the network's predictions, its confusion
matrix and the digits it gets wrong. The network is trained the way of
Lesson 8, by ``fit_nn`` (Adam, mini-batches, early stopping on a
validation set held out of the training images); the test digits are
the same as without the validation split. Each model is trained once
per process (``functools.cache``), so the table and the figures share
the runs. Matplotlib is never imported: the figure functions only call
methods of the figure they are given (and ``matplotlib.patches``,
imported inside the function that needs it).

The figures are sized for a phone: 4.6 inches wide with text of at least
10 points, they shrink to a 360-pixel column with their text still at
about 11 pixels. The digits are drawn dark on a white square, as on
paper, in both colour schemes; text takes the scheme's colour from
``rcParams``, and the two accents read on white and on dark slate.
"""

# --8<-- [start:imports]
import functools
import math

import numpy as np

from snippets._site.diagrams import INDIGO, ORANGE
from snippets.data import load_digits
from snippets.fitting import fit_nn
from snippets.multiclass import (
    one_hot,
    predict_softmax,
    predict_softmax_regression,
    train_softmax_regression,
)

# --8<-- [end:imports]

# the page's network: 64 pixels -> 32 ReLU units -> 10 softmax units,
# trained by fit_nn the way of Lesson 8 (issue 19's settings)
N_H = 32
N_CLASSES = 10
IMAGE_SIDE = 8
VALIDATION_SIZE = 0.2
FIT = {"optimizer": "adam", "learning_rate": 0.01, "mini_batch_size": 64,
       "num_epochs": 200, "patience": 10, "seed": 0}

# phone-sized figures: about 11 px text in a 360 px column
WIDTH = 4.6
FONT = 11
SMALL_FONT = 10
# the sample grid: the first few training images of each digit
SAMPLES_PER_DIGIT = 3
# the prediction grid: the first test digits, ten to a row
GRID_COLUMNS = 10
PREDICTION_ROWS = 6
# the misclassified grid: at most this many, six to a row
MISCLASSIFIED_COLUMNS = 6
MAX_MISCLASSIFIED = 18


# --8<-- [start:digits]
@functools.cache
def digits():
    """Return ``load_digits()``, its arrays read-only (shared by callers).

    Examples
    --------
    >>> from snippets._site.lesson9 import digits
    >>> digits().X_train.shape, digits().X_test.shape
    ((1438, 64), (359, 64))
    """
    data = load_digits()
    for array in data:
        # shared by every caller of the cache: nobody may change them
        array.flags.writeable = False
    return data
# --8<-- [end:digits]


# --8<-- [start:split]
@functools.cache
def split():
    """Return ``load_digits(validation_size=0.2)``, read-only (shared).

    The training images of :func:`digits` less a validation set; the
    test images are the same.

    Examples
    --------
    >>> from snippets._site.lesson9 import split
    >>> split().X_train.shape, split().X_val.shape, split().X_test.shape
    ((1081, 64), (357, 64), (359, 64))
    """
    data = load_digits(validation_size=VALIDATION_SIZE)
    for array in data:
        array.flags.writeable = False
    return data
# --8<-- [end:split]


# --8<-- [start:network_run]
@functools.cache
def network_run():
    """Train the page's softmax network once per process, with fit_nn.

    ``fit_nn(X, one_hot(y, 10), 32, X_val=..., Y_val=..., **FIT)``:
    Adam with learning rate 0.01, mini-batches of 64, at most 200
    epochs, stopped after 10 epochs without a lower validation cost, on
    the 1081 training images of :func:`split`; the parameters are those
    of the best validation epoch.

    Returns
    -------
    dict
        ``"parameters"``, ``"history"`` (``fit_nn``'s), ``"costs"``
        (its ``"train_cost"``), the predicted labels ``"train_pred"``,
        ``"val_pred"`` and ``"test_pred"`` ``(m,)``, and
        ``"train_accuracy"``, ``"val_accuracy"`` and
        ``"test_accuracy"`` (floats). Cached and shared: treat it as
        read-only.

    Examples
    --------
    >>> from snippets._site.lesson9 import network_run
    >>> run = network_run()
    >>> run["val_accuracy"] > 0.95, run["test_accuracy"] > 0.95
    (True, True)
    """
    data = split()
    parameters, history = fit_nn(
        data.X_train.T, one_hot(data.y_train, N_CLASSES), N_H,
        X_val=data.X_val.T, Y_val=one_hot(data.y_val, N_CLASSES), **FIT)
    run = _scores(data, parameters, history["train_cost"],
                  lambda X: predict_softmax(parameters, X))
    run["history"] = history
    return run
# --8<-- [end:network_run]


# --8<-- [start:regression_run]
@functools.cache
def regression_run():
    """Train multinomial logistic regression once per process.

    ``train_softmax_regression`` with its default arguments (3000
    iterations of batch gradient descent, learning rate 1), on the same
    1081 training digits as :func:`network_run`.

    Returns
    -------
    dict
        As :func:`network_run`, with ``"parameters"`` ``W`` and ``b``.

    Examples
    --------
    >>> from snippets._site.lesson9 import regression_run
    >>> regression_run()["train_accuracy"] > 0.99
    True
    """
    data = split()
    parameters, costs = train_softmax_regression(
        data.X_train.T, one_hot(data.y_train, N_CLASSES))
    return _scores(data, parameters, costs,
                   lambda X: predict_softmax_regression(parameters, X))
# --8<-- [end:regression_run]


def _scores(data, parameters, costs, predict):
    """A run's dict: its parameters, costs, predictions and accuracies."""
    run = {"parameters": parameters, "costs": costs}
    for part in ("train", "val", "test"):
        X, y = getattr(data, f"X_{part}"), getattr(data, f"y_{part}")
        run[f"{part}_pred"] = predict(X.T)
        run[f"{part}_accuracy"] = float(np.mean(run[f"{part}_pred"] == y))
    return run


# --8<-- [start:training_paragraph]
def training_paragraph():
    """Return section 7's paragraph on the fit_nn run, in words.

    Examples
    --------
    >>> from snippets._site.lesson9 import training_paragraph
    >>> print(training_paragraph().split(" epoch ")[0])
    Early stopping chose
    """
    run = network_run()
    history = run["history"]
    best, ran = history["best_epoch"], len(history["val_cost"])
    m_test = digits().y_test.size
    right = int(round(run["test_accuracy"] * m_test))
    return (
        f"Early stopping chose epoch {best}, counted from 0, where the "
        f"validation cost was lowest, {history['val_cost'][best]:.3f}; "
        f"the {ran - best - 1} epochs after it did not lower it, so "
        f"training stopped after {ran} of the at most "
        f"{FIT['num_epochs']} epochs. The network of that epoch reads "
        f"{_percent(run['val_accuracy'])} of the validation digits and "
        f"{_percent(run['train_accuracy'])} of its training digits "
        f"right. Only then, once, the test digits, which neither the "
        f"training nor the choice of the epoch saw: {right} of "
        f"{m_test} right, {_percent(run['test_accuracy'])}.\n"
    )
# --8<-- [end:training_paragraph]


# --8<-- [start:predictions_sentence]
def predictions_sentence():
    """Return the sentence under the prediction grid: how many are wrong.

    Examples
    --------
    >>> from snippets._site.lesson9 import predictions_sentence
    >>> predictions_sentence().strip().endswith(" wrong.")
    True
    """
    count = GRID_COLUMNS * PREDICTION_ROWS
    wrong = int(np.sum(network_run()["test_pred"][:count]
                       != digits().y_test[:count]))
    total = len(misclassified())
    if wrong == 0:
        head = f"All {count} are right"
    else:
        head = f"{wrong} of these {count} are wrong"
    return (f"{head}; of all {digits().y_test.size} test digits the "
            f"network gets {total} wrong.\n")
# --8<-- [end:predictions_sentence]


# --8<-- [start:confusion_matrix]
def confusion_matrix(y_true, y_pred, n_classes=N_CLASSES):
    """Count each (true, predicted) pair: C[k, j] = true k, predicted j.

    The product of the two one-hot matrices, ``Y_true @ Y_pred.T``:
    entry ``(k, j)`` sums, over the examples, 1 where the true label is
    ``k`` and the prediction ``j``.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets._site.lesson9 import confusion_matrix
    >>> confusion_matrix(np.array([0, 1, 1, 2]), np.array([0, 1, 2, 2]), 3)
    array([[1, 0, 0],
           [0, 1, 1],
           [0, 0, 1]])
    """
    counts = one_hot(y_true, n_classes) @ one_hot(y_pred, n_classes).T
    return counts.astype(np.int64)
# --8<-- [end:confusion_matrix]


# --8<-- [start:misclassified]
def misclassified():
    """Return the test rows the network gets wrong, in test order.

    Examples
    --------
    >>> from snippets._site.lesson9 import misclassified
    >>> len(misclassified()) < 18
    True
    """
    return np.flatnonzero(network_run()["test_pred"] != digits().y_test)
# --8<-- [end:misclassified]


def _parameter_count(parameters):
    return sum(value.size for value in parameters.values())


def _percent(fraction):
    """Format a fraction in [0, 1] as a percentage with one decimal."""
    return f"{100 * fraction:.1f} %"


# --8<-- [start:accuracy_table]
def accuracy_table():
    """Return a Markdown table: softmax network against logistic regression.

    One row per model, three columns so that it fits a phone: the model
    and its number of learned parameters, the test accuracy with the
    number of test digits it gets wrong, and the training accuracy.

    Examples
    --------
    >>> from snippets._site.lesson9 import accuracy_table
    >>> print(accuracy_table().splitlines()[0])
    | Model | Test accuracy | Train accuracy |
    """
    m_test = digits().y_test.size
    rows = []
    for name, run in (
        ("Multinomial logistic regression", regression_run()),
        (f"Network, {N_H} ReLU units", network_run()),
    ):
        wrong = round((1 - run["test_accuracy"]) * m_test)
        size = _parameter_count(run["parameters"])
        rows.append(
            f"| {name} ({size:,} parameters) "
            f"| {_percent(run['test_accuracy'])} ({wrong} wrong) "
            f"| {_percent(run['train_accuracy'])} |"
        )
    header = ["| Model | Test accuracy | Train accuracy |",
              "|:---|---:|---:|"]
    return "\n".join(header + rows) + "\n"
# --8<-- [end:accuracy_table]


# --8<-- [start:paired_comparison]
def paired_comparison():
    """Compare the two models image by image on the same test digits.

    Returns
    -------
    dict of str to int or float
        ``"both_right"``, ``"both_wrong"``, ``"network_only"`` (the
        network right, the regression wrong), ``"regression_only"``,
        and ``"p_value"``: McNemar's exact two-sided test, the chance
        that a fair coin, tossed once per disagreement, splits at least
        as unevenly as the two models did.

    Examples
    --------
    >>> from snippets._site.lesson9 import paired_comparison
    >>> result = paired_comparison()
    >>> sum(result[key] for key in ("both_right", "both_wrong",
    ...                             "network_only", "regression_only"))
    359
    """
    y_test = digits().y_test
    network = network_run()["test_pred"] == y_test
    regression = regression_run()["test_pred"] == y_test
    b = int(np.sum(network & ~regression))
    c = int(np.sum(~network & regression))
    n = b + c
    # exact binomial tail: P(at most min(b, c) heads in n fair tosses)
    tail = sum(math.comb(n, k) for k in range(min(b, c) + 1)) / 2**n
    return {
        "both_right": int(np.sum(network & regression)),
        "both_wrong": int(np.sum(~network & ~regression)),
        "network_only": b, "regression_only": c,
        "p_value": min(1.0, 2 * tail),
    }
# --8<-- [end:paired_comparison]


# --8<-- [start:comparison_paragraph]
def comparison_paragraph():
    """Return section 8's paragraph: the paired comparison, in words.

    Examples
    --------
    >>> from snippets._site.lesson9 import comparison_paragraph
    >>> print(comparison_paragraph().split(" on ")[0])
    The two models disagree
    """
    result = paired_comparison()
    b, c = result["network_only"], result["regression_only"]
    n, p_value = b + c, result["p_value"]
    m_test = digits().y_test.size
    verdict = (
        "a difference this size is common between two equally good "
        "models: it is well within the noise" if p_value >= 0.05 else
        "a split this uneven is rare between two equally good models: "
        "the difference is more than noise"
    )
    return (
        f"The two models disagree on {n} of the {m_test} test images: "
        f"the network alone is right on {b}, the regression alone on "
        f"{c}. On the other {m_test - n} they agree, both right on "
        f"{result['both_right']} and both wrong on "
        f"{result['both_wrong']}. If the two models were equally good, "
        f"each disagreement would fall either way like a fair coin. "
        f"**McNemar's test** asks how often {n} tosses of a fair coin "
        f"split at least as unevenly as {b} to {c}. The answer, "
        f"$p = {p_value:.2f}$, says that {verdict}.\n"
    )
# --8<-- [end:comparison_paragraph]


# --8<-- [start:_tiles]
def _tiles(fig, images, labels, *, columns, gap, marked=()):
    """Draw images (k, 64) as a grid of 8x8 tiles, a label above each.

    The whole grid is one image (NaN, transparent, between the tiles),
    laid out in whole pixel units on a single axes that fills ``fig``;
    the figure's height follows from its width. ``labels[i]`` may hold
    several lines or be empty; tiles whose index is in ``marked`` get
    a thick orange frame, the others a thin one.
    """
    from matplotlib.patches import Rectangle

    images = np.asarray(images).reshape(-1, IMAGE_SIDE, IMAGE_SIDE)
    rows = -(-len(images) // columns)
    width = columns * IMAGE_SIDE + (columns - 1) * gap + 2
    inch = WIDTH / width   # inches per pixel unit
    line = SMALL_FONT * 1.25 / 72 / inch   # a line of label, in units
    tops, y = [], 1
    for r in range(rows):
        row_labels = labels[r * columns:(r + 1) * columns]
        lines = max(label.count("\n") + 1 if label else 0
                    for label in row_labels)
        y += int(np.ceil(lines * line))   # room for the row's labels
        tops.append(y)
        y += IMAGE_SIDE + gap
    height = y - gap + 1
    fig.set_size_inches(WIDTH, height * inch)
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    canvas = np.full((height, width), np.nan)
    edge = ax.spines["left"].get_edgecolor()   # the style's axes colour
    for i, image in enumerate(images):
        r, c = divmod(i, columns)
        x, y = 1 + c * (IMAGE_SIDE + gap), tops[r]
        canvas[y:y + IMAGE_SIDE, x:x + IMAGE_SIDE] = image
        thick = i in marked
        ax.add_patch(Rectangle(
            (x, y), IMAGE_SIDE, IMAGE_SIDE, fill=False,
            edgecolor=ORANGE if thick else edge,
            linewidth=3.0 if thick else 0.5, zorder=3))
        if labels[i]:
            ax.text(x + IMAGE_SIDE / 2, y - 0.2, labels[i], ha="center",
                    va="bottom", fontsize=SMALL_FONT, linespacing=1.1)
    ax.imshow(canvas, cmap="gray_r", vmin=0.0, vmax=1.0,
              interpolation="none", extent=(0, width, height, 0))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.set_aspect("equal")
    ax.set_axis_off()
# --8<-- [end:_tiles]


# --8<-- [start:sample_rows]
def sample_rows():
    """Return the training rows the sample grid shows, row by row.

    The first ``SAMPLES_PER_DIGIT`` training images of each digit: row
    ``r`` of the grid holds the ``r``-th image of every digit, 0 to 9.

    Examples
    --------
    >>> from snippets._site.lesson9 import digits, sample_rows
    >>> digits().y_train[sample_rows()[:10]].tolist()
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    """
    y = digits().y_train
    firsts = [np.flatnonzero(y == k)[:SAMPLES_PER_DIGIT]
              for k in range(N_CLASSES)]
    return np.stack(firsts, axis=1).ravel()
# --8<-- [end:sample_rows]


# --8<-- [start:plot_digits]
def plot_digits(fig):
    """Draw the first three training images of each digit, 0 to 9.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added with a grid of 3 rows by 10
        columns of 8x8 images, each column headed by its digit.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson9 import plot_digits
    >>> fig = Figure()
    >>> plot_digits(fig)
    >>> [text.get_text() for text in fig.axes[0].texts][:3]
    ['0', '1', '2']
    """
    rows = sample_rows()
    labels = [str(k) if i < N_CLASSES else ""
              for i, k in enumerate(digits().y_train[rows])]
    _tiles(fig, digits().X_train[rows], labels, columns=GRID_COLUMNS,
           gap=2)
# --8<-- [end:plot_digits]


# --8<-- [start:plot_predictions]
def plot_predictions(fig):
    """Draw the first 60 test digits with the network's prediction.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added with the first 60 test
        images, ten to a row. Above each, the predicted digit; a wrong
        prediction is framed in orange, its true digit in brackets.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson9 import plot_predictions
    >>> fig = Figure()
    >>> plot_predictions(fig)
    >>> len(fig.axes[0].texts)
    60
    """
    count = GRID_COLUMNS * PREDICTION_ROWS
    y_true = digits().y_test[:count]
    y_pred = network_run()["test_pred"][:count]
    labels = [f"{p}" if p == t else f"{p} ({t})"
              for p, t in zip(y_pred, y_true)]
    wrong = set(np.flatnonzero(y_pred != y_true).tolist())
    _tiles(fig, digits().X_test[:count], labels, columns=GRID_COLUMNS,
           gap=2, marked=wrong)
# --8<-- [end:plot_predictions]


# --8<-- [start:plot_misclassified]
def plot_misclassified(fig):
    """Draw every test digit the network gets wrong (at most 18).

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added with the misclassified test
        images in test order, six to a row, each labelled with its true
        digit and the network's answer.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson9 import plot_misclassified
    >>> fig = Figure()
    >>> plot_misclassified(fig)
    >>> fig.axes[0].texts[0].get_text().startswith("true ")
    True
    """
    rows = misclassified()[:MAX_MISCLASSIFIED]
    y_true = digits().y_test[rows]
    y_pred = network_run()["test_pred"][rows]
    labels = [f"true {t}\nsaid {p}" for t, p in zip(y_true, y_pred)]
    _tiles(fig, digits().X_test[rows], labels,
           columns=MISCLASSIFIED_COLUMNS, gap=3)
# --8<-- [end:plot_misclassified]


# --8<-- [start:plot_confusion_matrix]
def plot_confusion_matrix(fig):
    """Draw the network's confusion matrix on the test digits.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added with a 10 x 10 grid, true
        digit down, predicted digit across, the count in each non-empty
        cell: the diagonal (right answers) shaded indigo, the mistakes
        orange. The title gives the number right.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson9 import plot_confusion_matrix
    >>> fig = Figure()
    >>> plot_confusion_matrix(fig)
    >>> fig.axes[0].get_title().endswith(" of 359 test digits right")
    True
    """
    from matplotlib.patches import Rectangle

    counts = confusion_matrix(digits().y_test, network_run()["test_pred"])
    fig.set_size_inches(WIDTH, 4.6)
    ax = fig.subplots()
    for (k, j), count in np.ndenumerate(counts):
        if count == 0:
            continue
        # pale enough that the scheme's text colour reads on top
        ax.add_patch(Rectangle((j - 0.5, k - 0.5), 1, 1, linewidth=0,
                               facecolor=INDIGO if k == j else ORANGE,
                               alpha=0.35 if k == j else 0.5))
        ax.text(j, k, str(count), ha="center", va="center",
                fontsize=SMALL_FONT)
    ticks = np.arange(N_CLASSES)
    ax.set_xticks(ticks)
    ax.set_yticks(ticks)
    # cell borders: grid lines on the minor ticks, between the digits
    ax.set_xticks(ticks[:-1] + 0.5, minor=True)
    ax.set_yticks(ticks[:-1] + 0.5, minor=True)
    ax.grid(True, which="minor", linewidth=0.6)
    ax.tick_params(which="minor", length=0)
    ax.tick_params(labelsize=FONT, length=0)
    ax.set_xlim(-0.5, N_CLASSES - 0.5)
    ax.set_ylim(N_CLASSES - 0.5, -0.5)   # digit 0 at the top
    ax.set_aspect("equal")
    ax.set_xlabel("predicted digit", fontsize=FONT)
    ax.set_ylabel("true digit", fontsize=FONT)
    ax.set_title(f"{int(np.trace(counts))} of {int(counts.sum())} "
                 f"test digits right", fontsize=FONT)
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_confusion_matrix]
