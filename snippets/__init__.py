"""Tested code of the course "Neural Networks from Scratch".

Every code block on the course site is embedded from this package, so
what a learner reads is what the test suite runs. Conventions: examples
are stored in columns, ``X`` has shape ``(n_x, m)``; parameters live in a
dict with keys ``"W1"``, ``"b1"``, ``"W2"``, ``"b2"``.
"""

from snippets.activations import relu, sigmoid, softmax, tanh
from snippets.deep import (
    backward_propagation_deep,
    forward_propagation_deep,
    initialize_parameters_deep,
)
from snippets.fitting import fit_nn
from snippets.forward import forward_propagation_nn
from snippets.gradient_check import gradient_check_nn
from snippets.initialization import initialize_parameters_nn
from snippets.learning import (
    backward_propagation_nn,
    compute_cost,
    update_parameters_nn,
)
from snippets.minibatches import random_mini_batches
from snippets.multiclass import (
    backward_propagation_softmax,
    compute_cost_softmax,
    forward_propagation_softmax,
    one_hot,
    predict_softmax,
    train_softmax_nn,
)
from snippets.optimizers import (
    initialize_adam,
    initialize_rmsprop,
    initialize_velocity,
    update_parameters_with_adam,
    update_parameters_with_momentum,
    update_parameters_with_rmsprop,
)
from snippets.regularization import compute_cost_with_l2
from snippets.training import predict_nn, train_nn

# the package's version, the one place it is written: pyproject.toml reads
# it (setuptools' dynamic version), the notebooks' install cells pin it
# (python docs/overrides/hooks/notebooks.py) and a release is tagged v<it>
__version__ = "0.1.0"

__all__ = [
    "backward_propagation_deep",
    "backward_propagation_nn",
    "backward_propagation_softmax",
    "compute_cost",
    "compute_cost_softmax",
    "compute_cost_with_l2",
    "fit_nn",
    "forward_propagation_deep",
    "forward_propagation_nn",
    "forward_propagation_softmax",
    "gradient_check_nn",
    "initialize_adam",
    "initialize_parameters_deep",
    "initialize_parameters_nn",
    "initialize_rmsprop",
    "initialize_velocity",
    "one_hot",
    "predict_nn",
    "predict_softmax",
    "random_mini_batches",
    "relu",
    "sigmoid",
    "softmax",
    "tanh",
    "train_nn",
    "train_softmax_nn",
    "update_parameters_nn",
    "update_parameters_with_adam",
    "update_parameters_with_momentum",
    "update_parameters_with_rmsprop",
]
