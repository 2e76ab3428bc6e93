"""Run one copied code block the way a reader would: alone, from scratch.

tests/test_copy_paste.py starts this file with ``python -I -S`` (no site
packages, no environment, no current directory on ``sys.path``) in an
empty temporary directory, so the block sees the standard library plus
what ``--path`` holds: the project's package and its runtime dependencies.

- ``session`` mode is for a block the page shows as a Python session
  (``>>>`` prompts and their output), whose copy button copies only the
  statements. ``--shown`` holds the text the page shows. The copied text
  must be exactly the statements of the shown session
  (:func:`session_lines`) and compile as a whole; then it runs the way
  the interactive interpreter runs a paste, statement after statement,
  each statement's output checked against the output the page shows
  below it, and each traceback the page shows raised (doctest's rules,
  with the suite's output checker and the option flags given).
- ``script`` mode runs the block as a script (``__name__ == "__main__"``);
  then the docstring examples of every function it defined run in its
  namespace. An example's ``from snippets... import name`` of a name the
  block defines is dropped, so the examples call the copied definition.

The exit status is 0 when everything passed; failures are printed.
"""

import argparse
import builtins
import codeop
import doctest
import importlib.util
import inspect
import re
import sys
import types

SNIPPETS_IMPORT = re.compile(r"from (snippets(?:\.\w+)*) import ([\w, ]+)\n")


def session_lines(shown):
    """The statements of a shown Python session, with their example numbers.

    A ``>>>`` line starts a statement and the ``...`` lines right after it
    continue it; each loses its four-character prompt. Every other line is
    output (a ``...`` line after output is an ellipsis) or a blank line,
    and is dropped. A blank line closes each multi-line statement, as the
    interactive interpreter needs. Return a list of (example number, line)
    pairs; docs/javascripts/copy.js copies the lines alone, joined by
    newlines.

    >>> session_lines(">>> def f():\\n...     return 1\\n>>> f()\\n1")
    [(0, 'def f():'), (0, '    return 1'), (0, ''), (1, 'f()')]
    >>> session_lines(">>> for i in (1, 2):\\n...     i\\n...\\n1\\n"
    ...               "...\\n>>> 3\\n3")
    [(0, 'for i in (1, 2):'), (0, '    i'), (0, ''), (1, '3')]
    """
    lines, number, in_statement, continued = [], -1, False, False
    for line in shown.splitlines():
        prompt = line[:4].rstrip()
        if prompt == ">>>":
            if continued and lines[-1][1] != "":
                lines.append((number, ""))
            number += 1
            lines.append((number, line[4:]))
            in_statement, continued = True, False
        elif prompt == "..." and in_statement:
            lines.append((number, line[4:]))
            continued = True
        else:
            in_statement = False
    return lines


def paste_problem(text):
    """Where pasting text into ``python`` would raise a SyntaxError, or "".

    The interactive interpreter reads a line at a time and runs each
    statement once it is complete (codeop, as the ``code`` module does);
    a multi-line statement must end with a blank line.

    >>> paste_problem("def f():\\n    return 1\\n\\nf()")
    ''
    >>> paste_problem("def f():\\n    return 1\\nf()")
    'line 3: invalid syntax'
    """
    buffer = []
    for number, line in enumerate(text.splitlines(), 1):
        buffer.append(line)
        try:
            code = codeop.compile_command("\n".join(buffer), "<stdin>",
                                          "single")
        except SyntaxError as error:
            return f"line {number}: {error.msg}"
        if code is not None:
            buffer = []
    return ""


def copied_session(text, shown, name, filename, namespace):
    """A DocTest: the copied statements, and what the page shows them do.

    Each example's source is the copied text's lines of that statement;
    its expected output (or traceback) is the one the page shows.
    """
    lines = session_lines(shown)
    if text.rstrip() != "\n".join(line for _, line in lines).rstrip():
        raise ValueError("the copied text is not the session's statements")
    shown_test = doctest.DocTestParser().get_doctest(
        shown, {}, name, filename, 0)
    if len(shown_test.examples) != len({n for n, _ in lines}):
        raise ValueError("doctest reads the shown session differently")
    copied_lines = text.splitlines()
    for number, example in enumerate(shown_test.examples):
        example.source = "\n".join(
            copied_lines[i] for i, (n, _) in enumerate(lines)
            if i < len(copied_lines) and n == number) + "\n"
    return doctest.DocTest(shown_test.examples, namespace, name, filename,
                           0, shown)


def load_checker(path):
    """The OutputChecker class from pytest-doctestplus, loaded by path."""
    spec = importlib.util.spec_from_file_location("_doctest_checker", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # registers FLOAT_CMP and friends
    return module.OutputChecker


def run_examples(test, checker, flags):
    """Run one DocTest; return the number of failed examples."""
    # later examples usually fail because the first did: show that one
    flags |= doctest.REPORT_ONLY_FIRST_FAILURE
    runner = doctest.DocTestRunner(checker=checker(), optionflags=flags)
    return runner.run(test).failed


def call_through_copies(test, defined):
    """Drop imports from snippets of names the copied block defines."""
    kept = []
    for example in test.examples:
        match = SNIPPETS_IMPORT.fullmatch(example.source)
        if match:
            names = [n.strip() for n in match.group(2).split(",")]
            rest = [n for n in names if n not in defined]
            if not rest:
                continue
            names = ", ".join(rest)
            example.source = f"from {match.group(1)} import {names}\n"
        kept.append(example)
    test.examples = kept
    return test


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["session", "script"])
    parser.add_argument("block", help="file holding the copied text")
    parser.add_argument("--shown",
                        help="session mode: file holding the shown text")
    parser.add_argument("--path", required=True,
                        help="folder with the project and its dependencies")
    parser.add_argument("--checker", required=True,
                        help="pytest_doctestplus/output_checker.py")
    parser.add_argument("--flags", default="",
                        help="doctest option flags, comma-separated")
    args = parser.parse_args(argv)

    sys.path.insert(0, args.path)
    checker = load_checker(args.checker)
    flags = 0
    for name in filter(None, args.flags.split(",")):
        flags |= doctest.OPTIONFLAGS_BY_NAME[name]
    with open(args.block, encoding="utf-8") as f:
        text = f.read()

    # a fresh __main__, as if the block were a script of its own
    main_module = types.ModuleType("__main__")
    main_module.__file__ = args.block
    main_module.__builtins__ = builtins
    sys.modules["__main__"] = main_module
    namespace = main_module.__dict__
    parse = doctest.DocTestParser().get_doctest

    if args.mode == "session":
        with open(args.shown, encoding="utf-8") as f:
            shown = f.read()
        # pasted into a script or a notebook cell, it must compile whole;
        # pasted into python, it must read as complete statements
        compile(text, args.block, "exec")
        problem = paste_problem(text)
        if problem:
            print(f"pasted into python: SyntaxError at {problem}")
            return 1
        test = copied_session(text, shown, "copied block", args.block,
                              namespace)
        return 1 if run_examples(test, checker, flags) else 0

    # running the reader's copy is the point of this file
    exec(compile(text, args.block, "exec"), namespace)  # noqa: S102
    defined = {
        name for name, value in namespace.items()
        if (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__ == "__main__"
    }
    failed = 0
    for name in sorted(defined):
        func = namespace[name]
        if inspect.isfunction(func) and func.__doc__:
            test = parse(inspect.cleandoc(func.__doc__), dict(namespace),
                         f"{name} (copied)", args.block, 0)
            failed += run_examples(call_through_copies(test, defined),
                                   checker, flags)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
