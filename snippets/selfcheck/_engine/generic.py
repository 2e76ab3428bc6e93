"""Generic diagnoses: tried on any check after its own catalogue.

They read only the evidence, the learner's outputs against the course's
on every regular case, never the code: an output that is c times the
course's (c one of the case's sizes, arguments or a constant), a step
(new minus passed in) c times the course's, an output transposed, with
an axis lost, all zeros, holding another output's or an input's value,
1 minus the course's, wrong in its first or last column only; the
returned tuple in another order; right values in another dtype. Each
names a fault only when it explains every output that differs, shows on
at least two cases, and no other reading fits as well. ``run_check``
tries them only when no entry of the spec's own catalogue fits, so they
never contradict one (tests/test_selfcheck_generic.py).
"""

import ast
import copy
import inspect
import math
import re
from collections.abc import Mapping

import numpy as np

from snippets.selfcheck._engine.report import (
    DEFAULT_TOLERANCE,
    TOLERANCES,
    Line,
    Mistake,
    dtype_line,
    join,
    shape_of,
    values_line,
)

MIN_CASES = 2  # cases on which an output must differ to name a pattern


# what a size or argument means, for the hints
MEANINGS = {
    "m": "the number of examples",
    "n_x": "the number of input features",
    "n_h": "the number of hidden units",
    "n_y": "the number of output units",
    "n_classes": "the number of classes",
    "L": "the number of layers",
    "mini_batch_size": "the mini-batch size",
}


# constant factors: (value, how the hint says it, the likely cause)
CONSTANTS = (
    (-1.0, "{has} the opposite sign on every case",
     "a sign lost or added, such as b - a for a - b"),
    (2.0, "{is} twice the course's on every case", "a factor 2 too many, "
     "or a term counted twice"),
    (0.5, "{is} half the course's on every case", "a factor 1/2 too many, "
     "or a factor 2 missing"),
    (1 / math.log(10), "{is} the course's divided by ln 10 = 2.303 on "
     "every case", "np.log10 where the course takes the natural log, "
     "np.log"),
    (1 / math.log(2), "{is} the course's divided by ln 2 = 0.6931 on "
     "every case", "np.log2 where the course takes the natural log, "
     "np.log"),
)


# ------------------------------------------------------------ the sizes

def case_quantities(spec, case):
    """The named numbers of ``case``: sizes from its label, scalar args.

    The label is read with the spec's symbols, ``"(n_x, n_h, m)"`` and
    ``"(3, 4, 5)"`` give ``{"n_x": 3, "n_h": 4, "m": 5}``; ``name =
    value`` parts of a label count too (``"m = 5"``); a ``layer_dims``
    list gives ``n_x``, ``n_y`` and ``L``; every int or float argument
    but a seed is added under its name (``learning_rate``, ``beta``).
    """
    found = {}
    label = case.label
    for name, value in re.findall(
            r"([A-Za-z_]\w*) = (-?\d+(?:\.\d*)?(?:e-?\d+)?)", label):
        found[name] = float(value)
    names = [name.strip() for name in _split(spec.symbols)]
    values = _leading_literal(re.sub(r"[A-Za-z_]\w* = ", "", label))
    if len(names) == 1:
        values = (values,)
    if isinstance(values, tuple) and len(values) == len(names):
        for name, value in zip(names, values):
            if not name.isidentifier():
                continue
            if isinstance(value, list) and name == "layer_dims" and \
                    len(value) >= 2:
                found.setdefault("n_x", value[0])
                found.setdefault("n_y", value[-1])
                found.setdefault("L", len(value) - 1)
            elif _is_number(value):
                found.setdefault(name, value)
    for name, arg in zip(spec.arg_names, case.args):
        if name != "seed" and _is_number(arg):
            found.setdefault(name, arg)
    # the arguments a case leaves out take the course's defaults
    try:
        defaults = inspect.signature(spec.reference).parameters
    except (TypeError, ValueError):  # no signature to read
        defaults = {}
    for name in spec.arg_names[len(case.args):]:
        default = getattr(defaults.get(name), "default", None)
        if name != "seed" and _is_number(default):
            found.setdefault(name, default)
    return {name: float(value) for name, value in found.items()}


def _is_number(value):
    return isinstance(value, int | float | np.integer | np.floating) and \
        not isinstance(value, bool | np.bool_)


def _split(symbols):
    """``"(a, b)"`` -> ``["a", "b"]``; ``"m"`` -> ``["m"]``."""
    text = symbols.strip()
    if text.startswith("(") and text.endswith(")"):
        return text[1:-1].split(",")
    return [text]


def _leading_literal(text):
    """The Python literal at the start of ``text``, or None."""
    text = text.strip()
    if not text:
        return None
    if text[0] not in "([":
        text = text.split()[0]
    else:
        depth = 0
        for index, char in enumerate(text):
            depth += char in "(["
            depth -= char in ")]"
            if depth == 0:
                text = text[:index + 1]
                break
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None


def factors(quantities):
    """``{expression: (value, how the hint says it, cause)}`` for a case.

    Each named quantity q gives q and 1/q, each size n gives m/n; then
    the constants.
    """
    out = {}
    for name, q in quantities.items():
        if not 1e-4 <= abs(q) <= 1e4:  # epsilon, say: never a slip's factor
            continue
        meaning = f", {name} {MEANINGS[name]}" if name in MEANINGS else ""
        out[name] = (q, f"{{is}} {name} times the course's on every case"
                        f"{meaning}",
                     f"a division by {name} missing, or a "
                     f"multiplication by {name} too many")
        out[f"1/{name}"] = (1 / q, f"{{is}} 1/{name} times the course's on "
                                   f"every case{meaning}",
                            f"a division by {name} too many, or a "
                            f"multiplication by {name} missing")
    # a division by another size where the course divides by m, the
    # number of examples: shape[0] read for shape[1]
    for name, q in quantities.items():
        if name in MEANINGS and name != "m" and q and quantities.get("m"):
            out[f"m/{name}"] = (
                quantities["m"] / q,
                f"{{is}} m/{name} times the course's on every case",
                f"a division by {name} where the course divides by m, "
                f"{MEANINGS['m']} (shape[0] for shape[1]?)")
    for value, says, cause in CONSTANTS:
        out[says] = (value, says, cause)
    return out


def course_formula(func, key):
    """The course's formula for output ``key`` of ``func``, or None.

    Only those with the 1/m that a factor m (or m/n_y) points at.
    """
    layer = re.fullmatch(r"d([Wb])(\d+|L)", key)
    if layer and func.startswith("backward_propagation"):
        kind, number = layer[1], layer[2]
        if kind == "W":
            inputs = {"1": "X", "L": "A_prev"}.get(
                number, f"A{int(number) - 1}" if number.isdigit() else "")
            return f"{key} = dZ{number} @ {inputs}.T / m"
        return f"{key} = np.sum(dZ{number}, axis=1, keepdims=True) / m"
    if key == "J" and func in ("compute_cost", "compute_cost_softmax"):
        return "J = -np.sum(...) / m"
    return None


# --------------------------------------------------------- the evidence

def _tolerance(expected):
    return TOLERANCES.get(np.asarray(expected).dtype, DEFAULT_TOLERANCE)


def _array(value):
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    return array if np.isfinite(array).all() else None


def _close(got, want, tolerance, scale=1.0):
    """Elementwise: ``got`` equals ``want`` within the tolerance."""
    rtol, atol = tolerance
    return np.isclose(got, want, rtol=rtol, atol=atol * max(1.0, scale))


def _compared(run):
    """``[(index, got, expected)]`` of every regular case, or None.

    None unless every regular case returned all of the course's outputs,
    with no structure problem, as finite numbers.
    """
    items = []
    for index, (case, _, got, expected) in enumerate(zip(
            run.cases, run.calls, run.got, run.expected)):
        if case.stress:
            continue
        if run.calls[index].raised or run.problems[index] or not got or \
                set(expected) - set(got):
            return None
        arrays = {key: _array(got[key]) for key in expected}
        if any(value is None for value in arrays.values()):
            return None
        items.append((index, arrays, expected))
    return items if len(items) >= MIN_CASES else None


def _differs(got, want):
    want = np.asarray(want)
    if got.shape != want.shape:
        return True
    return not _close(got, want.astype(np.float64), _tolerance(want)).all()


def _faulty(items):
    """The outputs that differ (in shape or value) on some regular case."""
    keys = dict.fromkeys(key for _, _, expected in items for key in expected)
    return [key for key in keys
            if any(_differs(got[key], expected[key])
                   for _, got, expected in _having(items, key))]


def _having(items, key):
    """The items whose course's outputs include ``key``."""
    return [item for item in items if key in item[2]]


class _Found(dict):
    """Output name -> finding, and the items they were read from."""

    def __init__(self, found, items):
        super().__init__(found)
        self.items_read = items


def _explain_all(run, relation):
    """Per faulty output, what ``relation`` finds; None if one is left.

    ``relation(items, key)`` returns a finding for ``key``, a frozenset
    of possible ones, or None; each finding must show (its outputs
    differ) on MIN_CASES cases or more. The outputs are read by their
    names, then, for a deep network whose cases differ in depth, with the
    last layer's renamed (``dW3`` -> ``dWL`` when L = 3).
    """
    items = _compared(run)
    if not items:
        return None
    for view in (items, _last_layer_view(items)):
        found = _explain_view(view, relation) if view else None
        if found:
            return _Found(found, view)
    return None


_LAYER_KEY = re.compile(r"(d?[WbAZ])(\d+)")
_CACHE_KEY = re.compile(r"caches\[(\d+)\](.*)")


def _last_layer_view(items):
    """The items with the last layer's outputs renamed, or None.

    ``dW3`` becomes ``dWL`` on a case with L = 3 layers, ``caches[2]
    ['Z']`` becomes ``caches[-1]['Z']``.
    """
    view, renamed = [], False
    for index, got, expected in items:
        layers = [int(found[2]) for key in expected
                  if (found := _LAYER_KEY.fullmatch(key))]
        slots = [int(found[1]) for key in expected
                 if (found := _CACHE_KEY.fullmatch(key))]

        def rename(key, layers=layers, slots=slots):
            found = _LAYER_KEY.fullmatch(key)
            if found and int(found[2]) == max(layers):
                return f"{found[1]}L"
            found = _CACHE_KEY.fullmatch(key)
            if found and int(found[1]) == max(slots):
                return f"caches[-1]{found[2]}"
            return key
        names = {key: rename(key) for key in expected}
        renamed |= any(key != name for key, name in names.items())
        view.append((index, {names[key]: got[key] for key in expected},
                     {names[key]: expected[key] for key in expected}))
    return view if renamed else None


def _explain_view(items, relation):
    """``_explain_all`` on one reading of the items."""
    faulty = _faulty(items)
    if not faulty:
        return None
    found = {}
    for key in faulty:
        finding = relation(_having(items, key), key)
        if not finding:
            return None
        found[key] = finding
    # a frozenset: one of these, told apart by another output's finding
    sure = {finding for finding in found.values()
            if not isinstance(finding, frozenset)}
    sure |= {next(iter(finding)) for finding in found.values()
             if isinstance(finding, frozenset) and len(finding) == 1}
    for key, finding in found.items():
        if isinstance(finding, frozenset):
            if len(finding & sure) != 1:
                return None
            found[key] = next(iter(finding & sure))
    seen = {}
    for key, finding in found.items():
        having = _having(items, key)
        seen.setdefault(finding, set()).update(
            index for index, got, expected in having
            if _differs(got[key], expected[key]))
    # each finding is seen on MIN_CASES cases, by one output or several
    if any(len(cases) < MIN_CASES for cases in seen.values()):
        return None
    return found


def _verb(keys):
    return "is" if len(keys) == 1 else "are"


def _verbs(keys):
    one = len(keys) == 1
    return {"is": "is" if one else "are", "has": "has" if one else "have"}


def _group(found):
    """``{finding: [keys]}``, in the outputs' order."""
    groups = {}
    for key, finding in found.items():
        groups.setdefault(finding, []).append(key)
    return groups


# ------------------------------------------------------- scaled outputs

def _factor_of(run, steps=False):
    """The relation: ``got = c * expected`` (``steps``: ``got - old = c *
    (expected - old)``, with ``old`` the same output passed in)."""
    quantities = [case_quantities(run.spec, case) for case in run.cases]

    def relation(items, key):
        per_case = [factors(quantities[index]) for index, _, _ in items]
        names = set.intersection(*(set(table) for table in per_case))
        olds = [_passed_in(run, index, key) if steps else 0.0
                for index, _, _ in items]
        if any(old is None for old in olds):
            return None
        matching = []
        for name in names:
            if all(got[key].shape == np.shape(expected[key]) and _close(
                    got[key] - old, table[name][0] * (np.asarray(
                        expected[key], dtype=np.float64) - old),
                    _tolerance(expected[key]), abs(table[name][0])).all()
                   for (_, got, expected), table, old in zip(
                       items, per_case, olds)):
                matching.append(per_case[0][name][1:])
        return frozenset(matching)  # several: no telling which, yet
    return relation


def _passed_in(run, index, key):
    """The array passed in under the output's own name, or None."""
    found = _sources(run.cases[index], run.spec.arg_names)
    for path in (key, *(f"{name}[{key!r}]" for name in run.spec.arg_names)):
        if path in found:
            return np.asarray(found[path], dtype=np.float64)
    return None


def _scaled(run, found, before, negated=None):
    parts = []
    for (says, cause), keys in _group(found).items():
        if negated and says == CONSTANTS[0][1]:
            cause = negated
        formulas = [course_formula(run.spec.func, key) for key in keys]
        if "m" in re.findall(r"\w+", says) and all(formulas):
            cause += f"; the course's {join(formulas[:2])}"
        parts.append(f"{before(keys)} {says.format(**_verbs(keys))}: "
                     f"{cause}")
    return {"text": "; ".join(parts)}


def scaled_output(run):
    """Each differing output is c times the course's on every case."""
    found = _explain_all(run, _factor_of(run))
    if not found:
        return None
    return _scaled(run, found, lambda keys: f"your {join(keys)}")


def scaled_step(run):
    """Each differing output changed c times as much as the course's."""
    found = _explain_all(run, _factor_of(run, steps=True))
    if not found:
        return None
    return _scaled(run, found, lambda keys: (
        f"your change to {join(keys)} (new minus passed in)"
        if len(keys) == 1 else
        f"your changes to {join(keys)} (new minus passed in)"),
        negated="a step uphill, + where the course subtracts, W = W - "
                "learning_rate times the step")


# ------------------------------------------------ right values, new shape

def _reshaped(items, key):
    """Axes lost or added (a sum without keepdims, a ravel), values right."""
    for _, outputs, expected in items:
        got = outputs[key]
        want = np.asarray(expected[key], dtype=np.float64)
        if got.shape == want.shape:
            if _differs(got, expected[key]):
                return None
            continue
        if got.ndim == want.ndim or got.size != want.size or not _close(
                got.ravel(), want.ravel(), _tolerance(expected[key])).all():
            return None
    return "reshaped"


def reshaped_output(run):
    """Each differing output has the right values in another shape."""
    found = _explain_all(run, _reshaped)
    if not found:
        return None
    return _shape_fields(run, found)


def _shape_fields(run, found):
    """The fields of a shape hint: the outputs, and a case that shows."""
    keys = list(found)
    key = keys[0]
    # a case whose shapes differ, else (a square case) the first one
    index, got, want = min(
        ((index, got[key].shape, np.shape(expected[key]))
         for index, got, expected in found.items_read if key in expected),
        key=lambda item: item[1] == item[2])
    return {"keys": join(keys), "verb": _verb(keys),
            "case": run.cases[index].name, "key": key, "got": got,
            "want": want}


# --------------------------------------------------- transposed outputs

def _transposed(items, key):
    for _, outputs, expected in items:
        got = outputs[key]
        want = np.asarray(expected[key], dtype=np.float64)
        if want.ndim != 2 or got.shape != want.T.shape or not _close(
                got, want.T, _tolerance(expected[key])).all():
            return None
    return "transposed"


def transposed_output(run):
    """Each differing output is the course's transposed, on every case."""
    found = _explain_all(run, _transposed)
    if not found:
        return None
    return _shape_fields(run, found)


# ------------------------------------------- another output, an input

def _sources(case, names):
    """``{"parameters['b1']": array}``: the arrays passed in, by path."""
    found = {}
    for name, arg in zip(names, case.args):
        if isinstance(arg, np.ndarray):
            found[name] = arg
        elif isinstance(arg, Mapping):
            for key, value in arg.items():
                if isinstance(value, np.ndarray):
                    found[f"{name}[{key!r}]"] = value
    return found


def _held_value(run):
    names = run.spec.arg_names

    def relation(items, key):
        matching, telling = None, set()
        for index, got, expected in items:
            candidates = {
                f"the course's {other}": value
                for other, value in expected.items() if other != key
            }
            candidates.update({
                path: value
                for path, value in _sources(run.cases[index],
                                            names).items()
            })
            here = {
                what for what, value in candidates.items()
                if np.shape(value) == got[key].shape
                and _close(got[key], np.asarray(value, dtype=np.float64),
                           _tolerance(expected[key])).all()
            }
            # zeros tell no value from another: a match must show once
            telling |= {what for what in here
                        if np.any(np.asarray(candidates[what]) != 0)}
            matching = here if matching is None else matching & here
            if not matching:
                return None
        matching &= telling
        return next(iter(matching)) if len(matching) == 1 else None
    return relation


def holds_another_value(run):
    """Each differing output holds another output's or an input's value."""
    found = _explain_all(run, _held_value(run))
    if not found:
        return None
    own, course, inputs = {}, {}, {}
    for key, what in found.items():
        if what in (key, *(f"{name}[{key!r}]"
                           for name in run.spec.arg_names)):
            own[key] = what
        elif what.startswith("the course's "):
            course[key] = what.removeprefix("the course's ")
        else:
            inputs[key] = what
    parts = []
    if own:
        parts.append(f"your {join(own)} {_verb(own)} the "
                     f"{'one' if len(own) == 1 else 'ones'} passed in, "
                     f"unchanged: compute the new "
                     f"{'value' if len(own) == 1 else 'values'} and return "
                     f"{'it' if len(own) == 1 else 'them'}")
    if course:
        parts.append(f"your {join(course)} {_verb(course)} the course's "
                     f"{join(course.values())}, on every case: check "
                     f"which value you store under each name")
    if inputs:
        parts.append(f"your {join(inputs)} {_verb(inputs)} "
                     f"{join(inputs.values())} as passed in, on every "
                     f"case: check which value you store under each name")
    return {"text": "; ".join(parts)}


# ----------------------------------------------------------- all zeros

def _zeros(items, key):
    for _, outputs, expected in items:
        got = outputs[key]
        if got.shape != np.shape(expected[key]) or np.any(
                np.abs(got) > _tolerance(expected[key])[1]):
            return None
    return "zeros"


def zero_output(run):
    """Each differing output is all zeros, on every case."""
    found = _explain_all(run, _zeros)
    if not found:
        return None
    keys = list(found)
    scalar = all(np.ndim(expected[key]) == 0
                 for _, _, expected in found.items_read
                 for key in keys if key in expected)
    return {"keys": join(keys), "verb": _verb(keys),
            "zeros": "0" if scalar else "all zeros"}


# ------------------------------------------------------ 1 - the course's

def _complement(items, key):
    for _, outputs, expected in items:
        got = outputs[key]
        want = np.asarray(expected[key], dtype=np.float64)
        if got.shape != want.shape or not _close(
                got, 1 - want, _tolerance(expected[key])).all():
            return None
    return "1 -"


def complement_output(run):
    """Each differing output is 1 minus the course's, on every case."""
    found = _explain_all(run, _complement)
    if not found:
        return None
    keys = list(found)
    return {"keys": join(keys), "verb": _verb(keys)}


# ------------------------------------------------- some columns only

def _columns(items, key):
    """"the last column", "the first column", or None."""
    kinds = set()
    partial = 0
    for _, outputs, expected in items:
        got = outputs[key]
        want = np.asarray(expected[key], dtype=np.float64)
        if want.ndim != 2 or got.shape != want.shape:
            return None
        wrong = ~_close(got, want, _tolerance(expected[key])).all(axis=0)
        columns = np.flatnonzero(wrong)
        if len(columns) == 0:
            continue
        if want.shape[1] == 1:  # the first column is the last one
            continue
        if list(columns) == [want.shape[1] - 1]:
            kinds.add("the last column")
        elif list(columns) == [0]:
            kinds.add("the first column")
        else:
            return None
        partial += 1
    if len(kinds) != 1 or partial < MIN_CASES:
        return None
    return kinds.pop()


def some_columns_wrong(run):
    """Each differing output is wrong in one end column only."""
    found = _explain_all(run, _columns)
    if not found:
        return None
    parts = [f"only {where} of {'' if len(keys) == 1 else 'each of '}"
             f"your {join(keys)} differs, on every case (the other columns "
             f"match)"
             for where, keys in _group(found).items()]
    return {"text": "; ".join(parts)}


# ----------------------------------------------------- the tuple order

def _tuple_names(spec):
    """The names in ``"returns (A2, cache) ..."``, or None."""
    found = re.search(r"\(([A-Za-z_]\w*(?:, [A-Za-z_]\w*)+)\)",
                      spec.returns)
    return found[1].split(", ") if found else None


def _same(a, b):
    """True if two returned parts hold the same keys, shapes and values."""
    if isinstance(b, Mapping):
        return isinstance(a, Mapping) and set(a) == set(b) and all(
            _same(a[key], b[key]) for key in b)
    if isinstance(b, tuple | list):
        return isinstance(a, tuple | list) and len(a) == len(b) and all(
            _same(x, y) for x, y in zip(a, b))
    got, want = _array(a), _array(b)
    if got is None or want is None or got.shape != want.shape:
        return False
    return bool(_close(got, want, _tolerance(b)).all())


def tuple_in_another_order(run):
    """The tuple returned is the course's, its parts in another order."""
    names = _tuple_names(run.spec)
    if not names:
        return None
    order, cases = None, 0
    for case, call in zip(run.cases, run.calls):
        if case.stress:
            continue
        want = run.spec.reference(*copy.deepcopy(case.args))
        value = call.value
        if call.raised or not isinstance(want, tuple) or \
                len(want) != len(names) or \
                not isinstance(value, tuple | list) or \
                len(value) != len(want):
            return None
        # each part must be one, and only one, of the course's parts
        here = []
        for part in value:
            fits = [index for index, right in enumerate(want)
                    if _same(part, right)]
            if len(fits) != 1:
                return None
            here.append(fits[0])
        if order not in (None, here):
            return None
        order, cases = here, cases + 1
    if not order or cases < MIN_CASES or \
            sorted(order) != list(range(len(names))) or \
            order == list(range(len(names))):
        return None
    return {"got": ", ".join(names[index] for index in order),
            "want": ", ".join(names)}


# ---------------------------------------------------------- the dtype

def dtype_changed(run):
    """Right values on every case, in another dtype than the course's."""
    if values_line not in run.spec.lines or \
            dtype_line not in run.spec.lines or \
            values_line(run).status != "ok" or \
            dtype_line(run).status != "fail":
        return None
    for case, _, got, expected in run.regular():
        for key, want in expected.items():
            value = got.get(key)
            if not isinstance(want, np.ndarray | np.generic):
                continue
            if isinstance(value, np.ndarray | np.generic) and \
                    value.dtype != want.dtype and \
                    shape_of(value) == want.shape:
                return {"key": key, "got": value.dtype, "want": want.dtype,
                        "case": case.name}
    return None


GENERIC_MISTAKES = (
    Mistake("parts returned in another order", tuple_in_another_order,
            "you return ({got}), the right values in another order: the "
            "course returns ({want}), in that order, which is how the "
            "caller unpacks them."),
    Mistake("output transposed", transposed_output,
            "your {keys} {verb} the course's transposed on every case "
            "({key} is {got} where {want} belongs on case {case}): swap "
            "the two factors of a product, or drop a .T."),
    Mistake("right values, wrong shape", reshaped_output,
            "your {keys} {verb} right but shaped {got} where {want} "
            "belongs (case {case}): keep the course's shape, with "
            "keepdims=True in a sum and no ravel, flatten or squeeze."),
    Mistake("output scaled", scaled_output, "{text}."),
    Mistake("step scaled", scaled_step, "{text}."),
    Mistake("another value returned", holds_another_value, "{text}."),
    Mistake("all zeros", zero_output,
            "your {keys} {verb} {zeros} on every case: nothing is "
            "stored (an array left as np.zeros, a loop that never runs), "
            "or something multiplies by 0 (1 // m is 0)."),
    Mistake("1 - the output", complement_output,
            "your {keys} {verb} 1 minus the course's on every case: the "
            "other outcome, 1 - p for p (a sign lost in an exponent, or a "
            "comparison the wrong way round)."),
    Mistake("wrong in one column", some_columns_wrong,
            "{text}: look at how your code treats that column (an index "
            "or a slice one off at that end)."),
    Mistake("dtype changed", dtype_changed,
            "your values are right, but {key} is {got} on case {case}, "
            "where the course's is {want}: something in your function "
            "converts (an astype, np.float64(...) or np.array(..., "
            "dtype=...)); keep the dtype of the arrays passed in."),
)


def generic_diagnosis(run):
    """``(hint, name)`` of the first generic mistake found, or None."""
    for mistake in GENERIC_MISTAKES:
        try:
            found = mistake.detect(run)
        except Exception:  # an output too strange to read: no name
            continue
        if found and not isinstance(found, Line):
            hint = mistake.hint.format(**found)
            if re.search(r"\b(d[WbAZ]L|[WbZ]L|caches\[-1\])", hint):
                hint = hint[:-1] + " (L is the last layer)."
            return hint, mistake.name
    return None
