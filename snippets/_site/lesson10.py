"""Lesson 10's measurements, generated when the site builds.

The two figures and the two tables of the Lesson 10 page come from here:
how large the gradient of each layer's weights is in a 10-layer network
with sigmoid, tanh and ReLU hidden layers, and how far the activations
of each layer spread for four scales of the initial weights. Both are
measured on the handwritten digits of Lesson 9 (the 1438 training
images, ``X`` of shape ``(64, 1438)``, one-hot labels), in an untrained
network ``64 -> 32 -> ... -> 32 -> 10`` with nine hidden layers of 32
units and a softmax output, the weights drawn by
``initialize_parameters_deep`` with seed 0. Each measurement runs once
per process (``functools.cache``). Matplotlib is never imported: the
figure functions only call methods of the figure they are given.

The figures are sized for a phone: 4.4 inches wide with text of at least
10 points, they shrink to a 358-pixel column with their text still at
about 11 pixels.
"""

# --8<-- [start:imports]
import functools

import numpy as np

from snippets._site.diagrams import INDIGO, ORANGE, TEAL
from snippets.activations import sigmoid, softmax
from snippets.data import load_digits
from snippets.deep import (
    backward_propagation_deep,
    forward_propagation_deep,
    initialize_parameters_deep,
)
from snippets.multiclass import one_hot

# --8<-- [end:imports]

# the measured network: 64 pixels, nine hidden layers of 32, 10 classes
DEPTH = 10
WIDTH_HIDDEN = 32
LAYER_DIMS = (64,) + (WIDTH_HIDDEN,) * (DEPTH - 1) + (10,)
SEED = 0
# each hidden activation with the initialization usually paired with it
GRADIENT_RUNS = (("sigmoid", "xavier"), ("tanh", "xavier"), ("relu", "he"))
# the weight scales whose activations the spread figure follows (ReLU)
SPREAD_SCALES = (0.01, "xavier", "he", 1.0)
NAMES = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU",
         0.01: "std 0.01", "xavier": "Xavier", "he": "He", 1.0: "std 1"}
COLOURS = {"sigmoid": ORANGE, "tanh": TEAL, "relu": INDIGO,
           0.01: ORANGE, "xavier": TEAL, "he": INDIGO, 1.0: "C3"}
MARKERS = {"sigmoid": "o", "tanh": "s", "relu": "^",
           0.01: "o", "xavier": "s", "he": "^", 1.0: "D"}

# phone-sized figures: about 11 px text in a 358 px column
WIDTH = 4.4
FONT = 11
SMALL_FONT = 10


# --8<-- [start:lesson9_recap]
def lesson9_recap():
    """Return the recap's bullet on Lesson 9's two models, as measured.

    Lesson 9's test accuracies of its network and of multinomial
    logistic regression, the number of test digits each gets wrong, and
    the verdict of McNemar's test on them (``snippets._site.lesson9``).

    Examples
    --------
    >>> from snippets._site.lesson10 import lesson9_recap
    >>> print(lesson9_recap()[:31])
    - Lesson 9's network of 32 ReLU
    """
    from snippets._site import lesson9  # trains two models: only here

    m_test = lesson9.digits().y_test.size
    network, regression = lesson9.network_run(), lesson9.regression_run()
    p_value = lesson9.paired_comparison()["p_value"]

    def percent(run):
        return f"{100 * run['test_accuracy']:.1f} %"

    def wrong(run):
        return round((1 - run["test_accuracy"]) * m_test)

    verdict = ("a difference within the noise" if p_value >= 0.05
               else "a difference larger than the noise")
    return (
        f"- Lesson 9's network of {lesson9.N_H} ReLU units read "
        f"{percent(network)} of the {m_test} test digits right "
        f"({wrong(network)} wrong), multinomial logistic regression "
        f"{percent(regression)} ({wrong(regression)} wrong): "
        f"McNemar's test ($p = {p_value:.2f}$) called it {verdict}.\n"
    )
# --8<-- [end:lesson9_recap]


# --8<-- [start:digits_problem]
@functools.cache
def digits_problem():
    """Return the measured input: the training digits X (64, 1438), Y.

    ``Y`` is one-hot ``(10, 1438)``. Cached and shared: read-only.

    Examples
    --------
    >>> from snippets._site.lesson10 import digits_problem
    >>> [array.shape for array in digits_problem()]
    [(64, 1438), (10, 1438)]
    """
    data = load_digits()
    X, Y = data.X_train.T.copy(), one_hot(data.y_train, 10)
    for array in (X, Y):
        array.flags.writeable = False
    return X, Y
# --8<-- [end:digits_problem]


# --8<-- [start:deep_gradients]
def deep_gradients(parameters, X, Y, hidden):
    """Return the gradients of a network with a softmax output.

    ``hidden`` is ``"relu"`` or ``"tanh"`` (then the course's
    ``forward_propagation_deep`` and ``backward_propagation_deep`` do
    the work) or ``"sigmoid"``, which they do not teach for hidden
    layers: the same two loops, written out here, with the sigmoid's
    slope ``A (1 - A)``.

    Examples
    --------
    >>> from snippets._site.lesson10 import deep_gradients, digits_problem
    >>> from snippets.deep import initialize_parameters_deep
    >>> parameters = initialize_parameters_deep([64, 8, 10])
    >>> grads = deep_gradients(parameters, *digits_problem(), "sigmoid")
    >>> sorted(grads)
    ['dW1', 'dW2', 'db1', 'db2']
    """
    if hidden != "sigmoid":
        _, caches = forward_propagation_deep(
            X, parameters, hidden_activation=hidden, output="softmax")
        return backward_propagation_deep(
            parameters, caches, X, Y, hidden_activation=hidden,
            output="softmax")
    activations, errors = _sigmoid_passes(parameters, X, Y)
    grads, m = {}, X.shape[1]
    for layer, dZ in errors.items():
        A_prev = activations[layer - 1]
        grads[f"dW{layer}"] = dZ @ A_prev.T / m
        grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
    return grads


def _sigmoid_passes(parameters, X, Y):
    """Sigmoid hidden layers, softmax output: forward, then back.

    Returns the activations ``[X, A1, ..., AL]`` and ``{l: dZ_l}``
    from ``l = L`` down to 1; the slope of a sigmoid layer is
    ``A (1 - A)``.
    """
    L = len(parameters) // 2
    activations = [X]
    for layer in range(1, L + 1):
        Z = parameters[f"W{layer}"] @ activations[-1] + parameters[f"b{layer}"]
        activations.append(sigmoid(Z) if layer < L else softmax(Z))
    errors, dZ = {}, activations[L] - Y
    for layer in range(L, 0, -1):
        errors[layer] = dZ
        A_prev = activations[layer - 1]
        dZ = (parameters[f"W{layer}"].T @ dZ) * A_prev * (1 - A_prev)
    return activations, errors
# --8<-- [end:deep_gradients]


# --8<-- [start:gradient_norms]
@functools.cache
def gradient_norms(hidden):
    """Return the norm of dW_l for l = 1 .. 10, untrained, on the digits.

    ``hidden`` is one of ``GRADIENT_RUNS``' activations; the weights
    are drawn with the scale paired with it there (Xavier for sigmoid
    and tanh, He for ReLU). The norm is the Frobenius norm, the square
    root of the sum of the squared entries.

    Examples
    --------
    >>> from snippets._site.lesson10 import gradient_norms
    >>> norms = gradient_norms("relu")
    >>> len(norms)
    10
    """
    scale = dict(GRADIENT_RUNS)[hidden]
    parameters = initialize_parameters_deep(LAYER_DIMS, seed=SEED,
                                            scale=scale)
    grads = deep_gradients(parameters, *digits_problem(), hidden)
    return tuple(float(np.linalg.norm(grads[f"dW{layer}"]))
                 for layer in range(1, DEPTH + 1))
# --8<-- [end:gradient_norms]


# --8<-- [start:sigmoid_norms]
@functools.cache
def sigmoid_norms():
    """Return the norms behind the sigmoid run's gradients, l = 1 .. 10.

    A dict of two tuples, the Frobenius norms of the error ``dZ_l`` and
    of the layer's input ``A_{l-1}`` (``X`` for layer 1), in the
    sigmoid network of :func:`gradient_norms`: ``dW_l`` is
    ``dZ_l A_{l-1}^T / m``, so its norm follows both.

    Examples
    --------
    >>> from snippets._site.lesson10 import sigmoid_norms
    >>> sorted(sigmoid_norms())
    ['A_prev', 'dZ']
    """
    parameters = initialize_parameters_deep(
        LAYER_DIMS, seed=SEED, scale=dict(GRADIENT_RUNS)["sigmoid"])
    activations, errors = _sigmoid_passes(parameters, *digits_problem())
    layers = range(1, DEPTH + 1)
    return {
        "dZ": tuple(float(np.linalg.norm(errors[layer]))
                    for layer in layers),
        "A_prev": tuple(float(np.linalg.norm(activations[layer - 1]))
                        for layer in layers),
    }
# --8<-- [end:sigmoid_norms]


# --8<-- [start:activation_spreads]
@functools.cache
def activation_spreads(scale):
    """Return the std of A_l for the nine hidden ReLU layers, l = 1 .. 9.

    The weights are ``initialize_parameters_deep(LAYER_DIMS,
    scale=scale)``; each std is over all 32 units and 1438 images.

    Examples
    --------
    >>> from snippets._site.lesson10 import activation_spreads
    >>> len(activation_spreads("he"))
    9
    """
    parameters = initialize_parameters_deep(LAYER_DIMS, seed=SEED,
                                            scale=scale)
    X, _ = digits_problem()
    _, caches = forward_propagation_deep(X, parameters, output="softmax")
    return tuple(float(cache["A"].std()) for cache in caches[:-1])
# --8<-- [end:activation_spreads]


def _number(value):
    """A number for the page: 2 significant figures, or a power of 10."""
    if 0.01 <= value < 1000:
        return f"{value:#.2g}".rstrip(".")
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa} × 10<sup>{int(exponent)}</sup>"


# --8<-- [start:gradient_table]
def gradient_table():
    """Return a Markdown table: the gradient norm at layers 10 and 1.

    One row per hidden activation; the last column divides the norm at
    layer 1 by that at layer 10: far below 1, the gradient vanished on
    its way back to the input.

    Examples
    --------
    >>> from snippets._site.lesson10 import gradient_table
    >>> print(gradient_table().splitlines()[0])
    | Hidden layers | ‖dW[10]‖ | ‖dW[1]‖ | Layer 1 / layer 10 |
    """
    rows = ["| Hidden layers | ‖dW[10]‖ | ‖dW[1]‖ | Layer 1 / layer 10 |",
            "|:---|---:|---:|---:|"]
    for hidden, scale in GRADIENT_RUNS:
        norms = gradient_norms(hidden)
        rows.append(f"| {NAMES[hidden]}, {NAMES[scale]} "
                    f"| {_number(norms[-1])} | {_number(norms[0])} "
                    f"| {_number(norms[0] / norms[-1])} |")
    return "\n".join(rows) + "\n"
# --8<-- [end:gradient_table]


# --8<-- [start:spread_table]
def spread_table():
    """Return a Markdown table: the spread of layers 1 and 9 per scale.

    The last column is the factor per layer, ``(std A9 / std A1) ** (1 /
    8)``: the eight steps from layer 1 to 9 multiply the spread by it
    on average.

    Examples
    --------
    >>> from snippets._site.lesson10 import spread_table
    >>> print(spread_table().splitlines()[0])
    | Weights drawn with std | std of A[1] | std of A[9] | Per layer |
    """
    rows = ["| Weights drawn with std | std of A[1] | std of A[9] "
            "| Per layer |",
            "|:---|---:|---:|---:|"]
    labels = {0.01: "0.01", "xavier": "Xavier, √(1/n[l-1])",
              "he": "He, √(2/n[l-1])", 1.0: "1"}
    for scale in SPREAD_SCALES:
        spreads = activation_spreads(scale)
        rows.append(f"| {labels[scale]} | {_number(spreads[0])} "
                    f"| {_number(spreads[-1])} "
                    f"| × {_number(spread_factor(scale))} |")
    return "\n".join(rows) + "\n"


def spread_factor(scale):
    """Return the spread's mean factor per layer, from layer 1 to 9.

    Examples
    --------
    >>> from snippets._site.lesson10 import spread_factor
    >>> print(f"{spread_factor(0.01):.2f}")
    0.04
    """
    spreads = activation_spreads(scale)
    return (spreads[-1] / spreads[0]) ** (1 / (len(spreads) - 1))
# --8<-- [end:spread_table]


def _log_axes(ax, xlabel, ylabel, layers, values):
    """Shared look: a log y axis from decade to decade around ``values``,
    one tick per layer, a light grid."""
    ax.set_yscale("log")
    low = int(np.floor(np.log10(np.min(values))))
    high = int(np.ceil(np.log10(np.max(values))))
    step = -(-(high - low) // 7)   # at most 8 labelled decades
    ax.set_yticks(10.0 ** np.arange(low, high + 1, step))
    ax.minorticks_off()
    ax.set_ylim(10.0 ** low, 10.0 ** high)
    ax.set_xticks(layers)
    ax.set_xlim(layers[0] - 0.4, layers[-1] + 0.4)
    ax.set_xlabel(xlabel, fontsize=FONT)
    ax.set_ylabel(ylabel, fontsize=FONT)
    ax.tick_params(labelsize=SMALL_FONT)
    ax.grid(True, which="major", linewidth=0.6)


# --8<-- [start:plot_gradient_norms]
def plot_gradient_norms(fig):
    """Draw the norm of each layer's gradient, 10 layers, 3 activations.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added, layer 1 to 10 across and the
        norm of ``dW`` of that layer up, on a log scale, one line per
        hidden activation (sigmoid, tanh, ReLU).

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson10 import plot_gradient_norms
    >>> fig = Figure()
    >>> plot_gradient_norms(fig)
    >>> [text.get_text() for text in fig.legends[0].get_texts()]
    ['sigmoid, Xavier', 'tanh, Xavier', 'ReLU, He']
    """
    fig.set_size_inches(WIDTH, 3.6)
    ax = fig.subplots()
    layers = np.arange(1, DEPTH + 1)
    for hidden, scale in GRADIENT_RUNS:
        ax.plot(layers, gradient_norms(hidden), color=COLOURS[hidden],
                marker=MARKERS[hidden], linewidth=2, markersize=5,
                label=f"{NAMES[hidden]}, {NAMES[scale]}")
    _log_axes(ax, "layer $l$ (input side: 1)", "norm of $dW^{[l]}$",
              layers, [gradient_norms(h) for h, _ in GRADIENT_RUNS])
    fig.legend(fontsize=SMALL_FONT, loc="outside upper center", ncols=3,
               frameon=False, handlelength=1.5, columnspacing=1.0)
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_gradient_norms]


# --8<-- [start:plot_activation_spreads]
def plot_activation_spreads(fig):
    """Draw the std of each hidden layer's activations for four scales.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure; one axes is added, hidden layer 1 to 9 across
        and the std of its ReLU activations up, on a log scale, one line
        per scale of the initial weights (0.01, Xavier, He, 1.0).

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.lesson10 import plot_activation_spreads
    >>> fig = Figure()
    >>> plot_activation_spreads(fig)
    >>> [text.get_text() for text in fig.legends[0].get_texts()]
    ['std 0.01', 'Xavier', 'He', 'std 1']
    """
    fig.set_size_inches(WIDTH, 3.6)
    ax = fig.subplots()
    layers = np.arange(1, DEPTH)
    for scale in SPREAD_SCALES:
        ax.plot(layers, activation_spreads(scale), color=COLOURS[scale],
                marker=MARKERS[scale], linewidth=2, markersize=5,
                label=NAMES[scale])
    _log_axes(ax, "hidden layer $l$", "std of $A^{[l]}$", layers,
              [activation_spreads(scale) for scale in SPREAD_SCALES])
    fig.legend(fontsize=SMALL_FONT, loc="outside upper center", ncols=4,
               frameon=False, handlelength=1.5, columnspacing=1.0)
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_activation_spreads]


# -- section 9: a deeper network on the digits -------------------------------

# the deeper network: two hidden ReLU layers, He weights (fit_nn's tuple)
DEEP_HIDDEN = (64, 32)


def _deep_predict(parameters, X):
    """The class of each column of X (n_x, m): the argmax of AL."""
    AL, _ = forward_propagation_deep(X, parameters, output="softmax")
    return np.argmax(AL, axis=0)


# --8<-- [start:deep_run]
@functools.cache
def deep_run():
    """Train the deeper network once per process, as Lesson 9's.

    ``fit_nn(X, one_hot(y, 10), (64, 32), X_val=..., Y_val=...)`` with
    Lesson 9's settings (``lesson9.FIT``: Adam, learning rate 0.01,
    batches of 64, at most 200 epochs, patience 10, seed 0) on Lesson 9's
    1081 training and 357 validation images (``lesson9.split()``).

    Returns
    -------
    dict
        As ``lesson9.network_run()``: ``"parameters"``, ``"history"``,
        the predictions and accuracies on the three parts. Cached and
        shared: treat it as read-only.

    Examples
    --------
    >>> from snippets._site.lesson10 import deep_run
    >>> deep_run()["val_accuracy"] > 0.95
    True
    """
    from snippets._site import lesson9
    from snippets.fitting import fit_nn

    data = lesson9.split()
    parameters, history = fit_nn(
        data.X_train.T, one_hot(data.y_train, 10), DEEP_HIDDEN,
        X_val=data.X_val.T, Y_val=one_hot(data.y_val, 10), **lesson9.FIT)
    run = {"parameters": parameters, "history": history}
    for part in ("train", "val", "test"):
        X, y = getattr(data, f"X_{part}"), getattr(data, f"y_{part}")
        run[f"{part}_pred"] = _deep_predict(parameters, X.T)
        run[f"{part}_accuracy"] = float(np.mean(run[f"{part}_pred"] == y))
    return run
# --8<-- [end:deep_run]


# --8<-- [start:depth_runs]
def depth_runs():
    """Return {name: run}: Lesson 9's network, then the deeper one."""
    from snippets._site import lesson9

    return {"32 ReLU units (Lesson 9)": lesson9.network_run(),
            "64 and 32 ReLU units": deep_run()}
# --8<-- [end:depth_runs]


# --8<-- [start:chosen_depth]
def chosen_depth():
    """Return the name of the run with the lower best validation cost."""
    runs = depth_runs()
    return min(runs, key=lambda name: _best_val_cost(runs[name]))
# --8<-- [end:chosen_depth]


def _best_val_cost(run):
    history = run["history"]
    return history["val_cost"][history["best_epoch"]]


# --8<-- [start:depth_table]
def depth_table():
    """Return a Markdown table: the two networks on the validation set.

    One row per network: its learned parameters, its best validation
    cost (and the epoch, from 0, where early stopping found it), and the
    validation accuracy of the parameters ``fit_nn`` returned. The test
    digits are not in it.

    Examples
    --------
    >>> from snippets._site.lesson10 import depth_table
    >>> print(depth_table().splitlines()[0])
    | Network | Best J_val (epoch) | Validation accuracy |
    """
    rows = ["| Network | Best J_val (epoch) | Validation accuracy |",
            "|:---|---:|---:|"]
    for name, run in depth_runs().items():
        size = sum(value.size for value in run["parameters"].values())
        rows.append(
            f"| {name} ({size:,} parameters) "
            f"| {_best_val_cost(run):.3f} ({run['history']['best_epoch']})"
            f" | {100 * run['val_accuracy']:.1f} % |")
    return "\n".join(rows) + "\n"
# --8<-- [end:depth_table]


# --8<-- [start:depth_paragraph]
def depth_paragraph():
    """Return section 9's verdict: the choice, then the test set once.

    Examples
    --------
    >>> from snippets._site.lesson10 import depth_paragraph
    >>> print(depth_paragraph().split(":")[0])
    The validation set chooses
    """
    runs = depth_runs()
    chosen = chosen_depth()
    other = next(name for name in runs if name != chosen)
    gap = _best_val_cost(runs[other]) - _best_val_cost(runs[chosen])
    run = runs[chosen]
    from snippets._site import lesson9

    m_val = lesson9.split().y_val.size
    m_test = lesson9.split().y_test.size
    right = int(np.sum(run["test_pred"] == lesson9.split().y_test))
    val_gap = round(abs(runs[chosen]["val_accuracy"]
                        - runs[other]["val_accuracy"]) * m_val)
    # one image is 1/357 = 0.28 points: a few images are noise
    noise = ("within the noise of so few" if val_gap <= 3 else
             "more than a few images")
    return (
        f"The validation set chooses: the network with the lower best "
        f"validation cost, **{chosen}**, by {gap:.3f}. In accuracy the "
        f"two differ by {val_gap} of the {m_val} validation images, "
        f"{noise}. Only the chosen network meets the test digits, once: "
        f"{right} of {m_test} right, {100 * right / m_test:.1f} %.\n"
    )
# --8<-- [end:depth_paragraph]
