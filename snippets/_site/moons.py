"""Two moons: a 2-D data set that no straight line separates.

The site's figure of what a hidden layer adds trains the course's own
models on it: Lesson 4's logistic regression, whose decision boundary
is a straight line, and the one-hidden-layer network of ``train_nn``,
whose boundary can bend. The data come from a local random generator,
so the global NumPy random state is never touched, and each model is
trained once per process (``functools.cache``).
"""

# --8<-- [start:imports]
import functools
import math

import numpy as np

from snippets.activations import sigmoid
from snippets.forward import forward_propagation_nn
from snippets.logistic_regression import (
    accuracy,
    predict_logistic_regression,
    train_logistic_regression,
)
from snippets.training import predict_nn, train_nn

# --8<-- [end:imports]

# the figure's data set: 120 points, 60 per moon (few enough for a
# small SVG, enough to show the moons)
M = 120
NOISE = 0.2
SEED = 0
# the network: tanh escapes the plateau of the small initial weights
# reliably on this data (ReLU sometimes stays a straight line for
# thousands of iterations); 5000 steps take a fraction of a second
N_H = 10
HIDDEN_ACTIVATION = "tanh"
NUM_ITERATIONS = 5000
LEARNING_RATE = 1.0


# --8<-- [start:make_moons]
def make_moons(m=M, *, noise=NOISE, seed=SEED):
    """Return two interleaved half circles, X (2, m) and labels Y (1, m).

    Label 0: the upper half circle of radius 1 around (0, 0); label 1:
    the lower one around (1, 0.5). Both are shifted so the data sit
    around the origin, and Gaussian noise of standard deviation
    ``noise`` is added to every coordinate.

    Parameters
    ----------
    m : int, default 120
        Number of points, at least 2; ``m // 2`` get label 0.
    noise : float, default 0.2
        Standard deviation of the noise, at least 0.
    seed : int, default 0
        Seed of the local ``np.random.default_rng``: same seed, same
        points. The global random state is left alone.

    Returns
    -------
    X : ndarray of float64, shape (2, m)
        The points, one per column.
    Y : ndarray of float64, shape (1, m)
        Their labels, 0 or 1.

    Raises
    ------
    TypeError
        If ``m`` is not an integer or ``noise`` not a real number.
    ValueError
        If ``m`` is below 2 or ``noise`` is negative or not finite.

    Examples
    --------
    >>> from snippets._site.moons import make_moons
    >>> X, Y = make_moons(6, noise=0.0)
    >>> X.shape, Y.tolist()
    ((2, 6), [[0.0, 0.0, 0.0, 1.0, 1.0, 1.0]])
    """
    _check_moons_arguments(m, noise)
    rng = np.random.default_rng(seed)
    m_0 = m // 2
    t = rng.uniform(0.0, np.pi, m)                       # angle of each
    upper = np.stack([np.cos(t[:m_0]), np.sin(t[:m_0])])
    lower = np.stack([1.0 - np.cos(t[m_0:]), 0.5 - np.sin(t[m_0:])])
    X = np.concatenate([upper, lower], axis=1)           # (2, m)
    X = X - np.array([[0.5], [0.25]]) + noise * rng.standard_normal((2, m))
    Y = (np.arange(m) >= m_0).astype(np.float64).reshape(1, m)
    return X, Y
# --8<-- [end:make_moons]


def _check_moons_arguments(m, noise):
    """Raise a TypeError/ValueError naming make_moons' bad argument."""
    if isinstance(m, bool) or not isinstance(m, int | np.integer):
        raise TypeError(
            f"make_moons: m must be an integer (the number of points), "
            f"got {type(m).__name__}")
    if m < 2:
        raise ValueError(
            f"make_moons: m must be at least 2 (one point per moon), "
            f"got {m}")
    if isinstance(noise, bool) or not isinstance(noise, int | float):
        raise TypeError(
            f"make_moons: noise must be a real number, got "
            f"{type(noise).__name__}")
    if not (math.isfinite(noise) and noise >= 0):
        raise ValueError(
            f"make_moons: noise must be finite and at least 0, got {noise}")


# --8<-- [start:moons_data]
@functools.cache
def moons_data():
    """Return the figure's moons, X (2, 120) and Y (1, 120), read-only.

    Examples
    --------
    >>> from snippets._site.moons import moons_data
    >>> [array.shape for array in moons_data()]
    [(2, 120), (1, 120)]
    """
    X, Y = make_moons()
    for array in (X, Y):
        # shared by every caller of the cache: nobody may change them
        array.flags.writeable = False
    return X, Y
# --8<-- [end:moons_data]


# --8<-- [start:logistic_regression_on_moons]
@functools.cache
def logistic_regression_on_moons():
    """Train logistic regression on the moons with its defaults, once.

    Returns
    -------
    dict
        ``"parameters"`` (``W`` (1, 2), ``b`` (1, 1)) and
        ``"train_accuracy"``, a float in [0, 1]. Cached and shared:
        treat it as read-only.

    Examples
    --------
    >>> from snippets._site.moons import logistic_regression_on_moons
    >>> round(logistic_regression_on_moons()["train_accuracy"], 3)
    0.842
    """
    X, Y = moons_data()
    parameters, _ = train_logistic_regression(X, Y)
    return {
        "parameters": parameters,
        "train_accuracy": accuracy(
            predict_logistic_regression(parameters, X), Y),
    }
# --8<-- [end:logistic_regression_on_moons]


# --8<-- [start:network_on_moons]
@functools.cache
def network_on_moons():
    """Train the one-hidden-layer network on the moons, once.

    ``train_nn`` with 10 tanh hidden units, 5000 iterations and learning
    rate 1 (its default seed 2).

    Returns
    -------
    dict
        ``"parameters"`` (``W1`` (10, 2), ``b1``, ``W2``, ``b2``) and
        ``"train_accuracy"``, a float in [0, 1]. Cached and shared:
        treat it as read-only.

    Examples
    --------
    >>> from snippets._site.moons import network_on_moons
    >>> network_on_moons()["train_accuracy"] >= 0.95
    True
    """
    X, Y = moons_data()
    parameters, _ = train_nn(
        X, Y, N_H, num_iterations=NUM_ITERATIONS,
        learning_rate=LEARNING_RATE, hidden_activation=HIDDEN_ACTIVATION,
    )
    predictions = predict_nn(parameters, X,
                             hidden_activation=HIDDEN_ACTIVATION)
    return {"parameters": parameters,
            "train_accuracy": accuracy(predictions, Y)}
# --8<-- [end:network_on_moons]


# --8<-- [start:moons_probabilities]
def moons_probabilities(model, X):
    """Return a trained model's probability of label 1, shape (1, m).

    Parameters
    ----------
    model : {"logistic", "network"}
        Which of the two cached models to run.
    X : ndarray of shape (2, m)
        Points, one per column (for the figure: a grid).

    Returns
    -------
    ndarray of shape (1, m)
        ``sigmoid(W X + b)`` for logistic regression, ``A2`` for the
        network.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets._site.moons import moons_probabilities
    >>> A = moons_probabilities("network", np.zeros((2, 3)))
    >>> A.shape, bool(np.all((0 < A) & (A < 1)))
    ((1, 3), True)
    """
    if model == "logistic":
        parameters = logistic_regression_on_moons()["parameters"]
        return sigmoid(parameters["W"] @ X + parameters["b"])
    if model == "network":
        A2, _ = forward_propagation_nn(
            X, network_on_moons()["parameters"],
            hidden_activation=HIDDEN_ACTIVATION)
        return A2
    raise ValueError(
        f"moons_probabilities: model must be 'logistic' or 'network', "
        f"got {model!r}")
# --8<-- [end:moons_probabilities]
