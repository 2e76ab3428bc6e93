"""The self-checks' engine: cases, report lines, mistakes, the report.

A check is described by a ``Spec`` (its cases, the course's reference
function, the lines to check and the catalogue of known mistakes);
``run_check`` calls the learner's function on every case, evaluates each
line and, if one fails, names the first catalogue mistake that matches.
"""

import html
import re
import textwrap
import types
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from snippets.selfcheck._engine.run import call_safely, holds_parts

# values within these tolerances count as equal, per dtype
TOLERANCES = {np.dtype(np.float32): (1e-4, 1e-6)}


DEFAULT_TOLERANCE = (1e-6, 1e-9)  # (rtol, atol) for float64


REPORT_WIDTH = 74  # a report printed in a docstring still fits 79


MAX_LISTED = 4  # outputs (or cases) shown with their evidence in a line


_MARKS = {"ok": "ok", "fail": "FAIL", "skip": "--", "note": "+"}


@dataclass(frozen=True)
class Case:
    """One small input: ``label`` in the spec's symbols, the arguments."""

    label: str
    args: tuple
    dtype: str = ""  # the arrays' dtype when not float64, e.g. "float32"
    note: str = ""  # anything else to tell about the case
    stress: bool = False  # a numerical-safety case, checked on its own

    @property
    def name(self):
        """The label, dtype and note: ``"(3, 4, 5) float32"``."""
        return " ".join(part for part in (self.label, self.dtype, self.note)
                        if part)


@dataclass(frozen=True)
class Mistake:
    """A catalogue entry: its name, how to detect it, what to tell.

    ``detect(run)`` returns a falsy value if the learner's function does
    not show the mistake, else True or a dict of fields for ``hint``.
    """

    name: str
    detect: Callable
    hint: str


@dataclass(frozen=True)
class Spec:
    """Everything one check needs to know about one course function."""

    func: str  # "forward_propagation_nn"
    arg_names: tuple  # ("X", "parameters")
    symbols: str  # "(n_x, n_h, m)": what a case's label means
    make_cases: Callable  # () -> list of Case, same every time
    reference: Callable  # the course's function
    unpack: Callable  # value -> (dict of named outputs, problem or None)
    returns: str  # "returns (A2, cache) with cache keys ..."
    shapes: dict  # output name -> shape in symbols, e.g. "(n_h, m)"
    lines: tuple  # functions run -> Line
    mistakes: tuple  # of Mistake, most specific first
    bonus: Callable | None = None  # run -> Line or None, if all passed
    uses: tuple = ()  # Specs of taught functions it may call (relu, ...)


@dataclass(frozen=True)
class Line:
    """One line of a report: ``status`` is ok, fail, skip or note."""

    status: str
    text: str
    details: tuple = ()


NOTHING_FITS = (
    "No known mistake fits exactly: the lines above show what fails, on "
    "which case, and for values where the difference starts."
)


class Report:
    """The result of a self-check; ``bool(report)`` is True if all passed.

    ``str(report)`` lists what was checked and what failed;
    ``report.diagnosis`` is one sentence naming the most likely mistake
    (None if every check passed or no known mistake matches), and
    ``report.mistake`` is that mistake's short name in the catalogue.
    """

    def __init__(self, name, lines, diagnosis=None, mistake=None):
        self.name = name
        self.lines = tuple(lines)
        self.diagnosis = diagnosis
        self.mistake = mistake
        # a failed check that no known mistake explains says so
        self.unexplained = not diagnosis and not self

    def __bool__(self):
        counted = [line for line in self.lines if line.status != "note"]
        return bool(counted) and all(
            line.status == "ok" for line in counted
        )

    def __str__(self):
        counted = [line for line in self.lines if line.status != "note"]
        passed = sum(line.status == "ok" for line in counted)
        text = [f"{self.name}: {passed} of {len(counted)} checks passed"]
        for line in self.lines:
            text.append(_wrap(line.text, f"  {_MARKS[line.status]:<4} "))
            text.extend(
                7 * " " + detail if detail.startswith("at ")  # code
                else _wrap(detail, 7 * " ") for detail in line.details
            )
        if self.diagnosis:
            text.append(_wrap(self.diagnosis, "  Likely mistake: ", 2))
        elif self.unexplained:
            text.append(_wrap(NOTHING_FITS, "  ", 2))
        return "\n".join(text)

    __repr__ = __str__

    def _repr_html_(self):
        """The same text in a ``<pre>``, for a notebook."""
        return f"<pre>{html.escape(str(self))}</pre>"


# a binary operator between spaces, as in code: `W - learning_rate * dW`
_OPERATOR = re.compile(r" (\*\*|[-+*/@]=?|[=!<>]=|[=<>]|->) (?=\S)")


def _wrap(text, first_indent, indent=7):
    """``text`` after ``first_indent``, wrapped to REPORT_WIDTH columns.

    Only at spaces outside code: never around an operator (``W1 = W1 -
    learning_rate * dW1`` stays on one line) nor after a comma inside a
    short (...) or [...], such as a shape.
    """
    text = _OPERATOR.sub("\0\\1\0", text)
    text = re.sub(r"[(\[][^()\[\]]{0,30}[)\]]",
                  lambda group: group[0].replace(", ", ",\0"), text)
    return textwrap.fill(
        text, REPORT_WIDTH, initial_indent=first_indent,
        subsequent_indent=indent * " ", break_long_words=False,
        break_on_hyphens=False,
    ).replace("\0", " ")


class Run:
    """The learner's function called on every case of a spec."""

    def __init__(self, spec, fn):
        self.spec = spec
        self.fn = fn
        self.cases = spec.make_cases()
        self.calls = [self.call(case) for case in self.cases]
        unpacked = [self._outputs(call) for call in self.calls]
        self.got = [outputs for outputs, _ in unpacked]
        self.problems = [problem for _, problem in unpacked]
        self.expected = [
            spec.unpack(spec.reference(*case.args))[0] for case in self.cases
        ]
        self._mutant_outputs = {}

    def call(self, case, *, start_state=None):
        """Call the learner's function on ``case``, safely."""
        return call_safely(self.fn, case.args, self.spec.arg_names,
                           start_state=start_state)

    def regular(self):
        """``(case, call, got, expected)`` for every non-stress case."""
        return [
            item for item in zip(self.cases, self.calls, self.got,
                                 self.expected)
            if not item[0].stress
        ]

    def _outputs(self, call):
        """The named outputs and the structure problem of one call."""
        if call.raised:
            return None, f"raises {call.error_text()}"
        try:
            return self.spec.unpack(call.value)
        except Exception:  # an object the checker cannot read
            return {}, f"returns {describe(call.value)}"

    def matches(self, mutant):
        """True if the learner's function behaves like ``mutant``.

        On every case both raise the same exception type or both return
        the same values on the outputs both have; those outputs include
        every one on which the mutant differs from the course's function
        (the evidence), and on at least one case the mutant's difference
        is seen.
        """
        if mutant not in self._mutant_outputs:
            calls = [
                call_safely(mutant, case.args, self.spec.arg_names)
                for case in self.cases
            ]
            self._mutant_outputs[mutant] = [
                (call, self._outputs(call)[0]) for call in calls
            ]
        compared = seen = 0
        for mine, got, expected, (theirs, their_got) in zip(
            self.calls, self.got, self.expected, self._mutant_outputs[mutant]
        ):
            if mine.raised or theirs.raised:
                if type(mine.error) is not type(theirs.error):
                    return False
                seen += theirs.raised
                continue
            common = set(got or {}) & set(their_got or {})
            if not common or any(
                not same_output(their_got[key], got[key], key)
                for key in common
            ):
                return False
            telling = {
                key for key in their_got or {} if key in expected
                and not same_output(expected[key], their_got[key], key)
            }
            if not telling <= common:  # the evidence is not there
                return False
            seen += bool(telling)
            compared += 1
        return compared > 0 and seen > 0


def same_output(a, b, key=""):
    """True if two outputs have the same shape and values."""
    return shape_of(a) == shape_of(b) and first_difference(a, b, key) is None


def run_check(spec, fn):
    """Run every line of ``spec`` on ``fn``; return the ``Report``."""
    name = f"check_{spec.func}"
    if not callable(fn):
        return Report(name, [Line(
            "fail", f"needs a function, but got {describe(fn)}",
            (f"pass the function itself, without calling it: "
             f"{name}({spec.func})",),
        )], f"pass your function itself, {name}({spec.func}), not the "
            f"result of calling it.", "not a function")
    run = Run(spec, fn)
    # a placeholder in a function it calls (the learner's relu) is not one
    # in this function: that one is named below
    if all(_not_implemented(call) for call in run.calls) and \
            not _failing_helper(spec, fn, None):
        return Report(name, [Line(
            "fail", f"not implemented yet: {_not_implemented(run.calls[0])}"
        )], f"{spec.func} is not implemented yet: replace the "
            f"placeholder with the function's body.", "not implemented")
    lines = [_guarded(line, run) for line in spec.lines]
    report = Report(name, lines)
    if not report:
        failing = _failing_helper(spec, fn, lines)
        if failing:
            return Report(name, lines, failing, "a function it calls fails")
        for mistake in spec.mistakes:
            found = _guarded(mistake.detect, run)
            if found and not isinstance(found, Line):
                hint = mistake.hint
                if isinstance(found, dict):  # fields to fill in
                    hint = hint.format(**found)
                return Report(name, lines, hint, mistake.name)
        # no entry fits: a pattern read off the evidence, if one does
        from snippets.selfcheck._engine.generic import generic_diagnosis
        found = generic_diagnosis(run)
        return Report(name, lines, *found) if found else report
    bonus = _guarded(spec.bonus, run) if spec.bonus else None
    return Report(name, lines + [bonus]) if bonus else report


def _failing_helper(spec, fn, lines):
    """The message if ``fn`` calls the learner's own failing ``relu``...

    Looks in ``fn``'s globals for each taught function of ``spec.uses``
    that ``fn`` names and that is not the course's. It is blamed only if
    its own check fails and ``fn``, given the course's function in its
    place, gets other ``lines`` (None: any lines): then it is the first
    thing to fix.
    """
    if not isinstance(fn, types.FunctionType):  # a method, a partial...
        return None
    code, found = fn.__code__, fn.__globals__
    names = set(code.co_names)
    for used in spec.uses:
        helper = found.get(used.func)
        if used.func not in names or not callable(helper) or \
                str(getattr(helper, "__module__", "")).startswith("snippets"):
            continue
        helper_report = run_check(used, helper)
        if helper_report:
            continue
        swapped = types.FunctionType(
            code, {**found, used.func: used.reference}, fn.__name__,
            fn.__defaults__, fn.__closure__)
        fixed = [_guarded(line, Run(spec, swapped)) for line in spec.lines]
        if fixed == lines:  # its fault does not reach these cases
            continue
        said = helper_report.diagnosis
        return (f"your {spec.func} calls your {used.func}, which fails "
                f"check_{used.func}: fix {used.func} first."
                + (f" check_{used.func} says: {said}" if said else ""))
    return None


def _guarded(step, run):
    """``step(run)``, or a failed Line if the learner's output defeats it.

    The lines and detectors read whatever the learner's function
    returned; an object too strange to read must not crash the check.
    """
    try:
        return step(run)
    except Exception as error:
        text = getattr(step, "__doc__", None) or step.__name__
        return Line("fail", text.splitlines()[0].rstrip("."), (
            f"could not read your function's output: "
            f"{type(error).__name__}: {error}",
        ))


def _not_implemented(call):
    """Why ``call`` looks unimplemented, or None."""
    if isinstance(call.error, NotImplementedError):
        return "it raises NotImplementedError"
    if not call.raised and _all_none(call.value) and not call.changed_inputs:
        return "it returns None"
    return None


def _all_none(value):
    """None, or a template's ``return A2, cache`` with both still None."""
    if isinstance(value, Mapping):
        value = list(value.values())
    if isinstance(value, tuple | list):
        return bool(value) and all(_all_none(item) for item in value)
    return value is None


def returns_line(run):
    """What the function returns: the type and structure, on every case."""
    for case, problem in zip(run.cases, run.problems):
        if problem:
            call = run.calls[run.cases.index(case)]
            return Line("fail", run.spec.returns,
                        case_details(case, problem, call.where))
    return Line("ok", run.spec.returns)


def shapes_line(run):
    """Every output has the course's shape, on every regular case."""
    items = run.regular()
    labels = list(dict.fromkeys(case.label for case, *_ in items))
    text = f"shapes for {run.spec.symbols} = {', '.join(labels)}"
    checked = 0
    for case, _, got, expected in items:
        for key, want in expected.items():
            if got is None or key not in got:
                continue
            checked += 1
            shape = shape_of(got[key])
            if shape != np.shape(want):
                symbols = run.spec.shapes[key]
                return Line("fail", text, (
                    f"{key} has shape {shape} on case {case.name}, expected "
                    f"{symbols} = {np.shape(want)}",
                ))
    if not checked:
        return Line("skip", f"{text}: not checked, no output to check")
    return Line("ok", text)


def values_line(run):
    """Every output equals the course's, within the dtype's tolerance.

    Every output that differs is listed, each with its first case and the
    evidence; a case that raised, or returned the wrong type or shape, is
    "not compared", so the line is never ok when one did.
    """
    text = f"values match the course's {run.spec.func}"
    differing = {}  # output name -> (case, headline, details), first case
    skipped = []  # detail lines: the cases not compared, and why
    matched = 0  # cases on which every output was compared and matched
    for index, (case, got, expected) in enumerate(zip(
            run.cases, run.got, run.expected)):
        if case.stress:
            continue
        unread, same = [], True
        for key, want in expected.items():
            if got is None or key not in got:
                unread.append(key)
                continue
            difference = first_difference(want, got[key], key)
            if difference == "size" or shape_of(got[key]) != np.shape(want):
                unread.append(key)
            elif difference is not None:
                same = False
                headline, details = difference
                differing.setdefault(
                    key, (case, headline.format(case=case.name), details))
        if unread:
            why = run.problems[index] or (
                f"{join(unread)} {'has' if len(unread) == 1 else 'have'} "
                f"the wrong shape")
            skipped.append(f"not compared on case {case.name}: {why}")
        elif same:
            matched += 1
    skipped = skipped[:MAX_LISTED]
    if differing:
        keys = list(differing)
        if len(keys) == 1:
            _, headline, details = differing[keys[0]]
            return Line("fail", f"values: {headline}", (*details, *skipped))
        details = []
        for key in keys[:MAX_LISTED]:
            _, headline, evidence = differing[key]
            details.extend((headline, *evidence))
        if len(keys) > MAX_LISTED:
            details.append(f"also differ: {join(keys[MAX_LISTED:])}")
        return Line("fail", f"values: {len(keys)} outputs differ, "
                            f"{join(keys)}", (*details, *skipped))
    if skipped:
        cases = sum(not case.stress for case in run.cases)
        text = (f"values: not compared on {cases - matched} of {cases} "
                f"cases; the other {matched} match" if matched else
                f"values: not compared on any of the {cases} cases")
        return Line("skip", text, tuple(skipped))
    return Line("ok", text)


def dtype_line(run):
    """Each output array has the dtype the course's function gives."""
    notes = dict.fromkeys(case.dtype or "float64" for case in run.cases)
    text = "dtype: " + ", ".join(f"{n} in -> {n} out" for n in notes)
    checked = 0
    for case, _, got, expected in run.regular():
        for key, want in expected.items():
            value = (got or {}).get(key)
            if isinstance(value, np.ndarray | np.generic):
                checked += 1
                if value.dtype != np.asarray(want).dtype:
                    return Line("fail", text, (
                        f"{key} is {value.dtype} on case {case.name}, "
                        f"expected {np.asarray(want).dtype}",
                    ))
    if not checked:
        return Line("skip", f"{text}: not checked, no array to check")
    return Line("ok", text)


def inputs_line(run):
    """The function leaves the arrays and dicts it is given unchanged."""
    names = [
        name for name, arg in zip(run.spec.arg_names, run.cases[0].args)
        if isinstance(arg, np.ndarray | Mapping) or holds_parts(arg)
    ]
    text = f"{join(names)} {'is' if len(names) == 1 else 'are'} left " \
        f"unchanged"
    for case, call in zip(run.cases, run.calls):
        if call.changed_inputs:
            return Line("fail", text, (
                f"{join(call.changed_inputs)} changed on case {case.name}",
            ))
    return Line("ok", text)


def random_state_line(run):
    """The function does not touch NumPy's global random state."""
    text = "NumPy's global random state is left unchanged"
    for case, call in zip(run.cases, run.calls):
        if call.changed_random_state:
            return Line("fail", text, (
                f"your function changed it on case {case.name} "
                f"(np.random.seed or np.random.randn/rand/...)",
            ))
    return Line("ok", text)


def warnings_line(run):
    """The function raises no warning on the regular cases."""
    for case, call, *_ in run.regular():
        if call.warnings:
            return Line("fail", "no warnings",
                        case_details(case, *call.warnings[0]))
    return Line("ok", "no warnings")


def case_details(case, problem, where=None):
    """Detail lines: the case and the problem, then the learner's line."""
    details = (f"case {case.name}: {problem}",)
    return details + (f"at {where}",) if where else details


def first_difference(expected, got, key):
    """None if ``got`` equals ``expected``; else where and by how much.

    Returns ``"size"`` if the sizes differ (the shape line reports it),
    else ``(headline, details)``: the headline names the output ``key``
    and has a ``{case}`` field for the case's name.
    """
    expected = np.asarray(expected)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. complex to float
            got = np.asarray(got, dtype=np.float64)
    except Exception:  # strings, ragged lists, other objects
        return f"{key} is not a number or an array of numbers on case " \
            "{case}", ()
    if got.size != expected.size:
        return "size"
    got = got.reshape(expected.shape)
    rtol, atol = TOLERANCES.get(expected.dtype, DEFAULT_TOLERANCE)
    with np.errstate(all="ignore"):
        expected = expected.astype(np.float64)
        close = np.isclose(got, expected, rtol=rtol, atol=atol,
                           equal_nan=True)
        if close.all():
            return None
        diff = np.where(close, 0, np.abs(got - expected))
        diff = np.where(np.isnan(diff), np.inf, diff)
    if expected.size == 1:
        return (
            f"{key} differs on case {{case}}: expected "
            f"{fmt(expected.item())}, got {fmt(got.item())}"
        ), ()
    index = np.unravel_index(np.argmax(diff), diff.shape)
    where, window = _window(index, diff.shape)
    return (
        f"{key} differs on case {{case}}, max |diff| {fmt(diff[index], 2)} "
        f"at {key}[{', '.join(map(str, index))}]"
    ), (
        f"expected {key}[{where}] = {fmt_list(expected[window])}",
        f"got      {key}[{where}] = {fmt_list(got[window])}",
    )


def _window(index, shape, width=4):
    """Text and slice of up to ``width`` entries around ``index`` in its row.

    ``(0, 5)`` in a row of 9 gives ``"0, 4:8"``.
    """
    *row, col = index
    start = max(0, min(col - 1, shape[-1] - width))
    stop = min(start + width, shape[-1])
    text = ", ".join([*map(str, row), f"{start}:{stop}"])
    return text, (*row, slice(start, stop))


def shape_of(value):
    """The shape of ``value``, or None if it has none."""
    try:
        return np.shape(value)
    except Exception:  # a ragged list, say
        return None


def fmt(value, digits=4):
    """A number with ``digits`` significant digits."""
    return f"{float(value):.{digits}g}"


def fmt_list(values):
    """``[0.5012, 0.4987]``."""
    return "[" + ", ".join(fmt(v) for v in np.ravel(values)) + "]"


def join(names):
    """``"a, b and c"``."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def describe(value):
    """A few words for what a function returned."""
    if value is None:
        return "None"
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    if isinstance(value, tuple | list):
        return f"a {type(value).__name__} of {len(value)} items"
    return f"a {type(value).__name__}"


def unpack_dict(value, keys, what):
    """The ``keys`` entries of a dict ``value``; problem text or None."""
    if not isinstance(value, Mapping):
        return {}, f"returns {describe(value)}, not {what}"
    outputs = {key: value[key] for key in keys if key in value}
    if len(outputs) < len(keys):  # extra keys do no harm
        return outputs, (
            f"{what} has keys {', '.join(map(str, value)) or 'none'}; "
            f"expected {', '.join(keys)}"
        )
    return outputs, None


def wrong_keys(keys, pick=lambda value: value):
    """A detector: the (picked) dict lacks some of ``keys``."""
    def detect(run):
        for call in run.calls:
            try:
                found = pick(call.value)
            except Exception:  # not the structure this detector reads
                continue
            if isinstance(found, Mapping) and set(keys) - set(found):
                shown = ", ".join(map(str, found)) or "none"
                return {"keys": shown}
        return None
    return detect


def like(mutant):
    """A detector: the learner's function behaves like ``mutant``."""
    def detect(run):
        return run.matches(mutant)
    return detect
