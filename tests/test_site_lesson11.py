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


# -- the experiments that train (sections 1, 5, 6, 7 and 8) -------------------

TRAINED_FIGURES = [lesson11.plot_learning_curves, lesson11.plot_remedies,
                   lesson11.plot_search]


def _draw(func, scheme="light"):
    """Draw ``func`` under the hook's style; return (fig, result, svg)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with matplotlib.rc_context(STYLES[scheme]):
            fig = Figure()
            result = func(fig)
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None})
    return fig, result, buffer.getvalue()


def _fit(per_digit, hidden, **options):
    """fit_nn written out here: the first per_digit training images of
    each digit of load_digits(validation_size=0.2), its validation set."""
    from snippets.fitting import fit_nn
    from snippets.multiclass import one_hot

    data = load_digits(validation_size=0.2)
    rows = np.sort(np.concatenate(
        [np.flatnonzero(data.y_train == k)[:per_digit] for k in range(10)]))
    return fit_nn(data.X_train[rows].T, one_hot(data.y_train[rows], 10),
                  hidden, X_val=data.X_val.T,
                  Y_val=one_hot(data.y_val, 10), **options)


def test_subset_is_the_first_images_of_each_digit():
    """10 per digit, in training order, one-hot labels, read-only."""
    data = load_digits(validation_size=0.2)
    X, Y = lesson11.subset(10)
    assert X.shape == (64, 100) and Y.shape == (10, 100)
    labels = np.argmax(Y, axis=0)
    assert np.bincount(labels).tolist() == [10] * 10
    for k in range(10):
        rows = np.flatnonzero(data.y_train == k)[:10]
        np.testing.assert_array_equal(X[:, labels == k], data.X_train[rows].T)
    assert not X.flags.writeable and not Y.flags.writeable


def test_overfit_run_is_fit_nn_as_the_page_says():
    """train() is the page's call: 256 units, Adam 0.01, 150 epochs,
    no early stopping; same history as a fresh run."""
    _, history = _fit(10, (256,), optimizer="adam", learning_rate=0.01,
                      mini_batch_size=64, num_epochs=150, patience=150,
                      seed=0)
    run = lesson11.train()
    assert run["history"] == history
    assert run["final_val_cost"] == history["val_cost"][-1]
    assert run["best_val_cost"] == min(history["val_cost"])
    assert lesson11.train() is run


def test_overfitting_claims_hold():
    """Section 1, its alt text and doctest: the training cost falls from
    about 1.6 to below 0.001 and ends at 0.0004; the validation cost is
    lowest (about 0.37) near epoch 12 and ends higher (about 0.43)."""
    history = lesson11.train()["history"]
    train, val = history["train_cost"], history["val_cost"]
    assert train[0] == pytest.approx(1.6, abs=0.1)
    assert train[-1] < 1e-3 and f"{train[-1]:.4f}" == "0.0004"
    assert np.all(np.diff(train[:20]) < 0)
    best = history["best_epoch"]
    assert best == 12 and val[best] == pytest.approx(0.37, abs=0.01)
    assert val[-1] == pytest.approx(0.43, abs=0.01)
    assert val[-1] - val[best] > 0.03
    text = lesson11.overfit_paragraph()
    assert f"training cost is {train[-1]:.4f}" in text
    assert f"lowest, {val[best]:.3f}, at epoch {best}" in text
    page = PAGE.read_text(encoding="utf-8")
    assert f"{train[-1]:.4f} {val[-1]:.3f}" in page


def test_remedies_are_chosen_on_validation():
    """L2's lambd and dropout's keep_prob are the candidates with the
    lowest final validation cost; every run is train() with its knob."""
    found = lesson11.remedies()
    l2 = {lambd: lesson11.train(lambd=lambd)["final_val_cost"]
          for lambd in lesson11.LAMBDS}
    keep = {p: lesson11.train(keep_prob=p)["final_val_cost"]
            for p in lesson11.DROPOUT_KEEP_PROBS}
    assert found["L2"][0] is lesson11.train(lambd=min(l2, key=l2.get))
    assert found["dropout"][0] is lesson11.train(
        keep_prob=min(keep, key=keep.get))
    assert found["none"][0] is lesson11.train()
    assert found["more data"][0] is lesson11.train(per_digit=30)
    early = found["early stopping"][0]["history"]
    assert len(early["val_cost"]) == early["best_epoch"] + 1 + 10


def test_one_remedy_equals_a_fresh_run():
    """The L2 run, written out here, gives the same history and the
    weights whose squared norm the table shows."""
    run, setting = lesson11.remedies()["L2"]
    lambd = float(setting.split("= ")[1])
    parameters, history = _fit(
        10, (256,), optimizer="adam", learning_rate=0.01,
        mini_batch_size=64, num_epochs=150, patience=150, seed=0,
        lambd=lambd)
    assert history == run["history"]
    norm = sum(np.sum(parameters[f"W{layer}"] ** 2)
               for layer in (1, 2))
    assert run["weight_norm"] == pytest.approx(norm)


def test_remedies_table_quotes_the_runs():
    """Each row: the remedy's ending training and validation costs (of
    the epoch it returns), its lowest validation cost and the epoch, and
    the squared weight norm; five short columns."""
    lines = lesson11.remedies_table().strip().splitlines()
    found = lesson11.remedies()
    assert len(lines) == 2 + len(found)
    for line, (name, (run, setting)) in zip(lines[2:], found.items()):
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        assert cells[0] == f"{name}, {setting}"
        history = run["history"]
        epoch = (history["best_epoch"] if name == "early stopping"
                 else len(history["val_cost"]) - 1)
        end = (run["best_val_cost"] if name == "early stopping"
               else run["final_val_cost"])
        assert end == history["val_cost"][epoch]
        assert cells[1] == f"{history['train_cost'][epoch]:.4f}"
        assert cells[2] == f"{end:.3f}"
        assert cells[3] == (f"{run['best_val_cost']:.3f} "
                            f"({history['best_epoch']})")
        assert cells[4] == f"{run['weight_norm']:.0f}"
        assert line.count("|") == 6


def test_remedies_table_shows_the_gap():
    """Without a remedy the training cost ends far below the validation
    cost (section 1's gap); every remedy ends with a smaller gap."""
    found = lesson11.remedies()
    rows = lesson11.remedies_table().strip().splitlines()[2:]
    gaps = {}
    for line, name in zip(rows, found):
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        gaps[name] = float(cells[2]) - float(cells[1])
    assert gaps["none"] > 0.4
    assert all(gaps[name] < gaps["none"] for name in gaps if name != "none")


def test_remedies_claims_hold():
    """The alt text and paragraph: every remedy ends below none; L2 near
    0.35 and dropout near 0.33; more data lowest, below 0.2; L2's
    weights smaller; early stopping stops at none's dip."""
    found = lesson11.remedies()
    end = {name: (run["best_val_cost"] if name == "early stopping"
                  else run["final_val_cost"])
           for name, (run, _) in found.items()}
    assert all(end[name] < end["none"] for name in end if name != "none")
    assert end["L2"] == pytest.approx(0.35, abs=0.01)
    assert end["dropout"] == pytest.approx(0.33, abs=0.01)
    assert end["more data"] < 0.2
    assert end["more data"] == min(end.values())
    assert found["L2"][0]["weight_norm"] < found["none"][0]["weight_norm"]
    early = found["early stopping"][0]
    assert early["best_val_cost"] == found["none"][0]["best_val_cost"]
    text = lesson11.remedies_paragraph()
    assert "every remedy lowers it" in text and "beats them all" in text
    tools = ("early stopping", "L2", "dropout")
    assert f"**{min(tools, key=end.get)}**" in text


def test_decay_sentence_quotes_the_two_runs():
    """decay_rate 0.05 against none: both numbers, and the claim that it
    ends lower holds."""
    plain = lesson11.train()
    decayed = lesson11.train(decay_rate=lesson11.DECAY_RATE)
    text = lesson11.decay_sentence()
    assert (f"from {plain['final_val_cost']:.3f} to "
            f"{decayed['final_val_cost']:.3f}") in text
    assert decayed["final_val_cost"] < plain["final_val_cost"]
    assert "overfit more slowly" in text
    assert f"is {1 / (1 + 0.05 * 149):.2f} of" in text


def test_search_draws_and_trains_as_documented():
    """6 draws per optimizer from default_rng(index), rates and lambd in
    their ranges; one trial refit here gives the same history."""
    trials = lesson11.search()
    assert len(trials) == 24
    for index, name in enumerate(lesson11.OPTIMIZERS):
        rng = np.random.default_rng(index)
        mine = [t for t in trials if t["optimizer"] == name]
        low, high = lesson11.RATE_RANGES[name]
        for trial in mine:
            assert trial["learning_rate"] == 10 ** rng.uniform(low, high)
            assert trial["lambd"] == 10 ** rng.uniform(-3, 1)
    trial = trials[3 * 6 + 3]                  # an Adam trial
    _, history = _fit(30, (64, 32), optimizer=trial["optimizer"],
                      learning_rate=trial["learning_rate"],
                      lambd=trial["lambd"], num_epochs=60, patience=10,
                      seed=0)
    assert history == trial["history"]
    assert trial["val_cost"] == min(history["val_cost"])


def test_search_table_and_paragraph_quote_the_best_trials():
    """One row per optimizer, its best trial; the winner is the lowest
    of all and bold; the paragraph's range is all trials'."""
    best = lesson11.best_trials()
    trials = lesson11.search()
    for name, trial in best.items():
        assert trial["val_cost"] == min(
            t["val_cost"] for t in trials if t["optimizer"] == name)
    top = lesson11.winner()
    assert top["val_cost"] == min(t["val_cost"] for t in trials)
    lines = lesson11.search_table().strip().splitlines()
    assert len(lines) == 2 + 4
    bold = [line for line in lines if "**" in line]
    assert len(bold) == 1
    assert lesson11.OPTIMIZER_NAMES[top["optimizer"]] in bold[0]
    assert f"**{top['val_cost']:.3f}**" in bold[0]
    text = lesson11.search_paragraph()
    costs = [t["val_cost"] for t in trials]
    assert f"from {min(costs):.3f} to {max(costs):.3f}" in text
    # "the learning rate matters far more than which optimizer": the
    # best of each optimizer lie within a tenth of the whole range
    spread = max(t["val_cost"] for t in best.values()) - top["val_cost"]
    assert spread < 0.1 * (max(costs) - min(costs))


def test_search_alt_text_claims_hold():
    """Costs above 1 at the smallest rates of gd, momentum and Adam, at
    the largest of RMSprop; best rates of RMSprop and Adam between
    10^-3.5 and 10^-2, of gd and momentum near 0.2; the winner is
    Adam's, near 0.14."""
    trials = lesson11.search()
    for name in lesson11.OPTIMIZERS:
        mine = sorted((t for t in trials if t["optimizer"] == name),
                      key=lambda t: t["learning_rate"])
        edge = mine[-1] if name == "rmsprop" else mine[0]
        assert edge["val_cost"] > 1
        assert min(t["val_cost"] for t in mine) < 0.21
    best = lesson11.best_trials()
    for name in ("rmsprop", "adam"):
        assert 10**-3.5 < best[name]["learning_rate"] < 1e-2
    for name in ("gd", "momentum"):
        assert best[name]["learning_rate"] == pytest.approx(0.2, abs=0.03)
    top = lesson11.winner()
    assert top["optimizer"] == "adam"
    assert top["val_cost"] == pytest.approx(0.14, abs=0.01)


def test_test_paragraph_reports_the_winner_once():
    """Section 8: the winner's test accuracy, count, standard error and
    cost, recomputed here; Lessons 9 and 10's accuracies quoted."""
    from snippets._site import lesson9, lesson10
    from snippets.multiclass import compute_cost_softmax, one_hot

    data = load_digits(validation_size=0.2)
    top = lesson11.winner()
    AL, _ = forward_propagation_deep(data.X_test.T, top["parameters"],
                                     output="softmax")
    accuracy = np.mean(np.argmax(AL, axis=0) == data.y_test)
    text = lesson11.once_paragraph()
    assert f"{round(accuracy * 359)} right" in text
    assert f"accuracy of {100 * accuracy:.1f} %" in text
    error = np.sqrt(accuracy * (1 - accuracy) / 359)
    assert f"standard error {100 * error:.1f} points" in text
    cost = compute_cost_softmax(AL, one_hot(data.y_test, 10))
    assert f"test cost of {cost:.3f}" in text
    l9 = lesson9.network_run()["test_accuracy"]
    l10 = lesson10.depth_runs()[lesson10.chosen_depth()]["test_accuracy"]
    assert f"{100 * l9:.1f} %" in text and f"{100 * l10:.1f} %" in text
    # the page: "The gap to Lessons 9 and 10"
    assert accuracy < min(l9, l10)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("func", TRAINED_FIGURES, ids=lambda f: f.__name__)
def test_trained_figures_are_phone_sized_and_legible(func, scheme):
    """No warning, None returned, at most 4.4 inches wide, text of 10
    points or more inside the figure, in the scheme's colour."""
    fig, result, svg = _draw(func, scheme)
    assert result is None and len(svg.encode()) < 100_000
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


def test_trained_figures_plot_the_runs():
    """The learning curves are train()'s; the remedy lines are the
    remedies' validation costs; the search points are every trial."""
    fig, _, _ = _draw(lesson11.plot_learning_curves)
    lines = fig.axes[0].get_lines()
    history = lesson11.train()["history"]
    np.testing.assert_array_equal(lines[0].get_ydata(),
                                  history["train_cost"])
    np.testing.assert_array_equal(lines[1].get_ydata(), history["val_cost"])
    assert lines[2].get_xdata()[0] == history["best_epoch"]
    fig, _, _ = _draw(lesson11.plot_remedies)
    found = lesson11.remedies()
    for line in fig.axes[0].get_lines()[:4]:
        np.testing.assert_array_equal(
            line.get_ydata(),
            found[line.get_label()][0]["history"]["val_cost"])
    fig, _, _ = _draw(lesson11.plot_search)
    points = sorted(
        (float(x), float(y)) for line in fig.axes[0].get_lines()[:4]
        for x, y in zip(line.get_xdata(), line.get_ydata()))
    assert points == sorted((t["learning_rate"], t["val_cost"])
                            for t in lesson11.search())


def test_trained_figures_are_deterministic():
    """Two renderings are byte-identical: the build never churns."""
    for func in TRAINED_FIGURES:
        assert _draw(func)[2] == _draw(func)[2]


def test_page_quotes_the_settings_the_runs_use():
    """The settings the prose states are the module's constants."""
    page = " ".join(PAGE.read_text(encoding="utf-8").split())
    assert lesson11.LAMBDS == (0.01, 0.1, 1.0)
    assert "λ from 0.01, 0.1 and 1" in page
    assert lesson11.DROPOUT_KEEP_PROBS == (0.8, 0.5)
    assert "`keep_prob` from 0.8 and 0.5" in page
    assert lesson11.OVERFIT == {"optimizer": "adam", "learning_rate": 0.01,
                                "mini_batch_size": 64, "num_epochs": 150,
                                "seed": 0}
    assert lesson11.WIDE == (256,) and lesson11.SMALL_PER_DIGIT == 10
    assert "one hidden layer of 256 ReLU units" in page
    assert (lesson11.SEARCH_DRAWS, lesson11.SEARCH_EPOCHS,
            lesson11.SEARCH_PATIENCE, lesson11.MORE_PER_DIGIT) == (
                6, 60, 10, 30)
    assert "6 random pairs" in page and "at most 60 epochs" in page
    assert "(patience 10) on 300 training images" in page
    assert lesson11.RATE_RANGES == {"gd": (-4, 0), "momentum": (-4, 0),
                                    "rmsprop": (-4, -1), "adam": (-4, -1)}
    assert lesson11.LAMBD_RANGE == (-3, 1)
