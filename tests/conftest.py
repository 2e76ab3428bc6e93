"""Shared fixtures: the site, built once per test session.

``built_site`` runs ``mkdocs build --strict`` from the repository root in a
subprocess, into a temporary folder, and returns the folder. Every test
that looks at the published site (tests/test_site.py, the browser tests)
shares that one build. A failed build fails those tests with mkdocs' own
output.
"""

import importlib.util
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / "docs" / "overrides" / "hooks"


def load_hook(name):
    """docs/overrides/hooks/<name>.py, imported from its folder as mkdocs
    does (a hook imports its sibling _hookutils)."""
    spec = importlib.util.spec_from_file_location(
        f"{name}_hook_under_test", HOOKS / f"{name}.py")
    hook = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(HOOKS))
    try:
        spec.loader.exec_module(hook)
    finally:
        sys.path.remove(str(HOOKS))
    return hook


@dataclass(frozen=True)
class SiteBuild:
    """One `mkdocs build --strict`: where it went and what it said."""

    site_dir: Path
    output: str
    seconds: float


def mkdocs_env():
    """The environment for a build: no Material end-of-life banner."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def run_mkdocs_build(config_file, site_dir, *, cwd=ROOT):
    """Run `mkdocs build --strict`; return the CompletedProcess."""
    return subprocess.run(
        [
            sys.executable, "-m", "mkdocs", "build", "--strict",
            "--config-file", str(config_file),
            "--site-dir", str(site_dir),
        ],
        cwd=cwd,
        env=mkdocs_env(),
        check=False,  # the caller reads the exit code and the output
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def site_build(tmp_path_factory):
    """Build the real site once per session; fail with mkdocs' output."""
    site_dir = tmp_path_factory.mktemp("site")
    start = time.perf_counter()
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site_dir)
    seconds = time.perf_counter() - start
    output = result.stdout + result.stderr
    if result.returncode != 0:
        pytest.fail(
            f"mkdocs build --strict failed (exit {result.returncode}):\n"
            f"{output}",
            pytrace=False,
        )
    return SiteBuild(site_dir, output, seconds)


@pytest.fixture(scope="session")
def built_site(site_build):
    """The folder of the strictly built site (a pathlib.Path)."""
    return site_build.site_dir
