"""The listing a lesson page shows for a function: the idea, in a screenful.

A page asks for one with a marker alone on its line::

    <!-- listing: snippets.forward:forward_propagation_nn -->

and the site's hook (docs/overrides/hooks/generated.py) replaces it with
:func:`listing_markdown`: a Python block holding the imports the
function needs (from its module's ``imports`` section) and the
function's own section, exactly as in the source file, except that the
docstring is cut before its first numpydoc section (``Parameters``,
``Returns``, ...). What is left is the signature, the docstring's
summary (what it computes, the shapes), the one-line input check and the
computation. Below the block, a link leads to the function's API entry:
the full docstring, the examples and the source.

Nothing is copied by hand: the listing is the code that runs, and the
tests compare it with the source again (tests/test_site.py).
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
    imports) stays. So a listing copied alone still runs, without lines
    it does not need.
    """
    used = _names(code)
    blank = {number for number, line in enumerate(imports.splitlines(), 1)
             if not line.strip()}
    lines, previous_end = [], None
    for statement in ast.parse(imports).body:
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


# --8<-- [start:listing_code]
def listing_code(source, name, module=None):
    """The code of a listing: the imports it needs, the short function.

    A function that calls others of its own module (``module``, e.g.
    ``snippets.training``) gets them imported from there too, so the
    listing runs when copied alone.
    """
    function = short_docstring(section(source, name).strip("\n"))
    imports = imports_used(section(source, "imports"), function)
    if module is not None:
        defined = {node.name for node in ast.parse(source).body
                   if isinstance(node, ast.FunctionDef)}
        own = sorted((_names(function) & defined) - {name})
        if own:
            aliases = [ast.alias(other) for other in own]
            imports = "\n".join(
                [imports] * bool(imports) + _from_import(module, aliases))
    return f"{imports}\n\n\n{function}" if imports else function
# --8<-- [end:listing_code]


# --8<-- [start:listing_markdown]
def listing_markdown(source, module, name):
    """The Markdown that replaces a listing marker on a page.

    ``source`` is the text of ``module``'s file; the link under the code
    is an autorefs link to ``module.name`` in the API reference.
    """
    code = listing_code(source, name, module)
    return (
        f"```python\n{code}\n```\n\n"
        f"Full docstring, examples and input checks: "
        f"[{name} in the API reference][{module}.{name}]\n"
        "{ .listing-more }"
    )
# --8<-- [end:listing_markdown]
