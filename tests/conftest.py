"""Shared fixtures: the site, built once per test session.

``built_site`` runs ``mkdocs build --strict`` from the repository root in a
subprocess, into a temporary folder, and returns the folder. Every test
that looks at the published site (tests/test_site.py, the browser tests)
shares that one build. A failed build fails those tests with mkdocs' own
output.

That one build is the one a fork's GitHub Actions would make: it runs with
``GITHUB_REPOSITORY=someone/fork`` and ``GITHUB_REF_NAME=teaching``, so
tests/test_deploy.py can check that every link follows the repository
that builds the site. Where chromium is installed it also runs with
``COURSE_PDF=1`` and so writes ``course.pdf`` (tests/test_deploy.py reads
it), which costs the print of one page instead of a second build.
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
# the repository and branch the session's build pretends to be built from
FORK = "someone/fork"
FORK_BRANCH = "teaching"
# course.pdf needs a real Chromium (as the browser tests do)
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium")


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
    # whether the build was asked for course.pdf (COURSE_PDF=1)
    pdf: bool


def mkdocs_env():
    """The environment for a build: no Material end-of-life banner."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def can_print_pdf():
    """Whether this machine can print course.pdf: chromium, playwright."""
    return (CHROMIUM.exists()
            and importlib.util.find_spec("playwright") is not None)


def run_mkdocs_build(config_file, site_dir, *, cwd=ROOT, env=None):
    """Run `mkdocs build --strict`; return the CompletedProcess."""
    return subprocess.run(
        [
            sys.executable, "-m", "mkdocs", "build", "--strict",
            "--config-file", str(config_file),
            "--site-dir", str(site_dir),
        ],
        cwd=cwd,
        env=mkdocs_env() if env is None else env,
        check=False,  # the caller reads the exit code and the output
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def site_build(tmp_path_factory):
    """Build the real site once per session; fail with mkdocs' output."""
    site_dir = tmp_path_factory.mktemp("site")
    pdf = can_print_pdf()
    env = {**mkdocs_env(), "GITHUB_REPOSITORY": FORK,
           "GITHUB_REF_NAME": FORK_BRANCH}
    env.pop("COURSE_PDF", None)
    if pdf:
        env["COURSE_PDF"] = "1"
    start = time.perf_counter()
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site_dir, env=env)
    seconds = time.perf_counter() - start
    output = result.stdout + result.stderr
    if result.returncode != 0:
        pytest.fail(
            f"mkdocs build --strict failed (exit {result.returncode}):\n"
            f"{output}",
            pytrace=False,
        )
    return SiteBuild(site_dir, output, seconds, pdf)


@pytest.fixture(scope="session")
def built_site(site_build):
    """The folder of the strictly built site (a pathlib.Path)."""
    return site_build.site_dir
