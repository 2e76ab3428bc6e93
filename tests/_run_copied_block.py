"""Run one copied code block the way a reader would: alone, from scratch.

tests/test_copy_paste.py starts this file with ``python -I -S`` (no site
packages, no environment, no current directory on ``sys.path``) in an
empty temporary directory, so the block sees the standard library plus
what ``--path`` holds: the project's package and its runtime dependencies.

- ``doctest`` mode runs the block as a doctest session with the suite's
  output checker (pytest-doctestplus's, for FLOAT_CMP) and option flags.
- ``script`` mode runs the block as a script (``__name__ == "__main__"``);
  then the docstring examples of every function it defined run in its
  namespace. An example's ``from snippets... import name`` of a name the
  block defines is dropped, so the examples call the copied definition.

The exit status is 0 when everything passed; failures are printed.
"""

import argparse
import builtins
import doctest
import importlib.util
import inspect
import re
import sys
import types

SNIPPETS_IMPORT = re.compile(r"from (snippets(?:\.\w+)*) import ([\w, ]+)\n")


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
    parser.add_argument("mode", choices=["doctest", "script"])
    parser.add_argument("block", help="file holding the copied text")
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

    if args.mode == "doctest":
        test = parse(text, namespace, "copied block", args.block, 0)
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
