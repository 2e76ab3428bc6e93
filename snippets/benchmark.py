"""Benchmark the forward pass against its floor, the two matrix products.

Run ``python -m snippets.benchmark`` (``--help`` for options). For each
dtype it prints the median, over interleaved repetitions, of the ratio
``time(forward_propagation_nn) / time(W1 @ X and W2 @ A1)``. A ratio of
1.0 means the activations, biases, checks and cache cost nothing on top
of the two products no implementation can avoid. This is a measurement,
not a test: timings depend on the machine and on what else runs.
"""

import argparse
import statistics
import time

import numpy as np

from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn


def _floor(X, parameters):
    """The unavoidable work: the two matrix products."""
    A1 = parameters["W1"] @ X
    return parameters["W2"] @ A1


def measure(n_x, n_h, n_y, m, *, dtype, repeats, seed=0):
    """Return (median ratio, median forward s, median floor s)."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_x, m)).astype(dtype)
    parameters = initialize_parameters_nn(n_x, n_h, n_y, dtype=dtype)
    # warm up BLAS threads and the allocator before timing
    forward_propagation_nn(X, parameters)
    _floor(X, parameters)
    forward_times, floor_times, ratios = [], [], []
    for _ in range(repeats):
        # interleave so that drift (turbo, other load) hits both alike
        t0 = time.perf_counter()
        _floor(X, parameters)
        t1 = time.perf_counter()
        forward_propagation_nn(X, parameters)
        t2 = time.perf_counter()
        floor_times.append(t1 - t0)
        forward_times.append(t2 - t1)
        ratios.append((t2 - t1) / (t1 - t0))
    return (statistics.median(ratios), statistics.median(forward_times),
            statistics.median(floor_times))


def main(argv=None):
    """Print the forward/floor ratio for float64 and float32."""
    parser = argparse.ArgumentParser(
        prog="python -m snippets.benchmark", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--n-x", type=int, default=784)
    parser.add_argument("--n-h", type=int, default=256)
    parser.add_argument("--n-y", type=int, default=1)
    parser.add_argument("--m", type=int, default=16384)
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args(argv)
    print(f"forward_propagation_nn vs its floor (W1 @ X, W2 @ A1): "
          f"n_x={args.n_x}, n_h={args.n_h}, n_y={args.n_y}, m={args.m}, "
          f"median of {args.repeats} interleaved repetitions")
    for dtype in (np.float64, np.float32):
        ratio, fwd, floor = measure(args.n_x, args.n_h, args.n_y, args.m,
                                    dtype=dtype, repeats=args.repeats)
        print(f"{np.dtype(dtype).name:>8}: forward {fwd * 1e3:7.1f} ms, "
              f"floor {floor * 1e3:7.1f} ms, ratio {ratio:.3f}")


if __name__ == "__main__":
    main()
