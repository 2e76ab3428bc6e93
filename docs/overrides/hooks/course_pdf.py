"""The whole course as one PDF, ``course.pdf`` at the site root.

Only when the environment asks for it: ``COURSE_PDF=1 mkdocs build``.
Without ``COURSE_PDF`` this hook turns the print-site plugin off and does
nothing else, so ``mkdocs serve`` and ``mkdocs build`` stay fast and need
no browser.

With it:

1. **One page.** The ``print-site`` plugin (mkdocs-print-site-plugin)
   joins the pages of the nav into ``print_page/``: a title page
   (``docs/overrides/print/cover_page.html``), a table of contents, then
   every lesson and the data page in nav order (mkdocs.yml's
   ``exclude`` list leaves out the home page, the practice pages, the
   notebooks and the API reference).
2. **A link on the home page.** The line ``<!-- course-pdf -->`` alone on
   a page becomes a link to ``course.pdf``; a placeholder file is added
   to the build so that the strict link check knows the target. Without
   ``COURSE_PDF`` the line becomes nothing, so no page links a missing
   file.
3. **Printed by Chromium.** After the build, headless Chromium (Debian's
   ``/usr/bin/chromium`` or ``CHROMIUM_PATH``, driven by Playwright, never
   a downloaded browser) opens the print page from a local HTTP server,
   waits for MathJax to finish and for every image to load, and prints
   it to ``course.pdf`` (A4, page numbers at the foot). Code lines wrap
   at the page edge instead of being cut (docs/stylesheets/print.css); a
   line that would still be cut, a broken image or a MathJax error fails
   the build. Then the print page and print-site's CSS and script, which
   are kept off the other pages, are removed: the site is the one a build
   without ``COURSE_PDF`` makes, plus ``course.pdf`` and its link.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

log = logging.getLogger(f"mkdocs.hooks.{__name__}")

PLUGIN = "print-site"
COVER = Path(__file__).resolve().parents[1] / "print" / "cover_page.html"
PDF_NAME = "course.pdf"
MARKER = "<!-- course-pdf -->"
LINK = (
    "**Offline?** Read [the whole course as one PDF](course.pdf): every "
    "lesson and the data page, with the math and the figures."
)
# what Debian's chromium needs here (tests/browser_helpers.py says why)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 120_000
# A4 is 210 mm wide; less 14 mm margins each side, 182 mm = 688 CSS px
MARGIN_MM = 14
PRINT_WIDTH_PX = round((210 - 2 * MARGIN_MM) / 25.4 * 96)
# every image decoded, lazy ones included, and MathJax done
READY_JS = """async () => {
  for (const img of document.querySelectorAll("img")) {
    img.loading = "eager";
  }
  await Promise.all([...document.images].map(img => img.complete
    ? Promise.resolve()
    : new Promise(done => { img.onload = img.onerror = done; })));
  await MathJax.startup.promise;
  await document.fonts.ready;
  return {
    images: document.images.length,
    broken: [...document.images].filter(img => !img.naturalWidth)
      .map(img => img.getAttribute("src")),
    math: document.querySelectorAll("mjx-container").length,
    errors: document.querySelectorAll("mjx-merror").length,
    // a code line that would be cut at the page's edge
    cut: [...document.querySelectorAll("pre, pre > code")]
      .filter(el => el.scrollWidth > el.clientWidth + 1)
      .map(el => el.textContent.trim().split("\\n")[0].slice(0, 60)),
  };
}"""
# what print-site adds to every page (for its print page only)
PRINT_ASSETS = re.compile(
    r'<link\b[^>]*href="[^"]*css/print-site[\w-]*\.css"[^>]*>\s*'
    r'|<script\b[^>]*src="[^"]*js/print-site\.js"[^>]*>\s*</script>\s*')


def wanted() -> bool:
    """Whether this build writes the PDF: COURSE_PDF=1 (or true, yes)."""
    value = os.environ.get("COURSE_PDF", "").strip().lower()
    return value not in {"", "0", "false", "no", "off"}


def _plugin(config):
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise PluginError(
            f"hooks/course_pdf.py needs the {PLUGIN} plugin in mkdocs.yml "
            "(pip install -e '.[docs]' installs mkdocs-print-site-plugin)")
    return plugin


def _not_the_last_plugin_warning(record: logging.LogRecord) -> bool:
    """False for print-site's "should be the *last* plugin" warning.

    print-site is last in mkdocs.yml, but mkdocstrings appends the
    autorefs plugin after it, and print-site counts autorefs too; it
    resolves autorefs' cross-references on the print page itself.
    """
    return "should be defined as the *last* plugin" not in record.getMessage()


# before the plugins' own on_config: print-site reads "enabled" there
@event_priority(100)
def on_config(config):
    plugin = _plugin(config)
    plugin.config["enabled"] = wanted()
    # found from here, so a project that INHERITs mkdocs.yml finds it too
    plugin.config["cover_page_template"] = str(COVER)
    plugins_log = logging.getLogger("mkdocs.plugins")
    if _not_the_last_plugin_warning not in plugins_log.filters:
        plugins_log.addFilter(_not_the_last_plugin_warning)
    return config


def _printed(item, patterns) -> bool:
    """Whether a nav item (a page, or a section of pages) is printed."""
    from mkdocs_print_site_plugin.exclude import exclude

    if item.is_page:
        return not exclude(item.file.src_path, patterns)
    if item.is_section:
        return any(_printed(child, patterns) for child in item.children)
    return False  # a link


# after print-site's on_nav, which keeps the nav's items for the print page
@event_priority(-100)
def on_nav(nav, config, files):
    if wanted():
        plugin = _plugin(config)
        patterns = plugin.config["exclude"]
        # no empty "Practice" and "Notebooks" headings in the contents
        plugin.renderer.items = [
            item for item in nav.items if _printed(item, patterns)]
    return nav


def on_files(files, config):
    if wanted():
        # a placeholder the strict link check can see; on_post_build
        # writes the real PDF over it
        files.append(File.generated(
            config, PDF_NAME, content=b"",
            inclusion=InclusionLevel.NOT_IN_NAV))
    return files


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, LINK if wanted() else "")


# the print page is rendered by print-site's on_post_build, not here
@event_priority(-100)
def on_post_page(output, page, config):
    """Keep print-site's CSS and script off the site's own pages."""
    if not wanted():
        return output
    return PRINT_ASSETS.sub("", output)


@event_priority(-100)
def on_post_template(output_content, template_name, config):
    """The same for the theme's own pages (404.html)."""
    return on_post_page(output_content, None, config)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def print_pdf(site_dir: Path, page_path: str, target: Path) -> dict:
    """Print ``site_dir/page_path`` with headless Chromium into target."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise PluginError(
            "COURSE_PDF: the playwright package is not installed "
            "(pip install -e '.[docs,pdf]')") from exc
    chromium = Path(os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium")
    if not chromium.exists():
        raise PluginError(
            f"COURSE_PDF: no chromium at {chromium} (apt-get install "
            "chromium on Debian, or set CHROMIUM_PATH)")
    handler = functools.partial(_Quiet, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(chromium), args=CHROMIUM_ARGS)
            try:
                # as wide as the printed text (A4 less the margins), so
                # what overflows here is what paper would cut
                page = browser.new_page(
                    color_scheme="light",
                    viewport={"width": PRINT_WIDTH_PX, "height": 1100})
                page.set_default_timeout(TIMEOUT_MS)
                page.goto(f"http://{host}:{port}/{page_path}",
                          wait_until="load")
                page.emulate_media(media="print")
                state = page.evaluate(READY_JS)
                if state["broken"] or state["errors"] or state["cut"]:
                    raise PluginError(
                        "COURSE_PDF: on the print page, broken images "
                        f"{state['broken']}, {state['errors']} MathJax "
                        f"errors, code cut at the page edge {state['cut']}")
                page.pdf(
                    path=str(target), format="A4", print_background=True,
                    # the page numbers come from print-site's CSS
                    # (@page margin boxes), which Chromium honours
                    margin={"top": "16mm", "bottom": "18mm",
                            "left": f"{MARGIN_MM}mm",
                            "right": f"{MARGIN_MM}mm"},
                )
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return state


# after print-site has written the print page
@event_priority(-100)
def on_post_build(config):
    if not wanted():
        return
    plugin = _plugin(config)
    site_dir = Path(config["site_dir"])
    page_path = plugin.print_file.url
    start = time.perf_counter()
    state = print_pdf(site_dir, page_path, site_dir / PDF_NAME)
    # the print page served the PDF only: the site stays as it is without
    # COURSE_PDF, plus course.pdf and the home page's link to it
    print_dir = (site_dir / plugin.print_file.dest_uri).parent
    if print_dir != site_dir:  # print_page/index.html: never the site
        shutil.rmtree(print_dir, ignore_errors=True)
    else:
        (site_dir / plugin.print_file.dest_uri).unlink(missing_ok=True)
    for asset in [*site_dir.glob("css/print-site*.css"),
                  site_dir / "js" / "print-site.js"]:
        asset.unlink(missing_ok=True)
    for folder in (site_dir / "css", site_dir / "js"):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    log.info(
        "Wrote %s (%d figures, %d formulas) in %.1f s", PDF_NAME,
        state["images"], state["math"], time.perf_counter() - start)
