"""Figures drawn at build time by the site's hook.

Each function draws on a matplotlib ``Figure`` it is given and returns
None; the hook calls it once under a light and once under a dark style,
so nothing here picks text colours. The functions only call methods of
the figure they receive, so this module never imports matplotlib and
``import snippets`` needs NumPy only.
"""

# --8<-- [start:imports]
import numpy as np

from snippets.activations import relu, sigmoid, tanh

# --8<-- [end:imports]


# --8<-- [start:plot_activations]
def plot_activations(fig):
    """Draw sigmoid, ReLU and tanh one above the other on ``fig``.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure, resized to 4.4 x 6 inches (narrow enough that
        its text stays legible on a phone); three axes are added to it,
        one per function, all over the same inputs ``z`` from -5 to 5.

    Returns
    -------
    None

    Notes
    -----
    One panel per function rather than one shared plot: ReLU grows
    without bound, and on a shared y-axis it would squash the two
    S-curves into thin bands. Dotted lines mark the levels the S-curves
    approach but never reach (1 for sigmoid, -1 and 1 for tanh; the
    axis itself is sigmoid's lower level 0). Colours come from the
    active style, so the same code draws the light and the dark version
    of the figure.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.figures import plot_activations
    >>> fig = Figure()
    >>> plot_activations(fig)
    >>> [ax.get_title() for ax in fig.axes]
    ['sigmoid', 'ReLU', 'tanh']
    >>> fig.get_size_inches()
    array([4.4, 6. ])
    """
    z = np.linspace(-5.0, 5.0, 401)
    fig.set_size_inches(4.4, 6.0)
    curves = [
        # title, function, y-limits, saturation levels (besides a = 0)
        ("sigmoid", sigmoid, (-0.1, 1.1), (1.0,)),
        ("ReLU", relu, (-0.5, 5.5), ()),
        ("tanh", tanh, (-1.2, 1.2), (-1.0, 1.0)),
    ]
    axes = fig.subplots(len(curves), 1, sharex=True)
    for i, (ax, (name, func, ylim, levels)) in enumerate(zip(axes, curves)):
        # the axes lines at z = 0 and a = 0 anchor where each curve sits
        ax.axhline(0.0, linewidth=0.8, color="0.5", zorder=1)
        ax.axvline(0.0, linewidth=0.8, color="0.5", zorder=1)
        for level in levels:
            ax.axhline(level, linestyle=":", linewidth=1.0, color="0.5",
                       zorder=1)
        # C0, C1, C2: the style's own colour cycle, readable in both themes
        ax.plot(z, func(z), color=f"C{i}", linewidth=2.2, label=name,
                zorder=2)
        ax.set_title(name)
        ax.set_xlim(z[0], z[-1])
        ax.set_ylim(*ylim)
        ax.set_ylabel("$a = g(z)$")
    axes[-1].set_xlabel("$z$")
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_activations]
