"""The companion notebooks: downloads, a correct cache, no external scripts.

mkdocs-jupyter renders ``docs/notebooks/*.py`` (jupytext percent format)
as pages and executes them at build time. This hook adds four things:

1. **Download .ipynb.** For every notebook page it converts the jupytext
   source into a real ``.ipynb`` (jupytext, nbformat 4.5, deterministic
   cell ids, a Python 3 kernelspec) and adds it to the site next to the
   page: ``notebooks/lesson-06.py`` gives ``notebooks/lesson-06.ipynb``. The
   page gets ``page.ipynb_url`` (site-relative), which the template
   ``docs/overrides/main.html`` turns into a visible download button.
2. **A cache that notices code changes.** mkdocs-jupyter keys its cache on
   the notebook text only, so an edit in ``snippets/`` would not re-run a
   cached notebook and the page would show stale output. The cache
   directory is therefore keyed on a hash of everything under ``snippets/``
   and the versions of Python and the numerical libraries; stale keyed
   directories are removed after a build.
3. **No external scripts.** nbconvert's template emits a MathJax 2 loader
   from cdnjs and a Mermaid loader that imports from cdnjs. The site
   typesets notebook math with its own MathJax 3 and has no Mermaid
   output, so both blocks are cut from the notebook HTML.
4. **An install cell that works from any fork.** Each notebook installs
   the course package from PyPI on Colab or Binder, pinned to the version
   of the site (``snippets.__version__``): ``python
   docs/overrides/hooks/notebooks.py`` writes that pin into every jupytext
   source before it refreshes the committed ``.ipynb`` copies.
5. **Kernels over IPC.** Each executed notebook starts an IPython kernel,
   by default over TCP on localhost, and ipykernel then warns on the
   terminal that the connection is not encrypted. The kernels talk over
   Unix sockets instead (jupyter_client's ``transport = "ipc"``, the
   remedy the warning names): no TCP port is opened, and ``mkdocs
   serve`` stays quiet.
"""

from __future__ import annotations

import ast
import functools
import logging
import os
import posixpath
import re
import tempfile
import uuid
from pathlib import Path

from _hookutils import cache_key, prune, repo_root
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

log = logging.getLogger(f"mkdocs.hooks.{__name__}")

PLUGIN = "mkdocs-jupyter"
CACHE_BASE = ".cache/mkdocs-jupyter"
# what, besides snippets/, decides a notebook's output
LIBRARIES = (
    "numpy",
    "pandas",
    "matplotlib",
    "nbconvert",
    "jupytext",
    "ipykernel",
)

# nbconvert's `mathjax` macro: <!-- Load mathjax --> ... configuration
MATHJAX2 = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->",
    re.DOTALL,
)
# a <script> element, with its attributes and body
SCRIPT = re.compile(
    r"<script\b(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>",
    re.DOTALL | re.IGNORECASE,
)
EXTERNAL = re.compile(r"(?:https?:)?//[\w.-]+", re.IGNORECASE)
# the install cell's pin: %pip install -q "zero-to-one-nn-snippets==0.1.0"
DISTRIBUTION = "zero-to-one-nn-snippets"
PIN = re.compile(rf'(%pip install -q "{DISTRIBUTION}==)([^"]*)(")')

# notebook page src_uri -> site-relative .ipynb path, for this build
_downloads: dict[str, str] = {}


def _plugin(config):
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise PluginError(f"hooks/notebooks.py needs the {PLUGIN} plugin")
    return plugin


def _to_ipynb(path: str) -> str:
    """Convert a jupytext notebook to the text of a clean .ipynb."""
    import jupytext

    notebook = jupytext.read(path)
    # stable ids: the same source gives the same file on every build
    for number, cell in enumerate(notebook.cells, start=1):
        cell["id"] = f"cell-{number}"
    notebook.metadata.pop("jupytext", None)
    notebook.metadata.setdefault(
        "kernelspec",
        {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        },
    )
    notebook.metadata.setdefault("language_info", {"name": "python"})
    return jupytext.writes(notebook, fmt="ipynb")


def package_version(root: Path) -> str:
    """``__version__`` of snippets/__init__.py, read without importing."""
    tree = ast.parse((root / "snippets" / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if (isinstance(node, ast.Assign)
                and [getattr(t, "id", None) for t in node.targets]
                == ["__version__"]):
            return ast.literal_eval(node.value)
    raise PluginError("snippets/__init__.py sets no __version__")


def pin_version(text: str, version: str) -> str:
    """The jupytext source with its install cell pinned to ``version``."""
    return PIN.sub(lambda m: f"{m[1]}{version}{m[3]}", text)


def _strip_external(html: str, src_uri: str) -> str:
    """Remove nbconvert's CDN loaders from a notebook page's HTML."""
    html = MATHJAX2.sub("", html)

    def drop(script: re.Match) -> str:
        attrs, body = script["attrs"], script["body"]
        if "mermaid" in body or EXTERNAL.search(attrs):
            return ""
        if EXTERNAL.search(body) and "import(" in body:
            return ""
        return script.group(0)

    html = SCRIPT.sub(drop, html)
    if "cdnjs.cloudflare.com" in html:
        raise PluginError(
            f"{src_uri}: notebook HTML still references cdnjs after the "
            "clean-up in hooks/notebooks.py; has nbconvert's template "
            "changed?"
        )
    return html


def _kernels_over_ipc():
    """Make mkdocs-jupyter start its kernels with the IPC transport.

    mkdocs-jupyter builds a fresh nbconvert application for each notebook
    (``get_nbconvert_app``) and offers no setting for the kernel manager,
    so its result gets ``KernelManager.transport = "ipc"`` here. Should a
    later mkdocs-jupyter rename the function, nothing breaks: the kernels
    use TCP again and tests/test_repo.py reports the warning.
    """
    from mkdocs_jupyter import nbconvert2

    make_app = getattr(nbconvert2, "get_nbconvert_app", None)
    if make_app is None or getattr(make_app, "ipc", False):
        return

    @functools.wraps(make_app)
    def get_nbconvert_app(*args, **kwargs):
        app = make_app(*args, **kwargs)
        app.config.KernelManager.transport = "ipc"
        # the sockets' path prefix; jupyter_client's default, kernel-ipc in
        # the current folder, would mix up two builds running side by side
        app.config.KernelManager.ip = os.path.join(
            tempfile.gettempdir(), f"mkdocs-kernel-{uuid.uuid4().hex[:12]}")
        return app

    get_nbconvert_app.ipc = True
    nbconvert2.get_nbconvert_app = get_nbconvert_app


def on_config(config):
    plugin = _plugin(config)
    _kernels_over_ipc()
    if plugin.config["cache"]:
        root = repo_root(config)
        key = cache_key(root, libraries=LIBRARIES)
        plugin.config["cache_dir"] = str(root / CACHE_BASE / key)
    return config


def on_files(files, config):
    plugin = _plugin(config)
    _downloads.clear()
    for file in list(files.documentation_pages()):
        if not plugin.should_include(file):
            continue
        stem, _ = posixpath.splitext(file.src_uri)
        ipynb = f"{stem}.ipynb"
        existing = files.get_file_from_path(ipynb)
        if existing is not None and existing.inclusion.is_excluded():
            # the committed copy that Colab and Binder open (exclude_docs):
            # the site serves the one generated from the source instead
            files.remove(existing)
        elif existing is not None:
            raise PluginError(
                f"{file.src_uri}: {ipynb} already exists in docs/; the "
                ".ipynb download is generated from the jupytext source"
            )
        files.append(
            File.generated(
                config, ipynb, content=_to_ipynb(file.abs_src_path),
                # not caught by exclude_docs' /notebooks/*.ipynb, which is
                # meant for the committed copies
                inclusion=InclusionLevel.INCLUDED,
            )
        )
        _downloads[file.src_uri] = ipynb
    return files


def on_page_content(html, page, config, files):
    ipynb = _downloads.get(page.file.src_uri)
    if ipynb is None:
        return html
    # read by docs/overrides/main.html (the download button)
    page.ipynb_url = ipynb
    return _strip_external(html, page.file.src_uri)


def on_post_build(config):
    plugin = _plugin(config)
    if plugin.config["cache"]:
        prune(Path(plugin.config["cache_dir"]))


if __name__ == "__main__":
    # Pin each notebook's install cell to snippets.__version__, then refresh
    # the committed docs/notebooks/*.ipynb, which "Open in Colab" and "Open
    # in Binder" open from GitHub: run from the repository root,
    # python docs/overrides/hooks/notebooks.py (tests/test_site.py checks
    # that they match their jupytext sources)
    version = package_version(Path("."))
    for source in sorted(Path("docs/notebooks").glob("*.py")):
        text = source.read_text("utf-8")
        if pin_version(text, version) != text:
            source.write_text(pin_version(text, version), encoding="utf-8")
            print(source, "installs", DISTRIBUTION, version)
        target = source.with_suffix(".ipynb")
        target.write_text(_to_ipynb(str(source)), encoding="utf-8")
        print(target)
