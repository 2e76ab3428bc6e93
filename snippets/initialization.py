"""Parameter initialization for the course's one-hidden-layer network."""

# --8<-- [start:imports]
import numpy as np

from snippets._validation.guards import guarded, init_inputs

# --8<-- [end:imports]


@guarded(init_inputs)
# --8<-- [start:initialize_parameters_nn]
def initialize_parameters_nn(
    n_x, n_h, n_y, *, seed=2, rng=None, scale=0.01, dtype=np.float64
):
    """Create small random weights and zero biases for a 2-layer network.

    W1 is (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1).

    Parameters
    ----------
    n_x : int
        Size of the input layer: the number of features.
    n_h : int
        Size of the hidden layer (a hyperparameter).
    n_y : int
        Size of the output layer: 1 for binary classification.
    seed : int, default 2
        Seed of a private ``np.random.RandomState``. The default
        reproduces the course's published numbers, those of the classic
        recipe (seed NumPy's global generator with 2, then draw
        ``np.random.randn(...) * 0.01``), without touching the global state.
    rng : numpy.random.Generator, optional
        Your own random generator; when given, ``seed`` is not used.
    scale : float, default 0.01
        Standard deviation of the weights.
    dtype : float dtype, default np.float64
        Floating dtype of all four arrays (e.g. ``np.float32``).

    Returns
    -------
    dict of str to ndarray
        ``"W1"`` of shape ``(n_h, n_x)``, ``"b1"`` zeros ``(n_h, 1)``,
        ``"W2"`` of shape ``(n_y, n_h)`` and ``"b2"`` zeros ``(n_y, 1)``.

    Raises
    ------
    TypeError
        If a layer size is not an integer, ``scale`` is not a real
        number, ``seed`` and ``rng`` are both given, ``rng`` is not a
        Generator or ``dtype`` is not a float.
    ValueError
        If a layer size is below 1 or ``scale`` is negative or not
        finite.

    Notes
    -----
    Random weights break the symmetry between hidden units: with equal
    weights every unit would compute the same value, receive the same
    gradient and stay identical forever. Small weights keep ``Z`` near 0
    at the start, where sigmoid and tanh are steep rather than flat.
    The biases can start at 0 because the weights already differ.

    W1 is drawn before W2, from one stream, as in the classic recipe.

    Examples
    --------
    >>> from snippets import initialize_parameters_nn
    >>> parameters = initialize_parameters_nn(2, 4, 1)
    >>> parameters["W1"]
    array([[-0.00416758, -0.00056267],
           [-0.02136196,  0.01640271],
           [-0.01793436, -0.00841747],
           [ 0.00502881, -0.01245288]])
    >>> parameters["b1"].T
    array([[0., 0., 0., 0.]])
    >>> parameters["W2"]
    array([[-0.01057952, -0.00909008,  0.00551454,  0.02292208]])
    >>> parameters["b2"]
    array([[0.]])
    """
    if rng is None:
        # a private RandomState draws what the global generator would
        # after seeding it with `seed`, and leaves the global state alone
        rng = np.random.RandomState(seed)
    # random weights break the symmetry between hidden units
    W1 = (rng.standard_normal((n_h, n_x)) * scale).astype(dtype)
    b1 = np.zeros((n_h, 1), dtype=dtype)
    W2 = (rng.standard_normal((n_y, n_h)) * scale).astype(dtype)
    b2 = np.zeros((n_y, 1), dtype=dtype)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
# --8<-- [end:initialize_parameters_nn]
