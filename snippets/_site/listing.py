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

    A ``from m import a, b`` keeps only the names ``code`` uses; groups
    stay apart, as in the source. So a listing copied alone still runs,
    without lines it does not need.
    """
    used = {node.id for node in ast.walk(ast.parse(code))
            if isinstance(node, ast.Name)}
    used |= {node.value.id for node in ast.walk(ast.parse(code))
             if isinstance(node, ast.Attribute)
             and isinstance(node.value, ast.Name)}
    lines, previous_end = [], None
    for statement in ast.parse(imports).body:
        names = [alias for alias in statement.names
                 if (alias.asname or alias.name.split(".")[0]) in used]
        if not names:
            continue
        if previous_end is not None and statement.lineno > previous_end + 1:
            lines.append("")  # a blank line in the source: a new group
        previous_end = statement.end_lineno
        text = ", ".join(ast.unparse(alias) for alias in names)
        if isinstance(statement, ast.Import):
            lines.append(f"import {text}")
        elif len(f"from {statement.module} import {text}") <= 79:
            lines.append(f"from {statement.module} import {text}")
        else:
            lines.append(f"from {statement.module} import (")
            lines += [f"    {ast.unparse(alias)}," for alias in names]
            lines.append(")")
    return "\n".join(lines)
# --8<-- [end:imports_used]


# --8<-- [start:listing_code]
def listing_code(source, name):
    """The code of a listing: the imports it needs, the short function."""
    function = short_docstring(section(source, name).strip("\n"))
    imports = imports_used(section(source, "imports"), function)
    return f"{imports}\n\n\n{function}" if imports else function
# --8<-- [end:listing_code]


# --8<-- [start:listing_markdown]
def listing_markdown(source, module, name):
    """The Markdown that replaces a listing marker on a page.

    ``source`` is the text of ``module``'s file; the link under the code
    is an autorefs link to ``module.name`` in the API reference.
    """
    code = listing_code(source, name)
    return (
        f"```python\n{code}\n```\n\n"
        f"Full docstring, examples and input checks: "
        f"[{name} in the API reference][{module}.{name}]\n"
        "{ .listing-more }"
    )
# --8<-- [end:listing_markdown]
