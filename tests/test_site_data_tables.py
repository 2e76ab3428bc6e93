"""Tests for snippets._site.data_tables: the data page's tables, figure."""

import numpy as np
import pytest

from snippets._site.data_tables import (
    plot_survival,
    survival_counts,
    titanic_head_table,
    titanic_split_table,
    titanic_survival_table,
)
from snippets.data import load_titanic_frame


@pytest.fixture(scope="module")
def frame():
    """The raw table, read with pandas."""
    return load_titanic_frame()


@pytest.mark.parametrize("n_rows", [1, 5, 12])
def test_head_table_rows(frame, n_rows):
    """The head table has a header, a rule and n_rows passengers."""
    lines = titanic_head_table(n_rows=n_rows).splitlines()
    assert len(lines) == n_rows + 2
    names = [line.split(" | ")[0].removeprefix("| ") for line in lines[2:]]
    assert names == list(frame["name"][:n_rows])


def test_survival_counts_match_pandas(frame):
    """Counts by sex and class agree with a pandas group-by."""
    survived, total = survival_counts()
    grouped = frame.groupby(["sex", "pclass"])["survived"]
    assert survived.tolist() == grouped.sum().unstack().to_numpy().tolist()
    assert total.tolist() == grouped.size().unstack().to_numpy().tolist()


def test_survival_table_totals():
    """The survival table ends with all 500 of 1309 passengers."""
    last = titanic_survival_table().splitlines()[-1]
    assert last.endswith("| 500 / 1309 (38%) |")


def test_split_table_follows_arguments():
    """The split table reports the shapes load_titanic returns."""
    table = titanic_split_table(test_size=0.5, seed=1)
    assert "| training | (654, 8) | (654,) |" in table
    assert "| test | (655, 8) | (655,) |" in table


def test_plot_survival_bars_and_style_colours():
    """Six bars show the rates; text takes its colour from the style."""
    import matplotlib
    from matplotlib.figure import Figure

    survived, total = survival_counts()
    with matplotlib.rc_context({"text.color": "#123456"}):
        fig = Figure()
        plot_survival(fig)
    ax = fig.axes[0]
    heights = [patch.get_height() for patch in ax.patches]
    np.testing.assert_allclose(
        heights, (100 * survived / total).ravel(), rtol=1e-12)
    labels = [t for t in ax.texts if t.get_text().endswith("n=144")]
    assert len(labels) == 1
    assert matplotlib.colors.same_color(labels[0].get_color(), "#123456")
