"""Benchmark the forward pass against the best hand-written NumPy pass.

Run ``python -m snippets.benchmark`` (``--help`` for options). For each
dtype it times, interleaved in the same run, three things:

- ``forward_propagation_nn``, input checks included;
- the best hand-written NumPy forward pass that keeps the same cache
  (``Z1 = W1 @ X; Z1 += b1; A1 = np.maximum(Z1, 0); Z2 = W2 @ A1;
  Z2 += b2``, then the same stable sigmoid): no checks, no function
  calls, in-place bias adds;
- the floor, the two bare matrix products ``W1 @ X`` and ``W2 @ A1``.

It prints the median, over the repetitions, of ``forward /
hand-written`` (the cost of the package's checks, casts and calls; it
should stay within 1.10) and, as information only, ``forward / floor``:
the bias adds and the ReLU are memory-bound while the products are
compute-bound, so that ratio depends on the machine (1.09 on one, 1.33
on another, for the same code). This is a measurement, not a test.
"""

import argparse
import statistics
import time

import numpy as np

from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn

# forward_propagation_nn / hand-written pass, at most
TARGET = 1.10


def _floor(X, W1, b1, W2, b2):
    """The unavoidable work: the two matrix products."""
    A1 = W1 @ X
    return W2 @ A1


def _hand_written(X, W1, b1, W2, b2):
    """The fastest plain NumPy pass that keeps the same cache."""
    Z1 = W1 @ X
    Z1 += b1
    A1 = np.maximum(Z1, 0)
    Z2 = W2 @ A1
    Z2 += b2
    e = np.exp(-np.abs(Z2))
    A2 = np.where(Z2 < 0, e, 1) / (1 + e)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def measure(n_x, n_h, n_y, m, *, dtype, repeats, seed=0):
    """Median times and ratios of the three passes on one problem.

    Returns a dict: ``forward``, ``hand``, ``floor`` (seconds) and the
    ratios ``forward/hand`` and ``forward/floor``.
    """
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_x, m)).astype(dtype)
    parameters = initialize_parameters_nn(n_x, n_h, n_y, dtype=dtype)
    arrays = tuple(parameters[key] for key in ("W1", "b1", "W2", "b2"))
    passes = {
        "floor": lambda: _floor(X, *arrays),
        "hand": lambda: _hand_written(X, *arrays),
        "forward": lambda: forward_propagation_nn(X, parameters),
    }
    # the hand-written pass computes what the package does
    if not np.array_equal(passes["hand"]()[0], passes["forward"]()[0]):
        raise RuntimeError("the hand-written pass differs from the package")
    times = {name: [] for name in passes}
    for _ in range(repeats):
        # interleave so that drift (turbo, other load) hits all alike
        for name, run in passes.items():
            t0 = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - t0)
    result = {name: statistics.median(t) for name, t in times.items()}
    for other in ("hand", "floor"):
        result[f"forward/{other}"] = statistics.median(
            f / o for f, o in zip(times["forward"], times[other]))
    return result


def main(argv=None):
    """Print forward/hand-written and forward/floor for both dtypes."""
    parser = argparse.ArgumentParser(
        prog="python -m snippets.benchmark", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--n-x", type=int, default=784)
    parser.add_argument("--n-h", type=int, default=256)
    parser.add_argument("--n-y", type=int, default=1)
    parser.add_argument("--m", type=int, default=16384)
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args(argv)
    print(f"forward_propagation_nn vs the best hand-written NumPy pass "
          f"(same cache) and the floor (W1 @ X, W2 @ A1): n_x={args.n_x}, "
          f"n_h={args.n_h}, n_y={args.n_y}, m={args.m}, median of "
          f"{args.repeats} interleaved repetitions")
    for dtype in (np.float64, np.float32):
        r = measure(args.n_x, args.n_h, args.n_y, args.m, dtype=dtype,
                    repeats=args.repeats)
        verdict = "ok" if r["forward/hand"] <= TARGET else "ABOVE"
        print(f"{np.dtype(dtype).name:>8}: forward {r['forward'] * 1e3:6.1f}"
              f" ms, hand-written {r['hand'] * 1e3:6.1f} ms, floor "
              f"{r['floor'] * 1e3:6.1f} ms; forward/hand-written "
              f"{r['forward/hand']:.3f} ({verdict}, target <= {TARGET}), "
              f"forward/floor {r['forward/floor']:.3f} (information)")


if __name__ == "__main__":
    main()
