"""Self-checks: test your own version of each function the course teaches.

Each ``check_*`` function calls your function on a few small cases
(including m = 1, m = n_h and a square case, where broadcasting and
transpose bugs hide), compares it with the course's own function, and
returns a report: what was checked, what failed on which case, and the
most likely mistake, picked from a catalogue of known ones. A check never
raises because of your code, and leaves NumPy's global random state as
it found it.

Layout: ``lesson06`` ... ``lesson11`` each hold one lesson's ``check_*``
functions, their specs and their mistake catalogues; ``_engine`` runs
them and writes the reports. A new lesson adds one module here and its
import below.
"""

from snippets.selfcheck.lesson06 import (
    check_forward_propagation_nn,
    check_initialize_parameters_nn,
    check_relu,
    check_sigmoid,
)
from snippets.selfcheck.lesson07 import (
    check_backward_propagation_nn,
    check_compute_cost,
    check_update_parameters_nn,
)
from snippets.selfcheck.lesson08 import (
    check_random_mini_batches,
    check_update_parameters_with_adam,
    check_update_parameters_with_momentum,
    check_update_parameters_with_rmsprop,
)
from snippets.selfcheck.lesson09 import (
    check_backward_propagation_softmax,
    check_compute_cost_softmax,
    check_one_hot,
    check_softmax,
)
from snippets.selfcheck.lesson10 import (
    check_backward_propagation_deep,
    check_forward_propagation_deep,
    check_initialize_parameters_deep,
)
from snippets.selfcheck.lesson11 import (
    check_backward_propagation_with_dropout,
    check_compute_cost_with_l2,
    check_forward_propagation_with_dropout,
)

__all__ = [
    "check_sigmoid",
    "check_relu",
    "check_initialize_parameters_nn",
    "check_forward_propagation_nn",
    "check_compute_cost",
    "check_backward_propagation_nn",
    "check_update_parameters_nn",
    "check_random_mini_batches",
    "check_update_parameters_with_momentum",
    "check_update_parameters_with_rmsprop",
    "check_update_parameters_with_adam",
    "check_softmax",
    "check_one_hot",
    "check_compute_cost_softmax",
    "check_backward_propagation_softmax",
    "check_initialize_parameters_deep",
    "check_forward_propagation_deep",
    "check_backward_propagation_deep",
    "check_compute_cost_with_l2",
    "check_forward_propagation_with_dropout",
    "check_backward_propagation_with_dropout",
]
