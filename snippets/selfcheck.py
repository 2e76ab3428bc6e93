"""Self-checks: test your own version of each function the course teaches.

Each ``check_*`` function calls your function on a few small cases
(including m = 1, m = n_h and a square case, where broadcasting and
transpose bugs hide), compares it with the course's own function, and
returns a report: what was checked, what failed on which case, and the
most likely mistake, picked from a catalogue of known ones. A check never
raises because of your code, and leaves NumPy's global random state as
it found it.
"""

# --8<-- [start:imports]
from snippets._selfcheck_multiclass import (
    BACKWARD_SOFTMAX,
    COST_SOFTMAX,
    ONE_HOT,
    SOFTMAX,
)
from snippets._selfcheck_report import run_check
from snippets._selfcheck_specs import (
    BACKWARD,
    COST,
    FORWARD,
    INITIALIZATION,
    RELU,
    SIGMOID,
    UPDATE,
)
from snippets._selfcheck_training import (
    ADAM,
    MINI_BATCHES,
    MOMENTUM,
    RMSPROP,
)

# --8<-- [end:imports]


# --8<-- [start:check_sigmoid]
def check_sigmoid(fn):
    """Check your ``sigmoid(z)``: values, shapes, dtype and z = +-1000.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(z)`` returns ``1 / (1 + exp(-z))`` elementwise,
        an array of ``z``'s shape and dtype.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import sigmoid
    >>> from snippets.selfcheck import check_sigmoid
    >>> report = check_sigmoid(sigmoid)
    >>> bool(report)
    True
    >>> print(report)
    check_sigmoid: 8 of 8 checks passed
      ok   returns an array
      ok   shapes for z.shape = (4, 5), (1, 1)
      ok   values match the course's sigmoid
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   stable: sigmoid(-1000) = 0, sigmoid(1000) = 1, no warning
      ok   z is left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
    """
    return run_check(SIGMOID, fn)
# --8<-- [end:check_sigmoid]


# --8<-- [start:check_relu]
def check_relu(fn):
    """Check your ``relu(z)``: values, shapes and dtype.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(z)`` returns ``max(0, z)`` elementwise, an
        array of ``z``'s shape and dtype.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_relu
    >>> def relu(z):
    ...     return np.where(z > 0, z, 0.01 * z)
    >>> report = check_relu(relu)
    >>> bool(report)
    False
    >>> print(report)
    check_relu: 6 of 7 checks passed
      ok   returns an array
      ok   shapes for z.shape = (4, 5), (1, 1)
      FAIL values: relu(z) differs on case (4, 5), max |diff| 0.07 at
           relu(z)[2, 2]
           expected relu(z)[2, 1:5] = [0.124, 0, 0, 0]
           got      relu(z)[2, 1:5] = [0.124, -0.06975, -0.006564, -0.03738]
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   z is left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your relu lets negative z through as 0.01 * z
      (that is leaky ReLU): ReLU gives exactly 0 there, np.maximum(z, 0).
    """
    return run_check(RELU, fn)
# --8<-- [end:check_relu]


# --8<-- [start:check_initialize_parameters_nn]
def check_initialize_parameters_nn(fn):
    """Check your ``initialize_parameters_nn(n_x, n_h, n_y)``.

    Any random numbers are right, so it checks properties: shapes, zero
    biases, weights about ``0.01 * N(0, 1)`` (measured on a layer of
    300 x 400), hidden units that differ, and NumPy's global random state
    left alone (use your own generator, not ``np.random.seed``).

    Parameters
    ----------
    fn : callable
        Your function: ``fn(n_x, n_h, n_y)`` returns a dict with ``W1``
        ``(n_h, n_x)``, ``b1`` ``(n_h, 1)``, ``W2`` ``(n_y, n_h)`` and
        ``b2`` ``(n_y, 1)``.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import initialize_parameters_nn
    >>> from snippets.selfcheck import check_initialize_parameters_nn
    >>> print(check_initialize_parameters_nn(initialize_parameters_nn))
    check_initialize_parameters_nn: 8 of 8 checks passed
      ok   returns a dict with keys W1, b1, W2, b2
      ok   shapes for (n_x, n_h, n_y) = (2, 4, 1), (4, 3, 2), (1, 1, 1),
           (400, 300, 1)
      ok   biases b1 and b2 are zeros
      ok   weights about 0.01 x N(0, 1): std(W1) = 0.0100, std(W2) = 0.0091
      ok   hidden units differ: no two rows of W1 are equal
      ok   dtype: float64 in -> float64 out
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      +    bonus: W1 and W2 equal the course's numbers,
           initialize_parameters_nn(2, 4, 1)
    """
    return run_check(INITIALIZATION, fn)
# --8<-- [end:check_initialize_parameters_nn]


# --8<-- [start:check_forward_propagation_nn]
def check_forward_propagation_nn(fn):
    """Check your ``forward_propagation_nn(X, parameters)``.

    The network is the course's: ``Z1 = W1 @ X + b1``, ``A1 = relu(Z1)``,
    ``Z2 = W2 @ A1 + b2``, ``A2 = sigmoid(Z2)``.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(X, parameters)`` returns ``(A2, cache)`` with
        ``cache`` a dict of ``Z1``, ``A1``, ``Z2`` and ``A2``.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import relu, sigmoid
    >>> from snippets.selfcheck import check_forward_propagation_nn
    >>> def forward(X, parameters):
    ...     W1, b1 = parameters["W1"], parameters["b1"]
    ...     W2, b2 = parameters["W2"], parameters["b2"]
    ...     Z1 = W1 @ X + b1
    ...     A1 = relu(Z1)
    ...     Z2 = W2 @ A1                # b2 forgotten
    ...     A2 = sigmoid(Z2)
    ...     return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    >>> print(check_forward_propagation_nn(forward))
    check_forward_propagation_nn: 6 of 7 checks passed
      ok   returns (A2, cache) with cache keys Z1, A1, Z2, A2
      ok   shapes for (n_x, n_h, m) = (3, 4, 5), (3, 4, 1), (2, 4, 4),
           (4, 4, 3)
      FAIL values: A2 differs on case (3, 4, 5), max |diff| 0.16 at A2[0, 4]
           expected A2[0, 1:5] = [0.7661, 0.7485, 0.9949, 0.589]
           got      A2[0, 1:5] = [0.6279, 0.6053, 0.9901, 0.4248]
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   X and parameters are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your A2 is what the network gives without b2: add b2 in
      Z2 = W2 @ A1 + b2.
    """
    return run_check(FORWARD, fn)
# --8<-- [end:check_forward_propagation_nn]


# --8<-- [start:check_compute_cost]
def check_compute_cost(fn):
    """Check your ``compute_cost(A2, Y)``, the binary cross-entropy.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(A2, Y)`` returns the cost ``J``, averaged over
        the ``m`` examples, as a Python float.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import compute_cost
    >>> from snippets.selfcheck import check_compute_cost
    >>> print(check_compute_cost(compute_cost))
    check_compute_cost: 5 of 5 checks passed
      ok   returns the cost J as a float
      ok   values match the course's compute_cost
      ok   A2 and Y are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
    """
    return run_check(COST, fn)
# --8<-- [end:check_compute_cost]


# --8<-- [start:check_backward_propagation_nn]
def check_backward_propagation_nn(fn):
    """Check your ``backward_propagation_nn(parameters, cache, X, Y)``.

    The network is the course's: a ReLU hidden layer and a sigmoid output
    with the cross-entropy cost, so ``dZ2 = A2 - Y`` and
    ``dZ1 = W2.T @ dZ2 * (Z1 > 0)``.

    Parameters
    ----------
    fn : callable
        Your function: it returns a dict of ``dW1``, ``db1``, ``dW2`` and
        ``db2``, each of its parameter's shape.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import backward_propagation_nn
    >>> from snippets.selfcheck import check_backward_propagation_nn
    >>> report = check_backward_propagation_nn(backward_propagation_nn)
    >>> bool(report), report.diagnosis
    (True, None)
    """
    return run_check(BACKWARD, fn)
# --8<-- [end:check_backward_propagation_nn]


# --8<-- [start:check_update_parameters_nn]
def check_update_parameters_nn(fn):
    """Check your ``update_parameters_nn(parameters, grads, learning_rate)``.

    Parameters
    ----------
    fn : callable
        Your function: it returns a new dict with ``W1 - learning_rate *
        dW1`` and so on, and leaves ``parameters`` unchanged.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import update_parameters_nn
    >>> from snippets.selfcheck import check_update_parameters_nn
    >>> bool(check_update_parameters_nn(update_parameters_nn))
    True
    """
    return run_check(UPDATE, fn)
# --8<-- [end:check_update_parameters_nn]


# --8<-- [start:check_random_mini_batches]
def check_random_mini_batches(fn):
    """Check your ``random_mini_batches(X, Y, mini_batch_size, seed)``.

    Any shuffle is right, so it checks properties: the mini-batches hold
    every column of X once, with its own column of Y, in batches of
    ``mini_batch_size`` and a last one with the rest; the order is not
    X's own for two seeds; the same seed gives the same batches; and
    NumPy's global random state is left alone. Matching the course's
    order earns a bonus line, never required.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(X, Y, mini_batch_size, seed)`` returns a list
        of ``(X_batch, Y_batch)`` pairs, ``X_batch`` ``(n_x, k)`` and
        ``Y_batch`` ``(n_y, k)``.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_random_mini_batches
    >>> def random_mini_batches(X, Y, mini_batch_size, seed):
    ...     m = X.shape[1]
    ...     permutation = np.random.default_rng(seed).permutation(m)
    ...     X, Y = X[:, permutation], Y[:, permutation]
    ...     return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
    ...             for k in range(0, m - mini_batch_size + 1,
    ...                            mini_batch_size)]   # no short last batch
    >>> print(check_random_mini_batches(random_mini_batches))
    check_random_mini_batches: 8 of 10 checks passed
      ok   returns a list of (X_batch, Y_batch) pairs
      FAIL sizes for (n_x, m, mini_batch_size) = (3, 10, 4), (2, 8, 4),
           (4, 5, 8), (1, 3, 1): full mini-batches, then the rest
           case (3, 10, 4): 2 mini-batches of [4, 4] examples, expected 3 of
           [4, 4, 2]
      FAIL every example (column of X) is in exactly one mini-batch
           case (3, 10, 4): 2 of the 10 examples are missing
      ok   X and Y stay aligned: every example keeps its label
      ok   the examples are shuffled: not in X's order for two seeds
      ok   the same seed gives the same mini-batches
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   X and Y are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your mini-batches leave out the last m % mini_batch_size
      examples: when that is not 0, add one last, smaller mini-batch with the
      rest of the columns.
    """
    return run_check(MINI_BATCHES, fn)
# --8<-- [end:check_random_mini_batches]


# --8<-- [start:check_update_parameters_with_momentum]
def check_update_parameters_with_momentum(fn):
    """Check your momentum step, over three steps in a row.

    ``fn(parameters, grads, v, beta, learning_rate)``; for each parameter
    W: ``v = beta v + (1 - beta) dW``, then ``W = W - learning_rate v``.
    Each step starts from the velocity the course's previous step left.

    Parameters
    ----------
    fn : callable
        Your function: it returns new dicts ``(parameters, v)`` and
        leaves the ones it is given unchanged.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets.selfcheck import check_update_parameters_with_momentum
    >>> def update_parameters_with_momentum(parameters, grads, v, beta,
    ...                                     learning_rate):
    ...     new_parameters, new_v = {}, {}
    ...     for key, W in parameters.items():
    ...         dW = grads["d" + key]
    ...         new_v["d" + key] = beta * v["d" + key] + dW   # no (1 - beta)
    ...         new_parameters[key] = W - learning_rate * new_v["d" + key]
    ...     return new_parameters, new_v
    >>> report = check_update_parameters_with_momentum(
    ...     update_parameters_with_momentum)
    >>> print(report)
    check_update_parameters_with_momentum: 6 of 7 checks passed
      ok   returns (parameters, v): dicts with keys W1, b1, W2, b2 and dW1,
           db1, dW2, db2
      ok   shapes for (n_x, n_h, n_y) = (3, 4, 1), (2, 3, 2)
      FAIL values: W1 differs on case (3, 4, 1) at step 1, max |diff| 0.13 at
           W1[0, 0]
           expected W1[0, 0:3] = [-0.8159, -1.311, -0.2432]
           got      W1[0, 0:3] = [-0.9415, -1.187, -0.1965]
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   parameters, grads and v are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your v adds the whole gradient, v = beta * v + dW, so it
      grows to 1 / (1 - beta) times the gradient: average it, v = beta * v +
      (1 - beta) * dW.
    """
    return run_check(MOMENTUM, fn)
# --8<-- [end:check_update_parameters_with_momentum]


# --8<-- [start:check_update_parameters_with_rmsprop]
def check_update_parameters_with_rmsprop(fn):
    """Check your RMSprop step, over three steps in a row.

    ``fn(parameters, grads, s, beta, learning_rate, epsilon=1e-8)``; for
    each parameter W: ``s = beta s + (1 - beta) dW**2``, then
    ``W = W - learning_rate dW / (sqrt(s) + epsilon)``. One network has tiny
    gradients for ``b2``, where epsilon matters, and uses your default
    epsilon.

    Parameters
    ----------
    fn : callable
        Your function: it returns new dicts ``(parameters, s)`` and
        leaves the ones it is given unchanged.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import update_parameters_with_rmsprop
    >>> from snippets.selfcheck import check_update_parameters_with_rmsprop
    >>> report = check_update_parameters_with_rmsprop(
    ...     update_parameters_with_rmsprop)
    >>> bool(report), report.diagnosis
    (True, None)
    """
    return run_check(RMSPROP, fn)
# --8<-- [end:check_update_parameters_with_rmsprop]


# --8<-- [start:check_update_parameters_with_adam]
def check_update_parameters_with_adam(fn):
    """Check your Adam step, over steps t = 1, 2, 3 in a row.

    ``fn(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
    beta2=0.999, epsilon=1e-8)``: momentum's ``v`` and RMSprop's ``s``,
    each divided by ``1 - beta**t`` (the bias correction), then ``W = W -
    learning_rate v_hat / (sqrt(s_hat) + epsilon)``. Each step starts
    from the state the course's previous step left, so that a wrong
    correction shows on its step; one network uses your defaults.

    Parameters
    ----------
    fn : callable
        Your function: it returns new dicts ``(parameters, v, s)`` and
        leaves the ones it is given unchanged.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_update_parameters_with_adam
    >>> def update_parameters_with_adam(parameters, grads, v, s, t,
    ...                                 learning_rate=0.01, beta1=0.9,
    ...                                 beta2=0.999, epsilon=1e-8):
    ...     new_parameters, new_v, new_s = {}, {}, {}
    ...     for key, W in parameters.items():
    ...         dW = grads["d" + key]
    ...         v_dW = beta1 * v["d" + key] + (1 - beta1) * dW
    ...         s_dW = beta2 * s["d" + key] + (1 - beta2) * dW**2
    ...         v_hat = v_dW / (1 - beta1**t)
    ...         s_hat = s_dW / (1 - beta2**t)
    ...         new_parameters[key] = W - learning_rate * v_hat / (
    ...             np.sqrt(s_hat) + epsilon)
    ...         new_v["d" + key], new_s["d" + key] = v_dW, s_dW
    ...     return new_parameters, new_v, new_s
    >>> print(check_update_parameters_with_adam(update_parameters_with_adam))
    check_update_parameters_with_adam: 7 of 7 checks passed
      ok   returns (parameters, v, s): dicts with keys W1, b1, W2, b2 and dW1,
           db1, dW2, db2
      ok   shapes for (n_x, n_h, n_y) = (3, 4, 1), (2, 3, 2)
      ok   values match the course's update_parameters_with_adam
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   parameters, grads, v and s are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
    """
    return run_check(ADAM, fn)
# --8<-- [end:check_update_parameters_with_adam]


# --8<-- [start:check_softmax]
def check_softmax(fn):
    """Check your ``softmax(z)``: each column of z (n_y, m) to probabilities.

    The classes are the rows and the examples the columns, so every
    column must sum to 1. It also runs on scores of +-1000, which only a
    softmax that first subtracts each column's max survives without a
    warning or NaN.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(z)`` returns ``exp(z)`` divided by the sum of
        its column, an array of ``z``'s shape and dtype.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_softmax
    >>> def softmax(z):
    ...     e = np.exp(z - np.max(z, axis=1, keepdims=True))
    ...     return e / np.sum(e, axis=1, keepdims=True)   # over the examples
    >>> print(check_softmax(softmax))
    check_softmax: 6 of 8 checks passed
      ok   returns an array
      ok   shapes for (n_y, m) = (3, 5), (4, 1), (4, 4)
      FAIL values: softmax(z) differs on case (3, 5), max |diff| 0.91 at
           softmax(z)[2, 1]
           expected softmax(z)[2, 0:4] = [0.9458, 0.9194, 0.4744, 0.8357]
           got      softmax(z)[2, 0:4] = [0.08642, 0.007372, 0.114, 0.791]
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      FAIL stable: scores of +-1000 give the right probabilities, no warning
           softmax(z) differs on case (3, 4) with scores of +-1000, max |diff|
           0.73 at softmax(z)[1, 0]
           expected softmax(z)[1, 0:4] = [0.2689, 0.2119, 0.6652, 0.4683]
           got      softmax(z)[1, 0:4] = [1, 0, 0, 0]
      ok   z is left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your softmax makes each row sum to 1, over the m
      examples (axis=1): the classes are the rows, so each column must sum to
      1, e / np.sum(e, axis=0, keepdims=True).
    """
    return run_check(SOFTMAX, fn)
# --8<-- [end:check_softmax]


# --8<-- [start:check_one_hot]
def check_one_hot(fn):
    """Check your ``one_hot(y, n_classes)``: labels (m,) to Y (n_classes, m).

    Shapes and values are checked, on cases with m = 1, m = n_classes and
    a class missing from y; the dtype is not: an integer or boolean Y
    works as well as the course's float64 one, and gets a note.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(y, n_classes)`` returns an array of shape
        ``(n_classes, m)`` with a single 1 in each column, in the row of
        that example's label.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_one_hot
    >>> def one_hot(y, n_classes):
    ...     return np.eye(n_classes)[y]             # one row per example
    >>> print(check_one_hot(one_hot))
    check_one_hot: 4 of 6 checks passed
      ok   returns an array
      FAIL shapes for (n_classes, m) = (3, 5), (4, 1), (4, 4), (5, 3)
           Y has shape (5, 3) on case (3, 5), expected (n_classes, m) = (3, 5)
      FAIL values: Y differs on case (3, 5), max |diff| 1 at Y[0, 1]
           expected Y[0, 0:4] = [0, 1, 0, 0]
           got      Y[0, 0:4] = [0, 0, 1, 1]
      ok   y is left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your Y is (m, n_classes), one example per row: the
      course keeps examples in columns, so transpose it,
      np.eye(n_classes)[y].T of shape (n_classes, m).
    """
    return run_check(ONE_HOT, fn)
# --8<-- [end:check_one_hot]


# --8<-- [start:check_compute_cost_softmax]
def check_compute_cost_softmax(fn):
    """Check your ``compute_cost_softmax(A2, Y)``, the categorical one.

    ``A2`` and the one-hot ``Y`` are ``(n_y, m)``; the cost is
    ``-sum(Y * log(A2)) / m``, averaged over the examples only.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(A2, Y)`` returns the cost ``J`` as a Python
        float.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_compute_cost_softmax
    >>> def compute_cost_softmax(A2, Y):
    ...     return float(-np.mean(Y * np.log(A2)))
    >>> print(check_compute_cost_softmax(compute_cost_softmax))
    check_compute_cost_softmax: 4 of 5 checks passed
      ok   returns the cost J as a float
      FAIL values: J differs on case (3, 5): expected 0.4997, got 0.1666
      ok   A2 and Y are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your cost is n_y times too small: np.mean averages over
      all n_y * m entries of Y * np.log(A2), most of them 0; divide the sum by
      the m examples only, J = -np.sum(Y * np.log(A2)) / m.
    """
    return run_check(COST_SOFTMAX, fn)
# --8<-- [end:check_compute_cost_softmax]


# --8<-- [start:check_backward_propagation_softmax]
def check_backward_propagation_softmax(fn):
    """Check your ``backward_propagation_softmax(parameters, cache, X, Y)``.

    The network is Lesson 9's: a ReLU hidden layer and a softmax output
    with the categorical cross-entropy, so ``dZ2 = A2 - Y`` with ``n_y``
    rows and ``dZ1 = W2.T @ dZ2 * (Z1 > 0)``.

    Parameters
    ----------
    fn : callable
        Your function: it returns a dict of ``dW1``, ``db1``, ``dW2`` and
        ``db2``, each of its parameter's shape.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import backward_propagation_softmax
    >>> from snippets.selfcheck import check_backward_propagation_softmax
    >>> report = check_backward_propagation_softmax(
    ...     backward_propagation_softmax)
    >>> bool(report), report.diagnosis
    (True, None)
    """
    return run_check(BACKWARD_SOFTMAX, fn)
# --8<-- [end:check_backward_propagation_softmax]
