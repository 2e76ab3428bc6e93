"""Tests of snippets._site.diagrams and snippets._site.moons: the figures
of the neuron, the network, the decision boundaries and gradient descent.

Every figure is drawn as the site's hook draws it: under the hook's own
light and dark styles (docs/overrides/hooks/generated.py), into SVG.
"""

import io
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

from snippets._site import diagrams, moons  # noqa: E402
from snippets._site.diagrams import (  # noqa: E402
    CURVATURE,
    DESCENT_RATES,
    START,
    bowl_cost,
    descent_path,
    draw_network,
    draw_neuron,
    draw_training_loop,
    plot_decision_boundaries,
    plot_gradient_descent_path,
)
from snippets._site.moons import (  # noqa: E402
    logistic_regression_on_moons,
    make_moons,
    moons_data,
    moons_probabilities,
    network_on_moons,
)

HOOKS = Path(__file__).resolve().parents[1] / "docs" / "overrides" / "hooks"
FIGURES = [draw_neuron, draw_network, plot_decision_boundaries,
           plot_gradient_descent_path, draw_training_loop]
SCHEMES = ("light", "dark")
# phone-sized: a 4.6 inch figure shrinks to a 360 px column by 0.8, so
# text of 10 points still shows at about 11 px
MAX_WIDTH = 4.6
MIN_FONT = 10
MAX_SVG_BYTES = 60_000




STYLES = {scheme: load_hook("generated")._style(scheme) for scheme in SCHEMES}


def _render(func, scheme):
    """Draw ``func`` under the hook's style; return (fig, result, svg)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with matplotlib.rc_context(STYLES[scheme]):
            fig = Figure()
            result = func(fig)
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None})
    return fig, result, buffer.getvalue()


@pytest.fixture(scope="module", params=[
    (func, scheme) for func in FIGURES for scheme in SCHEMES
], ids=lambda p: f"{p[0].__name__}-{p[1]}")
def rendered(request):
    """Each figure under each scheme, drawn once for the tests below."""
    func, scheme = request.param
    fig, result, svg = _render(func, scheme)
    return {"func": func, "scheme": scheme, "fig": fig, "result": result,
            "svg": svg}


def _renderer(fig):
    """Lay ``fig`` out on an Agg canvas and return its renderer."""
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def _texts(fig):
    """The visible, non-empty Text artists of a drawn figure."""
    return [t for t in fig.findobj(Text)
            if t.get_visible() and t.get_text().strip()]


# -- every figure -------------------------------------------------------------

def test_draws_without_warnings_and_returns_none(rendered):
    """Under both styles: no warning (checked in _render), None returned."""
    assert rendered["result"] is None
    assert rendered["svg"].lstrip().startswith("<?xml")


def test_is_phone_sized(rendered):
    """At most 4.6 inches wide, so the text stays legible on a phone."""
    width, height = rendered["fig"].get_size_inches()
    assert width <= MAX_WIDTH and 1.5 <= height <= 6.0


def test_no_text_smaller_than_10_points(rendered):
    """Every label, title, tick label and legend entry is >= 10 pt."""
    small = [(t.get_text(), t.get_fontsize())
             for t in _texts(rendered["fig"])
             if t.get_fontsize() < MIN_FONT]
    assert small == []


def test_no_text_is_cut_off(rendered):
    """Every text lies inside the figure (nothing clipped at an edge)."""
    fig = rendered["fig"]
    renderer = _renderer(fig)
    bounds = fig.bbox
    for text in _texts(fig):
        box = text.get_window_extent(renderer)
        assert box.x0 >= bounds.x0 - 1 and box.x1 <= bounds.x1 + 1, text
        assert box.y0 >= bounds.y0 - 1 and box.y1 <= bounds.y1 + 1, text


def test_text_takes_the_scheme_colour(rendered):
    """No text colour is hard-coded: all of it follows the style."""
    expected = colors.to_rgba(STYLES[rendered["scheme"]]["text.color"])
    for text in _texts(rendered["fig"]):
        assert colors.to_rgba(text.get_color()) == expected, text


def test_svg_is_small(rendered):
    """Each SVG stays under 60 KB (text is drawn as paths)."""
    assert len(rendered["svg"].encode()) < MAX_SVG_BYTES


@pytest.mark.parametrize("func", FIGURES, ids=lambda f: f.__name__)
def test_svg_is_deterministic(func):
    """Two renderings are byte-identical: the build never churns."""
    assert _render(func, "light")[2] == _render(func, "light")[2]


@pytest.mark.parametrize("func",
                         [draw_neuron, draw_network, draw_training_loop],
                         ids=lambda f: f.__name__)
def test_diagram_labels_do_not_overlap(func):
    """In the diagrams no label covers another."""
    fig, _, _ = _render(func, "light")
    renderer = _renderer(fig)
    boxes = [(t.get_text(), t.get_window_extent(renderer))
             for t in _texts(fig)]
    for i, (name, box) in enumerate(boxes):
        for other, other_box in boxes[i + 1:]:
            assert not box.overlaps(other_box), (name, other)


def test_importing_diagrams_does_not_import_matplotlib():
    """``import snippets._site.diagrams`` needs NumPy alone."""
    code = ("import sys, snippets._site.diagrams; "
            "print('matplotlib' in sys.modules)")
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=True,
    )
    assert result.stdout.strip() == "False"


# -- the neuron and the network ----------------------------------------------

def test_neuron_shows_inputs_weights_sum_and_activation():
    """x_i, w_i, b, z = wx + b and a = g(z) are all labelled."""
    fig, _, _ = _render(draw_neuron, "light")
    labels = {t.get_text() for t in _texts(fig)}
    for i in (1, 2, 3):
        assert {f"$x_{i}$", f"$w_{i}$"} <= labels
    assert {"$b$", "$z = wx + b$", "$a = g(z)$", "$a$"} <= labels


def test_network_labels_layers_and_parameter_shapes():
    """The layer names and W1 (4, 8), b1 (4, 1), W2 (1, 4), b2 (1, 1)."""
    fig, _, _ = _render(draw_network, "light")
    labels = {t.get_text() for t in _texts(fig)}
    assert {"W1 (4, 8)", "b1 (4, 1)", "W2 (1, 4)", "b2 (1, 1)"} <= labels
    assert {"input\n$n_x = 8$", "hidden\n$n_h = 4$, ReLU",
            "output\n$n_y = 1$\nsigmoid"} <= labels
    assert {f"$x_{i}$" for i in range(1, 9)} <= labels


def test_network_is_fully_connected():
    """8 x 4 connections into the hidden layer, 4 x 1 into the output."""
    fig, _, _ = _render(draw_network, "light")
    # the connections are the two lines broken by NaN between segments
    counts = []
    for line in fig.axes[0].get_lines():
        x = np.asarray(line.get_xdata(), float)
        if np.isnan(x).any():
            counts.append(int(np.isnan(x).sum()))
    assert counts == [8 * 4, 4 * 1]


# -- the moons ----------------------------------------------------------------

def test_make_moons_shapes_labels_and_dtype():
    """X (2, m) float64, Y (1, m) of 0/1 with m // 2 zeros."""
    X, Y = make_moons(7, noise=0.1, seed=3)
    assert X.shape == (2, 7) and Y.shape == (1, 7)
    assert X.dtype == Y.dtype == np.float64
    assert Y.tolist() == [[0, 0, 0, 1, 1, 1, 1]]


def test_make_moons_without_noise_lies_on_two_half_circles():
    """Noise 0: label 0 on the upper unit half circle, label 1 below."""
    X, Y = make_moons(50, noise=0.0)
    centres = np.where(Y == 0, [[-0.5], [-0.25]], [[0.5], [0.25]])
    np.testing.assert_allclose(np.linalg.norm(X - centres, axis=0), 1.0)
    assert np.all(X[1, Y[0] == 0] >= -0.25 - 1e-12)   # upper half
    assert np.all(X[1, Y[0] == 1] <= 0.25 + 1e-12)    # lower half


def test_make_moons_is_deterministic_and_seeded_locally():
    """Same seed, same data; another seed, other data; no global state."""
    before = np.random.get_state()
    first, second = make_moons(seed=5), make_moons(seed=5)
    after = np.random.get_state()
    for a, b in zip(first, second):
        np.testing.assert_array_equal(a, b)
    assert not np.array_equal(first[0], make_moons(seed=6)[0])
    assert before[0] == after[0]
    np.testing.assert_array_equal(before[1], after[1])
    assert before[2:] == after[2:]


@pytest.mark.parametrize("kwargs, error, match", [
    ({"m": 1}, ValueError, "m must be at least 2"),
    ({"m": 10.0}, TypeError, "m must be an integer"),
    ({"m": True}, TypeError, "m must be an integer"),
    ({"noise": -0.1}, ValueError, "noise must be finite and at least 0"),
    ({"noise": float("nan")}, ValueError, "noise must be finite"),
    ({"noise": "0.2"}, TypeError, "noise must be a real number"),
])
def test_make_moons_rejects_bad_arguments(kwargs, error, match):
    """Errors name make_moons and the argument."""
    with pytest.raises(error, match=f"^make_moons: {match}"):
        make_moons(**kwargs)


def test_moons_data_is_read_only_and_cached():
    """The figure's data are shared, so nobody may change them."""
    X, Y = moons_data()
    assert moons_data()[0] is X
    assert not X.flags.writeable and not Y.flags.writeable


def test_no_straight_line_separates_the_moons():
    """The best of 3600 line directions classifies under 90 % right.

    Independent of logistic regression: for each direction, every
    threshold along it is tried, with either side labelled 1.
    """
    X, Y = moons_data()
    best = 0.0
    for angle in np.linspace(0.0, np.pi, 3600, endpoint=False):
        y = Y[0][np.argsort(np.cos(angle) * X[0] + np.sin(angle) * X[1])]
        zeros_below = np.concatenate([[0], np.cumsum(y == 0)])
        ones_above = np.concatenate([np.cumsum(y[::-1] == 1)[::-1], [0]])
        right = zeros_below + ones_above  # label 1 above the threshold
        best = max(best, right.max(), (len(y) - right).max())
    assert best / len(y) < 0.9


def test_logistic_regression_fails_and_the_network_succeeds():
    """Training accuracy: logistic regression < 90 %, network >= 95 %."""
    assert logistic_regression_on_moons()["train_accuracy"] < 0.9
    assert network_on_moons()["train_accuracy"] >= 0.95


def test_models_are_trained_once():
    """The figure's two draws (light, dark) share one training run."""
    assert network_on_moons() is network_on_moons()
    assert logistic_regression_on_moons() is logistic_regression_on_moons()


def test_probabilities_match_the_reported_accuracies():
    """Thresholding the probabilities at 0.5 gives the titles' numbers."""
    X, Y = moons_data()
    for model, run in (("logistic", logistic_regression_on_moons()),
                       ("network", network_on_moons())):
        A = moons_probabilities(model, X)
        assert A.shape == (1, X.shape[1])
        assert np.mean((A > 0.5) == Y) == run["train_accuracy"]


def test_probabilities_reject_an_unknown_model():
    """Only the two cached models exist."""
    with pytest.raises(ValueError, match="'logistic' or 'network'"):
        moons_probabilities("svm", np.zeros((2, 1)))


def test_decision_boundary_titles_give_the_accuracies():
    """Each panel's title states its model's training accuracy."""
    fig, _, _ = _render(plot_decision_boundaries, "light")
    lr = logistic_regression_on_moons()["train_accuracy"]
    nn = network_on_moons()["train_accuracy"]
    assert [ax.get_title() for ax in fig.axes] == [
        f"logistic regression: {100 * lr:.0f} % right",
        f"{moons.N_H} tanh hidden units: {100 * nn:.0f} % right",
    ]


# -- gradient descent ---------------------------------------------------------

def test_bowl_cost_is_the_quadratic():
    """J(w) = (w_1**2 + 5 w_2**2) / 2 at a few points, and 0 at 0."""
    w = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [-2.0, 1.0]])
    np.testing.assert_allclose(bowl_cost(w), [0.0, 0.5, 2.5, 4.5])


def test_descent_path_matches_the_closed_form():
    """On a quadratic, w_k = (1 - alpha C)**k w_0 for every k."""
    alpha = 0.25
    path = descent_path(alpha, steps=6)
    k = np.arange(7)[:, None]
    np.testing.assert_allclose(path, (1 - alpha * CURVATURE) ** k * START)


def test_descent_path_uses_the_gradient():
    """Each step is minus alpha times a centred finite difference of J."""
    alpha, h = 0.25, 1e-6
    path = descent_path(alpha, steps=3)
    for w, w_next in zip(path[:-1], path[1:]):
        grad = [(bowl_cost(w + h * e) - bowl_cost(w - h * e)) / (2 * h)
                for e in np.eye(2)]
        np.testing.assert_allclose(w_next, w - alpha * np.array(grad),
                                   atol=1e-8)


def test_good_learning_rate_lowers_the_cost_at_every_step():
    """The good rate: J strictly decreasing, ending near the minimum."""
    (good,) = [rate for rate, _, label, _ in DESCENT_RATES
               if label == "good"]
    cost = bowl_cost(descent_path(good))
    assert np.all(np.diff(cost) < 0)
    assert cost[-1] < 0.01 * cost[0]


def test_small_and_large_rates_do_what_the_legend_says():
    """Too small creeps (w_1 covers under a fifth of the way, J keeps
    over 40 % of its start); too large ends above where it started, its
    w_2 changing sign at every step."""
    rates = {label: rate for rate, _, label, _ in DESCENT_RATES}
    small = descent_path(rates["too small"])
    cost = bowl_cost(small)
    assert np.all(np.diff(cost) < 0) and cost[-1] > 0.4 * cost[0]
    assert abs(small[-1, 0]) > 0.8 * abs(START[0])
    large = descent_path(rates["too large"])
    assert bowl_cost(large[-1]) > bowl_cost(large[0])
    assert np.all(large[1:, 1] * large[:-1, 1] < 0)


def test_descent_figure_shows_every_path_inside_the_axes():
    """All iterates of the three paths fall inside the plotted area."""
    fig, _, _ = _render(plot_gradient_descent_path, "light")
    ax = fig.axes[0]
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    for rate, _, _, _ in DESCENT_RATES:
        path = descent_path(rate)
        assert np.all((x0 < path[:, 0]) & (path[:, 0] < x1))
        assert np.all((y0 < path[:, 1]) & (path[:, 1] < y1))


def test_accent_colours_are_not_greys():
    """The accents differ from both backgrounds: none is a grey."""
    for colour in (diagrams.INDIGO, diagrams.ORANGE, diagrams.TEAL):
        r, g, b = colors.to_rgb(colour)
        assert max(r, g, b) - min(r, g, b) > 0.3


def test_training_loop_shows_the_steps_in_order():
    """Initialization, then the four steps of Lesson 5, and the stop."""
    from snippets._site.diagrams import LOOP_STEPS

    fig, _, _ = _render(draw_training_loop, "light")
    labels = [t.get_text() for t in _texts(fig)]
    steps = [label for label in labels if label in LOOP_STEPS]
    assert steps == list(LOOP_STEPS)
    assert labels[0] == "initialize W, b"
    assert any("validation" in label for label in labels)
