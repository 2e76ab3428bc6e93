"""Tests of snippets._site.lesson10: Lesson 10's tables and figures.

The gradient norms and activation spreads must be what fresh runs of the
course's functions give, the figures must plot exactly those numbers,
under the site's light and dark styles and at a size a phone can read,
and the claims the page makes about them must hold.
"""

import copy
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

from snippets._site import lesson10  # noqa: E402
from snippets._site.lesson10 import (  # noqa: E402
    activation_spreads,
    deep_gradients,
    digits_problem,
    gradient_norms,
    gradient_table,
    lesson9_recap,
    plot_activation_spreads,
    plot_gradient_norms,
    sigmoid_norms,
    spread_factor,
    spread_table,
)
from snippets.data import load_digits  # noqa: E402
from snippets.deep import (  # noqa: E402
    backward_propagation_deep,
    forward_propagation_deep,
    initialize_parameters_deep,
)
from snippets.multiclass import one_hot  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "lessons" / "10-deep-networks.md"
FIGURES = [plot_gradient_norms, plot_activation_spreads]
SCHEMES = ("light", "dark")
MAX_WIDTH = 4.4
MIN_FONT = 10
DIMS = [64] + [32] * 9 + [10]

STYLES = {scheme: load_hook("generated")._style(scheme) for scheme in SCHEMES}


def _render(func, scheme="light"):
    """Draw ``func`` under the hook's style; return (fig, result, svg)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with matplotlib.rc_context(STYLES[scheme]):
            fig = Figure()
            result = func(fig)
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None})
    return fig, result, buffer.getvalue()


def _texts(fig):
    """The visible, non-empty Text artists of a drawn figure."""
    return [t for t in fig.findobj(Text)
            if t.get_visible() and t.get_text().strip()]


def _digits():
    """The training digits and one-hot labels, loaded afresh."""
    data = load_digits()
    return data.X_train.T, one_hot(data.y_train, 10)


# -- the measurements ---------------------------------------------------------

def test_input_is_the_training_digits_read_only():
    """X (64, 1438) and one-hot Y: load_digits()'s, and nobody may
    change them."""
    X, Y = digits_problem()
    fresh_X, fresh_Y = _digits()
    np.testing.assert_array_equal(X, fresh_X)
    np.testing.assert_array_equal(Y, fresh_Y)
    assert X.shape == (64, 1438) and Y.shape == (10, 1438)
    assert not X.flags.writeable and not Y.flags.writeable
    assert digits_problem() is digits_problem()


@pytest.mark.parametrize("hidden, scale", [("tanh", "xavier"),
                                           ("relu", "he")])
def test_gradient_norms_are_the_course_functions(hidden, scale):
    """ReLU and tanh: the norms of backward_propagation_deep's dW_l."""
    X, Y = _digits()
    parameters = initialize_parameters_deep(DIMS, seed=0, scale=scale)
    _, caches = forward_propagation_deep(
        X, parameters, hidden_activation=hidden, output="softmax")
    grads = backward_propagation_deep(
        parameters, caches, X, Y, hidden_activation=hidden,
        output="softmax")
    expected = [np.linalg.norm(grads[f"dW{k}"]) for k in range(1, 11)]
    np.testing.assert_allclose(gradient_norms(hidden), expected,
                               rtol=1e-12)


def _sigmoid_cost(parameters, X, Y):
    """Cross-entropy of a sigmoid-hidden, softmax-output net, by hand."""
    L = len(parameters) // 2
    A = X
    for layer in range(1, L + 1):
        Z = parameters[f"W{layer}"] @ A + parameters[f"b{layer}"]
        A = 1 / (1 + np.exp(-Z))
    log_a = Z - np.log(np.exp(Z).sum(axis=0))
    return -np.sum(Y * log_a) / X.shape[1]


def test_sigmoid_hidden_gradients_pass_a_gradient_check():
    """The sigmoid loop, not taught elsewhere, agrees with centred
    differences on a 4-layer network."""
    rng = np.random.default_rng(0)
    parameters = initialize_parameters_deep([5, 4, 6, 3, 3], scale=1.0)
    parameters = {k: v + 0.1 * rng.normal(size=v.shape)
                  for k, v in parameters.items()}
    X = rng.normal(size=(5, 8))
    Y = one_hot(rng.integers(0, 3, size=8), 3)
    grads = deep_gradients(parameters, X, Y, "sigmoid")
    eps = 1e-6
    for key, value in parameters.items():
        numeric = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            plus, minus = copy.deepcopy(parameters), copy.deepcopy(parameters)
            plus[key][index] += eps
            minus[key][index] -= eps
            numeric[index] = (_sigmoid_cost(plus, X, Y)
                              - _sigmoid_cost(minus, X, Y)) / (2 * eps)
        np.testing.assert_allclose(grads["d" + key], numeric,
                                   rtol=1e-5, atol=1e-9)


@pytest.mark.parametrize("scale", lesson10.SPREAD_SCALES)
def test_activation_spreads_are_the_forward_pass(scale):
    """The std of each hidden layer's A, from forward_propagation_deep."""
    X, _ = _digits()
    parameters = initialize_parameters_deep(DIMS, seed=0, scale=scale)
    _, caches = forward_propagation_deep(X, parameters, output="softmax")
    expected = [caches[k]["A"].std() for k in range(9)]
    np.testing.assert_allclose(activation_spreads(scale), expected,
                               rtol=1e-12)


def test_page_claims_about_vanishing_gradients_hold():
    """Section 7: through nine sigmoid layers the gradient shrinks by more
    than 10^4 and falls at every layer; tanh and ReLU keep every layer's
    within a factor 10 of the last one."""
    sigmoid = np.array(gradient_norms("sigmoid"))
    assert sigmoid[0] / sigmoid[-1] < 1e-4
    assert np.all(np.diff(sigmoid) > 0)
    for hidden in ("tanh", "relu"):
        norms = np.array(gradient_norms(hidden))
        assert np.all((norms / norms[-1] > 0.1) & (norms / norms[-1] < 10))


def test_page_claims_about_the_spreads_hold():
    """Section 8: 0.01 vanishes, 1 explodes, each by a factor at every
    layer; Xavier shrinks slowly; He stays within a factor 3 of layer 1."""
    small = np.array(activation_spreads(0.01))
    large = np.array(activation_spreads(1.0))
    xavier = np.array(activation_spreads("xavier"))
    he = np.array(activation_spreads("he"))
    assert small[-1] < 1e-10 and np.all(small[1:] / small[:-1] < 0.1)
    assert large[-1] > 1e4 and np.all(large[1:] / large[:-1] > 2)
    assert np.all(np.diff(xavier) < 0) and xavier[-1] < xavier[0] / 4
    assert np.all((he / he[0] > 1 / 3) & (he / he[0] < 3))


def test_measurements_are_cached():
    """The figures and the tables share one run of each measurement."""
    assert gradient_norms("relu") is gradient_norms("relu")
    assert activation_spreads("he") is activation_spreads("he")


# -- the tables ---------------------------------------------------------------

NUMBER = r"(?:\d+\.?\d*|\d\.\d × 10<sup>-?\d+</sup>)"


def _value(text):
    """A table number back as a float (2 significant figures)."""
    power = re.fullmatch(r"(\d\.\d) × 10<sup>(-?\d+)</sup>", text)
    return float(power[1]) * 10.0 ** int(power[2]) if power else float(text)


def test_gradient_table_shows_the_norms():
    """One row per activation: ||dW10||, ||dW1|| and their ratio."""
    lines = gradient_table().strip().splitlines()
    assert lines[0] == ("| Hidden layers | ‖dW[10]‖ | ‖dW[1]‖ "
                        "| Layer 1 / layer 10 |")
    assert len(lines) == 2 + 3
    for line, (hidden, _) in zip(lines[2:], lesson10.GRADIENT_RUNS):
        found = re.fullmatch(
            rf"\| [\w, ]+ \| ({NUMBER}) \| ({NUMBER}) \| ({NUMBER}) \|",
            line)
        assert found, line
        norms = gradient_norms(hidden)
        for shown, value in zip(found.groups(),
                                (norms[-1], norms[0], norms[0] / norms[-1])):
            assert _value(shown) == pytest.approx(value, rel=0.05)


def test_spread_table_shows_layers_1_and_9():
    """One row per scale: the std of A[1] and of A[9], and the mean
    factor per layer between them."""
    lines = spread_table().strip().splitlines()
    assert len(lines) == 2 + len(lesson10.SPREAD_SCALES)
    for line, scale in zip(lines[2:], lesson10.SPREAD_SCALES):
        found = re.fullmatch(
            rf"\| [^|]+ \| ({NUMBER}) \| ({NUMBER}) \| × ({NUMBER}) \|",
            line)
        assert found, line
        spreads = activation_spreads(scale)
        assert _value(found[1]) == pytest.approx(spreads[0], rel=0.05)
        assert _value(found[2]) == pytest.approx(spreads[-1], rel=0.05)
        factor = (spreads[-1] / spreads[0]) ** (1 / 8)
        assert spread_factor(scale) == pytest.approx(factor, rel=1e-12)
        assert _value(found[3]) == pytest.approx(factor, rel=0.05)


def test_sigmoid_norms_make_the_sigmoid_gradients():
    """||dZ_l|| and ||A_{l-1}|| are those of the sigmoid run: each
    ||dW_l|| is at most their product / m, and the error shrinks by
    less than the largest slope 1/4 per layer."""
    norms = sigmoid_norms()
    grads = gradient_norms("sigmoid")
    m = digits_problem()[0].shape[1]
    assert norms["A_prev"][0] == pytest.approx(
        np.linalg.norm(digits_problem()[0]), rel=1e-12)
    for dZ, A_prev, dW in zip(norms["dZ"], norms["A_prev"], grads):
        assert 0 < dW <= dZ * A_prev / m * (1 + 1e-12)
    factor = (norms["dZ"][0] / norms["dZ"][-1]) ** (1 / 9)
    assert 0.2 < factor < 0.25


def test_lesson9_recap_quotes_lesson9():
    """The recap's bullet gives Lesson 9's accuracies, wrong counts and
    McNemar's p-value, with the verdict that p-value calls for."""
    from snippets._site import lesson9

    text = lesson9_recap()
    m_test = lesson9.digits().y_test.size
    for run in (lesson9.network_run(), lesson9.regression_run()):
        accuracy = run["test_accuracy"]
        assert f"{100 * accuracy:.1f} %" in text
        assert f"({round((1 - accuracy) * m_test)} wrong)" in text
    p_value = lesson9.paired_comparison()["p_value"]
    assert f"$p = {p_value:.2f}$" in text
    assert ("within the noise" in text) == (p_value >= 0.05)
    assert text.startswith("- ") and text.count("\n") == 1


def test_tables_fit_a_phone():
    """At most four columns, short cells."""
    for table in (gradient_table(), spread_table()):
        for line in table.strip().splitlines():
            assert line.count("|") <= 5


# -- the figures --------------------------------------------------------------

def test_gradient_figure_plots_the_norms():
    """One line per activation, layers 1 to 10, y the norms, log axis."""
    fig, _, _ = _render(plot_gradient_norms)
    ax = fig.axes[0]
    assert ax.get_yscale() == "log"
    lines = ax.get_lines()
    assert len(lines) == 3
    for line, (hidden, _) in zip(lines, lesson10.GRADIENT_RUNS):
        np.testing.assert_array_equal(line.get_xdata(), np.arange(1, 11))
        np.testing.assert_array_equal(line.get_ydata(),
                                      gradient_norms(hidden))


def test_spread_figure_plots_the_spreads():
    """One line per scale, hidden layers 1 to 9, y the std, log axis."""
    fig, _, _ = _render(plot_activation_spreads)
    ax = fig.axes[0]
    assert ax.get_yscale() == "log"
    lines = ax.get_lines()
    assert len(lines) == len(lesson10.SPREAD_SCALES)
    for line, scale in zip(lines, lesson10.SPREAD_SCALES):
        np.testing.assert_array_equal(line.get_xdata(), np.arange(1, 10))
        np.testing.assert_array_equal(line.get_ydata(),
                                      activation_spreads(scale))


def test_alt_texts_quote_the_measured_numbers():
    """The page's alt texts name the rounded orders of magnitude."""
    page = PAGE.read_text(encoding="utf-8")
    sigmoid = gradient_norms("sigmoid")
    assert (f"from about 10 to the power {round(np.log10(sigmoid[-1]))} "
            f"at layer 10 to about 10 to the power "
            f"{round(np.log10(sigmoid[0]))} at layer 1") in page
    small, large = activation_spreads(0.01), activation_spreads(1.0)
    assert f"to about 10 to the power {round(np.log10(small[-1]))}" in page
    assert f"to about 10 to the power {round(np.log10(large[-1]))}" in page
    for scale, name in (("he", "He initialization"), ("xavier", "Xavier")):
        shown = lesson10._number(spread_factor(scale))   # as the table
        assert re.search(rf"With {name} .{{0,100}}?by a factor of about "
                         rf"{re.escape(shown)} per layer", page), name


def test_alt_texts_describe_the_other_lines_truly():
    """ReLU close to 1, tanh between 0.1 and 1; He's spread between 0.1
    and 1."""
    page = PAGE.read_text(encoding="utf-8")
    assert "ReLU hidden layers and He initialization the norm stays " \
        "close to 1 at every layer" in page
    assert np.all(np.abs(np.log2(gradient_norms("relu"))) < 0.6)
    assert "tanh and Xavier initialization it stays between 0.1 and 1" \
        in page
    assert all(0.1 < norm < 1 for norm in gradient_norms("tanh"))
    assert "With He initialization the spread stays between 0.1 and 1" \
        in page
    assert all(0.1 < std < 1 for std in activation_spreads("he"))
    # the factors per layer: test_alt_texts_quote_the_measured_numbers


@pytest.fixture(scope="module", params=[
    (func, scheme) for func in FIGURES for scheme in SCHEMES
], ids=lambda p: f"{p[0].__name__}-{p[1]}")
def rendered(request):
    """Each figure under each scheme, drawn once for the tests below."""
    func, scheme = request.param
    fig, result, svg = _render(func, scheme)
    return {"scheme": scheme, "fig": fig, "result": result, "svg": svg}


def test_draws_without_warnings_and_returns_none(rendered):
    """Under both styles: no warning (checked in _render), None returned."""
    assert rendered["result"] is None
    assert rendered["svg"].lstrip().startswith("<?xml")


def test_is_phone_sized(rendered):
    """At most 4.4 inches wide and not taller than a phone screen."""
    width, height = rendered["fig"].get_size_inches()
    assert width <= MAX_WIDTH and 2.0 <= height <= 5.0


def test_no_text_smaller_than_10_points(rendered):
    """Every label, legend and tick label is >= 10 pt."""
    fig = rendered["fig"]
    sizes = [t.get_fontsize() for t in _texts(fig)]
    assert sizes and min(sizes) >= MIN_FONT


def test_no_text_is_cut_off(rendered):
    """Every text lies inside the figure (nothing clipped at an edge)."""
    fig = rendered["fig"]
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    for text in _texts(fig):
        box = text.get_window_extent(renderer)
        assert box.x0 >= fig.bbox.x0 - 1 and box.x1 <= fig.bbox.x1 + 1
        assert box.y0 >= fig.bbox.y0 - 1 and box.y1 <= fig.bbox.y1 + 1


def test_text_takes_the_scheme_colour(rendered):
    """No text colour is hard-coded: all of it follows the style."""
    expected = colors.to_rgba(STYLES[rendered["scheme"]]["text.color"])
    for text in _texts(rendered["fig"]):
        assert colors.to_rgba(text.get_color()) == expected, text


def test_svg_is_small(rendered):
    """Each SVG stays under 60 KB."""
    assert len(rendered["svg"].encode()) < 60_000


@pytest.mark.parametrize("func", FIGURES, ids=lambda f: f.__name__)
def test_svg_is_deterministic(func):
    """Two renderings are byte-identical: the build never churns."""
    assert _render(func)[2] == _render(func)[2]


def test_importing_lesson10_does_not_import_matplotlib():
    """``import snippets._site.lesson10`` needs NumPy alone."""
    code = ("import sys, snippets._site.lesson10; "
            "print('matplotlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# -- section 9: a deeper network on the digits --------------------------------

DEPTH_ROW = re.compile(
    r"^\| (?P<name>[\w ,()]+?) \((?P<size>[\d,]+) parameters\) "
    r"\| (?P<cost>\d\.\d{3}) \((?P<epoch>\d+)\) \| (?P<acc>\d+\.\d) % \|$")


def _fresh_deep():
    """The deeper network trained here from scratch, as the page says."""
    from snippets.fitting import fit_nn

    data = load_digits(validation_size=0.2)
    parameters, history = fit_nn(
        data.X_train.T, one_hot(data.y_train, 10), (64, 32),
        X_val=data.X_val.T, Y_val=one_hot(data.y_val, 10),
        optimizer="adam", learning_rate=0.01, mini_batch_size=64,
        num_epochs=200, patience=10, seed=0)
    return data, parameters, history


def test_deep_run_equals_a_fresh_fit():
    """deep_run() is fit_nn((64, 32)) on Lesson 9's split: the same
    parameters, history and accuracies as a run written out here."""
    data, parameters, history = _fresh_deep()
    run = lesson10.deep_run()
    assert sorted(run["parameters"]) == sorted(parameters)
    for key, value in parameters.items():
        np.testing.assert_array_equal(run["parameters"][key], value)
    assert run["history"] == history
    AL, _ = forward_propagation_deep(data.X_test.T, parameters,
                                     output="softmax")
    assert run["test_accuracy"] == np.mean(
        np.argmax(AL, axis=0) == data.y_test)
    assert lesson10.deep_run() is run


def test_depth_table_rows_are_the_runs():
    """Each row: the run's parameter count, best validation cost and its
    epoch, and validation accuracy; no test number in the table."""
    lines = lesson10.depth_table().strip().splitlines()
    runs = lesson10.depth_runs()
    assert len(lines) == 2 + len(runs)
    for line, (name, run) in zip(lines[2:], runs.items()):
        found = DEPTH_ROW.match(line)
        assert found, line
        assert found["name"] == name
        size = sum(v.size for v in run["parameters"].values())
        assert int(found["size"].replace(",", "")) == size
        best = run["history"]["best_epoch"]
        assert int(found["epoch"]) == best
        assert found["cost"] == f"{run['history']['val_cost'][best]:.3f}"
        assert found["acc"] == f"{100 * run['val_accuracy']:.1f}"
    assert "test" not in lesson10.depth_table().lower()


def test_depth_paragraph_reports_the_chosen_network_s_test_once():
    """The chosen network has the lower best validation cost; the
    paragraph quotes its test count, and no other test number."""
    runs = lesson10.depth_runs()
    costs = {name: run["history"]["val_cost"][run["history"]["best_epoch"]]
             for name, run in runs.items()}
    chosen = lesson10.chosen_depth()
    assert costs[chosen] == min(costs.values())
    text = lesson10.depth_paragraph()
    right = int(np.sum(runs[chosen]["test_pred"]
                       == load_digits().y_test))
    assert f"**{chosen}**" in text
    assert f"{right} of 359 right, {100 * right / 359:.1f} %" in text
    assert text.count(" of 359") == 1


def test_depth_page_claims_hold():
    """Section 9's prose: the deeper network has almost three times the
    parameters (2.5 to 3), stops improving in fewer epochs; the two
    differ by at most 3 validation images ("within the noise")."""
    runs = list(lesson10.depth_runs().values())
    sizes = [sum(v.size for v in run["parameters"].values())
             for run in runs]
    assert 2.5 < sizes[1] / sizes[0] < 3
    assert (runs[1]["history"]["best_epoch"]
            < runs[0]["history"]["best_epoch"])
    gap = abs(runs[0]["val_accuracy"] - runs[1]["val_accuracy"]) * 357
    assert round(gap) <= 3
    assert "within the noise" in lesson10.depth_paragraph()
    page = PAGE.read_text(encoding="utf-8")
    assert (f"validation accuracy {lesson10.deep_run()['val_accuracy']:.3f}"
            in page)
