"""Number and option rules, declared once (scikit-learn's ``Interval``).

A rule is a small object called with the function's name, the
argument's name and the value: ``COUNT_OF_UNITS("train_nn", "n_h", 4)``.
It raises a ``TypeError`` for a value of the wrong type and a
``ValueError`` for one outside its range, both naming the function and
the argument and saying what was expected, and returns the value as a
Python ``int`` or ``float`` (a "weak" scalar, so float32 arrays stay
float32). The lowest layer of ``snippets._validation``: it imports only
the standard library and NumPy.
"""

import math
import numbers
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class Interval:
    """A number of type ``kind`` in ``[low, high]`` (ends per ``closed``).

    ``says`` completes "{func}: {name} must be ...": what is expected,
    in words. ``says_range`` replaces it in the range error if the words
    differ. ``show`` formats the value that arrived (``repr`` or
    ``str``); ``hints`` maps a value to a hint added to its error.
    ``kind=None`` skips the type check (NumPy then rejects a non-number).
    """

    kind: type | None
    says: str
    low: float = -math.inf
    high: float = math.inf
    closed: str = "both"          # "both", "left", "right" or "neither"
    finite: bool = False
    says_range: str | None = None
    show: object = repr
    hints: dict = field(default_factory=dict)

    def contains(self, value):
        """True if ``value`` lies in the interval (NaN never does)."""
        left = self.closed in ("both", "left")
        right = self.closed in ("both", "right")
        # written this way round so that NaN fails every comparison
        above = value >= self.low if left else value > self.low
        below = value <= self.high if right else value < self.high
        return bool(above and below
                    and (not self.finite or np.isfinite(value)))

    def __call__(self, func, name, value):
        """Return ``value`` as an int or float if it obeys the rule."""
        # bool is an int subclass, but n_h=True is surely a mistake
        if self.kind is not None and (isinstance(value, bool) or
                                      not isinstance(value, self.kind)):
            raise TypeError(
                f"{func}: {name} must be {self.says}, but got {value!r} "
                f"of type {type(value).__name__}."
            )
        if not self.contains(value):
            hint = self.hints.get(value, "") if value == value else ""
            raise ValueError(
                f"{func}: {name} must be {self.says_range or self.says}, "
                f"but got {self.show(value)}.{hint}"
            )
        if self.kind is numbers.Integral:
            return int(value)
        if self.kind is numbers.Real:
            return float(value)
        return value


@dataclass(frozen=True)
class StrOptions:
    """One of the strings ``options``; ``says`` lists them in messages."""

    options: tuple
    says: str

    def __call__(self, func, name, value):
        """Return ``value`` if it is one of the options, else raise."""
        if not isinstance(value, str) or value not in self.options:
            raise ValueError(
                f"{func}: {name} must be one of {self.says}, but got "
                f"{value!r}."
            )
        return value


def count(meaning):
    """A positive integer counting something: ``meaning`` says what."""
    return Interval(numbers.Integral, f"a positive integer ({meaning})",
                    low=1, show=str)


def positive(example):
    """A positive finite real, such as ``example``."""
    return Interval(numbers.Real,
                    f"a positive number such as {example}",
                    low=0, closed="right", finite=True)


def decay(example):
    """A moving average's decay rate in [0, 1), such as ``example``."""
    return Interval(
        numbers.Real,
        f"a number in [0, 1) (the share of the moving average kept at "
        f"each step, such as {example})",
        low=0, high=1, closed="left",
        hints={1: " With 1 the average never moves from its zero start."},
    )


def seed(meaning):
    """A non-negative int seed; ``meaning`` says what it fixes."""
    return Interval(numbers.Integral, f"a non-negative int ({meaning})",
                    low=0, show=str)


LAYER_SIZE = count("a number of units")
SCALE = Interval(
    numbers.Real,
    "a finite number >= 0 (the weights' standard deviation, default 0.01)",
    low=0, finite=True,
)
THRESHOLD = Interval(numbers.Real,
                     "a number between 0 and 1 (default 0.5)",
                     says_range="strictly between 0 and 1 (default 0.5)",
                     low=0, high=1, closed="neither")
HIDDEN_ACTIVATION = StrOptions(("relu", "tanh"), "['relu', 'tanh']")
OPTIMIZER = StrOptions(("gd", "momentum", "rmsprop", "adam"),
                       "'gd', 'momentum', 'rmsprop', 'adam'")


@dataclass(frozen=True)
class NumberOrOptions:
    """One of the strings ``options`` or a number obeying ``number``.

    ``initialize_parameters_deep``'s ``scale``: ``"he"``, ``"xavier"``
    or a standard deviation. The ``says`` of ``number`` names both in
    every error.
    """

    options: tuple
    number: Interval

    def __call__(self, func, name, value):
        """Return ``value`` if it is an option or an allowed number."""
        if isinstance(value, str):
            if value not in self.options:
                raise ValueError(
                    f"{func}: {name} must be {self.number.says}, but got "
                    f"{value!r}."
                )
            return value
        return self.number(func, name, value)


@dataclass(frozen=True)
class SeedOrGenerator:
    """``None``, a non-negative int or a ``numpy.random.Generator``.

    ``meaning`` says what the seed fixes.
    """

    meaning: str

    def __call__(self, func, name, value):
        """Return ``value`` if it can seed ``np.random.default_rng``."""
        if value is None or isinstance(value, np.random.Generator):
            return value
        return Interval(
            numbers.Integral,
            f"None, a non-negative int or a numpy.random.Generator "
            f"({self.meaning})", low=0, show=str,
        )(func, name, value)


DEEP_SCALE = NumberOrOptions(
    ("he", "xavier"),
    Interval(numbers.Real,
             "'he', 'xavier' or a finite number >= 0 (the weights' "
             "standard deviation, such as 0.01)",
             low=0, finite=True),
)
OUTPUT = StrOptions(("sigmoid", "softmax"), "['sigmoid', 'softmax']")
KEEP_PROB = Interval(
    numbers.Real,
    "a number in (0, 1] (the probability of keeping a hidden unit, such "
    "as 0.8; 1.0 is no dropout)",
    low=0, high=1, closed="right",
    hints={0: " With 0 every unit is dropped and the kept outputs are "
              "divided by 0."},
)
LAMBD = Interval(
    numbers.Real,
    "a finite number >= 0 (the strength lambda of the L2 penalty, such "
    "as 0.1; 0 is no penalty)",
    low=0, finite=True,
)
DECAY_RATE = Interval(
    numbers.Real,
    "a number >= 0 (epoch k steps with learning_rate / (1 + decay_rate "
    "* k), such as 0.1; 0 keeps the rate)",
    low=0, finite=True,
)
DROPOUT_SEED = SeedOrGenerator("it fixes the dropout masks")
