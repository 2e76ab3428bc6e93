"""The self-checks of Lesson 11: the L2 cost and inverted dropout.

``compute_cost_with_l2`` is checked as the other costs are, on binary
and softmax outputs, with networks of 2 and 3 layers whose biases are
not zero, so that a penalty on the biases shows.

Dropout is random: any generator and any way of drawing the masks is
right, so ``forward_propagation_with_dropout`` is not compared with the
course's masks. The check reads the masks ``D`` your function stored in
its caches and checks everything else against them: the share of units
kept (on a layer of 200 x 100 units), the forward pass through exactly
those masks with the division by ``keep_prob``, the output layer never
dropped, the same masks again for the same ``seed``, and
``keep_prob = 1`` as no dropout at all. Its backward twin,
``backward_propagation_with_dropout``, gets the course's caches with
their masks, so its gradients are compared with the course's; a case
with n_x = m lets the check read back from dW1 which mask was applied.
"""

import re

import numpy as np

from snippets.activations import relu, sigmoid, softmax
from snippets.deep import backward_propagation_deep, forward_propagation_deep
from snippets.learning import compute_cost
from snippets.regularization import compute_cost_with_l2
from snippets.selfcheck._engine.common import (
    COMMON_LINES,
    GLOBAL_RANDOM_STATE_MISTAKES,
    SIGNATURE_MISTAKE,
    changed_inputs,
    float_array,
    like_any,
    missing_key,
    returns_array,
    unpack_cost,
)
from snippets.selfcheck._engine.report import (
    Case,
    Line,
    Mistake,
    Spec,
    first_difference,
    inputs_line,
    like,
    random_state_line,
    returns_line,
    run_check,
    shapes_line,
    values_line,
    warnings_line,
)
from snippets.selfcheck.lesson06 import RELU, SIGMOID
from snippets.selfcheck.lesson10 import (
    BACKWARD_DEEP_MISTAKES,
    FORWARD_DEEP_MISTAKES,
    LayerSymbols,
    backward_deep_with,
    bias_without_keepdims,
    caches_line,
    deep_network,
    extra_dA_keys,
    keys_line,
    layer_label,
    misnamed_key,
    reads_layer_zero,
    reads_past_layer_L,
    reads_W_above,
    unpack_forward_deep,
    unpack_layers,
)


def check_compute_cost_with_l2(fn):
    """Check your ``compute_cost_with_l2(AL, Y, parameters, lambd)``.

    ``J`` is the cross-entropy (binary for one output unit, categorical
    for more) plus ``lambd / (2 m)`` times the sum of the squares of
    every weight; the biases are not penalized.

    Parameters
    ----------
    fn : callable
        Your function: it returns the cost ``J`` as a Python float.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets import compute_cost, compute_cost_softmax
    >>> from snippets.selfcheck import check_compute_cost_with_l2
    >>> def compute_cost_with_l2(AL, Y, parameters, lambd):
    ...     m = Y.shape[1]
    ...     if AL.shape[0] == 1:
    ...         cross_entropy = compute_cost(AL, Y)
    ...     else:
    ...         cross_entropy = compute_cost_softmax(AL, Y)
    ...     squares = sum(np.sum(P**2) for P in parameters.values())
    ...     return cross_entropy + float(lambd / (2 * m) * squares)
    >>> report = check_compute_cost_with_l2(compute_cost_with_l2)
    >>> print(report.diagnosis)
    your penalty includes the biases: sum the squares of the weights W1 ..
    WL only, the biases are not decayed.
    """
    return run_check(COST_L2, fn)


def check_forward_propagation_with_dropout(fn):
    """Check your ``forward_propagation_with_dropout(X, parameters, ...)``.

    Called as ``fn(X, parameters, keep_prob, seed)``: the forward pass of
    ``forward_propagation_deep`` (ReLU hidden layers, a sigmoid output)
    with inverted dropout on every hidden layer. Each hidden layer's
    cache also holds its mask ``"D"`` (True or 1 where the unit is kept)
    and ``"keep_prob"``; its ``"A"`` is ``relu(Z)`` before dropout, and
    the next layer's ``"A_prev"`` is ``A * D / keep_prob``.

    Parameters
    ----------
    fn : callable
        Your function: it draws the masks from its own generator,
        ``np.random.default_rng(seed)``, and returns ``(AL, caches)``.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import forward_propagation_deep
    >>> from snippets.selfcheck import check_forward_propagation_with_dropout
    >>> def forward_propagation_with_dropout(X, parameters, keep_prob, seed):
    ...     return forward_propagation_deep(X, parameters,
    ...                                     keep_prob=keep_prob, seed=seed)
    >>> print(check_forward_propagation_with_dropout(
    ...     forward_propagation_with_dropout))
    check_forward_propagation_with_dropout: 8 of 8 checks passed
      ok   returns (AL, caches): a list of L dicts with keys A_prev, Z, A
      ok   shapes for (layer_dims, m) = ([3, 4, 4, 1], 5), ([2, 5, 5, 5, 1],
           4), ([3, 4, 1], 1), ([3, 4, 1], 3), ([20, 200, 100, 1], 100)
      ok   masks: a D in each hidden layer's cache, none in layer L's, and
           about keep_prob = 0.7 of the units kept: 0.7004
      ok   values: the forward pass through your masks,
           A_prev = A * D / keep_prob, matches
      ok   the same seed gives the same masks, another seed other masks
      ok   X and parameters are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
    """
    return run_check(DROPOUT, fn)


def check_backward_propagation_with_dropout(fn):
    """Check your ``backward_propagation_with_dropout``: the cached masks.

    Called as ``fn(parameters, caches, X, Y)``.
    The caches come from the course's forward pass with dropout: each
    hidden layer's cache holds its mask ``"D"`` and ``"keep_prob"``. The
    error flows back through the kept units only, divided by keep_prob
    as their outputs were: ``dA = W.T @ dZ``, then ``dA = dA * D /
    keep_prob`` with the mask of that layer's cache, then ``dZ = dA *
    (A > 0)``.

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
    >>> from snippets.selfcheck import check_backward_propagation_with_dropout
    >>> report = check_backward_propagation_with_dropout(
    ...     backward_propagation_deep)
    >>> bool(report), report.diagnosis
    (True, None)
    """
    return run_check(BACKWARD_DROPOUT, fn)


# ------------------------------------------------------ the L2 cost

# (layer_dims, m, lambd): binary with L = 2 and 3, softmax, m = 1, and
# lambd = 0 (the plain cross-entropy)
COST_L2_CASES = (([3, 4, 1], 5, 0.7), ([4, 3, 3, 1], 4, 0.1),
                 ([3, 4, 3], 5, 0.5), ([2, 3, 1], 1, 1.0),
                 ([3, 2, 1], 3, 0.0))


def cost_l2_cases():
    """AL (probabilities), Y, parameters and lambd of COST_L2_CASES."""
    rng = np.random.default_rng(13)
    cases = []
    for dims, m, lambd in COST_L2_CASES:
        n_y = dims[-1]
        scores = rng.normal(scale=1.5, size=(n_y, m))
        if n_y == 1:
            AL, Y = sigmoid(scores), (rng.random((1, m)) < 0.5) * 1.0
        else:
            AL = softmax(scores)
            Y = np.eye(n_y)[:, rng.integers(0, n_y, size=m)]
        cases.append(Case(f"({layer_label(dims)}, {m}, lambd = {lambd})",
                          (AL, Y, deep_network(rng, dims), lambd)))
    return cases


def cost_l2_with(*, divisor="2m", biases=False, last=True, squared=True,
                 sign=1, binary=False, lambd_used=True, square="sum",
                 m_rows=False, cross="right"):
    """A ``compute_cost_with_l2`` with one mistake.

    ``divisor`` of lambd: "2m" (right), "m", "2", "1", "inf" (no
    penalty) or "2/m" (lambd / 2 * m); ``last=False`` leaves layer L
    out; ``binary=True`` uses the binary cross-entropy for every n_y;
    ``lambd_used=False`` scales by 1 / (2 m) alone; ``square`` "sum"
    (right), "of the sum", "W @ W.T" or "mean"; ``m_rows`` takes m =
    Y.shape[0] in the penalty ("all": in the cross-entropy too);
    ``cross`` "right", "categorical" (for every n_y), "negated",
    "summed" (not averaged), "mean" (np.mean over n_y * m entries) or
    "scaled too" (lambd / (2 m) times the cross-entropy as well).
    """
    squares = {"sum": lambda P: np.sum(P**2),
               "of the sum": lambda P: np.sum(P) ** 2,
               "W @ W.T": lambda P: np.sum(P @ P.T),
               "mean": lambda P: np.mean(P**2),
               "abs": lambda P: np.sum(np.abs(P))}[square]

    def cost(AL, Y, parameters, lambd):
        m, L = Y.shape[1], len(parameters) // 2
        n = Y.shape[0] if m_rows else m
        m_cross = Y.shape[0] if m_rows == "all" else m
        if binary == "course":  # compute_cost refuses n_y > 1
            return compute_cost(AL, Y) + float(
                lambd / (2 * m) * sum(np.sum(parameters[f"W{layer}"]**2)
                                      for layer in range(1, L + 1)))
        if cross == "categorical" or AL.shape[0] > 1 and not binary:
            loss = -np.sum(Y * np.log(AL))
        else:
            loss = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
        loss = {"right": loss / m_cross, "categorical": loss / m_cross,
                "negated": -loss / m_cross, "summed": loss,
                "scaled too": loss,
                "mean": loss / Y.size}[cross]
        names = {True: "Wb", False: "W", "only": "b"}[biases]
        parts = [parameters[f"{name}{layer}"] for name in names
                 for layer in range(1, L + 1 if last else L)]
        penalty = sum(squares(P) if squared else np.linalg.norm(P)
                      for P in parts)
        factor = {"2m": 1 / (2 * n), "m": 1 / n, "2": 1 / 2, "1": 1,
                  "inf": 0, "2/m": n / 2}[divisor]
        if cross == "scaled too":
            return float(lambd * factor * (loss / m + penalty))
        return float(loss) + float(
            sign * (lambd if lambd_used else 1) * factor * penalty)
    return cost


def reads_weights_past_L(run):
    """A KeyError for some W_k with k > L, and no other error."""
    found = None
    for case, call in zip(run.cases, run.calls):
        if call.raised:
            key = call.error.args[0] if isinstance(call.error, KeyError) \
                and call.error.args else None
            L = len(case.args[2]) // 2
            if not (isinstance(key, str) and re.fullmatch(r"W\d+", key)
                    and int(key[1:]) > L):
                return None
            found = found or {"key": key, "L": L}
    return found


COST_L2_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("array instead of float", returns_array,
            "your cost is an array of shape {shape}: return one number, "
            "float(...), the cross-entropy plus the penalty."),
    Mistake("lambd / m", like(cost_l2_with(divisor="m")),
            "your penalty is twice too large, lambd / m: the L2 term is "
            "lambd / (2 * m) * sum of ||W_l||^2, and its gradient is the "
            "(lambd / m) * W_l of backpropagation."),
    Mistake("no 1/m in the penalty", like(cost_l2_with(divisor="2")),
            "your penalty is lambd / 2 * sum of ||W_l||^2, without m: "
            "divide by m as well, lambd / (2 * m), so that it keeps its "
            "weight against the average loss for any number of examples."),
    Mistake("no lambd / (2 m)", like(cost_l2_with(divisor="1")),
            "your penalty is lambd times the sum of squares: scale it by "
            "lambd / (2 * m)."),
    Mistake("biases decayed", like_any(
        cost_l2_with(biases=True), cost_l2_with(biases=True, divisor="m")),
            "your penalty includes the biases: sum the squares of the "
            "weights W1 .. WL only, the biases are not decayed."),
    Mistake("norm not squared", like(cost_l2_with(squared=False)),
            "you add the norms ||W_l||, not their squares: the penalty is "
            "the squared Frobenius norm, np.sum(np.square(W)) for each "
            "layer."),
    Mistake("last layer left out", like(cost_l2_with(last=False)),
            "your penalty leaves out the output layer's WL: sum over every "
            "layer, for l in range(1, L + 1), L = len(parameters) // 2."),
    Mistake("penalty subtracted", like(cost_l2_with(sign=-1)),
            "you subtract the penalty: add it, J = cross-entropy + lambd / "
            "(2 * m) * sum of ||W_l||^2, so that large weights cost more."),
    Mistake("no penalty", like(cost_l2_with(divisor="inf")),
            "your cost ignores lambd: add lambd / (2 * m) times the sum of "
            "the squares of every W_l to the cross-entropy (with /: lambd "
            "// (2 * m) rounds down to 0)."),
    Mistake("binary cross-entropy for n_y > 1",
            like_any(cost_l2_with(binary=True), cost_l2_with(
                binary="course")),
            "for a softmax output (n_y > 1) you use the binary "
            "cross-entropy: use the categorical one, -np.sum(Y * "
            "np.log(AL)) / m; the binary one is for n_y = 1."),
    Mistake("lambd / 2 * m", like(cost_l2_with(divisor="2/m")),
            "your penalty is lambd / 2 * m: Python divides by 2, then "
            "multiplies by m; put the denominator in parentheses, lambd / "
            "(2 * m)."),
    Mistake("lambd left out", like(cost_l2_with(lambd_used=False)),
            "your penalty is 1 / (2 * m) times the sum of squares, without "
            "lambd: the strength multiplies it, lambd / (2 * m)."),
    Mistake("absolute values (L1)", like(cost_l2_with(square="abs")),
            "you sum the absolute values of the weights, an L1 penalty: L2 "
            "sums their squares, np.sum(np.square(W))."),
    Mistake("biases instead of weights", like(cost_l2_with(biases="only")),
            "your penalty sums the squares of the biases b_l: it is the "
            "weights W1 .. WL that are penalized, not the biases."),
    Mistake("square of the sum", like(cost_l2_with(square="of the sum")),
            "you square the sum of each W_l's entries: the penalty sums "
            "their squares, np.sum(np.square(W)) (or np.sum(W**2))."),
    Mistake("W @ W.T summed", like(cost_l2_with(square="W @ W.T")),
            "you sum the entries of W @ W.T: ||W||_F^2 is the sum of the "
            "squares of W's entries, np.sum(np.square(W)), the trace of W "
            "@ W.T, not the sum of all its entries."),
    Mistake("mean of the squares", like(cost_l2_with(square="mean")),
            "you average the squares of each W_l (np.mean): the penalty "
            "sums them, np.sum(np.square(W)); the 1/m is in lambd / (2 * "
            "m) already."),
    Mistake("m from shape[0]", like_any(cost_l2_with(m_rows=True),
                                        cost_l2_with(m_rows="all")),
            "your m is Y.shape[0], the number of output units: m = "
            "Y.shape[1], the number of examples (columns)."),
    Mistake("categorical cross-entropy for n_y = 1",
            like(cost_l2_with(cross="categorical")),
            "for one sigmoid output (n_y = 1) you use the categorical "
            "cross-entropy, which drops the (1 - Y) log(1 - AL) term: use "
            "compute_cost(AL, Y) there, compute_cost_softmax for n_y > 1."),
    Mistake("cross-entropy sign", like(cost_l2_with(cross="negated")),
            "your cross-entropy is negative: it is minus the average "
            "log-likelihood, -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - "
            "AL)) / m, or compute_cost(AL, Y)."),
    Mistake("cross-entropy not averaged", like(cost_l2_with(cross="summed")),
            "your cross-entropy is a sum over the examples: divide it by "
            "m, or use compute_cost(AL, Y) (compute_cost_softmax for n_y > "
            "1)."),
    Mistake("cross-entropy averaged over every entry", like(cost_l2_with(
        cross="mean")),
            "your softmax cross-entropy is np.mean over all n_y * m "
            "entries: sum over the classes and average over the examples "
            "only, -np.sum(Y * np.log(AL)) / m, or compute_cost_softmax(AL, "
            "Y)."),
    Mistake("lambd / (2 m) on the whole cost", like(cost_l2_with(
        cross="scaled too")),
            "you multiply the cross-entropy by lambd / (2 * m) as well: "
            "only the penalty is scaled, J = cross-entropy + lambd / (2 * "
            "m) * sum of ||W_l||^2."),
    Mistake("penalty reads W0", reads_layer_zero,
            "your penalty reads W0, which does not exist: the weights are "
            "W1 to WL, for l in range(1, L + 1)."),
    Mistake("penalty reads past layer L", reads_weights_past_L,
            "your penalty reads {key} of a network with {L} layers: sum "
            "over the layers it has, for l in range(1, L + 1) with L = "
            "len(parameters) // 2, not a fixed list of weights."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


COST_L2 = Spec(
    func="compute_cost_with_l2", arg_names=("AL", "Y", "parameters",
                                            "lambd"),
    symbols="(layer_dims, m, lambd)", make_cases=cost_l2_cases,
    reference=compute_cost_with_l2, unpack=unpack_cost,
    returns="returns the cost J as a float", shapes={"J": "()"},
    lines=(returns_line, values_line, *COMMON_LINES),
    mistakes=COST_L2_MISTAKES,
)


# ---------------------------------------------------------- dropout

# (layer_dims, m, keep_prob, seed); the last is large enough to measure
# the share kept (20 000 units per hidden layer... 30 000 in all)
DROPOUT_CASES = (([3, 4, 4, 1], 5, 0.8, 1), ([2, 5, 5, 5, 1], 4, 0.5, 2),
                 ([3, 4, 1], 1, 0.6, 3), ([3, 4, 1], 3, 1.0, 4),
                 ([20, 200, 100, 1], 100, 0.7, 5))


KEPT_TOLERANCE = 0.02  # on 30 000 units, 8 standard deviations


def dropout_cases():
    """X, parameters, keep_prob and seed for each of DROPOUT_CASES."""
    rng = np.random.default_rng(14)
    return [Case(layer_label(dims, m),
                 (rng.normal(size=(dims[0], m)), deep_network(rng, dims),
                  keep_prob, seed))
            for dims, m, keep_prob, seed in DROPOUT_CASES]


def dropout_reference(X, parameters, keep_prob, seed):
    """The course's forward pass with dropout, called positionally."""
    return forward_propagation_deep(X, parameters, keep_prob=keep_prob,
                                    seed=seed)


def unpack_dropout(value):
    """AL, every cache's arrays and masks, from ``(AL, caches)``."""
    outputs, problem = unpack_forward_deep(value)
    if problem is None:
        for index, cache in enumerate(value[1]):
            if "D" in cache:
                outputs[f"caches[{index}]['D']"] = cache["D"]
    return outputs, problem


def _dropout_runs(run):
    """``(case, caches)`` of every case your function returned."""
    found = []
    for case, call, problem in zip(run.cases, run.calls, run.problems):
        if problem is None:
            found.append((case, call.value[1]))
    return found


def _mask(cache, shape):
    """The cache's mask D as a float 0/1 array, or None."""
    D = float_array(cache.get("D"))
    if D is None or D.shape != shape:
        return None
    return (D != 0).astype(np.float64)


def kept_share(run):
    """The share of units kept on the large case, or None."""
    for case, caches in _dropout_runs(run):
        if case is run.cases[-1]:
            masks = [_mask(cache, np.shape(cache["A"]))
                     for cache in caches[:-1]]
            if masks and all(D is not None for D in masks):
                return float(np.mean(np.concatenate(
                    [D.ravel() != 0 for D in masks])))
    return None


def masks_line(run):
    """Masks D in the hidden layers only, keeping about keep_prob."""
    keep_prob = run.cases[-1].args[2]
    share = kept_share(run)
    text = f"masks: a D in each hidden layer's cache, none in layer L's, " \
        f"and about keep_prob = {keep_prob} of the units kept" + (
            f": {share:.4f}" if share is not None else "")
    for case, caches in _dropout_runs(run):
        dropping = case.args[2] < 1
        for index, cache in enumerate(caches):
            hidden = index < len(caches) - 1
            if hidden and dropping and _mask(cache, np.shape(cache["A"])) \
                    is None:
                return Line("fail", text, (
                    f"case {case.name}: caches[{index}] has no mask D of "
                    f"A's shape {np.shape(cache['A'])}",))
            D = float_array(cache.get("D"))
            if hidden and dropping and not np.isin(D, (0, 1)).all():
                return Line("fail", text, (
                    f"case {case.name}: caches[{index}]['D'] holds values "
                    f"other than 0 and 1 (True and False): store the mask "
                    f"itself, D = rng.random(A.shape) < keep_prob",))
            if not hidden and "D" in cache:
                return Line("fail", text, (
                    f"case {case.name}: the output layer's cache "
                    f"caches[{index}] has a mask D",))
    if share is None:
        return Line("fail", text, ("no masks to measure on case "
                                   f"{run.cases[-1].name}",))
    if abs(share - keep_prob) > KEPT_TOLERANCE:
        return Line("fail", text, (
            f"case {run.cases[-1].name}: {share:.4f} of the hidden units "
            f"kept, expected about {keep_prob}",))
    return Line("ok", text)


def _through_masks(case, caches, factor=None, *, hidden=relu,
                   output=sigmoid, add_b=True, on_Z=False, last_cache=True,
                   skip_unmasked=False):
    """The forward pass of ``case`` through the learner's masks.

    Yields ``(name, expected, got)`` for every A_prev, Z, A and AL, and
    ``(name, None, None)`` for a mask it cannot use. ``factor(keep_prob)``
    scales the kept units (1 / keep_prob, the course's); the other
    arguments make a mistake: ``hidden`` and ``output`` activations, no
    b, the mask applied to Z (``on_Z``), no cache for layer L
    (``last_cache=False``: the caches must then be L - 1), or hidden
    layers without a mask left undropped (``skip_unmasked``).
    """
    X, parameters, keep_prob, _ = case.args
    factor = factor or (lambda p: 1 / p)
    L = len(parameters) // 2
    if len(caches) != (L if last_cache else L - 1):
        yield "caches", None, None
        return
    A_prev = X
    for layer in range(1, L + 1):
        if layer > len(caches):  # layer L without a cache: its own values
            Z = parameters[f"W{layer}"] @ A_prev + parameters[f"b{layer}"]
            cache = {"A_prev": A_prev, "Z": Z, "A": sigmoid(Z)}
        else:
            cache = caches[layer - 1]
        dropped = layer < L and keep_prob < 1 and not (
            skip_unmasked and "D" not in cache)
        yield f"caches[{layer - 1}]['A_prev']", A_prev, cache["A_prev"]
        Z = parameters[f"W{layer}"] @ A_prev + (
            parameters[f"b{layer}"] if add_b else 0)
        D = _mask(cache, Z.shape) if dropped else None
        if dropped and D is None:
            yield f"caches[{layer - 1}]['D']", None, None
            return
        if dropped and on_Z:
            Z = Z * D * factor(keep_prob)
        yield f"caches[{layer - 1}]['Z']", Z, cache["Z"]
        A = hidden(Z) if layer < L else output(Z)
        yield f"caches[{layer - 1}]['A']", A, cache["A"]
        if dropped and not on_Z:
            A = A * D * factor(keep_prob)
        A_prev = A
    yield "AL", A_prev, None


def _compare_through_masks(case, caches, AL, factor=None, **variant):
    """The first ``(name, difference)`` with your masks, or None."""
    for name, expected, got in _through_masks(case, caches, factor,
                                              **variant):
        if expected is None:  # no mask of A's shape
            return name, "size"
        got = AL if name == "AL" else got
        difference = first_difference(expected, got, name)
        if difference is not None:
            return name, difference
    return None


def through_masks_like(factor=None, **variant):
    """A detector: the pass through your masks is this variant's.

    On every case your function returned, and differs from the course's
    pass on at least one.
    """
    def detect(run):
        found = [(case, call.value) for case, call, problem in zip(
            run.cases, run.calls, run.problems) if problem is None]
        return bool(found) and all(
            _compare_through_masks(case, caches, AL, factor, **variant)
            is None for case, (AL, caches) in found) and any(
            _compare_through_masks(case, caches, AL) is not None
            for case, (AL, caches) in found)
    return detect


def through_masks_line(run):
    """The forward pass through your own masks matches."""
    text = "values: the forward pass through your masks, A_prev = A * D / " \
        "keep_prob, matches"
    checked = 0
    for case, call, problem in zip(run.cases, run.calls, run.problems):
        if problem is not None:
            continue
        AL, caches = call.value
        found = _compare_through_masks(case, caches, AL)
        if found is None:
            checked += 1
            continue
        name, difference = found
        if difference == "size":  # the shapes line reports it
            continue
        headline, details = difference
        return Line("fail", f"values: {headline.format(case=case.name)}",
                    details)
    if not checked:
        return Line("skip", f"{text}: not checked, no output to compare")
    return Line("ok", text)


def _masks_of(value):
    """The masks of a returned ``(AL, caches)``, as float arrays."""
    try:
        return [float_array(cache["D"]) for cache in value[1]
                if "D" in cache]
    except Exception:  # not the structure asked for
        return None


def same_seed_line(run):
    """Deterministic in seed: same seed, same masks; another, others.

    Computed once per run (two more calls of the learner's function);
    the detectors that read it get the same line.
    """
    if not hasattr(run, "same_seed"):
        run.same_seed = _same_seed_line(run)
    return run.same_seed


def _same_seed_line(run):
    """The line of ``same_seed_line``, computed."""
    text = "the same seed gives the same masks, another seed other masks"
    case, call = run.cases[0], run.calls[0]
    if run.problems[0] is not None:
        return Line("skip", f"{text}: not checked, no output")
    X, parameters, keep_prob, seed = case.args
    again = run.call(case)
    other = run.call(Case(case.label, (X, parameters, keep_prob, seed + 1)))
    first, second, third = (_masks_of(c.value) for c in (call, again, other))
    if not first:
        return Line("skip", f"{text}: not checked, no masks D in the "
                    f"caches of case {case.name}")
    if second is None or len(first) != len(second) or any(
            a.shape != b.shape or not np.array_equal(a, b)
            for a, b in zip(first, second)):
        return Line("fail", text, (
            f"case {case.name}: two calls with seed = {seed} drew "
            f"different masks",))
    if third is not None and len(third) == len(first) and all(
            a.shape == b.shape and np.array_equal(a, b)
            for a, b in zip(first, third)):
        return Line("fail", text, (
            f"case {case.name}: seed = {seed} and seed = {seed + 1} drew "
            f"the same masks",))
    return Line("ok", text)


def _dropping_runs(run):
    """``(case, AL, caches)`` of the cases with keep_prob < 1."""
    return [(case, call.value[0], call.value[1])
            for case, call, problem in zip(run.cases, run.calls,
                                           run.problems)
            if problem is None and case.args[2] < 1]


def no_rescaling(run):
    """On every dropping case, the pass matches A * D without / keep_prob."""
    found = _dropping_runs(run)
    return bool(found) and all(
        _compare_through_masks(case, caches, AL, lambda p: 1) is None
        for case, AL, caches in found)


def output_dropped(run):
    """The output layer has a mask, or AL is sigmoid(ZL) with units
    zeroed (ReLU's zeros are not dropped units: its other units are ZL).
    """
    for case, AL, caches in _dropping_runs(run):
        if len(caches) != len(case.args[1]) // 2:  # no output cache
            continue
        AL, case_keep_prob = float_array(AL), case.args[2]
        Z = float_array(caches[-1].get("Z"))
        if "D" in caches[-1]:
            return True
        if AL is None or Z is None or AL.shape != Z.shape:
            continue
        S, kept = sigmoid(Z), AL != 0
        if (AL == 0).any() and kept.any() and not (S == 0).any() and (
                np.allclose(AL[kept], S[kept] / case_keep_prob)
                or np.allclose(AL[kept], S[kept])):
            return True
    return False


def keeps_drop_share(run):
    """About 1 - keep_prob of the units kept."""
    share, keep_prob = kept_share(run), run.cases[-1].args[2]
    return share is not None and abs(share - (1 - keep_prob)) < \
        KEPT_TOLERANCE


_OVER_DROP_SHARE = through_masks_like(lambda p: 1 / (1 - p))


def inverted_mask(run):
    """About 1 - keep_prob kept (D = u > keep_prob), / keep_prob."""
    return keeps_drop_share(run) and not _OVER_DROP_SHARE(run)


def keep_prob_as_drop(run):
    """1 - keep_prob kept and divided by 1 - keep_prob: keep_prob was
    taken for the probability of dropping."""
    return keeps_drop_share(run) and _OVER_DROP_SHARE(run)


def over_drop_share(run):
    """Masks keeping about keep_prob, kept units / (1 - keep_prob)."""
    return not keeps_drop_share(run) and _OVER_DROP_SHARE(run)


def mask_not_applied(run):
    """A_prev of the next layer is not A * D / keep_prob, yet dropped.

    Another mask was applied than the one cached: units kept by D are
    zero in the next A_prev, and every non-zero unit is A / keep_prob.
    """
    for case, _, caches in _dropping_runs(run):
        keep_prob = case.args[2]
        for below, above in zip(caches, caches[1:]):
            A, D = float_array(below.get("A")), _mask(
                below, np.shape(below.get("A")))
            nxt = float_array(above.get("A_prev"))
            if A is None or D is None or nxt is None or nxt.shape != A.shape:
                return False
            lost = (D != 0) & (A > 0) & (nxt == 0)
            scaled = np.isclose(nxt, A / keep_prob) | (nxt == 0)
            if lost.any() and scaled.all():
                return True
    return False


def A_after_dropout(run):
    """Each hidden cache's A is the dropped output, A_prev of the next."""
    found = _dropping_runs(run)
    if not found:
        return False
    for *_, caches in found:
        for below, above in zip(caches, caches[1:]):
            A, nxt = float_array(below.get("A")), float_array(
                above.get("A_prev"))
            Z = float_array(below.get("Z"))
            if A is None or nxt is None or Z is None or \
                    A.shape != nxt.shape or not np.allclose(A, nxt) or \
                    np.allclose(A, relu(Z)):
                return False
    return True


def seed_ignored(run):
    """Same seed, other masks, and NumPy's global state untouched."""
    line = same_seed_line(run)
    return line.status == "fail" and "different masks" in line.details[0] \
        and not any(call.changed_random_state for call in run.calls)


def fixed_seed(run):
    """The same masks for seed and seed + 1, NumPy's global generator
    untouched: a fixed seed, not ``seed``."""
    line = same_seed_line(run)
    if line.status == "fail" and "drew the same masks" in \
            line.details[0] and not any(call.changed_random_state
                                        for call in run.calls):
        seed = run.cases[0].args[3]
        return {"seed": seed, "other": seed + 1}
    return None


def mask_drawn_not_applied(run):
    """Masks in the caches, yet every next A_prev is A, undropped."""
    found = _dropping_runs(run)
    if not found:
        return False
    for *_, caches in found:
        dropped_any = False
        for below, above in zip(caches, caches[1:]):
            A, Z = float_array(below.get("A")), float_array(below.get("Z"))
            nxt = float_array(above.get("A_prev"))
            D = _mask(below, np.shape(A))
            if A is None or Z is None or nxt is None or D is None or \
                    A.shape != nxt.shape or not np.allclose(A, relu(Z)) \
                    or not np.allclose(nxt, A):
                return False
            dropped_any = dropped_any or ((D == 0) & (A > 0)).any()
        if not dropped_any:
            return False
    return True


def input_dropped(run):
    """Layer 1's A_prev is X with units zeroed and the others / keep_prob;
    X itself when keep_prob = 1."""
    seen = False
    for case, call, problem in zip(run.cases, run.calls, run.problems):
        if problem is not None:
            return False
        X, keep_prob = case.args[0], case.args[2]
        got = float_array(call.value[1][0].get("A_prev"))
        if got is None or got.shape != X.shape:
            return False
        if keep_prob == 1:
            if not np.allclose(got, X):
                return False
            continue
        zeroed = got == 0
        if not np.allclose(got[~zeroed], X[~zeroed] / keep_prob) or \
                not (zeroed & (X != 0)).any():
            return False
        seen = True
    return seen


def one_mask_per_unit(run):
    """Every hidden layer's D has shape (n_l, 1): one draw per unit."""
    found = _dropping_runs(run)
    return bool(found) and all(
        np.shape(cache.get("D")) == (np.shape(cache["A"])[0], 1)
        for *_, caches in found for cache in caches[:-1]) and any(
        np.shape(cache["A"])[1] > 1 for *_, caches in found
        for cache in caches[:-1])


def mask_stored_scaled(run):
    """D holds 0 and 1 / keep_prob, and the pass is right through it."""
    found = _dropping_runs(run)
    if not found:
        return False
    for case, AL, caches in found:
        keep_prob = case.args[2]
        for cache in caches[:-1]:
            D = float_array(cache.get("D"))
            if D is None or not np.isclose(D[D != 0], 1 / keep_prob).all() \
                    or not (D != 0).any():
                return False
        if _compare_through_masks(case, caches, AL) is not None:
            return False
    return True


def some_hidden_layers_kept(run):
    """Some hidden layers of a dropping case have a mask, some none, and
    the pass is right with the unmasked ones not dropped."""
    found = _dropping_runs(run)
    return bool(found) and any(
        any("D" in cache for cache in caches[:-1])
        and not all("D" in cache for cache in caches[:-1])
        for *_, caches in found) and \
        through_masks_like(skip_unmasked=True)(run)


def masks_not_cached(run):
    """No hidden cache holds a D on any case that drops units."""
    found = _dropping_runs(run)
    return bool(found) and all("D" not in cache for *_, caches in found
                               for cache in caches)


DROPOUT_MISTAKES = (
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
    Mistake("AL returned alone", returns_array,
            "you return AL alone: return AL, caches, with each hidden "
            "layer's mask D and keep_prob in its cache for "
            "backpropagation."),
    # the forward pass's own structural mistakes
    *(entry for entry in FORWARD_DEEP_MISTAKES if entry.name in (
        "L a float", "caches and AL swapped", "caches are tuples",
        "cache keys misnamed")),
    Mistake("output layer's cache missing", through_masks_like(
        last_cache=False),
            "AL is right, but the output layer's cache is missing: append "
            "layer L's cache too, {'A_prev': A_prev, 'Z': ZL, 'A': AL}, "
            "so that there are L caches."),
    Mistake("masks not cached", masks_not_cached,
            "your caches hold no mask: store each hidden layer's mask and "
            "keep_prob in its cache, cache['D'] = D and cache['keep_prob'] "
            "= keep_prob, so that backpropagation uses the same units."),
    Mistake("some hidden layers not dropped", some_hidden_layers_kept,
            "you drop units of some hidden layers only: dropout applies to "
            "every hidden layer, l = 1 .. L - 1, each with its own mask D "
            "in its cache."),
    Mistake("last layer given ReLU", through_masks_like(output=relu),
            "your output layer uses ReLU: layer L is a sigmoid, AL = "
            "sigmoid(ZL), never dropped; ReLU and dropout are for the "
            "hidden layers, l < L."),
    Mistake("sigmoid hidden layers", through_masks_like(hidden=sigmoid),
            "your hidden layers use sigmoid: they are ReLU, A = relu(Z) "
            "for l < L, then the mask."),
    Mistake("tanh hidden layers", through_masks_like(hidden=np.tanh),
            "your hidden layers use tanh: this network's are ReLU, A = "
            "relu(Z) for l < L, then the mask."),
    Mistake("b missing", through_masks_like(add_b=False),
            "your Z has no bias: Z = W @ A_prev + b in every layer."),
    Mistake("mask stored divided by keep_prob", mask_stored_scaled,
            "your pass is right, but the D in your caches holds 0 and 1 / "
            "keep_prob: store the mask itself, D = rng.random(A.shape) < "
            "keep_prob, and divide when you apply it, A = A * D / "
            "keep_prob (backpropagation divides by keep_prob again)."),
    Mistake("input dropped", input_dropped,
            "you drop units of the input X too: dropout applies to the "
            "hidden layers' outputs only, so layer 1's A_prev is X as it "
            "is."),
    Mistake("output layer dropped", output_dropped,
            "you drop units of the output layer too: its units are the "
            "answer, so dropout applies to the hidden layers only, for "
            "l < L."),
    Mistake("no rescaling", no_rescaling,
            "you drop units but do not divide by keep_prob: A = A * D / "
            "keep_prob, so that each unit's expected output stays what it "
            "is without dropout (inverted dropout)."),
    Mistake("times keep_prob", through_masks_like(lambda p: p),
            "you multiply the kept outputs by keep_prob: divide by it, A = "
            "A * D / keep_prob, so that each unit's expected output stays "
            "what it is without dropout."),
    Mistake("keep_prob taken as the drop probability", keep_prob_as_drop,
            "you use keep_prob as the probability of dropping a unit: it "
            "is the probability of keeping it, D = rng.random(A.shape) < "
            "keep_prob, and the kept units are divided by it, A = A * D / "
            "keep_prob."),
    Mistake("divided by 1 - keep_prob", over_drop_share,
            "you divide the kept outputs by 1 - keep_prob, the share "
            "dropped: divide by the share kept, A = A * D / keep_prob."),
    Mistake("mask on Z", through_masks_like(on_Z=True),
            "you apply the mask to Z, before ReLU, and cache that Z: keep "
            "Z = W @ A_prev + b and A = relu(Z) in the cache, then pass "
            "on A * D / keep_prob."),
    Mistake("one mask for every example", one_mask_per_unit,
            "your mask has one entry per unit, shape (n_l, 1), so a unit "
            "is dropped for every example at once: draw one per unit and "
            "example, D = rng.random(A.shape) < keep_prob."),
    Mistake("mask drawn but not applied", mask_drawn_not_applied,
            "you draw the mask D but pass A on unchanged: the next "
            "layer's input is the dropped output, A = A * D / keep_prob "
            "(assign it to the A the loop carries on with)."),
    Mistake("mask keeps 1 - keep_prob", inverted_mask,
            "your masks keep about 1 - keep_prob of the units: keep_prob "
            "is the probability of keeping a unit, D = rng.random(A.shape) "
            "< keep_prob."),
    Mistake("cached mask not the one applied", mask_not_applied,
            "the mask D in your cache is not the one you applied: draw it "
            "once, apply it and store that same mask, so that "
            "backpropagation passes the error through the units that were "
            "kept."),
    Mistake("A cached after dropout", A_after_dropout,
            "your cache's A is the output after dropout: store A = relu(Z) "
            "before dropout, as forward_propagation_deep does, and pass A "
            "* D / keep_prob on as the next layer's A_prev."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
    Mistake("seed ignored", seed_ignored,
            "two calls with the same seed draw different masks: draw them "
            "from rng = np.random.default_rng(seed), created once at the "
            "start of the call."),
    Mistake("fixed seed", fixed_seed,
            "seed = {seed} and seed = {other} draw the same masks: your "
            "generator ignores the argument; create it from it, rng = "
            "np.random.default_rng(seed)."),
)


DROPOUT = Spec(
    func="forward_propagation_with_dropout",
    arg_names=("X", "parameters", "keep_prob", "seed"),
    symbols="(layer_dims, m)", make_cases=dropout_cases,
    reference=dropout_reference, unpack=unpack_dropout,
    returns="returns (AL, caches): a list of L dicts with keys A_prev, Z, "
            "A",
    shapes=LayerSymbols(AL="(n_y, m)"),
    lines=(caches_line, shapes_line, masks_line, through_masks_line,
           same_seed_line, *COMMON_LINES),
    mistakes=DROPOUT_MISTAKES, uses=(RELU, SIGMOID),
)


# ------------------------------------------------- dropout, backward

# (layer_dims, m, keep_prob, seed): L = 3, L = 4, m = 1, L = 2 with
# n_x = m, where X can be inverted to read the mask a function applied,
# and square (all sizes and m equal), where a transposed W still runs
BACKWARD_DROPOUT_CASES = (([3, 4, 4, 1], 5, 0.8, 1),
                          ([2, 5, 5, 5, 1], 4, 0.5, 2),
                          ([3, 4, 1], 1, 0.6, 3), ([4, 6, 1], 4, 0.7, 4),
                          ([4, 4, 4, 4], 4, 0.5, 5))


def backward_dropout_cases():
    """parameters, the course's caches with masks, X and Y."""
    rng = np.random.default_rng(15)
    cases = []
    for dims, m, keep_prob, seed in BACKWARD_DROPOUT_CASES:
        X = rng.normal(size=(dims[0], m))
        parameters = deep_network(rng, dims)
        Y = (rng.random((dims[-1], m)) < 0.5).astype(np.float64)
        _, caches = forward_propagation_deep(X, parameters,
                                             keep_prob=keep_prob, seed=seed)
        cases.append(Case(f"{layer_label(dims, m)} keep_prob = {keep_prob}",
                          (parameters, caches, X, Y)))
    return cases


def backward_dropout_with(*, use_mask=True, rescale=True,
                          rescale_alone=False):
    """The backward pass with dropout, with its mask ignored or unscaled.

    ``rescale_alone=True`` divides by keep_prob without the mask.
    """
    def backward(parameters, caches, X, Y):
        L, m = len(caches), X.shape[1]
        dZ, grads = caches[-1]["A"] - Y, {}
        for layer in range(L, 0, -1):
            grads[f"dW{layer}"] = dZ @ caches[layer - 1]["A_prev"].T / m
            grads[f"db{layer}"] = np.sum(dZ, axis=1, keepdims=True) / m
            if layer > 1:
                below = caches[layer - 2]
                dA = parameters[f"W{layer}"].T @ dZ
                if use_mask and "D" in below:
                    dA = dA * below["D"]
                    if rescale:
                        dA = dA / below["keep_prob"]
                elif rescale_alone and "D" in below:
                    dA = dA / below["keep_prob"]
                dZ = dA * (below["A"] > 0)
        return grads
    return backward


def _same_grads(a, b):
    """True if two returned grads dicts hold the same arrays."""
    try:
        return set(a) == set(b) and all(
            np.array_equal(np.asarray(a[key]), np.asarray(b[key]))
            for key in a)
    except Exception:  # not dicts of arrays
        return False


def _mask_read_back(case, grads):
    """The mask applied to layer 1, read from dW1 on the square case.

    dW1 = dZ1 @ X.T / m with X square, so dZ1 = m dW1 (X.T)^-1; each
    entry is 0 (dropped, or ReLU off) or dA1 / keep_prob (kept). Returns
    the mask applied and the cached D on the units where ReLU was on
    (elsewhere no mask shows), or None.
    """
    parameters, caches, X, Y = case.args
    if len(caches) != 2 or X.shape[0] != X.shape[1]:
        return None
    dW1 = float_array(grads.get("dW1"))
    if dW1 is None or dW1.shape != parameters["W1"].shape:
        return None
    dZ1 = X.shape[1] * dW1 @ np.linalg.inv(X.T)
    below = caches[0]
    full = (parameters["W2"].T @ (caches[1]["A"] - Y)) * (below["A"] > 0) \
        / below["keep_prob"]
    kept, dropped = np.isclose(dZ1, full), np.isclose(dZ1, 0, atol=1e-9)
    if not (kept | dropped).all():
        return None
    readable = full != 0  # a unit ReLU turned off shows no mask
    return kept[readable], below["D"][readable]


def new_mask_in_backward(run):
    """Another mask than the cached D: random, or read back from dW1."""
    for case, call, problem in zip(run.cases, run.calls, run.problems):
        if problem is None and not _same_grads(call.value,
                                               run.call(case).value):
            return True  # a new draw at every call
    for case, call, problem in zip(run.cases, run.calls, run.problems):
        if problem is None:
            found = _mask_read_back(case, call.value)
            # some unit dropped (not no mask at all), but not D's units
            if found is not None and not found[0].all() and \
                    not np.array_equal(*found):
                return True
    return False


def reads_output_mask(run):
    """Every call raised KeyError 'D' or 'keep_prob': a cache without a
    mask was read."""
    return all(isinstance(call.error, KeyError) and call.error.args[:1]
               in (("D",), ("keep_prob",)) for call in run.calls)


def key_other_than_output_mask(run):
    """A KeyError, but not 'D' nor W_{L+1} on every case (own entries)."""
    return None if reads_output_mask(run) or reads_W_above(run) else \
        missing_key(run)


# the entries of backward_propagation_deep's catalogue that this check
# shares: its mutants apply a cached mask D the course's way
DEEP_LOOP_MISTAKES = (
    "layers numbered from 0", "loop stops before layer 1",
    "layer L skipped", "caches[l] for layer l",
    "db over axis 0", "db without 1/m", "dW without 1/m", "dW transposed",
    "A_prev not transposed", "1/m twice", "dZ not passed down",
    "W of the layer below", "last layer given ReLU's derivative",
    "ReLU derivative missing", "tanh derivative", "sigmoid derivative",
    "slope from the wrong layer's cache", "A where A_prev belongs",
    "no 1/m", "dZL sign", "W not transposed", "A as the slope",
    "X for every dW", "1/m at every layer", "db as a row",
    "sigmoid's derivative on AL - Y", "dAL taken for dZL",
    "loop runs to layer 0", "A_prev of the layer below",
    "W of the layer above",
)


BACKWARD_DROPOUT_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("dA kept in grads", extra_dA_keys,
            "your dict also holds the dA_l, keys {keys}: return the "
            "gradients of the parameters only, dW1 .. dWL and db1 .. dbL; "
            "keep dA_prev in a local variable."),
    Mistake("D of the output layer read", reads_output_mask,
            "your code reads D or keep_prob from the output layer's "
            "cache, which has neither (layer L is never dropped; "
            "caches[l - 2] is that cache when l = 1): the mask to apply to "
            "dA_prev is the layer below's, D = caches[l - 2]['D'], with its "
            "keep_prob, for l = L down to 2 only."),
    Mistake("unknown key", key_other_than_output_mask,
            "your code reads the key {key}, which is not there: a hidden "
            "layer's cache has A_prev, Z, A, D and keep_prob, the output "
            "layer's A_prev, Z and A."),
    Mistake("inputs changed in place", changed_inputs,
            "your function changes {changed}, which it was given: make new "
            "arrays, dA = dA * D / keep_prob, not dA *= D."),
    Mistake("db without keepdims", bias_without_keepdims,
            "a db_l lost its second axis: sum with keepdims=True, db = "
            "np.sum(dZ, axis=1, keepdims=True) / m."),
    Mistake("mask ignored", like_any(
        backward_dropout_with(use_mask=False),
        backward_dropout_with(use_mask=False, rescale_alone=True)),
            "your backward pass ignores the masks: the error must flow "
            "back only through the units the forward pass kept, dA = dA * "
            "D / keep_prob with D = caches[l - 2]['D'], before dZ = dA * "
            "(A > 0)."),
    Mistake("mask without / keep_prob", like(backward_dropout_with(
        rescale=False)),
            "you apply the mask but do not divide by keep_prob: the kept "
            "outputs were divided by keep_prob in the forward pass, so "
            "their error is too, dA = dA * D / keep_prob."),
    Mistake("mask of layer l", like(backward_deep_with(mask_from="same")),
            "you apply layer l's own mask to dA_prev, the error of layer l "
            "- 1: use the mask of the layer below, D = caches[l - 2]['D'] "
            "(the output layer has none)."),
    Mistake("times keep_prob", like(backward_deep_with(mask="times")),
            "you multiply the error by keep_prob: the kept outputs were "
            "divided by keep_prob in the forward pass, so their error is "
            "too, dA = dA * D / keep_prob."),
    Mistake("divided by keep_prob twice", like(backward_deep_with(
        mask="squared")),
            "you divide by keep_prob twice: once is right, dA = dA * D / "
            "keep_prob."),
    Mistake("a new mask in the backward pass", new_mask_in_backward,
            "your backward pass applies another mask than the one in the "
            "cache (a new draw): use the same mask as the forward pass, "
            "D = caches[l - 2]['D'], so that the gradient is the thinned "
            "network's the forward pass drew."),
    # Y.shape[0] is 1 in every case here, the same as no 1/m: X's only
    Mistake("m from shape[0]", like(backward_deep_with(m_from="X0")),
            "your m is a number of rows: m = X.shape[1], the number of "
            "examples (columns); shape[0] counts features."),
    # the loop back's own mistakes, with the masks applied right
    *(entry for entry in BACKWARD_DEEP_MISTAKES
      if entry.name in DEEP_LOOP_MISTAKES),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


BACKWARD_DROPOUT = Spec(
    func="backward_propagation_with_dropout",
    arg_names=("parameters", "caches", "X", "Y"),
    symbols="(layer_dims, m)", make_cases=backward_dropout_cases,
    reference=backward_propagation_deep,
    unpack=lambda value: unpack_layers(value, "d"),
    returns="returns a dict with keys dW1, db1, ..., dWL, dbL",
    shapes=LayerSymbols(),
    lines=(keys_line("d", "L = len(caches)"), shapes_line, values_line,
           inputs_line, random_state_line, warnings_line),
    mistakes=BACKWARD_DROPOUT_MISTAKES,
)
