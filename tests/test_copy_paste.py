"""The promise to readers who copy: every code block runs on its own.

For each code block of each page, the test clicks the block's copy button
in chromium and takes exactly the text Material puts on the clipboard,
then runs it in a fresh Python process, in an empty temporary directory,
that can import the project and its runtime dependencies and nothing
else (tests/_run_copied_block.py):

- a block the page shows as a Python session (``>>>`` prompts and their
  output) copies its statements only, without prompts or output
  (docs/javascripts/copy.js); that text must compile as a whole, and run
  statement by statement it must print, or raise, exactly what the page
  shows below each statement: no FLOAT_CMP slack on the Markdown pages
  (conftest.py), as in their doctests;
- any block that is not a session copies exactly what the page shows;
- any other Python block is a script and must exit 0; the docstring
  examples of the functions it defines then run against those copies;
- a block that needs a package the project does not install says so on
  the page: its title is "Needs" and the distribution names (```` ```python
  title="Needs pandas" ````); without them it must fail with a hint to
  ``pip install`` them, with them it must pass, and the title is refused
  if the project already depends on them (it would be noise);
- a block that cannot run alone says so on the page: its title starts
  with "Fragment:" and the reason (```` ```python title="Fragment: needs
  X from the block above" ````); it is skipped with that reason;
- text, console and shell blocks are not Python and are skipped.

The blocks are counted from the pages' Markdown so that each one is a
test of its own; test_every_block_is_counted checks that the count
matches what the browser shows. The API pages' blocks come from the
package's docstrings: their sessions are checked the same way, with the
package doctests' FLOAT_CMP, and their other blocks must copy unchanged.
"""

import copy
import importlib.metadata
import importlib.util
import pickle
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from _run_copied_block import session_lines
from browser_helpers import ROOT, is_lesson, nav_pages, skip_or_fail
from packaging.requirements import Requirement

pytest_plugins = ["browser_helpers"]

RUNNER = Path(__file__).with_name("_run_copied_block.py")
PACKAGE = "snippets"  # what the pages import
PYTHON = {"python", "py", "python3", "pycon"}
NOT_PYTHON = {"text", "console", "bash", "sh", "shell", "output", "mermaid",
              "yaml", "toml", "json", "html", "css", "markdown", "md"}
FRAGMENT = "Fragment:"
# title="Needs pandas": the block runs with these distributions added
NEEDS = re.compile(r"Needs (?P<names>[\w.-]+(?:, [\w.-]+)*)")
FENCE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})(?P<info>[^`\n]*)$")
# the first word of a fence's info string: python, {.python ...}, py
LANGUAGE = re.compile(r"\s*\{?\s*\.?([\w+-]+)")


# a listing marker, replaced by a Python block at build time
LISTING = re.compile(r"^[ \t]*<!--[ \t]*listing:.*-->[ \t]*$")


def fenced_languages(text):
    """Return the language of each fenced code block in Markdown text.

    >>> fenced_languages("```python\\n```\\n    ~~~ {.text}\\n    ~~~\\n")
    ['python', 'text']
    >>> fenced_languages('````\\n```py title="a"\\n```\\n````\\n')
    ['']
    >>> fenced_languages("  <!-- listing: snippets.forward:f -->\\n")
    ['python']
    """
    languages, opened = [], None
    for line in text.splitlines():
        if opened is None and LISTING.match(line):
            languages.append("python")  # the hook renders a python block
            continue
        match = FENCE.match(line)
        if not match:
            continue
        fence = match.group("fence")
        if opened is None:
            opened = fence
            language = LANGUAGE.match(match.group("info"))
            languages.append(language.group(1) if language else "")
        elif (fence[0] == opened[0] and len(fence) >= len(opened)
              and not match.group("info").strip()):
            opened = None
    return languages


def copy_paste_pages():
    """The nav's Markdown pages, minus API pages (code from docstrings).

    An API page (mkdocstrings ``:::`` lines) shows the package's docstring
    examples, which pytest already runs as the package's doctests.
    """
    pages = []
    for src in nav_pages():
        path = ROOT / "docs" / src
        if path.suffix == ".md" and not re.search(
                r"^:::", path.read_text(), flags=re.MULTILINE):
            pages.append(src)
    return pages


BLOCKS = [
    pytest.param(src, index, id=f"{src}-{index:02d}-{language or 'plain'}")
    for src in copy_paste_pages()
    for index, language in enumerate(
        fenced_languages((ROOT / "docs" / src).read_text()))
]

# Click each block's copy button and catch what clipboard.js copies: it
# puts the text in a temporary <textarea>, selects it and runs
# document.execCommand("copy"). Closed <details> and hidden tabs are
# opened first, as a reader would before clicking.
COPY_JS = """
() => {
  const copied = [];
  const original = document.execCommand.bind(document);
  document.execCommand = (command, ...rest) => {
    if (command !== "copy") return original(command, ...rest);
    const active = document.activeElement;
    copied.push(active && active.tagName === "TEXTAREA"
                ? active.value : String(document.getSelection()));
    return true;
  };
  const blocks = [...document.querySelectorAll(".md-content div.highlight")]
    .filter(block => block.querySelector("pre > code") &&
                     !block.parentElement.closest("div.highlight"));
  const result = blocks.map(block => {
    for (let el = block; el; el = el.parentElement) {
      if (el.tagName === "DETAILS") el.open = true;
      if (el.classList.contains("tabbed-block")) {
        const index = [...el.parentElement.children].indexOf(el);
        const set = el.closest(".tabbed-set");
        const input = set.querySelectorAll(":scope > input")[index];
        if (input) input.click();
      }
    }
    const language = [...block.classList]
      .filter(c => c.startsWith("language-")).map(c => c.slice(9))[0] || "";
    const title = block.querySelector(":scope > .filename");
    const button = block.querySelector(
      "pre button.md-code__button[data-md-type=copy]");
    const before = copied.length;
    if (button) button.click();
    const next = block.nextElementSibling;
    return {
      language: language,
      listing: !!(next && next.classList.contains("listing-more")),
      title: title ? title.textContent.trim() : "",
      text: copied.length > before ? copied[copied.length - 1] : null,
      shown: block.querySelector("pre > code").textContent,
    };
  });
  document.execCommand = original;
  return result;
}
"""


@pytest.fixture(scope="session")
def copied(browser):
    """The copied blocks of each page, read once per page."""
    cache = {}

    def read(src):
        if src not in cache:
            cache[src] = browser.visit(src).page.evaluate(COPY_JS)
        return cache[src]

    return read


def canonical(name):
    """A distribution name in its canonical form (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(dist_name):
    """A distribution and, recursively, what it needs without extras."""
    seen, todo = {}, [dist_name]
    while todo:
        dist = importlib.metadata.distribution(todo.pop())
        name = dist.metadata["Name"]
        if name in seen:
            continue
        seen[name] = dist
        for spec in dist.requires or []:
            requirement = Requirement(spec)
            if (requirement.marker is None
                    or requirement.marker.evaluate({"extra": ""})):
                todo.append(requirement.name)
    return list(seen.values())


def link_distributions(folder, dist_names):
    """Link the files of distributions (and what they need) into folder.

    Return the names of the distributions linked.
    """
    linked = set()
    for dist in (d for name in dist_names for d in runtime_closure(name)):
        linked.add(dist.metadata["Name"])
        tops = {Path(f).parts[0] for f in dist.files or []
                if Path(f).parts[0] not in {"..", "__pycache__"}}
        for top in tops - {PACKAGE}:
            target = dist.locate_file(top)
            if target.exists() and not (folder / top).exists():
                (folder / top).symlink_to(target)
    return linked


def project_folder(folder, extra=()):
    """Fill folder with the project, its runtime dependencies and extra.

    As ``pip install`` of the project (no extras) would: the package the
    pages import, its metadata, and each runtime dependency's files; then
    the distributions named in extra. Return the project's runtime
    distributions.
    """
    spec = importlib.util.find_spec(PACKAGE)
    (folder / PACKAGE).symlink_to(spec.submodule_search_locations[0])
    project = importlib.metadata.packages_distributions()[PACKAGE][0]
    runtime = link_distributions(folder, [project])
    link_distributions(folder, extra)
    return runtime


@pytest.fixture(scope="session")
def project_only(tmp_path_factory):
    """A folder holding the project and its runtime dependencies only."""
    folder = tmp_path_factory.mktemp("project-only")
    project_folder(folder)
    return folder


def doctest_flags(config, *, page=True):
    """The doctest option flags of a page's or a docstring's examples.

    The suite's flags, but a Markdown page gets no FLOAT_CMP: it shows
    exactly what Python prints (conftest.py drops it from their doctests).
    """
    flags = config.getini("doctest_optionflags")
    return ",".join(f for f in flags if not (page and f == "FLOAT_CMP"))


def run_alone(text, mode, folder, workdir, flags, shown=None):
    """Run copied text in a fresh interpreter; return (exit code, output).

    In session mode ``shown`` is the session as the page shows it.
    """
    block = workdir / "copied_block.py"
    block.write_text(text + "\n", encoding="utf-8")
    extra = []
    if mode == "session":
        (workdir / "shown.txt").write_text(shown, encoding="utf-8")
        extra = ["--shown", str(workdir / "shown.txt")]
    # pytest-doctestplus's checker (FLOAT_CMP), loaded by path
    checker = importlib.util.find_spec(
        "pytest_doctestplus.output_checker").origin
    result = subprocess.run(
        [sys.executable, "-I", "-S", str(RUNNER), mode, str(block),
         "--path", str(folder), "--checker", str(checker), "--flags", flags,
         *extra],
        check=False,  # the caller reports the output
        cwd=workdir, capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(workdir),
             "LC_ALL": "C.UTF-8", "MPLBACKEND": "Agg"},
    )
    return result.returncode, result.stdout + result.stderr


def is_session(text):
    """Whether a block shows a Python session (a doctest), as copy.js sees.

    >>> is_session(">>> 1\\n1"), is_session("x = 1  # >>> in a comment")
    (True, False)
    """
    return text.lstrip().startswith(">>>")


def copy_problems(block):
    """What is wrong with the text a block's copy button copied.

    A session copies its statements alone; any other block, what the page
    shows (Material trims the end).
    """
    text, shown = block["text"], block["shown"]
    if text is None:
        return "the block has no copy button"
    if not is_session(shown):
        if text != shown.rstrip():
            return f"it copies {text!r}, not what the page shows"
        return ""
    prompts = [line for line in text.splitlines()
               if line.startswith((">>>", "... "))]
    if prompts:
        return f"it copies prompts: {prompts[:3]}"
    statements = "\n".join(line for _, line in session_lines(shown))
    if text != statements.rstrip():
        return (f"it copies {text!r}, not the session's statements "
                f"{statements.rstrip()!r}")
    return ""


def api_pages():
    """The nav's API pages (mkdocstrings ``:::`` lines)."""
    return [src for src in nav_pages()
            if src.endswith(".md") and src not in copy_paste_pages()]


@pytest.mark.parametrize("src", copy_paste_pages())
def test_every_block_is_counted(copied, src):
    """The page shows as many code blocks as its Markdown fences."""
    languages = fenced_languages((ROOT / "docs" / src).read_text())
    assert [b["language"] for b in copied(src)] == [
        lang if lang else "text" for lang in languages]


@pytest.mark.parametrize(("src", "index"), BLOCKS)
def test_copied_block_runs_alone(copied, project_only, tmp_path,
                                 pytestconfig, src, index):
    """What the copy button copies runs alone, with only the project."""
    blocks = copied(src)
    assert index < len(blocks), f"{src} shows only {len(blocks)} blocks"
    block = blocks[index]
    problem = copy_problems(block)
    assert not problem, f"{src} block {index}: {problem}"
    if block["title"].startswith(FRAGMENT):
        reason = block["title"][len(FRAGMENT):].strip()
        assert reason, f'say why: title="{FRAGMENT} needs ..."'
        pytest.skip(f"fragment: {reason}")
    if block["language"] in NOT_PYTHON:
        pytest.skip(f"{block['language']} block: not Python")
    assert block["language"] in PYTHON, (
        f"unknown language {block['language']!r}: add it to PYTHON or "
        "NOT_PYTHON in tests/test_copy_paste.py")
    mode = "session" if is_session(block["shown"]) else "script"
    workdir = tmp_path / "run"  # empty, the way a reader starts
    workdir.mkdir()
    folder = project_only
    needs = NEEDS.fullmatch(block["title"])
    if needs:
        names = needs.group("names").split(", ")
        folder = tmp_path / "project-and-needs"
        folder.mkdir()
        runtime = project_folder(folder, extra=names)
        already = [name for name in names
                   if canonical(name) in {canonical(r) for r in runtime}]
        assert not already, (
            f'title="{block["title"]}": the project already installs '
            f"{', '.join(already)}; drop the title")
        # without them, a reader is told what to install
        code, output = run_alone(block["text"], mode, project_only,
                                 workdir, doctest_flags(pytestconfig),
                                 block["shown"])
        hints = [f"pip install {name}" for name in names]
        assert code != 0 and any(h in output for h in hints), (
            f"without {', '.join(names)} the block should fail and say "
            f"{' or '.join(map(repr, hints))}; it printed:\n{output}")
    code, output = run_alone(block["text"], mode, folder, workdir,
                             doctest_flags(pytestconfig), block["shown"])
    lines = block["text"].splitlines()
    shown = "\n".join(lines[:12] + (["..."] if len(lines) > 12 else []))
    assert code == 0, (
        f"copied from {src} (block {index}, run as a {mode}), it fails "
        f"alone; fix it or mark it {FRAGMENT!r}:\n{shown}\n"
        f"---- output ----\n{output}")


@pytest.mark.parametrize("src", api_pages())
def test_api_page_examples_run_alone(copied, project_only, tmp_path,
                                     pytestconfig, src):
    """On an API page, each example copies and runs alone too.

    Its sessions are docstring examples (FLOAT_CMP as in the package's
    doctests); its other blocks (signatures, source) copy unchanged. An
    example of a function that needs a package the project does not
    install (load_titanic_frame: pandas) fails with the function's hint to
    ``pip install`` it, and passes with it added.
    """
    failures, sessions = [], 0
    for index, block in enumerate(copied(src)):
        problem = copy_problems(block)
        if problem:
            failures.append(f"block {index}: {problem}")
            continue
        if not is_session(block["shown"]):
            continue
        sessions += 1
        workdir = tmp_path / f"run-{index}"
        workdir.mkdir()
        flags = doctest_flags(pytestconfig, page=False)
        code, output = run_alone(block["text"], "session", project_only,
                                 workdir, flags, block["shown"])
        needs = re.findall(r"Hint: pip install ([\w.-]+)", output)
        if code != 0 and needs:
            folder = tmp_path / f"project-and-needs-{index}"
            folder.mkdir()
            project_folder(folder, extra=sorted(set(needs)))
            code, output = run_alone(block["text"], "session", folder,
                                     workdir, flags, block["shown"])
        if code != 0:
            failures.append(f"block {index} fails alone:\n{block['text']}"
                            f"\n---- output ----\n{output}")
    assert sessions, f"{src} shows no example"
    assert not failures, "\n\n".join(failures)


# -- the pasted course ------------------------------------------------------

# runs the pasted course in the NumPy-only venv: each call, its result
COURSE_DRIVER = """
import pickle, runpy
course = runpy.run_path("course.py")
with open("calls.pkl", "rb") as file:
    calls = pickle.load(file)
results = [course[name](*args, **kwargs) for name, args, kwargs in calls]
with open("results.pkl", "wb") as file:
    pickle.dump(results, file)
"""


@pytest.fixture(scope="session")
def numpy_only_python(tmp_path_factory):
    """A fresh venv holding NumPy alone (the version the tests use)."""
    folder = tmp_path_factory.mktemp("numpy-only")
    subprocess.run([sys.executable, "-m", "venv", str(folder / "venv")],
                   check=True, capture_output=True, timeout=300)
    python = folder / "venv" / "bin" / "python"
    version = importlib.metadata.version("numpy")
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", f"numpy=={version}"],
        check=False, capture_output=True, text=True, timeout=600)
    if result.returncode:
        skip_or_fail(f"cannot install numpy=={version} into a fresh venv:\n"
                     f"{result.stdout}{result.stderr}")
    return python


def course_calls():
    """(function, args, kwargs) on random valid inputs, in both dtypes."""
    import snippets

    rng = np.random.default_rng(2026)
    calls = []
    for dtype in (np.float64, np.float32):
        z = (rng.standard_normal((4, 6)) * 5).astype(dtype)
        z[0, :2] = (-1000, 1000)
        X = rng.standard_normal((5, 9)).astype(dtype)
        Y = (rng.random((1, 9)) > 0.5).astype(dtype)
        y = rng.integers(0, 3, size=9)
        Y3 = snippets.one_hot(y, 3).astype(dtype)
        p, p3 = (
            {key: (rng.standard_normal(value.shape) * 0.5).astype(dtype)
             for key, value in snippets.initialize_parameters_nn(
                 5, 4, n_y).items()}
            for n_y in (1, 3))
        v, s = ({key: rng.standard_normal(value.shape).astype(dtype) ** 2
                 for key, value in snippets.initialize_velocity(p).items()}
                for _ in range(2))
        calls += [(name, (z,), {})
                  for name in ("sigmoid", "relu", "tanh", "softmax")]
        calls += [
            ("initialize_parameters_nn", (5, 4, 1), {"dtype": dtype}),
            ("initialize_parameters_nn", (3, 2, 2), {"seed": 7}),
            ("initialize_parameters_nn", (3, 2, 1),
             {"rng": np.random.default_rng(4), "scale": 0.5}),
            ("random_mini_batches", (X, Y, 4, 3), {}),
            ("one_hot", (y, 4), {}),
        ]
        for activation in ("relu", "tanh"):
            option = {"hidden_activation": activation}
            A2, cache = snippets.forward_propagation_nn(X, p, **option)
            grads = snippets.backward_propagation_nn(p, cache, X, Y,
                                                     **option)
            A3, cache3 = snippets.forward_propagation_softmax(X, p3,
                                                              **option)
            calls += [
                ("forward_propagation_nn", (X, p), option),
                ("compute_cost", (A2, Y), {}),
                ("backward_propagation_nn", (p, cache, X, Y), option),
                ("update_parameters_nn", (p, grads, 0.1), {}),
                ("predict_nn", (p, X), {**option, "threshold": 0.45}),
                ("update_parameters_with_momentum",
                 (p, grads, v, 0.9, 0.1), {}),
                ("update_parameters_with_rmsprop",
                 (p, grads, s, 0.999, 0.01), {}),
                ("update_parameters_with_adam", (p, grads, v, s, 3, 0.01),
                 {}),
                ("forward_propagation_softmax", (X, p3), option),
                ("compute_cost_softmax", (A3, Y3), {}),
                ("backward_propagation_softmax", (p3, cache3, X, Y3),
                 option),
                ("predict_softmax", (p3, X), option),
            ]
        calls += deep_calls(rng, dtype, X, Y, Y3)
    return calls


def deep_calls(rng, dtype, X, Y, Y3):
    """The calls of Lessons 10 and 11: L layers, L2, dropout, fit_nn.

    fit_nn's listing (Lesson 8) trains on the deep loops of Lessons 10
    and 11, so it is called with the options they add: hidden sizes as a
    tuple, lambd, keep_prob and decay_rate.
    """
    import snippets

    deep = snippets.initialize_parameters_deep([5, 4, 3, 1], dtype=dtype)
    deep3 = snippets.initialize_parameters_deep([5, 4, 3, 3], seed=3,
                                                scale="xavier", dtype=dtype)
    calls = [
        ("initialize_parameters_deep", ([5, 4, 3, 1],), {"dtype": dtype}),
        ("initialize_parameters_deep", ([5, 6, 2],),
         {"seed": 7, "scale": "xavier"}),
        ("initialize_parameters_deep", ([3, 2, 2, 2],),
         {"scale": 0.5, "dtype": dtype}),
    ]
    for activation in ("relu", "tanh"):
        for keep_prob in (1.0, 0.7):
            for p, labels, output in ((deep, Y, "sigmoid"),
                                      (deep3, Y3, "softmax")):
                option = {"hidden_activation": activation, "output": output}
                drop = {"keep_prob": keep_prob, "seed": 5}
                AL, caches = snippets.forward_propagation_deep(
                    X, p, **option, **drop)
                calls += [
                    ("forward_propagation_deep", (X, p), {**option, **drop}),
                    ("backward_propagation_deep", (p, caches, X, labels),
                     {**option, "lambd": 0.7 if keep_prob < 1 else 0.0}),
                    ("compute_cost_with_l2", (AL, labels, p, 0.3), {}),
                ]
    # a Generator as the seed: new masks at every call, the same draws
    calls.append(("forward_propagation_deep", (X, deep),
                  {"keep_prob": 0.5, "seed": np.random.default_rng(1)}))
    X_val = rng.standard_normal((5, 6)).astype(dtype)
    Y_val = (rng.random((1, 6)) > 0.5).astype(dtype)
    Y3_val = snippets.one_hot(rng.integers(0, 3, size=6), 3).astype(dtype)
    short = {"num_epochs": 4, "patience": 2, "mini_batch_size": 4}
    calls += [
        ("fit_nn", (X, Y, 3), {"X_val": X_val, "Y_val": Y_val, **short}),
        ("fit_nn", (X, Y, (4, 3)),
         {"X_val": X_val, "Y_val": Y_val, "lambd": 0.5, "keep_prob": 0.8,
          "decay_rate": 0.5, "seed": 4, **short}),
        ("fit_nn", (X, Y3, (4,)),
         {"X_val": X_val, "Y_val": Y3_val, "optimizer": "momentum",
          "learning_rate": 0.1, "hidden_activation": "tanh",
          "keep_prob": 0.6, **short}),
    ]
    return calls


def first_difference(got, expected, where="result"):
    """Where two results differ (value, dtype, type, keys), or None."""
    if isinstance(expected, dict):
        if not isinstance(got, dict) or list(got) != list(expected):
            return f"{where}: keys {list(expected)}, got {got!r:.80}"
        return next((d for key in expected if (d := first_difference(
            got[key], expected[key], f"{where}[{key!r}]"))), None)
    if isinstance(expected, (list, tuple)):
        if type(got) is not type(expected) or len(got) != len(expected):
            return f"{where}: a {type(expected).__name__} of " \
                   f"{len(expected)}, got {got!r:.80}"
        return next((d for i, (a, b) in enumerate(zip(got, expected))
                     if (d := first_difference(a, b, f"{where}[{i}]"))),
                    None)
    if isinstance(expected, np.ndarray):
        if not isinstance(got, np.ndarray) or got.dtype != expected.dtype \
                or not np.array_equal(got, expected):
            return f"{where}: expected {expected!r:.80}, got {got!r:.80}"
        return None
    if type(got) is not type(expected) or got != expected:
        return f"{where}: expected {expected!r}, got {got!r}"
    return None


def test_pasted_course_runs_with_numpy_alone(copied, numpy_only_python,
                                            tmp_path):
    """Every lesson listing, copied in course order, is the package.

    The copy buttons' texts of Lessons 5 to 11, joined into one file, run
    in a fresh venv holding NumPy alone, and each taught function there
    returns exactly what the package's returns on the same valid inputs.
    """
    import snippets

    listings = [block for src in nav_pages() if is_lesson(src)
                for block in copied(src) if block["listing"]]
    assert len(listings) >= 30 and all(b["text"] for b in listings)
    course = "\n\n\n".join(block["text"] for block in listings) + "\n"
    assert not re.search(r"^\s*(import|from)\s+snippets\b", course,
                         flags=re.M)
    (tmp_path / "course.py").write_text(course, encoding="utf-8")
    (tmp_path / "driver.py").write_text(COURSE_DRIVER, encoding="utf-8")
    calls = course_calls()
    with open(tmp_path / "calls.pkl", "wb") as file:
        pickle.dump(calls, file)
    result = subprocess.run(
        [str(numpy_only_python), "-I", "driver.py"], check=False,
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    with open(tmp_path / "results.pkl", "rb") as file:
        results = pickle.load(file)
    differences = []
    for (name, args, kwargs), got in zip(calls, results):
        expected = getattr(snippets, name)(*copy.deepcopy(args),
                                           **copy.deepcopy(kwargs))
        difference = first_difference(got, expected)
        if difference:
            differences.append(f"{name}: {difference}")
    assert {name for name, _, _ in calls} == {
        "sigmoid", "relu", "tanh", "softmax", "initialize_parameters_nn",
        "forward_propagation_nn", "compute_cost", "backward_propagation_nn",
        "update_parameters_nn", "predict_nn", "random_mini_batches",
        "update_parameters_with_momentum", "update_parameters_with_rmsprop",
        "update_parameters_with_adam", "one_hot",
        "forward_propagation_softmax", "compute_cost_softmax",
        "backward_propagation_softmax", "predict_softmax",
        "initialize_parameters_deep", "forward_propagation_deep",
        "backward_propagation_deep", "compute_cost_with_l2", "fit_nn"}
    assert differences == []
