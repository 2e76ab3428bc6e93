"""The self-checks of Lesson 8: mini-batches and the optimizers.

Specs and catalogues in the form of ``lesson06``. An optimizer is
checked on several steps in a row (t = 1, 2, 3), each one starting from
the state the course's own previous step returned, so that mistakes in
the moving averages and in Adam's bias correction show, and on which
step. Any shuffle is a right shuffle, so ``random_mini_batches`` is
checked on properties instead of values: the batches partition the
columns, X and Y stay aligned, the sizes, a shuffle that depends on the
seed.
"""

import itertools
import re
from dataclasses import dataclass

import numpy as np

from snippets.minibatches import random_mini_batches
from snippets.optimizers import (
    initialize_adam,
    initialize_rmsprop,
    initialize_velocity,
    update_parameters_with_adam,
    update_parameters_with_momentum,
    update_parameters_with_rmsprop,
)
from snippets.selfcheck._engine.common import (
    COMMON_LINES,
    GLOBAL_RANDOM_STATE_MISTAKES,
    GRAD_KEYS,
    PARAMETER_KEYS,
    SIGNATURE_MISTAKE,
    as_float32,
    changed_inputs,
    global_generator,
    global_seed,
    like_any,
    missing_key,
    random_network,
    size_label,
)
from snippets.selfcheck._engine.report import (
    Case,
    Line,
    Mistake,
    Spec,
    describe,
    dtype_line,
    join,
    like,
    returns_line,
    run_check,
    same_output,
    shapes_line,
    unpack_dict,
    values_line,
)
from snippets.selfcheck._engine.run import call_safely


def check_random_mini_batches(fn):
    """Check your ``random_mini_batches(X, Y, mini_batch_size, seed)``.

    Any shuffle is right, so it checks properties: the mini-batches hold
    every column of X once, with its own column of Y, in batches of
    ``mini_batch_size`` and a last one with the rest; the order is not
    X's own for two seeds; the same seed gives the same batches; and
    NumPy's global random state is left alone. Matching the course's
    order earns a bonus line, never required.

    Parameters
    ----------
    fn : callable
        Your function: ``fn(X, Y, mini_batch_size, seed)`` returns a list
        of ``(X_batch, Y_batch)`` pairs, ``X_batch`` ``(n_x, k)`` and
        ``Y_batch`` ``(n_y, k)``.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_random_mini_batches
    >>> def random_mini_batches(X, Y, mini_batch_size, seed):
    ...     m = X.shape[1]
    ...     permutation = np.random.default_rng(seed).permutation(m)
    ...     X, Y = X[:, permutation], Y[:, permutation]
    ...     return [(X[:, k:k + mini_batch_size], Y[:, k:k + mini_batch_size])
    ...             for k in range(0, m - mini_batch_size + 1,
    ...                            mini_batch_size)]   # no short last batch
    >>> print(check_random_mini_batches(random_mini_batches))
    check_random_mini_batches: 8 of 10 checks passed
      ok   returns a list of (X_batch, Y_batch) pairs
      FAIL sizes for (n_x, m, mini_batch_size) = (3, 10, 4), (2, 8, 4),
           (4, 5, 8), (1, 3, 1): full mini-batches, then the rest
           case (3, 10, 4): 2 mini-batches of [4, 4] examples, expected 3 of
           [4, 4, 2]
      FAIL every example (column of X) is in exactly one mini-batch
           case (3, 10, 4): 2 of the 10 examples are missing
      ok   X and Y stay aligned: every example keeps its label
      ok   the examples are shuffled: not in X's order for two seeds
      ok   the same seed gives the same mini-batches
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   X and Y are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your mini-batches leave out the last m % mini_batch_size
      examples: when that is not 0, add one last, smaller mini-batch with the
      rest of the columns.
    """
    return run_check(MINI_BATCHES, fn)


def check_update_parameters_with_momentum(fn):
    """Check your momentum step, over three steps in a row.

    ``fn(parameters, grads, v, beta, learning_rate)``; for each parameter
    W: ``v = beta v + (1 - beta) dW``, then ``W = W - learning_rate v``.
    Each step starts from the velocity the course's previous step left.

    Parameters
    ----------
    fn : callable
        Your function: it returns new dicts ``(parameters, v)`` and
        leaves the ones it is given unchanged.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets.selfcheck import check_update_parameters_with_momentum
    >>> def update_parameters_with_momentum(parameters, grads, v, beta,
    ...                                     learning_rate):
    ...     new_parameters, new_v = {}, {}
    ...     for key, W in parameters.items():
    ...         dW = grads["d" + key]
    ...         new_v["d" + key] = beta * v["d" + key] + dW   # no (1 - beta)
    ...         new_parameters[key] = W - learning_rate * new_v["d" + key]
    ...     return new_parameters, new_v
    >>> report = check_update_parameters_with_momentum(
    ...     update_parameters_with_momentum)
    >>> print(report)
    check_update_parameters_with_momentum: 6 of 7 checks passed
      ok   returns (parameters, v): dicts with keys W1, b1, W2, b2 and dW1,
           db1, dW2, db2
      ok   shapes for (n_x, n_h, n_y) = (3, 4, 1), (2, 3, 2)
      FAIL values: 8 outputs differ, W1, b1, W2, b2, v['dW1'], v['db1'],
           v['dW2'] and v['db2']
           W1 differs on case (3, 4, 1) at step 1, max |diff| 0.13 at W1[0, 0]
           expected W1[0, 0:3] = [-0.8159, -1.311, -0.2432]
           got      W1[0, 0:3] = [-0.9415, -1.187, -0.1965]
           b1 differs on case (3, 4, 1) at step 1, max |diff| 0.12 at b1[3, 0]
           expected b1[3, 0:1] = [-1.719]
           got      b1[3, 0:1] = [-1.602]
           W2 differs on case (3, 4, 1) at step 1, max |diff| 0.13 at W2[0, 2]
           expected W2[0, 0:4] = [-0.09106, -1.168, -0.615, -0.4939]
           got      W2[0, 0:4] = [-0.1573, -1.215, -0.486, -0.5466]
           b2 differs on case (3, 4, 1) at step 1: expected -0.722, got
           -0.8001
           also differ: v['dW1'], v['db1'], v['dW2'] and v['db2']
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   parameters, grads and v are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
      Likely mistake: your v adds the whole gradient, v = beta * v + dW, so it
      grows to 1 / (1 - beta) times the gradient: that is PyTorch's form,
      SGD(momentum=beta), whose learning rate is (1 - beta) times ours. This
      course averages, v = beta * v + (1 - beta) * dW.
    """
    return run_check(MOMENTUM, fn)


def check_update_parameters_with_rmsprop(fn):
    """Check your RMSprop step, over three steps in a row.

    ``fn(parameters, grads, s, beta, learning_rate, epsilon=1e-8)``; for
    each parameter W: ``s = beta s + (1 - beta) dW**2``, then
    ``W = W - learning_rate dW / (sqrt(s) + epsilon)``. One network has tiny
    gradients for ``b2``, where epsilon matters, and uses your default
    epsilon.

    Parameters
    ----------
    fn : callable
        Your function: it returns new dicts ``(parameters, s)`` and
        leaves the ones it is given unchanged.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> from snippets import update_parameters_with_rmsprop
    >>> from snippets.selfcheck import check_update_parameters_with_rmsprop
    >>> report = check_update_parameters_with_rmsprop(
    ...     update_parameters_with_rmsprop)
    >>> bool(report), report.diagnosis
    (True, None)
    """
    return run_check(RMSPROP, fn)


def check_update_parameters_with_adam(fn):
    """Check your Adam step, over steps t = 1, 2, 3 in a row.

    ``fn(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
    beta2=0.999, epsilon=1e-8)``: momentum's ``v`` and RMSprop's ``s``,
    each divided by ``1 - beta**t`` (the bias correction), then ``W = W -
    learning_rate v_hat / (sqrt(s_hat) + epsilon)``. Each step starts
    from the state the course's previous step left, so that a wrong
    correction shows on its step; one network uses your defaults.

    Parameters
    ----------
    fn : callable
        Your function: it returns new dicts ``(parameters, v, s)`` and
        leaves the ones it is given unchanged.

    Returns
    -------
    Report
        ``bool(report)`` is True if every check passed; ``print(report)``
        lists them; ``report.diagnosis`` names the likely mistake.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.selfcheck import check_update_parameters_with_adam
    >>> def update_parameters_with_adam(parameters, grads, v, s, t,
    ...                                 learning_rate=0.01, beta1=0.9,
    ...                                 beta2=0.999, epsilon=1e-8):
    ...     new_parameters, new_v, new_s = {}, {}, {}
    ...     for key, W in parameters.items():
    ...         dW = grads["d" + key]
    ...         v_dW = beta1 * v["d" + key] + (1 - beta1) * dW
    ...         s_dW = beta2 * s["d" + key] + (1 - beta2) * dW**2
    ...         v_hat = v_dW / (1 - beta1**t)
    ...         s_hat = s_dW / (1 - beta2**t)
    ...         new_parameters[key] = W - learning_rate * v_hat / (
    ...             np.sqrt(s_hat) + epsilon)
    ...         new_v["d" + key], new_s["d" + key] = v_dW, s_dW
    ...     return new_parameters, new_v, new_s
    >>> print(check_update_parameters_with_adam(update_parameters_with_adam))
    check_update_parameters_with_adam: 7 of 7 checks passed
      ok   returns (parameters, v, s): dicts with keys W1, b1, W2, b2 and dW1,
           db1, dW2, db2
      ok   shapes for (n_x, n_h, n_y) = (3, 4, 1), (2, 3, 2)
      ok   values match the course's update_parameters_with_adam
      ok   dtype: float64 in -> float64 out, float32 in -> float32 out
      ok   parameters, grads, v and s are left unchanged
      ok   NumPy's global random state is left unchanged
      ok   no warnings
    """
    return run_check(ADAM, fn)


# (n_x, m, mini_batch_size, seed): a remainder, none (m a multiple of the
# size), one batch (size > m), one example per batch (n_x = 1)
MINI_BATCH_SIZES = ((3, 10, 4, 1), (2, 8, 4, 2), (4, 5, 8, 3), (1, 3, 1, 4))


@dataclass(frozen=True)
class StepCase(Case):
    """A case that is one step of a run; its name says which step."""

    step: str = ""  # "step 2" or "t = 2"

    @property
    def name(self):
        """``"(3, 4, 1) float32 at t = 2"``."""
        return f"{super().name} at {self.step}"


def optimizer_cases(step, initialize, runs, *, with_t=False, seed=5):
    """Steps 1, 2, ... of each run, the state carried by the course's step.

    ``runs`` holds ``(sizes, n_steps, hyper, tiny)`` per network:
    ``hyper`` are the arguments after the state (and ``t``), ``tiny``
    a parameter whose gradients are 1e-4 times smaller, so that where
    epsilon goes matters there (and only there: the other gradients are
    between 0.5 and 1.5 in size). A float32 copy of the first run's
    second step comes last.
    """
    rng = np.random.default_rng(seed)
    cases = []
    for sizes, n_steps, hyper, tiny in runs:
        parameters = random_network(rng, *sizes)
        state = initialize(parameters)
        state = state if isinstance(state, tuple) else (state,)
        for t in range(1, n_steps + 1):
            grads = {
                "d" + key: rng.choice([-1, 1], size=W.shape)
                * rng.uniform(0.5, 1.5, size=W.shape)
                * (1e-4 if key == tiny else 1)
                for key, W in parameters.items()
            }
            args = (parameters, grads, *state, *((t,) if with_t else ()),
                    *hyper)
            cases.append(StepCase(size_label(*sizes), args,
                                  step=f"t = {t}" if with_t else
                                  f"step {t}"))
            parameters, *state = step(*args)
    second = cases[1]
    return cases + [StepCase(second.label, as_float32(second.args),
                             "float32", step=second.step)]


def unpack_step(*states):
    """Read an optimizer step's ``(parameters, v)`` or ``(parameters, v, s)``.

    The named outputs are ``W1``, ..., ``b2``, then ``v['dW1']``, ....
    """
    names = ("parameters", *states)
    what = f"the tuple ({', '.join(names)})"

    def unpack(value):
        if not isinstance(value, tuple | list) or len(value) != len(names):
            return {}, f"returns {describe(value)}, not {what}"
        outputs = {}
        for name, part in zip(names, value):
            if not isinstance(part, dict):
                return outputs, f"its {name} is {describe(part)}, not a dict"
            keys = PARAMETER_KEYS if name == "parameters" else GRAD_KEYS
            found, problem = unpack_dict(part, keys, f"the returned {name}")
            outputs.update({
                key if name == "parameters" else f"{name}[{key!r}]": array
                for key, array in found.items()
            })
            if problem:
                return outputs, problem
        return outputs, None
    return unpack


def _state_shapes(*states):
    """Output name -> shape in symbols, for the parameters and states."""
    shapes = {"W1": "(n_h, n_x)", "b1": "(n_h, 1)", "W2": "(n_y, n_h)",
              "b2": "(n_y, 1)"}
    for name in states:
        shapes.update({f"{name}['d{key}']": shape
                       for key, shape in list(shapes.items())[:4]})
    return shapes


_SQUARES = {
    "dW**2": lambda dW: dW**2,
    "|dW|": np.abs,
    "dW": lambda dW: dW,
}


_DENOMINATORS = {
    "sqrt(s) + epsilon": lambda s, epsilon: np.sqrt(s) + epsilon,
    "sqrt(s + epsilon)": lambda s, epsilon: np.sqrt(s + epsilon),
    "s + epsilon": lambda s, epsilon: s + epsilon,
    "sqrt(s)": lambda s, epsilon: np.sqrt(s),
}


def momentum_with(*, average="right", step_with="v", sign=-1, rate=True):
    """A momentum step ``fn(parameters, grads, v, beta, alpha)``, wrong.

    ``average`` is "right", "sum" (v = beta v + dW), "swapped"
    (v = (1 - beta) v + beta dW) or "classic" (v = beta v - alpha dW,
    then W = W + v); ``step_with`` is "v", "dW" or "old v"
    (the velocity passed in, not the new one); ``rate=False`` leaves
    the learning rate out of the step; average "fresh" ignores the old v.
    """
    def update(parameters, grads, v, beta, learning_rate):
        learning_rate = learning_rate if rate else 1
        if average == "classic":
            return _classic_momentum(parameters, grads, v, beta,
                                     learning_rate)
        keep, add = {"right": (beta, 1 - beta), "sum": (beta, 1),
                     "swapped": (1 - beta, beta),
                     "fresh": (0, 1 - beta)}[average]
        new_parameters, new_v = {}, {}
        for key, W in parameters.items():
            dW = grads["d" + key]
            v_dW = keep * v["d" + key] + add * dW
            direction = {"v": v_dW, "dW": dW,
                         "old v": v["d" + key]}[step_with]
            new_parameters[key] = W + sign * learning_rate * direction
            new_v["d" + key] = v_dW
        return new_parameters, new_v
    return update


def _classic_momentum(parameters, grads, v, beta, learning_rate):
    """v = beta v - learning_rate dW, then W = W + v (Sutskever's form)."""
    new_parameters, new_v = {}, {}
    for key, W in parameters.items():
        new_v["d" + key] = beta * v["d" + key] - learning_rate * grads[
            "d" + key]
        new_parameters[key] = W + new_v["d" + key]
    return new_parameters, new_v


def rmsprop_with(*, average=True, denominator="sqrt(s) + epsilon",
                 square="dW**2", swapped=False, step_with="s", rate=True):
    """An RMSprop step with a mistake (``average=False``: AdaGrad's sum).

    ``square`` is what s averages: "dW**2" (right), "|dW|" or "dW";
    ``swapped``: s = (1 - beta) s + beta dW**2; ``step_with`` "old s"
    divides by the root of the s passed in, not the new one;
    ``rate=False`` leaves the learning rate out of the step.
    """
    def update(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
        learning_rate = learning_rate if rate else 1
        keep, add = (1 - beta, beta) if swapped else (beta, 1 - beta)
        new_parameters, new_s = {}, {}
        for key, W in parameters.items():
            dW = grads["d" + key]
            g2 = _SQUARES[square](dW)
            s_dW = (keep * s["d" + key] + add * g2 if average
                    else s["d" + key] + g2)
            used = s_dW if step_with == "s" else s["d" + key]
            new_parameters[key] = W - learning_rate * dW / _DENOMINATORS[
                denominator](used, epsilon)
            new_s["d" + key] = s_dW
        return new_parameters, new_s
    return update


def adam_with(*, correction="t", denominator="sqrt(s) + epsilon",
              swapped="", step_with="v_hat", square="dW**2", store="v",
              corrected_by=("beta1", "beta2"), averaged_by=("beta1",
                                                            "beta2"),
              rate=True):
    """An Adam step with a mistake.

    ``correction`` is the power in ``1 - beta**power`` ("t", "t - 1",
    "t + 1", or "" for none), or "beta**t" (divided by beta**t itself),
    "beta * t" (1 - beta * t), "v / 1 - beta**t" (a missing bracket),
    "v only" or "s only" (the other one left uncorrected);
    ``corrected_by`` the betas of v's and s's corrections,
    ``averaged_by`` those of their averages; ``step_with`` "v_hat",
    "dW" or "old" (the v and s passed in, corrected); ``rate=False``
    leaves the learning rate out of the step;
    ``swapped`` is "" or where beta1 and beta2 trade places: "averages"
    or "everywhere" (also in the correction);
    ``square`` is what s averages ("dW**2", "|dW|" or "dW"); ``store``
    is "v" (v and s returned) or "v_hat" (the corrected ones returned).
    """
    def update(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
               beta2=0.999, epsilon=1e-8):
        learning_rate = learning_rate if rate else 1
        betas = {"beta1": beta1, "beta2": beta2}
        b1, b2 = (betas[name] for name in averaged_by)
        b1, b2 = (b2, b1) if swapped else (b1, b2)
        c1, c2 = (betas[name] for name in corrected_by)
        c1, c2 = (b1, b2) if swapped == "everywhere" else (c1, c2)
        power = {"t": t, "t - 1": t - 1, "t + 1": t + 1, "beta**t": t,
                 "v only": t, "s only": t}.get(correction)
        new_parameters, new_v, new_s = {}, {}, {}
        for key, W in parameters.items():
            dW = grads["d" + key]
            v_dW = b1 * v["d" + key] + (1 - b1) * dW
            s_dW = b2 * s["d" + key] + (1 - b2) * _SQUARES[square](dW)
            v_used, s_used = ((v["d" + key], s["d" + key])
                              if step_with == "old" else (v_dW, s_dW))
            v_hat, s_hat = v_used, s_used
            if correction == "beta**t":
                v_hat, s_hat = v_used / c1**power, s_used / c2**power
            elif correction == "beta * t":
                v_hat, s_hat = v_used / (1 - c1 * t), s_used / (1 - c2 * t)
            elif correction == "v / 1 - beta**t":
                v_hat, s_hat = v_used / 1 - c1**t, s_used / 1 - c2**t
            elif power is not None:
                v_hat, s_hat = (v_used / (1 - c1**power),
                                s_used / (1 - c2**power))
                v_hat = v_used if correction == "s only" else v_hat
                s_hat = s_used if correction == "v only" else s_hat
            top = dW if step_with == "dW" else v_hat
            new_parameters[key] = W - learning_rate * top / _DENOMINATORS[
                denominator](s_hat, epsilon)
            new_v["d" + key], new_s["d" + key] = (
                (v_dW, s_dW) if store == "v" else (v_hat, s_hat))
        return new_parameters, new_v, new_s
    return update


def mini_batch_cases():
    """X, Y, size and seed for each of MINI_BATCH_SIZES, one in float32.

    The columns of X differ, and so do the labels in Y, so that where
    each example went, and with which label, can be read back.
    """
    rng = np.random.default_rng(6)
    cases = []
    for n_x, m, size, seed in MINI_BATCH_SIZES:
        X = rng.normal(size=(n_x, m))
        Y = rng.permutation(m).reshape(1, m)
        cases.append(Case(size_label(n_x, m, size), (X, Y, size, seed)))
    X, Y, size, seed = cases[0].args
    return cases + [Case(cases[0].label, (X.astype(np.float32),
                                          Y.astype(np.float32), size, seed),
                         "float32")]


def unpack_mini_batches(value):
    """The ``(X_batch, Y_batch)`` pairs, as arrays."""
    what = "a list of (X_batch, Y_batch) pairs"
    if not isinstance(value, list | tuple):
        return {}, f"returns {describe(value)}, not {what}"
    batches = []
    for number, pair in enumerate(value):
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            return {}, (f"mini-batch {number} is {describe(pair)}, not a "
                        f"pair (X_batch, Y_batch)")
        batches.append((np.asarray(pair[0]), np.asarray(pair[1])))
    return {"batches": batches}, None


def _columns(array):
    """The columns of a 2-D array as bytes of float64, for lookups."""
    columns = np.ascontiguousarray(np.asarray(array, dtype=np.float64).T)
    return [column.tobytes() for column in columns]


def batch_contents(case, got):
    """``(x_index, y_index)`` for each column of the batches, in order.

    ``x_index`` is the column of X it holds (-1 if none), ``y_index`` the
    column of Y its label is. None if a batch is not ``(n_x, k)`` and
    ``(n_y, k)``, or nothing came back.
    """
    X, Y = case.args[:2]
    if not got:
        return None
    where_x = {column: j for j, column in enumerate(_columns(X))}
    where_y = {column: j for j, column in enumerate(_columns(Y))}
    contents = []
    for X_batch, Y_batch in got["batches"]:
        if X_batch.ndim != 2 or X_batch.shape[0] != X.shape[0] or \
                Y_batch.shape != (Y.shape[0], X_batch.shape[1]):
            return None
        try:
            contents.extend(
                (where_x.get(x, -1), where_y.get(y, -1))
                for x, y in zip(_columns(X_batch), _columns(Y_batch))
            )
        except (TypeError, ValueError):  # not numbers
            return None
    return contents


def order_of(case, got):
    """The columns of X, in the order the batches hold them, or None."""
    contents = batch_contents(case, got)
    return None if contents is None else [x for x, _ in contents]


def _with_seed(run, case, seed):
    """The order of the learner's batches on ``case`` with ``seed``."""
    X, Y, size, _ = case.args
    other = Case(case.label, (X, Y, size, seed), case.dtype, case.note)
    call = run.call(other)
    if call.raised:
        return None
    try:
        got, _ = run.spec.unpack(call.value)
    except Exception:  # an object the checker cannot read
        return None
    return order_of(other, got)


def _count(sizes):
    """``"1 mini-batch"``, ``"3 mini-batches"``."""
    return f"{len(sizes)} mini-batch{'' if len(sizes) == 1 else 'es'}"


def _sizes(got):
    """The number of examples in each batch (None for a batch not 2-D)."""
    return [X_batch.shape[1] if X_batch.ndim == 2 else None
            for X_batch, _ in got["batches"]]


def batch_sizes_line(run):
    """Full mini-batches, then one with the rest; X_batch (n_x, k)."""
    labels = ", ".join(dict.fromkeys(case.label for case, *_ in
                                     run.regular()))
    text = f"sizes for {run.spec.symbols} = {labels}: full mini-batches, " \
        "then the rest"
    checked = 0
    for case, _, got, expected in run.regular():
        if not got:
            continue
        checked += 1
        (n_x, _), (n_y, _) = case.args[0].shape, case.args[1].shape
        for number, (X_batch, Y_batch) in enumerate(got["batches"]):
            if X_batch.ndim != 2 or X_batch.shape[0] != n_x:
                return Line("fail", text, (
                    f"case {case.name}: X_batch {number} has shape "
                    f"{X_batch.shape}, expected (n_x, k) with n_x = {n_x}",
                ))
            k = X_batch.shape[1]
            if Y_batch.shape != (n_y, k):
                return Line("fail", text, (
                    f"case {case.name}: Y_batch {number} has shape "
                    f"{Y_batch.shape}, expected (n_y, k) = ({n_y}, {k}), "
                    f"as many columns as its X_batch",
                ))
        sizes, want = _sizes(got), _sizes(expected)
        if sizes != want:
            return Line("fail", text, (
                f"case {case.name}: {_count(sizes)} of {sizes} examples, "
                f"expected {len(want)} of {want}",
            ))
    if not checked:
        return Line("skip", f"{text}: not checked, no mini-batches")
    return Line("ok", text)


def _readable(run):
    """``(case, contents)`` for each regular case whose batches read."""
    found = []
    for case, _, got, _ in run.regular():
        contents = batch_contents(case, got)
        if contents is not None:
            found.append((case, contents))
    return found


def partition_line(run):
    """Every column of X is in exactly one mini-batch."""
    text = "every example (column of X) is in exactly one mini-batch"
    found = _readable(run)
    for case, contents in found:
        m = case.args[0].shape[1]
        order = [x for x, _ in contents]
        counts = np.bincount([x for x in order if x >= 0], minlength=m)
        problems = [
            f"{count} {what}" for count, what in (
                (int((counts == 0).sum()), f"of the {m} examples are "
                                           f"missing"),
                (int((counts > 1).sum()), "appear more than once"),
                (order.count(-1), "columns are not columns of X"),
            ) if count
        ]
        if problems:
            return Line("fail", text, (
                f"case {case.name}: {', '.join(problems)}",
            ))
    if not found:
        return Line("skip", f"{text}: not checked, no mini-batches to read")
    return Line("ok", text)


def aligned_line(run):
    """Each example's Y column comes with its X column."""
    text = "X and Y stay aligned: every example keeps its label"
    found = _readable(run)
    for case, contents in found:
        wrong = sum(x >= 0 and x != y for x, y in contents)
        if wrong:
            return Line("fail", text, (
                f"case {case.name}: {wrong} of the {len(contents)} "
                f"examples in the mini-batches carry another example's "
                f"label (Y column)",
            ))
    if not found:
        return Line("skip", f"{text}: not checked, no mini-batches to read")
    return Line("ok", text)


def shuffled_line(run):
    """Not X's own order with two different seeds: a shuffle happened."""
    text = "the examples are shuffled: not in X's order for two seeds"
    found = _readable(run)
    for case, contents in found:
        X, Y, size, seed = case.args
        unshuffled = list(range(X.shape[1]))
        # m >= 5: a random order is X's own once in 120 draws or fewer, so
        # an unseeded shuffle is not taken for none (m = 3: 1 in 6)
        if X.shape[1] >= 5 and [x for x, _ in contents] == unshuffled and \
                _with_seed(run, case, seed + 1) == unshuffled:
            return Line("fail", text, (
                f"case {case.name}: the mini-batches keep X's order with "
                f"seed {seed} and with seed {seed + 1}",
            ))
    if not found:
        return Line("skip", f"{text}: not checked, no mini-batches to read")
    return Line("ok", text)


def reproducible_line(run):
    """Two calls with the same seed give the same order."""
    text = "the same seed gives the same mini-batches"
    for case, contents in _readable(run)[:1]:
        seed = case.args[3]
        if _with_seed(run, case, seed) != [x for x, _ in contents]:
            return Line("fail", text, (
                f"case {case.name}: two calls with seed {seed} gave "
                f"different mini-batches",
            ))
        return Line("ok", text)
    return Line("skip", f"{text}: not checked, no mini-batches to read")


def batch_dtype_line(run):
    """X_batch and Y_batch keep the dtypes of X and Y."""
    notes = dict.fromkeys(case.dtype or "float64" for case in run.cases)
    text = "dtype: " + ", ".join(f"{n} in -> {n} out" for n in notes)
    checked = 0
    for case, _, got, _ in run.regular():
        for number, batch in enumerate((got or {}).get("batches", ())):
            for name, given, part in zip(("X", "Y"), case.args, batch):
                checked += 1
                if part.dtype != given.dtype:
                    return Line("fail", text, (
                        f"{name}_batch {number} is {part.dtype} on case "
                        f"{case.name}, expected {given.dtype}, the dtype "
                        f"of {name}",
                    ))
    if not checked:
        return Line("skip", f"{text}: not checked, no mini-batches")
    return Line("ok", text)


def course_order_bonus(run):
    """A note if the batches equal the course's, example for example."""
    if not all(same_batches(got, expected)
               for _, _, got, expected in run.regular()):
        return None
    return Line("note", "bonus: the same mini-batches as the course's "
                        "random_mini_batches, which shuffles with "
                        "np.random.default_rng(seed).permutation(m)")


def same_batches(got, expected):
    """True if both lists of batches hold equal arrays, in order."""
    if not got or len(got["batches"]) != len(expected["batches"]):
        return False
    return all(
        np.array_equal(mine, theirs)
        for pair, their_pair in zip(got["batches"], expected["batches"])
        for mine, theirs in zip(pair, their_pair)
    )


def rows_for_examples(run):
    """The rows of X were taken as the examples (the X.T layout).

    Its symptoms: an IndexError that goes away when X and Y are passed
    transposed, a batch with all m columns, or batches that hold n_x
    examples in all.
    """
    if y_rows_indexed(run):  # X's columns were right: Y's rows failed
        return False
    totals = []
    for case, call, got in zip(run.cases, run.calls, run.got):
        if isinstance(call.error, IndexError):
            X, Y, size, seed = case.args
            turned = Case(case.label, (X.T.copy(), Y.T.copy(), size, seed))
            return not isinstance(run.call(turned).error, IndexError)
        (n_x, m), size = case.args[0].shape, case.args[2]
        if not got:
            continue
        sizes = _sizes(got)
        if size < m and m in sizes and \
                sizes != [*_course_sizes(m, size), m]:  # X[:, -0:]
            return True
        if n_x != m:
            totals.append(None not in sizes and sum(sizes) == n_x)
    return bool(totals) and all(totals)


def _rows_of(error):
    """n in NumPy's "out of bounds for axis 0 with size n", or None."""
    found = re.search(r"axis 0 with size (\d+)", str(error))
    return int(found.group(1)) if found else None


def y_rows_indexed(run):
    """Y indexed by the permutation on its rows, Y[permutation].

    Every case raises NumPy's IndexError for axis 0 of Y's size (its
    n_y rows). The evidence: given a Y with m rows, so that Y's rows can
    be taken, the function shuffles X's columns right, in the course's
    sizes, and Y's rows with the same permutation.
    """
    for case, call in zip(run.cases, run.calls):
        if not isinstance(call.error, IndexError) or \
                _rows_of(call.error) != case.args[1].shape[0]:
            return False
    X, _, size, seed = run.cases[0].args
    m = X.shape[1]
    tall = np.arange(m * m, dtype=np.float64).reshape(m, m)
    call = run.call(Case("", (X, tall, size, seed)))
    if call.raised or not isinstance(call.value, list | tuple):
        return False
    got, problem = run.spec.unpack(call.value)
    if problem or _sizes(got) != _course_sizes(m, size):
        return False
    where = {column: j for j, column in enumerate(_columns(X))}
    X_joined = np.concatenate([part for part, _ in got["batches"]], axis=1)
    order = [where.get(column, -1) for column in _columns(X_joined)]
    Y_joined = np.concatenate([part for _, part in got["batches"]], axis=1)
    return sorted(order) == list(range(m)) and np.array_equal(
        Y_joined, tall[order, :])


def remainder_dropped(run):
    """Only full batches: the last m % mini_batch_size examples left out."""
    cases = [(case, got) for case, got in zip(run.cases, run.got) if got]
    return bool(cases) and any(
        case.args[0].shape[1] % case.args[2] for case, _ in cases
    ) and all(
        _sizes(got) == [case.args[2]] * (case.args[0].shape[1]
                                         // case.args[2])
        for case, got in cases
    )


def _sizes_by_case(run):
    """``(m, mini_batch_size, sizes)`` for each case whose batches read."""
    return [(case.args[0].shape[1], case.args[2], _sizes(got))
            for case, got in zip(run.cases, run.got) if got]


def slice_one_short(run):
    """Every full mini-batch holds mini_batch_size - 1 examples.

    The mark of ``X[:, k:k + mini_batch_size - 1]``: a slice's end is
    already left out. Only when some case has a full batch of 2 or more.
    """
    found = [(m, size, sizes) for m, size, sizes in _sizes_by_case(run)
             if m // size]
    return any(size > 1 for _, size, _ in found) and all(
        sizes[:m // size] == [size - 1] * (m // size)
        for m, size, sizes in found
    )


def empty_last_batch(run):
    """One empty mini-batch at the end, exactly when m % size is 0.

    Every other mini-batch has the course's size, on every case: the
    evidence of a last batch added whatever the remainder.
    """
    found = _sizes_by_case(run)
    extra = [
        sizes == [*_course_sizes(m, size), 0]
        for m, size, sizes in found if m % size == 0
    ]
    return bool(extra) and all(extra) and all(
        sizes == _course_sizes(m, size)
        for m, size, sizes in found if m % size
    )


def whole_last_batch(run):
    """A last mini-batch of all m examples, exactly when m % size is 0.

    The mark of ``X[:, -(m % mini_batch_size):]``: ``-0:`` is the whole
    array. Every other mini-batch has the course's size, on every case.
    """
    found = _sizes_by_case(run)
    extra = [sizes == [*_course_sizes(m, size), m]
             for m, size, sizes in found if m % size == 0]
    return bool(extra) and all(extra) and all(
        sizes == _course_sizes(m, size)
        for m, size, sizes in found if m % size
    )


def last_batch_twice(run):
    """The course's mini-batches, then the last one again, when m % size.

    The mark of a loop over range(0, m, mini_batch_size), which already
    takes the rest, followed by the rest added once more.
    """
    found = _sizes_by_case(run)
    extra = [sizes == [*_course_sizes(m, size), m % size]
             for m, size, sizes in found if m % size]
    return bool(extra) and all(extra) and all(
        sizes == _course_sizes(m, size)
        for m, size, sizes in found if m % size == 0
    )


def features_shuffled(run):
    """The rows of X (its features) are permuted, not its columns.

    On every case the batches, put side by side, hold X's rows in
    another order (each row's values found in one row of X), and on one
    case with n_x > 1 that order is not X's own.
    """
    moved = False
    for case, got in zip(run.cases, run.got):
        if not got:
            return False
        X = np.asarray(case.args[0], dtype=np.float64)
        parts = [np.asarray(X_batch, dtype=np.float64)
                 for X_batch, _ in got["batches"]]
        if any(part.ndim != 2 or part.shape[0] != X.shape[0]
               for part in parts) or not parts:
            return False
        joined = np.concatenate(parts, axis=1)
        if joined.shape != X.shape:
            return False
        rows = [np.sort(row).tobytes() for row in X]
        order = [rows.index(np.sort(row).tobytes())
                 if np.sort(row).tobytes() in rows else -1
                 for row in joined]
        if sorted(order) != list(range(X.shape[0])):
            return False
        moved = moved or order != sorted(order)
    return moved


def _partitioned(case, got):
    """True if the batches hold every column of X once, with its label."""
    contents = batch_contents(case, got)
    if not contents:
        return False
    xs = [x for x, _ in contents]
    return sorted(xs) == list(range(case.args[0].shape[1])) and all(
        x == y for x, y in contents)


def repaired_by(repair):
    """A detector: ``repair(value)`` makes the batches right on every case.

    Right: the course's sizes, every column once, each with its label,
    shuffled (not X's order on some case with m >= 5). The repair undoes
    one mistake in the structure (pairs in the other order, batches
    transposed, two lists).
    """
    def detect(run):
        found = shuffled = False
        for case, call, *_ in run.regular():
            if call.raised:
                return False
            try:
                got, problem = run.spec.unpack(repair(call.value))
            except Exception:  # not the structure this repair reads
                return False
            m, size = case.args[0].shape[1], case.args[2]
            if problem or _sizes(got) != _course_sizes(m, size) or \
                    not _partitioned(case, got):
                return False
            found = True
            shuffled = shuffled or m >= 5 and order_of(case, got) != list(
                range(m))
        return found and shuffled
    return detect


def _pairs_swapped(value):
    return [(Y_batch, X_batch) for X_batch, Y_batch in value]


def _pairs_transposed(value):
    return [(np.asarray(X_batch).T, np.asarray(Y_batch).T)
            for X_batch, Y_batch in value]


def _two_lists(value):
    X_batches, Y_batches = value
    if not isinstance(value, tuple | list) or \
            len(X_batches) != len(Y_batches):
        raise ValueError("not two lists of batches")
    return list(zip(X_batches, Y_batches))


def balanced_sizes(run):
    """np.array_split's sizes: as equal as can be, not full ones first.

    With ceil(m / size) or m // size pieces, on every case; every column
    once, with its label; the course's sizes differ on some case.
    """
    telling = False
    for case, _, got, _ in run.regular():
        if not got or not _partitioned(case, got):
            return False
        m, size = case.args[0].shape[1], case.args[2]
        balanced = [[len(part) for part in np.array_split(range(m), count)]
                    for count in {-(-m // size), m // size} - {0}]
        if _sizes(got) not in balanced:
            return False
        telling = telling or _sizes(got) != _course_sizes(m, size)
    return telling


def _course_sizes(m, size):
    """Full mini-batches of ``size``, then one with the rest, if any."""
    return [min(size, m - k) for k in range(0, m, size)]


def shuffled_separately(run):
    """Every X column and every Y column is there, but not together."""
    for case, contents in _readable(run):
        m = case.args[0].shape[1]
        xs, ys = zip(*contents) if contents else ((), ())
        if sorted(xs) == sorted(ys) == list(range(m)) and xs != ys:
            return True
    return False


def _fails(line):
    """A detector: ``line`` fails on the learner's function."""
    def detect(run):
        return line(run).status == "fail"
    return detect


def like_state(mutant, state):
    """A detector: the learner's ``state`` (v or s) is the mutant's.

    Its ``state[...]`` outputs equal the mutant's on every case, and
    differ from the course's on one: the mistake is in how the state is
    averaged, whatever the step does with it (NaN from the root of a
    negative s, say). Each case starts from the course's state, so the
    state returned depends on nothing else.
    """
    prefix = f"{state}["

    def detect(run):
        seen = 0
        for case, got, expected in zip(run.cases, run.got, run.expected):
            call = call_safely(mutant, case.args, run.spec.arg_names)
            theirs = run.spec.unpack(call.value)[0] if not call.raised \
                else None
            keys = [key for key in expected if key.startswith(prefix)]
            if not got or not theirs or any(
                key not in got or key not in theirs for key in keys
            ):
                return False
            if any(not same_output(theirs[key], got[key]) for key in keys):
                return False
            seen += any(not same_output(theirs[key], expected[key])
                        for key in keys)
        return seen > 0
    return detect


def returned_in_order(*states):
    """A detector: the tuple holds the right dicts in another order.

    Which dict is which is read from its keys (parameters: W1, ...) and,
    for v and s, which have the same keys, from which of the course's
    it equals. Gives the order found, e.g. ``{"got": "(v, parameters)"}``.
    """
    names = ("parameters", *states)

    def detect(run):
        orders = set()
        for call, expected in zip(run.calls, run.expected):
            value = call.value
            if call.raised or not isinstance(value, tuple | list) or \
                    len(value) != len(names) or \
                    not all(isinstance(part, dict) for part in value):
                return None
            found = []
            for part in value:
                if set(PARAMETER_KEYS) <= set(part):
                    found.append("parameters")
                    continue
                same = [name for name in states if all(
                    key in part and same_output(part[key],
                                          expected[f"{name}[{key!r}]"])
                    for key in GRAD_KEYS)]
                found.append(same[0] if len(same) == 1 else
                             states[0] if len(states) == 1 else None)
            if None in found or sorted(found) != sorted(names):
                return None
            orders.add(tuple(found))
        if len(orders) != 1 or names in orders:
            return None
        return {"got": f"({', '.join(orders.pop())})",
                "want": f"({', '.join(names)})"}
    return detect


def extra_items(*states):
    """A detector: a longer tuple, its first items the course's, in order.

    Gives how many items came back and the course's tuple.
    """
    names = ("parameters", *states)

    def detect(run):
        for call, expected in zip(run.calls, run.expected):
            value = call.value
            if call.raised or not isinstance(value, tuple | list) or \
                    len(value) <= len(names):
                return None
            got, problem = run.spec.unpack(tuple(value[:len(names)]))
            if problem or any(not same_output(got[key], want)
                              for key, want in expected.items()):
                return None
        return {"count": len(run.calls[0].value),
                "want": ", ".join(names)}
    return detect


def _unchanged_keys(run):
    """Outputs equal to the values passed in, where they differ.

    Every other output matches the course's, on every case. None unless
    that holds and some output came back unchanged.
    """
    keys = set()
    for case, got, expected in zip(run.cases, run.got, run.expected):
        if not got or set(expected) - set(got):
            return None
        given = {}
        for name, arg in zip(run.spec.arg_names, case.args):
            if name == "parameters":
                given.update(arg)
            elif name in ("v", "s"):
                given.update({f"{name}[{key!r}]": item
                              for key, item in arg.items()})
        for key, want in expected.items():
            if same_output(got[key], want):
                continue
            if key not in given or not same_output(got[key], given[key]):
                return None
            keys.add(key)
    return sorted(keys, key=list(run.expected[0]).index) if keys else None


def parameters_not_updated(run):
    """Some parameters come back as they were given; the rest are right.

    Their v or s may come back unchanged too, but no other one.
    """
    keys = _unchanged_keys(run) or []
    found = [key for key in keys if key in PARAMETER_KEYS]
    states = {key.split("'")[1][1:] for key in keys if "[" in key}
    return 0 < len(found) < len(PARAMETER_KEYS) and states <= set(found) \
        and {
        "keys": join(found), "verb": "is" if len(found) == 1 else "are"}


def state_not_stored(run):
    """The state comes back as it was given; the parameters are right."""
    keys = _unchanged_keys(run) or []
    if not keys or any(key in PARAMETER_KEYS for key in keys):
        return None
    states = list(dict.fromkeys(key.split("[")[0] for key in keys))
    every = {key for key in run.expected[0] if key.split("[")[0] in states}
    if set(keys) != every:  # part of it: name the entries
        return {"state": join(keys), "given": "are the ones"}
    return {"state": join(states),
            "given": "is the one" if len(states) == 1 else "are the ones"}


def _permuted_call(step, order):
    """``step`` called with its arguments at ``order``'s positions.

    ``order`` maps each position to the argument the learner reads
    there: the learner's ``fn(*args)`` is ``step`` given ``args[order]``.
    """
    def update(*args):
        args = list(args)
        moved = list(args)
        for position, source in enumerate(order[:len(args)]):
            if source >= len(args):  # the learner's default lands here
                return step(*args)
            moved[source] = args[position]
        return step(*moved)
    return update


def arguments_permuted(step, names, scalars):
    """A detector: the learner takes the numbers in another order.

    ``scalars`` are the positions of the hyperparameters; the learner's
    function behaves like ``step`` with them in another order, on every
    case. Gives the learner's order and the course's.
    """
    mutants = []
    for permutation in itertools.permutations(scalars):
        if list(permutation) == list(scalars):
            continue
        order = list(range(len(names)))
        for position, source in zip(scalars, permutation):
            order[position] = source
        mutants.append((order, _permuted_call(step, order)))

    def detect(run):
        for order, mutant in mutants:
            if run.matches(mutant):
                return {"got": ", ".join(names[source] for source in order),
                        "call": ", ".join(names)}
        return None
    return detect


def _arguments(step, names, scalars):
    return Mistake(
        "arguments in another order", arguments_permuted(step, names,
                                                         scalars),
        "your function takes ({got}): keep the course's order, which is "
        f"how it is called, {step.__name__}({{call}}).",
    )


def dtype_only(run):
    """Every line passes but the dtype's: a float32 input comes back cast.

    Gives the dtype the learner returned on a float32 case.
    """
    failed = [line for line in run.spec.lines if line(run).status != "ok"]
    if [getattr(line, "__name__", "") for line in failed] not in (
            ["dtype_line"], ["batch_dtype_line"]):
        return None
    for case, got in zip(run.cases, run.got):
        if case.dtype != "float32" or not got:
            continue
        arrays = [value for value in got.values()
                  if isinstance(value, np.ndarray | np.generic)] or [
            part for pair in got.get("batches", ()) for part in pair]
        dtypes = {str(value.dtype) for value in arrays} - {"float32"}
        if dtypes:
            return {"dtypes": ", ".join(sorted(dtypes))}
    return None


DTYPE_MISTAKE = Mistake(
    "dtype changed", dtype_only,
    "your values are right, but a float32 input comes back {dtypes}: "
    "something casts it (np.float64(...), dtype=float, .astype(float), "
    "np.array(..., dtype=np.float64)); compute with the arrays as given, "
    "so that they keep their dtype.",
)


def _b_with_dW(step):
    """``step`` given the weights' gradients for the biases too.

    The mark of a copied line, ``... grads["dW" + str(l)]`` left in the
    bias's update: b1 gets dW1 (broadcast to W1's shape), b2 dW2.
    """
    def update(parameters, grads, *rest):
        copied = dict(grads)
        for key in grads:
            if key.startswith("db"):
                copied[key] = grads["dW" + key[2:]]
        return step(parameters, copied, *rest)
    return update


def _copied_line(state, example):
    return Mistake(
        "dW used for b", like(_b_with_dW(state)),
        f"your biases are updated with the weights' gradients, dW1 and "
        f"dW2 (a copied line): b1 takes db1, {example}.",
    )


def _in_place(state, example):
    return Mistake(
        "updated in place", changed_inputs,
        f"your function changes {{changed}}, which it was given: build new "
        f"dicts, {example}, instead of assigning into the dicts passed in "
        f"({state}['dW1'] = ..., W -= ...).",
    )


def _unknown_key(dicts):
    return Mistake(
        "unknown key", missing_key,
        f"your code reads the key {{key}}, which is not there: parameters "
        f"has W1, b1, W2, b2, and {dicts} are keyed like the gradients, "
        f"dW1, db1, dW2, db2 ('d' + key).",
    )


def _order(func, *states):
    names = ", ".join(("parameters", *states))
    return Mistake(
        "return order", returned_in_order(*states),
        f"you return {{got}}: the course's order is {{want}}, which is how "
        f"the caller unpacks it, {names} = {func}(...).",
    )


def _extra(func, *states):
    names = ", ".join(("parameters", *states))
    return Mistake(
        "extra return value", extra_items(*states),
        f"you return {{count}} items, the first ones right: return only "
        f"({{want}}), which is how the caller unpacks them, {names} = "
        f"{func}(...).",
    )


def _not_updated(loop):
    return Mistake(
        "parameters not updated", parameters_not_updated,
        f"your {{keys}} {{verb}} returned as given, not updated (the others "
        f"are right): step every parameter, {loop}.",
    )


def _not_stored(example):
    return Mistake(
        "state not stored", state_not_stored,
        f"your parameters are right but the {{state}} you return {{given}} "
        f"passed in: return the new averages, {example}, for the next "
        f"step to start from.",
    )


_LOOP = ("for key in parameters (W1, b1, W2, b2), or for l in range(1, "
         "L + 1) with L = len(parameters) // 2, both W and b")


MOMENTUM_MISTAKES = (
    SIGNATURE_MISTAKE,
    _in_place("v",
              "new_v['dW1'] = beta * v['dW1'] + (1 - beta) * grads['dW1']"),
    _unknown_key("grads and v"),
    _order("update_parameters_with_momentum", "v"),
    _extra("update_parameters_with_momentum", "v"),
    _arguments(update_parameters_with_momentum,
               ("parameters", "grads", "v", "beta", "learning_rate"),
               (3, 4)),
    Mistake("v not averaged", like(momentum_with(average="sum")),
            "your v adds the whole gradient, v = beta * v + dW, so it grows "
            "to 1 / (1 - beta) times the gradient: that is PyTorch's "
            "form, SGD(momentum=beta), whose learning rate is (1 - beta) "
            "times ours. This course averages, v = beta * v + (1 - beta) "
            "* dW."),
    Mistake("step with the old velocity",
            like(momentum_with(step_with="old v")),
            "your step uses the velocity passed in, from the step before: "
            "update v first, v = beta * v + (1 - beta) * dW, then step "
            "with the new one, W = W - learning_rate * v."),
    Mistake("(1 - beta) on the wrong term",
            like(momentum_with(average="swapped")),
            "your v keeps (1 - beta) of the old velocity and adds beta * dW: "
            "beta weighs the old velocity, v = beta * v + (1 - beta) * dW."),
    Mistake("step with dW", like(momentum_with(step_with="dW")),
            "your v is right but the step uses dW: momentum steps along "
            "the average, W = W - learning_rate * v."),
    Mistake("gradient ascent", like(momentum_with(sign=1)),
            "your step goes uphill: subtract the velocity, W = W - "
            "learning_rate * v."),
    Mistake("learning rate inside v (classic momentum)",
            like(momentum_with(average="classic")),
            "your v = beta * v - learning_rate * dW, then W = W + v, is "
            "the classic (Sutskever) momentum: this course's v averages "
            "the gradients, v = beta * v + (1 - beta) * dW, and the step "
            "is W = W - learning_rate * v."),
    Mistake("learning rate forgotten", like(momentum_with(rate=False)),
            "your step leaves out the learning rate: multiply by it, "
            "W = W - learning_rate * v."),
    Mistake("old v left out", like(momentum_with(average="fresh")),
            "your v is (1 - beta) * dW alone: it must carry the velocity "
            "passed in, v = beta * v + (1 - beta) * dW, v['dW1'] of the "
            "step before."),
    _copied_line(momentum_with(),
                 "v['db1'] = beta * v['db1'] + (1 - beta) * grads['db1']"),
    _not_updated(_LOOP),
    _not_stored("v['dW1'] = beta * v['dW1'] + (1 - beta) * dW1"),
    DTYPE_MISTAKE,
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


RMSPROP_MISTAKES = (
    SIGNATURE_MISTAKE,
    _in_place("s",
              "new_s['dW1'] = beta * s['dW1'] + (1 - beta) * "
              "grads['dW1']**2"),
    _unknown_key("grads and s"),
    _order("update_parameters_with_rmsprop", "s"),
    _extra("update_parameters_with_rmsprop", "s"),
    _arguments(update_parameters_with_rmsprop,
               ("parameters", "grads", "s", "beta", "learning_rate",
                "epsilon"), (3, 4, 5)),
    Mistake("sqrt forgotten",
            like(rmsprop_with(denominator="s + epsilon")),
            "your step divides by s itself: divide by its square root, "
            "W = W - learning_rate * dW / (np.sqrt(s) + epsilon)."),
    Mistake("epsilon inside the sqrt",
            like(rmsprop_with(denominator="sqrt(s + epsilon)")),
            "your epsilon is inside the square root, np.sqrt(s + epsilon), "
            "which changes the step wherever s is tiny: add it after the "
            "root, np.sqrt(s) + epsilon."),
    Mistake("|dW| averaged, not dW**2", like(rmsprop_with(square="|dW|")),
            "your s averages |dW|, not its square: RMSprop divides by the "
            "root of the mean square, s = beta * s + (1 - beta) * dW**2."),
    Mistake("dW averaged, not dW**2",
            like_state(rmsprop_with(square="dW"), "s"),
            "your s averages dW itself, not its square, so it can be "
            "negative (np.sqrt gives NaN): s = beta * s + (1 - beta) * "
            "dW**2."),
    Mistake("epsilon forgotten", like(rmsprop_with(denominator="sqrt(s)")),
            "your step divides by np.sqrt(s) alone: add epsilon, W = W - "
            "learning_rate * dW / (np.sqrt(s) + epsilon), so that a tiny s "
            "cannot blow the step up."),
    Mistake("s not averaged (AdaGrad)", like(rmsprop_with(average=False)),
            "your s adds up every squared gradient, s = s + dW**2, which is "
            "AdaGrad (its steps shrink for ever): RMSprop averages them, "
            "s = beta * s + (1 - beta) * dW**2."),
    Mistake("(1 - beta) on the wrong term", like(rmsprop_with(swapped=True)),
            "your s keeps (1 - beta) of the old s and adds beta * dW**2: "
            "beta weighs the old average, s = beta * s + (1 - beta) * "
            "dW**2."),
    Mistake("step with the old s", like(rmsprop_with(step_with="old s")),
            "your step divides by the root of the s passed in, from the "
            "step before: update s first, s = beta * s + (1 - beta) * "
            "dW**2, then step with the new one, W = W - learning_rate * dW "
            "/ (np.sqrt(s) + epsilon)."),
    Mistake("learning rate forgotten", like(rmsprop_with(rate=False)),
            "your step leaves out the learning rate: multiply by it, "
            "W = W - learning_rate * dW / (np.sqrt(s) + "
            "epsilon)."),
    _copied_line(rmsprop_with(),
                 "s['db1'] = beta * s['db1'] + (1 - beta) * "
                 "grads['db1']**2"),
    _not_updated(_LOOP),
    _not_stored("s['dW1'] = beta * s['dW1'] + (1 - beta) * dW1**2"),
    DTYPE_MISTAKE,
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


ADAM_MISTAKES = (
    SIGNATURE_MISTAKE,
    _in_place("v",
              "new_v['dW1'] = beta1 * v['dW1'] + (1 - beta1) * grads['dW1']"),
    _unknown_key("grads, v and s"),
    _order("update_parameters_with_adam", "v", "s"),
    _extra("update_parameters_with_adam", "v", "s"),
    _arguments(update_parameters_with_adam,
               ("parameters", "grads", "v", "s", "t", "learning_rate",
                "beta1", "beta2", "epsilon"), (5, 6, 7)),
    Mistake("no bias correction", like(adam_with(correction="")),
            "your step uses v and s uncorrected, though both start at 0 "
            "and stay too small for the first steps: correct them, v_hat "
            "= v / (1 - beta1**t) and s_hat = s / (1 - beta2**t), and step "
            "with those."),
    Mistake("bias correction with t - 1",
            like(adam_with(correction="t - 1")),
            "your bias correction uses t - 1, which divides by 0 at the "
            "first step: t counts from 1, so v_hat = v / (1 - beta1**t) "
            "and s_hat = s / (1 - beta2**t)."),
    Mistake("bias correction with t + 1",
            like(adam_with(correction="t + 1")),
            "your bias correction uses t + 1, as if t counted from 0: the "
            "t passed in already counts from 1, so v_hat = v / (1 - "
            "beta1**t) and s_hat = s / (1 - beta2**t)."),
    Mistake("bias correction by beta**t",
            like(adam_with(correction="beta**t")),
            "your bias correction divides by beta1**t and beta2**t: it "
            "divides by 1 - beta**t, v_hat = v / (1 - beta1**t) and s_hat "
            "= s / (1 - beta2**t)."),
    Mistake("epsilon forgotten", like(adam_with(denominator="sqrt(s)")),
            "your step divides by np.sqrt(s_hat) alone: add epsilon, W = "
            "W - learning_rate * v_hat / (np.sqrt(s_hat) + epsilon)."),
    Mistake("epsilon inside the sqrt",
            like(adam_with(denominator="sqrt(s + epsilon)")),
            "your epsilon is inside the square root, np.sqrt(s_hat + "
            "epsilon), which changes the step wherever s_hat is tiny: add "
            "it after the root, np.sqrt(s_hat) + epsilon."),
    Mistake("sqrt forgotten", like(adam_with(denominator="s + epsilon")),
            "your step divides by s_hat itself: divide by its square root, "
            "W = W - learning_rate * v_hat / (np.sqrt(s_hat) + epsilon)."),
    Mistake("beta1 and beta2 swapped",
            like_any(adam_with(swapped="averages"),
                     adam_with(swapped="everywhere")),
            "your beta1 and beta2 trade places: beta1 (0.9) averages the "
            "gradients, v = beta1 * v + (1 - beta1) * dW, and beta2 (0.999) "
            "their squares, s = beta2 * s + (1 - beta2) * dW**2."),
    Mistake("v_hat and s_hat stored", like(adam_with(store="v_hat")),
            "your step is right but you return v_hat and s_hat as the new "
            "state: return the uncorrected averages, v and s; the "
            "correction divides them afresh at each step, v_hat = v / (1 "
            "- beta1**t)."),
    Mistake("|dW| averaged, not dW**2", like(adam_with(square="|dW|")),
            "your s averages |dW|, not its square: s = beta2 * s + (1 - "
            "beta2) * dW**2, and the step divides by np.sqrt(s_hat) + "
            "epsilon."),
    Mistake("dW averaged, not dW**2",
            like_state(adam_with(square="dW"), "s"),
            "your s averages dW itself, not its square, so it can be "
            "negative (np.sqrt gives NaN): s = beta2 * s + (1 - beta2) * "
            "dW**2."),
    Mistake("step with dW", like(adam_with(step_with="dW")),
            "your v and s are right but the step uses dW: step along the "
            "corrected average, W = W - learning_rate * v_hat / "
            "(np.sqrt(s_hat) + epsilon)."),
    Mistake("s corrected with beta1",
            like(adam_with(corrected_by=("beta1", "beta1"))),
            "your s_hat divides by 1 - beta1**t: s is averaged with beta2, "
            "so its correction is s_hat = s / (1 - beta2**t) (and v_hat = "
            "v / (1 - beta1**t))."),
    Mistake("v corrected with beta2",
            like(adam_with(corrected_by=("beta2", "beta2"))),
            "your v_hat divides by 1 - beta2**t: v is averaged with beta1, "
            "so its correction is v_hat = v / (1 - beta1**t) (and s_hat = "
            "s / (1 - beta2**t))."),
    Mistake("bias corrections swapped",
            like(adam_with(corrected_by=("beta2", "beta1"))),
            "your corrections trade betas: each average is corrected with "
            "its own beta, v_hat = v / (1 - beta1**t) and s_hat = s / (1 - "
            "beta2**t)."),
    Mistake("s averaged with beta1",
            like(adam_with(averaged_by=("beta1", "beta1"))),
            "your s is averaged with beta1: the squares have their own, "
            "slower average, s = beta2 * s + (1 - beta2) * dW**2."),
    Mistake("v averaged with beta2",
            like(adam_with(averaged_by=("beta2", "beta2"))),
            "your v is averaged with beta2: the gradients have their own, "
            "faster average, v = beta1 * v + (1 - beta1) * dW."),
    Mistake("only v corrected", like(adam_with(correction="v only")),
            "your step corrects v but not s: divide both, v_hat = v / (1 - "
            "beta1**t) and s_hat = s / (1 - beta2**t), then W = W - "
            "learning_rate * v_hat / (np.sqrt(s_hat) + epsilon)."),
    Mistake("only s corrected", like(adam_with(correction="s only")),
            "your step corrects s but not v: divide both, v_hat = v / (1 - "
            "beta1**t) and s_hat = s / (1 - beta2**t), then W = W - "
            "learning_rate * v_hat / (np.sqrt(s_hat) + epsilon)."),
    Mistake("bias correction by beta * t",
            like(adam_with(correction="beta * t")),
            "your correction divides by 1 - beta1 * t: it is a power, v_hat "
            "= v / (1 - beta1**t) and s_hat = s / (1 - beta2**t)."),
    Mistake("bracket missing in the correction",
            like(adam_with(correction="v / 1 - beta**t")),
            "your correction computes v / 1 - beta1**t, which subtracts "
            "beta1**t from v (division comes first): bracket the divisor, "
            "v_hat = v / (1 - beta1**t) and s_hat = s / (1 - beta2**t)."),
    Mistake("step with the old v and s", like(adam_with(step_with="old")),
            "your step uses the v and s passed in, from the step before: "
            "update them first, then correct the new ones and step with "
            "them, W = W - learning_rate * v_hat / (np.sqrt(s_hat) + "
            "epsilon)."),
    Mistake("learning rate forgotten", like(adam_with(rate=False)),
            "your step leaves out the learning rate: multiply by it, W = "
            "W - learning_rate * v_hat / (np.sqrt(s_hat) + epsilon)."),
    _copied_line(adam_with(),
                 "v['db1'] = beta1 * v['db1'] + (1 - beta1) * "
                 "grads['db1']"),
    _not_updated(_LOOP),
    _not_stored("v['dW1'] = beta1 * v['dW1'] + (1 - beta1) * dW1 and "
                "s['dW1'] = beta2 * s['dW1'] + (1 - beta2) * dW1**2"),
    DTYPE_MISTAKE,
    *GLOBAL_RANDOM_STATE_MISTAKES,
)


MINI_BATCH_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("shuffled in place", changed_inputs,
            "your function shuffles {changed} itself, the caller's arrays "
            "(rng.shuffle works in place): take a permutation instead, "
            "permutation = rng.permutation(m), then X[:, permutation] and "
            "Y[:, permutation]."),
    Mistake("pairs in the wrong order", repaired_by(_pairs_swapped),
            "your mini-batches are (Y_batch, X_batch) pairs: put X first, "
            "mini_batches.append((X_batch, Y_batch)), which is how the "
            "caller unpacks them, for X_batch, Y_batch in mini_batches."),
    Mistake("batches transposed", repaired_by(_pairs_transposed),
            "your X_batch is (k, n_x), one example per row: keep the "
            "examples in columns, X_batch = X[:, start:end] of shape (n_x, "
            "k), and Y_batch (n_y, k)."),
    Mistake("two lists, not pairs", repaired_by(_two_lists),
            "you return two lists, the X_batches and the Y_batches: return "
            "one list of pairs, mini_batches.append((X_batch, Y_batch)), "
            "or list(zip(X_batches, Y_batches))."),
    Mistake("np.array_split's sizes", balanced_sizes,
            "your mini-batches have np.array_split's sizes, as equal as "
            "can be (10 examples in 3 give 4, 3, 3): the course's are full "
            "mini-batches of mini_batch_size, then one with the rest, "
            "X[:, k:k + mini_batch_size] for k in range(0, m, "
            "mini_batch_size)."),
    Mistake("last mini-batch twice", last_batch_twice,
            "your last, smaller mini-batch comes twice: "
            "range(0, m, mini_batch_size) already takes the rest, X[:, k:k "
            "+ mini_batch_size] stops at m; either loop that way, or over "
            "the m // mini_batch_size full ones and add the rest once."),
    Mistake("features shuffled", features_shuffled,
            "your permutation reorders the rows of X, its n_x features, "
            "not its columns (rng.permutation(X), rng.shuffle(X) and "
            "X[permutation] all work on the first axis): shuffle the m "
            "examples, permutation "
            "= rng.permutation(m) with m = X.shape[1], then X[:, "
            "permutation] and Y[:, permutation]."),
    Mistake("last mini-batch X[:, -0:]", whole_last_batch,
            "when m is a multiple of mini_batch_size your last mini-batch "
            "holds all m examples: X[:, -(m % mini_batch_size):] is X[:, "
            "-0:], the whole array, when the remainder is 0: add the last "
            "one only if m % mini_batch_size != 0."),
    Mistake("Y's rows permuted", y_rows_indexed,
            "your Y[permutation] picks rows of Y, which has n_y = 1 row, "
            "so NumPy raises IndexError: shuffle Y's columns, the "
            "examples, with the same permutation as X's, Y[:, "
            "permutation]."),
    Mistake("rows taken as examples", rows_for_examples,
            "your code takes the rows of X as the examples (the X.T layout "
            "of scikit-learn): here X is (n_x, m), one example per column, "
            "so m = X.shape[1], X[:, permutation] and X[:, start:end]."),
    Mistake("remainder dropped", remainder_dropped,
            "your mini-batches leave out the last m % mini_batch_size "
            "examples: when that is not 0, add one last, smaller "
            "mini-batch with the rest of the columns."),
    Mistake("slice one short", slice_one_short,
            "your full mini-batches hold mini_batch_size - 1 examples: "
            "the end of a slice is already left out, so X[:, k:k + "
            "mini_batch_size] holds mini_batch_size columns, k to k + "
            "mini_batch_size - 1."),
    Mistake("empty last mini-batch", empty_last_batch,
            "your last mini-batch is empty when m is a multiple of "
            "mini_batch_size: add the smaller last one only if m % "
            "mini_batch_size != 0."),
    Mistake("X and Y shuffled separately", shuffled_separately,
            "X and Y are not shuffled with one and the same permutation "
            "(two permutations, or only one of them shuffled), so the "
            "examples lose their labels: draw one, permutation = "
            "rng.permutation(m), and use it for both, X[:, permutation] "
            "and Y[:, permutation]."),
    Mistake("no shuffle", _fails(shuffled_line),
            "your mini-batches keep the examples in X's order whatever the "
            "seed: shuffle the columns first, permutation = "
            "np.random.default_rng(seed).permutation(m)."),
    Mistake("seed ignored", _fails(reproducible_line),
            "two calls with the same seed give different mini-batches: "
            "make the generator from the seed, rng = "
            "np.random.default_rng(seed), so that a run can be repeated."),
    DTYPE_MISTAKE,
    Mistake("NumPy's global seed", global_seed,
            "your function calls np.random.seed, which resets NumPy's "
            "global seed for the whole program (the Deep Learning "
            "Specialization's recipe): use your own generator, permutation "
            "= np.random.default_rng(seed).permutation(m)."),
    Mistake("NumPy's global generator", global_generator,
            "np.random.permutation (or np.random.shuffle) draws from "
            "NumPy's global generator and moves it: use your own, "
            "permutation = np.random.default_rng(seed).permutation(m)."),
)


def _optimizer_spec(func, arg_names, step, cases, mistakes):
    states = tuple(name for name in arg_names if name in ("v", "s"))
    names = ", ".join(("parameters", *states))
    return Spec(
        func=func, arg_names=arg_names,
        symbols="(n_x, n_h, n_y)", make_cases=cases, reference=step,
        unpack=unpack_step(*states),
        returns=f"returns ({names}): dicts with keys W1, b1, W2, b2 and "
                f"dW1, db1, dW2, db2",
        shapes=_state_shapes(*states),
        lines=(returns_line, shapes_line, values_line, dtype_line,
               *COMMON_LINES),
        mistakes=mistakes,
    )


MOMENTUM = _optimizer_spec(
    "update_parameters_with_momentum",
    ("parameters", "grads", "v", "beta", "learning_rate"),
    update_parameters_with_momentum,
    lambda: optimizer_cases(
        update_parameters_with_momentum, initialize_velocity,
        (((3, 4, 1), 3, (0.9, 0.1), None), ((2, 3, 2), 2, (0.8, 0.05), None)),
    ),
    MOMENTUM_MISTAKES,
)


RMSPROP = _optimizer_spec(
    "update_parameters_with_rmsprop",
    ("parameters", "grads", "s", "beta", "learning_rate", "epsilon"),
    update_parameters_with_rmsprop,
    lambda: optimizer_cases(
        update_parameters_with_rmsprop, initialize_rmsprop,
        (((3, 4, 1), 3, (0.9, 0.01, 1e-8), None),
         ((2, 3, 2), 2, (0.99, 0.001), "b2")),  # the default epsilon
    ),
    RMSPROP_MISTAKES,
)


ADAM = _optimizer_spec(
    "update_parameters_with_adam",
    ("parameters", "grads", "v", "s", "t", "learning_rate", "beta1",
     "beta2", "epsilon"),
    update_parameters_with_adam,
    lambda: optimizer_cases(
        update_parameters_with_adam, initialize_adam,
        (((3, 4, 1), 3, (0.02, 0.8, 0.99, 1e-8), None),
         ((2, 3, 2), 3, (), "b2")),  # the defaults
        with_t=True,
    ),
    ADAM_MISTAKES,
)


MINI_BATCHES = Spec(
    func="random_mini_batches",
    arg_names=("X", "Y", "mini_batch_size", "seed"),
    symbols="(n_x, m, mini_batch_size)", make_cases=mini_batch_cases,
    reference=random_mini_batches, unpack=unpack_mini_batches,
    returns="returns a list of (X_batch, Y_batch) pairs", shapes={},
    lines=(returns_line, batch_sizes_line, partition_line, aligned_line,
           shuffled_line, reproducible_line, batch_dtype_line,
           *COMMON_LINES),
    mistakes=MINI_BATCH_MISTAKES, bonus=course_order_bonus,
)
