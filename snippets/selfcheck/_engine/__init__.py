"""The self-checks' engine: not taught, shared by every lesson's checks.

Layers, each importing only the ones above it:

- ``run``: calls the learner's function safely (no traceback of the
  checker, inputs copied, warnings and the global random state watched);
- ``report``: ``Case``, ``Spec``, ``Mistake``, the report's lines and
  ``run_check``, which turns a spec and a function into a ``Report``;
- ``common``: what several lessons' specs share (key lists, case
  helpers, the common report lines, mistakes any function can make).

The lesson modules (``snippets.selfcheck.lesson06`` ...) hold each
lesson's specs and mistake catalogues.
"""
