"""Tests of snippets._site.lesson11: Lesson 11's build-time table.

The dropout statistics must be what a fresh run of the course's
forward pass gives on the digits, the table must show exactly those
numbers and fit a phone, and the claims the page makes about them must
hold.
"""

import re
import subprocess
import sys

import numpy as np
import pytest

from snippets._site import lesson11
from snippets._site.lesson11 import dropout_statistics, dropout_table
from snippets.data import load_digits
from snippets.deep import forward_propagation_deep, initialize_parameters_deep


@pytest.mark.parametrize("keep_prob", lesson11.KEEP_PROBS)
def test_statistics_are_the_course_forward_pass(keep_prob):
    """Recomputed here from the hidden layer of 64 -> 128 -> 10 on the
    training digits, masks and all."""
    X = load_digits().X_train.T
    p = initialize_parameters_deep([64, 128, 10], seed=0)
    Z1 = p["W1"] @ X + p["b1"]
    A1 = np.maximum(Z1, 0)
    if keep_prob < 1:
        D = np.random.default_rng(0).random(A1.shape) < keep_prob
    else:
        D = np.ones(A1.shape, dtype=bool)
    stats = dropout_statistics(keep_prob)
    assert stats["kept"] == pytest.approx(D.mean(), rel=1e-12)
    assert stats["mean"] == pytest.approx(A1.mean(), rel=1e-12)
    assert stats["inverted"] == pytest.approx(
        (A1 * D / keep_prob).mean(), rel=1e-12)
    assert stats["dropped_only"] == pytest.approx((A1 * D).mean(),
                                                  rel=1e-12)
    # and the forward pass of the course hands the output layer that
    _, caches = forward_propagation_deep(
        X, p, output="softmax", keep_prob=keep_prob, seed=0)
    assert caches[1]["A_prev"].mean() == pytest.approx(stats["inverted"])


def test_page_claims_about_dropout_hold():
    """The kept fraction is close to keep_prob; the rescaled mean stays
    within 1 % of the mean without dropout; without the rescaling the
    mean shrinks to about keep_prob times it."""
    plain = dropout_statistics(1.0)
    assert plain["kept"] == 1.0
    assert plain["inverted"] == plain["mean"] == plain["dropped_only"]
    for keep_prob in lesson11.KEEP_PROBS[1:]:
        stats = dropout_statistics(keep_prob)
        assert abs(stats["kept"] - keep_prob) < 0.01
        assert abs(stats["inverted"] / stats["mean"] - 1) < 0.01
        assert abs(stats["dropped_only"] / stats["mean"]
                   - keep_prob) < 0.01


def test_statistics_are_cached():
    """The table and the tests share one run per keep_prob."""
    assert dropout_statistics(0.5) is dropout_statistics(0.5)


def test_dropout_table_shows_the_statistics():
    """One row per keep_prob: the kept share and the two means."""
    lines = dropout_table().strip().splitlines()
    assert lines[0] == ("| keep_prob | Kept | Mean, rescaled "
                        "| Mean, not rescaled |")
    assert len(lines) == 2 + len(lesson11.KEEP_PROBS)
    for line, keep_prob in zip(lines[2:], lesson11.KEEP_PROBS):
        found = re.fullmatch(
            r"\| (\d\.\d) \| (\d+\.\d)% \| (\d\.\d{3}) \| (\d\.\d{3}) \|",
            line)
        assert found, line
        stats = dropout_statistics(keep_prob)
        assert float(found[1]) == keep_prob
        assert float(found[2]) == pytest.approx(100 * stats["kept"],
                                                abs=0.05)
        assert float(found[3]) == pytest.approx(stats["inverted"],
                                                abs=5e-4)
        assert float(found[4]) == pytest.approx(stats["dropped_only"],
                                                abs=5e-4)


def test_table_fits_a_phone():
    """Four columns, short cells."""
    for line in dropout_table().strip().splitlines():
        assert line.count("|") <= 5
        assert len(line) <= 60


def test_importing_lesson11_does_not_import_matplotlib():
    """``import snippets._site.lesson11`` needs NumPy alone."""
    code = ("import sys, snippets._site.lesson11; "
            "print('matplotlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
