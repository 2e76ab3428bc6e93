"""The pages' doctests compare what Python prints character for character.

pyproject.toml turns on FLOAT_CMP for every doctest, so the package's
docstring examples may round their floats. A lesson page promises more:
every output it shows is exactly what Python prints when a reader pastes
the block. So the doctests of the Markdown pages (``docs/**/*.md``) run
without FLOAT_CMP; NORMALIZE_WHITESPACE stays for them too.

This file sits at the repository root so that pytest loads it for any
run (``pytest``, ``pytest docs``, ``pytest docs/lessons/07-learning.md``).
"""

import doctest

from _pytest.doctest import DoctestItem

# pytest-doctestplus registers the flag; look it up by name
FLOAT_CMP = doctest.OPTIONFLAGS_BY_NAME["FLOAT_CMP"]


def pytest_collection_modifyitems(items):
    """Drop FLOAT_CMP from the doctests of the Markdown pages."""
    for item in items:
        if isinstance(item, DoctestItem) and item.path.suffix == ".md":
            item.runner.optionflags &= ~FLOAT_CMP
