"""Benchmark the forward pass and one training epoch.

Run ``python -m snippets.benchmark`` (``--help`` for options).

**The forward pass.** For each dtype it times, interleaved in the same
run, three things:

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
on another, for the same code).

**One training epoch** of a 64-128-64-10 network with a softmax output
(ReLU hidden layers, He initial weights), in float32, on mini-batches of
64 random examples, with Adam at learning rate 0.01: ``run_epoch``, the
course's epoch, against the same network, the same start and the same
batches in PyTorch on the CPU (``nn.Linear`` layers, ``cross_entropy``,
``torch.optim.Adam``), one thread each. It runs in a fresh interpreter
with ``OPENBLAS_NUM_THREADS=1`` (and ``OMP_NUM_THREADS``,
``MKL_NUM_THREADS``), so that NumPy's BLAS uses one thread too, checks
that both end with the same weights, and prints the median of ``course
/ PyTorch`` (target at most 0.8: small matrices, where PyTorch's
per-operation overhead dominates). PyTorch is optional
(``pip install -e ".[bench]"``); without it the line says so.

These are measurements, not tests.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np

from snippets.deep import initialize_parameters_deep
from snippets.fitting import run_epoch
from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn
from snippets.minibatches import random_mini_batches
from snippets.multiclass import one_hot
from snippets.optimizers import initialize_adam

# forward_propagation_nn / hand-written pass, at most
TARGET = 1.10
# one epoch: run_epoch / PyTorch, at most
EPOCH_TARGET = 0.8
EPOCH_LAYERS = (64, 128, 64, 10)
EPOCH_RATE = 0.01
# what holds NumPy's BLAS (and PyTorch's OpenMP) to one thread
ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
              "MKL_NUM_THREADS": "1"}


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


def epoch_problem(m, *, layers=EPOCH_LAYERS, batch_size=64, seed=0):
    """Start weights and mini-batches of the epoch benchmark, float32.

    ``m`` random standard-normal examples with random one-hot labels of
    ``layers[-1]`` classes, shuffled into batches of ``batch_size``; He
    weights from ``initialize_parameters_deep(layers, seed=seed)``.
    """
    rng = np.random.default_rng(seed)
    n_x, n_y = layers[0], layers[-1]
    X = rng.standard_normal((n_x, m)).astype(np.float32)
    Y = one_hot(rng.integers(0, n_y, m), n_y).astype(np.float32)
    mini_batches = random_mini_batches(X, Y, batch_size, seed)
    parameters = initialize_parameters_deep(list(layers), seed=seed,
                                            dtype=np.float32)
    return parameters, mini_batches


def course_epoch(parameters, mini_batches, learning_rate=EPOCH_RATE):
    """Seconds of one ``run_epoch`` with Adam, and the parameters after.

    Adam's zero state is made before the clock starts, as PyTorch's
    optimizer is.
    """
    v, s = initialize_adam(parameters)
    state = {"v": v, "s": s, "t": 0}
    t0 = time.perf_counter()
    parameters, _ = run_epoch(parameters, state, mini_batches,
                              optimizer="adam", learning_rate=learning_rate,
                              output="softmax")
    return time.perf_counter() - t0, parameters


def torch_batches(torch, mini_batches):
    """The same batches as PyTorch wants them: rows, class indices."""
    return [(torch.from_numpy(np.ascontiguousarray(X_batch.T)),
             torch.from_numpy(np.argmax(Y_batch, axis=0)))
            for X_batch, Y_batch in mini_batches]


def torch_epoch(torch, parameters, batches, learning_rate=EPOCH_RATE):
    """Seconds of the same epoch in PyTorch, and its parameters after.

    ``nn.Linear`` layers start from ``parameters`` (a Linear's weight is
    ``(n_l, n_{l-1})``, like ``W_l``), with ReLU between them and
    ``cross_entropy`` (softmax and its cost, averaged) on the scores;
    ``torch.optim.Adam`` with its defaults, which are the course's.
    Building the model is not timed.
    """
    L = len(parameters) // 2
    layers = []
    for layer in range(1, L + 1):
        W = parameters[f"W{layer}"]
        linear = torch.nn.Linear(W.shape[1], W.shape[0])
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(W))
            linear.bias.copy_(torch.from_numpy(
                parameters[f"b{layer}"][:, 0]))
        layers += [linear, torch.nn.ReLU()] if layer < L else [linear]
    model = torch.nn.Sequential(*layers)
    optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)
    t0 = time.perf_counter()
    for X_batch, y_batch in batches:
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(X_batch), y_batch)
        loss.backward()
        optimizer.step()
    seconds = time.perf_counter() - t0
    after = {}
    for layer, linear in enumerate(model[::2], start=1):
        after[f"W{layer}"] = linear.weight.detach().numpy().copy()
        after[f"b{layer}"] = linear.bias.detach().numpy()[:, None].copy()
    return seconds, after


def measure_epoch(m, *, repeats, seed=0, use_torch=True):
    """Median seconds of one epoch, the course's and PyTorch's.

    Returns a dict: ``steps`` (mini-batches), ``course`` (seconds) and,
    when PyTorch is importable (and ``use_torch``), ``torch``,
    ``course/torch`` (the median of the per-repetition ratios) and
    ``max_difference``, the largest difference between the weights the
    two reach (float32 rounding, about 1e-7; more raises RuntimeError).
    The number of threads is the caller's business (``main`` runs this
    with one).
    """
    torch = None
    if use_torch:
        try:
            import torch
        except ImportError:
            torch = None
    parameters, mini_batches = epoch_problem(m, seed=seed)
    runs = {"course": lambda: course_epoch(parameters, mini_batches)}
    result = {"steps": len(mini_batches)}
    if torch is not None:
        torch.set_num_threads(1)
        batches = torch_batches(torch, mini_batches)
        runs["torch"] = lambda: torch_epoch(torch, parameters, batches)
        # the same epoch: the same weights at the end, up to rounding
        mine, theirs = runs["course"]()[1], runs["torch"]()[1]
        difference = max(float(np.max(np.abs(mine[key] - theirs[key])))
                         for key in mine)
        if not difference < 1e-4:
            raise RuntimeError(f"PyTorch's epoch ends elsewhere: weights "
                               f"differ by up to {difference:.2g}")
        result["max_difference"] = difference
    times = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():      # interleaved, as above
            times[name].append(run()[0])
    result.update({name: statistics.median(t) for name, t in times.items()})
    if torch is not None:
        result["course/torch"] = statistics.median(
            c / t for c, t in zip(times["course"], times["torch"]))
    return result


def epoch_in_one_thread(m, repeats):
    """``measure_epoch`` in a fresh interpreter with one BLAS thread."""
    env = {**os.environ, **ONE_THREAD}
    command = [sys.executable, "-m", "snippets.benchmark", "--epoch-worker",
               "--epoch-m", str(m), "--epoch-repeats", str(repeats)]
    done = subprocess.run(command, env=env, capture_output=True, text=True,
                          check=False)
    if done.returncode:
        raise RuntimeError(f"the epoch benchmark failed:\n{done.stderr}")
    return json.loads(done.stdout)


def epoch_line(r):
    """The report's line for one epoch, with or without PyTorch."""
    course = (f"one epoch ({r['steps']} steps of 64, 64-128-64-10 softmax, "
              f"float32, Adam, 1 thread): run_epoch "
              f"{r['course'] * 1e3:6.1f} ms")
    if "torch" not in r:
        return (f"{course}; PyTorch is not installed, so no comparison "
                f"(pip install -e \".[bench]\" adds it)")
    verdict = "ok" if r["course/torch"] <= EPOCH_TARGET else "ABOVE"
    return (f"{course}, PyTorch {r['torch'] * 1e3:6.1f} ms; course/PyTorch "
            f"{r['course/torch']:.3f} ({verdict}, target <= "
            f"{EPOCH_TARGET}); same weights after it within "
            f"{r['max_difference']:.1g}")


def main(argv=None):
    """Print the forward pass's ratios for both dtypes, then one epoch's."""
    parser = argparse.ArgumentParser(
        prog="python -m snippets.benchmark", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--n-x", type=int, default=784)
    parser.add_argument("--n-h", type=int, default=256)
    parser.add_argument("--n-y", type=int, default=1)
    parser.add_argument("--m", type=int, default=16384)
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument("--epoch-m", type=int, default=4096,
                        help="examples in the epoch (64 per step)")
    parser.add_argument("--epoch-repeats", type=int, default=11)
    # the child process of epoch_in_one_thread: print JSON, nothing else
    parser.add_argument("--epoch-worker", action="store_true",
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.epoch_worker:
        print(json.dumps(measure_epoch(args.epoch_m,
                                       repeats=args.epoch_repeats)))
        return
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
    print(epoch_line(epoch_in_one_thread(args.epoch_m, args.epoch_repeats)))


if __name__ == "__main__":
    main()
