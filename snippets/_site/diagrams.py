"""Diagrams of the course's models, drawn when the site builds.

A single neuron, the course's 8 -> 4 -> 1 network, the decision
boundaries of logistic regression and of the network on two moons, and
gradient descent on a two-dimensional cost surface. Each function draws
on the matplotlib ``Figure`` it is given and returns None; the hook
(docs/overrides/hooks/generated.py) calls it under a light and a dark
style, so text and lines take the style's colours (``rcParams``) and the
few accent colours read on both backgrounds. Matplotlib is never
imported when the module is: the patches a diagram needs are imported
inside the function that draws it.

The figures are sized for a phone: at most 4.4 inches wide with text of
at least 10 points, they shrink to a 360-pixel column with their text
still at about 11 pixels.
"""

# --8<-- [start:imports]
import numpy as np

from snippets._site.moons import (
    HIDDEN_ACTIVATION,
    N_H,
    logistic_regression_on_moons,
    moons_data,
    moons_probabilities,
    network_on_moons,
)

# --8<-- [end:imports]

WIDTH = 4.4
FONT = 11
SMALL_FONT = 10
# Material indigo 400, orange 800 and teal 600: readable on white and on
# Material's dark slate background alike
INDIGO = "#5c6bc0"
ORANGE = "#ef6c00"
TEAL = "#00897b"

# the course's network (Lessons 6 and 7): 8 inputs, 4 ReLU units, 1 output
LAYER_SIZES = (8, 4, 1)

# Lesson 7's cost surface: J(w) = (w_1**2 + 5 w_2**2) / 2, an elongated
# bowl, five times steeper across than along; its gradient is
# (w_1, 5 w_2) and gradient descent is stable for learning rates < 0.4
CURVATURE = np.array([1.0, 5.0])
START = np.array([-2.6, 1.0])
DESCENT_STEPS = 10
# learning rate, colour, legend label, zorder (the good path on top)
DESCENT_RATES = (
    (0.02, TEAL, "too small", 2.2),
    (0.25, INDIGO, "good", 2.1),
    (0.41, ORANGE, "too large", 2.0),
)


# --8<-- [start:_canvas]
def _canvas(fig, width, height):
    """One axes filling ``fig``, sized in inches, with inch coordinates.

    Everything is placed in inches from the bottom-left corner, so sizes
    on paper (a radius of 0.15, text of 11 points) are easy to reason
    about.
    """
    fig.set_size_inches(width, height)
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_xlim(0.0, width)
    ax.set_ylim(0.0, height)
    ax.set_aspect("equal")
    ax.set_axis_off()
    return ax
# --8<-- [end:_canvas]


# --8<-- [start:_arrow]
def _arrow(ax, start, end, color, *, linewidth=1.2):
    """Draw an arrow from ``start`` to ``end`` (points in inches)."""
    ax.annotate(
        "", xy=end, xytext=start,
        arrowprops={"arrowstyle": "-|>", "color": color,
                    "linewidth": linewidth, "shrinkA": 0, "shrinkB": 0,
                    "mutation_scale": 11},
    )
# --8<-- [end:_arrow]


# --8<-- [start:_towards]
def _towards(start, end, distance):
    """The point ``distance`` inches from ``start`` in the direction of end."""
    start, end = np.asarray(start, float), np.asarray(end, float)
    direction = (end - start) / np.linalg.norm(end - start)
    return tuple(start + distance * direction)
# --8<-- [end:_towards]


# --8<-- [start:draw_neuron]
def draw_neuron(fig):
    """Draw one neuron: three inputs, their weights, z and a = g(z).

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure, resized to 4.4 x 2.3 inches.

    Returns
    -------
    None

    Notes
    -----
    Inputs ``x_1 .. x_3`` (circles) feed a neuron (the rounded box) along
    arrows labelled with their weights ``w_1 .. w_3``; the bias ``b``
    comes in from above. Inside, the neuron computes the weighted sum
    ``z = wx + b``, then the activation ``a = g(z)``, its output.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.diagrams import draw_neuron
    >>> fig = Figure()
    >>> draw_neuron(fig)
    >>> fig.get_size_inches()
    array([4.4, 2.3])
    """
    from matplotlib.patches import FancyBboxPatch

    fg = _foreground()
    ax = _canvas(fig, WIDTH, 2.3)
    radius = 0.2
    inputs = np.array([[0.3, 1.9], [0.3, 1.1], [0.3, 0.3]])
    # the neuron: a rounded box from x = 1.75 to 3.35, y = 0.6 to 1.6
    left, bottom, box_width, box_height = 1.75, 0.6, 1.6, 1.0
    middle, level = left + box_width / 2, bottom + box_height / 2
    for face, edge in ((_tint(INDIGO, 0.25), "none"), ("none", INDIGO)):
        ax.add_patch(FancyBboxPatch(
            (left, bottom), box_width, box_height,
            boxstyle="round,pad=0,rounding_size=0.18", facecolor=face,
            edgecolor=edge, linewidth=1.6))
    ax.plot([left + 0.1, left + box_width - 0.1], [level, level],
            color=INDIGO, linewidth=1.0)
    ax.text(middle, level + 0.25, "$z = wx + b$", fontsize=FONT,
            ha="center", va="center")
    ax.text(middle, level - 0.25, "$a = g(z)$", fontsize=FONT,
            ha="center", va="center")
    _nodes(ax, inputs, radius, facecolor="none", edgecolor=fg)
    # each arrow ends at its own point of the box's left side
    for i, (centre, end_y) in enumerate(
            zip(inputs, (level + 0.25, level, level - 0.25)), start=1):
        ax.text(*centre, f"$x_{i}$", fontsize=FONT, ha="center",
                va="center")
        end = (left, end_y)
        _arrow(ax, _towards(centre, end, radius), end, fg)
        # the weight sits above its arrow, near the input
        x, y = _towards(centre, end, 0.6)
        ax.text(x, y + 0.1, f"$w_{i}$", fontsize=FONT, ha="center",
                va="bottom")
    # the bias comes in from above, the output leaves to the right
    ax.text(middle, 2.12, "$b$", fontsize=FONT, ha="center", va="center")
    _arrow(ax, (middle, 1.98), (middle, bottom + box_height), fg)
    _arrow(ax, (left + box_width, level), (left + box_width + 0.6, level),
           fg)
    ax.text(left + box_width + 0.7, level, "$a$", fontsize=FONT,
            ha="left", va="center")
# --8<-- [end:draw_neuron]


# --8<-- [start:_foreground]
def _foreground():
    """The active style's text colour, for lines drawn like text."""
    import matplotlib

    return matplotlib.rcParams["text.color"]
# --8<-- [end:_foreground]


# --8<-- [start:_nodes]
def _nodes(ax, centres, radius, **colours):
    """Draw circles of ``radius`` inches at ``centres`` (k, 2), as markers.

    One marker drawn k times is much smaller in SVG than k circles.
    """
    inch = 72.0  # points per inch: marker sizes are in points
    ax.plot(centres[:, 0], centres[:, 1], "o", linestyle="none",
            markersize=2 * radius * inch, markeredgewidth=1.2,
            markerfacecolor=colours["facecolor"],
            markeredgecolor=colours["edgecolor"], zorder=2)
# --8<-- [end:_nodes]


# --8<-- [start:draw_network]
def draw_network(fig):
    """Draw the course's network: 8 inputs, 4 ReLU units, 1 sigmoid output.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure, resized to 4.4 x 4.0 inches.

    Returns
    -------
    None

    Notes
    -----
    Every input feeds every hidden unit and every hidden unit feeds the
    output (thin lines: both layers are fully connected). Each layer is
    named over its column with its size; under the connections between
    two layers sit the parameters they carry, with their shapes:
    ``W1 (4, 8)``, ``b1 (4, 1)``, ``W2 (1, 4)``, ``b2 (1, 1)``. Small
    curves inside the units sketch their activations, ReLU and sigmoid.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.diagrams import draw_network
    >>> fig = Figure()
    >>> draw_network(fig)
    >>> sorted(t.get_text() for t in fig.axes[0].texts
    ...        if t.get_text().startswith(("W", "b")))
    ['W1 (4, 8)', 'W2 (1, 4)', 'b1 (4, 1)', 'b2 (1, 1)']
    """
    fg = _foreground()
    height = 4.0
    ax = _canvas(fig, WIDTH, height)
    columns = (0.55, 2.0, 3.45)
    radius = (0.14, 0.17, 0.17)
    spacing, centre_y = 0.36, 1.95
    nodes = [
        np.array([(x, centre_y + spacing * ((n - 1) / 2 - j))
                  for j in range(n)])
        for x, n in zip(columns, LAYER_SIZES)
    ]
    # all connections of a layer as one line broken by NaNs: small SVG
    for layer in (0, 1):
        segments = [
            (_towards(start, end, radius[layer]),
             _towards(end, start, radius[layer + 1]), (np.nan, np.nan))
            for start in nodes[layer] for end in nodes[layer + 1]
        ]
        x, y = np.array(segments).reshape(-1, 2).T
        ax.plot(x, y, color=fg, linewidth=0.5, alpha=0.6, zorder=1)
    _nodes(ax, nodes[0], radius[0], facecolor="none", edgecolor=fg)
    for i, (x, y) in enumerate(nodes[0], start=1):
        ax.text(x, y, f"$x_{i}$", fontsize=FONT, ha="center",
                va="center", zorder=3)
    activations = {1: (INDIGO, _relu_glyph), 2: (ORANGE, _sigmoid_glyph)}
    for layer, (colour, glyph) in activations.items():
        _nodes(ax, nodes[layer], radius[layer],
               facecolor=_tint(colour, 0.35), edgecolor=colour)
        for x, y in nodes[layer]:
            u, v = glyph(radius[layer] * 0.6)
            ax.plot(x + u, y + v, color=fg, linewidth=1.2, zorder=3)
    # the output arrow and y hat
    x_out, y_out = nodes[2][0]
    _arrow(ax, (x_out + radius[2], y_out), (x_out + 0.55, y_out), fg)
    ax.text(x_out + 0.62, y_out, "$\\hat{y}$", fontsize=FONT,
            ha="left", va="center")
    names = ("input\n$n_x = 8$", "hidden\n$n_h = 4$, ReLU",
             "output\n$n_y = 1$\nsigmoid")
    for x, name in zip(columns, names):
        ax.text(x, height - 0.06, name, fontsize=FONT, ha="center",
                va="top", linespacing=1.3)
    shapes = (("W1 (4, 8)", "b1 (4, 1)"), ("W2 (1, 4)", "b2 (1, 1)"))
    for layer, lines in enumerate(shapes):
        x = (columns[layer] + columns[layer + 1]) / 2
        # one Text per line, so each label can be found by its string
        for k, line in enumerate(lines):
            ax.text(x, 0.36 - 0.24 * k, line, fontsize=SMALL_FONT,
                    ha="center", va="center")
# --8<-- [end:draw_network]


# --8<-- [start:_relu_glyph]
def _relu_glyph(size):
    """Points of a tiny ReLU curve of half-width ``size`` (for a unit)."""
    u = np.array([-1.0, 0.0, 1.0]) * size
    return u, np.maximum(u, 0.0) - size / 2
# --8<-- [end:_relu_glyph]


# --8<-- [start:_sigmoid_glyph]
def _sigmoid_glyph(size):
    """Points of a tiny sigmoid curve of half-width ``size``."""
    u = np.linspace(-1.0, 1.0, 21)
    return u * size, (1.0 / (1.0 + np.exp(-5.0 * u)) - 0.5) * size
# --8<-- [end:_sigmoid_glyph]


# --8<-- [start:plot_decision_boundaries]
def plot_decision_boundaries(fig):
    """Draw the decision regions of the two models on the two moons.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure, resized to 4.4 x 5.2 inches; two stacked axes
        are added, logistic regression above and the one-hidden-layer
        network below, each titled with its training accuracy.

    Returns
    -------
    None

    Notes
    -----
    Each panel shades where its model predicts label 1 (orange) or 0
    (indigo), darker where it is surer (probability beyond 0.25 or
    0.75), draws its decision boundary (probability 0.5) and the 120
    training points: circles for label 0, triangles for label 1.
    Logistic regression can only draw a straight line and leaves the
    tips of both moons on the wrong side; the hidden layer bends the
    boundary around them. The shading is embedded as a small image (it
    has no edges to keep sharp); lines, points and text stay vectors.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.diagrams import plot_decision_boundaries
    >>> fig = Figure()
    >>> plot_decision_boundaries(fig)
    >>> [ax.get_title() for ax in fig.axes]
    ['logistic regression: 84 % right', '10 tanh hidden units: 99 % right']
    """
    X, Y = moons_data()
    fig.set_size_inches(WIDTH, 5.2)
    axes = fig.subplots(2, 1, sharex=True)
    # the grid covers the points with a margin of 0.25
    low, high = X.min(axis=1) - 0.25, X.max(axis=1) + 0.25
    x1, x2 = np.meshgrid(np.linspace(low[0], high[0], 161),
                         np.linspace(low[1], high[1], 101))
    grid = np.stack([x1.ravel(), x2.ravel()])             # (2, m_grid)
    panels = (
        ("logistic", "logistic regression",
         logistic_regression_on_moons()["train_accuracy"]),
        ("network", f"{N_H} {HIDDEN_ACTIVATION} hidden units",
         network_on_moons()["train_accuracy"]),
    )
    regions = [_tint(INDIGO, 0.35), _tint(INDIGO, 0.15),
               _tint(ORANGE, 0.15), _tint(ORANGE, 0.35)]
    for ax, (model, name, train_accuracy) in zip(axes, panels):
        A = moons_probabilities(model, grid).reshape(x1.shape)
        shading = ax.contourf(x1, x2, A, levels=[0.0, 0.25, 0.5, 0.75, 1.0],
                              colors=regions)
        shading.set_rasterized(True)
        ax.contour(x1, x2, A, levels=[0.5], colors=_foreground(),
                   linewidths=1.5)
        for label, marker, colour in ((0, "o", INDIGO), (1, "^", ORANGE)):
            shown = Y[0] == label
            ax.plot(X[0, shown], X[1, shown], marker, color=colour,
                    markersize=5, markeredgewidth=0, linestyle="none")
        ax.set_title(f"{name}: {100 * train_accuracy:.0f} % right",
                     fontsize=FONT)
        ax.set_ylabel("$x_2$", fontsize=FONT)
        ax.set_aspect("equal")
        ax.set_xticks([])
        ax.set_yticks([])
    axes[-1].set_xlabel("$x_1$", fontsize=FONT)
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_decision_boundaries]


# --8<-- [start:_tint]
def _tint(colour, alpha):
    """``colour`` ("#rrggbb") with opacity ``alpha``, as "#rrggbbaa"."""
    return f"{colour}{round(255 * alpha):02x}"
# --8<-- [end:_tint]


# --8<-- [start:bowl_cost]
def bowl_cost(w):
    """Return Lesson 7's example cost ``J(w) = (w_1**2 + 5 w_2**2) / 2``.

    Parameters
    ----------
    w : array_like of shape (..., 2)
        Points ``(w_1, w_2)`` along the last axis.

    Returns
    -------
    ndarray or float
        ``J`` at every point, shape ``w.shape[:-1]``.

    Examples
    --------
    >>> from snippets._site.diagrams import bowl_cost
    >>> float(bowl_cost([1.0, 1.0]))
    3.0
    """
    return np.asarray(w, float) ** 2 @ CURVATURE / 2
# --8<-- [end:bowl_cost]


# --8<-- [start:descent_path]
def descent_path(learning_rate, *, steps=DESCENT_STEPS, start=START):
    """Return gradient descent's iterates on the bowl, start included.

    Each step is ``w <- w - learning_rate * dJ/dw`` with the gradient
    ``dJ/dw = (w_1, 5 w_2)``.

    Returns
    -------
    ndarray of shape (steps + 1, 2)
        ``w`` before the first step and after each step.

    Examples
    --------
    >>> from snippets._site.diagrams import descent_path
    >>> descent_path(0.25, steps=2).round(4).tolist()
    [[-2.6, 1.0], [-1.95, -0.25], [-1.4625, 0.0625]]
    """
    w = np.asarray(start, float)
    path = [w]
    for _ in range(steps):
        w = w - learning_rate * CURVATURE * w    # the gradient is C * w
        path.append(w)
    return np.array(path)
# --8<-- [end:descent_path]


# --8<-- [start:plot_gradient_descent_path]
def plot_gradient_descent_path(fig):
    """Draw gradient descent on an elongated bowl at three learning rates.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure, resized to 4.4 x 4.4 inches: the contour lines
        of ``J(w_1, w_2)``, a path of 10 steps from the same start for
        each learning rate, the start and the minimum.

    Returns
    -------
    None

    Notes
    -----
    The bowl is five times steeper across (``w_2``) than along
    (``w_1``). Too small a learning rate (0.02) is still far from the
    minimum after 10 steps; a good one (0.25) drops to the valley floor
    and follows it to the minimum; too large a one (0.41) overshoots
    the steep direction at every step, bouncing from one wall to the
    other ever higher, so its cost ends above where it started.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.diagrams import plot_gradient_descent_path
    >>> fig = Figure()
    >>> plot_gradient_descent_path(fig)
    >>> for text in fig.legends[0].get_texts():
    ...     print(text.get_text())
    too small, $\\alpha = 0.02$
    good, $\\alpha = 0.25$
    too large, $\\alpha = 0.41$
    """
    fg = _foreground()
    fig.set_size_inches(WIDTH, 4.4)
    ax = fig.subplots()
    # a coarse grid: the contour lines are smooth ellipses all the same
    w1, w2 = np.meshgrid(np.linspace(-3.0, 1.0, 41),
                         np.linspace(-1.8, 1.8, 37))
    J = bowl_cost(np.stack([w1, w2], axis=-1))
    ax.contour(w1, w2, J, levels=[0.5, 1.25, 2.5, 4.0, 6.0],
               colors="0.5", linewidths=0.8)
    for learning_rate, colour, label, zorder in DESCENT_RATES:
        path = descent_path(learning_rate)
        ax.plot(path[:, 0], path[:, 1], "o-", color=colour, linewidth=1.6,
                markersize=4, zorder=zorder,
                label=f"{label}, $\\alpha = {learning_rate:g}$")
    ax.plot(*START, "o", color=fg, markersize=7, zorder=3)
    ax.annotate("start", START, xytext=(0, 7), textcoords="offset points",
                fontsize=FONT, ha="center", va="bottom")
    ax.plot(0.0, 0.0, "*", color=fg, markersize=13, zorder=3)
    ax.annotate("minimum", (0.0, 0.0), xytext=(8, 0),
                textcoords="offset points", fontsize=FONT, va="center")
    ax.set_xlabel("$w_1$", fontsize=FONT)
    ax.set_ylabel("$w_2$", fontsize=FONT)
    ax.set_xticks([-3, -2, -1, 0, 1])
    ax.set_yticks([-1, 0, 1])
    ax.tick_params(labelsize=SMALL_FONT)
    ax.set_aspect("equal")
    fig.legend(fontsize=SMALL_FONT, loc="outside upper center")
    fig.set_layout_engine("constrained")
# --8<-- [end:plot_gradient_descent_path]


# the steps of Lesson 5's training loop, in order, around the cycle
LOOP_STEPS = ("forward propagation", "loss", "backpropagation",
              "optimizer step")


# --8<-- [start:draw_training_loop]
def draw_training_loop(fig):
    """Draw how a network learns: initialize once, then loop four steps.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        An empty figure, resized to 4.4 x 3.3 inches.

    Returns
    -------
    None

    Notes
    -----
    "initialize W and b" at the top leads into a cycle of four boxes,
    forward propagation, loss, backpropagation and optimizer step,
    joined by arrows; the arrow from the optimizer step back to forward
    propagation is labelled "next step", and one leaving the cycle
    "stop when validation stops improving".

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from snippets._site.diagrams import draw_training_loop
    >>> fig = Figure()
    >>> draw_training_loop(fig)
    >>> [t.get_text() for t in fig.axes[0].texts if t.get_text()][:3]
    ['initialize W, b', 'forward propagation', 'loss']
    """
    from matplotlib.patches import FancyBboxPatch

    fg = _foreground()
    ax = _canvas(fig, WIDTH, 3.3)
    box_width, box_height = 1.75, 0.5
    # the cycle: top left, top right, bottom right, bottom left (centres)
    centres = [(1.1, 1.95), (3.3, 1.95), (3.3, 0.75), (1.1, 0.75)]

    def box(centre, text, colour):
        x, y = centre
        ax.add_patch(FancyBboxPatch(
            (x - box_width / 2, y - box_height / 2), box_width, box_height,
            boxstyle="round,pad=0,rounding_size=0.12",
            facecolor=_tint(colour, 0.2), edgecolor=colour, linewidth=1.4))
        ax.text(x, y, text, fontsize=FONT, ha="center", va="center")

    box((1.1, 3.0), "initialize W, b", TEAL)
    for centre, text in zip(centres, LOOP_STEPS):
        box(centre, text, INDIGO)
    half_w, half_h = box_width / 2, box_height / 2
    _arrow(ax, (1.1, 3.0 - half_h), (1.1, 1.95 + half_h), fg)
    _arrow(ax, (1.1 + half_w, 1.95), (3.3 - half_w, 1.95), fg)
    _arrow(ax, (3.3, 1.95 - half_h), (3.3, 0.75 + half_h), fg)
    _arrow(ax, (3.3 - half_w, 0.75), (1.1 + half_w, 0.75), fg)
    _arrow(ax, (1.1, 0.75 + half_h), (1.1, 1.95 - half_h), fg)
    ax.text(0.12, 1.35, "next\nstep", fontsize=SMALL_FONT, ha="left",
            va="center")
    # leaving the loop: early stopping on the validation set
    _arrow(ax, (1.1, 0.75 - half_h), (1.1, 0.08), ORANGE)
    ax.text(1.25, 0.22, "stop when the validation\nscore stops improving",
            fontsize=SMALL_FONT, ha="left", va="center")
# --8<-- [end:draw_training_loop]
