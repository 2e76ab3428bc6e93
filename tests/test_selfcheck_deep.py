"""The self-checks of Lessons 10 and 11: near misses, speed, reports.

The learner-style functions live in tests/selfcheck_deep_cases.py; each
catalogue entry is triggered in tests/test_selfcheck.py (its MISTAKES
list includes these). Here: functions that look like a catalogue mistake
but have another fault must not get its name, and what is particular to
deep networks and dropout.
"""

import re

import numpy as np
import pytest
from selfcheck_deep_cases import (
    MISTAKES,
    NEAR_MISSES,
    backward_deep_in_place,
    dropout_forward,
    forward_deep_all_relu,
    init_deep_fan_out,
)

import snippets
from snippets.selfcheck import (
    check_backward_propagation_deep,
    check_backward_propagation_with_dropout,
    check_compute_cost_with_l2,
    check_forward_propagation_deep,
    check_forward_propagation_with_dropout,
    check_initialize_parameters_deep,
)

CHECKS = [check_initialize_parameters_deep, check_forward_propagation_deep,
          check_backward_propagation_deep, check_compute_cost_with_l2,
          check_forward_propagation_with_dropout,
          check_backward_propagation_with_dropout]


def name_of(value):
    return getattr(value, "__qualname__", repr(value))


def flat(report):
    return " ".join(str(report).split())


@pytest.mark.parametrize(
    "check, fn, mistake", NEAR_MISSES,
    ids=[f"{c.__name__}-{name_of(f)}-{m}" for c, f, m in NEAR_MISSES],
)
def test_near_miss_fails_without_that_name(check, fn, mistake):
    """Another fault that looks like a catalogue entry: FAIL, not named so."""
    report = check(fn)
    assert not report, str(report)
    assert report.mistake != mistake, str(report)


def test_every_entry_has_a_near_miss_or_is_structural():
    """The entries that compare values against a mutant have near misses."""
    near = {(check, mistake) for check, _, mistake in NEAR_MISSES}
    needed = {
        (check_initialize_parameters_deep, "He with n_l"),
        (check_initialize_parameters_deep, "Xavier where He belongs"),
        (check_initialize_parameters_deep, "last layer missing"),
        (check_forward_propagation_deep, "last layer given ReLU"),
        (check_forward_propagation_deep, "cache of the wrong layer"),
        (check_backward_propagation_deep, "db without keepdims"),
        (check_compute_cost_with_l2, "lambd / m"),
        (check_compute_cost_with_l2, "last layer left out"),
        (check_forward_propagation_with_dropout, "no rescaling"),
        (check_forward_propagation_with_dropout, "output layer dropped"),
        (check_backward_propagation_with_dropout,
         "a new mask in the backward pass"),
    }
    assert needed <= near



@pytest.mark.parametrize("check, fn, mistake, phrase", MISTAKES,
                         ids=[f"{c.__name__}-{m}" for c, _, m, _ in MISTAKES])
def test_hints_are_filled_in(check, fn, mistake, phrase):
    """No format field is left in a diagnosis ({key}, {{l}}); W{l} is."""
    diagnosis = check(fn).diagnosis
    assert not re.search(r"\{\{|\}\}|\{(?!l\})[a-z_]+\}", diagnosis), \
        diagnosis


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
def test_not_implemented_yet(check):
    """The exercise notebook's placeholder is 'not implemented yet'."""
    def placeholder(*args):
        raise NotImplementedError

    assert "not implemented yet" in check(placeholder).diagnosis


def test_initialization_measures_every_layer():
    """The fan-out mistake: the report shows each layer's std and He's."""
    text = flat(check_initialize_parameters_deep(init_deep_fan_out))
    assert "FAIL weights sqrt(2 / n_{l-1}) (He) on [600, 300, 100, 50]: " \
        "std(W1) = 0.08" in text
    assert "W1 of shape (300, 600) has mean" in text
    assert "expected mean 0 and std sqrt(2 / 600) = 0.0577" in text


def test_forward_report_shows_the_output_layer():
    """ReLU on layer L: AL differs, the caches' shapes are fine."""
    report = check_forward_propagation_deep(forward_deep_all_relu)
    text = flat(report)
    assert "FAIL values: 5 outputs differ, AL, caches[2]['A']" in text
    assert "AL differs on case ([3, 4, 4, 1], 5), max |diff| 0.49" in text
    assert "ok shapes" in flat(report)


def test_backward_in_place_names_the_cache():
    """dZ -= Y on the cache's AL: values right, caches[-1]['A'] changed."""
    text = flat(check_backward_propagation_deep(backward_deep_in_place))
    assert "ok values match the course's backward_propagation_deep" in text
    assert "FAIL parameters, caches, X and Y are left unchanged" in text
    assert "caches[2]['A'] changed on case ([3, 4, 4, 1], 5)" in text


def test_backward_caches_are_not_flagged_as_changed():
    """A list of caches passed back untouched is not 'changed'."""
    report = check_backward_propagation_deep(
        snippets.backward_propagation_deep)
    assert "ok parameters, caches, X and Y are left unchanged" in flat(
        report)


def test_dropout_is_checked_through_the_learners_own_masks():
    """Any generator passes; the values line uses the cached masks."""
    def other_draws(X, parameters, keep_prob, seed):
        return dropout_forward()(X, parameters, keep_prob, seed + 1000)

    report = check_forward_propagation_with_dropout(other_draws)
    assert report, str(report)
    text = flat(report)
    assert "ok values: the forward pass through your masks" in text
    assert re.search(r"of the units kept: 0\.(69|70)\d\d", text)


def test_dropout_share_kept_is_measured():
    """Masks that keep 1 - keep_prob: the share is reported."""
    report = check_forward_propagation_with_dropout(dropout_forward(keep=">"))
    assert "hidden units kept, expected about 0.7" in flat(report)


def test_dropout_keep_prob_1_is_no_dropout():
    """keep_prob = 1 must give the course's forward pass exactly."""
    def always_drops(X, parameters, keep_prob, seed):
        return dropout_forward()(X, parameters, min(keep_prob, 0.9), seed)

    report = check_forward_propagation_with_dropout(always_drops)
    assert not report
    assert "case ([3, 4, 1], 3)" in flat(report)


def test_l2_cost_lambd_zero_is_the_cross_entropy():
    """The course's cost with lambd = 0 is compute_cost on binary output."""
    AL = np.array([[0.2, 0.9]])
    Y = np.array([[0.0, 1.0]])
    parameters = {"W1": np.ones((1, 2)), "b1": np.ones((1, 1))}
    assert snippets.compute_cost_with_l2(AL, Y, parameters, 0.0) == \
        snippets.compute_cost(AL, Y)
    assert check_compute_cost_with_l2(snippets.compute_cost_with_l2)


def test_no_lesson_module_imports_a_private_name():
    """A self-check module imports only public names of another module."""
    import ast
    from pathlib import Path

    root = Path(snippets.__file__).parent / "selfcheck"
    private = [
        (path.name, alias.name)
        for path in root.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ImportFrom) and node.module
        and node.module.startswith("snippets.selfcheck")
        for alias in node.names if alias.name.startswith("_")
    ]
    assert private == []


LEARNER_NOTEBOOK = '''
import numpy as np

def relu(z):
    return np.maximum(z, 0.01)  # the learner's own, wrong

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def forward_propagation_deep(X, parameters):
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{l}"] @ A_prev + parameters[f"b{l}"]
        A = relu(Z) if l < L else sigmoid(Z)
        caches.append({"A_prev": A_prev, "Z": Z, "A": A})
    return A, caches

def forward_propagation_with_dropout(X, parameters, keep_prob, seed):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        A_prev = A
        Z = parameters[f"W{l}"] @ A_prev + parameters[f"b{l}"]
        A = relu(Z) if l < L else sigmoid(Z)
        cache = {"A_prev": A_prev, "Z": Z, "A": A}
        if l < L and keep_prob < 1:
            D = rng.random(A.shape) < keep_prob
            cache.update(D=D, keep_prob=keep_prob)
            A = A * D / keep_prob
        caches.append(cache)
    return A, caches
'''


@pytest.mark.parametrize("check, name", [
    (check_forward_propagation_deep, "forward_propagation_deep"),
    (check_forward_propagation_with_dropout,
     "forward_propagation_with_dropout"),
])
def test_the_learners_own_relu_is_blamed_first(check, name):
    """A forward pass right but for the learner's own relu: fix relu."""
    notebook = {}
    exec(LEARNER_NOTEBOOK, notebook)
    report = check(notebook[name])
    assert not report
    assert report.mistake == "a function it calls fails"
    assert f"your {name} calls your relu, which fails check_relu: fix " \
        "relu first" in report.diagnosis
