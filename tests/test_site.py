"""The site build: strict, complete, self-contained, and showing tested code.

Most tests read the site that ``built_site`` (tests/conftest.py) builds
once per session. The rest build tiny throwaway projects that inherit the
real mkdocs.yml, to prove that a broken snippet or a broken marker fails
the build instead of publishing an empty block.
"""

import html
import importlib
import importlib.util
import inspect
import re
import textwrap
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar
from urllib.parse import unquote, urljoin, urlsplit

import jupytext
import nbformat
import pytest
import yaml

from conftest import (
    FORK,
    FORK_BRANCH,
    ROOT,
    load_hook,
    run_mkdocs_build,
)

DOCS = ROOT / "docs"
HOOKS = DOCS / "overrides" / "hooks"
REFERENCE_PAGE = "reference/index.html"
NOTEBOOKS = sorted((DOCS / "notebooks").glob("*.py"))


# -- helpers ---------------------------------------------------------------


class _AnyTagLoader(yaml.SafeLoader):
    """A YAML loader that reads mkdocs.yml's custom tags as None."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_config():
    """The raw mkdocs.yml (custom tags such as !ENV become None)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=_AnyTagLoader)


def nav_entries(items):
    """Yield (title, path) for every page in a mkdocs nav list."""
    for item in items:
        if isinstance(item, str):
            yield None, item
            continue
        for title, value in item.items():
            if isinstance(value, list):
                yield from nav_entries(value)
            else:
                yield title, value


def source_pages():
    """Every page source under docs/: Markdown pages and notebooks."""
    markdown = {
        p.relative_to(DOCS).as_posix()
        for p in DOCS.rglob("*.md")
        if "overrides" not in p.relative_to(DOCS).parts
    }
    return markdown | {p.relative_to(DOCS).as_posix() for p in NOTEBOOKS}


def html_pages(site):
    """Every HTML page of a built site, as (site-relative path, text)."""
    for path in sorted(site.rglob("*.html")):
        yield path.relative_to(site).as_posix(), path.read_text("utf-8")


def code_blocks(page_html):
    """The text of every <pre> block: tags stripped, entities unescaped."""
    pre = re.compile(r"<pre\b[^>]*>(.*?)</pre>", flags=re.DOTALL)
    blocks = pre.findall(page_html)
    return [html.unescape(re.sub(r"<[^>]+>", "", b)) for b in blocks]


def public_functions():
    """The functions the course publishes, keyed 'module.name'.

    snippets.__all__, plus the public functions of every module the API
    reference documents (``::: snippets.<module>`` lines; a module's
    __all__ if it defines one).
    """
    import snippets

    reference = (DOCS / "reference.md").read_text()
    found = {}
    candidates = [getattr(snippets, name) for name in snippets.__all__]
    # the modules the reference documents, except the private input checks
    for module_name in re.findall(r"^::: (snippets\.[a-z]\w*)$", reference,
                                  flags=re.MULTILINE):
        module = importlib.import_module(module_name)
        names = getattr(module, "__all__", None) or [
            name for name, obj in vars(module).items()
            if not name.startswith("_")
            and inspect.isfunction(obj)
            and obj.__module__ == module_name
        ]
        candidates += [getattr(module, name) for name in names]
    for func in candidates:
        if inspect.isfunction(func):
            found[f"{func.__module__}.{func.__qualname__}"] = func
    return dict(sorted(found.items()))


PUBLIC_FUNCTIONS = public_functions()


class ResourceParser(HTMLParser):
    """Collect what an HTML page loads: URLs, inline CSS and scripts."""

    # <link rel=...> values that make the browser fetch something
    LOADING_RELS: ClassVar[frozenset] = frozenset({
        "stylesheet", "icon", "shortcut", "apple-touch-icon", "preload",
        "modulepreload", "prefetch", "preconnect", "dns-prefetch",
        "manifest", "mask-icon",
    })
    URL_ATTRS: ClassVar[dict] = {
        "script": ("src",),
        "img": ("src", "srcset"),
        "source": ("src", "srcset"),
        "iframe": ("src",),
        "embed": ("src",),
        "object": ("data",),
        "video": ("src", "poster"),
        "audio": ("src",),
        "track": ("src",),
        "input": ("src",),
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []  # (tag, url)
        self.css = []  # inline <style> text and style="" attributes
        self.scripts = []  # inline script bodies
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("style"):
            self.css.append(attrs["style"])
        if tag == "link":
            rels = set((attrs.get("rel") or "").lower().split())
            if rels & self.LOADING_RELS and attrs.get("href"):
                self.urls.append((tag, attrs["href"]))
        for name in self.URL_ATTRS.get(tag, ()):
            value = attrs.get(name)
            if not value:
                continue
            if name == "srcset":
                for candidate in value.split(","):
                    self.urls.append((tag, candidate.strip().split(" ")[0]))
            else:
                self.urls.append((tag, value))
        if tag in ("style", "script") and not attrs.get("src"):
            self._in = tag
            (self.css if tag == "style" else self.scripts).append("")

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "style":
            self.css[-1] += data
        elif self._in == "script":
            self.scripts[-1] += data


def parse_resources(page_html):
    parser = ResourceParser()
    parser.feed(page_html)
    parser.close()
    return parser


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""")
EXTERNAL_IN_SCRIPT = re.compile(
    r"""(?:import\(|src\s*=|fetch\(|href\s*=)\s*['"`](?:https?:)?//""",
    re.IGNORECASE,
)


def is_external(url):
    """True for a URL on another host (http:, https: or //host)."""
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or parts.scheme in ("http", "https")


# -- the real site ---------------------------------------------------------


def test_strict_build_succeeds(site_build, record_property):
    """`mkdocs build --strict` of the real site passes and writes pages."""
    record_property("build_seconds", round(site_build.seconds, 1))
    assert (site_build.site_dir / "index.html").is_file()
    # mkdocs' own warnings (a kernel's "[IPKernelApp] WARNING" is not one)
    warning = re.compile(r"^WARNING\s+-", flags=re.MULTILINE)
    assert not warning.search(site_build.output)


@pytest.mark.parametrize(
    "src", sorted(source_pages()), ids=lambda src: src
)
def test_every_page_is_in_the_nav_with_a_title(src):
    """Each docs page and notebook has a titled entry in mkdocs.yml's nav."""
    titles = {
        path: title for title, path in nav_entries(mkdocs_config()["nav"])
    }
    assert src in titles, f"{src} is missing from the nav in mkdocs.yml"
    assert titles[src], f"{src} has no title in the nav"


def test_nav_lists_only_existing_pages():
    """No nav entry points to a page that does not exist."""
    nav = [path for _, path in nav_entries(mkdocs_config()["nav"])]
    assert sorted(set(nav) - source_pages()) == []


def test_every_nav_page_is_built(built_site):
    """Each nav entry has its HTML page in the built site."""
    missing = []
    for _, src in nav_entries(mkdocs_config()["nav"]):
        stem = src.rsplit(".", 1)[0]
        page = "index.html" if stem == "index" else f"{stem}/index.html"
        if not (built_site / page).is_file():
            missing.append(page)
    assert missing == []


class CodeBlocks(list):
    """A list of code blocks that prints short in a failure report."""

    def __repr__(self):
        return f"<{len(self)} code blocks>"


@pytest.fixture(scope="module")
def published_code(built_site):
    """The code blocks of every built page except the API reference."""
    return CodeBlocks(
        block
        for page, text in html_pages(built_site)
        if page != REFERENCE_PAGE
        for block in code_blocks(text)
    )


def listing_of(func):
    """The code a lesson shows for func: imports, function, short doc."""
    from snippets._site.listing import listing_code

    source = Path(inspect.getsourcefile(inspect.unwrap(func))).read_text()
    return listing_code(source, func.__name__)


@pytest.mark.parametrize("name", list(PUBLIC_FUNCTIONS))
def test_public_function_is_published(published_code, name):
    """Its listing or its whole source is in a code block of a lesson.

    The listing is the source file's own text (the imports, then the
    function with its docstring cut to the summary): what runs.
    """
    func = PUBLIC_FUNCTIONS[name]
    source = textwrap.dedent(inspect.getsource(func)).strip("\n")
    listing = listing_of(func)
    if not any(source in block or listing in block
               for block in published_code):
        module = func.__module__
        pytest.fail(
            f"{name} is not shown whole on any page (the API reference "
            "does not count); embed its listing with "
            f"<!-- listing: {module}:{func.__name__} -->"
        )


def test_listing_is_the_source_minus_the_docstring_body():
    """A listing drops only docstring lines: the code is the code."""
    from snippets import forward_propagation_nn

    source = inspect.getsource(forward_propagation_nn)
    listing = listing_of(forward_propagation_nn)
    body = listing.split("def forward_propagation_nn", 1)[1]
    assert "Parameters" not in body and "Examples" not in body
    assert body.count('"""') == 2
    code = [line for line in body.splitlines()[1:]
            if line.strip() and not line.startswith('    """')]
    assert all(line in source for line in code)
    assert "    Z1 = W1 @ X + b1      # (n_h, m)" in code


# The longest listing, in rendered lines, of each function a lesson
# teaches (issue: "Listings a learner can read"): the idea in a screenful.
LISTING_LIMITS = {
    "relu": 12,
    "tanh": 12,
    "sigmoid": 20,
    "softmax": 20,
    "initialize_parameters_nn": 25,
    "forward_propagation_nn": 25,
    "compute_cost": 25,
    "update_parameters_nn": 20,
    "backward_propagation_nn": 40,
    "predict_nn": 20,
    "train_nn": 40,
    "gradient_check_nn": 45,
    "train_logistic_regression": 35,
    "predict_logistic_regression": 12,
    "accuracy": 12,
    "random_mini_batches": 25,
    "initialize_velocity": 15,
    "update_parameters_with_momentum": 25,
    "initialize_rmsprop": 15,
    "update_parameters_with_rmsprop": 25,
    "initialize_adam": 15,
    "update_parameters_with_adam": 25,
    "run_epoch": 40,
    "fit_nn": 50,
    "one_hot": 15,
    "forward_propagation_softmax": 25,
    "compute_cost_softmax": 25,
    "backward_propagation_softmax": 40,
    "train_softmax_nn": 40,
    "predict_softmax": 15,
    "train_softmax_regression": 35,
    "predict_softmax_regression": 15,
    "initialize_parameters_deep": 25,
    "forward_propagation_deep": 35,
    "backward_propagation_deep": 40,
    "compute_cost_with_l2": 25,
}


@pytest.fixture(scope="module")
def lesson_listings(built_site):
    """{function name: lines of the first code block that defines it}."""
    found = {}
    for page in sorted((built_site / "lessons").glob("*/index.html")):
        for block in code_blocks(page.read_text("utf-8")):
            for name in re.findall(r"^def (\w+)\(", block, re.MULTILINE):
                found.setdefault(name, block.rstrip("\n").splitlines())
    return found


@pytest.mark.parametrize("name", list(LISTING_LIMITS))
def test_taught_listing_fits_a_screenful(lesson_listings, name):
    """The first listing a reader sees of a taught function is short."""
    assert name in lesson_listings, f"no lesson shows def {name}("
    lines = lesson_listings[name]
    assert len(lines) <= LISTING_LIMITS[name], "\n".join(lines)


def test_every_listing_a_lesson_shows_has_a_limit(lesson_listings):
    """A new taught function gets a limit here too."""
    assert set(lesson_listings) <= set(LISTING_LIMITS)


def test_listings_link_to_their_full_api_entry(built_site):
    """Under each listing, a link leads to the function's API entry."""
    page = (built_site / "lessons" / "06-forward-propagation" /
            "index.html").read_text("utf-8")
    assert re.search(
        r'<p class="listing-more">Uses <code>relu</code> and <code>sigmoid'
        r'</code> from <a href="\./">Lesson 6</a>\. A copy carries no input '
        r'checks;[^<]*<a [^>]*href="\.\./\.\./reference/'
        r'#snippets\.forward\.forward_propagation_nn"', page)


@pytest.mark.parametrize("name", list(PUBLIC_FUNCTIONS))
def test_api_reference_documents_public_function(built_site, name):
    """The API reference has a section (mkdocstrings anchor) per function."""
    reference = (built_site / REFERENCE_PAGE).read_text("utf-8")
    assert f'id="{name}"' in reference


def test_no_snippet_marker_survives(built_site):
    """No built page shows a pymdownx.snippets marker (`--8<--`)."""
    leftovers = [
        page for page, text in html_pages(built_site)
        if "--8<--" in html.unescape(text)
    ]
    assert leftovers == []


def test_no_resource_from_another_host(built_site):
    """No page or stylesheet loads a script, style, font or image remotely."""
    found = []
    for page, text in html_pages(built_site):
        resources = parse_resources(text)
        found += [
            (page, tag, url) for tag, url in resources.urls
            if is_external(url)
        ]
        for css in resources.css:
            found += [
                (page, "css", a or b) for a, b in CSS_URL.findall(css)
                if is_external(a or b)
            ]
        for script in resources.scripts:
            found += [
                (page, "script", m.group(0))
                for m in EXTERNAL_IN_SCRIPT.finditer(script)
            ]
    for sheet in sorted(built_site.rglob("*.css")):
        css = sheet.read_text("utf-8")
        found += [
            (sheet.relative_to(built_site).as_posix(), "css", a or b)
            for a, b in CSS_URL.findall(css)
            if is_external(a or b)
        ]
    assert found == []


def test_local_scripts_styles_and_images_exist(built_site):
    """Every local script, stylesheet and image a page loads is in the site."""
    missing = []
    for page, text in html_pages(built_site):
        base = "http://site.invalid/" + page
        for tag, url in parse_resources(text).urls:
            if is_external(url) or url.startswith("data:"):
                continue
            path = unquote(urlsplit(urljoin(base, url)).path).lstrip("/")
            target = built_site / path
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                missing.append((page, tag, url))
    assert missing == []


def test_mathjax_is_served_from_the_site(built_site):
    """MathJax's components, fonts and TeX extensions are in the site."""
    import mathjax

    es5 = Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"
    components = ["startup.js", "core.js", "input/tex.js", "output/chtml.js",
                  "output/chtml/fonts/tex.js", "a11y/assistive-mml.js"]
    wanted = components + [
        p.relative_to(es5).as_posix()
        for folder in ("output/chtml/fonts/woff-v2", "input/tex/extensions")
        for p in (es5 / folder).rglob("*") if p.is_file()
    ]
    site_mathjax = built_site / "assets" / "mathjax"
    missing = [name for name in wanted if not (site_mathjax / name).is_file()]
    assert missing == []
    for name in components:
        assert (site_mathjax / name).read_bytes() == (
            es5 / name).read_bytes(), name
    # the 426 KB right-click menu stays out (page weight budget)
    assert not (site_mathjax / "ui" / "menu.js").exists()


@pytest.mark.parametrize("page", ["index.html", REFERENCE_PAGE])
def test_pages_load_mathjax_after_its_configuration(built_site, page):
    """The page loads the config, then MathJax's startup.js (no bundle)."""
    scripts = [
        url for tag, url in parse_resources(
            (built_site / page).read_text("utf-8")
        ).urls if tag == "script"
    ]
    names = [url.rsplit("/", 1)[-1] for url in scripts]
    assert not [name for name in names if name.startswith("tex-")], names
    assert names.index("mathjax.js") < names.index("startup.js")


def test_figures_have_no_date_and_no_background(built_site):
    """Build-time SVGs carry no timestamp and no opaque white background."""
    svgs = sorted((built_site / "assets" / "figures").glob("*.svg"))
    assert svgs, "no build-time figures in the site"
    for svg in svgs:
        text = svg.read_text("utf-8")
        assert "<dc:date>" not in text, svg.name
        assert "fill: #ffffff" not in text, svg.name


def test_every_figure_has_a_light_and_a_dark_version(built_site):
    """assets/figures/ holds figures in -light/-dark pairs."""
    names = {p.name for p in (built_site / "assets" / "figures").glob("*")}
    stems = {re.sub(r"-(light|dark)\.svg$", "", n) for n in names}
    assert names == {f"{s}-{v}.svg" for s in stems for v in ("light", "dark")}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_download_is_a_valid_ipynb(built_site, notebook):
    """The .ipynb next to a notebook page is valid nbformat, same cells."""
    ipynb = built_site / "notebooks" / f"{notebook.stem}.ipynb"
    downloaded = nbformat.reads(ipynb.read_text("utf-8"), as_version=4)
    nbformat.validate(downloaded)
    source = jupytext.read(notebook)
    assert [(c.cell_type, c.source) for c in downloaded.cells] == [
        (c.cell_type, c.source) for c in source.cells
    ]
    assert downloaded.metadata.kernelspec.language == "python"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_page_has_a_download_button(built_site, notebook):
    """The notebook page shows 'Download .ipynb' linking to the file."""
    page = f"notebooks/{notebook.stem}/index.html"
    text = (built_site / page).read_text("utf-8")
    button = re.search(
        r'<a class="md-button nb-download" href="([^"]+)"[^>]*'
        r'\bdownload="([^"]+)"[^>]*>(.*?)</a>',
        text,
        flags=re.DOTALL,
    )
    assert button, f"no download button on {page}"
    href, filename, content = button.groups()
    assert filename == f"{notebook.stem}.ipynb"
    assert "Download .ipynb" in re.sub(r"<[^>]+>", "", content)
    target = urljoin(f"http://site.invalid/{page}", href)
    assert urlsplit(target).path == f"/notebooks/{notebook.stem}.ipynb"


def test_only_notebook_pages_have_a_download_button(built_site):
    """Markdown pages show no notebook download button."""
    with_button = {
        page for page, text in html_pages(built_site)
        if "nb-download" in text
    }
    assert with_button == {
        f"notebooks/{p.stem}/index.html" for p in NOTEBOOKS
    }


# -- tiny projects that inherit the real configuration ----------------------

EXAMPLE_MODULE = '''\
# --8<-- [start:present]
def present():
    return "present"
# --8<-- [end:present]
'''

# figure and markdown functions for the generated-content hook; every
# figure call is logged to calls.txt so the test can count the drawings
TINYGEN_MODULE = '''\
from pathlib import Path

CALLS = Path(__file__).with_name("calls.txt")


def line(fig):
    with CALLS.open("a") as log:
        log.write("line\\n")
    ax = fig.subplots()
    ax.plot([0, 1, 2], [0, 1, 4], color="C0")
    ax.set_title("a title")


def broken(fig):
    raise ValueError("broken on purpose")


def returns_axes(fig):
    return fig.subplots()


def table():
    return "| a | b |\\n|---|---|\\n| 1 | 2 |"


def not_text():
    return 42


def broken_table():
    raise RuntimeError("no table today")
'''


def make_project(
    root, page, *, hooks=("generated.py",), plugins="[search]",
    nav=("index.md",),
):
    """A throwaway project: mkdocs.yml INHERITs the real one, one page.

    Plugins are cut to search by default (no notebooks, no API docs), so
    the build takes about a second; the Markdown extensions, theme and
    validation settings are the real ones. ``plugins=None`` keeps the
    real plugins.
    """
    (root / "docs").mkdir(parents=True)
    (root / "snippets").mkdir()
    (root / "snippets" / "example.py").write_text(EXAMPLE_MODULE)
    (root / "tinygen.py").write_text(TINYGEN_MODULE)
    (root / "docs" / "index.md").write_text(page)
    hook_list = ", ".join(str(HOOKS / hook) for hook in hooks)
    (root / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        "site_name: tiny\n"
        f"nav: [{', '.join(nav)}]\n"
        + (f"plugins: {plugins}\n" if plugins is not None else "")
        + f"hooks: [{hook_list}]\n"
        "extra_css: []\n"
        "extra_javascript: []\n"
        "theme:\n"
        f"  custom_dir: {DOCS / 'overrides'}\n"
    )
    return root


ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def build(root):
    """Build a tiny project; return (exit code, output without colours)."""
    result = run_mkdocs_build(root / "mkdocs.yml", root / "site", cwd=root)
    output = result.stdout + result.stderr
    return result.returncode, ANSI_COLOUR.sub("", output)


def snippet_page(include):
    return f'# Tiny\n\n```python\n--8<-- "{include}"\n```\n'


def test_snippet_section_is_embedded(tmp_path):
    """Control case: an existing section builds and shows its code."""
    root = make_project(tmp_path, snippet_page("snippets/example.py:present"))
    code, output = build(root)
    assert code == 0, output
    page = (root / "site" / "index.html").read_text("utf-8")
    assert any('return "present"' in b for b in code_blocks(page))


@pytest.mark.parametrize(
    "include, message",
    [
        (
            "snippets/example.py:absent",
            "Snippet section 'absent' could not be located",
        ),
        (
            "snippets/missing.py",
            "Snippet at path 'snippets/missing.py' could not be found",
        ),
    ],
    ids=["missing-section", "missing-file"],
)
def test_missing_snippet_fails_the_strict_build(tmp_path, include, message):
    """check_paths is on: a missing file or section fails the build."""
    root = make_project(tmp_path, snippet_page(include))
    code, output = build(root)
    assert code != 0
    assert f"Error reading page 'index.md': {message}" in output


GENERATED_PAGE = """\
# Tiny

<!-- figure: tinygen:line | A rising curve -->

!!! note "The same figure, indented"

    <!-- figure: tinygen:line | The same curve again -->

<!-- markdown: tinygen:table -->

```markdown
<!-- figure: nowhere:nothing | inside a fence, left alone -->
```
"""


@pytest.fixture(scope="module")
def generated_project(tmp_path_factory):
    """A tiny project using figure and markdown markers, built once."""
    root = make_project(tmp_path_factory.mktemp("gen"), GENERATED_PAGE)
    code, output = build(root)
    assert code == 0, output
    return root


def test_figure_marker_becomes_light_and_dark_images(generated_project):
    """A figure marker turns into lazy #only-light and #only-dark images.

    Their width and height are the SVG's own, in CSS pixels, so the page
    keeps the figure's room while it loads.
    """
    site = generated_project / "site"
    page = (site / "index.html").read_text("utf-8")
    images = {}
    for tag in re.findall(r"<img [^>]*>", page):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', tag))
        images.setdefault(attrs["alt"], []).append(attrs)
    assert sorted(images) == ["A rising curve", "The same curve again"]
    for found in images.values():
        assert [a["src"] for a in found] == [
            f"assets/figures/tinygen.line-{scheme}.svg#only-{scheme}"
            for scheme in ("light", "dark")
        ]
        for attrs in found:
            svg = (site / attrs["src"].split("#")[0]).read_text("utf-8")
            size = re.search(r'width="([\d.]+)pt" height="([\d.]+)pt"', svg)
            assert attrs["loading"] == "lazy"
            assert (int(attrs["width"]), int(attrs["height"])) == tuple(
                round(float(pt) * 4 / 3) for pt in size.groups())


def test_figure_files_differ_by_scheme(generated_project):
    """The light and dark SVGs exist, differ, and have no timestamp."""
    figures = generated_project / "site" / "assets" / "figures"
    light = (figures / "tinygen.line-light.svg").read_text("utf-8")
    dark = (figures / "tinygen.line-dark.svg").read_text("utf-8")
    assert light != dark
    assert "<dc:date>" not in light + dark


def test_figure_used_twice_is_drawn_once_per_scheme(generated_project):
    """Two markers of one figure: one drawing per scheme, not four."""
    calls = (generated_project / "calls.txt").read_text().split()
    assert calls == ["line", "line"]


def test_markdown_marker_inserts_the_returned_markdown(generated_project):
    """A markdown marker is replaced by the function's table."""
    page = (generated_project / "site" / "index.html").read_text("utf-8")
    assert re.search(r"<td>1</td>\s*<td>2</td>", page)


def test_marker_inside_a_code_fence_is_left_alone(generated_project):
    """A marker shown in a fenced code block stays text."""
    page = (generated_project / "site" / "index.html").read_text("utf-8")
    assert any(
        "<!-- figure: nowhere:nothing" in block for block in code_blocks(page)
    )


def test_figures_are_byte_identical_across_builds(
    generated_project, tmp_path
):
    """A cold rebuild elsewhere draws exactly the same SVG bytes."""
    again = make_project(tmp_path, GENERATED_PAGE)
    code, output = build(again)
    assert code == 0, output
    for scheme in ("light", "dark"):
        name = f"assets/figures/tinygen.line-{scheme}.svg"
        first = (generated_project / "site" / name).read_bytes()
        assert (again / "site" / name).read_bytes() == first


@pytest.mark.parametrize(
    "marker, message",
    [
        (
            "<!-- figure: tinygen_missing:line | Alt -->",
            "cannot import module 'tinygen_missing'",
        ),
        (
            "<!-- figure: tinygen:nope | Alt -->",
            "module 'tinygen' has no function 'nope'",
        ),
        (
            "<!-- figure: tinygen:broken | Alt -->",
            "the function raised ValueError: broken on purpose",
        ),
        (
            "<!-- figure: tinygen:returns_axes | Alt -->",
            (
                "a figure function draws on the Figure it is given and "
                "returns None; got Axes"
            ),
        ),
        (
            "<!-- figure: tinygen:line -->",
            "a figure needs alt text after '|'",
        ),
        (
            "<!-- figure: tinygen.line | Alt -->",
            "expected 'package.module:function', got 'tinygen.line'",
        ),
        (
            "<!-- markdown: tinygen:not_text -->",
            "a markdown function returns a str; got int",
        ),
        (
            "<!-- markdown: tinygen:broken_table -->",
            "the function raised RuntimeError: no table today",
        ),
    ],
    ids=[
        "unknown-module", "unknown-function", "figure-raises",
        "figure-returns-value", "no-alt-text", "malformed-target",
        "markdown-not-str", "markdown-raises",
    ],
)
def test_bad_marker_fails_the_build_naming_page_and_marker(
    tmp_path, marker, message
):
    """A marker that cannot be resolved fails the build, saying where."""
    root = make_project(tmp_path, f"# Tiny\n\n{marker}\n")
    code, output = build(root)
    assert code != 0
    assert f"index.md:3: marker {marker!r}: {message}" in output


def test_failing_notebook_cell_fails_the_build(tmp_path):
    """allow_errors is off: an exception in a notebook cell fails the build."""
    root = make_project(
        tmp_path,
        "# Tiny\n",
        hooks=("notebooks.py",),
        plugins=None,
        nav=("index.md", "notebooks/broken.py"),
    )
    (root / "docs" / "notebooks").mkdir()
    (root / "docs" / "notebooks" / "broken.py").write_text(
        "# %% [markdown]\n# # Broken\n\n"
        "# %%\nraise ValueError('this cell fails on purpose')\n"
    )
    code, output = build(root)
    assert code != 0
    assert "ValueError: this cell fails on purpose" in output


def test_code_edit_reruns_a_cached_notebook(tmp_path):
    """After an edit under snippets/, the notebook shows the new output."""
    root = make_project(
        tmp_path,
        "# Tiny\n",
        hooks=("notebooks.py",),
        plugins=None,
        nav=("index.md", "notebooks/uses-code.py"),
    )
    (root / "snippets" / "__init__.py").write_text("")
    (root / "snippets" / "value.py").write_text("VALUE = 'first-value'\n")
    (root / "docs" / "notebooks").mkdir()
    (root / "docs" / "notebooks" / "uses-code.py").write_text(
        "# %%\nfrom snippets.value import VALUE\nprint(VALUE)\n"
    )
    page = root / "site" / "notebooks" / "uses-code" / "index.html"
    code, output = build(root)
    assert code == 0, output
    assert "first-value" in page.read_text("utf-8")
    (root / "snippets" / "value.py").write_text("VALUE = 'second-value'\n")
    code, output = build(root)
    assert code == 0, output
    assert "second-value" in page.read_text("utf-8")


# -- the hooks' cache keys ---------------------------------------------------


def load_hookutils():
    spec = importlib.util.spec_from_file_location(
        "_hookutils_under_test", HOOKS / "_hookutils.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cache_key_follows_the_snippets_code(tmp_path):
    """An edit under snippets/ changes the key; undoing it restores it."""
    hookutils = load_hookutils()
    code = tmp_path / "snippets" / "forward.py"
    code.parent.mkdir()
    code.write_text("A = 1\n")
    first = hookutils.cache_key(tmp_path)
    code.write_text("A = 2\n")
    assert hookutils.cache_key(tmp_path) != first
    code.write_text("A = 1\n")
    assert hookutils.cache_key(tmp_path) == first


def test_cache_key_ignores_bytecode(tmp_path):
    """__pycache__ files do not change the key."""
    hookutils = load_hookutils()
    (tmp_path / "snippets" / "__pycache__").mkdir(parents=True)
    first = hookutils.cache_key(tmp_path)
    (tmp_path / "snippets" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    assert hookutils.cache_key(tmp_path) == first


def test_stale_cache_folders_are_pruned(tmp_path):
    """prune() removes sibling key folders only, never other files."""
    hookutils = load_hookutils()
    current = tmp_path / "0123456789abcdef"
    stale = tmp_path / "fedcba9876543210"
    other = tmp_path / "keep-me"
    for folder in (current, stale, other):
        folder.mkdir()
    hookutils.prune(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "0123456789abcdef", "keep-me"
    ]





@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_ipynb_matches_its_source(notebook):
    """Colab and Binder open docs/notebooks/*.ipynb: it must be current."""
    committed = notebook.with_suffix(".ipynb")
    assert committed.exists() and committed.read_text("utf-8") == (
        load_hook("notebooks")._to_ipynb(str(notebook))
    ), "refresh it: python docs/overrides/hooks/notebooks.py"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_page_links_colab_and_binder(built_site, notebook):
    """Text links open the notebook's .ipynb from GitHub; nothing loads.

    The session's build runs as a fork's would (tests/conftest.py): the
    links name that repository and branch.
    """
    page = built_site / "notebooks" / notebook.stem / "index.html"
    text = page.read_text("utf-8")
    repo, branch = FORK, FORK_BRANCH
    path = f"docs/notebooks/{notebook.stem}.ipynb"
    assert (f'href="https://colab.research.google.com/github/{repo}/blob/'
            f'{branch}/{path}"') in text
    assert (f'href="https://mybinder.org/v2/gh/{repo}/{branch}?labpath='
            f'{path}"') in text


def lesson_listing_markers():
    """(page, module, function) of every listing marker, in course order."""
    marker = re.compile(r"^[ \t]*<!--[ \t]*listing:[ \t]*([\w.]+):(\w+)")
    return [
        (page.name, found[1], found[2])
        for page in sorted((ROOT / "docs" / "lessons").glob("*.md"))
        for line in page.read_text("utf-8").splitlines()
        if (found := marker.match(line))
    ]


def test_no_listing_imports_the_package():
    """A listing stands alone: no `import snippets`, no `from snippets`."""
    import importlib.util

    from snippets._site.listing import listing_code

    markers = lesson_listing_markers()
    assert len(markers) >= 30
    for page, module, name in markers:
        source = Path(importlib.util.find_spec(module).origin).read_text()
        code = listing_code(source, name)
        assert not re.search(r"^\s*(import|from)\s+snippets\b", code,
                             flags=re.M), f"{page}: {name}\n{code}"


def test_listing_says_which_earlier_listings_it_uses():
    """fit_nn's line names run_epoch and the others, linked to lessons."""
    from snippets._site.listing import listing_markdown
    from snippets.fitting import fit_nn

    taught = {"initialize_parameters_nn": ("06.md", "Lesson 6"),
              "relu": ("06.md", "Lesson 6"),
              "compute_cost": ("07.md", "Lesson 7"),
              "run_epoch": ("08.md", "Lesson 8")}
    source = Path(inspect.getsourcefile(inspect.unwrap(fit_nn))).read_text()
    text = listing_markdown(source, "snippets.fitting", "fit_nn", taught)
    assert ("Uses `initialize_parameters_nn` from [Lesson 6](06.md), "
            "`compute_cost` from [Lesson 7](07.md) and `run_epoch` from "
            "[Lesson 8](08.md).") in text
    assert "A copy carries no input checks" in text
    assert "`relu`" not in text


def test_listing_carries_the_constants_it_reads():
    """run_epoch's listing defines MOMENTUM_BETA and RMSPROP_BETA.

    Its one import is NumPy's (the dropout masks' generator).
    """
    from snippets.fitting import run_epoch

    listing = listing_of(run_epoch)
    assert "MOMENTUM_BETA = 0.9" in listing
    assert "RMSPROP_BETA = 0.999" in listing
    assert [line for line in listing.splitlines() if "import" in line] == [
        "import numpy as np"]
    namespace = {}
    exec(compile(listing, "<listing>", "exec"), namespace)
    assert namespace["run_epoch"].__code__.co_name == "run_epoch"


def test_listing_keeps_import_groups_apart_only_where_the_source_does():
    """Skipping an unused import does not leave a blank line behind."""
    from snippets._site.listing import imports_used

    imports = "import numpy as np\n\nfrom a import x\nfrom b import y\n"
    assert imports_used(imports, "np.zeros(y)") == (
        "import numpy as np\n\nfrom b import y")


def test_search_index_leaves_out_the_api_source_code(built_site):
    """Search finds the API's docstrings, not the source shown under them."""
    import json

    index = json.loads(
        (built_site / "search" / "search_index.json").read_text("utf-8"))
    reference = [doc for doc in index["docs"]
                 if doc["location"].startswith("reference/")]
    assert any("one example per column" in doc["text"]
               for doc in reference)
    assert not [doc["location"] for doc in reference
                if "A1 = g(Z1)" in doc["text"]]
