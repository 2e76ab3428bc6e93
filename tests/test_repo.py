"""Tests of the project's own promises: commands, layout, package hygiene."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(
    p for p in (ROOT / "snippets").glob("*.py")
    if p.name not in {"__init__.py", "benchmark.py"}
)


def readme_commands():
    """The shell commands in the README's bash blocks, one per block."""
    text = (ROOT / "README.md").read_text()
    return re.findall(r"```bash\n(.+?)\n```", text, flags=re.S)


def test_ci_runs_the_readme_test_command():
    """.ci/run ends by running exactly the README's test command."""
    test_command = next(c for c in readme_commands() if "pytest" in c)
    lines = (ROOT / ".ci" / "run").read_text().strip().splitlines()
    assert lines[-1] == test_command


def test_readme_serve_command_serves_the_site():
    """The README's other command installs the docs extra and serves."""
    serve = next(c for c in readme_commands() if "serve" in c)
    assert '-e ".[docs]"' in serve and serve.endswith("mkdocs serve")


def test_import_needs_numpy_only():
    """`import snippets` loads neither pandas nor matplotlib nor scipy."""
    code = ("import sys, snippets, snippets.data; "
            "print(sorted(m for m in ('pandas', 'matplotlib', 'scipy') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_every_function_is_an_embeddable_section(path):
    """Each top-level def sits inside a --8<-- section named after it.

    The section starts at the ``def``: a decorator (the package's input
    checks, ``@guarded(...)``) sits above the start marker, outside it.
    """
    source = path.read_text()
    lines = source.splitlines()
    for node in ast.parse(source).body:
        if not isinstance(node, ast.FunctionDef):
            continue
        if node.name.startswith("_"):
            continue
        start = f"# --8<-- [start:{node.name}]"
        end = f"# --8<-- [end:{node.name}]"
        first = node.lineno - 1
        assert lines[first - 1] == start, f"{path.name}:{node.name}"
        assert lines[node.end_lineno] == end, f"{path.name}:{node.name}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_library_code_has_no_assert_and_no_global_seed(path):
    """No assert (python -O strips it) and no np.random.seed (global)."""
    tree = ast.parse(path.read_text())
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Assert)]
    calls = [ast.unparse(n.func) for n in ast.walk(tree)
             if isinstance(n, ast.Call)]
    assert "np.random.seed" not in calls


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_lines_fit_an_embedded_block(path):
    """Lines of at most 79 characters, so embedded code never scrolls."""
    long = [i for i, line in enumerate(path.read_text().splitlines(), 1)
            if len(line) > 79]
    assert long == []


@pytest.mark.parametrize(
    "path", [p for p in MODULES if not p.name.startswith("_")],
    ids=lambda p: p.name,
)
def test_every_module_has_a_mirroring_test_file(path):
    """snippets/<name>.py is mirrored by tests/test_<name>.py."""
    assert (ROOT / "tests" / f"test_{path.name}").exists()


def test_ruff_finds_nothing():
    """The lint rules of pyproject.toml hold for the whole project."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", str(ROOT)],
        check=False, capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_wheel_ships_the_licences(tmp_path):
    """The built wheel carries LICENSE and LICENSE-CONTENT.md.

    Built offline from a copy of the tree (no build isolation: the test
    extra installs setuptools>=77, which PEP 639's license-files needs),
    so the build leaves nothing behind in the repository.
    """
    import shutil
    import zipfile

    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", ".cache", "site", "build", "*.egg-info",
        "__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps",
         "--no-build-isolation", "--no-index", "-q",
         "-w", str(tmp_path / "dist")],
        check=True, capture_output=True, text=True, timeout=300)
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    licences = sorted(n.split("/", 1)[1] for n in names
                      if ".dist-info/licenses/" in n)
    assert licences == ["licenses/LICENSE", "licenses/LICENSE-CONTENT.md"]
    metadata = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata.splitlines()


def test_the_site_build_prints_no_warning(site_build):
    """The build says nothing a contributor would have to act on.

    No WARNING line of any kind (mkdocs', a plugin's, a notebook kernel's:
    hooks/notebooks.py runs the kernels over IPC, so ipykernel has no
    unencrypted TCP to warn about) and no hint to install a formatter
    (ruff is in the docs extra for mkdocstrings' signatures). Material's
    end-of-life banner is off here as in the README's serve command
    (NO_MKDOCS_2_WARNING=1; tests/conftest.py).
    """
    noisy = [line for line in site_build.output.splitlines()
             if "WARNING" in line or "without encryption" in line
             or "requires either Black or Ruff" in line]
    assert noisy == []


def test_readme_serve_command_skips_materials_banner():
    """The serve command turns off Material's end-of-life banner."""
    serve = next(c for c in readme_commands() if "serve" in c)
    assert "NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs serve" in serve


def _imports(path):
    """The snippets modules a file imports (absolute imports only)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
    return {name for name in names if name.split(".")[0] == "snippets"}



def test_top_level_holds_taught_modules_only():
    """snippets/ shows the course; the machinery has rooms of its own."""
    private = [p.name for p in (ROOT / "snippets").glob("_*.py")
               if p.name != "__init__.py"]
    assert private == []
    assert {"_validation", "selfcheck", "_site"} <= {
        p.name for p in (ROOT / "snippets").iterdir() if p.is_dir()}


@pytest.mark.parametrize("layer", ["rules", "arrays", "nan", "guards"])
def test_input_checks_import_only_lower_layers(layer):
    """rules < arrays < nan < guards, and none imports a taught module."""
    order = ["rules", "arrays", "nan", "guards"]
    path = ROOT / "snippets" / "_validation" / f"{layer}.py"
    allowed = {f"snippets._validation.{other}"
               for other in order[:order.index(layer)]} | {
        "snippets._validation"}
    assert _imports(path) <= allowed


def test_selfcheck_engine_imports_no_lesson_module():
    """The engine is shared: it never reaches into a lesson's catalogue."""
    for path in (ROOT / "snippets" / "selfcheck" / "_engine").glob("*.py"):
        assert not {name for name in _imports(path)
                    if ".lesson" in name}, path.name
