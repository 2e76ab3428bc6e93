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


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """The wheel, built offline from a copy of the tree.

    No build isolation (the test extra installs setuptools>=77, which PEP
    639's license-files needs) and no index, so nothing is downloaded; the
    copy keeps the build from leaving anything in the repository.
    """
    import shutil

    tmp_path = tmp_path_factory.mktemp("wheel")
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", ".cache", "site", "build", "*.egg-info",
        "__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps",
         "--no-build-isolation", "--no-index", "-q",
         "-w", str(tmp_path / "dist")],
        check=True, capture_output=True, text=True, timeout=300)
    (built,) = (tmp_path / "dist").glob("*.whl")
    return built


def test_wheel_ships_the_licences(wheel):
    """The built wheel carries LICENSE and LICENSE-CONTENT.md."""
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    licences = sorted(n.split("/", 1)[1] for n in names
                      if ".dist-info/licenses/" in n)
    assert licences == ["licenses/LICENSE", "licenses/LICENSE-CONTENT.md"]
    metadata = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata.splitlines()


def test_wheel_holds_every_module_and_data_file(wheel):
    """Every .py of snippets/ and its subpackages, and the data sets."""
    import zipfile

    import snippets

    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "snippets"
    wanted = {
        path.relative_to(ROOT).as_posix()
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
        and (path.suffix == ".py" or "_datasets" in path.parts)
    }
    assert wanted - names == set()
    assert wheel.name.startswith(
        f"zero_to_one_nn_snippets-{snippets.__version__}-")


def test_wheel_imports_in_a_clean_venv(wheel, tmp_path):
    """A fresh venv with the wheel (and NumPy) imports every module.

    Offline: pip installs the wheel alone (--no-deps --no-index) and NumPy
    is lent from this environment through a .pth file, so the venv holds
    the wheel, NumPy and nothing of the repository.
    """
    import venv

    import numpy

    env = tmp_path / "clean"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install",
         "-q", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, text=True, timeout=300)
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print("
         "sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip()
    numpy_home = Path(numpy.__file__).parents[1]
    (Path(site) / "numpy_from_tests.pth").write_text(f"{numpy_home}\n")
    code = (
        "import pkgutil, importlib, snippets, snippets.data\n"
        "names = [m.name for m in pkgutil.walk_packages("
        "snippets.__path__, 'snippets.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(snippets.__file__)\n"
        "print(len(names), snippets.__version__)\n"
        "print(snippets.data.load_titanic().X_train.shape)\n"
    )
    result = subprocess.run(
        [str(python), "-I", "-c", code], cwd=tmp_path,
        check=False, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    where, count_version, shape = result.stdout.splitlines()
    assert Path(where).is_relative_to(env)
    import snippets

    assert count_version.split()[1] == snippets.__version__
    assert int(count_version.split()[0]) >= 10
    assert shape == "(1047, 8)"


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
