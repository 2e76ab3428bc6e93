"""The self-checks of Lesson 8: mini-batches and the optimizers.

Specs and catalogues in the form of ``_selfcheck_specs`` and
``_selfcheck_mistakes``. An optimizer is checked on several steps in a
row (t = 1, 2, 3), each one starting from the state the course's own
previous step returned, so that mistakes in the moving averages and in
Adam's bias correction show, and on which step. Any shuffle is a right
shuffle, so ``random_mini_batches`` is checked on properties instead of
values: the batches partition the columns, X and Y stay aligned, the
sizes, a shuffle that depends on the seed.
"""

# --8<-- [start:imports]
from dataclasses import dataclass

import numpy as np

from snippets._selfcheck_mistakes import (
    GLOBAL_RANDOM_STATE_MISTAKES,
    GRAD_KEYS,
    PARAMETER_KEYS,
    SIGNATURE_MISTAKE,
    global_generator,
    global_seed,
    missing_key,
)
from snippets._selfcheck_report import (
    Case,
    Line,
    Mistake,
    Spec,
    describe,
    dtype_line,
    inputs_line,
    join,
    like,
    random_state_line,
    returns_line,
    shapes_line,
    unpack_dict,
    values_line,
    warnings_line,
)
from snippets.minibatches import random_mini_batches
from snippets.optimizers import (
    initialize_adam,
    initialize_rmsprop,
    initialize_velocity,
    update_parameters_with_adam,
    update_parameters_with_momentum,
    update_parameters_with_rmsprop,
)

# --8<-- [end:imports]

# (n_x, m, mini_batch_size, seed): a remainder, none (m a multiple of the
# size), one batch (size > m), one example per batch (n_x = 1)
MINI_BATCH_SIZES = ((3, 10, 4, 1), (2, 8, 4, 2), (4, 5, 8, 3), (1, 3, 1, 4))
COMMON_LINES = (inputs_line, random_state_line, warnings_line)


@dataclass(frozen=True)
class StepCase(Case):
    """A case that is one step of a run; its name says which step."""

    step: str = ""  # "step 2" or "t = 2"

    @property
    def name(self):
        """``"(3, 4, 1) float32 at t = 2"``."""
        return f"{super().name} at {self.step}"


def _label(*sizes):
    return f"({', '.join(map(str, sizes))})"


def _network(rng, n_x, n_h, n_y):
    return {
        "W1": rng.normal(size=(n_h, n_x)),
        "b1": rng.normal(size=(n_h, 1)),
        "W2": rng.normal(size=(n_y, n_h)),
        "b2": rng.normal(size=(n_y, 1)),
    }


def _as_float32(args):
    """The arguments with every float64 array (also in dicts) float32."""
    def cast(value):
        if isinstance(value, dict):
            return {key: cast(item) for key, item in value.items()}
        if isinstance(value, np.ndarray) and value.dtype == np.float64:
            return value.astype(np.float32)
        return value
    return tuple(cast(arg) for arg in args)


# --8<-- [start:optimizer_cases]
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
        parameters = _network(rng, *sizes)
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
            cases.append(StepCase(_label(*sizes), args,
                                  step=f"t = {t}" if with_t else
                                  f"step {t}"))
            parameters, *state = step(*args)
    second = cases[1]
    return cases + [StepCase(second.label, _as_float32(second.args),
                             "float32", step=second.step)]
# --8<-- [end:optimizer_cases]


# --8<-- [start:unpack_step]
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
# --8<-- [end:unpack_step]


def _state_shapes(*states):
    """Output name -> shape in symbols, for the parameters and states."""
    shapes = {"W1": "(n_h, n_x)", "b1": "(n_h, 1)", "W2": "(n_y, n_h)",
              "b2": "(n_y, 1)"}
    for name in states:
        shapes.update({f"{name}['d{key}']": shape
                       for key, shape in list(shapes.items())[:4]})
    return shapes


# Mutants: the course's optimizer steps with one mistake, by keyword.

_DENOMINATORS = {
    "sqrt(s) + epsilon": lambda s, epsilon: np.sqrt(s) + epsilon,
    "sqrt(s + epsilon)": lambda s, epsilon: np.sqrt(s + epsilon),
    "s + epsilon": lambda s, epsilon: s + epsilon,
}


# --8<-- [start:momentum_with]
def momentum_with(*, average="right", step_with="v", sign=-1):
    """A momentum step ``fn(parameters, grads, v, beta, alpha)``, wrong.

    ``average`` is "right", "sum" (v = beta v + dW) or "swapped"
    (v = (1 - beta) v + beta dW).
    """
    def update(parameters, grads, v, beta, learning_rate):
        keep, add = {"right": (beta, 1 - beta), "sum": (beta, 1),
                     "swapped": (1 - beta, beta)}[average]
        new_parameters, new_v = {}, {}
        for key, W in parameters.items():
            dW = grads["d" + key]
            v_dW = keep * v["d" + key] + add * dW
            direction = v_dW if step_with == "v" else dW
            new_parameters[key] = W + sign * learning_rate * direction
            new_v["d" + key] = v_dW
        return new_parameters, new_v
    return update
# --8<-- [end:momentum_with]


# --8<-- [start:rmsprop_with]
def rmsprop_with(*, average=True, denominator="sqrt(s) + epsilon"):
    """An RMSprop step with a mistake (``average=False``: AdaGrad's sum)."""
    def update(parameters, grads, s, beta, learning_rate, epsilon=1e-8):
        new_parameters, new_s = {}, {}
        for key, W in parameters.items():
            dW = grads["d" + key]
            s_dW = (beta * s["d" + key] + (1 - beta) * dW**2 if average
                    else s["d" + key] + dW**2)
            new_parameters[key] = W - learning_rate * dW / _DENOMINATORS[
                denominator](s_dW, epsilon)
            new_s["d" + key] = s_dW
        return new_parameters, new_s
    return update
# --8<-- [end:rmsprop_with]


# --8<-- [start:adam_with]
def adam_with(*, correction="t", denominator="sqrt(s) + epsilon",
              swapped="", step_with="v_hat"):
    """An Adam step with a mistake.

    ``correction`` is the power in ``1 - beta**power`` ("t", "t - 1",
    "t + 1", or "" for none); ``swapped`` is "" or where beta1 and beta2
    trade places: "averages" or "everywhere" (also in the correction).
    """
    def update(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
               beta2=0.999, epsilon=1e-8):
        b1, b2 = (beta2, beta1) if swapped else (beta1, beta2)
        c1, c2 = (b1, b2) if swapped == "everywhere" else (beta1, beta2)
        power = {"t": t, "t - 1": t - 1, "t + 1": t + 1}.get(correction)
        new_parameters, new_v, new_s = {}, {}, {}
        for key, W in parameters.items():
            dW = grads["d" + key]
            v_dW = b1 * v["d" + key] + (1 - b1) * dW
            s_dW = b2 * s["d" + key] + (1 - b2) * dW**2
            v_hat, s_hat = v_dW, s_dW
            if power is not None:
                v_hat, s_hat = v_dW / (1 - c1**power), s_dW / (1 - c2**power)
            top = v_hat if step_with == "v_hat" else dW
            new_parameters[key] = W - learning_rate * top / _DENOMINATORS[
                denominator](s_hat, epsilon)
            new_v["d" + key], new_s["d" + key] = v_dW, s_dW
        return new_parameters, new_v, new_s
    return update
# --8<-- [end:adam_with]


# --8<-- [start:like_any]
def like_any(*mutants):
    """A detector: the learner's function behaves like one of ``mutants``."""
    def detect(run):
        return any(run.matches(mutant) for mutant in mutants)
    return detect
# --8<-- [end:like_any]


# The mini-batches: what a learner's list of (X_batch, Y_batch) holds.

# --8<-- [start:mini_batch_cases]
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
        cases.append(Case(_label(n_x, m, size), (X, Y, size, seed)))
    X, Y, size, seed = cases[0].args
    return cases + [Case(cases[0].label, (X.astype(np.float32),
                                          Y.astype(np.float32), size, seed),
                         "float32")]
# --8<-- [end:mini_batch_cases]


# --8<-- [start:unpack_mini_batches]
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
# --8<-- [end:unpack_mini_batches]


def _columns(array):
    """The columns of a 2-D array as bytes of float64, for lookups."""
    columns = np.ascontiguousarray(np.asarray(array, dtype=np.float64).T)
    return [column.tobytes() for column in columns]


# --8<-- [start:batch_contents]
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
# --8<-- [end:batch_contents]


# --8<-- [start:order_of]
def order_of(case, got):
    """The columns of X, in the order the batches hold them, or None."""
    contents = batch_contents(case, got)
    return None if contents is None else [x for x, _ in contents]
# --8<-- [end:order_of]


def _with_seed(run, case, seed):
    """The order of the learner's batches on ``case`` with ``seed``."""
    X, Y, size, _ = case.args
    other = Case(case.label, (X, Y, size, seed), case.note)
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


# --8<-- [start:batch_sizes_line]
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
# --8<-- [end:batch_sizes_line]


def _readable(run):
    """``(case, contents)`` for each regular case whose batches read."""
    found = []
    for case, _, got, _ in run.regular():
        contents = batch_contents(case, got)
        if contents is not None:
            found.append((case, contents))
    return found


# --8<-- [start:partition_line]
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
# --8<-- [end:partition_line]


# --8<-- [start:aligned_line]
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
# --8<-- [end:aligned_line]


# --8<-- [start:shuffled_line]
def shuffled_line(run):
    """Not X's own order with two different seeds: a shuffle happened."""
    text = "the examples are shuffled: not in X's order for two seeds"
    found = _readable(run)
    for case, contents in found:
        X, Y, size, seed = case.args
        unshuffled = list(range(X.shape[1]))
        if X.shape[1] > 1 and [x for x, _ in contents] == unshuffled and \
                _with_seed(run, case, seed + 1) == unshuffled:
            return Line("fail", text, (
                f"case {case.name}: the mini-batches keep X's order with "
                f"seed {seed} and with seed {seed + 1}",
            ))
    if not found:
        return Line("skip", f"{text}: not checked, no mini-batches to read")
    return Line("ok", text)
# --8<-- [end:shuffled_line]


# --8<-- [start:reproducible_line]
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
# --8<-- [end:reproducible_line]


# --8<-- [start:batch_dtype_line]
def batch_dtype_line(run):
    """X_batch and Y_batch keep the dtypes of X and Y."""
    notes = dict.fromkeys(case.note or "float64" for case in run.cases)
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
# --8<-- [end:batch_dtype_line]


# --8<-- [start:course_order_bonus]
def course_order_bonus(run):
    """A note if the batches equal the course's, example for example."""
    if not all(same_batches(got, expected)
               for _, _, got, expected in run.regular()):
        return None
    return Line("note", "bonus: the same mini-batches as the course's "
                        "random_mini_batches, which shuffles with "
                        "np.random.default_rng(seed).permutation(m)")
# --8<-- [end:course_order_bonus]


# --8<-- [start:same_batches]
def same_batches(got, expected):
    """True if both lists of batches hold equal arrays, in order."""
    if not got or len(got["batches"]) != len(expected["batches"]):
        return False
    return all(
        np.array_equal(mine, theirs)
        for pair, their_pair in zip(got["batches"], expected["batches"])
        for mine, theirs in zip(pair, their_pair)
    )
# --8<-- [end:same_batches]


# Symptoms of the mini-batch mistakes.

# --8<-- [start:rows_for_examples]
def rows_for_examples(run):
    """The rows of X were taken as the examples (the X.T layout).

    Its symptoms: an IndexError, a batch with all m columns, or batches
    that hold n_x examples in all.
    """
    totals = []
    for case, call, got in zip(run.cases, run.calls, run.got):
        if isinstance(call.error, IndexError):
            return True
        (n_x, m), size = case.args[0].shape, case.args[2]
        if not got:
            continue
        sizes = _sizes(got)
        if size < m and m in sizes:
            return True
        if n_x != m:
            totals.append(None not in sizes and sum(sizes) == n_x)
    return bool(totals) and all(totals)
# --8<-- [end:rows_for_examples]


# --8<-- [start:remainder_dropped]
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
# --8<-- [end:remainder_dropped]


# --8<-- [start:empty_last_batch]
def empty_last_batch(run):
    """A mini-batch with no example (m a multiple of the size)."""
    return any(got and 0 in _sizes(got) for got in run.got)
# --8<-- [end:empty_last_batch]


# --8<-- [start:shuffled_separately]
def shuffled_separately(run):
    """Every X column and every Y column is there, but not together."""
    for case, contents in _readable(run):
        m = case.args[0].shape[1]
        xs, ys = zip(*contents) if contents else ((), ())
        if sorted(xs) == sorted(ys) == list(range(m)) and xs != ys:
            return True
    return False
# --8<-- [end:shuffled_separately]


# --8<-- [start:changed_inputs]
def changed_inputs(run):
    """The function modifies the arrays or dicts it was given."""
    for call in run.calls:
        if call.changed_inputs:
            # "v['dW1']" -> "v"
            return {"changed": join(dict.fromkeys(
                path.split("[")[0] for path in call.changed_inputs))}
    return None
# --8<-- [end:changed_inputs]


def _fails(line):
    """A detector: ``line`` fails on the learner's function."""
    def detect(run):
        return line(run).status == "fail"
    return detect


# The catalogues, most specific first. A hint is one sentence in the
# course's symbols; {fields} come from the detector's dict.

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


# --8<-- [start:momentum_mistakes]
MOMENTUM_MISTAKES = (
    SIGNATURE_MISTAKE,
    _in_place("v",
              "new_v['dW1'] = beta * v['dW1'] + (1 - beta) * grads['dW1']"),
    _unknown_key("grads and v"),
    Mistake("v not averaged", like(momentum_with(average="sum")),
            "your v adds the whole gradient, v = beta * v + dW, so it grows "
            "to 1 / (1 - beta) times the gradient: average it, v = beta * "
            "v + (1 - beta) * dW."),
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
    *GLOBAL_RANDOM_STATE_MISTAKES,
)
# --8<-- [end:momentum_mistakes]

# --8<-- [start:rmsprop_mistakes]
RMSPROP_MISTAKES = (
    SIGNATURE_MISTAKE,
    _in_place("s",
              "new_s['dW1'] = beta * s['dW1'] + (1 - beta) * "
              "grads['dW1']**2"),
    _unknown_key("grads and s"),
    Mistake("sqrt forgotten",
            like(rmsprop_with(denominator="s + epsilon")),
            "your step divides by s itself: divide by its square root, "
            "W = W - learning_rate * dW / (np.sqrt(s) + epsilon)."),
    Mistake("epsilon inside the sqrt",
            like(rmsprop_with(denominator="sqrt(s + epsilon)")),
            "your epsilon is inside the square root, np.sqrt(s + epsilon), "
            "which changes the step wherever s is tiny: add it after the "
            "root, np.sqrt(s) + epsilon."),
    Mistake("s not averaged (AdaGrad)", like(rmsprop_with(average=False)),
            "your s adds up every squared gradient, s = s + dW**2, which is "
            "AdaGrad (its steps shrink for ever): RMSprop averages them, "
            "s = beta * s + (1 - beta) * dW**2."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)
# --8<-- [end:rmsprop_mistakes]

# --8<-- [start:adam_mistakes]
ADAM_MISTAKES = (
    SIGNATURE_MISTAKE,
    _in_place("v",
              "new_v['dW1'] = beta1 * v['dW1'] + (1 - beta1) * grads['dW1']"),
    _unknown_key("grads, v and s"),
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
    Mistake("step with dW", like(adam_with(step_with="dW")),
            "your v and s are right but the step uses dW: step along the "
            "corrected average, W = W - learning_rate * v_hat / "
            "(np.sqrt(s_hat) + epsilon)."),
    *GLOBAL_RANDOM_STATE_MISTAKES,
)
# --8<-- [end:adam_mistakes]

# --8<-- [start:mini_batch_mistakes]
MINI_BATCH_MISTAKES = (
    SIGNATURE_MISTAKE,
    Mistake("shuffled in place", changed_inputs,
            "your function shuffles {changed} itself, the caller's arrays "
            "(rng.shuffle works in place): take a permutation instead, "
            "permutation = rng.permutation(m), then X[:, permutation] and "
            "Y[:, permutation]."),
    Mistake("rows taken as examples", rows_for_examples,
            "your code takes the rows of X as the examples (the X.T layout "
            "of scikit-learn): here X is (n_x, m), one example per column, "
            "so m = X.shape[1], X[:, permutation] and X[:, start:end]."),
    Mistake("remainder dropped", remainder_dropped,
            "your mini-batches leave out the last m % mini_batch_size "
            "examples: when that is not 0, add one last, smaller "
            "mini-batch with the rest of the columns."),
    Mistake("empty last mini-batch", empty_last_batch,
            "your last mini-batch is empty when m is a multiple of "
            "mini_batch_size: add the smaller last one only if m % "
            "mini_batch_size != 0."),
    Mistake("X and Y shuffled separately", shuffled_separately,
            "X and Y are shuffled with two different permutations, so the "
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
# --8<-- [end:mini_batch_mistakes]


# The specs.

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
