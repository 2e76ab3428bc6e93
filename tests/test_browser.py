"""What readers see: the built site in Debian chromium.

Every page of the nav is loaded once in a fresh browser context and
checked for typeset math, local-only requests, a quiet console and
accessibility (axe-core, both colour schemes); the lesson pages for their
weight. Instant navigation, search and the colour toggle are driven the
way a reader drives them: by clicking.
"""

import importlib.util
from pathlib import Path

import pytest
from browser_helpers import (
    MATH_STATE_JS,
    foreign,
    is_lesson,
    is_notebook,
    nav_pages,
    page_path,
    page_title,
    site_file,
    wait_for_math,
)

pytest_plugins = ["browser_helpers"]

PAGES = nav_pages()
LESSONS = [src for src in PAGES if is_lesson(src)]
SCHEMES = ["default", "slate"]  # Material's light and dark
# a first-time reader downloads at most this much per lesson page
PAGE_BUDGET_KB = 400
ROOT = Path(__file__).resolve().parents[1]
AXE_JS = Path(importlib.util.find_spec("axe_playwright_python").origin
              ).parent / "axe.min.js"


def has_math(site_dir, src):
    """Whether a built page holds math: arithmatex output or notebook $."""
    text = site_file(site_dir, page_path(src)).read_text()
    return "arithmatex" in text or (is_notebook(src) and "$" in text)


def math_problems(state, expect_math):
    """What is wrong with a page's math, as readable lines."""
    problems = [state["timeout"]] if state["timeout"] else []
    if expect_math and not state["containers"]:
        problems.append("no mjx-container: MathJax typeset nothing")
    if state["pending"]:
        problems.append(f"{state['pending']} arithmatex elements untypeset")
    problems += [f"MathJax error: {e}" for e in state["errors"]]
    problems += [f"raw TeX in the text: {t!r}" for t in state["rawTex"]]
    return problems


def test_nav_covers_every_built_page(built_site):
    """Every page the build wrote is in the nav these tests walk."""
    built = {str(p.parent.relative_to(built_site)) for p in
             Path(built_site).rglob("index.html")}
    built = {"" if p == "." else f"{p}/" for p in built
             if not p.startswith("assets")}
    assert built == {page_path(src) for src in PAGES}


@pytest.mark.parametrize("src", PAGES)
def test_math_is_typeset_on_first_load(browser, src):
    """MathJax typesets every formula and leaves no raw TeX behind."""
    visit = browser.visit(src)
    assert not math_problems(visit.math, has_math(browser.site_dir, src))


@pytest.mark.parametrize("src", PAGES)
def test_page_requests_only_the_local_server(browser, src):
    """Loading the page asks no other host for anything (no CDN)."""
    visit = browser.visit(src)
    assert not foreign(visit.requests, browser.base_url)


@pytest.mark.parametrize("src", PAGES)
def test_page_logs_no_errors(browser, src):
    """Loading the page logs no console error and throws nothing."""
    recorder = browser.visit(src).recorder
    assert (recorder.console_errors, recorder.page_errors) == ([], [])


@pytest.mark.parametrize("src", LESSONS)
def test_lesson_page_weight(browser, src):
    """A lesson page, MathJax and fonts included, fits the budget."""
    sizes = browser.weight(browser.visit(src))
    total_kb = sum(sizes.values()) / 1024
    heaviest = sorted(sizes.items(), key=lambda kv: -kv[1])[:5]
    assert total_kb <= PAGE_BUDGET_KB, (
        f"{total_kb:.0f} KB gzip > {PAGE_BUDGET_KB} KB; heaviest: "
        + ", ".join(f"{path} {size / 1024:.0f} KB" for path, size in
                    heaviest))


# -- moving between pages the way readers do -----------------------------

@pytest.fixture(scope="module")
def reader(browser):
    """One tab a reader clicks around in (instant navigation)."""
    page, recorder = browser.new_page()
    page.goto(browser.url(PAGES[0]))
    wait_for_math(page)
    return page, recorder


def click_nav_link(page, browser, src):
    """Click the primary nav's link to ``src`` and wait for its title."""
    target = browser.url(src)
    found = page.evaluate(
        """target => {
             const links = [...document.querySelectorAll(
               ".md-sidebar--primary a.md-nav__link")];
             links.forEach(a => a.removeAttribute("data-test-target"));
             const link = links.find(a => a.href === target);
             if (link) link.setAttribute("data-test-target", "");
             return Boolean(link);
           }""", target)
    assert found, f"no nav link to {target} on {page.url}"
    # a full page load would drop this mark: the click must swap the page
    # in place (instant navigation), which is what re-typesetting needs
    page.evaluate("() => { window.testNoReload = true; }")
    page.locator("[data-test-target]").click()
    title = page_title(browser.site_dir, src)
    page.wait_for_function(
        "([url, title]) => location.href === url && document.title === title",
        arg=[target, title])
    assert page.evaluate("() => window.testNoReload === true"), (
        f"clicking {target} reloaded the page: no instant navigation")


@pytest.mark.parametrize("src", PAGES)
def test_math_is_typeset_after_instant_navigation(browser, reader, src):
    """Clicking through the nav typesets each page it swaps in."""
    page, recorder = reader
    if page.url == browser.url(src):  # arrive from elsewhere
        click_nav_link(page, browser, PAGES[PAGES.index(src) - 1])
    mark = recorder.mark()
    click_nav_link(page, browser, src)
    state = wait_for_math(page)
    page.wait_for_load_state("networkidle")
    requests, console_errors, page_errors = recorder.since(mark)
    assert not math_problems(state, has_math(browser.site_dir, src))
    assert not foreign(requests, browser.base_url)
    assert (console_errors, page_errors) == ([], [])


def test_search_finds_a_lesson_for_sigmoid(browser):
    """Typing "sigmoid" into search lists a link to a lesson page."""
    page, recorder = browser.new_page()
    page.goto(browser.url(PAGES[0]))
    page.wait_for_load_state("networkidle")  # the search index is in
    # Type, as a reader does. Material reads the query on keyup, 1 ms after
    # focus and once when its worker is ready, never on the `input` event
    # that fill() sends; so when fill() inserted its text more than 1 ms
    # after focusing (a loaded CI machine), the query stayed empty and the
    # results never came (focus, wait 0.5 s, fill: fails every time).
    page.locator(".md-search__input").press_sequentially("sigmoid")
    links = page.locator(".md-search-result__item a.md-search-result__link")
    links.first.wait_for()
    hrefs = links.evaluate_all("links => links.map(a => a.href)")
    lessons = tuple(browser.url(src) for src in LESSONS)
    assert any(href.startswith(lessons) for href in hrefs), hrefs
    assert (recorder.console_errors, recorder.page_errors) == ([], [])


def test_colour_toggle_switches_and_persists(browser):
    """The toggle switches light/dark; the choice survives moving on."""
    from playwright.sync_api import expect

    page, _ = browser.new_page()
    page.goto(browser.url(LESSONS[0]))
    body = page.locator("body")
    toggle = page.locator("form[data-md-component=palette] label:visible")
    scheme = "data-md-color-scheme"
    expect(body).to_have_attribute(scheme, "default")  # prefers light
    toggle.click()
    expect(body).to_have_attribute(scheme, "slate")
    click_nav_link(page, browser, LESSONS[1])  # instant navigation
    expect(body).to_have_attribute(scheme, "slate")
    page.reload()  # a full load reads the stored choice
    expect(body).to_have_attribute(scheme, "slate")
    toggle.click()
    expect(body).to_have_attribute(scheme, "default")


def figure_pages(site_dir):
    """The pages that show build-time figures."""
    return [src for src in PAGES if "/figures/" in
            site_file(site_dir, page_path(src)).read_text()]


FIGURES_JS = """
() => [...document.querySelectorAll(".md-content img[src*='/figures/']")]
  .map(img => ({
    src: img.getAttribute("src"),
    shown: img.getClientRects().length > 0,
    loaded: img.complete && img.naturalWidth > 0,
  }))
"""


@pytest.mark.parametrize("scheme", SCHEMES)
def test_figures_of_the_scheme_load_and_only_those(browser, scheme):
    """Each figure shows once, in the reader's scheme, and loads lazily.

    The other scheme's copy is hidden and never downloaded; the shown one
    arrives once the reader scrolls to it.
    """
    pages = figure_pages(browser.site_dir)
    assert pages, "no page shows a build-time figure"
    wanted, other = (("light", "dark") if scheme == "default"
                     else ("dark", "light"))
    for src in pages:
        # the site follows the system's setting until the reader toggles
        page, recorder = browser.new_page(
            color_scheme="light" if scheme == "default" else "dark")
        page.goto(browser.url(src))
        assert page.get_attribute("body", "data-md-color-scheme") == scheme
        for img in page.locator(
                f".md-content img[src$='#only-{wanted}']").all():
            img.scroll_into_view_if_needed()
        page.wait_for_function(
            f"() => [...document.querySelectorAll(\"img[src$='#only-{wanted}']"
            "\")].every(img => img.complete && img.naturalWidth > 0)")
        figures = page.evaluate(FIGURES_JS)
        assert len(figures) % 2 == 0 and figures, (src, figures)
        for figure in figures:
            mine = figure["src"].endswith(f"#only-{wanted}")
            assert figure["shown"] == mine, (src, figure)
            assert figure["loaded"] == mine, (src, figure)
        fetched = [url for url in recorder.requests
                   if url.split("#")[0].endswith(f"-{other}.svg")]
        assert fetched == [], (src, fetched)
        page.close()


# -- accessibility -------------------------------------------------------

# Material animates colour changes: axe must not measure mid-transition
AXE_RUN_JS = """
async ([scheme, rules]) => {
  if (!document.getElementById("test-no-transitions")) {
    const style = document.createElement("style");
    style.id = "test-no-transitions";
    style.textContent = "*, *::before, *::after " +
      "{ transition: none !important; animation: none !important; }";
    document.head.append(style);
  }
  document.querySelectorAll("details").forEach(d => { d.open = true; });
  document.body.setAttribute("data-md-color-scheme", scheme);
  await new Promise(r => requestAnimationFrame(
    () => requestAnimationFrame(r)));
  const options = {resultTypes: ["violations"]};
  if (rules) options.runOnly = rules;
  const results = await axe.run(document, options);
  return results.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => `${v.id} (${v.impact}): ${v.help}; ` + v.nodes.slice(0, 3)
      .map(n => `${n.target.join(" ")}: ${n.failureSummary}`).join(" | "));
}
"""
# what the colour scheme changes; the other rules see the same page twice
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("src", PAGES)
def test_page_has_no_serious_axe_violations(browser, src, scheme):
    """axe-core finds nothing serious or critical, light and dark.

    Every rule runs in the light scheme; the dark scheme reruns the
    colour rules (contrast, links told apart from text). Closed
    ``<details>`` are opened first so their content is audited too.
    """
    page = browser.visit(src).page
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    rules = None if scheme == "default" else COLOUR_RULES
    assert page.evaluate(AXE_RUN_JS, [scheme, rules]) == []


@pytest.mark.parametrize(("partial", "old", "new"), [
    ("search.html", 'role="dialog">',
     'role="dialog" aria-label="{{ lang.t(\'search\') }}">'),
    ("progress.html", 'role="progressbar">',
     'role="progressbar" aria-label="Page loading progress">'),
])
def test_partial_override_only_adds_a_name(partial, old, new):
    """Our partial is Material's own plus one accessible name."""
    import material

    ours = ROOT / "docs/overrides/partials" / partial
    theirs = Path(material.__file__).parent / "templates/partials" / partial
    body = theirs.read_text().split("-#}\n", 1)[1]  # after the header
    assert old in body
    assert ours.read_text().split("-#}\n", 1)[1] == body.replace(old, new)


@pytest.mark.parametrize(("html", "raw"), [
    (r"<p>the sigmoid \(\sigma(z)\) of</p>", True),
    (r"<p>display $$z = Wx$$</p>", True),
    (r"<p>a bare \frac{1}{2}</p>", True),
    (r"<p>notebook math $W^{[1]}$ left</p>", True),
    ("<p>tickets cost $5 and $7</p>", False),
    (r"<p><code>\(x\) $$</code></p>", False),
])
def test_raw_tex_detector(browser, html, raw):
    """The raw-TeX check flags TeX left in prose, not prices or code."""
    page = browser.visit(PAGES[0]).page.context.new_page()
    page.set_content(html)
    assert bool(page.evaluate(MATH_STATE_JS)["rawTex"]) is raw
    page.close()
