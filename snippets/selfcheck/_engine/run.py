"""Call a learner's function safely, for the self-checks.

``call_safely`` passes copies of the inputs and records what the call did:
the value or the exception (with the learner's own line), the warnings,
which inputs it changed and whether it moved NumPy's global random state,
which it always puts back.
"""

import copy
import linecache
import os
import traceback
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from snippets import _validation

# frames in these folders are the checker's, the course's argument guards
# (snippets/_validation) or NumPy's, not the learner's
_NOT_THE_LEARNER = tuple(
    os.path.dirname(os.path.abspath(module_file)) + os.sep
    for module_file in (__file__, _validation.__file__, np.__file__)
)


_MAX_MESSAGE = 160  # characters of an exception or warning message shown


@dataclass
class Call:
    """What one call of the learner's function did."""

    value: object = None
    error: Exception | None = None
    where: str | None = None  # "file.py:12: Z1 = W1 @ X + b1"
    warnings: list = field(default_factory=list)  # of (text, where)
    changed_inputs: list = field(default_factory=list)  # e.g. "X"
    changed_random_state: bool = False
    random_state_after: tuple | None = None

    @property
    def raised(self):
        """True if the call raised an exception."""
        return self.error is not None

    def error_text(self):
        """``"ValueError: message"``, on one line."""
        return f"{type(self.error).__name__}: {_one_line(self.error)}"


def call_safely(fn, args, names, *, start_state=None):
    """Call ``fn(*copies of args)``; return a ``Call`` and never raise.

    ``names`` names the arguments (``"X"``, ``"parameters"``, ...) for the
    report. NumPy's global random state is restored afterwards; with
    ``start_state`` the call starts from that state instead.
    """
    outer_state = global_random_state()
    if start_state is not None:
        set_global_random_state(start_state)
    entry_state = global_random_state()
    copies = copy.deepcopy(args)
    call = Call()
    # the learner's floating-point problems become warnings, recorded here
    with (
        warnings.catch_warnings(record=True) as caught,
        np.errstate(over="warn", divide="warn", invalid="warn"),
    ):
        warnings.simplefilter("always")
        try:
            call.value = fn(*copies)
        except Exception as error:  # the learner's bug, to report
            call.error = error
            call.where = learner_line(error.__traceback__)
    call.random_state_after = global_random_state()
    set_global_random_state(outer_state)
    call.changed_random_state = not same_random_state(
        entry_state, call.random_state_after
    )
    call.warnings = [describe_warning(w) for w in caught]
    call.changed_inputs = [
        path
        for name, original, passed in zip(names, args, copies)
        for path in changed_parts(name, original, passed)
    ]
    return call


def learner_line(tb):
    """``"file.py:12: source"`` of the last traceback frame of the learner.

    Frames of the checker, of the course's argument guards
    (``snippets/_validation``) and of NumPy are skipped; None if no frame
    is left.
    """
    frames = [
        frame for frame in traceback.extract_tb(tb)
        if not os.path.abspath(frame.filename).startswith(_NOT_THE_LEARNER)
    ]
    if not frames:
        return None
    frame = frames[-1]
    return _location(frame.filename, frame.lineno, frame.line)


def describe_warning(record):
    """``("RuntimeWarning: overflow ...", "file.py:3: source")``."""
    text = f"{record.category.__name__}: {_one_line(record.message)}"
    return text, _location(record.filename, record.lineno)


def global_random_state():
    """``np.random.get_state()``: NumPy's global random state."""
    return np.random.get_state()  # noqa: NPY002 (saved to restore it)


def set_global_random_state(state):
    """``np.random.set_state(state)``: put a saved global state back."""
    np.random.set_state(state)  # noqa: NPY002 (restores the saved one)


def same_random_state(a, b):
    """True if two ``np.random.get_state()`` tuples are equal."""
    return (
        a[0] == b[0]
        and np.array_equal(a[1], b[1])
        and tuple(a[2:]) == tuple(b[2:])
    )


def changed_parts(name, original, passed):
    """Names of the parts of ``passed`` that no longer equal ``original``.

    ``["parameters['W1']"]`` when a dict's array changed, ``[name]`` when
    an array changed or a dict gained or lost keys; a list of dicts or
    arrays (the deep networks' caches) part by part, ``"caches[2]['A']"``.
    """
    if holds_parts(original):
        if not isinstance(passed, list) or len(passed) != len(original):
            return [name]
        return [
            path
            for index, (mine, theirs) in enumerate(zip(original, passed))
            for path in changed_parts(f"{name}[{index}]", mine, theirs)
        ]
    if isinstance(original, Mapping):
        if not isinstance(passed, Mapping) or set(passed) != set(original):
            return [name]
        return [
            path
            for key in original
            for path in changed_parts(f"{name}[{key!r}]", original[key],
                                      passed[key])
        ]
    return [] if same_value(original, passed) else [name]


def holds_parts(value):
    """True for a list of dicts or arrays, compared part by part."""
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, Mapping | np.ndarray) for item in value)


def same_value(a, b):
    """True if ``a`` and ``b`` have equal shapes, dtypes and values."""
    try:
        a, b = np.asarray(a), np.asarray(b)
        if a.shape != b.shape or a.dtype != b.dtype:
            return False
        nan_ok = np.issubdtype(a.dtype, np.inexact)
        return bool(np.array_equal(a, b, equal_nan=nan_ok))
    except Exception:  # an object that is not an array at all
        return a is b


def _one_line(message):
    """``message`` as a single, not too long line."""
    text = " ".join(str(message).split())
    if len(text) > _MAX_MESSAGE:
        text = text[: _MAX_MESSAGE - 3] + "..."
    return text


def _location(filename, lineno, line=None):
    """``"name.py:12: source line"``, or without the line if unknown."""
    if line is None:
        line = linecache.getline(filename, lineno)
    where = f"{os.path.basename(filename) or filename}:{lineno}"
    line = (line or "").strip()
    return f"{where}: {line}" if line else where
