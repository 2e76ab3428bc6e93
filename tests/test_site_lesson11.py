"""Tests of snippets._site.lesson11: Lesson 11's table and figure.

The dropout statistics must be what a fresh run of the course's
forward pass gives on the digits, the table must show exactly those
numbers and fit a phone; the search figure must plot the draws and
their counts, legibly on a phone in both schemes; and the claims the
page makes about both must hold.
"""

import io
import re
import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib
import numpy as np
import pytest

from conftest import load_hook

matplotlib.use("Agg")  # no display here: render off-screen like the hook

from matplotlib import colors  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from snippets._site import lesson11  # noqa: E402
from snippets._site.lesson11 import (  # noqa: E402
    draws_per_decade,
    dropout_statistics,
    dropout_table,
    plot_search_draws,
    search_draws,
)
from snippets.data import load_digits  # noqa: E402
from snippets.deep import (  # noqa: E402
    forward_propagation_deep,
    initialize_parameters_deep,
)

PAGE = (Path(__file__).resolve().parents[1] / "docs" / "lessons"
        / "11-overfitting.md")
STYLES = {scheme: load_hook("generated")._style(scheme)
          for scheme in ("light", "dark")}


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


# -- the search figure --------------------------------------------------------

def test_draws_are_uniform_then_log_scale_from_seed_0():
    """40 uniform draws, then 40 on a log scale, from default_rng(0),
    all within 1e-4 to 1e-1, read-only and cached."""
    uniform, log_scale = search_draws()
    rng = np.random.default_rng(0)
    np.testing.assert_array_equal(uniform, rng.uniform(1e-4, 1e-1, 40))
    np.testing.assert_array_equal(log_scale, 10 ** rng.uniform(-4, -1, 40))
    for draws in (uniform, log_scale):
        assert ((draws >= 1e-4) & (draws <= 1e-1)).all()
        assert not draws.flags.writeable
    assert search_draws() is search_draws()


def test_draws_per_decade_counts_each_power_of_ten():
    """Counts per [1e-4, 1e-3), [1e-3, 1e-2), [1e-2, 1e-1]; they add up."""
    assert draws_per_decade([1e-4, 9e-4, 1e-3, 0.02, 0.1]) == (2, 1, 2)
    for draws in search_draws():
        assert sum(draws_per_decade(draws)) == len(draws)


def test_page_claims_about_the_draws_hold():
    """Uniform draws crowd into the top power of ten (the page: 'nine
    draws in ten'); log-scale draws spread about evenly."""
    uniform, log_scale = (draws_per_decade(d) for d in search_draws())
    assert uniform[-1] >= 0.8 * sum(uniform)
    assert max(log_scale) - min(log_scale) <= 0.25 * sum(log_scale)


def test_alt_text_quotes_the_counts():
    """The figure's alt text names the counts the figure shows."""
    page = PAGE.read_text(encoding="utf-8")
    uniform, log_scale = (draws_per_decade(d) for d in search_draws())
    assert (f"Drawn uniformly, {uniform[0]} draw lands between 10 to the "
            f"power -4 and 10 to the power -3, {uniform[1]} between 10 to "
            f"the power -3 and 10 to the power -2, and {uniform[2]} "
            f"between") in page
    assert (f"Drawn on a log scale, {log_scale[0]}, {log_scale[1]} and "
            f"{log_scale[2]} land") in page


def _render(scheme):
    """Draw the figure under the hook's style; return (fig, result, svg)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with matplotlib.rc_context(STYLES[scheme]):
            fig = Figure()
            result = plot_search_draws(fig)
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None})
    return fig, result, buffer.getvalue()


def test_figure_plots_the_draws_and_their_counts():
    """Two rows of ticks, x the draws on a log axis, and the counts."""
    fig, _, _ = _render("light")
    ax = fig.axes[0]
    assert ax.get_xscale() == "log"
    lines = ax.get_lines()
    assert len(lines) == 2
    log_scale_line, uniform_line = lines
    np.testing.assert_array_equal(uniform_line.get_xdata(), search_draws()[0])
    np.testing.assert_array_equal(log_scale_line.get_xdata(),
                                  search_draws()[1])
    counts = [int(t.get_text()) for t in ax.texts]
    assert counts == [*draws_per_decade(search_draws()[1]),
                      *draws_per_decade(search_draws()[0])]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_figure_is_phone_sized_legible_and_follows_the_scheme(scheme):
    """No warning, None returned, at most 4.4 inches wide, text of 10
    points or more inside the figure, in the scheme's colour."""
    fig, result, svg = _render(scheme)
    assert result is None and len(svg.encode()) < 60_000
    width, height = fig.get_size_inches()
    assert width <= 4.4 and 2.0 <= height <= 5.0
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    texts = [t for t in fig.findobj(Text)
             if t.get_visible() and t.get_text().strip()]
    expected = colors.to_rgba(STYLES[scheme]["text.color"])
    assert texts
    for text in texts:
        assert text.get_fontsize() >= 10
        assert colors.to_rgba(text.get_color()) == expected, text
        box = text.get_window_extent(renderer)
        assert box.x0 >= fig.bbox.x0 - 1 and box.x1 <= fig.bbox.x1 + 1
        assert box.y0 >= fig.bbox.y0 - 1 and box.y1 <= fig.bbox.y1 + 1


def test_svg_is_deterministic():
    """Two renderings are byte-identical: the build never churns."""
    assert _render("light")[2] == _render("light")[2]
