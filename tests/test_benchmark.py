"""The benchmark runs and compares like with like (no timing asserted).

PyTorch is an optional extra: without it one test skips, and says why.
"""

import numpy as np
import pytest

from snippets.benchmark import (
    EPOCH_RATE,
    _hand_written,
    course_epoch,
    epoch_line,
    epoch_problem,
    main,
    measure,
    measure_epoch,
    torch_batches,
    torch_epoch,
)
from snippets.fitting import run_epoch
from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn
from snippets.optimizers import initialize_adam


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_hand_written_pass_keeps_the_same_cache(dtype):
    """The hand-written pass returns exactly the package's A2 and cache."""
    rng = np.random.default_rng(0)
    X = rng.standard_normal((5, 7)).astype(dtype)
    parameters = initialize_parameters_nn(5, 4, 1, scale=1.0, dtype=dtype)
    arrays = [parameters[key] for key in ("W1", "b1", "W2", "b2")]
    A2, cache = _hand_written(X, *arrays)
    A2_ref, cache_ref = forward_propagation_nn(X, parameters)
    np.testing.assert_array_equal(A2, A2_ref)
    assert A2.dtype == dtype
    for key in ("Z1", "A1", "Z2", "A2"):
        np.testing.assert_array_equal(cache[key], cache_ref[key])


def test_measure_reports_both_ratios():
    """Three timings and the two ratios, all positive."""
    result = measure(6, 5, 1, 20, dtype=np.float64, repeats=3)
    assert set(result) == {"forward", "hand", "floor", "forward/hand",
                           "forward/floor"}
    assert all(value > 0 for value in result.values())


def test_main_prints_a_line_per_dtype_then_the_epoch(capsys):
    """The report names both dtypes and the 1.10 target, then the epoch.

    The epoch's line comes from a one-thread child process.
    """
    main(["--n-x", "4", "--n-h", "3", "--m", "8", "--repeats", "2",
          "--epoch-m", "128", "--epoch-repeats", "1"])
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4
    assert out[1].lstrip().startswith("float64:")
    assert out[2].lstrip().startswith("float32:")
    assert "target <= 1.1" in out[1] and "forward/floor" in out[2]
    assert out[3].startswith("one epoch (2 steps of 64, 64-128-64-10")


# --- one training epoch ------------------------------------------------------

def test_epoch_problem_is_the_documented_network():
    """64-128-64-10 float32 weights and one-hot batches of 64."""
    parameters, batches = epoch_problem(200)
    assert {key: value.shape for key, value in parameters.items()} == {
        "W1": (128, 64), "b1": (128, 1), "W2": (64, 128), "b2": (64, 1),
        "W3": (10, 64), "b3": (10, 1)}
    assert {value.dtype for value in parameters.values()} == {
        np.dtype(np.float32)}
    assert [X.shape[1] for X, _ in batches] == [64, 64, 64, 8]
    assert all(Y.shape[0] == 10 and np.all(Y.sum(axis=0) == 1)
               for _, Y in batches)


def test_course_epoch_is_run_epoch_with_adam():
    """course_epoch takes run_epoch's Adam steps on a softmax output."""
    parameters, batches = epoch_problem(130)
    seconds, after = course_epoch(parameters, batches)
    v, s = initialize_adam(parameters)
    expected, _ = run_epoch(parameters, {"v": v, "s": s, "t": 0}, batches,
                            optimizer="adam", learning_rate=EPOCH_RATE,
                            output="softmax")
    assert seconds > 0
    for key in expected:
        np.testing.assert_array_equal(after[key], expected[key])


def test_measure_epoch_without_torch():
    """Without PyTorch: the course's time and the number of steps only."""
    result = measure_epoch(128, repeats=2, use_torch=False)
    assert set(result) == {"steps", "course"}
    assert result["steps"] == 2 and result["course"] > 0
    line = epoch_line(result)
    assert "run_epoch" in line and "PyTorch is not installed" in line
    assert 'pip install -e ".[bench]"' in line


def test_torch_epoch_reaches_the_same_weights():
    """PyTorch's epoch from the same start and batches ends where ours does.

    Needs the optional extra: pip install -e ".[bench]".
    """
    torch = pytest.importorskip(
        "torch", reason='PyTorch not installed (pip install -e ".[bench]")')
    parameters, batches = epoch_problem(192)
    _, mine = course_epoch(parameters, batches)
    _, theirs = torch_epoch(torch, parameters, torch_batches(torch, batches))
    for key in mine:
        np.testing.assert_allclose(theirs[key], mine[key], atol=1e-5)
    result = measure_epoch(128, repeats=1)
    assert result["max_difference"] < 1e-4 and result["course/torch"] > 0
    assert "course/PyTorch" in epoch_line(result)
