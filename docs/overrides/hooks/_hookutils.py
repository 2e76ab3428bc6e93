"""Helpers shared by the site's hooks (imported from the hooks' folder).

Build-time results (executed notebooks, figures, generated tables) are
cached under ``.cache/`` in the repository. They depend on the code in
``snippets/`` and on library versions, so every cache lives in a folder
named after a digest of exactly those inputs: any edit gives a new
folder, and stale folders are pruned after a successful build. Delete
``.cache/`` to force a cold build.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

log = logging.getLogger("mkdocs.hooks._hookutils")

KEY_PATTERN = re.compile(r"[0-9a-f]{16}")


def repo_root(config) -> Path:
    """The folder of mkdocs.yml: the repository root."""
    return Path(config.config_file_path).resolve().parent


def _tree_digest(package: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def cache_key(root: Path, *, libraries=(), extra=b"") -> str:
    """A 16-hex-digit key over snippets/, Python, libraries and extra.

    ``extra`` is whatever else decides the cached result, e.g. the source
    of the hook that produces it.
    """
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for name in libraries:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\n".encode())
    digest.update(_tree_digest(root / "snippets").encode())
    digest.update(extra)
    return digest.hexdigest()[:16]


def prune(current: Path) -> None:
    """Remove the sibling key folders of ``current`` (stale caches)."""
    if not current.is_dir():
        return
    for stale in current.parent.iterdir():
        if (
            stale != current
            and stale.is_dir()
            and KEY_PATTERN.fullmatch(stale.name)
        ):
            shutil.rmtree(stale, ignore_errors=True)
            log.info("Removed stale cache %s", stale)
