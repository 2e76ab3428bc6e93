"""Serve MathJax 3 from the site itself: no CDN, nothing vendored in git.

The PyPI package ``django-static-mathjax`` installs MathJax 3.2.2 as the
top-level package ``mathjax`` (no Django needed). At build time this hook
adds the few files the site uses to the build as generated files, under
``assets/mathjax/``:

- ``startup.js`` (the loader) and the components it loads: ``core.js``,
  TeX input (``input/tex.js``), CommonHTML output (``output/chtml.js``,
  its TeX font and the woff-v2 font files) and assistive MathML
  (``a11y/assistive-mml.js``), the hidden MathML screen readers read;
- the TeX extensions, which ``autoload`` fetches on first use.

Components rather than the ``tex-chtml.js`` bundle: the bundle also
carries the right-click menu (``ui/menu.js``, 426 KB, about 90 KB
gzipped), which would push a lesson page over its 400 KB budget
(tests/test_browser.py). No ``mml`` input either: ``tex-mml-chtml.js``
doubles the containers on re-typesetting.

``docs/javascripts/mathjax.js`` points MathJax's loader at that folder and
names the components to load.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

log = logging.getLogger(f"mkdocs.hooks.{__name__}")

# where the files land in the site
SITE_DIR = "assets/mathjax"
# what to copy, relative to MathJax's es5/ folder: single files and folders
# (copied with everything under them)
PARTS = (
    "startup.js",
    "core.js",
    "input/tex.js",
    "input/tex/extensions",
    "output/chtml.js",
    "output/chtml/fonts/tex.js",
    "output/chtml/fonts/woff-v2",
    "a11y/assistive-mml.js",
)


def _mathjax_root() -> Path:
    """Return MathJax's es5/ folder inside the installed package."""
    try:
        import mathjax
    except ImportError as exc:
        raise PluginError(
            "hooks/mathjax.py: the package 'django-static-mathjax' is not "
            "installed (pip install -e '.[docs]'); it provides MathJax 3 so "
            "the site needs no CDN"
        ) from exc
    root = Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"
    if not (root / "startup.js").is_file():
        raise PluginError(
            f"hooks/mathjax.py: no startup.js under {root}; expected "
            "django-static-mathjax 3.2.x"
        )
    return root


def _source_files(root: Path) -> list[Path]:
    """Every file listed in PARTS, folders expanded, in a stable order."""
    found = []
    for part in PARTS:
        path = root / part
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise PluginError(
                f"hooks/mathjax.py: {part} is missing from {root}"
            )
    return found


def on_files(files, config):
    root = _mathjax_root()
    sources = _source_files(root)
    for path in sources:
        src_uri = f"{SITE_DIR}/{path.relative_to(root).as_posix()}"
        files.append(File.generated(config, src_uri, abs_src_path=str(path)))
    log.debug("MathJax: %d files added under %s", len(sources), SITE_DIR)
    return files
