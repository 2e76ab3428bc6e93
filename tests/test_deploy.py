"""Deployable from any repository, installable by name, readable offline.

- The session's build (tests/conftest.py) runs as a fork's GitHub Actions
  would, with ``GITHUB_REPOSITORY=someone/fork``: every Colab, Binder and
  GitHub link of the course in the built site must name that fork.
- The committed notebooks install the released package at the site's
  version, so they work from any fork too.
- Where chromium is installed the same build writes ``course.pdf``;
  poppler's ``pdfinfo`` and ``pdftotext`` check what a reader gets.
- The release workflow publishes with PyPI trusted publishing only.
"""

import ast
import re
import shutil
import subprocess

import pytest
import yaml
from browser_helpers import skip_or_fail

from conftest import (
    CHROMIUM,
    FORK,
    FORK_BRANCH,
    ROOT,
    mkdocs_env,
    run_mkdocs_build,
)

NOTEBOOKS = ROOT / "docs" / "notebooks"
PLACEHOLDER = "nn-from-scratch/course"
DISTRIBUTION = "zero-to-one-nn-snippets"
RELEASE = ROOT / ".github" / "workflows" / "release.yml"
PAGES = ROOT / ".github" / "workflows" / "ci.yml"

# links that name a repository: (kind, owner/name, rest)
REPO_LINKS = re.compile(
    r"https?://(?:"
    r"colab\.research\.google\.com/github/(?P<colab>[\w.-]+/[\w.-]+)"
    r"|mybinder\.org/v2/gh/(?P<binder>[\w.-]+/[\w.-]+)"
    r"|(?:www\.)?github\.com/(?P<github>[\w.-]+/[\w.-]+)"
    r"|raw\.githubusercontent\.com/(?P<raw>[\w.-]+/[\w.-]+)"
    r")(?P<rest>[^\s\"'<>\\)]*)"
)


def version():
    """snippets.__version__, read from the source as setuptools does."""
    tree = ast.parse((ROOT / "snippets" / "__init__.py").read_text())
    (value,) = [node.value for node in tree.body
                if isinstance(node, ast.Assign)
                and [t.id for t in node.targets] == ["__version__"]]
    return ast.literal_eval(value)


def site_texts(site):
    """(path, text) of every page, notebook and index a reader gets."""
    for path in sorted(site.rglob("*")):
        if path.suffix in {".html", ".ipynb", ".json", ".xml"} and (
                "assets" not in path.relative_to(site).parts):
            yield path.relative_to(site).as_posix(), path.read_text("utf-8")


# -- links follow the repository that builds the site ---------------------

def test_every_repository_link_names_the_fork(built_site):
    """Built as someone/fork, the site links to someone/fork only."""
    found = {"colab": set(), "binder": set(), "github": set(), "raw": set()}
    elsewhere = []
    for name, text in site_texts(built_site):
        assert PLACEHOLDER not in text, f"{name} names {PLACEHOLDER}"
        for link in REPO_LINKS.finditer(text):
            kind = next(k for k in found if link[k])
            found[kind].add(link.group(0))
            if link[kind] != FORK:
                elsewhere.append(f"{name}: {link.group(0)}")
    assert elsewhere == []
    notebooks = sorted(NOTEBOOKS.glob("*.py"))
    for notebook in notebooks:
        path = f"docs/notebooks/{notebook.stem}.ipynb"
        assert (f"https://colab.research.google.com/github/{FORK}/blob/"
                f"{FORK_BRANCH}/{path}") in found["colab"]
        assert (f"https://mybinder.org/v2/gh/{FORK}/{FORK_BRANCH}"
                f"?labpath={path}") in found["binder"]


def test_a_local_build_links_the_documented_default(monkeypatch):
    """Without GitHub's variables: the default the README names."""
    from mkdocs.config import load_config

    monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)
    monkeypatch.delenv("GITHUB_REF_NAME", raising=False)
    extra = load_config(str(ROOT / "mkdocs.yml")).extra
    assert extra["repository"] != PLACEHOLDER
    assert re.fullmatch(r"[\w.-]+/[\w.-]+", extra["repository"])
    assert extra["branch"] == "main"
    readme = (ROOT / "README.md").read_text()
    assert f"`{extra['repository']}`" in readme
    monkeypatch.setenv("GITHUB_REPOSITORY", FORK)
    monkeypatch.setenv("GITHUB_REF_NAME", FORK_BRANCH)
    extra = load_config(str(ROOT / "mkdocs.yml")).extra
    assert (extra["repository"], extra["branch"]) == (FORK, FORK_BRANCH)


@pytest.mark.parametrize(
    "notebook", sorted(NOTEBOOKS.glob("*.py")), ids=lambda p: p.name)
def test_notebook_installs_the_release_of_the_site(notebook):
    """One install cell, pinned to snippets.__version__, no repository.

    The .ipynb beside it (what Colab and Binder open) is checked against
    this source by tests/test_site.py.
    """
    text = notebook.read_text("utf-8")
    assert PLACEHOLDER not in text and "git+https://" not in text
    pins = re.findall(r'%pip install -q "([^"]+)"', text)
    assert pins == [f"{DISTRIBUTION}=={version()}"], (
        "pin it: python docs/overrides/hooks/notebooks.py")
    assert 'if importlib.util.find_spec("snippets") is None:' in text


def test_pinning_rewrites_only_the_install_cell():
    """notebooks.py's pin_version changes the version and nothing else."""
    from conftest import load_hook

    hook = load_hook("notebooks")
    text = (NOTEBOOKS / "lesson-06.py").read_text("utf-8")
    pinned = hook.pin_version(text, "9.8.7")
    assert f'%pip install -q "{DISTRIBUTION}==9.8.7"' in pinned
    assert pinned.replace("9.8.7", version()) == text
    assert hook.package_version(ROOT) == version()


# -- the version lives in one place; a CHANGELOG is kept -------------------

def test_version_is_read_from_the_package():
    """pyproject.toml takes its version from snippets.__version__."""
    import tomllib

    import snippets

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "snippets.__version__"
    assert snippets.__version__ == version()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version())


def test_changelog_has_an_entry_for_the_version():
    """CHANGELOG.md has a '## <version>' section with something in it."""
    text = (ROOT / "CHANGELOG.md").read_text()
    entry = re.search(rf"^## {re.escape(version())}\b.*?\n(.*?)(?=^## |\Z)",
                      text, flags=re.M | re.S)
    assert entry and entry[1].strip().startswith("-")


# -- the release workflow -------------------------------------------------

def workflow(path):
    # YAML 1.1 reads the key `on` as True
    data = yaml.safe_load(path.read_text())
    return data, data.get("on", data.get(True))


def test_release_runs_on_a_version_tag_and_checks_before_publishing():
    """Tag v*: build, twine check, a clean install, then publish."""
    data, on = workflow(RELEASE)
    assert on == {"push": {"tags": ["v*"]}}
    steps = {name: "\n".join(str(step.get("run", step.get("uses", "")))
                             for step in job["steps"])
             for name, job in data["jobs"].items()}
    build = steps["build"]
    for command in ("python -m build", "twine check --strict dist/*",
                    "import snippets", "licenses/LICENSE",
                    "licenses/LICENSE-CONTENT.md", "snippets.__version__"):
        assert command in build, command
    assert data["jobs"]["publish"]["needs"] == "build"


def test_release_publishes_with_trusted_publishing_and_no_token():
    """id-token: write on the publishing job only; no password, no secret."""
    data, _ = workflow(RELEASE)
    assert data["permissions"] == {}
    publish = data["jobs"]["publish"]
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    (action,) = [s for s in publish["steps"] if "uses" in s
                 and "gh-action-pypi-publish" in s["uses"]]
    assert re.fullmatch(r"pypa/gh-action-pypi-publish@[0-9a-f]{40}",
                        action["uses"])
    assert "password" not in action.get("with", {})
    assert "secrets." not in RELEASE.read_text()
    for name, job in data["jobs"].items():
        if name != "publish":
            assert "id-token" not in job.get("permissions", {}), name


@pytest.mark.parametrize("path", [RELEASE, PAGES], ids=lambda p: p.name)
def test_workflow_passes_actionlint(path):
    """actionlint finds nothing (run where it is installed)."""
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed")
    result = subprocess.run([actionlint, str(path)], capture_output=True,
                            text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pages_build_prints_the_pdf():
    """The Pages job builds with COURSE_PDF=1 after installing chromium."""
    data, _ = workflow(PAGES)
    job = data["jobs"]["build-site"]
    text = "\n".join(str(step.get("run", "")) for step in job["steps"])
    assert "apt-get install" in text and "chromium" in text
    assert '.[docs,pdf]' in text
    (build,) = [s for s in job["steps"] if "mkdocs build" in s.get("run", "")]
    assert build["env"]["COURSE_PDF"] == "1"


# -- the course as one PDF -------------------------------------------------

def lesson_pages():
    """The nav's lessons and the data page, in nav order: their H1s."""
    from browser_helpers import nav_pages

    pages = [src for src in nav_pages()
             if src.startswith("lessons/") or src == "the-data.md"]
    titles = []
    for src in pages:
        first = (ROOT / "docs" / src).read_text("utf-8").splitlines()[0]
        titles.append(first.removeprefix("# ").strip())
    return titles


@pytest.fixture(scope="module")
def course_pdf(site_build):
    """(pdftotext's text, pdfinfo's page count) of the built course.pdf."""
    if not site_build.pdf:
        skip_or_fail(f"no chromium at {CHROMIUM}: the build wrote no "
                     "course.pdf")
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        skip_or_fail("poppler's pdftotext and pdfinfo are not installed "
                     "(apt-get install poppler-utils)")
    pdf = site_build.site_dir / "course.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, flags=re.M)[1])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text, pages


def test_pdf_has_every_lesson_in_nav_order(course_pdf):
    """Title page, contents, then each lesson and the data page, in order."""
    text, _ = course_pdf
    first_page = text.split("\f")[0]
    assert "Neural Networks from Scratch" in first_page
    flat = re.sub(r"\s+", " ", text).lower()
    titles = [title.lower() for title in lesson_pages()]
    assert len(titles) >= 6
    # the contents list them in nav order, then the pages follow in the
    # same order: each title is found after the one before it, twice over
    position = flat.index("contents")
    for title in titles + titles:
        position = flat.index(title, position + 1)


def test_pdf_has_no_raw_tex_and_enough_pages(course_pdf):
    """MathJax typeset every formula; the course fills 40 pages or more."""
    text, pages = course_pdf
    for tex in ("\\frac", "$$", "\\(", "\\[", "\\sigma", "\\mathrm"):
        assert tex not in text, tex
    assert pages >= 40


def test_home_page_links_the_pdf(site_build):
    """The home page links course.pdf, which is a real PDF."""
    if not site_build.pdf:
        skip_or_fail(f"no chromium at {CHROMIUM}: the build wrote no "
                     "course.pdf")
    home = (site_build.site_dir / "index.html").read_text("utf-8")
    assert 'href="course.pdf"' in home
    assert (site_build.site_dir / "course.pdf").read_bytes()[:5] == b"%PDF-"


def test_without_course_pdf_no_browser_no_pdf_no_link(tmp_path):
    """Without COURSE_PDF: no print page, no PDF, no link, no chromium."""
    from test_site import make_project

    root = make_project(
        tmp_path, "# Tiny\n\nText.\n\n<!-- course-pdf -->\n",
        hooks=("course_pdf.py",), plugins="[search, print-site]")
    env = {**mkdocs_env(), "CHROMIUM_PATH": str(tmp_path / "no-chromium")}
    env.pop("COURSE_PDF", None)
    result = run_mkdocs_build(root / "mkdocs.yml", root / "site", cwd=root,
                              env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    site = root / "site"
    assert not (site / "course.pdf").exists()
    assert not (site / "print_page").exists()
    home = (site / "index.html").read_text("utf-8")
    assert "course.pdf" not in home and "course-pdf" not in home


def test_course_pdf_without_chromium_fails_and_says_why(tmp_path):
    """COURSE_PDF=1 with no browser fails the build, naming the fix."""
    from test_site import make_project

    root = make_project(
        tmp_path, "# Tiny\n\n<!-- course-pdf -->\n",
        hooks=("course_pdf.py",), plugins="[search, print-site]")
    env = {**mkdocs_env(), "COURSE_PDF": "1",
           "CHROMIUM_PATH": str(tmp_path / "no-chromium")}
    result = run_mkdocs_build(root / "mkdocs.yml", root / "site", cwd=root,
                              env=env)
    assert result.returncode != 0
    assert "COURSE_PDF: no chromium at" in result.stdout + result.stderr


def test_hook_reads_course_pdf_like_a_switch(monkeypatch):
    """COURSE_PDF=1, true or yes turns it on; unset, 0 or false off."""
    from conftest import load_hook

    hook = load_hook("course_pdf")
    for value, on in (("1", True), ("true", True), ("yes", True),
                      ("", False), ("0", False), ("false", False)):
        monkeypatch.setenv("COURSE_PDF", value)
        assert hook.wanted() is on, value
    monkeypatch.delenv("COURSE_PDF")
    assert hook.wanted() is False
