"""The listing a lesson page shows for a function: the idea, in a screenful.

A page asks for one with a marker alone on its line::

    <!-- listing: snippets.forward:forward_propagation_nn -->

and the site's hook (docs/overrides/hooks/generated.py) replaces it with
:func:`listing_markdown`: a Python block that stands alone, then one
line under it. The block holds the NumPy and standard-library imports
the function needs (from its module's ``imports`` section; never an
import of ``snippets``), the module's constants it reads, and the
function's own section, exactly as in the source file, except that the
docstring is cut before its first numpydoc section (``Parameters``,
``Returns``, ...). The section starts at ``def``: the package's input
checks (the ``@guarded(...)`` line above it) are not part of it. The
line under the block names the earlier listings the function calls,
with links to their lessons, and says that a copy carries no input
checks: the API entry has the full docstring, the examples and the
checks that apply.

Paste every listing of the course in order and the file runs with NumPy
alone (tests/test_copy_paste.py does exactly that in Chromium). Nothing
is copied by hand: the listing is the code that runs, and the tests
compare it with the source again (tests/test_site.py).
"""

# --8<-- [start:imports]
import ast
import re

# --8<-- [end:imports]

# a line of a pymdownx.snippets section marker, `# --8<-- [start:name]`
_MARKER = re.compile(r"^\s*#\s*-+8<-+\s+\[\s*(start|end)\s*:\s*([\w-]+)\s*\]")


# --8<-- [start:section]
def section(source, name):
    """Return section ``name`` of a file's text, as pymdownx.snippets does.

    The lines between ``# --8<-- [start:name]`` and ``# --8<-- [end:name]``,
    without the marker lines of any other section nested inside.
    """
    lines, inside = [], False
    for line in source.splitlines():
        marker = _MARKER.match(line)
        if marker and marker[2] == name:
            if marker[1] == "end" and inside:
                return "\n".join(lines)
            inside = marker[1] == "start"
        elif inside and not marker:
            lines.append(line)
    raise LookupError(f"no section [start:{name}] ... [end:{name}]")
# --8<-- [end:section]


# --8<-- [start:short_docstring]
def short_docstring(source):
    """Cut the docstring of the function in ``source`` to its summary.

    Every line from the first numpydoc section header (a title underlined
    with dashes) to the closing quotes is dropped, the closing quotes are
    put back, and everything else is left exactly as it is.
    """
    tree = ast.parse(source)
    function = next(node for node in tree.body
                    if isinstance(node, ast.FunctionDef))
    first = function.body[0]
    if not (isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)):
        return source
    lines = source.splitlines()
    start, end = first.lineno - 1, first.end_lineno - 1
    for i in range(start + 1, end):
        title, rule = lines[i].strip(), lines[i + 1].strip()
        if title and rule == "-" * len(title):
            kept = lines[start:i]
            while kept and not kept[-1].strip():
                kept.pop()
            indent = lines[start][: len(lines[start])
                                  - len(lines[start].lstrip())]
            return "\n".join(lines[:start] + kept + [indent + '"""']
                             + lines[end + 1:])
    return source
# --8<-- [end:short_docstring]


# --8<-- [start:imports_used]
def imports_used(imports, code):
    """The import statements of ``imports`` that ``code`` needs.

    A ``from m import a, b`` keeps only the names ``code`` uses; a blank
    line in the source between two kept statements (a new group of
    imports) stays. Imports of the ``snippets`` package itself are left
    out: a listing relies on the earlier listings instead.
    """
    used = _names(code)
    blank = {number for number, line in enumerate(imports.splitlines(), 1)
             if not line.strip()}
    lines, previous_end = [], None
    for statement in ast.parse(imports).body:
        if _from_package(statement):
            continue
        names = [alias for alias in statement.names
                 if (alias.asname or alias.name.split(".")[0]) in used]
        if not names:
            continue
        if previous_end is not None and any(
                previous_end < number < statement.lineno for number in blank):
            lines.append("")
        previous_end = statement.end_lineno
        if isinstance(statement, ast.Import):
            lines.append("import " + ", ".join(map(ast.unparse, names)))
        else:
            lines += _from_import(statement.module, names)
    return "\n".join(lines)
# --8<-- [end:imports_used]


def _from_package(statement):
    """True for an import of ``snippets`` or one of its modules."""
    if isinstance(statement, ast.ImportFrom):
        modules = [statement.module or ""]
    else:
        modules = [alias.name for alias in statement.names]
    return any(m == "snippets" or m.startswith("snippets.")
               for m in modules)


def _names(code):
    """Every name ``code`` reads, attribute bases included."""
    return {node.id for node in ast.walk(ast.parse(code))
            if isinstance(node, ast.Name)}


def _from_import(module, aliases):
    """``from module import ...`` lines, wrapped in parentheses if long."""
    text = ", ".join(map(ast.unparse, aliases))
    if len(f"from {module} import {text}") <= 79:
        return [f"from {module} import {text}"]
    return ([f"from {module} import ("]
            + [f"    {ast.unparse(alias)}," for alias in aliases] + [")"])


def _constants(source):
    """{name: its source line(s)} of the module's literal constants."""
    lines = source.splitlines()
    found = {}
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)):
            continue
        try:
            ast.literal_eval(node.value)
        except ValueError:
            continue
        found[node.targets[0].id] = "\n".join(
            lines[node.lineno - 1:node.end_lineno])
    return found


def _package_names(source):
    """Names the module defines or imports from ``snippets``."""
    names = set()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            if _from_package(node):
                names |= {(a.asname or a.name).split(".")[0]
                          for a in node.names}
    return names


# --8<-- [start:listing_code]
def listing_code(source, name):
    """The code of a listing: imports, constants, the short function.

    The imports are NumPy's and the standard library's that the function
    needs; the constants are the module's literal ones it reads (such as
    ``MOMENTUM_BETA = 0.9``).
    """
    function = short_docstring(section(source, name).strip("\n"))
    imports = imports_used(section(source, "imports"), function)
    constants = _constants(source)
    used = [constants[n] for n in constants if n in _names(function)]
    parts = [imports] * bool(imports) + ["\n".join(used)] * bool(used)
    return "\n\n".join(parts) + "\n\n\n" + function if parts else function
# --8<-- [end:listing_code]


# --8<-- [start:listing_uses]
def listing_uses(source, name, taught):
    """What a listing needs besides NumPy: earlier listings, or helpers.

    ``taught`` maps each function a lesson lists to its page. Returns
    the taught functions the body calls, in the order of ``taught``, and
    the other names of the package it reads (helpers no lesson lists).
    """
    function = section(source, name)
    called = _names(function) - {name}
    uses = [other for other in taught if other in called]
    constants = _constants(source)
    helpers = sorted((called & _package_names(source))
                     - set(taught) - set(constants))
    return uses, helpers
# --8<-- [end:listing_uses]


def _guarded(source, name):
    """True if a decorator (the package's input checks) guards ``name``."""
    return any(isinstance(node, ast.FunctionDef) and node.name == name
               and node.decorator_list for node in ast.parse(source).body)


def _and(words):
    """``a``, ``a and b``, ``a, b and c``."""
    return (", ".join(words[:-1]) + " and " + words[-1]
            if len(words) > 1 else words[0])


# --8<-- [start:listing_markdown]
def listing_markdown(source, module, name, taught=None, link=None):
    """The Markdown that replaces a listing marker on a page.

    ``source`` is the text of ``module``'s file. ``taught`` maps each
    listed function to ``(page, title)``, e.g. ``("06-....md",
    "Lesson 6")``, and ``link(page)`` makes the page's URL relative to
    the page being built. The line under the code names the listings
    the function uses, with links, and ends with an autorefs link to
    ``module.name`` in the API reference.
    """
    taught = taught or {}
    uses, helpers = listing_uses(source, name, taught)
    sentences = []
    if uses:
        by_page = {}
        for other in uses:
            by_page.setdefault(taught[other], []).append(f"`{other}`")
        parts = [f"{_and(names)} from [{title}]({(link or str)(page)})"
                 for (page, title), names in by_page.items()]
        sentences.append(f"Uses {_and(parts)}.")
    if helpers:
        shown = _and([f"`{helper}`" for helper in helpers])
        sentences.append(
            f"Needs {shown} from `{module}`, not shown: use the package's "
            f"`{name}` rather than a copy.")
    api = f"[{name} in the API reference][{module}.{name}]"
    if _guarded(source, name):
        sentences.append(
            "A copy carries no input checks; the full docstring, examples "
            f"and the checks that apply: {api}")
    else:
        sentences.append(f"Full docstring and examples: {api}")
    code = listing_code(source, name)
    return (
        f"```python\n{code}\n```\n\n"
        + " ".join(sentences) + "\n"
        "{ .listing-more }"
    )
# --8<-- [end:listing_markdown]
