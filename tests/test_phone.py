"""Every page read on a phone: 390 x 844 CSS pixels, as many learners read.

Each page is loaded in chromium with a phone's viewport (Playwright's
``is_mobile``, two device pixels per CSS pixel) and measured once MathJax
has typeset it:

- no display equation is wider than the text column (MathJax 3 never
  breaks a line itself: long equations are written as aligned lines);
- the page itself never scrolls sideways, in the light and the dark
  scheme: ``document.documentElement.scrollWidth`` never exceeds its
  ``clientWidth`` (not ``window.innerWidth``: on a phone the layout
  viewport grows with content that sticks out, so innerWidth would hide
  the overflow it should catch);
- on a lesson page no table runs past the column, so no column of it is
  out of sight, and there is at least one figure;
- no lesson page draws a diagram in ASCII art: the networks are figures.
"""

import importlib
import importlib.util
import re

import pytest
from browser_helpers import (
    ROOT,
    is_lesson,
    is_notebook,
    nav_pages,
    wait_for_math,
)

from conftest import load_hook

pytest_plugins = ["browser_helpers"]

PAGES = nav_pages()
PHONE = {"viewport": {"width": 390, "height": 844},
         "device_scale_factor": 2, "is_mobile": True, "has_touch": True}

MEASURE_JS = """() => {
  const wide = (el, column) => {
    const box = el.getBoundingClientRect();
    return el.scrollWidth > el.clientWidth + 1
      || box.right > column.right + 1 || box.right > window.innerWidth + 1;
  };
  const article = document.querySelector("article.md-typeset")
    || document.querySelector(".md-typeset");
  const column = article.getBoundingClientRect();
  const equations = [...document.querySelectorAll(
      'mjx-container[display="true"]')]
    .filter(el => el.getBoundingClientRect().width > 0)
    .filter(el => wide(el, column) || wide(el.parentElement, column))
    .map(el => Math.round(el.getBoundingClientRect().width) + " px: "
         + (el.textContent || "").slice(0, 60));
  const tables = [...document.querySelectorAll(".md-typeset__scrollwrap")]
    .filter(el => el.scrollWidth > el.clientWidth + 1)
    .map(el => el.textContent.trim().replace(/\\s+/g, " ").slice(0, 60));
  const texts = [...document.querySelectorAll("pre")]
    .filter(pre => !pre.closest(".highlight")
                   || !/language-(?!text|plain)/.test(
                        pre.closest(".highlight").className))
    .map(pre => pre.textContent);
  return {
    column: Math.round(column.width),
    pageWidth: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
    scheme: document.body.getAttribute("data-md-color-scheme"),
    equations, tables,
    figures: document.querySelectorAll(
      'img[src*="/figures/"], img[src*="figures/"]').length,
    texts,
  };
}"""


def looks_like_ascii_art(text):
    """A text block drawn with dashes, arrows and boxes, not words.

    >>> looks_like_ascii_art("x1 --\\\\\\n     +--> (o) --> y")
    True
    >>> looks_like_ascii_art("survived  0.38\\ndied      0.62")
    False
    """
    marks = ("-->", "--+", "+--", "<--", "|", "\\\\", "/\\\\", "o--")
    lines = [line for line in text.splitlines() if line.strip()]
    drawn = [line for line in lines if any(m in line for m in marks)]
    return len(drawn) >= 2 or any("-->" in line or "+--" in line
                                  for line in lines)


@pytest.fixture(scope="module")
def phone(browser):
    """Measure each page on a phone, light then dark; {src: measurements}.

    One load per page: the light scheme is measured first, then the
    reader's toggle switches to the dark one and the page is measured
    again (the figures keep their size: width and height are set).
    """
    measured = {}

    def measure(src, scheme="default"):
        if src not in measured:
            page, _ = browser.new_page(**PHONE, color_scheme="light")
            page.goto(browser.url(src), wait_until="load")
            wait_for_math(page)
            page.wait_for_load_state("networkidle")
            light = page.evaluate(MEASURE_JS)
            page.locator(
                "form[data-md-component=palette] label:visible").click()
            page.wait_for_function(
                '() => document.body.getAttribute("data-md-color-scheme")'
                ' === "slate"')
            page.wait_for_load_state("networkidle")
            dark = page.evaluate(MEASURE_JS)
            page.close()
            measured[src] = {"default": light, "slate": dark}
        return measured[src][scheme]

    return measure


@pytest.mark.parametrize("src", PAGES)
def test_no_equation_is_wider_than_the_column(phone, src):
    """At 390 px, every display equation fits the text column."""
    assert phone(src)["equations"] == []


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("src", PAGES)
def test_the_page_never_scrolls_sideways(phone, src, scheme):
    """At 390 px, the page is not one pixel wider than the screen."""
    measured = phone(src, scheme)
    assert measured["scheme"] == scheme
    assert measured["viewport"] == 390
    assert measured["pageWidth"] <= measured["viewport"]


@pytest.mark.parametrize("src", [p for p in PAGES if is_lesson(p)])
def test_lesson_tables_fit_the_column(phone, src):
    """A lesson's tables show every column without scrolling on a phone."""
    assert phone(src)["tables"] == []


@pytest.mark.parametrize("src", [p for p in PAGES if is_lesson(p)])
def test_every_lesson_has_a_figure(phone, src):
    """Each lesson page shows at least one build-time figure."""
    assert phone(src)["figures"] >= 1


@pytest.mark.parametrize(
    "src", [p for p in PAGES if is_lesson(p) and not is_notebook(p)])
def test_no_ascii_art_diagram(phone, src):
    """Networks and loops are drawn as figures, not as ASCII art."""
    texts = phone(src)["texts"]
    assert [text for text in texts if looks_like_ascii_art(text)] == []


# -- figure text, legible on a phone -------------------------------------

# the text column of a 390 px phone, and the smallest legible text on it
PHONE_COLUMN_PX = 358
MIN_TEXT_PX = 10.5
FIGURE_MARKER = re.compile(r"<!--\s*figure:\s*([\w.]+):(\w+)\s*\|")


def published_figures():
    """(module, function) of every figure marker on the site's pages."""
    docs = ROOT / "docs"
    found = set()
    for page in docs.rglob("*.md"):
        if "overrides" not in page.parts:
            found |= set(FIGURE_MARKER.findall(page.read_text("utf-8")))
    return sorted(found)


@pytest.mark.parametrize("module, name", published_figures(),
                         ids=lambda value: value)
def test_figure_text_is_legible_on_a_phone(module, name):
    """Shrunk to a phone's column, a figure's smallest text is ~11 px.

    The hook shows an SVG at its own size (1 pt = 4/3 px) or, when wider,
    at the column's width; every text of the figure, tick labels and
    legends included, must stay at least MIN_TEXT_PX pixels high there.
    """
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    hook = load_hook("generated")
    func = getattr(importlib.import_module(module), name)
    with matplotlib.rc_context(hook._style("light")):
        fig = Figure()
        func(fig)
        fig.canvas.draw()
    width_px = fig.get_size_inches()[0] * 96
    scale = min(1.0, PHONE_COLUMN_PX / width_px)
    sizes = [text.get_fontsize() for text in fig.findobj(Text)
             if text.get_visible() and text.get_text().strip()]
    smallest = min(sizes) * 4 / 3 * scale
    assert smallest >= MIN_TEXT_PX, (
        f"{name}: {min(sizes)} pt text on a {fig.get_size_inches()[0]} in "
        f"figure shows at {smallest:.1f} px on a phone")
