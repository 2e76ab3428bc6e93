"""The package's input checks: not taught, applied from outside.

A taught function's listing is pure NumPy; the decorator line above its
section marker (``@guarded(...)``) validates its arguments, names the
function the caller called in every error, casts the arguments to the
dtype the computation runs in, and traces NaN in the forward pass.

Layers, each importing only the ones above it in this list (and none a
taught module):

- ``rules``: number and option rules declared once (``Interval``,
  ``StrOptions``: positive integers, learning rates, decay rates, seeds,
  the threshold, the hidden activations, the optimizers);
- ``arrays``: course-shape checks of ``X``, ``Y``, the parameters, the
  caches, the gradients and the optimizer states;
- ``nan``: where the NaN of a forward pass came from;
- ``guards``: the ``guarded`` decorator and what each taught function
  checks.
"""
