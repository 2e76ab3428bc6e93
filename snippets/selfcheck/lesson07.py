"""The self-checks of Lesson 7: the cost, backpropagation, the update.

Specs and mistake catalogues in the form of ``lesson06``.
"""

import itertools

import numpy as np

from snippets.forward import forward_propagation_nn
from snippets.learning import (
    backward_propagation_nn,
    compute_cost,
    update_parameters_nn,
)
from snippets.selfcheck._engine.common import (
    COMMON_LINES,
    GLOBAL_RANDOM_STATE_MISTAKES,
    GRAD_KEYS,
    PARAMETER_KEYS,
    PARAMETER_SHAPES,
    SIGNATURE_MISTAKE,
    as_float32,
    backward_with,
    bias_without_keepdims,
    changed_inputs,
    like_any,
    missing_key,
    random_network,
    returns_array,
    size_label,
    unpack_cost,
)
from snippets.selfcheck._engine.report import (
    Case,
    Line,
    Mistake,
    Spec,
    case_details,
    describe,
    dtype_line,
    first_difference,
    join,
    like,
    returns_line,
    run_check,
    same_output,
    shape_of,
    shapes_line,
    unpack_dict,
    values_line,
    wrong_keys,
)
from snippets.selfcheck.lesson06 import (
    DTYPE_HINT,
    dtype_changed,
)


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


def cost_with(*, average=True, sign=-1, zero_label_term=True,
              second_log="1 - A2"):
    """A cost ``fn(A2, Y)`` with a mistake.

    ``second_log`` is what the (1 - Y) term takes the log of: "1 - A2"
    (right) or "A2".
    """
    def cost(A2, Y):
        m = Y.shape[1] if average else 1
        terms = Y * np.log(A2)
        if zero_label_term:
            inner = 1 - A2 if second_log == "1 - A2" else A2
            terms = terms + (1 - Y) * np.log(inner)
        return float(sign * np.sum(terms) / m)
    return cost


# what the cost adds for an example with y = 1 (or y = 0), as a function
# of a = A2 and the log used; the course's are "-log(a)" and "-log(1 - a)"
_PER_EXAMPLE = {
    "-log(a)": lambda a, log: -log(a),
    "-log(1 - a)": lambda a, log: -log(1 - a),
    "+log(a)": lambda a, log: log(a),
    "+log(1 - a)": lambda a, log: log(1 - a),
    "nothing": lambda a, log: 0 * a,
    "-log(1 + a)": lambda a, log: -log(1 + a),
    "-log(a) - log(1 - a)": lambda a, log: -log(a) - log(1 - a),
}
_LOGS = {"np.log": np.log, "np.log10": np.log10, "np.log2": np.log2}
# the divisor of the sum, from m, and how to say it
_DIVISORS = {
    "m": (lambda m: m, ""),
    "1": (lambda m: 1, "summed, not averaged over the m examples"),
    "m * m": (lambda m: m * m, "divided by m twice"),
    "1 / m": (lambda m: 1 / m, "multiplied by m instead of divided"),
}


def cost_by_label(run):
    """The cost, read per label: what each y = 1 and y = 0 example adds.

    With 0/1 labels any formula adds one function of a for y = 1 and one
    for y = 0; this finds the pair (with the log and the divisor) that
    gives the learner's J on every case, evidence in the course's terms.
    The pairs that an entry of their own names are left to it.
    """
    found = []
    for case, _, got, _ in run.regular():
        J = (got or {}).get("J")
        if not isinstance(J, float | np.floating):
            return None
        found.append((case.args, float(J)))
    for (one, zero), (log_name, log), (divisor, (by, said)) in \
            itertools.product(
                itertools.product(_PER_EXAMPLE, repeat=2), _LOGS.items(),
                _DIVISORS.items()):
        # the right formula in another base has an entry of its own; a
        # cost that adds nothing at all is no cross-entropy
        if (one, zero) == ("nothing", "nothing") or (
                one, zero, divisor) == ("-log(a)", "-log(1 - a)", "m") or (
                log_name == "np.log" and (one, zero, divisor)
                in _NAMED_COSTS):
            continue
        if all(_close(_cost_of(A2, Y, one, zero, log, by), J)
               for (A2, Y), J in found):
            what = [f"an example with y = 1 adds {one}" if
                    one != "-log(a)" else "",
                    f"one with y = 0 adds {zero}" if
                    zero != "-log(1 - a)" else "",
                    f"with {log_name} for the log" if
                    log_name != "np.log" else "", said]
            return {"what": ", ".join(part for part in what if part)}
    return None


# (y = 1, y = 0, divisor) that an entry of their own names
_NAMED_COSTS = {
    ("-log(a)", "-log(1 - a)", "1"),  # sum instead of mean
    ("+log(a)", "+log(1 - a)", "m"),  # wrong sign
    ("-log(a)", "-log(a)", "m"),  # log(A2) in the (1 - y) term
    ("-log(a)", "nothing", "m"),  # (1 - y) term missing
    ("-log(1 - a)", "-log(a)", "m"),  # logs swapped
    ("-log(a)", "+log(1 - a)", "m"),  # a term with the wrong sign
    ("+log(a)", "-log(1 - a)", "m"),
    ("-log(a)", "-log(1 - a)", "m * m"),  # divided by m twice
}


def _cost_of(A2, Y, one, zero, log, by):
    with np.errstate(all="ignore"):
        losses = np.where(Y == 1, _PER_EXAMPLE[one](A2, log),
                          _PER_EXAMPLE[zero](A2, log))
        return float(np.sum(losses) / by(Y.shape[1]))


def _close(a, b):
    return bool(np.isclose(a, b, rtol=1e-6, atol=1e-9))


def cost_terms(y1_log="A2", y0_log="1 - A2", signs=(1, 1), log=np.log,
               divisor="m"):
    """The cost ``-sum(s1 Y log(y1_log) + s0 (1 - Y) log(y0_log)) / d``."""
    def cost(A2, Y):
        m = Y.shape[1]
        logs = {"A2": A2, "1 - A2": 1 - A2}
        terms = signs[0] * Y * log(logs[y1_log]) + \
            signs[1] * (1 - Y) * log(logs[y0_log])
        return float(-np.sum(terms) / {"m": m, "m * m": m * m}[divisor])
    return cost


def cost_floor_divided(where):
    """The cost with ``//`` for ``/``: ``where`` is "total" or "1 // m"."""
    def cost(A2, Y):
        m = Y.shape[1]
        logs = np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
        if where == "total":
            return float(-logs // m)
        return float(-(1 // m) * logs)
    return cost


def update_with(*, sign=-1, biases=True, use_learning_rate=True,
                weights=True):
    """A gradient-descent step ``fn(parameters, grads, alpha)``, wrong."""
    def update(parameters, grads, learning_rate):
        alpha = learning_rate if use_learning_rate else 1
        return {
            key: parameters[key] + sign * alpha * grads["d" + key]
            if (biases if key.startswith("b") else weights)
            else parameters[key].copy()
            for key in parameters
        }
    return update


def _only_the_step(sign):
    def update(parameters, grads, learning_rate):
        return {key: sign * learning_rate * grads["d" + key]
                for key in parameters}
    return update


# updates that leave the biases, the weights or all as they were; made
# once, so that a run computes each mutant's outputs once
_LEFT_ALONE = (update_with(biases=False), update_with(weights=False),
               update_with(weights=False, biases=False))


def other_gradient(run):
    """Some parameters step another way: another gradient (b1 with db2),
    another parameter, no learning rate or the wrong sign.

    Every parameter that differs from the course's equals, on every
    case, ``parameters[P] - s * grads[G]`` for one other triple ``(P, s,
    G)``, s being learning_rate, -learning_rate or 1 (numpy broadcasting
    as the learner's code would), and the others match:
    ``{"what": "b1 = b1 - learning_rate * db2"}``. When every parameter
    has the same wrong sign or no learning rate, an entry of its own
    names it.
    """
    items, crashed = [], []
    for case, call, got, expected in run.regular():
        if isinstance(call.error, ValueError):  # e.g. db2 (2, 1) for b1
            crashed.append(case.args)
        elif not got:
            return None
        else:
            items.append((case.args, got, expected))
    if not items:
        return None
    said, used = [], []
    for key in items[0][2]:
        if all(key in got and _same(want[key], got[key], key)
               for _, got, want in items):
            continue
        found = [
            (P, step, G) for P, step, G in itertools.product(
                PARAMETER_KEYS, _STEPS, (*GRAD_KEYS, *PARAMETER_KEYS))
            if (P, step, G) != (key, "-lr", "d" + key)
            and (G in GRAD_KEYS or step == "-lr")  # W - learning_rate * W
            and all(
                key in got and _same(_step(args, P, step, G), got[key], key)
                for args, got, _ in items)
        ]
        if not found:
            return None
        used.append(found[0])
        P, step, G = found[0]
        said.append(f"{key} = {P} {_STEPS[step]}{G}")
    if len(used) == len(PARAMETER_KEYS) and len({
            step for _, step, _ in used}) == 1 and all(
            (P, G) == (key, "d" + key)
            for key, (P, _, G) in zip(PARAMETER_KEYS, used)):
        return None  # gradient ascent, or the learning rate ignored
    # a case that raised must be one where such a step cannot broadcast
    if not said or not all(any(_step(args, *triple) is None
                               for triple in used) for args in crashed):
        return None
    return {"what": join(said)}


# how a parameter may step, and how to write it
_STEPS = {"-lr": "- learning_rate * ", "+lr": "+ learning_rate * ",
          "-1": "- "}


def _step(args, P, step, G):
    """``parameters[P] - s * grads[G]`` (or parameters[G]), None if the
    shapes do not broadcast."""
    parameters, grads, learning_rate = args
    s = {"-lr": learning_rate, "+lr": -learning_rate, "-1": 1}[step]
    try:
        with np.errstate(all="ignore"):
            return parameters[P] - s * {**grads, **parameters}[G]
    except ValueError:  # shapes that do not broadcast
        return None


def _same(a, b, key):
    return a is not None and same_output(a, b, key)


# ------------------------------------------- update_parameters_nn at depth

# layer sizes (n_0, n_1, n_2, n_3) of the 3-layer networks the update
# must handle too (Lesson 10): the loop runs over every layer
DEEP_UPDATE_SIZES = ((3, 4, 2, 1), (2, 3, 3, 2))


def deep_update_cases():
    """parameters W1 .. b3, grads dW1 .. db3 and a learning rate."""
    rng = np.random.default_rng(5)
    cases = []
    for sizes, alpha in zip(DEEP_UPDATE_SIZES, (0.1, 0.5)):
        parameters = {}
        for layer in range(1, len(sizes)):
            parameters[f"W{layer}"] = rng.normal(
                size=(sizes[layer], sizes[layer - 1]))
            parameters[f"b{layer}"] = rng.normal(size=(sizes[layer], 1))
        grads = {"d" + key: rng.normal(size=value.shape)
                 for key, value in parameters.items()}
        cases.append(Case(size_label(*sizes), (parameters, grads, alpha),
                          note="3 layers"))
    return cases


def _deep_calls(run):
    """The learner's function on the 3-layer cases, called once a run."""
    if not hasattr(run, "deep_calls"):
        run.deep_calls = [
            (case, run.call(case), update_parameters_nn(*case.args))
            for case in deep_update_cases()
        ]
    return run.deep_calls


def depth_line(run):
    """A 3-layer network's W1 .. b3 are all updated, as the course's."""
    text = (f"any depth: every layer updated, 3-layer cases "
            f"{', '.join(case.label for case in deep_update_cases())}")
    for case, call, expected in _deep_calls(run):
        if call.raised:
            return Line("fail", text, case_details(
                case, f"raises {call.error_text()}", call.where))
        got = call.value
        if not isinstance(got, dict):
            return Line("fail", text, (
                f"case {case.name}: returns {describe(got)}, not a dict",))
        missing = [key for key in expected if key not in got]
        if missing:
            return Line("fail", text, (
                f"case {case.name}: the dict has keys "
                f"{', '.join(map(str, got)) or 'none'}; expected "
                f"{', '.join(expected)}",))
        parameters = case.args[0]
        for key in expected:
            if _same(expected[key], got[key], key):
                continue
            if _same(parameters[key], got[key], key):
                return Line("fail", text, (
                    f"case {case.name}: {key} is returned as it was "
                    f"given, not updated",))
            difference = first_difference(expected[key], got[key], key)
            if difference in (None, "size") or \
                    shape_of(got[key]) != shape_of(expected[key]):
                return Line("fail", text, (
                    f"case {case.name}: {key} has shape "
                    f"{shape_of(got[key])}, expected "
                    f"{shape_of(expected[key])}",))
            headline, details = difference
            return Line("fail", text,
                        (headline.format(case=case.name), *details))
    return Line("ok", text)


def _layers_left_out(got, expected, parameters):
    """The keys of ``expected`` that ``got`` lacks or returns as given,
    or None if another key differs from the course's."""
    left = []
    for key in expected:
        if key not in got or _same(parameters[key], got[key], key):
            left.append(key)
        elif not _same(expected[key], got[key], key):
            return None
    return left


def two_layers_only(run):
    """Right on 2 layers; on 3, W3 and b3 are missing or not updated."""
    if values_line(run).status != "ok":
        return None
    how = set()
    for case, call, expected in _deep_calls(run):
        got = call.value
        if call.raised or not isinstance(got, dict):
            return None
        left = _layers_left_out(got, expected, case.args[0])
        if left != ["W3", "b3"]:
            return None
        how.add("missing" if "W3" not in got else "unchanged")
    return {"how": "leaves W3 and b3 out" if how == {"missing"} else
            "returns W3 and b3 as they were"}


def last_layer_left_out(run):
    """Every case: the last layer's W and b missing or not updated."""
    items = [(case.args[0], got, expected)
             for case, _, got, expected in run.regular()]
    items += [(case.args[0], call.value, expected)
              for case, call, expected in _deep_calls(run)]
    for parameters, got, expected in items:
        if not isinstance(got, dict):
            return None
        L = len(expected) // 2
        if _layers_left_out(got, expected, parameters) != [f"W{L}",
                                                           f"b{L}"]:
            return None
    return True


def parameters_left_out(run):
    """On every case (3-layer ones too) each parameter is right, or
    missing or returned as given: ``{"keys": "W2 and b2"}``."""
    if any(detect(run) for detect in (
            two_layers_only, last_layer_left_out, *(
                like(mutant) for mutant in _LEFT_ALONE))):
        return None  # entries of their own
    items = [(case.args[0], call.value, expected)
             for case, call, _, expected in run.regular()]
    items += [(case.args[0], call.value, expected)
              for case, call, expected in _deep_calls(run)]
    left = {}
    for parameters, got, expected in items:
        if not isinstance(got, dict) or set(got) - set(expected):
            return None
        found = _layers_left_out(got, expected, parameters)
        if found is None:
            return None
        left.update(dict.fromkeys(found))
    return {"keys": join(left)} if left else None


def loop_bounds(run):
    """KeyError for layer 0, or for the layer after the last."""
    for case, call in zip(run.cases, run.calls):
        if not isinstance(call.error, KeyError) or not call.error.args:
            continue
        key = str(call.error.args[0])
        L = len(case.args[0]) // 2
        if key.lstrip("d") in ("W0", "b0"):
            return {"key": repr(key), "why": "layers count from 1"}
        if key.lstrip("d") in (f"W{L + 1}", f"b{L + 1}"):
            return {"key": repr(key), "why": f"this network has L = {L} "
                    f"layers, L = len(parameters) // 2"}
    return None


def backward_variant(*, slope="relu", dZ2="A2 - Y", db1_axis=1,
                     db2_axis=1, dW1="dZ1 @ X.T", dW2="dZ2 @ A1.T",
                     W_back="W2", m_from="X.shape[1]"):
    """A backward pass ``fn(parameters, cache, X, Y)`` with a mistake.

    Each argument is the expression a learner writes, the course's by
    default: ``slope`` "relu" or "A1" (A1 itself for the mask), ``dZ2``
    "A2 - Y" or "(A2 - Y) * A2 * (1 - A2)", the axes of the bias sums
    (None: all entries), ``dW1`` and ``dW2`` their products, ``W_back``
    the weights dZ2 goes back through, ``m_from`` where m comes from.
    """
    def backward(parameters, cache, X, Y):
        m = {"X.shape[1]": X.shape[1], "X.shape[0]": X.shape[0]}[m_from]
        Z1, A1, A2 = cache["Z1"], cache["A1"], cache["A2"]
        dZ = A2 - Y
        dZ2_ = {"A2 - Y": dZ, "(A2 - Y) / m": dZ / m,
                "(A2 - Y) * A2 * (1 - A2)": dZ * A2 * (1 - A2)}[dZ2]
        dW2_ = {"dZ2 @ A1.T": lambda: dZ2_ @ A1.T,
                "dZ2 @ X.T": lambda: dZ2_ @ X.T}[dW2]() / m
        db2_ = np.sum(dZ2_, axis=db2_axis, keepdims=True) / m
        dA1 = parameters[W_back].T @ dZ2_
        dZ1 = dA1 * {"relu": Z1 > 0, "A1": A1, "Z1": Z1}[slope]
        dW1_ = {"dZ1 @ X.T": lambda: dZ1 @ X.T,
                "dZ1 @ A1.T": lambda: dZ1 @ A1.T,
                "X @ dZ1.T": lambda: X @ dZ1.T}[dW1]() / m
        db1_ = np.sum(dZ1, axis=db1_axis, keepdims=True) / m
        return {"dW1": dW1_, "db1": db1_, "dW2": dW2_, "db2": db2_}
    return backward


def without_m_in_some(run):
    """Some gradients, not all, lack the 1/m: the names of those."""
    for size in (1, 2, 3):
        for keys in itertools.combinations(GRAD_KEYS, size):
            if run.matches(backward_with(without_m=keys)):
                return {"keys": join(keys),
                        "verb": "is" if size == 1 else "are"}
    return None


COST_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("array instead of float", returns_array,
            "your cost is an array of shape {shape}: return a number, "
            "float(np.squeeze(cost)), or compute it with np.mean or "
            "np.sum over all entries."),
    Mistake("// instead of /",
            like_any(cost_floor_divided("total"),
                     cost_floor_divided("1 // m")),
            "your cost divides with //, which rounds down to a whole "
            "number (1 // m is 0 for m > 1): divide with /, J = "
            "-np.sum(...) / m."),
    Mistake("sum instead of mean", like(cost_with(average=False)),
            "your cost is m times too large, a sum: average over the "
            "examples, J = -np.sum(...) / m with m = Y.shape[1] (Y.shape[0] "
            "is 1), or -np.mean(...)."),
    Mistake("wrong sign", like(cost_with(sign=1)),
            "your cost is the log-likelihood itself, negative: J has a "
            "minus sign in front, J = -(1/m) * sum(y log a2 + (1 - y) "
            "log(1 - a2))."),
    Mistake("log(A2) in the (1 - y) term",
            like(cost_with(second_log="A2")),
            "your (1 - Y) term takes np.log(A2): an example with y = 0 is "
            "scored by the probability of 0, np.log(1 - A2), so J = "
            "-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m."),
    Mistake("(1 - y) term missing", like(cost_with(zero_label_term=False)),
            "only y log a2 is summed, so examples with y = 0 cost nothing: "
            "add (1 - Y) * np.log(1 - A2)."),
    Mistake("logs swapped between the terms",
            like(cost_terms(y1_log="1 - A2", y0_log="A2")),
            "your cost takes np.log(1 - A2) in the Y term and np.log(A2) in "
            "the (1 - Y) term, swapped: an example with y = 1 is scored by "
            "the probability of 1, A2, so J = -np.sum(Y * np.log(A2) + "
            "(1 - Y) * np.log(1 - A2)) / m."),
    Mistake("a term with the wrong sign",
            lambda run: (run.matches(_COST_SIGNS[0]) and {"term": "(1 - Y)"}
                         or run.matches(_COST_SIGNS[1]) and {"term": "Y"}),
            "your {term} term has the wrong sign (a minus that reaches only "
            "one term, or a minus between them): both logs are negative and "
            "both add to the cost, J = -np.sum(Y * np.log(A2) + (1 - Y) * "
            "np.log(1 - A2)) / m."),
    Mistake("log of another base",
            lambda run: next(({"log": name} for name, log in _LOGS.items()
                              if name != "np.log" and run.matches(
                                  _COST_BASES[name])), None),
            "your cost uses {log}: the cross-entropy uses the natural log, "
            "np.log, J = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) "
            "/ m."),
    Mistake("arguments swapped",
            like(lambda A2, Y: cost_terms()(Y.astype(float), A2)),
            "your cost takes the log of Y, as if the arguments came (Y, "
            "A2): the course's order is compute_cost(A2, Y), predictions "
            "first, and the logs are of A2, J = -np.sum(Y * np.log(A2) + "
            "(1 - Y) * np.log(1 - A2)) / m."),
    Mistake("divided by m twice", like(cost_terms(divisor="m * m")),
            "your cost is m times too small, divided by m twice (np.mean "
            "already divides by m): J = -np.mean(Y * np.log(A2) + (1 - Y) * "
            "np.log(1 - A2)), or -np.sum(...) / m."),
    Mistake("another cross-entropy", cost_by_label,
            "your cost differs from the cross-entropy: read per example, "
            "{what}. Each example adds -log(a2) if y = 1 and -log(1 - a2) "
            "if y = 0, averaged over the m examples: J = -np.sum(Y * "
            "np.log(A2) + (1 - Y) * np.log(1 - A2)) / m."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


_COST_SIGNS = (cost_terms(signs=(1, -1)), cost_terms(signs=(-1, 1)))
_COST_BASES = {name: cost_terms(log=log) for name, log in _LOGS.items()}


BACKWARD_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("unknown key", missing_key,
            "your code reads the key {key}, which is not there: parameters "
            "has W1, b1, W2, b2 and cache Z1, A1, Z2, A2 (names are "
            "case-sensitive)."),
    Mistake("returns a tuple", lambda run: next(
                ({"what": type(call.value).__name__} for call in run.calls
                 if isinstance(call.value, tuple | list)
                 and len(call.value) == 4), None),
            "your function returns a {what} of four gradients: return a "
            "dict, {{'dW1': dW1, 'db1': db1, 'dW2': dW2, 'db2': db2}}, the "
            "names update_parameters_nn reads."),
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
    Mistake("1/m missing in some gradients", without_m_in_some,
            "your {keys} {verb} m times too large, the other gradients are "
            "right: divide every gradient by m, dW1 = dZ1 @ X.T / m and "
            "db1 = np.sum(dZ1, axis=1, keepdims=True) / m."),
    Mistake("db1 summed over the units", like(backward_with(db1_axis=0)),
            "your db1 sums dZ1 over axis 0, the hidden units: a bias "
            "gradient sums over the examples, db1 = np.sum(dZ1, axis=1, "
            "keepdims=True) / m, of shape (n_h, 1)."),
    Mistake("dW2 transposed",
            like(backward_with(dW2_order="A1 @ dZ2.T")),
            "your dW2 is A1 @ dZ2.T, transposed, of shape (n_h, n_y): a "
            "gradient has its weight's shape, dW2 = dZ2 @ A1.T / m, "
            "(n_y, n_h) like W2."),
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
    Mistake("dZ1 times A1", like(backward_variant(slope="A1")),
            "your dZ1 multiplies dA1 by A1 itself (or (A1 > 0) * A1): "
            "ReLU's derivative is the 0/1 mask, dZ1 = dA1 * (Z1 > 0)."),
    Mistake("dZ1 times Z1", like(backward_variant(slope="Z1")),
            "your dZ1 multiplies dA1 by Z1 itself: ReLU's derivative is "
            "the 0/1 mask, 1 where Z1 > 0, dZ1 = dA1 * (Z1 > 0)."),
    Mistake("sigmoid's derivative in dZ2",
            like(backward_variant(dZ2="(A2 - Y) * A2 * (1 - A2)")),
            "your dZ2 multiplies A2 - Y by A2 * (1 - A2): with the "
            "cross-entropy cost, A2 - Y already is the derivative with "
            "respect to Z2, the sigmoid's included, so dZ2 = A2 - Y."),
    Mistake("divided by m twice",
            like(backward_variant(dZ2="(A2 - Y) / m")),
            "your gradients are m times too small: dZ2 is already divided "
            "by m, and each gradient divides again. Divide once, dZ2 = A2 - "
            "Y, then dW2 = dZ2 @ A1.T / m and the same / m in every "
            "gradient."),
    Mistake("db2 summed over axis 0",
            like_any(backward_variant(db2_axis=0),
                     backward_variant(db1_axis=0, db2_axis=0)),
            "your db2 sums dZ2 over axis 0, which leaves one number per "
            "example: a bias gradient sums over the examples, axis 1, db2 = "
            "np.sum(dZ2, axis=1, keepdims=True) / m and db1 = np.sum(dZ1, "
            "axis=1, keepdims=True) / m."),
    Mistake("db1 summed over all entries",
            like(backward_variant(db1_axis=None)),
            "your db1 sums all the entries of dZ1 into one number: sum over "
            "the examples only, one value per hidden unit, db1 = "
            "np.sum(dZ1, axis=1, keepdims=True) / m, of shape (n_h, 1)."),
    Mistake("dW1 transposed", like(backward_variant(dW1="X @ dZ1.T")),
            "your dW1 is X @ dZ1.T, transposed, of shape (n_x, n_h): a "
            "gradient has its weight's shape, dW1 = dZ1 @ X.T / m, "
            "(n_h, n_x) like W1."),
    Mistake("A1 where X belongs", like(backward_variant(dW1="dZ1 @ A1.T")),
            "your dW1 uses A1: layer 1's input is X, so dW1 = dZ1 @ X.T / "
            "m (dW2 = dZ2 @ A1.T / m is the one with A1)."),
    Mistake("X where A1 belongs", like(backward_variant(dW2="dZ2 @ X.T")),
            "your dW2 uses X: layer 2's input is A1, so dW2 = dZ2 @ A1.T / "
            "m."),
    Mistake("W1 where W2 belongs", like(backward_variant(W_back="W1")),
            "your dA1 goes back through W1: the error of layer 2 goes back "
            "through layer 2's weights, dA1 = W2.T @ dZ2."),
    Mistake("m from X.shape[0]", like(backward_variant(m_from="X.shape[0]")),
            "your m is X.shape[0], the number of features n_x: the examples "
            "are X's columns, m = X.shape[1]."),
    Mistake("changed in place", changed_inputs,
            "your function changes {changed}, which it was given: compute "
            "new arrays, dZ1 = dA1 * (Z1 > 0), instead of writing into the "
            "cache or parameters (Z1[Z1 > 0] = 1, +=, ...)."),
    Mistake("dtype changed", dtype_changed, DTYPE_HINT),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


UPDATE_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("updated in place", changed_inputs,
            "your function changes {changed}, which it was given: build "
            "new arrays in a new dict, W1 = parameters['W1'] - "
            "learning_rate * grads['dW1'], not W1 -= ... in place."),
    Mistake("loop bounds", loop_bounds,
            "your loop reads the key {key}, which is not there: {why}, so "
            "loop for l in range(1, L + 1), or over the keys themselves, "
            "for key in parameters."),
    Mistake("unknown key", missing_key,
            "your code reads the key {key}, which is not there: parameters "
            "has W1, b1, W2, b2 and grads dW1, db1, dW2, db2 (names are "
            "case-sensitive)."),
    Mistake("two layers only", two_layers_only,
            "your update handles W1, b1, W2 and b2 only, and {how} on a "
            "3-layer network (Lesson 10): loop over every layer, for l in "
            "range(1, L + 1) with L = len(parameters) // 2, or over every "
            "key, for key in parameters: new[key] = parameters[key] - "
            "learning_rate * grads['d' + key]."),
    Mistake("last layer left out", last_layer_left_out,
            "your loop stops before the last layer, whose W and b are not "
            "updated: range(1, L) ends at L - 1, so loop for l in range(1, "
            "L + 1), with L = len(parameters) // 2."),
    Mistake("wrong keys", wrong_keys(PARAMETER_KEYS),
            "your dict has keys {keys}: name them W1, b1, W2 and b2, the "
            "keys forward_propagation_nn reads."),
    Mistake("gradient ascent", like(update_with(sign=1)),
            "your step goes uphill: subtract the gradient, W1 = W1 - "
            "learning_rate * dW1."),
    Mistake("biases not updated", like(_LEFT_ALONE[0]),
            "b1 and b2 stay the same: update them too, b1 = b1 - "
            "learning_rate * db1."),
    Mistake("learning rate ignored",
            like(update_with(use_learning_rate=False)),
            "your step ignores the learning rate: W1 = W1 - learning_rate "
            "* dW1."),
    Mistake("weights not updated", like(_LEFT_ALONE[1]),
            "W1 and W2 stay the same, only the biases move: update the "
            "weights too, W1 = W1 - learning_rate * dW1."),
    Mistake("parameters returned unchanged", like(_LEFT_ALONE[2]),
            "your function returns the parameters as they were given: "
            "return the stepped ones, new[key] = parameters[key] - "
            "learning_rate * grads['d' + key]."),
    Mistake("only the step returned",
            like_any(_only_the_step(1), _only_the_step(-1)),
            "your function returns the step learning_rate * dW alone: "
            "subtract it from the parameter, W1 = W1 - learning_rate * "
            "dW1."),
    Mistake("returns a tuple", lambda run: next(
                ({"what": type(call.value).__name__} for call in run.calls
                 if isinstance(call.value, tuple | list)), None),
            "your function returns a {what}: return a dict of the new "
            "parameters, new[key] = parameters[key] - learning_rate * "
            "grads['d' + key] for every key, so that each is found by "
            "name."),
    Mistake("parameters left out", parameters_left_out,
            "your update leaves {keys} as they were (or out of the dict): "
            "every parameter steps, for key in parameters: new[key] = "
            "parameters[key] - learning_rate * grads['d' + key]."),
    Mistake("another step for some", other_gradient,
            "your update computes {what}: each parameter steps against its "
            "own gradient, times the learning rate, W1 = W1 - learning_rate "
            "* dW1, b1 = b1 - learning_rate * db1 (grads['d' + key] for "
            "parameters[key])."),
    Mistake("dtype changed", dtype_changed, DTYPE_HINT),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


BACKWARD_SIZES = ((3, 4, 5), (3, 4, 1), (2, 4, 4), (4, 4, 4), (2, 1, 3))


def backward_cases():
    """parameters, cache, X and Y for each of BACKWARD_SIZES."""
    rng = np.random.default_rng(2)
    cases = []
    for n_x, n_h, m in BACKWARD_SIZES:
        X = rng.normal(size=(n_x, m))
        parameters = random_network(rng, n_x, n_h)
        Y = rng.integers(0, 2, size=(1, m))
        _, cache = forward_propagation_nn(X, parameters)
        cases.append(Case(size_label(n_x, n_h, m), (parameters, cache, X, Y)))
    return cases


def cost_cases():
    """A2 and Y with m = 5, 1 and 4 examples."""
    rng = np.random.default_rng(3)
    labels = ([[1, 0, 1, 1, 0]], [[1]], [[0, 0, 1, 0]])
    return [
        Case(f"m = {len(Y[0])}",
             (rng.uniform(0.05, 0.95, size=(1, len(Y[0]))), np.array(Y)))
        for Y in labels
    ]


def update_cases():
    """parameters, grads and a learning rate, once in float32."""
    rng = np.random.default_rng(4)
    cases = []
    for (n_x, n_h, n_y), alpha in zip(((3, 4, 1), (2, 1, 1), (4, 3, 2)),
                                      (0.1, 1.2, 0.01)):
        parameters = random_network(rng, n_x, n_h, n_y)
        grads = {"d" + key: rng.normal(size=value.shape)
                 for key, value in parameters.items()}
        cases.append(Case(size_label(n_x, n_h, n_y),
                          (parameters, grads, alpha)))
    return cases + [Case(cases[0].label, as_float32(cases[0].args),
                         "float32")]


COST = Spec(
    func="compute_cost", arg_names=("A2", "Y"), symbols="m",
    make_cases=cost_cases, reference=compute_cost, unpack=unpack_cost,
    returns="returns the cost J as a float", shapes={"J": "()"},
    lines=(returns_line, values_line, *COMMON_LINES),
    mistakes=COST_MISTAKES,
)


BACKWARD = Spec(
    func="backward_propagation_nn",
    arg_names=("parameters", "cache", "X", "Y"), symbols="(n_x, n_h, m)",
    make_cases=backward_cases, reference=backward_propagation_nn,
    unpack=lambda value: unpack_dict(value, GRAD_KEYS, "the grads dict"),
    returns="returns a dict with keys dW1, db1, dW2, db2",
    shapes={"dW1": "(n_h, n_x)", "db1": "(n_h, 1)", "dW2": "(1, n_h)",
            "db2": "(1, 1)"},
    lines=(returns_line, shapes_line, values_line, dtype_line,
           *COMMON_LINES),
    mistakes=BACKWARD_MISTAKES,
)


UPDATE = Spec(
    func="update_parameters_nn",
    arg_names=("parameters", "grads", "learning_rate"),
    symbols="(n_x, n_h, n_y)", make_cases=update_cases,
    reference=update_parameters_nn,
    unpack=lambda value: unpack_dict(value, PARAMETER_KEYS, "the dict"),
    returns="returns a new dict with keys W1, b1, W2, b2",
    shapes=PARAMETER_SHAPES,
    lines=(returns_line, shapes_line, values_line, dtype_line,
           depth_line, *COMMON_LINES),
    mistakes=UPDATE_MISTAKES,
)
