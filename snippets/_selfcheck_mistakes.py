"""The self-checks' catalogue of known mistakes, one table per function.

Each entry is ``Mistake(name, detector, hint)``. Most detectors are
``like(mutant)``: a small function with the mistake built in, run on the
same cases as the learner's; the learner's function shows the mistake if
it gives the mutant's results (or raises where the mutant raises). The
others look for a symptom, such as a cache with other keys or a changed
global random state. The first matching entry names the mistake.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._selfcheck_report import Mistake, like, shape_of, wrong_keys
from snippets._selfcheck_run import same_random_state
from snippets.activations import relu, sigmoid

# --8<-- [end:imports]

PARAMETER_KEYS = ("W1", "b1", "W2", "b2")
GRAD_KEYS = ("dW1", "db1", "dW2", "db2")
CACHE_KEYS = ("Z1", "A1", "Z2", "A2")


# Mutants: the course's equations with one mistake, chosen by keyword.

# --8<-- [start:forward_with]
def forward_with(*, hidden=relu, output=sigmoid, add_b1=True, add_b2=True,
                 layer2_input="A1", transpose_W1=False):
    """A forward pass ``fn(X, parameters)`` with the mistake asked for."""
    def forward(X, parameters):
        W1, b1, W2, b2 = (parameters[key] for key in PARAMETER_KEYS)
        Z1 = (W1.T if transpose_W1 else W1) @ X + (b1 if add_b1 else 0)
        A1 = hidden(Z1)
        Z2 = W2 @ {"A1": A1, "Z1": Z1}[layer2_input] + (b2 if add_b2 else 0)
        A2 = output(Z2)
        return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return forward
# --8<-- [end:forward_with]


# --8<-- [start:backward_with]
def backward_with(*, slope="relu", average=True, dZ2_sign=1,
                  dW2_input="A1", transpose_A1=True, transpose_W2=True,
                  transpose_X=True):
    """A backward pass ``fn(parameters, cache, X, Y)`` with a mistake.

    ``slope`` is the hidden activation's derivative used: "relu" (right),
    "tanh", "sigmoid" or "none".
    """
    slopes = {
        "relu": lambda Z1, A1: Z1 > 0,
        "tanh": lambda Z1, A1: 1 - A1**2,
        "sigmoid": lambda Z1, A1: A1 * (1 - A1),
        "none": lambda Z1, A1: 1,
    }

    def backward(parameters, cache, X, Y):
        m = X.shape[1] if average else 1
        W2, Z1, A1, A2 = parameters["W2"], cache["Z1"], cache["A1"], \
            cache["A2"]
        dZ2 = dZ2_sign * (A2 - Y)
        A = {"A1": A1, "Z1": Z1}[dW2_input]
        dW2 = dZ2 @ (A.T if transpose_A1 else A) / m
        db2 = np.sum(dZ2, axis=1, keepdims=True) / m
        dA1 = (W2.T if transpose_W2 else W2) @ dZ2
        dZ1 = dA1 * slopes[slope](Z1, A1)
        dW1 = dZ1 @ (X.T if transpose_X else X) / m
        db1 = np.sum(dZ1, axis=1, keepdims=True) / m
        return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return backward
# --8<-- [end:backward_with]


# --8<-- [start:cost_with]
def cost_with(*, average=True, sign=-1, zero_label_term=True):
    """A cost ``fn(A2, Y)`` with a mistake."""
    def cost(A2, Y):
        m = Y.shape[1] if average else 1
        terms = Y * np.log(A2)
        if zero_label_term:
            terms = terms + (1 - Y) * np.log(1 - A2)
        return float(sign * np.sum(terms) / m)
    return cost
# --8<-- [end:cost_with]


# --8<-- [start:update_with]
def update_with(*, sign=-1, biases=True, use_learning_rate=True):
    """A gradient-descent step ``fn(parameters, grads, alpha)``, wrong."""
    def update(parameters, grads, learning_rate):
        alpha = learning_rate if use_learning_rate else 1
        return {
            key: parameters[key] + sign * alpha * grads["d" + key]
            if biases or key.startswith("W") else parameters[key].copy()
            for key in PARAMETER_KEYS
        }
    return update
# --8<-- [end:update_with]


# Symptoms: what a mistake leaves behind where no mutant can reproduce it.

def _returned(run):
    """``(case, outputs)`` for each case where the learner returned."""
    return [(case, got) for case, got in zip(run.cases, run.got) if got]


def _array(value):
    """``value`` as a float64 array, or None if it is not one."""
    try:
        return np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None


# --8<-- [start:wrong_signature]
def wrong_signature(run):
    """Calling the function failed before its first line ran."""
    for call in run.calls:
        if isinstance(call.error, TypeError) and call.where is None:
            names = ", ".join(run.spec.arg_names)
            return {"call": f"{run.spec.func}({names})"}
    return None
# --8<-- [end:wrong_signature]


# --8<-- [start:global_seed]
def global_seed(run):
    """The function calls ``np.random.seed`` (same end state every time)."""
    for case, call in zip(run.cases, run.calls):
        if call.changed_random_state:
            # a seeded function ends in one state whatever the start
            other_start = np.random.RandomState(12345).get_state()
            again = run.call(case, start_state=other_start)
            return same_random_state(call.random_state_after,
                                     again.random_state_after)
    return False
# --8<-- [end:global_seed]


# --8<-- [start:global_generator]
def global_generator(run):
    """The function draws from NumPy's global generator."""
    return any(call.changed_random_state for call in run.calls)
# --8<-- [end:global_generator]


# --8<-- [start:overflow_at_large_z]
def overflow_at_large_z(run):
    """Warnings (or NaN) on the z = +-1000 stress case."""
    for case, call, got in zip(run.cases, run.calls, run.got):
        if case.stress and (call.warnings or any(
            _array(value) is not None and np.isnan(_array(value)).any()
            for value in (got or {}).values()
        )):
            return True
    return False
# --8<-- [end:overflow_at_large_z]


# --8<-- [start:returns_array]
def returns_array(run):
    """The function returns an array where a number (or tuple) belongs."""
    for call in run.calls:
        if isinstance(call.value, np.ndarray):
            return {"shape": call.value.shape}
    return None
# --8<-- [end:returns_array]


# --8<-- [start:cache_not_a_dict]
def cache_not_a_dict(run):
    """``(A2, cache)`` came back with a cache that is not a dict."""
    for call in run.calls:
        value = call.value
        if isinstance(value, tuple | list) and len(value) == 2 and \
                not isinstance(value[1], dict):
            return {"what": type(value[1]).__name__}
    return None
# --8<-- [end:cache_not_a_dict]


# --8<-- [start:changed_inputs]
def changed_inputs(run):
    """The function modifies the arrays or dicts it was given."""
    for call in run.calls:
        if call.changed_inputs:
            # "parameters['W1']" -> "parameters"
            names = dict.fromkeys(p.split("[")[0] for p in call.changed_inputs)
            return {"changed": " and ".join(names)}
    return None
# --8<-- [end:changed_inputs]


# --8<-- [start:missing_key]
def missing_key(run):
    """The function raised KeyError: it reads a key that is not there."""
    for call in run.calls:
        if isinstance(call.error, KeyError) and call.error.args:
            return {"key": repr(call.error.args[0])}
    return None
# --8<-- [end:missing_key]


# --8<-- [start:bias_without_keepdims]
def bias_without_keepdims(run):
    """``db1`` or ``db2`` lost its second axis (a sum without keepdims)."""
    return any(
        key in got and np.ndim(got[key]) < 2
        for _, got in _returned(run) for key in ("db1", "db2")
    )
# --8<-- [end:bias_without_keepdims]


# --8<-- [start:swapped_weight_shapes]
def swapped_weight_shapes(run):
    """W1 came back ``(n_x, n_h)`` or W2 ``(n_h, n_y)``."""
    for case, got in _returned(run):
        n_x, n_h, n_y = case.args
        for key, rows, cols in (("W1", n_h, n_x), ("W2", n_y, n_h)):
            if rows != cols and shape_of(got.get(key)) == (cols, rows):
                return {"key": key, "shape": (cols, rows)}
    return None
# --8<-- [end:swapped_weight_shapes]


# --8<-- [start:one_dimensional_biases]
def one_dimensional_biases(run):
    """b1 or b2 came back 1-D, ``(n_h,)`` instead of ``(n_h, 1)``."""
    for _, got in _returned(run):
        for key in ("b1", "b2"):
            if key in got and np.ndim(got[key]) == 1:
                return {"key": key}
    return None
# --8<-- [end:one_dimensional_biases]


# --8<-- [start:identical_hidden_units]
def identical_hidden_units(run):
    """Two rows of W1 are equal: two hidden units compute the same."""
    for _, got in _returned(run):
        W1 = _array(got.get("W1"))
        if W1 is not None and W1.ndim == 2 and W1.shape[0] > 1:
            if len(np.unique(W1, axis=0)) < W1.shape[0]:
                return True
    return False
# --8<-- [end:identical_hidden_units]


def _large_layer(run):
    """W1 of the largest case, as a float array, or None."""
    case, got = max(zip(run.cases, run.got),
                    key=lambda item: item[0].args[0] * item[0].args[1])
    W1 = _array((got or {}).get("W1"))
    return W1 if W1 is not None and W1.size > 1 else None


# --8<-- [start:unscaled_weights]
def unscaled_weights(run):
    """The weights' standard deviation is about 1, not 0.01."""
    W1 = _large_layer(run)
    if W1 is not None and 0.2 <= W1.std() <= 5:
        return {"std": f"{W1.std():.2f}"}
    return None
# --8<-- [end:unscaled_weights]


# --8<-- [start:uniform_weights]
def uniform_weights(run):
    """All weights are >= 0: drawn with ``rand`` from [0, 1)."""
    W1 = _large_layer(run)
    return W1 is not None and W1.min() >= 0 and W1.max() > 0
# --8<-- [end:uniform_weights]


# --8<-- [start:nonzero_biases]
def nonzero_biases(run):
    """Some bias is not zero."""
    return any(
        key in got and _array(got[key]) is not None and _array(got[key]).any()
        for _, got in _returned(run) for key in ("b1", "b2")
    )
# --8<-- [end:nonzero_biases]


# The catalogues, most specific first. A hint is one sentence in the
# course's symbols; {fields} are filled in from the detector's dict.

SIGNATURE_MISTAKE = Mistake(
    "wrong signature", wrong_signature,
    "your function cannot be called as the course calls it: it must take "
    "these arguments, in this order, {call}.",
)
GLOBAL_RANDOM_STATE_MISTAKES = (
    Mistake("NumPy's global seed", global_seed,
            "your function calls np.random.seed, which resets NumPy's "
            "global seed for the whole program: use your own generator, "
            "rng = np.random.RandomState(2) (the course's numbers) or "
            "np.random.default_rng(seed)."),
    Mistake("NumPy's global generator", global_generator,
            "np.random.randn (or rand, normal, ...) draws from NumPy's "
            "global generator and moves it: create your own, rng = "
            "np.random.default_rng(seed), and draw from it."),
)

def _changes_z(function):
    return Mistake("z changed in place", changed_inputs,
                   f"your {function} changes z in place (z[...] = ...): "
                   f"compute on a copy, a = z.copy(), or return a new "
                   f"array.")


# --8<-- [start:sigmoid_mistakes]
SIGMOID_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("sign error", like(lambda z: 1 / (1 + np.exp(z))),
            "your sigmoid computes 1 / (1 + exp(z)), which is "
            "sigmoid(-z): the exponent needs a minus sign, "
            "1 / (1 + np.exp(-z))."),
    Mistake("overflow in exp", overflow_at_large_z,
            "np.exp overflows for |z| near 1000 (a RuntimeWarning, and "
            "exp(z) / (1 + exp(z)) even gives NaN): exponentiate only "
            "-|z|, e = np.exp(-np.abs(z)), then np.where(z >= 0, 1, e) "
            "/ (1 + e)."),
    _changes_z("sigmoid"),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)
# --8<-- [end:sigmoid_mistakes]

# --8<-- [start:relu_mistakes]
RELU_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("leaky output", like(lambda z: np.where(z > 0, z, 0.01 * z)),
            "your relu lets negative z through as 0.01 * z (that is "
            "leaky ReLU): ReLU gives exactly 0 there, np.maximum(z, 0)."),
    Mistake("boolean mask", like(lambda z: z > 0),
            "your relu returns the mask z > 0 (ReLU's slope, used in "
            "backpropagation) instead of the values: np.maximum(z, 0)."),
    Mistake("np.max instead of np.maximum", like(lambda z: np.max(z, 0)),
            "np.max(z, 0) is the largest entry of each column (a "
            "reduction): the elementwise maximum is np.maximum(z, 0)."),
    Mistake("Python's max", like(lambda z: max(0, z)),
            "Python's max(0, z) compares whole arrays: use NumPy's "
            "elementwise np.maximum(z, 0)."),
    _changes_z("relu"),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)
# --8<-- [end:relu_mistakes]

# --8<-- [start:initialization_mistakes]
INITIALIZATION_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("wrong keys", wrong_keys(PARAMETER_KEYS),
            "your dict has keys {keys}: name them W1, b1, W2 and b2, the "
            "keys forward_propagation_nn reads."),
    Mistake("swapped weight shapes", swapped_weight_shapes,
            "your {key} has shape {shape}, rows and columns swapped: a "
            "layer's weights are (its units, the previous layer's units), "
            "W1 (n_h, n_x) and W2 (n_y, n_h), so that Z1 = W1 @ X works."),
    Mistake("1-D biases", one_dimensional_biases,
            "your {key} is 1-D: biases are column vectors, b1 = "
            "np.zeros((n_h, 1)) and b2 = np.zeros((n_y, 1)), so that they "
            "broadcast across the m columns."),
    Mistake("zero weights (symmetry)", identical_hidden_units,
            "your hidden units start identical (zero or equal weights), so "
            "they get the same gradients and stay identical, the symmetry "
            "is never broken: draw W1 = rng.standard_normal((n_h, n_x)) * "
            "0.01."),
    Mistake("no 0.01 scale", unscaled_weights,
            "your weights have standard deviation {std}, about 1: multiply "
            "them by 0.01, W1 = rng.standard_normal((n_h, n_x)) * 0.01, so "
            "that Z starts near 0."),
    Mistake("uniform weights", uniform_weights,
            "your weights are all >= 0 (np.random.rand draws from [0, 1)): "
            "draw from a standard normal, rng.standard_normal((n_h, n_x)) "
            "* 0.01, centred on 0."),
    Mistake("random biases", nonzero_biases,
            "your biases are not zero: start them at zero, b1 = "
            "np.zeros((n_h, 1)), the random weights already break the "
            "symmetry."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)
# --8<-- [end:initialization_mistakes]

# --8<-- [start:forward_mistakes]
FORWARD_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("unknown key", missing_key,
            "your code reads the key {key}, which is not there: parameters "
            "has W1, b1, W2 and b2 (names are case-sensitive)."),
    Mistake("A2 returned alone", returns_array,
            "you return A2 alone: return A2, cache as well, with cache = "
            "{{'Z1': Z1, 'A1': A1, 'Z2': Z2, 'A2': A2}} for "
            "backpropagation."),
    Mistake("cache not a dict", cache_not_a_dict,
            "your cache is a {what}: make it a dict, cache = {{'Z1': Z1, "
            "'A1': A1, 'Z2': Z2, 'A2': A2}}, so that backward propagation "
            "can read each array by name."),
    Mistake("cache keys", wrong_keys(CACHE_KEYS, lambda value: value[1]),
            "your cache has keys {keys}: backward propagation reads "
            "exactly Z1, A1, Z2 and A2, so store those."),
    Mistake("b1 missing", like(forward_with(add_b1=False)),
            "your Z1 is what the network gives without b1: add b1 in Z1 = "
            "W1 @ X + b1."),
    Mistake("b2 missing", like(forward_with(add_b2=False)),
            "your A2 is what the network gives without b2: add b2 in Z2 = "
            "W2 @ A1 + b2."),
    Mistake("sigmoid hidden layer", like(forward_with(hidden=sigmoid)),
            "your hidden layer uses sigmoid: this network's hidden "
            "activation is ReLU, A1 = relu(Z1) (sigmoid is for the output, "
            "A2 = sigmoid(Z2))."),
    Mistake("tanh hidden layer", like(forward_with(hidden=np.tanh)),
            "your hidden layer uses tanh: this network's hidden "
            "activation is ReLU, A1 = relu(Z1)."),
    Mistake("no hidden activation", like(forward_with(hidden=lambda z: z)),
            "your A1 equals Z1: apply the hidden activation, A1 = "
            "relu(Z1)."),
    Mistake("Z1 fed to layer 2", like(forward_with(layer2_input="Z1")),
            "layer 2 gets Z1 instead of A1: feed it the activations, "
            "Z2 = W2 @ A1 + b2."),
    Mistake("ReLU output", like(forward_with(output=relu)),
            "your output layer uses ReLU: it is a sigmoid, A2 = "
            "sigmoid(Z2), so that A2 is a probability."),
    Mistake("no output activation", like(forward_with(output=lambda z: z)),
            "your A2 equals Z2: apply the output sigmoid, A2 = "
            "sigmoid(Z2)."),
    Mistake("tanh output", like(forward_with(output=np.tanh)),
            "your output layer uses tanh: it is a sigmoid, A2 = "
            "sigmoid(Z2), so that A2 is a probability."),
    Mistake("W1 transposed", like(forward_with(transpose_W1=True)),
            "you use W1 transposed: W1 already has shape (n_h, n_x), so "
            "Z1 = W1 @ X + b1, without .T."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)
# --8<-- [end:forward_mistakes]

# --8<-- [start:cost_mistakes]
COST_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("array instead of float", returns_array,
            "your cost is an array of shape {shape}: return a number, "
            "float(np.squeeze(cost)), or compute it with np.mean or "
            "np.sum over all entries."),
    Mistake("sum instead of mean", like(cost_with(average=False)),
            "your cost is m times too large, a sum: average over the "
            "examples, J = -np.sum(...) / m or -np.mean(...)."),
    Mistake("wrong sign", like(cost_with(sign=1)),
            "your cost is the log-likelihood itself, negative: J has a "
            "minus sign in front, J = -(1/m) * sum(y log a2 + (1 - y) "
            "log(1 - a2))."),
    Mistake("(1 - y) term missing", like(cost_with(zero_label_term=False)),
            "only y log a2 is summed, so examples with y = 0 cost nothing: "
            "add (1 - Y) * np.log(1 - A2)."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)
# --8<-- [end:cost_mistakes]

# --8<-- [start:backward_mistakes]
BACKWARD_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("unknown key", missing_key,
            "your code reads the key {key}, which is not there: parameters "
            "has W1, b1, W2, b2 and cache Z1, A1, Z2, A2 (names are "
            "case-sensitive)."),
    Mistake("grads keys", wrong_keys(GRAD_KEYS),
            "your grads have keys {keys}: name them dW1, db1, dW2 and db2, "
            "the keys update_parameters_nn reads."),
    Mistake("sums without keepdims", bias_without_keepdims,
            "db1 or db2 lost its second axis: sum with keepdims=True, db1 "
            "= np.sum(dZ1, axis=1, keepdims=True) / m, so that db1 is "
            "(n_h, 1) like b1."),
    Mistake("ReLU derivative missing", like(backward_with(slope="none")),
            "your dZ1 equals dA1: multiply by ReLU's derivative, dZ1 = "
            "dA1 * (Z1 > 0)."),
    Mistake("tanh derivative", like(backward_with(slope="tanh")),
            "your dZ1 uses tanh's derivative 1 - A1**2, but the hidden "
            "layer is ReLU: dZ1 = dA1 * (Z1 > 0)."),
    Mistake("sigmoid derivative", like(backward_with(slope="sigmoid")),
            "your dZ1 uses sigmoid's derivative A1 * (1 - A1), but the "
            "hidden layer is ReLU: dZ1 = dA1 * (Z1 > 0)."),
    Mistake("no 1/m", like(backward_with(average=False)),
            "your gradients are m times too large: average over the "
            "examples, dW1 = dZ1 @ X.T / m, and the same 1/m in every "
            "gradient."),
    Mistake("dZ2 sign", like(backward_with(dZ2_sign=-1)),
            "your gradients have the wrong sign: dZ2 = A2 - Y, not Y - A2."),
    Mistake("Z1 where A1 belongs", like(backward_with(dW2_input="Z1")),
            "your dW2 uses Z1: layer 2's input is A1, so dW2 = dZ2 @ A1.T "
            "/ m."),
    Mistake("X not transposed", like(backward_with(transpose_X=False)),
            "dW1 needs X transposed: dW1 = dZ1 @ X.T / m, of shape "
            "(n_h, n_x)."),
    Mistake("A1 not transposed", like(backward_with(transpose_A1=False)),
            "dW2 needs A1 transposed: dW2 = dZ2 @ A1.T / m, of shape "
            "(1, n_h)."),
    Mistake("W2 not transposed", like(backward_with(transpose_W2=False)),
            "dA1 needs W2 transposed: dA1 = W2.T @ dZ2, of shape (n_h, m)."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)
# --8<-- [end:backward_mistakes]

# --8<-- [start:update_mistakes]
UPDATE_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("updated in place", changed_inputs,
            "your function changes {changed}, which it was given: build "
            "new arrays in a new dict, W1 = parameters['W1'] - "
            "learning_rate * grads['dW1'], not W1 -= ... in place."),
    Mistake("unknown key", missing_key,
            "your code reads the key {key}, which is not there: parameters "
            "has W1, b1, W2, b2 and grads dW1, db1, dW2, db2 (names are "
            "case-sensitive)."),
    Mistake("wrong keys", wrong_keys(PARAMETER_KEYS),
            "your dict has keys {keys}: name them W1, b1, W2 and b2, the "
            "keys forward_propagation_nn reads."),
    Mistake("gradient ascent", like(update_with(sign=1)),
            "your step goes uphill: subtract the gradient, W1 = W1 - "
            "learning_rate * dW1."),
    Mistake("biases not updated", like(update_with(biases=False)),
            "b1 and b2 stay the same: update them too, b1 = b1 - "
            "learning_rate * db1."),
    Mistake("learning rate ignored",
            like(update_with(use_learning_rate=False)),
            "your step ignores the learning rate: W1 = W1 - learning_rate "
            "* dW1."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)
# --8<-- [end:update_mistakes]
