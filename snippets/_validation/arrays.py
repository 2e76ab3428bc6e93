"""Course-shape checks of arrays and dicts: X, Y, parameters, caches.

Each helper takes the name of the function the caller called (``func``)
first and raises a ``ValueError`` or ``TypeError`` naming it and the
argument, with the expected shape in course symbols and numbers, what
arrived, and a hint. It returns the value ready to compute with (a
floating array, in the dtype asked for) and never modifies its input.
Imports only NumPy: no taught module, no higher layer.
"""

import numbers

import numpy as np

PARAMETER_KEYS = ("W1", "b1", "W2", "b2")



def is_numeric(array):
    """True for arrays of numbers or booleans."""
    return np.issubdtype(array.dtype, np.number) or array.dtype == bool


def check_parameters(func, parameters):
    """Check the dict of W1, b1, W2, b2 and return its sizes.

    Returns ``(n_x, n_h, n_y)`` read from the weight matrices.
    """
    if not hasattr(parameters, "keys"):
        raise TypeError(
            f"{func}: parameters must be a dict with keys "
            f"{', '.join(PARAMETER_KEYS)} (as initialize_parameters_nn "
            f"returns), but got {type(parameters).__name__}."
        )
    missing = [key for key in PARAMETER_KEYS if key not in parameters]
    if missing:
        raise ValueError(
            f"{func}: parameters is missing key(s) {', '.join(missing)}; "
            f"expected {', '.join(PARAMETER_KEYS)} (as "
            f"initialize_parameters_nn returns), got "
            f"{', '.join(map(str, parameters.keys())) or 'no keys'}."
        )
    shapes = {key: np.shape(parameters[key]) for key in PARAMETER_KEYS}
    for key in ("W1", "W2"):
        if len(shapes[key]) != 2:
            raise ValueError(
                f"{func}: parameters['{key}'] must be a 2-D matrix, but "
                f"got shape {shapes[key]}."
            )
    n_h, n_x = shapes["W1"]
    n_y, n_h2 = shapes["W2"]
    if n_h2 != n_h:
        raise ValueError(
            f"{func}: parameters['W2'] must have shape (n_y, n_h) = "
            f"(n_y, {n_h}) to match W1's {n_h} hidden units, but got "
            f"shape {shapes['W2']}."
        )
    for key, rows, symbol in (("b1", n_h, "n_h"), ("b2", n_y, "n_y")):
        if shapes[key] != (rows, 1):
            hint = ""
            if shapes[key] in ((rows,), (1, rows)):
                # a 1-D or row bias broadcasts along the wrong axis
                hint = f" Try {key}.reshape({rows}, 1)."
            raise ValueError(
                f"{func}: parameters['{key}'] must be a column vector of "
                f"shape ({symbol}, 1) = ({rows}, 1), but got shape "
                f"{shapes[key]}.{hint}"
            )
    return n_x, n_h, n_y


def check_X(func, X, n_x):
    """Return ``X`` as a float array of shape ``(n_x, m)``, else raise."""
    X = np.asarray(X)
    if not (np.issubdtype(X.dtype, np.number) or X.dtype == bool):
        raise TypeError(
            f"{func}: X must hold numbers, but got dtype {X.dtype}."
        )
    if X.ndim != 2:
        hint = ""
        if X.ndim == 1:
            hint = (
                f" For a single example use X.reshape({n_x}, 1); for one "
                f"feature per example use X.reshape(1, -1)."
            )
        raise ValueError(
            f"{func}: X must be 2-D with shape (n_x, m) = ({n_x}, m), one "
            f"example per column, but got a {X.ndim}-D array of shape "
            f"{X.shape}.{hint}"
        )
    if X.shape[0] != n_x:
        hint = ""
        if X.shape[1] == n_x:
            hint = (
                " It looks transposed (examples in rows, as pandas and "
                "scikit-learn store them): pass X.T."
            )
        raise ValueError(
            f"{func}: X must have shape (n_x, m) = ({n_x}, m), one example "
            f"per column, to match W1's {n_x} input features, but got "
            f"shape {X.shape}.{hint}"
        )
    if not np.issubdtype(X.dtype, np.floating):
        X = X.astype(np.float64)
    return X


def check_single_output(func, n_y):
    """Raise unless the network has the one output unit ``Y`` needs."""
    if n_y != 1:
        raise ValueError(
            f"{func}: the cost is binary cross-entropy, so the network "
            f"needs n_y = 1 output unit (W2 of shape (1, n_h)), but W2 "
            f"has {n_y} rows."
        )


def _numeric_probabilities(func, A, name="A2"):
    """``A`` as an array of numbers, else a TypeError naming ``name``.

    The first check of a network's output (``A2`` or ``AL``), before its
    shape and its range.
    """
    A = np.asarray(A)
    if not is_numeric(A):
        raise TypeError(
            f"{func}: {name} must hold probabilities, but got dtype "
            f"{A.dtype}."
        )
    return A


def _in_unit_interval(func, A, source, name="A2"):
    """``A`` as floats if all in [0, 1]; ``source`` says where A is from."""
    if not np.issubdtype(A.dtype, np.floating):
        A = A.astype(np.float64)
    # written this way round so that NaN fails too
    inside = (A >= 0) & (A <= 1)
    if not inside.all():
        raise ValueError(
            f"{func}: {name} must hold probabilities in [0, 1] (the "
            f"{source}), but got {A[~inside][0]}."
        )
    return A


def check_probabilities(func, A2):
    """Return ``A2`` as a float array of shape ``(1, m)`` in [0, 1]."""
    A2 = _numeric_probabilities(func, A2)
    if A2.ndim != 2 or A2.shape[0] != 1:
        hint = ""
        if A2.ndim == 1:
            hint = " Try A2.reshape(1, -1)."
        elif A2.ndim == 2 and A2.shape[1] == 1:
            hint = " It looks transposed: pass A2.T."
        raise ValueError(
            f"{func}: A2 must have shape (1, m), one probability per "
            f"example, but got shape {A2.shape}.{hint}"
        )
    return _in_unit_interval(func, A2,
                             "sigmoid output of forward_propagation_nn")


def check_Y(func, Y, m, *, dtype):
    """Return ``Y`` as a ``dtype`` array of shape ``(1, m)`` in [0, 1]."""
    Y = np.asarray(Y)
    if not (np.issubdtype(Y.dtype, np.number) or Y.dtype == bool):
        raise TypeError(
            f"{func}: Y must hold the labels 0 and 1, but got dtype "
            f"{Y.dtype}."
        )
    if Y.shape != (1, m):
        hint = ""
        if Y.ndim == 1 and Y.size == m:
            hint = " Labels in a 1-D array: use y.reshape(1, -1)."
        elif Y.shape == (m, 1):
            hint = " It looks transposed: use Y.T or Y.reshape(1, -1)."
        raise ValueError(
            f"{func}: Y must have shape (1, m) = (1, {m}), one label per "
            f"example (column of X), but got shape {Y.shape}.{hint}"
        )
    Y = Y.astype(dtype, copy=False)
    # written this way round so that NaN fails too
    if not (Y.min() >= 0 and Y.max() <= 1):
        inside = (Y >= 0) & (Y <= 1)
        raise ValueError(
            f"{func}: Y must hold the labels 0 and 1, but got "
            f"{Y[~inside][0]}."
        )
    return Y


def check_training_X(func, X):
    """Return a training set's ``X`` as floats; ``n_x`` is read from it."""
    X = np.asarray(X)
    if X.ndim != 2:
        hint = ""
        if X.ndim == 1:
            hint = " For a single feature use X.reshape(1, -1)."
        raise ValueError(
            f"{func}: X must be 2-D with shape (n_x, m), one example per "
            f"column, but got a {X.ndim}-D array of shape {X.shape}.{hint}"
        )
    X = check_X(func, X, X.shape[0])
    return X


def check_X_Y(func, X, Y):
    """Check a training set whose ``n_x`` is read from ``X`` itself.

    Returns ``X`` as a float array and ``Y`` in ``X``'s dtype.
    """
    X = check_training_X(func, X)
    n_x, m = X.shape
    labels = np.size(Y)
    if labels == n_x and labels != m:
        raise ValueError(
            f"{func}: X has shape (n_x, m) = {X.shape}, so m = {m} "
            f"examples, but Y has {labels} labels. X looks transposed "
            f"(examples in rows, as pandas and scikit-learn store them): "
            f"pass X.T."
        )
    return X, check_Y(func, Y, m, dtype=X.dtype)


def check_cache(func, cache, n_h, m, *, dtype, n_y=None,
                forward="forward_propagation_nn"):
    """Return ``Z1``, ``A1`` and ``A2`` of a forward pass's cache.

    ``A2`` is ``(1, m)`` for the binary network; a softmax network passes
    its ``n_y`` classes and the name of its ``forward`` function.
    """
    if not hasattr(cache, "keys"):
        raise TypeError(
            f"{func}: cache must be the dict that {forward} returns "
            f"(keys Z1, A1, Z2, A2), but got {type(cache).__name__}."
        )
    expected = {"Z1": (n_h, m), "A1": (n_h, m), "A2": (n_y or 1, m)}
    missing = [key for key in expected if key not in cache]
    if missing:
        raise ValueError(
            f"{func}: cache is missing key(s) {', '.join(missing)}; "
            f"expected the dict that {forward} returns "
            f"(keys Z1, A1, Z2, A2)."
        )
    classes = "" if n_y is None else f"n_y = {n_y} classes, "
    arrays = []
    for key, shape in expected.items():
        array = np.asarray(cache[key], dtype=dtype)
        if array.shape != shape:
            raise ValueError(
                f"{func}: cache['{key}'] must have shape {shape} (n_h = "
                f"{n_h} units, {classes}m = {m} examples), but got shape "
                f"{array.shape}. Pass the cache of the forward pass on "
                f"this X."
            )
        arrays.append(array)
    return arrays


def check_parameter_dict(func, parameters):
    """Return ``parameters`` as a new dict of floating arrays.

    Any keys are accepted (``W1``, ``b1``, ``W2``, ``b2`` for the
    course's network). Integer arrays become float64, so a step is not
    rounded away; floating arrays keep their dtype and are not copied.
    """
    if not hasattr(parameters, "keys"):
        raise TypeError(
            f"{func}: parameters must be a dict of arrays with keys such "
            f"as W1, b1, W2, b2 (as initialize_parameters_nn returns), "
            f"but got {type(parameters).__name__}."
        )
    if len(parameters) == 0:
        raise ValueError(
            f"{func}: parameters is an empty dict; expected arrays such "
            f"as W1, b1, W2, b2 (as initialize_parameters_nn returns)."
        )
    arrays = {}
    for key, value in parameters.items():
        array = np.asarray(value)
        if not is_numeric(array):
            raise TypeError(
                f"{func}: parameters['{key}'] must hold numbers, but got "
                f"dtype {array.dtype}."
            )
        if not np.issubdtype(array.dtype, np.floating):
            array = array.astype(np.float64)
        arrays[key] = array
    return arrays


def check_like_parameters(func, name, values, parameters, *, source):
    """Return ``values["d" + key]`` for every parameter, in its dtype.

    ``values`` is a dict of gradients (``name="grads"``) or of an
    optimizer's moving averages (``"v"``, ``"s"``): one array of each
    parameter's shape under the key ``"d" + key``, and no other key
    (any depth: ``W1`` .. ``WL`` give ``dW1`` .. ``dWL``). ``source`` says
    where such a dict comes from, e.g. "as backward_propagation_nn
    returns". Returns a new dict holding only those keys.
    """
    keys = ["d" + key for key in parameters]
    if not hasattr(values, "keys"):
        raise TypeError(
            f"{func}: {name} must be a dict with keys {', '.join(keys)} "
            f"({source}), but got {type(values).__name__}."
        )
    missing = [key for key in keys if key not in values]
    if missing:
        got = ", ".join(map(str, values.keys())) or "no keys"
        raise ValueError(
            f"{func}: {name} is missing key(s) {', '.join(missing)}; "
            f"expected {', '.join(keys)} ({source}), got {got}."
        )
    extra = [str(key) for key in values if key not in keys]
    if extra:
        # e.g. the gradients of a deeper network than these parameters
        raise ValueError(
            f"{func}: {name} has key(s) {', '.join(extra)} that match no "
            f"parameter; expected exactly {', '.join(keys)} ({source}), "
            f"one per parameter of the same network."
        )
    arrays = {}
    for key, theta in parameters.items():
        array = np.asarray(values["d" + key])
        if not is_numeric(array):
            raise TypeError(
                f"{func}: {name}['d{key}'] must hold numbers, but got "
                f"dtype {array.dtype}."
            )
        if array.shape != theta.shape:
            raise ValueError(
                f"{func}: {name}['d{key}'] must have the shape of "
                f"parameters['{key}'], {theta.shape}, but got shape "
                f"{array.shape}."
            )
        # float32 weights stay float32, even with float64 gradients
        arrays["d" + key] = array.astype(theta.dtype, copy=False)
    return arrays


def check_examples(func, X, Y):
    """Return ``X`` ``(n_x, m)`` and ``Y`` ``(n_y, m)`` as arrays.

    Only the layout is checked, one example per column of both; the
    dtypes are kept.
    """
    X, Y = np.asarray(X), np.asarray(Y)
    for name, array in (("X", X), ("Y", Y)):
        if not is_numeric(array):
            raise TypeError(
                f"{func}: {name} must hold numbers, but got dtype "
                f"{array.dtype}."
            )
    if X.ndim != 2:
        hint = ""
        if X.ndim == 1:
            hint = " For a single feature use X.reshape(1, -1)."
        raise ValueError(
            f"{func}: X must be 2-D with shape (n_x, m), one example per "
            f"column, but got a {X.ndim}-D array of shape {X.shape}.{hint}"
        )
    n_x, m = X.shape
    if Y.ndim != 2 or Y.shape[1] != m:
        hint = ""
        if Y.ndim == 1 and Y.size == m:
            hint = " Labels in a 1-D array: use y.reshape(1, -1)."
        elif Y.ndim == 2 and Y.shape[0] == m:
            hint = " Y looks transposed: pass Y.T."
        elif Y.ndim == 2 and Y.shape[1] == n_x:
            hint = (" X looks transposed (examples in rows, as pandas "
                    "and scikit-learn store them): pass X.T.")
        raise ValueError(
            f"{func}: Y must have shape (n_y, m) = (n_y, {m}), one column "
            f"per example (column of X), but got shape {Y.shape}.{hint}"
        )
    return X, Y


def check_finite(func, name, X):
    """Raise if the columns (examples) of ``X`` hold NaN or infinity."""
    bad = ~np.isfinite(X).all(axis=0)
    if bad.any():
        raise ValueError(
            f"{func}: {name} contains NaN or infinite values in "
            f"{int(bad.sum())} of {X.shape[1]} examples (columns). Fill "
            f"the missing values first (Lesson 4 filled Age with the "
            f"training median) or drop those examples."
        )


def check_validation_set(func, X_val, Y_val, n_x, *, dtype, n_y=1):
    """Return ``X_val`` ``(n_x, m_val)`` and ``Y_val`` ``(n_y, m_val)``.

    Both are returned in ``dtype``, the training set's; ``m_val`` must
    be at least 1. ``n_y`` is the training labels' number of rows: 1
    for 0/1 labels, the number of classes for one-hot ones.
    """
    X_val, Y_val = np.asarray(X_val), np.asarray(Y_val)
    for name, array in (("X_val", X_val), ("Y_val", Y_val)):
        if not is_numeric(array):
            raise TypeError(
                f"{func}: {name} must hold numbers, but got dtype "
                f"{array.dtype}."
            )
    if X_val.ndim != 2 or X_val.shape[0] != n_x:
        hint = ""
        if X_val.ndim == 2 and X_val.shape[1] == n_x:
            hint = (" It looks transposed (examples in rows, as "
                    "load_titanic returns them): pass X_val.T.")
        raise ValueError(
            f"{func}: X_val must have shape (n_x, m_val) = ({n_x}, "
            f"m_val), one validation example per column like X, but got "
            f"shape {X_val.shape}.{hint}"
        )
    m_val = X_val.shape[1]
    if m_val == 0:
        raise ValueError(
            f"{func}: X_val has no examples (shape {X_val.shape}), but "
            f"early stopping needs a validation set to measure the cost "
            f"on. Hint: load_titanic(validation_size=0.2) holds out one "
            f"passenger in five."
        )
    rows = Y_val.shape[0] if Y_val.ndim == 2 else None
    if rows != n_y and Y_val.ndim == 2 and Y_val.shape[1] == m_val:
        raise ValueError(
            f"{func}: Y_val has {rows} rows but Y has {n_y}; both must "
            f"encode the labels the same way: one row of 0/1 labels, or "
            f"one-hot columns of the same n_y classes. Hint: build both "
            f"with one_hot(y, n_classes) and the same n_classes, or "
            f"reshape both with y.reshape(1, -1)."
        )
    if n_y > 1:
        Y_val = check_one_hot(func, Y_val, m_val, dtype=dtype, n_y=n_y,
                              name="Y_val")
        X_val = X_val.astype(dtype, copy=False)
        check_finite(func, "X_val", X_val)
        return X_val, Y_val
    if Y_val.shape != (1, m_val):
        hint = ""
        if Y_val.ndim == 1 and Y_val.size == m_val:
            hint = " Labels in a 1-D array: use y_val.reshape(1, -1)."
        elif Y_val.shape == (m_val, 1):
            hint = " It looks transposed: pass Y_val.T."
        raise ValueError(
            f"{func}: Y_val must have shape (1, m_val) = (1, {m_val}), "
            f"one label per column of X_val, but got shape "
            f"{Y_val.shape}.{hint}"
        )
    Y_val = Y_val.astype(dtype, copy=False)
    # written this way round so that NaN fails too
    inside = (Y_val >= 0) & (Y_val <= 1)
    if not inside.all():
        raise ValueError(
            f"{func}: Y_val must hold the labels 0 and 1, but got "
            f"{Y_val[~inside][0]}."
        )
    X_val = X_val.astype(dtype, copy=False)
    check_finite(func, "X_val", X_val)
    return X_val, Y_val


def check_labels(func, y, n_classes):
    """Return ``y`` as int64 labels ``(m,)`` in ``0 .. n_classes - 1``."""
    y = np.asarray(y)
    if not np.issubdtype(y.dtype, np.integer):
        hint = ""
        if np.issubdtype(y.dtype, np.floating):
            hint = " Hint: convert whole numbers with y.astype(np.int64)."
        raise TypeError(
            f"{func}: y must hold integer class labels 0 to "
            f"{n_classes - 1}, but got dtype {y.dtype}.{hint}"
        )
    if y.ndim != 1:
        hint = ""
        if y.ndim == 2 and 1 in y.shape:
            hint = " Hint: flatten it with y.ravel()."
        raise ValueError(
            f"{func}: y must be 1-D with shape (m,), one label per "
            f"example, but got shape {y.shape}.{hint}"
        )
    outside = (y < 0) | (y >= n_classes)
    if outside.any():
        i = np.flatnonzero(outside)[0]
        hint = ""
        if y[i] >= n_classes:
            hint = (f" Hint: n_classes must exceed the largest label, "
                    f"here n_classes={int(y.max()) + 1}.")
        raise ValueError(
            f"{func}: y must hold labels 0 to {n_classes - 1} (n_classes "
            f"= {n_classes}), but got {y[i]} at index {i}.{hint}"
        )
    return y.astype(np.int64, copy=False)


def check_one_hot(func, Y, m, *, dtype, n_y=None, name="Y"):
    """Return one-hot ``Y`` as a ``dtype`` array ``(n_y, m)``, else raise.

    ``n_y`` is read from ``Y`` unless given (from ``W2``). Each column
    must hold numbers in [0, 1] that sum to 1. ``name="Y_val"`` checks
    a validation set's labels, one per column of ``X_val``.
    """
    Y = np.asarray(Y)
    rows = "n_y" if n_y is None else n_y
    # "Y" goes with X and m, "Y_val" with X_val and m_val
    X_name, m_name = name.replace("Y", "X"), name.replace("Y", "m")
    y_name = name.lower()
    if not (np.issubdtype(Y.dtype, np.number) or Y.dtype == bool):
        raise TypeError(
            f"{func}: {name} must hold one-hot labels (0s and 1s), but got "
            f"dtype {Y.dtype}."
        )
    if Y.ndim != 2 or Y.shape[1] != m or (n_y is not None
                                          and Y.shape[0] != n_y):
        hint = ""
        if Y.ndim == 1 and Y.size == m:
            hint = (f" It holds one label per example: turn it into "
                    f"one-hot columns with one_hot({y_name}, n_classes).")
        elif Y.ndim == 2 and Y.shape[0] == m:
            hint = (f" It looks transposed (one example per row): pass "
                    f"{name}.T.")
        raise ValueError(
            f"{func}: {name} must have shape (n_y, {m_name}) = ({rows}, "
            f"{m}), one one-hot column per example (column of {X_name}), "
            f"but got shape {Y.shape}.{hint}"
        )
    Y = Y.astype(dtype, copy=False)
    sums = Y.sum(axis=0)
    # written this way round so that NaN fails too
    bad = ~((Y >= 0) & (Y <= 1)).all(axis=0) | ~(np.abs(sums - 1) <= 1e-3)
    if bad.any():
        i = np.flatnonzero(bad)[0]
        hint = (" Y looks like binary 0/1 labels (1, m): use "
                "one_hot(y, 2), or the one-output functions (compute_cost,"
                " train_nn)."
                if Y.shape[0] == 1 else
                f" Build it with one_hot({y_name}, n_classes).")
        raise ValueError(
            f"{func}: every column of {name} must be one-hot (0s and a "
            f"single 1), but column {i} is {Y[:, i].tolist()}.{hint}"
        )
    return Y


def check_class_probabilities(func, A2):
    """Return ``A2`` as a float array ``(n_y, m)`` in [0, 1], else raise."""
    A2 = _numeric_probabilities(func, A2)
    if A2.ndim != 2:
        raise ValueError(
            f"{func}: A2 must be 2-D with shape (n_y, m), one column of "
            f"class probabilities per example, but got shape "
            f"{A2.shape}."
        )
    return _in_unit_interval(
        func, A2, "softmax output of forward_propagation_softmax")


def check_softmax_cache(func, cache, n_h, n_y, m, *, dtype):
    """Return ``Z1``, ``A1`` and ``A2`` of a softmax forward pass."""
    return check_cache(func, cache, n_h, m, dtype=dtype, n_y=n_y,
                       forward="forward_propagation_softmax")


def check_X_one_hot(func, X, Y):
    """Check a training set ``X`` ``(n_x, m)``, one-hot ``Y`` ``(n_y, m)``.

    Returns ``X`` as a float array and ``Y`` in ``X``'s dtype.
    """
    X = check_training_X(func, X)
    n_x, m = X.shape
    if np.ndim(Y) == 2 and np.shape(Y)[1] == n_x != m:
        raise ValueError(
            f"{func}: X has shape (n_x, m) = {X.shape}, so m = {m} "
            f"examples, but Y has {n_x} columns. X looks transposed "
            f"(examples in rows, as pandas and scikit-learn store them): "
            f"pass X.T."
        )
    return X, check_one_hot(func, Y, m, dtype=X.dtype)


def check_state(func, state):
    """Return an optimizer state dict's ``v``, ``s`` and int ``t``."""
    expected = ("a dict with keys 'v' and 's' (as initialize_adam returns "
                "them) and 't', the number of steps taken so far")
    if not hasattr(state, "keys"):
        raise TypeError(
            f"{func}: state must be {expected}, but got "
            f"{type(state).__name__}."
        )
    missing = [key for key in ("v", "s", "t") if key not in state]
    if missing:
        raise ValueError(
            f"{func}: state is missing key(s) {', '.join(missing)}; "
            f"expected {expected}. Hint: v, s = initialize_adam("
            f"parameters); state = {{'v': v, 's': s, 't': 0}}."
        )
    t = state["t"]
    if isinstance(t, bool) or not isinstance(t, numbers.Integral) or t < 0:
        raise ValueError(
            f"{func}: state['t'] must be the number of steps taken so "
            f"far, an int >= 0 (0 at the start), but got {t!r}."
        )
    return state["v"], state["s"], int(t)


def check_regression(func, parameters, X):
    """Check softmax regression's ``W`` ``(n_y, n_x)``, ``b`` and ``X``.

    Returns ``W``, ``b`` and ``X`` as floating arrays in one dtype.
    """
    if not hasattr(parameters, "keys"):
        raise TypeError(
            f"{func}: parameters must be a dict with keys W and b (as "
            f"train_softmax_regression returns), but got "
            f"{type(parameters).__name__}."
        )
    missing = [key for key in ("W", "b") if key not in parameters]
    if missing:
        raise ValueError(
            f"{func}: parameters is missing key(s) {', '.join(missing)}; "
            f"expected W and b (as train_softmax_regression returns), got "
            f"{', '.join(map(str, parameters.keys())) or 'no keys'}."
        )
    W, b = np.asarray(parameters["W"]), np.asarray(parameters["b"])
    if W.ndim != 2 or b.shape != (W.shape[0], 1):
        raise ValueError(
            f"{func}: parameters['W'] must have shape (n_y, n_x) and "
            f"parameters['b'] shape (n_y, 1), but got {W.shape} and "
            f"{b.shape}."
        )
    n_x = W.shape[1]
    if np.ndim(X) == 2 and np.shape(X)[0] != n_x:
        hint = ""
        if np.shape(X)[1] == n_x:
            hint = (" It looks transposed (examples in rows, as pandas "
                    "and scikit-learn store them): pass X.T.")
        raise ValueError(
            f"{func}: X must have shape (n_x, m) = ({n_x}, m), one example "
            f"per column, to match W's {n_x} input features, but got "
            f"shape {np.shape(X)}.{hint}"
        )
    X = check_X(func, X, n_x)
    return W.astype(X.dtype), b.astype(X.dtype), X


def as_dtype(parameters, dtype):
    """A new dict of W1, b1, W2, b2 as ``dtype`` arrays (no copy if so)."""
    return {key: np.asarray(parameters[key], dtype=dtype)
            for key in PARAMETER_KEYS}


# ---------------------------------------------------------------------
# The L-layer network of Lessons 10 and 11: W1 .. WL, b1 .. bL, caches.

DEEP_SOURCE = "as initialize_parameters_deep returns"


def _layer_keys(parameters):
    """The layer numbers of ``W``/``b`` keys, and the other keys."""
    layers, other = set(), []
    for key in parameters:
        name = str(key)
        if (len(name) > 1 and name[0] in "Wb" and name[1:].isdigit()
                and name[1] != "0"):
            layers.add(int(name[1:]))
        else:
            other.append(name)
    return layers, other


def check_deep_parameters(func, parameters):
    """Check ``W1`` .. ``WL``, ``b1`` .. ``bL`` and return the sizes.

    Returns ``[n_x, n_1, ..., n_L]`` read from the weight matrices. A
    missing or extra layer, and a shape that does not follow from the
    layer below, are named with the layer.
    """
    if not hasattr(parameters, "keys"):
        raise TypeError(
            f"{func}: parameters must be a dict with keys W1, b1, ..., WL, "
            f"bL ({DEEP_SOURCE}), but got {type(parameters).__name__}."
        )
    got = ", ".join(map(str, parameters.keys())) or "no keys"
    layers, other = _layer_keys(parameters)
    if other:
        raise ValueError(
            f"{func}: parameters has key(s) {', '.join(other)} that are "
            f"not weights W1 .. WL or biases b1 .. bL ({DEEP_SOURCE}); "
            f"got {got}."
        )
    if not layers:
        raise ValueError(
            f"{func}: parameters is empty; expected W1, b1, ..., WL, bL "
            f"({DEEP_SOURCE}, e.g. initialize_parameters_deep([n_x, n_1, "
            f"n_y]))."
        )
    L = max(layers)
    for layer in range(1, L + 1):
        W, b = f"W{layer}", f"b{layer}"
        if W in parameters and b in parameters:
            continue
        if W in parameters or b in parameters:
            has, lacks = (W, b) if W in parameters else (b, W)
            problem = f"has {has} but no {lacks}"
        else:
            problem = f"has no {W} and no {b} (layer {layer})"
        raise ValueError(
            f"{func}: parameters {problem}; an L-layer network needs "
            f"W1 .. WL and b1 .. bL, here L = {L} from the highest layer "
            f"number, with every layer in between ({DEEP_SOURCE}); got "
            f"{got}."
        )
    sizes = []
    for layer in range(1, L + 1):
        for key in (f"W{layer}", f"b{layer}"):
            array = np.asarray(parameters[key])
            if not is_numeric(array):
                raise TypeError(
                    f"{func}: parameters['{key}'] must hold numbers, but "
                    f"got dtype {array.dtype}."
                )
        W = np.shape(parameters[f"W{layer}"])
        if len(W) != 2:
            raise ValueError(
                f"{func}: parameters['W{layer}'] must be a 2-D matrix of "
                f"shape (n_{layer}, n_{layer - 1}), but got shape {W}."
            )
        if sizes and W[1] != sizes[-1]:
            below = np.shape(parameters[f"W{layer - 1}"])
            hint = ""
            if W[0] == sizes[-1]:
                hint = f" It looks transposed: pass W{layer}.T."
            raise ValueError(
                f"{func}: parameters['W{layer}'] has shape {W}, but layer "
                f"{layer - 1} has {sizes[-1]} units (W{layer - 1} "
                f"{below}), so W{layer} must have shape (n_{layer}, "
                f"n_{layer - 1}) = ({W[0]}, {sizes[-1]}).{hint}"
            )
        if not sizes:
            sizes.append(W[1])
        sizes.append(W[0])
        b = np.shape(parameters[f"b{layer}"])
        if b != (W[0], 1):
            hint = ""
            if b in ((W[0],), (1, W[0])):
                # a 1-D or row bias broadcasts along the wrong axis
                hint = f" Try b{layer}.reshape({W[0]}, 1)."
            raise ValueError(
                f"{func}: parameters['b{layer}'] must be a column vector "
                f"of shape (n_{layer}, 1) = ({W[0]}, 1), as W{layer} {W} "
                f"has {W[0]} units, but got shape {b}.{hint}"
            )
    return sizes


def deep_as_dtype(parameters, dtype):
    """A new dict of ``W1`` .. ``bL`` as ``dtype`` arrays (no copy if so)."""
    return {key: np.asarray(value, dtype=dtype)
            for key, value in parameters.items()}


def check_deep_caches(func, caches, sizes, m):
    """Check the caches of ``forward_propagation_deep`` for these sizes.

    ``sizes`` is ``[n_x, n_1, ..., n_L]`` and ``m`` the number of
    examples. Returns a new list of new dicts whose arrays are in the
    dtype of the output layer's ``A`` (float64 if it is not floating),
    with the dropout masks and ``keep_prob`` as they were.
    """
    L = len(sizes) - 1
    source = (f"the list of L = {L} layer caches that "
              f"forward_propagation_deep(X, parameters) returns")
    if isinstance(caches, (str, bytes)) or not hasattr(caches, "__len__") \
            or hasattr(caches, "keys"):
        raise TypeError(
            f"{func}: caches must be {source}, but got "
            f"{type(caches).__name__}."
        )
    if len(caches) != L:
        raise ValueError(
            f"{func}: caches must be {source}, but got {len(caches)} "
            f"cache(s): they come from another network. Pass the caches "
            f"of the forward pass with these parameters."
        )
    for index, cache in enumerate(caches):
        if not hasattr(cache, "keys"):
            raise TypeError(
                f"{func}: caches[{index}] (layer {index + 1}) must be a "
                f"dict with keys A_prev, Z, A, but got "
                f"{type(cache).__name__}."
            )
        missing = [key for key in ("A_prev", "Z", "A") if key not in cache]
        if "D" in cache and "keep_prob" not in cache:
            missing.append("keep_prob")
        if missing:
            raise ValueError(
                f"{func}: caches[{index}] (layer {index + 1}) is missing "
                f"key(s) {', '.join(missing)}; expected {source}."
            )
    AL = np.asarray(caches[-1]["A"])
    dtype = AL.dtype if np.issubdtype(AL.dtype, np.floating) \
        else np.dtype(np.float64)
    checked = []
    for layer, cache in enumerate(caches, start=1):
        n, n_prev = sizes[layer], sizes[layer - 1]
        expected = {"A_prev": (n_prev, m), "Z": (n, m), "A": (n, m)}
        if "D" in cache:
            expected["D"] = (n, m)
        new = dict(cache)
        for key, shape in expected.items():
            array = np.asarray(cache[key])
            if not is_numeric(array):
                raise TypeError(
                    f"{func}: caches[{layer - 1}]['{key}'] (layer {layer}) "
                    f"must hold numbers, but got dtype {array.dtype}."
                )
            if array.shape != shape:
                units = (f"layer {layer - 1} has {n_prev} units" if
                         key == "A_prev" and layer > 1 else
                         f"X has n_x = {n_prev} rows" if key == "A_prev"
                         else f"layer {layer} has {n} units")
                raise ValueError(
                    f"{func}: caches[{layer - 1}]['{key}'] (layer {layer}) "
                    f"has shape {array.shape}, but {units} and there are "
                    f"m = {m} examples, so it must have shape {shape}. "
                    f"The caches come from another network or another X: "
                    f"pass the caches of forward_propagation_deep(X, "
                    f"parameters)."
                )
            if key != "D":
                new[key] = array.astype(dtype, copy=False)
        checked.append(new)
    return checked


def check_deep_Y(func, Y, n_y, m, *, dtype, output):
    """Return ``Y`` ``(n_y, m)`` in ``dtype``: labels for ``output``.

    One-hot columns for a softmax output, labels 0 or 1 per unit for a
    sigmoid one.
    """
    if output == "softmax":
        return check_one_hot(func, Y, m, dtype=dtype, n_y=n_y)
    if n_y == 1:
        return check_Y(func, Y, m, dtype=dtype)
    Y = np.asarray(Y)
    if not is_numeric(Y):
        raise TypeError(
            f"{func}: Y must hold the labels 0 and 1, but got dtype "
            f"{Y.dtype}."
        )
    if Y.shape != (n_y, m):
        hint = ""
        if Y.shape == (m, n_y):
            hint = " It looks transposed: pass Y.T."
        raise ValueError(
            f"{func}: Y must have shape (n_y, m) = ({n_y}, {m}), a label "
            f"0 or 1 for each of the n_y = {n_y} sigmoid units and each "
            f"example (column of X), but got shape {Y.shape}.{hint}"
        )
    Y = Y.astype(dtype, copy=False)
    inside = (Y >= 0) & (Y <= 1)
    if not inside.all():
        raise ValueError(
            f"{func}: Y must hold the labels 0 and 1, but got "
            f"{Y[~inside][0]}."
        )
    return Y


def check_AL(func, AL, n_y):
    """Return ``AL`` ``(n_y, m)`` as floats in [0, 1], else raise.

    ``n_y`` is the number of units of the parameters' last layer.
    """
    AL = _numeric_probabilities(func, AL, "AL")
    if AL.ndim != 2 or AL.shape[0] != n_y:
        hint = ""
        if AL.ndim == 1:
            hint = f" Try AL.reshape({n_y}, -1)."
        elif AL.ndim == 2 and AL.shape[1] == n_y:
            hint = " It looks transposed: pass AL.T."
        raise ValueError(
            f"{func}: AL must have shape (n_y, m) = ({n_y}, m), one "
            f"column per example, to match the last layer's n_y = {n_y} "
            f"units in parameters, but got shape {AL.shape}.{hint}"
        )
    return _in_unit_interval(func, AL, "output of forward_propagation_deep",
                             "AL")
