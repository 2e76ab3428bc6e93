"""The self-checks of Lesson 10: the L-layer network, in loops.

Specs and catalogues in the form of ``lesson06``, for networks of any
depth: the cases have L = 1 (logistic regression), 2, 3 and 4 layers,
m = 1 and a square case (every size equal), where a transposed weight
or the cache of the wrong layer still runs. Initialization is checked
on its properties, as in Lesson 6: any seed is right, but the scale of
each layer is measured on a large network, so He with the wrong fan,
Xavier, or a forgotten square root each get their name.
"""

import re

import numpy as np

from snippets.activations import relu, sigmoid, softmax
from snippets.deep import (
    backward_propagation_deep,
    forward_propagation_deep,
    initialize_parameters_deep,
)
from snippets.selfcheck._engine.common import (
    COMMON_LINES,
    GLOBAL_RANDOM_STATE_MISTAKES,
    SIGNATURE_MISTAKE,
    as_float32,
    changed_inputs,
    float_array,
    like_any,
    missing_key,
    returned_outputs,
    returns_array,
)
from snippets.selfcheck._engine.report import (
    Case,
    Line,
    Mistake,
    Spec,
    describe,
    dtype_line,
    fmt,
    inputs_line,
    like,
    random_state_line,
    returns_line,
    run_check,
    shape_of,
    shapes_line,
    values_line,
    warnings_line,
)
from snippets.selfcheck.lesson06 import RELU, SIGMOID


def check_initialize_parameters_deep(fn):
    """Check your ``initialize_parameters_deep(layer_dims)``, He-scaled.

    Any random numbers are right, so it checks properties: the keys
    ``W1 .. WL`` and ``b1 .. bL``, their shapes, zero biases, weights
    with standard deviation ``sqrt(2 / n_{l-1})`` in every layer
    (measured on a network of 600, 300, 100 and 50 units), hidden units
    that differ, and NumPy's global random state left alone.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(layer_dims)`` returns a dict with ``W_l`` of
        shape ``(n_l, n_{l-1})`` and ``b_l`` of shape ``(n_l, 1)`` for
        each layer ``l = 1 .. L``, ``L = len(layer_dims) - 1``.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_initialize_parameters_deep
    >>> def initialize_parameters_deep(layer_dims):
    ...     rng = np.random.default_rng(0)
    ...     parameters = {}
    ...     for l in range(1, len(layer_dims)):
    ...         n, n_prev = layer_dims[l], layer_dims[l - 1]
    ...         std = np.sqrt(2 / n)                  # the wrong fan
    ...         parameters[f"W{l}"] = rng.standard_normal((n, n_prev)) * std
    ...         parameters[f"b{l}"] = np.zeros((n, 1))
    ...     return parameters
    >>> report = check_initialize_parameters_deep(initialize_parameters_deep)
    >>> print(report.diagnosis)
    your weights have standard deviation sqrt(2 / n_l), the layer's own
    size: He initialization divides by the layer's input size, its fan-in,
    std = np.sqrt(2 / layer_dims[l - 1]).
    """
    return run_check(INITIALIZATION_DEEP, fn)


def check_forward_propagation_deep(fn):
    """Check your ``forward_propagation_deep(X, parameters)``.

    The network is the course's: ReLU on layers ``1 .. L-1`` and a
    sigmoid on layer ``L``. It returns ``(AL, caches)``, with
    ``caches[l - 1]`` a dict of layer ``l``'s ``A_prev``, ``Z`` and
    ``A``.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(X, parameters)`` with ``L = len(parameters)
        // 2`` layers returns ``AL`` of shape ``(n_y, m)`` and the list of
        ``L`` caches.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_forward_propagation_deep
    >>> def forward_propagation_deep(X, parameters):
    ...     L = len(parameters) // 2
    ...     A, caches = X, []
    ...     for l in range(1, L + 1):               # ReLU on every layer
    ...         A_prev = A
    ...         Z = parameters[f"W{l}"] @ A_prev + parameters[f"b{l}"]
    ...         A = np.maximum(Z, 0)
    ...         caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    ...     return A, caches
    >>> print(check_forward_propagation_deep(forward_propagation_deep))
    check_forward_propagation_deep: 6 of 7 checks passed
      ok   returns (AL, caches): a list of L dicts with keys A_prev, Z, A
      ok   shapes for (layer_dims, m) = ([3, 4, 4, 1], 5), ([3, 4, 1], 1),
           ([3, 1], 3), ([2, 5, 3, 4, 1], 4), ([4, 4, 4, 4], 4)
      FAIL values: 5 outputs differ, AL, caches[2]['A'], caches[1]['A'],
           caches[0]['A'] and caches[3]['A']
           AL differs on case ([3, 4, 4, 1], 5), max |diff| 0.49 at AL[0, 2]
           expected AL[0, 1:5] = [0.4258, 0.489, 0.565, 0.6095]
           got      AL[0, 1:5] = [0, 0, 0.2617, 0.4454]
           caches[2]['A'] differs on case ([3, 4, 4, 1], 5), max |diff| 0.49
           at caches[2]['A'][0, 2]
           expected caches[2]['A'][0, 1:5] = [0.4258, 0.489, 0.565, 0.6095]
           got      caches[2]['A'][0, 1:5] = [0, 0, 0.2617, 0.4454]
           caches[1]['A'] differs on case ([3, 4, 1], 1): expected 0.5386, got
           0.1547
           caches[0]['A'] differs on case ([3, 1], 3), max |diff| 4.3 at
           caches[0]['A'][0, 1]
           expected caches[0]['A'][0, 0:3] = [0.461, 0.9951, 0.007807]
           got      caches[0]['A'][0, 0:3] = [0, 5.319, 0]
           also differ: caches[3]['A']
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   X and parameters are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your output layer uses ReLU, like the hidden layers:
      layer L is a sigmoid, AL = sigmoid(ZL), so that AL is a probability;
      ReLU is for layers 1 to L - 1 only.
    """
    return run_check(FORWARD_DEEP, fn)


def check_backward_propagation_deep(fn):
    """Check your ``backward_propagation_deep(parameters, caches, X, Y)``.

    The network is the course's: ReLU hidden layers and a sigmoid output
    with the cross-entropy, so ``dZL = AL - Y`` and, going down,
    ``dA_{l-1} = W_l.T @ dZ_l`` and ``dZ_{l-1} = dA_{l-1} * (A_{l-1} >
    0)``. The caches are the course's forward pass.

    Parameters
    ----------
    fn : callable
        Your function: it returns a dict of ``dW1 .. dWL`` and ``db1 ..
        dbL``, each of its parameter's shape.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import backward_propagation_deep
    >>> from snippets.selfcheck import check_backward_propagation_deep
    >>> report = check_backward_propagation_deep(backward_propagation_deep)
    >>> bool(report), report.diagnosis
    (True, None)
    """
    return run_check(BACKWARD_DEEP, fn)


CACHE_KEYS = ("A_prev", "Z", "A")


# (layer_dims, m): L = 3, m = 1, L = 1, L = 4, and square (all equal)
FORWARD_CASES = (([3, 4, 4, 1], 5), ([3, 4, 1], 1), ([3, 1], 3),
                 ([2, 5, 3, 4, 1], 4), ([4, 4, 4, 4], 4))


# layer_dims of the initialization cases; the last, large one measures
# each layer's standard deviation (on 180 000, 30 000 and 5 000 weights)
INITIALIZATION_DIMS = ([3, 4, 1], [2, 5, 3, 1], [4, 4], [600, 300, 100, 50])


WEIGHT_STD_TOLERANCE = 0.1  # relative, per layer of the large case


def layer_label(layer_dims, m=None):
    """``"([3, 4, 1], 5)"``, or ``"[3, 4, 1]"`` without m."""
    dims = f"[{', '.join(map(str, layer_dims))}]"
    return dims if m is None else f"({dims}, {m})"


def deep_network(rng, layer_dims):
    """He-scaled weights and non-zero biases, so a missing one shows."""
    parameters = {}
    for layer in range(1, len(layer_dims)):
        n, n_prev = layer_dims[layer], layer_dims[layer - 1]
        parameters[f"W{layer}"] = rng.normal(size=(n, n_prev)) * np.sqrt(
            2 / n_prev)
        parameters[f"b{layer}"] = rng.normal(scale=0.5, size=(n, 1))
    return parameters


def forward_deep_cases():
    """X and parameters for each of FORWARD_CASES, and one in float32."""
    rng = np.random.default_rng(11)
    cases = [
        Case(layer_label(dims, m),
             (rng.normal(size=(dims[0], m)), deep_network(rng, dims)))
        for dims, m in FORWARD_CASES
    ]
    return cases + [Case(cases[0].label, as_float32(cases[0].args),
                         "float32")]


def backward_deep_cases():
    """parameters, the course's caches, X and Y for FORWARD_CASES."""
    rng = np.random.default_rng(12)
    cases = []
    for dims, m in FORWARD_CASES:
        X = rng.normal(size=(dims[0], m))
        parameters = deep_network(rng, dims)
        Y = (rng.random((dims[-1], m)) < 0.5).astype(np.float64)
        _, caches = forward_propagation_deep(X, parameters)
        cases.append(Case(layer_label(dims, m), (parameters, caches, X, Y)))
    first = cases[0]
    return cases + [Case(first.label, as_float32(first.args), "float32")]


def initialization_deep_cases():
    """The layer sizes of INITIALIZATION_DIMS."""
    return [Case(layer_label(dims), (list(dims),))
            for dims in INITIALIZATION_DIMS]


class LayerSymbols(dict):
    """The shape of any output in the course's symbols, layer by layer."""

    def __missing__(self, key):
        found = re.fullmatch(r"caches\[(\d+)\]\['(\w+)'\]", key)
        if found:  # caches[i] is layer i + 1's
            layer = int(found[1]) + (found[2] != "A_prev")
            return f"(n_{layer}, m)" if layer else "(n_x, m)"
        layer = re.sub(r"\D", "", key)
        if key.lstrip("d").startswith("b"):
            return f"(n_{layer}, 1)"
        return f"(n_{layer}, n_{int(layer) - 1})"


def unpack_forward_deep(value):
    """AL and every cache's A_prev, Z and A from ``(AL, caches)``."""
    what = "the tuple (AL, caches)"
    if isinstance(value, np.ndarray):
        return {"AL": value}, f"returns {describe(value)}, not {what}"
    if not isinstance(value, tuple | list) or len(value) != 2:
        return {}, f"returns {describe(value)}, not {what}"
    AL, caches = value
    outputs = {"AL": AL}
    if not isinstance(caches, list | tuple):
        return outputs, f"caches is {describe(caches)}, not a list of " \
            f"one dict per layer"
    for index, cache in enumerate(caches):
        if not isinstance(cache, dict):
            return outputs, f"caches[{index}] is {describe(cache)}, not a " \
                f"dict"
        outputs.update({f"caches[{index}]['{key}']": cache[key]
                        for key in CACHE_KEYS if key in cache})
        if set(CACHE_KEYS) - set(cache):
            shown = ", ".join(map(str, cache)) or "none"
            return outputs, f"caches[{index}] has keys {shown}; expected " \
                f"A_prev, Z, A"
    return outputs, None


def unpack_layers(value, prefix=""):
    """Every ``W_l`` and ``b_l`` (with ``prefix``, ``dW_l``) of a dict."""
    if not isinstance(value, dict):
        return {}, f"returns {describe(value)}, not a dict"
    pattern = re.compile(rf"{prefix}[Wb][1-9]\d*")
    return {key: item for key, item in value.items()
            if isinstance(key, str) and pattern.fullmatch(key)}, None


def layers_of(case):
    """L, the number of layers of a case: from its parameters or dims."""
    for arg in case.args:
        if isinstance(arg, dict):
            return len(arg) // 2
    return len(case.args[0]) - 1


def layer_keys(L, prefix=""):
    """``["W1", "b1", ..., "WL", "bL"]`` with ``prefix``."""
    return [f"{prefix}{name}{layer}" for layer in range(1, L + 1)
            for name in "Wb"]


def keys_line(prefix, what):
    """A returns line that also wants exactly the keys of L layers."""
    def line(run):
        first = returns_line(run)
        if first.status != "ok":
            return first
        for case, call in zip(run.cases, run.calls):
            got, want = call.value, layer_keys(layers_of(case), prefix)
            missing = [key for key in want if key not in got]
            extra = [key for key in got if key not in want]
            if missing or extra:
                shown = ", ".join(map(str, got)) or "none"
                return Line("fail", run.spec.returns, (
                    f"case {case.name}: your dict has keys {shown}; "
                    f"expected {', '.join(want)} ({what})",
                ))
        return first
    line.__doc__ = f"Returns a dict with the keys of every layer ({what})."
    return line


def caches_line(run):
    """(AL, caches): a tuple, and exactly L caches with the three keys."""
    first = returns_line(run)
    if first.status != "ok":
        return first
    for case, call in zip(run.cases, run.calls):
        L, caches = layers_of(case), call.value[1]
        if len(caches) != L:
            return Line("fail", run.spec.returns, (
                f"case {case.name}: {len(caches)} caches for L = {L} "
                f"layers; append one per layer, layer 1 first",
            ))
    return first


def _keys_where(run, prefix, test):
    """``{"keys": ...}`` if ``test(keys, L)`` holds on every case."""
    shown = None
    for case, call in zip(run.cases, run.calls):
        if not isinstance(call.value, dict):
            return None
        keys = [key for key in call.value if isinstance(key, str)]
        if not test(set(keys), layer_keys(layers_of(case), prefix),
                    layers_of(case)):
            return None
        shown = shown or ", ".join(keys)
    return {"keys": shown} if shown else None


def extra_dA_keys(run):
    """Every layer's dW and db, and dA keys besides (none when L = 1)."""
    found = _keys_where(run, "d", lambda keys, want, L: set(want) <= keys
                        and all(re.fullmatch(r"dA\d+", key)
                                for key in keys - set(want)))
    return found if found and "dA" in found["keys"] else None


def numbered_from_zero(prefix):
    """The layers are numbered 0 .. L-1: the loop starts at 0."""
    def detect(run):
        return _keys_where(run, prefix, lambda keys, want, L: keys == {
            f"{prefix}{name}{layer}" for layer in range(L) for name in "Wb"})
    return detect


def last_layer_missing(prefix):
    """Every layer but L: the loop stops one layer early."""
    def detect(run):
        return _keys_where(run, prefix, lambda keys, want, L:
                           keys == set(want[:-2]))
    return detect


def first_layer_missing(prefix):
    """Every layer but 1: the loop back stops before layer 1."""
    def detect(run):
        return _keys_where(run, prefix, lambda keys, want, L:
                           keys == set(want[2:]))
    return detect


def _key_error_on_every_case(run, wanted):
    """True if every call raised KeyError for a key ``wanted(L)`` holds."""
    for case, call in zip(run.cases, run.calls):
        if not isinstance(call.error, KeyError) or not call.error.args or \
                call.error.args[0] not in wanted(layers_of(case)):
            return False
    return True


def reads_layer_zero(run):
    """Reads W0 or b0 on every case: the loop starts at layer 0."""
    return _key_error_on_every_case(run, lambda L: ("W0", "b0"))


def reads_past_layer_L(run):
    """Reads W_{L+1} or b_{L+1} on every case: the loop goes too far."""
    return _key_error_on_every_case(
        run, lambda L: (f"W{L + 1}", f"b{L + 1}"))


def misnamed_key(run):
    """A KeyError for a key other than W0, b0, W_{L+1} or b_{L+1}.

    Those are the layer loop's range, named by its own entries, not a
    misspelled name: reading W0 must not also be an "unknown key".
    """
    for case, call in zip(run.cases, run.calls):
        if isinstance(call.error, KeyError) and call.error.args:
            L, key = layers_of(case), call.error.args[0]
            if key not in ("W0", "b0", f"W{L + 1}", f"b{L + 1}") and \
                    not re.fullmatch(r"[Wb]\d+\.0", str(key)):
                return {"key": repr(key)}
    return None


def _large_layers(run):
    """``(n_l, n_{l-1}, W_l)`` of the large case, l = 1 .. L, or []."""
    case, got = run.cases[-1], run.got[-1] or {}
    dims, found = case.args[0], []
    for layer in range(1, len(dims)):
        W = float_array(got.get(f"W{layer}"))
        if W is None or W.shape != (dims[layer], dims[layer - 1]):
            return []
        found.append((dims[layer], dims[layer - 1], W))
    return found


HE = ("sqrt(2 / n_{l-1})", lambda n, n_prev: np.sqrt(2 / n_prev))


def scale_like(rule):
    """A detector: every weight's std is ``rule(n_l, n_{l-1})``, +-10%."""
    def detect(run):
        layers = _large_layers(run)
        return bool(layers) and all(
            abs(W.std() / rule(n, n_prev) - 1) < WEIGHT_STD_TOLERANCE
            and abs(W.mean()) < 0.1 * W.std()
            for n, n_prev, W in layers)
    return detect


def weight_scale_line(run):
    """Every layer's weights have std sqrt(2 / n_{l-1}) (He)."""
    layers = _large_layers(run)
    name, rule = HE
    shown = ", ".join(f"std(W{layer}) = {W.std():.4f}"
                      for layer, (_, _, W) in enumerate(layers, start=1))
    text = f"weights {name} (He) on {run.cases[-1].label}: " \
        f"{shown or 'not measured'}"
    if not layers:
        return Line("fail", text, (
            f"no W1 .. W{len(run.cases[-1].args[0]) - 1} of the course's "
            f"shapes on case {run.cases[-1].name}",))
    for layer, (n, n_prev, W) in enumerate(layers, start=1):
        want = rule(n, n_prev)
        if abs(W.std() / want - 1) >= WEIGHT_STD_TOLERANCE or \
                abs(W.mean()) >= 0.1 * want:
            return Line("fail", text, (
                f"W{layer} of shape {W.shape} has mean {fmt(W.mean(), 2)} "
                f"and std {fmt(W.std(), 3)}, expected mean 0 and std "
                f"sqrt(2 / {n_prev}) = {want:.4f}",
            ))
    return Line("ok", text)


def zero_biases_line(run):
    """Every b_l is all zeros."""
    text = "biases b1 .. bL are zeros"
    for case, got in returned_outputs(run):
        for key, value in got.items():
            b = float_array(value)
            if key.startswith("b") and b is not None and b.any():
                return Line("fail", text, (
                    f"{key} on case {case.name} is not all zeros",))
    return Line("ok", text)


def distinct_units_line(run):
    """No two units of a layer start with the same weights."""
    text = "units differ: no two rows of a W_l are equal"
    for case, got in returned_outputs(run):
        for key, value in got.items():
            W = float_array(value)
            if key.startswith("W") and W is not None and W.ndim == 2 and \
                    len(np.unique(W, axis=0)) < W.shape[0]:
                return Line("fail", text, (
                    f"{key} has equal rows on case {case.name}",))
    return Line("ok", text)


def identical_units(run):
    """Two rows of some W_l are equal (zero or constant weights).

    Not when exactly the layers with ``2 // n_{l-1} == 0`` are zero: that
    is the floor division, named by its own entry.
    """
    return distinct_units_line(run).status == "fail" and \
        not floor_divided_scale(run)


def floor_divided_scale(run):
    """The weights are zero exactly where ``2 // n_{l-1}`` is 0."""
    zeroed = False
    for case, got in returned_outputs(run):
        dims = case.args[0]
        for layer in range(1, len(dims)):
            W = float_array(got.get(f"W{layer}"))
            if W is None:
                return False
            if (2 // dims[layer - 1] == 0) != (not W.any()):
                return False
            zeroed = zeroed or not W.any()
    return zeroed


def shape_not_a_tuple(run):
    """Every call raised NumPy's TypeError for sizes given apart.

    ``rng.standard_normal(n, n_prev)`` or ``np.zeros(n, 1)`` read the
    second size as a dtype: "Cannot interpret '1' as a data type";
    ``np.random.randn((n, n_prev))`` wants them apart: "'tuple' object
    cannot be interpreted as an integer".
    """
    return all(
        isinstance(call.error, TypeError) and (
            "as a data type" in str(call.error)
            or "'tuple' object cannot be interpreted" in str(call.error))
        for call in run.calls)


def index_error_on_every_case(run):
    """Every call raised IndexError: a list read past its end."""
    return all(isinstance(call.error, IndexError)
               and "list index out of range" in str(call.error)
               for call in run.calls)


def he_shifted(run):
    """Mean sqrt(2 / n_{l-1}) and std 1: the He factor added, or passed
    as rng.normal's first argument, the mean."""
    layers = _large_layers(run)
    # the mean within 4 standard errors (W.std() / sqrt(W.size))
    return bool(layers) and all(
        abs(W.mean() - np.sqrt(2 / n_prev)) < 4 * W.std() / np.sqrt(W.size)
        and abs(W.std() - 1) < WEIGHT_STD_TOLERANCE
        for n, n_prev, W in layers)


def xavier_on_output(run):
    """He on the hidden layers, Xavier's sqrt(1 / n_{L-1}) on layer L."""
    layers = _large_layers(run)
    return len(layers) > 1 and all(
        abs(W.std() / np.sqrt((1 if layer == len(layers) else 2) / n_prev)
            - 1) < WEIGHT_STD_TOLERANCE and abs(W.mean()) < 0.1 * W.std()
        for layer, (n, n_prev, W) in enumerate(layers, start=1))


def biases_of_input_size(run):
    """Every b_l came back ``(n_{l-1}, 1)``, the layer's input size."""
    seen = False
    for case, got in returned_outputs(run):
        dims = case.args[0]
        for layer in range(1, len(dims)):
            shape = shape_of(got.get(f"b{layer}"))
            if shape != (dims[layer - 1], 1):
                return None
            seen = seen or dims[layer] != dims[layer - 1]
    return seen or None


def biases_as_rows(run):
    """Every b_l came back ``(1, n_l)``."""
    seen = False
    for case, got in returned_outputs(run):
        dims = case.args[0]
        for layer in range(1, len(dims)):
            if shape_of(got.get(f"b{layer}")) != (1, dims[layer]):
                return False
            seen = seen or dims[layer] != 1
    return seen


def keys_case(prefix):
    """The keys of every layer, but some in the wrong case (B1, w1)."""
    def detect(run):
        return _keys_where(run, prefix, lambda keys, want, L: keys != set(
            want) and {key.lower() for key in keys} == {
                key.lower() for key in want} and len(keys) == len(want))
    return detect


def layer_zero_added(prefix):
    """Keys of layers 0 to L: the loop starts at 0 and also makes
    layer 0 (from layer_dims[-1], Python's last item)."""
    def detect(run):
        return _keys_where(run, prefix, lambda keys, want, L: keys == set(
            want) | {f"{prefix}W0", f"{prefix}b0"})
    return detect


def swapped_shapes(run):
    """Some W_l came back (n_{l-1}, n_l)."""
    for case, got in returned_outputs(run):
        dims = case.args[0]
        for layer in range(1, len(dims)):
            n, n_prev = dims[layer], dims[layer - 1]
            if n != n_prev and shape_of(got.get(f"W{layer}")) == (n_prev, n):
                return {"key": f"W{layer}", "shape": (n_prev, n)}
    return None


def one_dimensional_biases(run):
    """Some b_l came back 1-D."""
    for _, got in returned_outputs(run):
        for key, value in got.items():
            if key.startswith("b") and np.ndim(value) == 1:
                return {"key": key}
    return None


def uniform_weights(run):
    """All weights are >= 0 and spread: drawn from [0, 1) with ``rand``.

    All-zero (or constant) weights are >= 0 too, but are the symmetry
    mistake, not this one.
    """
    layers = _large_layers(run)
    # uniform on [0, s): max / std = sqrt(12) = 3.46; |normal|: about 7
    return bool(layers) and all(
        W.min() >= 0 and W.std() > 0 and W.min() < 0.01 * W.max()
        and W.max() < 3.6 * W.std() for *_, W in layers)


def uniform_symmetric(run):
    """He's factor times uniform draws in [-1, 1): |W| <= the factor and
    std factor / sqrt(3)."""
    layers = _large_layers(run)
    return bool(layers) and all(
        np.abs(W).max() <= np.sqrt(2 / n_prev) * (1 + 1e-9)
        and abs(W.std() / np.sqrt(2 / n_prev / 3) - 1) < WEIGHT_STD_TOLERANCE
        for n, n_prev, W in layers)


def nonzero_biases(run):
    """Some bias is not zero."""
    return zero_biases_line(run).status == "fail"


def forward_deep_with(*, hidden=relu, output=sigmoid, add_b=True,
                      feed_Z=False, transpose_W=False, skip_output=False,
                      cache_A_prev="A_prev", reverse=False, input_X=False,
                      A_at_W=False, cache_A="A", relu_in_place=False):
    """A deep forward pass ``fn(X, parameters)`` with a mistake.

    ``cache_A_prev="A"`` stores the layer's own output as its A_prev,
    ``cache_A="A_prev"`` its input as its A; ``add_b=-1`` subtracts b;
    ``reverse=True`` returns the caches last layer first; ``input_X``
    feeds X to every layer ("hidden": to every hidden one); ``A_at_W``
    computes ``A_prev @ W + b``; ``relu_in_place`` caches relu(Z) as Z.
    """
    def forward(X, parameters):
        L = len(parameters) // 2
        A, caches = X, []
        for layer in range(1, L if skip_output else L + 1):
            A_prev = A
            W = parameters[f"W{layer}"]
            W = W.T if transpose_W else W
            inputs = X if input_X is True or input_X == "hidden" and \
                layer < L else A_prev
            Z = (inputs @ W if A_at_W else W @ inputs) + (
                parameters[f"b{layer}"] * add_b if add_b else 0)
            A = hidden(Z) if layer < L else output(Z)
            if relu_in_place and layer < L:
                Z = A  # A = Z; A[A < 0] = 0 changed Z too
            stored = {"A_prev": A_prev, "A": A}[cache_A_prev]
            caches.append({"A_prev": stored, "Z": Z,
                           "A": A_prev if cache_A == "A_prev" else A})
            if feed_Z:
                A = Z
        if feed_Z and caches:
            A = caches[-1]["A"]
        return A, caches[::-1] if reverse else caches
    return forward


# g'(Z) of a layer, read from its cache
_SLOPES = {
    "relu": lambda cache: cache["A"] > 0,
    "relu from Z": lambda cache: cache["Z"] > 0,  # the same, but for layer L
    "tanh": lambda cache: 1 - cache["A"] ** 2,
    "sigmoid": lambda cache: cache["A"] * (1 - cache["A"]),
    "none": lambda cache: 1,
    "A": lambda cache: cache["A"],
}


def forward_sigmoid_after_relu(*, of="A"):
    """ReLU on every layer in the loop, then AL = sigmoid(A) (``of="A"``)
    or AL = sigmoid(Z) (``of="Z"``) after it; layer L's cache keeps
    relu(ZL)."""
    def forward(X, parameters):
        L = len(parameters) // 2
        A, caches = X, []
        for layer in range(1, L + 1):
            A_prev = A
            Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
            A = relu(Z)
            caches.append({"A_prev": A_prev, "Z": Z, "A": A})
        return sigmoid(A if of == "A" else Z), caches
    return forward


def caches_and_AL_swapped(run):
    """Every call returned ``(caches, AL)``: a list first, an array last."""
    return all(
        isinstance(call.value, tuple | list) and len(call.value) == 2
        and isinstance(call.value[0], list | tuple)
        and isinstance(call.value[1], np.ndarray) for call in run.calls)


def tuple_caches(run):
    """Every call returned caches that are tuples, not dicts."""
    return all(
        isinstance(call.value, tuple | list) and len(call.value) == 2
        and isinstance(call.value[1], list | tuple) and call.value[1]
        and all(isinstance(cache, tuple | list) for cache in call.value[1])
        for call in run.calls)


def L_a_float(run):
    """L = len(parameters) / 2 on every case: range() refuses a float,
    or the key reads W2.0."""
    return all(
        isinstance(call.error, TypeError) and "'float' object cannot be "
        "interpreted as an integer" in str(call.error)
        or isinstance(call.error, KeyError) and call.error.args
        and re.fullmatch(r"[Wb]\d+\.0", str(call.error.args[0]))
        for call in run.calls)


def cache_keys_misnamed(run):
    """Every case: dict caches, each with three keys, not the course's."""
    shown = None
    for call in run.calls:
        value = call.value
        if not isinstance(value, tuple | list) or len(value) != 2 or \
                not isinstance(value[1], list | tuple) or not value[1]:
            return None
        for cache in value[1]:
            if not isinstance(cache, dict) or len(cache) < 3 or \
                    set(CACHE_KEYS) <= set(cache):
                return None
        shown = shown or ", ".join(map(str, value[1][0]))
    return {"keys": shown} if shown else None


def output_cache_missing(run):
    """AL and the L - 1 caches right, layer L's cache never appended."""
    seen = False
    for case, call, got, expected in zip(run.cases, run.calls, run.got,
                                         run.expected):
        L = layers_of(case)
        if call.raised or not got or not isinstance(call.value, tuple) or \
                len(call.value[1]) != L - 1:
            return False
        if any(key not in expected or not np.allclose(
                float_array(value), expected[key]) for key, value in
               got.items() if float_array(value) is not None):
            return False
        seen = True
    return seen


def backward_deep_with(*, slope="relu", average=True, sign=1,
                       keepdims=True, transpose_W=True, dW_input="A_prev",
                       slope_from="below", output_slope=None, m_from="X1",
                       db_axis=1, db_average=True, dW_average=True,
                       dW_form="dZ @ A.T", dZL_over_m=False, update_dZ=True,
                       W_below=False, mask="cached", zero_where=False,
                       mask_from="below", dZ_over_m_each=False,
                       db_row=False):
    """A deep backward pass ``fn(parameters, caches, X, Y)``, a mistake.

    ``dW_input="A"`` uses the layer's own output for ``dW_l``;
    ``slope_from="same"`` takes g' from layer l's cache instead of layer
    l - 1's; ``output_slope`` is "relu" (dZL = dAL * (ZL > 0)),
    "relu on AL - Y" (dZL = (AL - Y) * (ZL > 0)), "sigmoid on AL - Y"
    (times AL (1 - AL)) or "dAL" (dZL = dAL); ``m_from`` "X1" (right),
    "X0" or "Y0" (a shape[0]); ``db_average``/``dW_average`` False drop
    that gradient's 1/m; ``dW_form`` "A @ dZ.T" (transposed) or "dZ @ A"
    (A_prev not transposed); ``dZL_over_m`` divides dZL by m too;
    ``update_dZ=False`` never passes dZ down; ``W_below`` uses W_{l-1};
    ``mask`` (caches with a dropout mask D) "cached" (right), "times"
    (dA * D * keep_prob) or "squared" (dA * D / keep_prob**2);
    ``zero_where`` sets dZ[~g'] = 0 as relu_backward does (a shape
    mismatch raises IndexError there, not ValueError); ``dW_input="X"``
    uses X for every layer; ``mask_from="same"`` applies layer l's own
    mask (if its cache has one) to dA_prev; ``dW_input="A_prev below"``
    reads A_prev from caches[l - 2] (caches[-1] for layer 1);
    ``dZ_over_m_each`` divides
    dZ by m at every layer (and not dW, db); ``db_row`` returns db_l as
    a row (1, n_l).
    """
    def backward(parameters, caches, X, Y):
        L = len(caches)
        m = {"X1": X.shape[1], "X0": X.shape[0], "Y0": Y.shape[0]}[m_from] \
            if average else 1
        AL, ZL = caches[-1]["A"], caches[-1]["Z"]
        dZ = sign * (AL - Y)
        if output_slope == "relu":
            dZ = -(Y / AL - (1 - Y) / (1 - AL)) * (ZL > 0)
        elif output_slope == "relu on AL - Y":
            dZ = (AL - Y) * (ZL > 0)
        elif output_slope == "sigmoid on AL - Y":
            dZ = (AL - Y) * AL * (1 - AL)
        elif output_slope == "dAL":
            dZ = -(Y / AL - (1 - Y) / (1 - AL))
        if dZL_over_m:
            dZ = dZ / m
        grads = {}
        for layer in range(L, 0, -1):
            cache = caches[layer - 1]
            if dZ_over_m_each:
                dZ = dZ / m
            A_in = X if dW_input == "X" else (
                caches[layer - 2] if dW_input == "A_prev below" else
                cache)[dW_input.split()[0]]
            if dW_form == "A @ dZ.T":
                dW = A_in @ dZ.T
            elif dW_form == "dZ @ A":
                dW = dZ @ A_in
            else:
                dW = dZ @ A_in.T
            once = 1 if dZ_over_m_each else m
            grads[f"dW{layer}"] = dW / (once if dW_average else 1)
            grads[f"db{layer}"] = np.sum(
                dZ, axis=db_axis, keepdims=keepdims) / (
                    once if db_average else 1)
            if db_row:
                grads[f"db{layer}"] = grads[f"db{layer}"].reshape(1, -1)
            if layer > 1:
                W = parameters[f"W{layer - 1 if W_below else layer}"]
                dA = (W.T if transpose_W else W) @ dZ
                below = caches[layer - 2]
                masked = below if mask_from == "below" else cache
                if "D" in masked:
                    p = masked["keep_prob"]
                    dA = dA * masked["D"] * {
                        "cached": 1 / p, "times": p,
                        "squared": 1 / p**2}[mask]
                source = below if slope_from == "below" else cache
                if update_dZ and zero_where:
                    dZ = np.array(dA, copy=True)
                    dZ[~np.asarray(_SLOPES[slope](source), dtype=bool)] = 0
                elif update_dZ:
                    dZ = dA * _SLOPES[slope](source)
        return grads
    return backward


def bias_without_keepdims(run):
    """Some db_l lost its second axis (a sum without keepdims)."""
    return any(key.startswith("db") and np.ndim(value) < 2
               for _, got in returned_outputs(run)
               for key, value in got.items())


def reads_W_above(run):
    """KeyError for W_{L+1} on every case with L > 1 (L = 1 never reads a
    W): the weights of layer l + 1."""
    deep = [(case, call) for case, call in zip(run.cases, run.calls)
            if layers_of(case) > 1]
    if deep and all(isinstance(call.error, KeyError) and call.error.args[:1]
                    == (f"W{layers_of(case) + 1}",) for case, call in deep):
        return {"L_plus_1": layers_of(deep[0][0]) + 1}
    return None


def key_not_W_above(run):
    """A KeyError, but not W_{L+1} on every case (its own entry)."""
    return None if reads_W_above(run) else missing_key(run)


def deep_backward_mistakes(**mask):
    """The entries of the loop back, for its check and dropout's.

    ``mask`` goes to every mutant (``backward_deep_with``).
    """
    def mutant(**changes):
        return like(backward_deep_with(**changes, **mask))
    return (
        Mistake("caches[l] for layer l", index_error_on_every_case,
                "your code reads caches[L], past the end of the list: "
                "caches[l - 1] is layer l's cache (the list starts at 0), "
                "caches[l - 2] the layer below's."),
        Mistake("m from shape[0]", like_any(
            backward_deep_with(m_from="X0", **mask),
            backward_deep_with(m_from="Y0", **mask)),
                "your m is a number of rows: m = X.shape[1], the number of "
                "examples (columns); shape[0] counts features or units."),
        Mistake("db over axis 0", mutant(db_axis=0),
                "your db sums over axis 0, the units: sum over the "
                "examples, db = np.sum(dZ, axis=1, keepdims=True) / m, of "
                "shape (n_l, 1)."),
        Mistake("db without 1/m", mutant(db_average=False),
                "your db_l is m times too large, dW_l is right: divide the "
                "sum by m too, db = np.sum(dZ, axis=1, keepdims=True) / m."),
        Mistake("dW without 1/m", mutant(dW_average=False),
                "your dW_l is m times too large, db_l is right: dW = dZ @ "
                "A_prev.T / m."),
        Mistake("dW transposed", mutant(dW_form="A @ dZ.T"),
                "your dW_l is transposed, A_prev @ dZ.T: dW = dZ @ "
                "A_prev.T / m has W_l's shape (n_l, n_{l-1})."),
        Mistake("A_prev not transposed", mutant(dW_form="dZ @ A"),
                "dW needs A_prev transposed: dW = dZ @ A_prev.T / m, which "
                "sums over the m examples."),
        Mistake("sigmoid's derivative on AL - Y", mutant(
            output_slope="sigmoid on AL - Y"),
                "you multiply AL - Y by the sigmoid's derivative AL * (1 - "
                "AL): with the cross-entropy it cancels, dZL = AL - Y as it "
                "is."),
        Mistake("dAL taken for dZL", mutant(output_slope="dAL"),
                "your dZL is dAL = -(Y / AL - (1 - Y) / (1 - AL)), the "
                "derivative by AL: through the sigmoid it becomes dZL = AL - "
                "Y, the error the loop starts from."),
        Mistake("A_prev of the layer below", mutant(
            dW_input="A_prev below"),
                "your dW_l reads A_prev from the cache of layer l - 1: "
                "layer l's input is in its own cache, dW = dZ @ caches[l - "
                "1]['A_prev'].T / m."),
        Mistake("1/m at every layer", mutant(dZ_over_m_each=True),
                "your dZ is divided by m at every layer, so layer l - 1 "
                "gets 1/m twice, the next 1/m three times...: divide once, "
                "in dW = dZ @ A_prev.T / m and db, and leave dZ as it is."),
        Mistake("db as a row", mutant(db_row=True),
                "your db_l is a row, shape (1, n_l): keep the column that "
                "np.sum(dZ, axis=1, keepdims=True) / m gives, (n_l, 1) like "
                "b_l."),
        Mistake("1/m twice", mutant(dZL_over_m=True),
                "your gradients are divided by m twice: dZL = AL - Y "
                "without 1/m, which dW and db apply, dW = dZ @ A_prev.T / "
                "m."),
        Mistake("dZ not passed down", mutant(update_dZ=False),
                "your loop uses dZL for every layer: after dA_prev = W.T @ "
                "dZ, set dZ = dA_prev * (A > 0), the dZ of layer l - 1, "
                "before the next step."),
        Mistake("W of the layer below", mutant(W_below=True),
                "your dA_prev uses W of layer l - 1: the error goes back "
                "through the weights it came through, dA_prev = "
                "parameters[f'W{l}'].T @ dZ."),
    )


INITIALIZATION_DEEP_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("sizes given apart", shape_not_a_tuple,
            "NumPy read your sizes as separate arguments: give the shape as "
            "one tuple, rng.standard_normal((layer_dims[l], layer_dims[l - "
            "1])) and np.zeros((layer_dims[l], 1)) (with double "
            "parentheses)."),
    Mistake("loop past the last layer", index_error_on_every_case,
            "your loop reads past the end of layer_dims: it has L + 1 "
            "sizes, indices 0 to L, and the layers with weights are 1 to "
            "L, for l in range(1, len(layer_dims))."),
    Mistake("keys of the wrong case", keys_case(""),
            "your keys are {keys}: names are case-sensitive, W1 .. WL "
            "and b1 .. bL, f'W{{l}}' and f'b{{l}}'."),
    Mistake("layer 0 made too", layer_zero_added(""),
            "your dict also has W0 and b0: the loop starts at 0, where "
            "layer_dims[l - 1] is layer_dims[-1], the last size; start at "
            "1, for l in range(1, len(layer_dims))."),
    Mistake("layers numbered from 0", numbered_from_zero(""),
            "your keys are {keys}, numbered from 0: the layers with weights "
            "are 1 to L, so loop for l in range(1, len(layer_dims)) and "
            "name them W{{l}} and b{{l}}."),
    Mistake("last layer missing", last_layer_missing(""),
            "your dict stops one layer early, keys {keys}: layer_dims has "
            "L + 1 sizes and L layers, so loop for l in range(1, "
            "len(layer_dims)), up to and including the output layer."),
    Mistake("swapped weight shapes", swapped_shapes,
            "your {key} has shape {shape}, rows and columns swapped: "
            "W_l has shape (n_l, n_{{l-1}}), rng.standard_normal(("
            "layer_dims[l], layer_dims[l - 1])), so that Z = W @ A_prev "
            "works."),
    Mistake("1-D biases", one_dimensional_biases,
            "your {key} is 1-D: biases are column vectors, "
            "np.zeros((layer_dims[l], 1)), so that they broadcast across "
            "the m columns."),
    Mistake("biases as rows", biases_as_rows,
            "your biases are rows, shape (1, n_l): b_l is a column, "
            "np.zeros((layer_dims[l], 1)), one row per unit, so that it "
            "broadcasts across the m columns."),
    Mistake("biases of the input's size", biases_of_input_size,
            "your biases have the size of the layer's input, n_{{l-1}}: "
            "b_l has one entry per unit of layer l, np.zeros(("
            "layer_dims[l], 1))."),
    Mistake("2 // n_{l-1}", floor_divided_scale,
            "your weights are all zero wherever n_{{l-1}} > 2: 2 // "
            "layer_dims[l - 1] is an integer division, 0 there; divide "
            "with /, std = np.sqrt(2 / layer_dims[l - 1])."),
    Mistake("zero weights (symmetry)", identical_units,
            "the units of a layer start identical (zero or equal weights), "
            "so they get the same gradients and stay identical: draw W_l "
            "at random, rng.standard_normal((n_l, n_{l-1})) * "
            "np.sqrt(2 / n_{l-1})."),
    Mistake("He with n_l", scale_like(lambda n, n_prev: np.sqrt(2 / n)),
            "your weights have standard deviation sqrt(2 / n_l), the "
            "layer's own size: He initialization divides by the layer's "
            "input size, its fan-in, std = np.sqrt(2 / layer_dims[l - 1])."),
    Mistake("Xavier where He belongs",
            scale_like(lambda n, n_prev: np.sqrt(1 / n_prev)),
            "your weights have Xavier's standard deviation sqrt(1 / "
            "n_{l-1}), made for tanh: these layers are ReLU, which zeroes "
            "half of each Z, so He doubles the variance, std = np.sqrt(2 / "
            "layer_dims[l - 1])."),
    Mistake("square root forgotten",
            scale_like(lambda n, n_prev: 2 / n_prev),
            "your weights have standard deviation 2 / n_{l-1}, the "
            "variance He asks for: the standard deviation is its square "
            "root, std = np.sqrt(2 / layer_dims[l - 1])."),
    Mistake("sqrt(2) / n_{l-1}",
            scale_like(lambda n, n_prev: np.sqrt(2) / n_prev),
            "your weights have standard deviation sqrt(2) / n_{l-1}: the "
            "square root covers the whole fraction, std = np.sqrt(2 / "
            "layer_dims[l - 1])."),
    Mistake("divided by He's factor",
            scale_like(lambda n, n_prev: np.sqrt(n_prev / 2)),
            "your weights have standard deviation sqrt(n_{l-1} / 2): you "
            "divide by He's factor; multiply by it, "
            "rng.standard_normal((n_l, n_{l-1})) * np.sqrt(2 / "
            "layer_dims[l - 1])."),
    Mistake("2 / sqrt(n_{l-1})",
            scale_like(lambda n, n_prev: 2 / np.sqrt(n_prev)),
            "your weights have standard deviation 2 / sqrt(n_{l-1}): the "
            "square root covers the 2 as well, std = np.sqrt(2 / "
            "layer_dims[l - 1])."),
    Mistake("He factor added", he_shifted,
            "your weights have mean sqrt(2 / n_{l-1}) and standard "
            "deviation 1: He's factor was added (or given to rng.normal as "
            "its first argument, the mean); multiply the standard normal "
            "draws by it, rng.standard_normal((n_l, n_{l-1})) * np.sqrt(2 "
            "/ layer_dims[l - 1]), or rng.normal(0, std, size)."),
    Mistake("Xavier on the output layer", xavier_on_output,
            "your hidden layers are He, but the output layer has Xavier's "
            "sqrt(1 / n_{L-1}): this function uses He on every layer, the "
            "output one too, std = np.sqrt(2 / layer_dims[l - 1])."),
    Mistake("Glorot's fan average",
            scale_like(lambda n, n_prev: np.sqrt(2 / (n + n_prev))),
            "your weights have Glorot's standard deviation sqrt(2 / (n_l + "
            "n_{l-1})), the average of fan-in and fan-out: He divides by "
            "the fan-in alone, std = np.sqrt(2 / layer_dims[l - 1])."),
    Mistake("uniform in [-1, 1)", uniform_symmetric,
            "your weights are uniform, all within +-sqrt(2 / n_{l-1}) "
            "(rng.uniform(-1, 1)): draw from a standard normal, "
            "rng.standard_normal((n_l, n_{l-1})) * np.sqrt(2 / "
            "layer_dims[l - 1])."),
    Mistake("He times 0.01",
            scale_like(lambda n, n_prev: 0.01 * np.sqrt(2 / n_prev)),
            "your weights are He's times 0.01, std 0.01 * sqrt(2 / "
            "n_{l-1}): He's factor replaces Lesson 6's 0.01, std = "
            "np.sqrt(2 / layer_dims[l - 1]) alone."),
    Mistake("Lesson 6's 0.01", scale_like(lambda n, n_prev: 0.01),
            "your weights have Lesson 6's standard deviation 0.01 in every "
            "layer: through several ReLU layers the activations then "
            "shrink towards 0; scale each layer by its fan-in, std = "
            "np.sqrt(2 / layer_dims[l - 1])."),
    Mistake("no scale", scale_like(lambda n, n_prev: 1.0),
            "your weights have standard deviation 1: multiply them by He's "
            "np.sqrt(2 / layer_dims[l - 1]), or the activations grow "
            "layer after layer."),
    Mistake("uniform weights", uniform_weights,
            "your weights are all >= 0 (np.random.rand draws from [0, 1)): "
            "draw from a standard normal, centred on 0, "
            "rng.standard_normal((n_l, n_{l-1})) * np.sqrt(2 / "
            "n_{l-1})."),
    Mistake("random biases", nonzero_biases,
            "your biases are not zero: start them at zero, "
            "np.zeros((layer_dims[l], 1)); the random weights already "
            "break the symmetry."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


FORWARD_DEEP_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("loop starts at layer 0", reads_layer_zero,
            "your loop reads W0, which does not exist: the layers are "
            "numbered 1 to L, for l in range(1, L + 1)."),
    Mistake("loop goes past layer L", reads_past_layer_L,
            "your loop reads a layer after the last one: L = "
            "len(parameters) // 2 (each layer has a W and a b), and the "
            "layers are 1 to L, for l in range(1, L + 1)."),
    Mistake("unknown key", misnamed_key,
            "your code reads the key {key}, which is not there: parameters "
            "has W1 .. WL and b1 .. bL (names are case-sensitive)."),
    Mistake("L a float", L_a_float,
            "your L is a float: len(parameters) / 2 divides to 2.0; use "
            "integer division, L = len(parameters) // 2."),
    Mistake("AL returned alone", returns_array,
            "you return AL alone: return AL, caches, with one cache per "
            "layer, {{'A_prev': A_prev, 'Z': Z, 'A': A}}, for "
            "backpropagation."),
    Mistake("caches and AL swapped", caches_and_AL_swapped,
            "you return caches first: return AL, caches, in this order."),
    Mistake("caches are tuples", tuple_caches,
            "your caches are tuples: each is a dict read by name, "
            "{'A_prev': A_prev, 'Z': Z, 'A': A}, appended once per layer."),
    Mistake("cache keys misnamed", cache_keys_misnamed,
            "your caches have keys {keys}: name them exactly 'A_prev', "
            "'Z' and 'A', the names backpropagation reads."),
    Mistake("output layer's cache missing", output_cache_missing,
            "AL is right, but the output layer's cache is missing: append "
            "layer L's cache too, {'A_prev': A_prev, 'Z': ZL, 'A': AL}, "
            "so that there are L caches."),
    Mistake("X fed to every layer", like_any(
        forward_deep_with(input_X=True), forward_deep_with(input_X="hidden")),
            "every layer gets X as its input: layer l's input is the "
            "previous layer's output, A_prev = A (X for layer 1 only)."),
    Mistake("A_prev @ W", like(forward_deep_with(A_at_W=True)),
            "you multiply A_prev @ W: examples are columns, so Z = W @ "
            "A_prev + b, with W of shape (n_l, n_{l-1}) on the left."),
    Mistake("softmax output", like(forward_deep_with(output=softmax)),
            "your output layer is a softmax: this network's is a sigmoid, "
            "AL = sigmoid(ZL), one probability per unit (a softmax over "
            "one unit is always 1)."),
    Mistake("ReLU before the output sigmoid", like_any(
        forward_sigmoid_after_relu(of="A"), forward_sigmoid_after_relu(
            of="Z")),
            "your loop applies ReLU to every layer, layer L too, and the "
            "sigmoid after it: layer L is a sigmoid alone, AL = "
            "sigmoid(ZL), and its cache holds that AL as its A."),
    Mistake("tanh output", like(forward_deep_with(output=np.tanh)),
            "your output layer is tanh: it is a sigmoid, AL = sigmoid(ZL), "
            "so that AL is a probability between 0 and 1."),
    Mistake("b subtracted", like(forward_deep_with(add_b=-1)),
            "you subtract b: Z = W @ A_prev + b in every layer."),
    Mistake("last layer given ReLU", like(forward_deep_with(output=relu)),
            "your output layer uses ReLU, like the hidden layers: layer L "
            "is a sigmoid, AL = sigmoid(ZL), so that AL is a probability; "
            "ReLU is for layers 1 to L - 1 only."),
    Mistake("output layer skipped", like(forward_deep_with(
        skip_output=True)),
            "your loop stops one layer early: range(1, L) covers the "
            "hidden layers only, so layer L, the sigmoid, never runs; "
            "loop over range(1, L + 1), or add the output layer after the "
            "loop."),
    Mistake("sigmoid hidden layers", like(forward_deep_with(
        hidden=sigmoid)),
            "your hidden layers use sigmoid: they are ReLU, A = relu(Z) "
            "for l < L (sigmoid is for the output layer only)."),
    Mistake("tanh hidden layers", like(forward_deep_with(hidden=np.tanh)),
            "your hidden layers use tanh: this network's are ReLU, A = "
            "relu(Z) for l < L."),
    Mistake("no hidden activation", like(forward_deep_with(
        hidden=lambda z: z)),
            "your hidden layers pass Z on as it is: apply ReLU, A = "
            "relu(Z), for l < L."),
    Mistake("b missing", like(forward_deep_with(add_b=False)),
            "your Z has no bias: Z = W @ A_prev + b in every layer."),
    Mistake("Z fed to the next layer", like(forward_deep_with(
        feed_Z=True)),
            "each layer gets the previous layer's Z instead of its "
            "activation A: feed A forward, A_prev = A."),
    Mistake("cache of the wrong layer", like_any(
        forward_deep_with(cache_A_prev="A"),
        forward_deep_with(cache_A="A_prev"),
        forward_deep_with(reverse=True)),
            "AL is right, but the caches do not hold each layer's own "
            "arrays in order: caches[l - 1] is layer l's, with its input "
            "A_prev (A of layer l - 1, X for layer 1), its Z and its A, "
            "appended as the loop goes from layer 1 to L."),
    Mistake("Z changed in place", like(forward_deep_with(
        relu_in_place=True)),
            "your cached Z of the hidden layers is relu(Z): A = Z then "
            "A[A < 0] = 0 changes Z too, the same array; make a new one, A "
            "= relu(Z) or np.maximum(Z, 0)."),
    Mistake("W transposed", like(forward_deep_with(transpose_W=True)),
            "you use W transposed: W_l has shape (n_l, n_{l-1}) already, "
            "so Z = "
            "W @ A_prev + b, without .T."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


BACKWARD_DEEP_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("layers numbered from 0", numbered_from_zero("d"),
            "your keys are {keys}, numbered from 0: layer l's gradients "
            "are dW{{l}} and db{{l}}, for l = L, L - 1, ..., 1, "
            "range(L, 0, -1)."),
    Mistake("loop stops before layer 1", first_layer_missing("d"),
            "your loop back stops before layer 1, keys {keys}: "
            "range(L, 0, -1) runs l = L, ..., 1 (the stop value is "
            "excluded)."),
    Mistake("loop runs to layer 0", layer_zero_added("d"),
            "your dict also has dW0 and db0: the loop back runs one step "
            "too far; range(L, 0, -1) stops after l = 1."),
    Mistake("layer L skipped", last_layer_missing("d"),
            "your gradients miss layer L, keys {keys}: the loop back "
            "starts at the output layer, l = L, with dZL = AL - Y."),
    Mistake("dA kept in grads", extra_dA_keys,
            "your dict also holds the dA_l, keys {keys}: return the "
            "gradients of the parameters only, dW1 .. dWL and db1 .. dbL; "
            "keep dA_prev in a local variable."),
    Mistake("W of the layer above", reads_W_above,
            "your code reads W{L_plus_1}, after the last layer: dA_prev "
            "goes back through the weights of layer l itself, dA_prev = "
            "parameters[f'W{{l}}'].T @ dZ."),
    Mistake("unknown key", key_not_W_above,
            "your code reads the key {key}, which is not there: parameters "
            "has W1 .. WL and b1 .. bL, each cache A_prev, Z and A."),
    Mistake("inputs changed in place", changed_inputs,
            "your function changes {changed}, which it was given (dZ = "
            "caches[-1]['A'], then dZ -= Y, changes the cache's AL): make "
            "a new array, dZ = AL - Y."),
    Mistake("db without keepdims", bias_without_keepdims,
            "a db_l lost its second axis: sum with keepdims=True, db = "
            "np.sum(dZ, axis=1, keepdims=True) / m, so that db_l is "
            "(n_l, 1) like b_l."),
    Mistake("last layer given ReLU's derivative", like_any(
        backward_deep_with(output_slope="relu"),
        backward_deep_with(output_slope="relu on AL - Y")),
            "you multiply the output error by ReLU's derivative (ZL > 0): "
            "layer L is a sigmoid with the cross-entropy, so dZL = AL - Y "
            "as it is, and (Z > 0) belongs to the hidden layers only."),
    Mistake("ReLU derivative missing", like(backward_deep_with(
        slope="none")),
            "your dZ equals dA in the hidden layers: multiply by ReLU's "
            "derivative, dZ = dA * (A > 0) with A of that layer's cache."),
    Mistake("tanh derivative", like(backward_deep_with(slope="tanh")),
            "you use tanh's derivative 1 - A**2, but the hidden layers are "
            "ReLU: dZ = dA * (A > 0)."),
    Mistake("sigmoid derivative", like(backward_deep_with(
        slope="sigmoid")),
            "you use sigmoid's derivative A * (1 - A), but the hidden "
            "layers are ReLU: dZ = dA * (A > 0)."),
    Mistake("slope from the wrong layer's cache", like_any(
        backward_deep_with(slope_from="same"),
        backward_deep_with(slope_from="same", slope="relu from Z"),
        backward_deep_with(slope_from="same", slope="relu from Z",
                           zero_where=True)),
            "you take g' from layer l's cache when computing dZ of layer "
            "l - 1: use the cache of layer l - 1, caches[l - 2], dZ = dA "
            "* (caches[l - 2]['A'] > 0)."),
    Mistake("A as the slope", like(backward_deep_with(slope="A")),
            "you multiply dA by A itself: ReLU's derivative is 1 where A > "
            "0 and 0 elsewhere, dZ = dA * (A > 0)."),
    Mistake("X for every dW", like(backward_deep_with(dW_input="X")),
            "every dW_l uses X: layer l's input is its own A_prev, dW = dZ "
            "@ caches[l - 1]['A_prev'].T / m (X for layer 1 only)."),
    Mistake("A where A_prev belongs", like(backward_deep_with(
        dW_input="A")),
            "your dW_l uses the layer's own output A: it needs the layer's "
            "input, dW = dZ @ caches[l - 1]['A_prev'].T / m."),
    *deep_backward_mistakes(),
    Mistake("no 1/m", like(backward_deep_with(average=False)),
            "your gradients are m times too large: average over the "
            "examples, dW = dZ @ A_prev.T / m, and the same 1/m in db."),
    Mistake("dZL sign", like(backward_deep_with(sign=-1)),
            "your gradients have the wrong sign: dZL = AL - Y, not "
            "Y - AL."),
    Mistake("W not transposed", like(backward_deep_with(
        transpose_W=False)),
            "dA needs W transposed: dA_prev = W.T @ dZ, of shape "
            "(n_{l-1}, m)."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


INITIALIZATION_DEEP = Spec(
    func="initialize_parameters_deep", arg_names=("layer_dims",),
    symbols="layer_dims", make_cases=initialization_deep_cases,
    reference=initialize_parameters_deep, unpack=unpack_layers,
    returns="returns a dict with keys W1, b1, ..., WL, bL",
    shapes=LayerSymbols(),
    lines=(keys_line("", "L = len(layer_dims) - 1"), shapes_line,
           zero_biases_line, weight_scale_line, distinct_units_line,
           dtype_line, random_state_line, warnings_line),
    mistakes=INITIALIZATION_DEEP_MISTAKES,
)


FORWARD_DEEP = Spec(
    func="forward_propagation_deep", arg_names=("X", "parameters"),
    symbols="(layer_dims, m)", make_cases=forward_deep_cases,
    reference=forward_propagation_deep, unpack=unpack_forward_deep,
    returns="returns (AL, caches): a list of L dicts with keys A_prev, Z, "
            "A",
    shapes=LayerSymbols(AL="(n_y, m)"),
    lines=(caches_line, shapes_line, values_line, dtype_line,
           *COMMON_LINES),
    mistakes=FORWARD_DEEP_MISTAKES, uses=(RELU, SIGMOID),
)


BACKWARD_DEEP = Spec(
    func="backward_propagation_deep",
    arg_names=("parameters", "caches", "X", "Y"),
    symbols="(layer_dims, m)", make_cases=backward_deep_cases,
    reference=backward_propagation_deep,
    unpack=lambda value: unpack_layers(value, "d"),
    returns="returns a dict with keys dW1, db1, ..., dWL, dbL",
    shapes=LayerSymbols(),
    lines=(keys_line("d", "L = len(caches)"), shapes_line, values_line,
           dtype_line, inputs_line, random_state_line, warnings_line),
    mistakes=BACKWARD_DEEP_MISTAKES,
)
