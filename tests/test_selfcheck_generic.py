"""The generic diagnoses of the self-checks (issue 18).

Read off the evidence only, tried only when no catalogue entry fits: on
every learner-style mistake of the project each one either stays silent
or names the same fault as the catalogue; each has a learner-style test
(selfcheck_learners_generic.MORE_MISTAKES, run by test_selfcheck.py) and
near misses (its NEAR_MISSES, run by test_selfcheck_diagnosis.py); an
ambiguous factor, a pattern seen on one case, or an output left
unexplained gets no name.
"""

import numpy as np
import pytest
import selfcheck_deep_cases
import selfcheck_fresh
import selfcheck_learners_generic as generic_learners
from test_selfcheck import MISTAKES, SPECS, spec_of
from test_selfcheck_diagnosis import NEAR_MISSES

from snippets.selfcheck import (
    check_compute_cost,
    lesson07,
    lesson08,
    lesson10,
    lesson11,
)
from snippets.selfcheck._engine.generic import (
    GENERIC_MISTAKES,
    case_quantities,
)
from snippets.selfcheck._engine.report import (
    Case,
    Run,
    Spec,
    run_check,
    shapes_line,
    unpack_dict,
    values_line,
)

GENERIC = {mistake.name for mistake in GENERIC_MISTAKES}


# a catalogue entry and a generic diagnosis that says the same fault
# another way (checked by hand on every learner-style function below)
AGREES = {
    # sigmoid(-z) = 1 - sigmoid(z)
    ("sign error", "1 - the output"),
    # A2 = Z2 without the sigmoid is the course's Z2
    ("no output activation", "another value returned"),
    # a sum for a mean is m times the mean; a mean over n_y * m entries
    # is 1/n_y of the mean over m; a flipped sign is a factor -1
    ("sum instead of mean", "output scaled"),
    ("mean over all entries", "output scaled"),
    ("wrong sign", "output scaled"),
    ("no 1/m", "output scaled"),
    ("1/m missing in some gradients", "output scaled"),
    ("dZ2 sign", "output scaled"),
    ("dZL sign", "output scaled"),
    # biases left as they came in are the parameters passed in
    ("biases not updated", "another value returned"),
    ("transposed", "output transposed"),
    ("dW2 transposed", "output transposed"),
    ("cache and A2 swapped", "parts returned in another order"),
    # a step uphill is the course's step negated; one without the
    # learning rate is 1/learning_rate times the course's
    ("gradient ascent", "step scaled"),
    ("learning rate ignored", "step scaled"),
    # a sum without keepdims: the right values, an axis short
    ("sums without keepdims", "right values, wrong shape"),
    ("db without keepdims", "right values, wrong shape"),
    ("1-D biases", "right values, wrong shape"),
    # zero weights are all zeros; 1 // m is 0, and so is the cost
    ("zero weights (symmetry)", "all zeros"),
    ("// instead of /", "all zeros"),
    # two faults: float64 out of a float32 case, and an overflow at
    # z = -1000; the catalogue names the overflow
    ("overflow in exp", "dtype changed"),
    ("no max subtraction", "dtype changed"),
    # Lessons 8 and 9's own entry of that name, for their checks
    ("dtype changed", "dtype changed"),
    # Lessons 8 and 9's entries (branch cat89), each read off the same
    # evidence as the generic rule: a factor m / n_y, 1 / ln 10 or m / n
    ("divided by n_y", "output scaled"),
    ("log10", "output scaled"),
    ("m taken from shape[0]", "output scaled"),
    ("dW1 transposed", "output transposed"),
    # db1 computed from dZ2 holds the course's db2
    ("dZ2 where dZ1 belongs", "another value returned"),
    ("learning rate forgotten", "step scaled"),
    ("return order", "parts returned in another order"),
    ("return order", "another value returned"),
    # parameters or state returned as they were passed in
    ("parameters not updated", "another value returned"),
    ("state not stored", "another value returned"),
    # Lessons 10 and 11's entries (branch cat1011): a row (1, n) is the
    # column (n, 1) transposed; a factor m, 1/m or m / n; the order
    ("dW transposed", "output transposed"),
    ("biases as rows", "output transposed"),
    ("db as a row", "output transposed"),
    ("caches and AL swapped", "parts returned in another order"),
    ("m from shape[0]", "output scaled"),
    ("db without 1/m", "output scaled"),
    ("dW without 1/m", "output scaled"),
    ("1/m twice", "output scaled"),
    # the cached mask holds 0 and 1 / keep_prob: 1 / keep_prob times D
    ("mask stored divided by keep_prob", "output scaled"),
    # Lessons 6 and 7's entries (branch cat67): log10 is 1/ln 10 times
    # log; m twice or m = n_x are factors 1/m and m/n_x; sigmoid(-Z2) is
    # 1 - sigmoid(Z2); a step without the learning rate is scaled
    ("log of another base", "output scaled"),
    ("divided by m twice", "output scaled"),
    ("m from X.shape[0]", "output scaled"),
    ("activations wrong", "1 - the output"),
    ("another step for some", "step scaled"),
    # an array under another name, or parameters returned as passed in
    ("another array returned as A2", "another value returned"),
    ("cache entries mixed up", "another value returned"),
    ("parameters left out", "another value returned"),
    ("last layer left out", "another value returned"),
    ("weights not updated", "another value returned"),
    ("parameters returned unchanged", "another value returned"),
}


def _learners():
    """Every learner-style function of the project: (check, fn)."""
    found = [(check, fn) for check, fn, *_ in MISTAKES]
    found += [(check, fn) for check, fn, _ in selfcheck_fresh.FRESH]
    # every module's near misses, as test_selfcheck_diagnosis gathers them
    found += [(check, fn) for check, fn, *_ in NEAR_MISSES]
    found += [(check, fn) for check, fn, _ in
              selfcheck_deep_cases.NEAR_MISSES]
    return found


LEARNERS = _learners()


@pytest.mark.parametrize(
    "check, fn", LEARNERS,
    ids=[f"{c.__name__}-{getattr(f, '__name__', 'fn')}"
         for c, f in LEARNERS],
)
def test_generic_rules_agree_with_the_catalogue(check, fn):
    """Each generic rule stays silent or says what the entry named says."""
    np.random.seed(0)
    report = check(fn)
    run = Run(spec_of(check), fn)
    fired = {mistake.name for mistake in GENERIC_MISTAKES
             if mistake.detect(run)}
    catalogue = {mistake.name for mistake in spec_of(check).mistakes}
    if report.mistake in GENERIC and report.mistake not in catalogue:
        assert report.mistake in fired
    elif report.mistake is not None:
        assert {(report.mistake, name) for name in fired} <= AGREES, fired


def test_fresh_mistakes_get_no_generic_name_that_is_not_true():
    """The fresh set's unnamed mistakes stay unnamed (none fits them)."""
    for check, fn, true_names in selfcheck_fresh.FRESH:
        np.random.seed(0)
        report = check(fn)
        assert report.mistake not in GENERIC or \
            report.mistake in true_names, (fn.__name__, report.diagnosis)


def test_every_generic_rule_has_a_learner_test_and_a_near_miss():
    named = {mistake for _, _, mistake, _ in generic_learners.MORE_MISTAKES}
    near = {mistake for _, _, mistake, _ in generic_learners.NEAR_MISSES}
    # a learner test that a catalogue entry came to name first (the
    # same fault) stays, under that entry's name: the rule counts if it
    # still fires on it (test_generic_rules_agree_with_the_catalogue
    # checks that the two say the same)
    for check, fn, mistake, _ in generic_learners.MORE_MISTAKES:
        if mistake not in GENERIC:
            np.random.seed(0)
            run = Run(spec_of(check), fn)
            named |= {rule.name for rule in GENERIC_MISTAKES
                      if rule.detect(run)}
    assert named & GENERIC == GENERIC
    assert near == GENERIC


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.func)
def test_no_generic_rule_fires_on_the_course_function(spec):
    run = Run(spec, spec.reference)
    assert [m.name for m in GENERIC_MISTAKES if m.detect(run)] == []


# ------------------------------------------------------ the case's sizes

def test_case_quantities_read_the_label_with_the_symbols():
    backward = lesson07.BACKWARD.make_cases()[0]
    assert case_quantities(lesson07.BACKWARD, backward) == {
        "n_x": 3, "n_h": 4, "m": 5}
    cost = lesson07.COST.make_cases()[1]
    assert case_quantities(lesson07.COST, cost) == {"m": 1}
    deep = lesson10.BACKWARD_DEEP.make_cases()[0]
    assert case_quantities(lesson10.BACKWARD_DEEP, deep) == {
        "m": 5, "n_x": 3, "n_y": 1, "L": 3}
    l2 = lesson11.COST_L2.make_cases()[0]
    assert case_quantities(lesson11.COST_L2, l2) == {
        "lambd": 0.7, "m": 5, "n_x": 3, "n_y": 1, "L": 2}
    dropout = lesson11.BACKWARD_DROPOUT.make_cases()[1]
    assert case_quantities(lesson11.BACKWARD_DROPOUT, dropout) == {
        "keep_prob": 0.5, "m": 4, "n_x": 2, "n_y": 1, "L": 4}


def test_case_quantities_take_number_arguments_but_not_the_seed():
    update = lesson07.UPDATE.make_cases()[1]
    assert case_quantities(lesson07.UPDATE, update) == {
        "n_x": 2, "n_h": 1, "n_y": 1, "learning_rate": 1.2}
    batches = lesson08.MINI_BATCHES.make_cases()[0]
    assert "seed" not in case_quantities(lesson08.MINI_BATCHES, batches)
    adam = lesson08.ADAM.make_cases()[0]
    assert {"t", "beta1", "beta2", "learning_rate"} <= set(
        case_quantities(lesson08.ADAM, adam))


# ------------------------------------------------ the evidence must tell

def _spec(sizes):
    """A check of ``f(z) = z`` on z of each ``(n_y, m)`` in ``sizes``."""
    def cases():
        rng = np.random.default_rng(5)
        return [Case(f"({n_y}, {m})", (rng.normal(size=(n_y, m)),))
                for n_y, m in sizes]
    return Spec(
        func="identity", arg_names=("z",), symbols="(n_y, m)",
        make_cases=cases, reference=lambda z: z.copy(),
        unpack=lambda value: unpack_dict({"a": value}, ("a",), "a dict"),
        returns="returns an array", shapes={"a": "(n_y, m)"},
        lines=(shapes_line, values_line), mistakes=())


def test_a_factor_that_a_size_equals_on_every_case_is_not_named():
    """2 z where n_y = 2 on every case: 2 or n_y? No name."""
    report = run_check(_spec([(2, 3), (2, 5)]), lambda z: 2 * z)
    assert not report
    assert report.mistake is None, report.diagnosis
    report = run_check(_spec([(3, 3), (4, 5)]), lambda z: z.shape[0] * z)
    assert report.mistake == "output scaled"
    assert "is n_y times the course's" in report.diagnosis


def test_a_factor_on_one_case_only_is_not_named():
    """2 z on one case, z on the other: no factor fits both."""
    report = run_check(_spec([(3, 3), (4, 5)]),
                       lambda z: 2 * z if z.shape[0] == 3 else z.copy())
    assert not report and report.mistake is None, report.diagnosis


def test_a_pattern_seen_on_one_case_only_is_not_named():
    """m z where m = 1 and 5: the factor shows on one case, too little."""
    def times_m(z):
        return z.shape[1] * z

    report = run_check(_spec([(3, 1), (4, 5)]), times_m)
    assert report.mistake is None, report.diagnosis
    report = run_check(_spec([(3, 2), (4, 5)]), times_m)
    assert report.mistake == "output scaled"
    assert "is m times the course's" in report.diagnosis


def test_transposed_on_the_square_case_alone_is_not_named():
    """z.T only where it is square: a shape fault elsewhere, no name."""
    report = run_check(_spec([(3, 3), (4, 4), (2, 5)]),
                       lambda z: z.T if z.shape[0] == z.shape[1] else z[:1])
    assert report.mistake is None, report.diagnosis
    report = run_check(_spec([(3, 3), (4, 4), (2, 5)]), lambda z: z.T)
    assert report.mistake == "output transposed"


def test_the_catalogue_comes_first():
    """A sum for a mean is also m times the mean: the entry is named."""
    def compute_cost(A2, Y):
        return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))

    report = check_compute_cost(compute_cost)
    assert report.mistake == "sum instead of mean"
    run = Run(spec_of(check_compute_cost), compute_cost)
    assert [m.name for m in GENERIC_MISTAKES if m.detect(run)] == [
        "output scaled"]
