"""Tests of snippets._site.lesson8: Lesson 8's figures and table.

The table must show what fresh ``fit_nn`` runs give, the figures must
draw the runs they say they draw, and the claims the page makes about
them must hold.
"""

import io
import re
import warnings
from pathlib import Path

import matplotlib
import numpy as np
import pytest

matplotlib.use("Agg")  # no display here: render off-screen like the hook

from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from snippets._site import lesson8  # noqa: E402
from snippets._site.lesson8 import (  # noqa: E402
    OPTIMIZERS,
    chosen_optimizer,
    curve_run,
    optimizer_path,
    optimizer_run,
    optimizer_table,
    plot_learning_curves,
    plot_optimizer_curves,
    plot_optimizer_paths,
    stopped_run,
    titanic_split,
)
from snippets.data import load_titanic  # noqa: E402
from snippets.fitting import fit_nn  # noqa: E402

PAGE = (Path(__file__).parents[1] / "docs" / "lessons"
        / "08-training-done-right.md")
FIGURES = [plot_learning_curves, plot_optimizer_curves, plot_optimizer_paths]
ROW = re.compile(
    r"^\| (?P<name>[\w ]+), \$\\alpha = (?P<rate>[\d.]+)\$ "
    r"\| (?P<cost>\d\.\d{3}) at epoch (?P<epoch>\d+) "
    r"\| (?P<run>\d+), (?P<time>\d+ ms|< 10 ms) \|$"
)


def table_rows():
    """The body rows of the optimizer table, bold markers removed."""
    lines = optimizer_table().strip().splitlines()
    assert lines[1] == "|:---|---:|---:|"
    return [line.replace("**", "") for line in lines[2:]]


def fresh_fit(optimizer, learning_rate, **options):
    """fit_nn on load_titanic(validation_size=0.2), written out here."""
    data = load_titanic(validation_size=0.2)
    options = {"num_epochs": 200, "patience": 10, **options}
    return fit_nn(
        data.X_train.T, data.y_train.reshape(1, -1), options.pop("n_h", 8),
        X_val=data.X_val.T, Y_val=data.y_val.reshape(1, -1),
        optimizer=optimizer, learning_rate=learning_rate,
        mini_batch_size=64, seed=0, **options)


@pytest.mark.parametrize("row", range(len(OPTIMIZERS)))
def test_table_row_equals_a_fresh_fit_nn_run(row):
    """Best validation cost, its epoch and the epochs run: fit_nn's."""
    optimizer, learning_rate = OPTIMIZERS[row]
    found = ROW.match(table_rows()[row])
    assert found, table_rows()[row]
    assert found["name"] == lesson8.NAMES[optimizer]
    assert float(found["rate"]) == learning_rate
    _, history = fresh_fit(optimizer, learning_rate)
    best = history["best_epoch"]
    assert int(found["epoch"]) == best
    assert found["cost"] == f"{history['val_cost'][best]:.3f}"
    assert int(found["run"]) == len(history["val_cost"])


def test_only_the_chosen_optimizer_is_bold():
    """The bold row is the lowest best validation cost: Adam (page text)."""
    bold = [line for line in optimizer_table().splitlines() if "**" in line]
    assert len(bold) == 1 and bold[0].startswith("| **Adam")

    def best(optimizer):
        history = optimizer_run(optimizer)["history"]
        return min(history["val_cost"])

    assert chosen_optimizer() == "adam"
    assert best("adam") == min(best(name) for name, _ in OPTIMIZERS)


def test_wall_time_is_measured_and_rounded_to_10_ms():
    """Each cell shows a multiple of 10 ms; every run takes under 1 s."""
    for optimizer, _ in OPTIMIZERS:
        seconds = optimizer_run(optimizer)["seconds"]
        assert 0 < seconds < 1
    assert lesson8._milliseconds(0.0234) == "20 ms"
    assert lesson8._milliseconds(0.0251) == "30 ms"
    assert lesson8._milliseconds(0.004) == "< 10 ms"


def test_the_four_optimizers_end_close_together():
    """Best validation costs within 0.01 of each other (page text)."""
    costs = [min(optimizer_run(name)["history"]["val_cost"])
             for name, _ in OPTIMIZERS]
    assert max(costs) - min(costs) < 0.01


def test_titanic_split_is_the_three_way_split_read_only():
    """The page's arrays are load_titanic(validation_size=0.2)'s."""
    data = load_titanic(validation_size=0.2)
    split = titanic_split()
    np.testing.assert_array_equal(split["X"], data.X_train.T)
    np.testing.assert_array_equal(split["Y_val"], data.y_val[None, :])
    np.testing.assert_array_equal(split["X_test"], data.X_test.T)
    with pytest.raises(ValueError, match="read-only"):
        split["X"][0, 0] = 1.0


@pytest.mark.parametrize("n_h", lesson8.CURVE_N_H)
def test_long_run_starts_exactly_like_the_early_stopped_run(n_h):
    """The curves' first epochs are those early stopping saw."""
    long, stopped = curve_run(n_h), stopped_run(n_h)
    ran = len(stopped["val_cost"])
    assert len(long["val_cost"]) == lesson8.CURVE_EPOCHS
    assert long["val_cost"][:ran] == stopped["val_cost"]
    assert long["train_cost"][:ran] == stopped["train_cost"]
    assert ran == stopped["best_epoch"] + 1 + lesson8.PATIENCE


def test_stopped_run_is_fit_nn_with_early_stopping():
    """The 32-unit early-stopped history equals a fresh run's."""
    _, history = fresh_fit("adam", 0.01, n_h=32)
    assert stopped_run(32) == history


@pytest.mark.parametrize("n_h", lesson8.CURVE_N_H)
def test_training_cost_keeps_falling_validation_cost_does_not(n_h):
    """After the best epoch the gap grows (page text)."""
    history = curve_run(n_h)
    best = stopped_run(n_h)["best_epoch"]
    assert best < 20
    assert history["train_cost"][-1] < history["train_cost"][best] - 0.01
    assert history["val_cost"][-1] > history["val_cost"][best]


def test_wider_network_overfits_more():
    """32 units: lower training cost, higher final validation cost."""
    narrow, wide = curve_run(8), curve_run(32)
    assert wide["train_cost"][-1] < narrow["train_cost"][-1]
    assert wide["val_cost"][-1] > narrow["val_cost"][-1]
    assert wide["val_cost"][-1] - min(wide["val_cost"]) > 0.01


def test_learning_curves_draw_the_runs():
    """Each panel: training and validation cost, the kept epoch, patience."""
    fig = Figure()
    assert plot_learning_curves(fig) is None
    for ax, n_h in zip(fig.axes, lesson8.CURVE_N_H):
        lines = {line.get_label(): line for line in ax.get_lines()}
        history = curve_run(n_h)
        epochs = np.arange(lesson8.CURVE_EPOCHS)
        for label, key in (("training cost", "train_cost"),
                           ("validation cost", "val_cost")):
            x, y = lines[label].get_data()
            np.testing.assert_array_equal(x, epochs)
            np.testing.assert_array_equal(y, history[key])
        best = stopped_run(n_h)["best_epoch"]
        x, y = lines["kept: the best epoch"].get_data()
        assert (list(x), list(y)) == ([best], [history["val_cost"][best]])
        band = ax.patches[0].get_extents()  # the patience span, in pixels
        left, right = ax.transData.transform(
            [(best, 0), (best + lesson8.PATIENCE, 0)])[:, 0]
        assert band.x0 == pytest.approx(left, abs=1)
        assert band.x1 == pytest.approx(right, abs=1)


def test_optimizer_curves_draw_each_validation_history():
    """One line per optimizer, its validation costs, a dot at the best."""
    fig = Figure()
    assert plot_optimizer_curves(fig) is None
    lines = fig.axes[0].get_lines()
    for (optimizer, _), curve, dot in zip(OPTIMIZERS, lines[::2],
                                          lines[1::2]):
        history = optimizer_run(optimizer)["history"]
        assert curve.get_label() == lesson8.NAMES[optimizer]
        np.testing.assert_array_equal(curve.get_data()[1],
                                      history["val_cost"])
        best = history["best_epoch"]
        assert list(dot.get_data()[0]) == [best]


def gradient(w):
    return lesson8.CURVATURE * w


@pytest.mark.parametrize("optimizer, learning_rate", lesson8.PATH_SETTINGS)
def test_paths_follow_the_update_formulas(optimizer, learning_rate):
    """Each path equals the optimizer's formulas, written out here."""
    w = lesson8.START.copy()
    v = np.zeros(2)
    s = np.zeros(2)
    expected = [w]
    for t in range(1, lesson8.PATH_STEPS + 1):
        g = gradient(w)
        if optimizer == "gd":
            w = w - learning_rate * g
        elif optimizer == "momentum":
            v = 0.9 * v + 0.1 * g
            w = w - learning_rate * v
        elif optimizer == "rmsprop":
            s = 0.9 * s + 0.1 * g**2
            w = w - learning_rate * g / (np.sqrt(s) + 1e-8)
        else:
            v = 0.9 * v + 0.1 * g
            s = 0.999 * s + 0.001 * g**2
            v_hat, s_hat = v / (1 - 0.9**t), s / (1 - 0.999**t)
            w = w - learning_rate * v_hat / (np.sqrt(s_hat) + 1e-8)
        expected.append(w)
    np.testing.assert_allclose(optimizer_path(optimizer, learning_rate),
                               expected, rtol=1e-12, atol=1e-12)


def paths():
    """Each optimizer's path of the figure, with the figure's settings."""
    return {optimizer: optimizer_path(optimizer, learning_rate)
            for optimizer, learning_rate in lesson8.PATH_SETTINGS}


def sign_changes(path):
    """How often w2 changes sign along a path: crossings of the floor."""
    return int(np.sum(np.diff(np.sign(path[:, 1])) != 0))


def test_path_settings_are_what_the_page_says():
    """A 100:1 valley; GD under its cap 2/lambda, momentum above it and
    under its own 38/lambda; the page's prose names these values."""
    steep = lesson8.CURVATURE.max()
    assert steep / lesson8.CURVATURE.min() == pytest.approx(100)
    rates = dict(lesson8.PATH_SETTINGS)
    assert rates["gd"] < 2 / steep < rates["momentum"]
    beta = lesson8.MOMENTUM_BETA
    assert rates["momentum"] < 2 * (1 + beta) / (1 - beta) / steep
    page = PAGE.read_text("utf-8")
    low, high = lesson8.CURVATURE
    assert (f"J(w) = \\tfrac{{1}}{{2}}({low:g}\\, w_1^2 + {high:g}\\, "
            f"w_2^2)") in page
    assert f"so it gets {rates['gd']:g}." in page
    assert f"and it gets {rates['momentum']:g}, where" in page
    assert f"$38 / \\lambda = {38 / steep:g}$" in page
    assert round(2 * (1 + beta) / (1 - beta)) == 38


def test_path_table_is_computed_from_the_figure_paths():
    """Each row: the cost after 20 and 40 steps of the drawn path."""
    lines = lesson8.path_table().strip().splitlines()
    assert lines[0] == ("| Optimizer | $J$ after 20 steps "
                        "| $J$ after 40 steps |")
    drawn = paths()
    for line, (optimizer, rate) in zip(lines[2:6], lesson8.PATH_SETTINGS):
        w = drawn[optimizer]
        costs = [0.5 * np.sum(lesson8.CURVATURE * w[steps] ** 2)
                 for steps in (20, 40)]
        assert line == (f"| {lesson8.NAMES[optimizer]}, $\\alpha = "
                        f"{rate:g}$ | {costs[0]:.3f} | {costs[1]:.3f} |")
    assert lines[-1] == "All four start at $w = (-8, 2)$, where $J = 4.64$."


def test_paths_show_what_the_page_says():
    """GD zig-zags and ends far behind; momentum swings a few times,
    trails GD halfway and ends far ahead; RMSprop and Adam first move
    both coordinates alike; RMSprop ends close, Adam a little past."""
    drawn = paths()
    cost = {name: lesson8.path_cost(path) for name, path in drawn.items()}
    gd = drawn["gd"]
    assert sign_changes(gd) == lesson8.PATH_STEPS     # every step
    assert gd[-1, 0] < lesson8.START[0] / 3           # still crawling
    # "by far the highest cost" at the end: over 5 times any other's
    others = [cost[name][-1] for name in cost if name != "gd"]
    assert cost["gd"][-1] > 5 * max(others)
    # momentum: a few slow swings, not a zig-zag; behind GD halfway,
    # "a fraction" of GD's cost at the end; "most of the way"
    momentum = drawn["momentum"]
    assert 2 <= sign_changes(momentum) < 10
    assert cost["momentum"][20] > cost["gd"][20]
    assert cost["momentum"][-1] < cost["gd"][-1] / 5
    assert abs(momentum[-1, 0]) < abs(lesson8.START[0]) / 2
    # a larger alpha swings wider across the valley
    wider = optimizer_path("momentum", 2 * dict(lesson8.PATH_SETTINGS)[
        "momentum"])
    assert np.abs(wider[1:, 1]).max() > np.abs(momentum[1:, 1]).max()
    for optimizer in ("rmsprop", "adam"):
        step = np.abs(drawn[optimizer][1] - drawn[optimizer][0])
        assert step[0] == pytest.approx(step[1])
    assert np.abs(drawn["adam"][1] - drawn["adam"][0]) == pytest.approx(
        [dict(lesson8.PATH_SETTINGS)["adam"]] * 2)
    # RMSprop: down to the floor without crossing it, ends close
    assert np.all(drawn["rmsprop"][:, 1] >= -1e-6)
    assert cost["rmsprop"][-1] < cost["gd"][-1] / 10
    # Adam swings gently across the floor, ends a little past the minimum
    assert 1 <= sign_changes(drawn["adam"]) < sign_changes(momentum)
    assert 0 < drawn["adam"][-1, 0] < 1


@pytest.mark.parametrize("draw", FIGURES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("style", ["default", "dark_background"])
def test_figures_render_without_warnings(draw, style):
    """Drawing and rendering under a light or a dark style never warns."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with plt.style.context(style):
            fig = Figure()
            assert draw(fig) is None
            buffer = io.BytesIO()
            fig.savefig(buffer, format="svg")
    assert b"<svg" in buffer.getvalue()
    assert fig.get_layout_engine() is not None


@pytest.mark.parametrize("draw", FIGURES, ids=lambda f: f.__name__)
def test_figure_text_is_legible_on_a_phone(draw):
    """At most 4.8 in wide with text of 10 pt or more: about 11 px or
    more once the figure shrinks to a 360 px phone column."""
    fig = Figure()
    draw(fig)
    fig.canvas.draw()  # lay out the tick labels
    width, _ = fig.get_size_inches()
    assert width <= 4.8
    sizes = [text.get_fontsize() for text in fig.findobj(Text)
             if text.get_visible() and text.get_text()]
    assert sizes and min(sizes) >= 10
    scale = 360 / (width * 96)
    assert min(sizes) * 4 / 3 * scale >= 10.5


def test_optimizer_curves_show_what_the_page_says():
    """GD and momentum start on the plateau, momentum leaves it last;
    RMSprop is low after one epoch; Adam is down within three."""
    val = {name: optimizer_run(name)["history"]["val_cost"]
           for name, _ in OPTIMIZERS}
    assert min(val["gd"][:2]) > 0.64 and min(val["momentum"][:3]) > 0.64

    def first_below_half(costs):
        return next(epoch for epoch, cost in enumerate(costs) if cost < 0.5)

    assert first_below_half(val["gd"]) == 3
    assert first_below_half(val["momentum"]) == 5
    assert val["rmsprop"][0] < 0.53
    assert val["adam"][2] < 0.51
    # the smoothest: the smallest mean jump from epoch to epoch after 3
    wobble = {name: np.mean(np.abs(np.diff(costs[3:])))
              for name, costs in val.items()}
    assert min(wobble, key=wobble.get) == "adam"
