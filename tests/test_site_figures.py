"""Tests for snippets/_site/figures.py: the figures the site draws at build."""

import io
import subprocess
import sys
import warnings

import matplotlib
import numpy as np
import pytest
from scipy.special import expit

matplotlib.use("Agg")  # no display here: render off-screen like the hook

from matplotlib import colors  # noqa: E402
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from snippets._site.figures import plot_activations  # noqa: E402

# an independent reference for each curve, and the range it must stay in
CURVES = {
    "sigmoid": (expit, 0.0, 1.0),
    "ReLU": (lambda z: np.where(z > 0, z, 0.0), 0.0, np.inf),
    "tanh": (np.tanh, -1.0, 1.0),
}


def _draw(style="default"):
    """Draw the figure under ``style`` and render it to PNG bytes."""
    with plt.style.context(style):
        fig = Figure()  # the hook's default size; the function resizes
        plot_activations(fig)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
    return fig, buffer.getvalue()


def _curve(ax, name):
    """Return the one line labelled ``name`` on ``ax``."""
    lines = [line for line in ax.get_lines() if line.get_label() == name]
    assert len(lines) == 1, f"expected one line labelled {name!r}"
    return lines[0]


@pytest.mark.parametrize("style", ["default", "dark_background"])
def test_renders_without_warnings(style):
    """Drawing and rendering under a light or a dark style never warns."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig, png = _draw(style)
    assert png.startswith(b"\x89PNG")
    assert fig.get_layout_engine() is not None


def test_returns_none_and_draws_three_titled_panels():
    """The function draws on the figure it gets, one panel per curve."""
    fig = Figure()
    assert plot_activations(fig) is None
    assert [ax.get_title() for ax in fig.axes] == list(CURVES)


def test_resizes_the_figure_for_a_phone():
    """Three panels one above the other, 4.4 inches wide: on a 360 px
    phone column its 10 pt text still shows at about 11 px."""
    fig = Figure(figsize=(6.4, 4.8))  # matplotlib's default size
    plot_activations(fig)
    assert tuple(fig.get_size_inches()) == (4.4, 6.0)


@pytest.mark.parametrize("name", list(CURVES))
def test_each_curve_is_the_function_it_names(name):
    """Each labelled line matches an independent reference of its function."""
    fig, _ = _draw()
    reference, low, high = CURVES[name]
    ax = fig.axes[list(CURVES).index(name)]
    z, a = _curve(ax, name).get_data()
    np.testing.assert_allclose(a, reference(z), rtol=1e-12, atol=1e-15)
    assert z.min() == -5.0 and z.max() == 5.0
    assert low <= a.min() and a.max() <= high


@pytest.mark.parametrize("name", list(CURVES))
def test_y_limits_show_the_whole_curve(name):
    """Each panel's y-range holds its curve and its saturation levels."""
    fig, _ = _draw()
    ax = fig.axes[list(CURVES).index(name)]
    _, a = _curve(ax, name).get_data()
    bottom, top = ax.get_ylim()
    _, low, high = CURVES[name]
    assert bottom < min(a.min(), low) and top > a.max()
    if np.isfinite(high):
        assert top > high


@pytest.mark.parametrize("style", ["default", "dark_background"])
def test_text_colours_follow_the_style(style):
    """Titles and tick labels take the active style's colours (light/dark)."""
    fig, _ = _draw(style)
    with plt.style.context(style):
        expected = colors.to_rgba(matplotlib.rcParams["text.color"])
    for ax in fig.axes:
        assert colors.to_rgba(ax.title.get_color()) == expected
        assert colors.to_rgba(ax.xaxis.label.get_color()) == expected


def test_importing_figures_does_not_import_matplotlib():
    """``import snippets._site.figures`` needs NumPy alone."""
    code = ("import sys, snippets._site.figures; "
            "print('matplotlib' in sys.modules)")
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=True,
    )
    assert result.stdout.strip() == "False"
