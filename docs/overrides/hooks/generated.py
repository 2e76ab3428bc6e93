"""Figures and Markdown generated at build time from the snippets package.

A page asks for generated content with an HTML comment alone on its line
(it may be indented, e.g. inside an admonition or a tab)::

    <!-- figure: snippets._site.figures:plot_activations | Alt text -->
    <!-- markdown: snippets._site.data_tables:titanic_head_table -->
    <!-- listing: snippets.forward:forward_propagation_nn -->

``figure``: the hook calls ``func(fig)`` on a fresh matplotlib ``Figure``
twice, under a light and under a dark style (transparent background, text
and axes in Material's colours for each scheme), saves both as SVG into the
site under ``assets/figures/`` and replaces the line with::

    ![Alt text](…-light.svg#only-light){ loading=lazy width=… height=… }
    ![Alt text](…-dark.svg#only-dark){ loading=lazy width=… height=… }

(on one line). ``loading=lazy``: the browser fetches an image when it
nears the screen, and never the other scheme's image, which is hidden
(``display: none``, docs/stylesheets/extra.css). ``width`` and ``height``
(the SVG's own size in CSS pixels) reserve the figure's space before it
arrives, so the text does not jump.

``markdown``: the line is replaced by the string ``func()`` returns.

``listing``: the line is replaced by the function's listing, its code with
the docstring cut to its summary and a link to its API entry (see
``snippets._site.listing``). The module is read, never imported.

Any failure (unknown module or function, an exception in the function, a
wrong return type, an empty alt text) fails the build with a message that
names the page and the marker. Markers inside fenced code blocks are left
alone so a page can show the syntax.

Figures are rendered in ``on_files`` (before any page is converted) so the
SVG files are regular generated files that ``--strict`` link validation
sees; each figure is drawn once per build however many pages use it.
SVG output is deterministic: fixed ``svg.hashsalt``, no date metadata.

Matplotlib is slow to import and to lay out figures, so results are also
kept on disk between builds, under ``.cache/generated/<key>/``, where the
key covers everything that decides them: the files under ``snippets/``,
this hook's source, Python and the NumPy/pandas/matplotlib versions.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import logging
import posixpath
import re
import sys
import traceback
from pathlib import Path

from _hookutils import cache_key, prune, repo_root
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

log = logging.getLogger(f"mkdocs.hooks.{__name__}")

FIGURE_DIR = "assets/figures"
SCHEMES = ("light", "dark")
CACHE_BASE = ".cache/generated"
# what, besides snippets/ and this file, decides a figure or a table
LIBRARIES = ("numpy", "pandas", "matplotlib")

# `<!-- figure: module:func | alt -->` / `<!-- markdown: module:func -->`,
# alone on a line; the target is validated separately for a clear message
MARKER = re.compile(
    r"^(?P<indent>[ \t]*)<!--[ \t]*(?P<kind>figure|markdown|listing):"
    r"(?P<body>.*?)-->[ \t]*$"
)
TARGET = re.compile(r"^(?P<module>[A-Za-z_][\w.]*):(?P<func>[A-Za-z_]\w*)$")
FENCE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})")

# Material's text colours: --md-default-fg-color in each scheme
FOREGROUND = {
    "light": "#000000de",  # default: rgba(0, 0, 0, .87)
    "dark": "#e2e4e9d1",  # slate: hsla(225, 15%, 90%, .82)
}
# --md-default-fg-color--lighter of each scheme: visible, never loud
GRID = {"light": "#00000052", "dark": "#e2e4e952"}

# state of one build, reset in on_config / on_pre_build
_figures: dict[tuple[str, str], dict[str, str]] = {}
_markdown: dict[tuple[str, str], str] = {}
_cache: dict[str, Path] = {}
# {function: (page, title)} of the first listing of each, for "Uses ..."
_taught: dict[str, tuple[str, str]] = {}


class MarkerError(PluginError):
    """A generated-content marker could not be resolved."""


class _NotNone(TypeError):
    """A figure function returned something instead of None."""


def _style(scheme: str) -> dict[str, object]:
    """Matplotlib rcParams for one Material colour scheme."""
    fg = FOREGROUND[scheme]
    return {
        "axes.edgecolor": fg,
        "axes.facecolor": "none",
        "axes.labelcolor": fg,
        "axes.titlecolor": fg,
        "figure.facecolor": "none",
        "figure.edgecolor": "none",
        "grid.color": GRID[scheme],
        "legend.edgecolor": fg,
        "legend.facecolor": "none",
        "legend.labelcolor": fg,
        "savefig.facecolor": "none",
        "savefig.edgecolor": "none",
        "savefig.transparent": True,
        "text.color": fg,
        "xtick.color": fg,
        "xtick.labelcolor": fg,
        "ytick.color": fg,
        "ytick.labelcolor": fg,
        # deterministic SVG: stable element ids, text drawn as paths
        "svg.hashsalt": "nn-from-scratch",
        "svg.fonttype": "path",
    }


def _markers(markdown: str):
    """Yield (line number, match) for every marker outside code fences."""
    fence = None
    for number, line in enumerate(markdown.splitlines(), start=1):
        opening = FENCE.match(line)
        if fence is None and opening:
            fence = opening["fence"]
            continue
        if fence is not None:
            # a fence closes with the same character, at least as long
            if (
                opening
                and opening["fence"][0] == fence[0]
                and len(opening["fence"]) >= len(fence)
                and not line.strip()[len(opening["fence"]) :]
            ):
                fence = None
            continue
        found = MARKER.match(line)
        if found:
            yield number, found


def _parse(found: re.Match, where: str) -> tuple[str, str, str | None]:
    """Split a marker into (module, func, alt); alt is None for markdown."""
    body = found["body"].strip()
    alt = None
    if found["kind"] == "figure":
        target, sep, alt = body.partition("|")
        alt = alt.strip()
        if not sep or not alt:
            raise MarkerError(
                f"{where}: a figure needs alt text after '|', e.g. "
                "<!-- figure: snippets._site.figures:plot_activations | "
                "Sigmoid, ReLU and tanh side by side -->"
            )
        if "[" in alt or "]" in alt:
            raise MarkerError(f"{where}: alt text may not contain '[' or ']'")
        body = target.strip()
    target = TARGET.match(body)
    if not target:
        raise MarkerError(
            f"{where}: expected 'package.module:function', got {body!r}"
        )
    return target["module"], target["func"], alt


def _resolve(module_name: str, func_name: str, where: str):
    """Import module_name and return its callable func_name."""
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:
        raise MarkerError(
            f"{where}: cannot import module {module_name!r}: "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    func = getattr(module, func_name, None)
    if not callable(func):
        raise MarkerError(
            f"{where}: module {module_name!r} has no function {func_name!r}"
        )
    return func


def _call_failed(where: str, exc: BaseException) -> MarkerError:
    """A MarkerError that carries the function's traceback."""
    trace = "".join(traceback.format_exception(exc)).rstrip()
    return MarkerError(
        f"{where}: the function raised {type(exc).__name__}: {exc}\n{trace}"
    )


def _draw(func, scheme: str) -> str:
    """Call func on a fresh Figure under one scheme's style; return SVG."""
    import matplotlib
    from matplotlib.figure import Figure

    # no GUI backend, whatever the environment says (a no-op once set)
    matplotlib.use("Agg")
    with matplotlib.rc_context(_style(scheme)):
        fig = Figure()
        result = func(fig)
        if result is not None:
            raise _NotNone(
                f"a figure function draws on the Figure it is given and "
                f"returns None; got {type(result).__name__}"
            )
        buffer = io.StringIO()
        # metadata Date None: no timestamp, so identical builds are identical
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def _read_cache(names: list[str]) -> list[str] | None:
    """The cached texts stored under names, or None if any is missing."""
    folder = _cache["dir"]
    paths = [folder / name for name in names]
    if not all(path.is_file() for path in paths):
        return None
    return [path.read_text(encoding="utf-8") for path in paths]


def _write_cache(texts: dict[str, str]) -> None:
    folder = _cache["dir"]
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        # write-then-rename: a concurrent build never reads half a file
        partial = folder / f"{name}.partial"
        partial.write_text(text, encoding="utf-8")
        partial.replace(folder / name)


def _figure_files(module_name: str, func_name: str, where: str, config):
    """Draw a figure (once per build) and return its two generated Files."""
    key = (module_name, func_name)
    names = [f"{module_name}.{func_name}-{scheme}.svg" for scheme in SCHEMES]
    if key not in _figures:
        cached = _read_cache(names)
        if cached is None:
            func = _resolve(module_name, func_name, where)
            cached = []
            for scheme in SCHEMES:
                try:
                    cached.append(_draw(func, scheme))
                except _NotNone as exc:
                    raise MarkerError(f"{where}: {exc}") from exc
                except Exception as exc:
                    raise _call_failed(where, exc) from exc
            _write_cache(dict(zip(names, cached)))
        _figures[key] = dict(zip(SCHEMES, cached))
    return [
        File.generated(
            config,
            f"{FIGURE_DIR}/{module_name}.{func_name}-{scheme}.svg",
            content=svg,
        )
        for scheme, svg in _figures[key].items()
    ]


def _svg_size(svg: str, where: str) -> tuple[int, int]:
    """The width and height of an SVG in CSS pixels (1pt = 4/3 px)."""
    found = re.search(
        r'<svg\b[^>]*?\bwidth="([\d.]+)pt"[^>]*?\bheight="([\d.]+)pt"', svg
    )
    if found is None:
        raise MarkerError(f"{where}: the SVG has no width and height in pt")
    return tuple(round(float(size) * 4 / 3) for size in found.groups())


def _markdown_for(module_name: str, func_name: str, where: str) -> str:
    """Call a markdown function (once per build) and return its text."""
    key = (module_name, func_name)
    name = f"{module_name}.{func_name}.md"
    if key not in _markdown:
        cached = _read_cache([name])
        if cached is not None:
            _markdown[key] = cached[0]
            return cached[0]
        func = _resolve(module_name, func_name, where)
        try:
            text = func()
        except Exception as exc:
            raise _call_failed(where, exc) from exc
        if not isinstance(text, str):
            raise MarkerError(
                f"{where}: a markdown function returns a str; got "
                f"{type(text).__name__}"
            )
        _write_cache({name: text})
        _markdown[key] = text
    return _markdown[key]


def _listing_for(module_name: str, func_name: str, where: str,
                 page_dir: str) -> str:
    """The Markdown of a function's listing, read from its module's file.

    The line under it links the listings it uses to their pages
    (``_taught``, gathered from every page in ``on_files``).
    """
    from snippets._site.listing import listing_markdown

    spec = importlib.util.find_spec(module_name)
    if spec is None or spec.origin is None:
        raise MarkerError(f"{where}: no module {module_name!r}")
    source = Path(spec.origin).read_text(encoding="utf-8")

    def link(page: str) -> str:
        return posixpath.relpath(page, page_dir or ".")

    try:
        return listing_markdown(source, module_name, func_name,
                                taught=_taught, link=link)
    except (LookupError, StopIteration, SyntaxError) as exc:
        raise MarkerError(
            f"{where}: no function {func_name!r} in a section of the same "
            f"name in {module_name!r} ({exc})"
        ) from exc


def _where(src_uri: str, number: int, found: re.Match) -> str:
    return f"{src_uri}:{number}: marker {found.group(0).strip()!r}"


def on_config(config):
    # Import the snippets package of this checkout, whatever the working
    # directory and whatever copy an editable install points to.
    root = repo_root(config)
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    key = cache_key(
        root, libraries=LIBRARIES, extra=Path(__file__).read_bytes()
    )
    _cache["dir"] = root / CACHE_BASE / key
    return config


def on_pre_build(config):
    _figures.clear()
    _markdown.clear()
    # `mkdocs serve` rebuilds in the same process: import snippets afresh
    # so edited code shows up in figures and tables
    for name in [m for m in sys.modules if m.split(".")[0] == "snippets"]:
        del sys.modules[name]


def _page_title(src_uri: str) -> str:
    """"Lesson 6" for lessons/06-forward-propagation.md, else the stem."""
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    number = re.match(r"(\d+)-", stem)
    return f"Lesson {int(number[1])}" if number else stem


def on_files(files, config):
    generated = {}
    _taught.clear()
    for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
        if not file.src_uri.endswith(".md") or file.abs_src_path is None:
            continue
        for number, found in _markers(file.content_string):
            if found["kind"] == "listing":
                target = TARGET.match(found["body"].strip())
                if target and target["func"] not in _taught:
                    _taught[target["func"]] = (
                        file.src_uri, _page_title(file.src_uri))
            if found["kind"] != "figure":
                continue
            where = _where(file.src_uri, number, found)
            module_name, func_name, _ = _parse(found, where)
            for svg in _figure_files(module_name, func_name, where, config):
                generated[svg.src_uri] = svg
    for svg in generated.values():
        files.append(svg)
    if generated:
        log.debug("figures: %d SVG files generated", len(generated))
    return files


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown  # notebooks are rendered by mkdocs-jupyter
    markers = list(_markers(markdown))
    if not markers:
        return markdown
    lines = markdown.splitlines()
    # the front matter is gone by now: count lines as the source file does
    source = page.file.content_string
    offset = source.count("\n") - markdown.count("\n")
    if not source.endswith(markdown.rstrip("\n") + "\n"):
        offset = 0
    page_dir = posixpath.dirname(page.file.src_uri)
    for number, found in markers:
        where = _where(page.file.src_uri, number + offset, found)
        module_name, func_name, alt = _parse(found, where)
        indent = found["indent"]
        if found["kind"] == "figure":
            images = []
            for scheme in SCHEMES:
                uri = f"{FIGURE_DIR}/{module_name}.{func_name}-{scheme}.svg"
                if files.get_file_from_path(uri) is None:
                    # only pages read in on_files get figures drawn
                    raise MarkerError(f"{where}: no figure file {uri}")
                url = posixpath.relpath(uri, page_dir or ".")
                width, height = _svg_size(
                    _figures[(module_name, func_name)][scheme], where
                )
                images.append(
                    f"![{alt}]({url}#only-{scheme})"
                    f"{{ loading=lazy width={width} height={height} }}"
                )
            lines[number - 1] = indent + "".join(images)
        else:
            if found["kind"] == "listing":
                text = _listing_for(module_name, func_name, where,
                                    page_dir)
            else:
                text = _markdown_for(module_name, func_name, where)
            lines[number - 1] = "\n".join(
                indent + line if line.strip() else ""
                for line in text.strip("\n").splitlines()
            )
    return "\n".join(lines) + "\n"


def on_post_build(config):
    prune(_cache["dir"])


# In the API reference's source of a guarded function, the section marker
# sits between the decorator (the input checks) and the `def`: say what it
# means instead of showing the marker (same line count: line numbers hold)
SOURCE_MARKER = re.compile(
    r'<span class="c1"># --8&lt;-- \[start:[\w-]+\]</span>')
SOURCE_MARKER_TEXT = (
    '<span class="c1"># the checks above; the lesson\'s listing starts '
    'at def</span>')


def on_page_content(html, page, config, files):
    return SOURCE_MARKER.sub(SOURCE_MARKER_TEXT, html)
