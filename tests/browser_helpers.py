"""The browser tests' shared machinery, loaded as a pytest plugin.

``tests/test_browser.py`` and ``tests/test_copy_paste.py`` name this module
in ``pytest_plugins``, so pytest registers it once and both share one
session: one local HTTP server for the built site, one Debian chromium
(driven by Playwright's sync API, never a downloaded browser) and one
visit per page, reused by every test that looks at that page. The
environment variable CHROMIUM_PATH names another Chromium or Chrome
binary to drive instead of /usr/bin/chromium.

Without chromium (a contributor's laptop) the browser tests skip and say
why; under ``CI=true`` they fail instead, because a skipped browser suite
proves nothing.

The test modules also import helpers from here before pytest registers
the plugin, so assertion rewriting stays off for it: PYTEST_DONT_REWRITE.
"""

import functools
import gzip
import html
import io
import os
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
# Debian's chromium by default; CHROMIUM_PATH names another Chromium or
# Chrome binary (e.g. where /usr/bin/chromium is Ubuntu's snap stub)
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium")
# what Debian's chromium needs here (toolchain.md): no sandbox inside the
# container, no GPU, and no background traffic to Google's servers
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 30_000
# resources a server sends gzip-compressed; the rest (fonts, images) as is
# requests (Playwright resource types) that fetch data for a feature, not
# the page itself: Material's search index and sitemap.xml
DATA_KINDS = frozenset({"fetch", "xhr"})
TEXT_SUFFIXES = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt",
                 ".map", ".ipynb", ".py", ".md"}


# -- the pages -----------------------------------------------------------

class _IgnoreTags(yaml.SafeLoader):
    """A YAML loader that reads mkdocs.yml's custom tags as None."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def nav_pages(config=ROOT / "mkdocs.yml"):
    """Return the pages of the site's nav, in reading order.

    Parameters
    ----------
    config : path-like
        The MkDocs configuration file.

    Returns
    -------
    list of str
        Source paths relative to docs/, e.g. ``"lessons/07-learning.md"``.
    """
    nav = yaml.load(Path(config).read_text(), Loader=_IgnoreTags)["nav"]

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) \
                else item
            if isinstance(value, list):
                yield from walk(value)
            elif isinstance(value, str) and "://" not in value:
                yield value

    return list(walk(nav))


def page_path(src):
    """Return a page's URL path below the site root (directory URLs).

    >>> page_path("index.md"), page_path("lessons/07-learning.md")
    ('', 'lessons/07-learning/')
    >>> page_path("notebooks/lesson-06.py")
    'notebooks/lesson-06/'
    """
    stem = Path(src).with_suffix("")
    if stem.name == "index":
        stem = stem.parent
    return "" if str(stem) == "." else f"{stem.as_posix()}/"


def is_notebook(src):
    """Whether a nav entry is a companion notebook (mkdocs-jupyter)."""
    return Path(src).suffix in {".py", ".ipynb"}


def is_lesson(src):
    """Whether a nav entry is one of the lesson pages."""
    return src.startswith("lessons/")


def site_file(site_dir, url_path):
    """Map a URL path below the site root to the file the server sends."""
    path = Path(site_dir, unquote(url_path).lstrip("/"))
    return path / "index.html" if path.is_dir() else path


def page_title(site_dir, src):
    """The ``<title>`` of a built page, as ``document.title`` reads it."""
    text = site_file(site_dir, page_path(src)).read_text()
    title = re.search(r"<title>(.*?)</title>", text, flags=re.DOTALL).group(1)
    return " ".join(html.unescape(title).split())


def gzip_size(path):
    """Bytes a server sends for ``path``: gzip for text, raw otherwise."""
    data = Path(path).read_bytes()
    if Path(path).suffix in TEXT_SUFFIXES:
        return len(gzip.compress(data, compresslevel=6, mtime=0))
    return len(data)


# -- CI or not -----------------------------------------------------------

def in_ci():
    """Whether we run under CI (``CI=true``), where nothing may skip."""
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


def skip_or_fail(reason):
    """Skip with ``reason``; under ``CI=true`` fail with it instead."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: the browser tests must run)",
                    pytrace=False)
    pytest.skip(reason)


# -- serving the built site ---------------------------------------------

class _QuietHandler(SimpleHTTPRequestHandler):
    """Serve files without logging each request to stderr.

    sitemap.xml is served as if the site had been built for this server's
    address: its absolute URLs name the build's ``site_url`` (e.g. the
    dev server's port 8000), and Material's instant navigation only
    intercepts links whose URL, port included, is in the sitemap.
    """

    def log_message(self, format, *args):
        pass

    def send_head(self):
        if self.path.split("?")[0] != "/sitemap.xml":
            return super().send_head()
        text = Path(self.translate_path(self.path)).read_text()
        locs = re.findall(r"<loc>(.*?)</loc>", text)
        if locs:  # the home page's URL is the site's base: the shortest
            host, port = self.server.server_address[:2]
            text = text.replace(min(locs, key=len), f"http://{host}:{port}/")
        body = text.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class _GzipHandler(_QuietHandler):
    """Send text resources gzip-compressed, as static hosts do."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if (path.suffix not in TEXT_SUFFIXES or not path.is_file()
                or path.name == "sitemap.xml"
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # the browser cancels requests (navigating away, closing a page);
        # a reset connection is not a site defect
        pass


@dataclass
class SiteServer:
    """The built site served on 127.0.0.1 at a free port."""

    directory: Path
    gzip: bool = False  # compress text responses (for Lighthouse)
    _server: _Server = field(init=False, repr=False)
    _thread: threading.Thread = field(init=False, repr=False)

    def start(self):
        handler = functools.partial(
            _GzipHandler if self.gzip else _QuietHandler,
            directory=str(self.directory))
        self._server = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        daemon=True)
        self._thread.start()
        return self

    @property
    def url(self):
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def stop(self):
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


# -- in the page ---------------------------------------------------------

# Raw TeX a reader would see if MathJax skipped something: \( \) \[ \],
# $$, a TeX command (\frac, \sigma), or $...$ around TeX-looking text.
# Code, scripts and MathJax's own output are not reader-visible TeX, nor
# mkdocs-jupyter's hidden copy of each cell's source (.clipboard-copy-txt).
# Closed <details> count: a reader who opens them sees their text.
_RAW_TEX_JS = r"""
() => {
  const skip = "pre, code, script, style, textarea, mjx-container, " +
               ".clipboard-copy-txt";
  const tex = /\\[()[\]]|\$\$|\\[A-Za-z]{2,}|\$[^$\s][^$]*?[\\^_{}][^$]*?\$/;
  const found = [];
  const walker = document.createTreeWalker(document.body,
                                           NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(skip)) continue;
    const m = node.textContent.match(tex);
    if (m) {
      const start = Math.max(0, m.index - 30);
      found.push(node.textContent.slice(start, m.index + 40).trim());
    }
  }
  return found;
}
"""

MATH_STATE_JS = f"""
() => ({{
  containers: document.querySelectorAll("mjx-container").length,
  errors: [...document.querySelectorAll("mjx-merror")]
            .map(e => e.getAttribute("data-mjx-error") || e.textContent),
  pending: [...document.querySelectorAll(".arithmatex")]
             .filter(e => !e.querySelector("mjx-container")).length,
  rawTex: ({_RAW_TEX_JS})(),
}})
"""

# done when MathJax has started and every arithmatex element holds output
MATH_READY_JS = """
() => window.MathJax !== undefined && MathJax.startup !== undefined &&
      MathJax.startup.promise !== undefined &&
      [...document.querySelectorAll(".arithmatex")]
        .every(e => e.querySelector("mjx-container"))
"""


def wait_for_math(page):
    """Wait until MathJax has typeset the page; return its math state."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        page.wait_for_function(MATH_READY_JS, timeout=TIMEOUT_MS)
        # arithmatex done; notebook Markdown ($...$) may still be queued
        page.evaluate("() => MathJax.startup.promise.then(() => true)")
    except PlaywrightError as exc:  # a timeout or an error in the page
        state = page.evaluate(MATH_STATE_JS)
        state["timeout"] = f"MathJax did not finish: {exc}".splitlines()[0]
        return state
    state = page.evaluate(MATH_STATE_JS)
    state["timeout"] = ""
    return state


@dataclass
class Recorder:
    """Everything a page asked for or complained about."""

    requests: list = field(default_factory=list)
    # Playwright's resource type of each URL: document, script, font, ...
    kinds: dict = field(default_factory=dict)
    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)

    def attach(self, page):
        page.on("request", self._request)
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        return self

    def _request(self, request):
        self.requests.append(request.url)
        self.kinds[request.url] = request.resource_type

    def _console(self, message):
        if message.type == "error":
            where = message.location.get("url", "")
            self.console_errors.append(f"{message.text} ({where})")

    def mark(self):
        """Counts now, to look only at what happens after this point."""
        return (len(self.requests), len(self.console_errors),
                len(self.page_errors))

    def since(self, mark):
        r, c, p = mark
        return (self.requests[r:], self.console_errors[c:],
                self.page_errors[p:])


def foreign(requests, base_url):
    """The requests that leave the local server (data: URLs stay)."""
    local = urlsplit(base_url).netloc
    return [u for u in requests
            if urlsplit(u).scheme not in {"data", "blob", "about"}
            and urlsplit(u).netloc != local]


@dataclass
class Visit:
    """One page loaded in its own fresh browser context (empty cache)."""

    src: str
    url: str
    page: object
    recorder: Recorder
    math: dict
    seconds: float
    # what the page requested while loading (later tests may add more)
    requests: list


class Browser:
    """One chromium for the whole session, with one visit per page."""

    def __init__(self, site_dir, base_url):
        from playwright.sync_api import sync_playwright

        self.site_dir = Path(site_dir)
        self.base_url = base_url
        self._visits = {}
        self._contexts = []
        self.started = time.perf_counter()
        self._playwright = sync_playwright().start()
        try:
            # Playwright launches with a fresh temporary profile (user
            # data dir) and deletes it on close
            self.browser = self._playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        except Exception:
            self._playwright.stop()
            raise

    def url(self, src):
        return self.base_url + page_path(src)

    def new_page(self, **options):
        """A page in a fresh context (own cache and storage), recorded.

        ``options`` go to Playwright's ``new_context``, e.g.
        ``color_scheme="dark"``.
        """
        context = self.browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        self._contexts.append(context)
        page = context.new_page()
        return page, Recorder().attach(page)

    def visit(self, src):
        """The page for ``src``, loaded once and kept open for reuse."""
        if src not in self._visits:
            page, recorder = self.new_page()
            start = time.perf_counter()
            page.goto(self.url(src), wait_until="load")
            math = wait_for_math(page)
            # MathJax fonts, the search index, sitemap.xml: all in
            page.wait_for_load_state("networkidle")
            self._visits[src] = Visit(src, self.url(src), page, recorder,
                                      math, time.perf_counter() - start,
                                      list(recorder.requests))
        return self._visits[src]

    def weight(self, visit, *, data=False):
        """Bytes (gzip for text) of each distinct resource a visit used.

        By default what makes the page: HTML, CSS, JS, fonts and images
        (favicon included); with ``data=True`` only the data fetched for
        features instead (search index, sitemap.xml).
        """
        sizes = {}
        for url in dict.fromkeys(visit.requests):
            path = urlsplit(url).path
            file = site_file(self.site_dir, path)
            # a 404 weighs nothing here; the console-error test reports it
            if (url.startswith(self.base_url) and file.is_file()
                    and (visit.recorder.kinds[url] in DATA_KINDS) == data):
                sizes[path] = gzip_size(file)
        return sizes

    def close(self):
        for context in self._contexts:
            context.close()
        self.browser.close()
        self._playwright.stop()
        self.seconds = time.perf_counter() - self.started


# -- fixtures ------------------------------------------------------------

_REPORT = {}


@pytest.fixture(scope="session")
def site_server(built_site):
    """The built site on a local HTTP server; its base URL."""
    server = SiteServer(Path(built_site)).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser(request):
    """The session's chromium, with the site served and visits cached."""
    # check before building and serving the site: a skip should be quick
    if not CHROMIUM.exists():
        skip_or_fail(f"no chromium at {CHROMIUM} (apt-get install chromium "
                     "on Debian, or set CHROMIUM_PATH to a Chromium or "
                     "Chrome binary)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        skip_or_fail("the playwright package is not installed "
                     "(pip install -e '.[test]')")
    site_server = request.getfixturevalue("site_server")
    try:
        session = Browser(site_server.directory, site_server.url)
    except Exception as exc:  # Playwright's error: not a browser it drives
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        skip_or_fail(f"{CHROMIUM} did not start ({first}); if it is "
                     "Ubuntu's snap stub, set CHROMIUM_PATH to a Chromium "
                     "or Chrome binary")
    _REPORT["browser"] = session
    yield session
    session.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Add up the time of the tests that use the browser."""
    if "browser" in item.fixturenames:
        _REPORT["seconds"] = _REPORT.get("seconds", 0.0) + call.duration
        if call.when == "call":
            _REPORT["tests"] = _REPORT.get("tests", 0) + 1
    return (yield)


def pytest_terminal_summary(terminalreporter):
    """Say how long the browser tests took and what lesson pages weigh."""
    session = _REPORT.get("browser")
    if session is None or not hasattr(session, "seconds"):
        return
    write = terminalreporter.write_line
    terminalreporter.section("browser")
    write(f"{_REPORT.get('tests', 0)} browser tests in "
          f"{_REPORT.get('seconds', 0):.1f} s (site build included), "
          f"{len(session._visits)} pages visited")
    for src, visit in session._visits.items():
        if is_lesson(src):
            kb = sum(session.weight(visit).values()) / 1024
            data_kb = sum(session.weight(visit, data=True).values()) / 1024
            write(f"  {src}: {kb:.0f} KB gzip (+ {data_kb:.0f} KB search "
                  f"index etc.), loaded and typeset in {visit.seconds:.1f} s")
