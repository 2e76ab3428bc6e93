"""The Lesson 6 and 7 self-checks compare what they used to miss.

The cache's own A2 (a forward pass storing Z2 there passed), and
update_parameters_nn on 3-layer networks (the course's update takes any
depth, Lesson 10).
"""

import re

import numpy as np
import selfcheck_learners_cat67 as learners

import snippets
from snippets.selfcheck import (
    check_forward_propagation_nn,
    check_update_parameters_nn,
)


def flat(report):
    return " ".join(str(report).split())


def values_line(report):
    return next(line for line in str(report).splitlines()
                if re.match(r"  (ok|FAIL|--)\s+values", line))


def test_the_caches_A2_is_compared():
    """cache['A2'] = Z2 with the right A2 returned: values FAIL on the
    cache's A2 alone, with its evidence, and the entry is named."""
    report = check_forward_propagation_nn(learners.forward_cache_A2_is_Z2)
    assert not report
    assert values_line(report).startswith(
        "  FAIL values: cache['A2'] differs on case (3, 4, 5)"), str(report)
    assert "expected cache['A2'][0," in flat(report)
    assert report.mistake == "cache entries mixed up"
    assert "Z2 under the cache's 'A2'" in report.diagnosis


def test_a_wrong_A2_is_not_listed_twice():
    """A2 wrong, and the cache holds that same A2: A2 is listed, the
    cache's copy of it is not."""
    def forward_no_b2(X, parameters):
        Z1 = parameters["W1"] @ X + parameters["b1"]
        A1 = np.maximum(Z1, 0)
        Z2 = parameters["W2"] @ A1
        A2 = 1 / (1 + np.exp(-Z2))
        return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}

    report = check_forward_propagation_nn(forward_no_b2)
    assert "FAIL values: 2 outputs differ, A2 and Z2" in str(report)
    assert "cache['A2']" not in str(report)


def test_a_cache_A2_of_the_wrong_shape_is_not_compared():
    """The cache's A2 flattened: the shapes line says so, values are
    not 'ok'."""
    def forward_flat_cache_A2(X, parameters):
        A2, cache = snippets.forward_propagation_nn(X, parameters)
        return A2, {**cache, "A2": A2.ravel()}

    report = check_forward_propagation_nn(forward_flat_cache_A2)
    assert not report
    assert "cache['A2'] has shape (5,) on case (3, 4, 5), expected (1, m) " \
        "= (1, 5)" in flat(report)
    assert not values_line(report).startswith("  ok")


def test_the_update_is_checked_on_three_layers():
    """The course's update passes the depth line; an update written out
    for W1 .. b2 fails it, and the report says what the dict lacks."""
    assert check_update_parameters_nn(snippets.update_parameters_nn)
    assert check_update_parameters_nn(learners.update_loop)
    report = check_update_parameters_nn(
        learners.update_two_layers_written_out)
    assert not report
    text = flat(report)
    assert "ok values match the course's update_parameters_nn" in text
    assert ("FAIL any depth: every layer updated, 3-layer cases "
            "(3, 4, 2, 1), (2, 3, 3, 2)") in text
    assert ("case (3, 4, 2, 1) 3 layers: the dict has keys W1, b1, W2, b2; "
            "expected W1, b1, W2, b2, W3, b3") in text
    assert report.mistake == "two layers only"
    assert "for l in range(1, L + 1)" in report.diagnosis


def test_an_update_that_keeps_W3_says_it_was_not_updated():
    def update_copy_then_two_layers(parameters, grads, learning_rate):
        new = {key: value.copy() for key, value in parameters.items()}
        for key in ("W1", "b1", "W2", "b2"):
            new[key] = parameters[key] - learning_rate * grads["d" + key]
        return new

    report = check_update_parameters_nn(update_copy_then_two_layers)
    assert "case (3, 4, 2, 1) 3 layers: W3 is returned as it was given, " \
        "not updated" in flat(report)
    assert report.mistake == "two layers only"
    assert "returns W3 and b3 as they were" in report.diagnosis


def test_a_two_layer_update_with_another_fault_gets_that_fault():
    """Hard-coded layers and no learning rate: the 2-layer cases show the
    learning rate, which is named; the depth line fails as well."""
    def update(parameters, grads, learning_rate):
        return {key: parameters[key] - grads["d" + key]
                for key in ("W1", "b1", "W2", "b2")}

    report = check_update_parameters_nn(update)
    assert report.mistake == "learning rate ignored"
    assert "FAIL any depth" in flat(report)
