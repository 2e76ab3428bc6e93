"""The data page's tables and figure, generated when the site builds.

Markdown tables of the raw titanic3 rows, of survival by sex and class
and of the train/test split, and the survival bar chart. They build
pages, not networks, so they live here rather than in ``snippets.data``.
"""

# --8<-- [start:imports]
import numpy as np

from snippets.data import _read_titanic_csv, load_titanic

# --8<-- [end:imports]


def _markdown_table(header, rows):
    """Format a header and rows of cells as a Markdown table."""
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        cells = (str(cell).replace("|", "\\|") for cell in row)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


# --8<-- [start:titanic_head_table]
def titanic_head_table(*, n_rows=5):
    """Return the first rows of the raw table as a Markdown table.

    Shows a few readable columns, values exactly as stored ("?" marks
    a missing value).

    Parameters
    ----------
    n_rows : int, default 5
        How many passengers to show.

    Returns
    -------
    str
        A Markdown table, one passenger per row.

    Examples
    --------
    >>> from snippets._site.data_tables import titanic_head_table
    >>> lines = titanic_head_table(n_rows=2).splitlines()
    >>> len(lines)                  # header, rule and two passengers
    4
    >>> lines[0].split(" | ")[:5]
    ['| name', 'pclass', 'sex', 'age', 'sibsp']
    >>> lines[2].split(" | ")[:5]
    ['| Allen, Miss. Elisabeth Walton', '1', 'female', '29', '0']
    """
    columns = ("name", "pclass", "sex", "age", "sibsp", "parch", "fare",
               "embarked", "boat", "survived")
    raw = _read_titanic_csv()
    rows = zip(*(raw[name][:n_rows] for name in columns))
    return _markdown_table(columns, rows)
# --8<-- [end:titanic_head_table]


# --8<-- [start:survival_counts]
def survival_counts():
    """Count passengers and survivors by sex and passenger class.

    Returns
    -------
    survived, total : ndarray of shape (2, 3)
        Rows are female, male; columns 1st, 2nd, 3rd class.

    Examples
    --------
    >>> from snippets._site.data_tables import survival_counts
    >>> survived, total = survival_counts()
    >>> survived
    array([[139,  94, 106],
           [ 61,  25,  75]])
    >>> total
    array([[144, 106, 216],
           [179, 171, 493]])
    """
    raw = _read_titanic_csv()
    sex = np.array(raw["sex"])
    pclass = np.array(raw["pclass"], dtype=np.int64)
    y = np.array(raw["survived"], dtype=np.int64)
    survived = np.zeros((2, 3), dtype=np.int64)
    total = np.zeros((2, 3), dtype=np.int64)
    for i, name in enumerate(("female", "male")):
        for j, level in enumerate((1, 2, 3)):
            group = (sex == name) & (pclass == level)
            survived[i, j] = y[group].sum()
            total[i, j] = group.sum()
    return survived, total
# --8<-- [end:survival_counts]


# --8<-- [start:titanic_survival_table]
def titanic_survival_table():
    """Return survival by sex and class as a Markdown table.

    Returns
    -------
    str
        One row per sex plus a total row; each cell reads
        "survivors / passengers (rate)".

    Examples
    --------
    >>> from snippets._site.data_tables import titanic_survival_table
    >>> lines = titanic_survival_table().splitlines()
    >>> print(lines[0])
    |  | 1st class | 2nd class | 3rd class | all classes |
    >>> lines[2].split(" | ")[:3]       # women in 1st and 2nd class
    ['| female', '139 / 144 (97%)', '94 / 106 (89%)']
    >>> lines[-1].split(" | ")[-1]      # everyone
    '500 / 1309 (38%) |'
    """
    survived, total = survival_counts()
    # append a total column, then a total row
    survived = np.column_stack([survived, survived.sum(axis=1)])
    total = np.column_stack([total, total.sum(axis=1)])
    survived = np.vstack([survived, survived.sum(axis=0)])
    total = np.vstack([total, total.sum(axis=0)])
    header = ("", "1st class", "2nd class", "3rd class", "all classes")
    rows = [
        [label] + [f"{s} / {t} ({s / t:.0%})" for s, t in zip(srow, trow)]
        for label, srow, trow in zip(("female", "male", "all"),
                                     survived, total)
    ]
    return _markdown_table(header, rows)
# --8<-- [end:titanic_survival_table]


# --8<-- [start:titanic_split_table]
def titanic_split_table(*, test_size=0.2, seed=42):
    """Return the sizes and survival rates of the split as Markdown.

    Parameters
    ----------
    test_size, seed
        Passed to :func:`load_titanic`.

    Returns
    -------
    str
        A Markdown table with a row for the training set, the test set
        and all passengers: the array shapes, survivors and the rate.

    Examples
    --------
    >>> from snippets._site.data_tables import titanic_split_table
    >>> print(titanic_split_table())
    | part | X shape | y shape | survivors | survival rate |
    |---|---|---|---|---|
    | training | (1047, 8) | (1047,) | 400 | 38.2% |
    | test | (262, 8) | (262,) | 100 | 38.2% |
    | all | (1309, 8) | (1309,) | 500 | 38.2% |
    <BLANKLINE>
    """
    data = load_titanic(test_size=test_size, seed=seed)
    X_all = np.vstack([data.X_train, data.X_test])
    y_all = np.concatenate([data.y_train, data.y_test])
    parts = (("training", data.X_train, data.y_train),
             ("test", data.X_test, data.y_test),
             ("all", X_all, y_all))
    header = ("part", "X shape", "y shape", "survivors", "survival rate")
    rows = [(name, X.shape, y.shape, int(y.sum()), f"{y.mean():.1%}")
            for name, X, y in parts]
    return _markdown_table(header, rows)
# --8<-- [end:titanic_split_table]


# --8<-- [start:plot_survival]
def plot_survival(fig):
    """Draw the survival rate by sex and passenger class on ``fig``.

    One bar per sex within each class, labelled with its rate and
    group size. Text and axes take their colours from the active
    matplotlib style, so the figure reads on light and dark pages.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure to draw on.

    Returns
    -------
    None

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.data_tables import plot_survival
    >>> fig = Figure()
    >>> plot_survival(fig)
    >>> [text.get_text() for text in fig.axes[0].get_legend().texts]
    ['female', 'male']
    """
    survived, total = survival_counts()
    rate = 100 * survived / total
    # narrow enough that its text stays legible on a phone
    fig.set_size_inches(4.4, 3.6)
    ax = fig.add_subplot()
    centres = np.arange(3)
    width = 0.38
    # mid-tone blue and vermilion: each has at least 3.8:1 contrast
    # against both a white and a dark slate page
    colours = ("#3A86D4", "#D55E00")
    for i, (sex, colour) in enumerate(zip(("female", "male"), colours)):
        bars = ax.bar(centres + (i - 0.5) * width, rate[i], width,
                      label=sex, color=colour)
        ax.bar_label(bars, padding=2, labels=[
            f"{r:.0f}%\nn={n}" for r, n in zip(rate[i], total[i])])
    ax.set_xticks(centres, ["1st class", "2nd class", "3rd class"])
    ax.set_ylim(0, 115)
    ax.set_yticks(range(0, 101, 20))
    ax.set_ylabel("survived (%)")
    ax.set_title("Survival by sex and class\n(1309 passengers)")
    ax.legend(loc="upper right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
# --8<-- [end:plot_survival]
