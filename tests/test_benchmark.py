"""The benchmark runs and compares like with like (no timing asserted)."""

import numpy as np
import pytest

from snippets.benchmark import _hand_written, main, measure
from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn


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


def test_main_prints_a_line_per_dtype(capsys):
    """The report names both dtypes and the 1.10 target."""
    main(["--n-x", "4", "--n-h", "3", "--m", "8", "--repeats", "2"])
    out = capsys.readouterr().out.splitlines()
    assert out[1].lstrip().startswith("float64:")
    assert out[2].lstrip().startswith("float32:")
    assert "target <= 1.1" in out[1] and "forward/floor" in out[2]
