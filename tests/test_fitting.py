"""Tests of snippets.fitting (fit_nn, run_epoch) and the validation split.

The validation set that early stopping watches comes from
``load_titanic(validation_size=...)``, so its tests live here too: the
split, and that nothing about validation or test passengers reaches the
filling or the scaling.
"""

import copy
import math
import re

import numpy as np
import pytest

import snippets.data as data_module
from snippets.data import load_digits, load_titanic
from snippets.deep import (
    backward_propagation_deep,
    forward_propagation_deep,
    initialize_parameters_deep,
)
from snippets.fitting import MOMENTUM_BETA, RMSPROP_BETA, fit_nn, run_epoch
from snippets.forward import forward_propagation_nn
from snippets.initialization import initialize_parameters_nn
from snippets.learning import (
    backward_propagation_nn,
    compute_cost,
    update_parameters_nn,
)
from snippets.logistic_regression import (
    accuracy,
    predict_logistic_regression,
    train_logistic_regression,
)
from snippets.minibatches import random_mini_batches
from snippets.multiclass import (
    backward_propagation_softmax,
    compute_cost_softmax,
    forward_propagation_softmax,
    one_hot,
    predict_softmax,
)
from snippets.optimizers import (
    initialize_adam,
    update_parameters_with_adam,
    update_parameters_with_momentum,
    update_parameters_with_rmsprop,
)
from snippets.training import predict_nn

M = 1309
OPTIMIZERS = ["gd", "momentum", "rmsprop", "adam"]
RATES = {"gd": 0.5, "momentum": 0.5, "rmsprop": 0.01, "adam": 0.01}


def raises(error, message):
    """pytest.raises for exactly this message."""
    return pytest.raises(error, match=f"^{re.escape(message)}$")


@pytest.fixture(scope="module")
def titanic():
    """The Lesson 8 split, examples in columns and labels in a row."""
    data = load_titanic(validation_size=0.2)
    return {
        "X": data.X_train.T, "Y": data.y_train.reshape(1, -1),
        "X_val": data.X_val.T, "Y_val": data.y_val.reshape(1, -1),
        "X_test": data.X_test.T, "Y_test": data.y_test.reshape(1, -1),
    }


def fit(titanic, **options):
    """fit_nn on the Titanic training and validation sets."""
    return fit_nn(titanic["X"], titanic["Y"], options.pop("n_h", 8),
                  X_val=titanic["X_val"], Y_val=titanic["Y_val"],
                  **options)


def val_cost(parameters, X_val, Y_val):
    """The validation cost of some parameters, computed afresh."""
    A2, _ = forward_propagation_nn(X_val, parameters)
    return compute_cost(A2, Y_val)


# --- load_titanic's validation split ---------------------------------------

def test_no_validation_set_by_default():
    """The default call has empty validation arrays of the right shape."""
    data = load_titanic()
    assert data.X_val.shape == (0, 8) and data.X_val.dtype == np.float64
    assert data.y_val.shape == (0,) and data.y_val.dtype == np.int64
    assert data.val_index.shape == (0,)
    assert np.issubdtype(data.val_index.dtype, np.integer)
    assert data.X_train.shape == (1047, 8)


@pytest.mark.parametrize("seed", [42, 0, 7])
def test_validation_is_carved_from_the_training_rows(seed):
    """The test rows do not move; validation comes out of training."""
    default = load_titanic(seed=seed)
    data = load_titanic(validation_size=0.2, seed=seed)
    assert np.array_equal(data.test_index, default.test_index)
    assert np.array_equal(data.X_test[:, 0] * data.std[0] + data.mean[0],
                          default.X_test[:, 0] * default.std[0]
                          + default.mean[0])
    parts = [data.train_index, data.val_index, data.test_index]
    assert np.array_equal(np.sort(np.concatenate(parts)), np.arange(M))
    assert set(data.val_index) <= set(default.train_index)


def test_default_shapes_with_a_validation_set():
    """test_size = validation_size = 0.2: 785 / 262 / 262 passengers."""
    data = load_titanic(validation_size=0.2)
    assert data.X_train.shape == (785, 8) and data.y_train.shape == (785,)
    assert data.X_val.shape == (262, 8) and data.y_val.shape == (262,)
    assert data.X_test.shape == (262, 8) and data.y_test.shape == (262,)
    assert data.X_val.dtype == np.float64 and data.y_val.dtype == np.int64


@pytest.mark.parametrize("test_size, validation_size", [
    (0.2, 0.1), (0.2, 0.2), (0.2, 0.3), (0.1, 0.5), (0.3, 0.15)])
def test_validation_size_is_a_fraction_of_all_passengers(test_size,
                                                         validation_size):
    """m_val is validation_size * 1309, up to the per-class rounding."""
    data = load_titanic(test_size=test_size,
                        validation_size=validation_size)
    assert abs(data.y_val.size - validation_size * M) <= 1


@pytest.mark.parametrize("seed", [0, 42, 11])
def test_validation_split_is_stratified(seed):
    """All three parts keep the survival rate within 1 point."""
    data = load_titanic(validation_size=0.2, seed=seed)
    for y in (data.y_train, data.y_val, data.y_test):
        assert abs(y.mean() - 500 / M) < 0.01


def test_labels_follow_their_rows():
    """y_val holds the survived column of the validation rows."""
    raw = data_module._read_titanic_csv()
    survived = np.array(raw["survived"], dtype=np.int64)
    data = load_titanic(validation_size=0.25, seed=3)
    assert np.array_equal(data.y_val, survived[data.val_index])
    assert np.array_equal(data.y_train, survived[data.train_index])


def test_same_seed_same_validation_set():
    """The validation split is deterministic and follows the seed."""
    first = load_titanic(validation_size=0.2, seed=5)
    second = load_titanic(validation_size=0.2, seed=5)
    other = load_titanic(validation_size=0.2, seed=6)
    assert np.array_equal(first.val_index, second.val_index)
    assert np.array_equal(first.X_val, second.X_val)
    assert set(first.val_index) != set(other.val_index)


def test_validation_split_leaves_global_random_state_alone():
    """No global random state is read or changed."""
    np.random.seed(123)
    before = np.random.get_state()[1].copy()
    first = load_titanic(validation_size=0.2)
    assert np.array_equal(np.random.get_state()[1], before)
    np.random.seed(7)
    assert np.array_equal(load_titanic(validation_size=0.2).val_index,
                          first.val_index)


def test_statistics_come_from_the_training_rows_only(monkeypatch):
    """Rewriting every validation and test passenger changes no statistic.

    The labels stay, so the split stays; every feature of the held-out
    passengers is replaced by extreme values (or marked missing). The
    training arrays, means, stds and fill values must not move.
    """
    raw = data_module._read_titanic_csv()
    data = load_titanic(validation_size=0.2)
    held_out = np.concatenate([data.val_index, data.test_index])
    changed = copy.deepcopy(raw)
    for i in held_out:
        changed["age"][i] = "?" if i % 2 else "80"
        changed["fare"][i] = "512.3292"
        changed["embarked"][i] = "?" if i % 3 == 0 else "Q"
        changed["pclass"][i] = "1"
        changed["sex"][i] = "female"
        changed["sibsp"][i] = "8"
        changed["parch"][i] = "9"
    monkeypatch.setattr(data_module, "_read_titanic_csv", lambda: changed)
    leaked = load_titanic(validation_size=0.2)
    for name in ("train_index", "val_index", "test_index", "X_train",
                 "mean", "std"):
        assert np.array_equal(getattr(leaked, name), getattr(data, name))
    assert leaked.fill_values == data.fill_values
    # the patch did reach the held-out rows
    assert not np.array_equal(leaked.X_val, data.X_val)
    assert not np.array_equal(leaked.X_test, data.X_test)


def test_validation_rows_are_scaled_with_training_statistics():
    """X_val * std + mean gives back the raw features; train is 0/1."""
    raw = data_module._read_titanic_csv()
    data = load_titanic(validation_size=0.2)
    pclass = np.array(raw["pclass"], dtype=np.float64)
    np.testing.assert_allclose(data.X_val[:, 0] * data.std[0]
                               + data.mean[0],
                               pclass[data.val_index], atol=1e-12)
    np.testing.assert_allclose(data.mean[0],
                               pclass[data.train_index].mean(), rtol=1e-14)
    np.testing.assert_allclose(data.X_train.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(data.X_train.std(axis=0), 1, rtol=1e-12)
    assert np.abs(data.X_val.mean(axis=0)).max() > 1e-3


def test_numpy_and_integer_validation_sizes():
    """np.float64(0.2) works like 0.2, and the int 0 like 0.0."""
    data = load_titanic(validation_size=np.float64(0.2))
    assert np.array_equal(data.val_index,
                          load_titanic(validation_size=0.2).val_index)
    assert np.array_equal(load_titanic(validation_size=0).X_train,
                          load_titanic().X_train)


@pytest.mark.parametrize("validation_size", ["0.2", None, True, [0.2]])
def test_validation_size_of_wrong_type(validation_size):
    """A validation_size that is not a real number is a TypeError."""
    with raises(TypeError, (
            f"load_titanic: validation_size must be a float between 0 and "
            f"1 (the fraction of all passengers held out for validation), "
            f"but got {validation_size!r} of type "
            f"{type(validation_size).__name__}. Hint: pass a number such "
            f"as validation_size=0.2.")):
        load_titanic(validation_size=validation_size)


@pytest.mark.parametrize("validation_size", [-0.1, 1, 1.5, float("nan")])
def test_validation_size_out_of_range(validation_size):
    """A validation_size outside [0, 1) is a ValueError."""
    with raises(ValueError, (
            f"load_titanic: validation_size must be at least 0 and below 1 "
            f"(the fraction of all passengers held out for validation; 0 "
            f"means none), but got {validation_size!r}. Hint: "
            f"validation_size=0.2 holds out one passenger in five.")):
        load_titanic(validation_size=validation_size)


@pytest.mark.parametrize("test_size, validation_size", [
    (0.5, 0.5), (0.2, 0.8), (0.9, 0.1), (0.6, 0.7)])
def test_sizes_that_leave_no_training_set(test_size, validation_size):
    """test_size + validation_size must stay below 1."""
    with raises(ValueError, (
            f"load_titanic: test_size + validation_size must be below 1 "
            f"(both are fractions of all passengers; the rest is for "
            f"training), but got {test_size!r} + {validation_size!r}. "
            f"Hint: test_size=0.2, validation_size=0.2 train on 60%.")):
        load_titanic(test_size=test_size, validation_size=validation_size)


@pytest.mark.parametrize("validation_size, side", [
    (0.0001, "validation"), (0.7999, "training")])
def test_validation_size_that_empties_a_class(validation_size, side):
    """A validation split leaving a class out of a part is refused."""
    with raises(ValueError, (
            f"load_titanic: validation_size={validation_size!r} leaves no "
            f"passenger with label 0 in the {side} set (there are 647 "
            f"outside the test set). Hint: use a fraction such as 0.2.")):
        load_titanic(validation_size=validation_size)


# --- fit_nn: what it returns ------------------------------------------------

def test_history_records_every_epoch(titanic):
    """Two lists of floats of one length, and the argmin of val_cost."""
    _, history = fit(titanic, num_epochs=30, patience=5)
    assert set(history) == {"train_cost", "val_cost", "best_epoch"}
    n = len(history["val_cost"])
    assert 1 <= n <= 30 and len(history["train_cost"]) == n
    assert all(type(c) is float for c in history["train_cost"]
               + history["val_cost"])
    assert type(history["best_epoch"]) is int
    assert history["best_epoch"] == int(np.argmin(history["val_cost"]))


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_early_stopping_returns_the_best_epochs_parameters(titanic,
                                                           optimizer):
    """The returned parameters have exactly the lowest val_cost.

    Training ran `patience` epochs past the best one and then stopped.
    """
    parameters, history = fit(titanic, optimizer=optimizer,
                              learning_rate=RATES[optimizer],
                              num_epochs=200, patience=10)
    best = history["best_epoch"]
    assert len(history["val_cost"]) == best + 11 < 200
    assert min(history["val_cost"][best + 1:]) >= history["val_cost"][best]
    assert val_cost(parameters, titanic["X_val"], titanic["Y_val"]) == (
        min(history["val_cost"]))
    A2, _ = forward_propagation_nn(titanic["X"], parameters)
    assert compute_cost(A2, titanic["Y"]) == history["train_cost"][best]
    # the last epoch's parameters were worse: these are not them
    assert history["val_cost"][-1] > history["val_cost"][best]


def test_large_patience_runs_every_epoch(titanic):
    """With patience >= num_epochs training never stops early."""
    _, history = fit(titanic, num_epochs=12, patience=12)
    assert len(history["val_cost"]) == 12


def test_patience_one_stops_at_the_first_rise():
    """patience=1 stops right after the first epoch without progress."""
    rng = np.random.default_rng(0)
    X = rng.standard_normal((2, 40))
    Y = (X[:1] + 0.5 * rng.standard_normal((1, 40)) > 0).astype(int)
    X_val = rng.standard_normal((2, 10))
    Y_val = (rng.random((1, 10)) > 0.5).astype(int)    # noise: overfits
    _, history = fit_nn(X, Y, 3, X_val=X_val, Y_val=Y_val,
                        learning_rate=0.05, num_epochs=500, patience=1,
                        mini_batch_size=8)
    costs = history["val_cost"]
    assert len(costs) < 500
    assert costs[-1] >= costs[-2]
    assert all(b < a for a, b in zip(costs[:-2], costs[1:-1]))


def manual_fit(X, Y, X_val, Y_val, optimizer, learning_rate, epochs,
               *, n_h=8, size=64, seed=0):
    """fit_nn's loop written out with the public pieces, no stopping."""
    parameters = initialize_parameters_nn(X.shape[0], n_h, 1, seed=seed)
    v, s = initialize_adam(parameters)
    t = 0
    snapshots, train, val = [], [], []
    for epoch in range(epochs):
        for X_batch, Y_batch in random_mini_batches(X, Y, size,
                                                    seed=seed + epoch):
            A2, cache = forward_propagation_nn(X_batch, parameters)
            grads = backward_propagation_nn(parameters, cache, X_batch,
                                            Y_batch)
            t += 1
            if optimizer == "gd":
                parameters = update_parameters_nn(parameters, grads,
                                                  learning_rate)
            elif optimizer == "momentum":
                parameters, v = update_parameters_with_momentum(
                    parameters, grads, v, 0.9, learning_rate)
            elif optimizer == "rmsprop":
                parameters, s = update_parameters_with_rmsprop(
                    parameters, grads, s, 0.999, learning_rate)
            else:
                parameters, v, s = update_parameters_with_adam(
                    parameters, grads, v, s, t, learning_rate)
        snapshots.append(parameters)
        train.append(compute_cost(forward_propagation_nn(X, parameters)[0],
                                  Y))
        val.append(val_cost(parameters, X_val, Y_val))
    return snapshots, train, val


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_matches_the_loop_written_out(titanic, optimizer):
    """Initial weights of seed, shuffles of seed + epoch, betas 0.9/0.999.

    The costs of every epoch and the returned (best) parameters equal
    those of the training loop written out by hand.
    """
    lr = RATES[optimizer]
    parameters, history = fit(titanic, optimizer=optimizer,
                              learning_rate=lr, num_epochs=6, patience=6,
                              seed=3)
    snapshots, train, val = manual_fit(
        titanic["X"], titanic["Y"], titanic["X_val"], titanic["Y_val"],
        optimizer, lr, 6, seed=3)
    assert history["train_cost"] == train
    assert history["val_cost"] == val
    best = snapshots[history["best_epoch"]]
    for key in best:
        assert np.array_equal(parameters[key], best[key])


def test_documented_betas():
    """Momentum averages with 0.9, RMSprop with 0.999."""
    assert (MOMENTUM_BETA, RMSPROP_BETA) == (0.9, 0.999)


def test_same_seed_same_result_and_global_state_untouched(titanic):
    """Deterministic for a seed; NumPy's global state is not used."""
    np.random.seed(1)
    before = np.random.get_state()[1].copy()
    first, history = fit(titanic, num_epochs=8, seed=4)
    assert np.array_equal(np.random.get_state()[1], before)
    np.random.seed(2)
    second, again = fit(titanic, num_epochs=8, seed=4)
    assert history == again
    for key in first:
        assert np.array_equal(first[key], second[key])
    _, other = fit(titanic, num_epochs=8, seed=5)
    assert other["train_cost"] != history["train_cost"]


def test_inputs_are_not_modified(titanic):
    """X, Y, X_val and Y_val are left as they were."""
    arrays = {name: titanic[name].copy() for name in
              ("X", "Y", "X_val", "Y_val")}
    fit(titanic, num_epochs=3)
    for name, before in arrays.items():
        assert np.array_equal(titanic[name], before)


def test_float32_training_stays_float32(titanic):
    """float32 X gives float32 parameters and float costs."""
    parameters, history = fit_nn(
        titanic["X"].astype(np.float32), titanic["Y"], 4,
        X_val=titanic["X_val"], Y_val=titanic["Y_val"], num_epochs=5)
    assert {p.dtype for p in parameters.values()} == {np.dtype("float32")}
    assert type(history["val_cost"][0]) is float


@pytest.mark.parametrize("hidden_activation", ["relu", "tanh"])
def test_every_optimizer_learns(titanic, hidden_activation):
    """Each optimizer brings the validation cost well below ln 2."""
    for optimizer in OPTIMIZERS:
        _, history = fit(titanic, optimizer=optimizer,
                         learning_rate=RATES[optimizer], num_epochs=60,
                         hidden_activation=hidden_activation)
        assert min(history["val_cost"]) < 0.52, optimizer
        assert history["val_cost"][0] < math.log(2)


def test_titanic_matches_logistic_regression(titanic):
    """The issue's bar: Adam reaches logistic regression's test accuracy.

    fit_nn (n_h = 8, Adam, lr 0.01, mini-batches of 64, up to 200 epochs,
    patience 10, seed 0) on the 785 training passengers, against Lesson
    7's logistic regression trained on all 1047 non-test passengers;
    both are scored on the same 262 test passengers. Measured: 0.840
    against 0.802; fit_nn took 35-100 ms on a shared 2-core machine.
    """
    parameters, _ = fit(titanic, optimizer="adam", learning_rate=0.01,
                        mini_batch_size=64, num_epochs=200, patience=10,
                        seed=0)
    nn = accuracy(predict_nn(parameters, titanic["X_test"]),
                  titanic["Y_test"])
    lesson7 = load_titanic()
    lr_parameters, _ = train_logistic_regression(
        lesson7.X_train.T, lesson7.y_train.reshape(1, -1))
    lr = accuracy(predict_logistic_regression(lr_parameters,
                                              lesson7.X_test.T),
                  lesson7.y_test.reshape(1, -1))
    assert nn >= lr - 0.01, (nn, lr)


# --- run_epoch ---------------------------------------------------------------

def small_problem():
    """Eight examples, a 2-3-1 network and Adam's zero state."""
    rng = np.random.default_rng(8)
    X = rng.standard_normal((2, 8))
    Y = (X[:1] > 0).astype(int)
    parameters = initialize_parameters_nn(2, 3, 1)
    v, s = initialize_adam(parameters)
    return X, Y, parameters, {"v": v, "s": s, "t": 0}


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_run_epoch_counts_steps_and_leaves_inputs(optimizer):
    """t grows by the number of batches; the inputs stay unchanged."""
    X, Y, parameters, state = small_problem()
    before = copy.deepcopy((parameters, state))
    batches = random_mini_batches(X, Y, 3)
    new, new_state = run_epoch(parameters, state, batches,
                               optimizer=optimizer, learning_rate=0.1)
    assert new_state["t"] == 3 and state["t"] == 0
    for key in parameters:
        assert np.array_equal(parameters[key], before[0][key])
        assert not np.array_equal(new[key], parameters[key])
    for name in ("v", "s"):
        for key, value in state[name].items():
            assert np.array_equal(value, before[1][name][key])


def test_run_epoch_keeps_the_state_an_optimizer_does_not_use():
    """Gradient descent passes v and s through; momentum leaves s."""
    X, Y, parameters, state = small_problem()
    batches = random_mini_batches(X, Y, 4)
    _, after_gd = run_epoch(parameters, state, batches, optimizer="gd",
                            learning_rate=0.1)
    assert after_gd["v"] is state["v"] and after_gd["s"] is state["s"]
    _, after = run_epoch(parameters, state, batches, optimizer="momentum",
                         learning_rate=0.1)
    assert after["s"] is state["s"] and after["v"] is not state["v"]


def test_run_epoch_errors():
    """Bad options and state are refused under run_epoch's name."""
    X, Y, parameters, state = small_problem()
    batches = random_mini_batches(X, Y, 4)
    with raises(ValueError, (
            "run_epoch: optimizer must be one of 'gd', 'momentum', "
            "'rmsprop', 'adam', but got 'sgd'.")):
        run_epoch(parameters, state, batches, optimizer="sgd",
                  learning_rate=0.1)
    expected = ("a dict with keys 'v' and 's' (as initialize_adam returns "
                "them) and 't', the number of steps taken so far")
    with raises(TypeError, f"run_epoch: state must be {expected}, but got "
                           f"tuple."):
        run_epoch(parameters, (state["v"], state["s"], 0), batches,
                  optimizer="adam", learning_rate=0.1)
    with raises(ValueError, (
            f"run_epoch: state is missing key(s) t; expected {expected}. "
            f"Hint: v, s = initialize_adam(parameters); state = {{'v': v, "
            f"'s': s, 't': 0}}.")):
        run_epoch(parameters, {"v": state["v"], "s": state["s"]}, batches,
                  optimizer="adam", learning_rate=0.1)
    with raises(ValueError, (
            "run_epoch: state['t'] must be the number of steps taken so "
            "far, an int >= 0 (0 at the start), but got -1.")):
        run_epoch(parameters, {**state, "t": -1}, batches,
                  optimizer="adam", learning_rate=0.1)
    with raises(ValueError, (
            "run_epoch: learning_rate must be a positive number such as "
            "0.01, but got -0.1.")):
        run_epoch(parameters, state, batches, optimizer="adam",
                  learning_rate=-0.1)


# --- fit_nn: error messages --------------------------------------------------

@pytest.fixture
def tiny():
    """Five training and three validation examples with 2 features."""
    rng = np.random.default_rng(1)
    return {"X": rng.standard_normal((2, 5)),
            "Y": np.array([[0, 1, 0, 1, 1]]),
            "X_val": rng.standard_normal((2, 3)),
            "Y_val": np.array([[1, 0, 1]])}


def call(tiny, **changes):
    """fit_nn on the tiny problem with some arguments replaced."""
    arguments = {**tiny, "n_h": 2, "num_epochs": 2, **changes}
    X, Y, n_h = arguments.pop("X"), arguments.pop("Y"), arguments.pop("n_h")
    return fit_nn(X, Y, n_h, **arguments)


def test_tiny_problem_runs(tiny):
    """The fixture itself is valid input."""
    _, history = call(tiny)
    assert len(history["val_cost"]) == 2


def test_empty_validation_set(tiny):
    """load_titanic()'s default empty X_val gets a pointer to the fix."""
    with raises(ValueError, (
            "fit_nn: X_val has no examples (shape (2, 0)), but early "
            "stopping needs a validation set to measure the cost on. "
            "Hint: load_titanic(validation_size=0.2) holds out one "
            "passenger in five.")):
        call(tiny, X_val=np.empty((2, 0)), Y_val=np.empty((1, 0)))


def test_default_titanic_split_has_no_validation_set():
    """Forgetting validation_size leads to the same message."""
    data = load_titanic()
    with pytest.raises(ValueError, match=r"^fit_nn: X_val has no examples"
                                         r" \(shape \(8, 0\)\)"):
        fit_nn(data.X_train.T, data.y_train.reshape(1, -1), 4,
               X_val=data.X_val.T, Y_val=data.y_val.reshape(1, -1))


def test_validation_inputs_in_rows(tiny):
    """X_val with examples in rows (as load_titanic gives) is spotted."""
    with raises(ValueError, (
            "fit_nn: X_val must have shape (n_x, m_val) = (2, m_val), one "
            "validation example per column like X, but got shape (3, 2). "
            "It looks transposed (examples in rows, as load_titanic "
            "returns them): pass X_val.T.")):
        call(tiny, X_val=tiny["X_val"].T)


@pytest.mark.parametrize("Y_val, hint", [
    (np.array([1, 0, 1]),
     " Labels in a 1-D array: use y_val.reshape(1, -1)."),
    (np.array([[1], [0], [1]]), " It looks transposed: pass Y_val.T."),
    (np.array([[1, 0]]), "")])
def test_validation_labels_of_the_wrong_shape(tiny, Y_val, hint):
    """Y_val must be (1, m_val), with a hint for the usual slips."""
    with raises(ValueError, (
            f"fit_nn: Y_val must have shape (1, m_val) = (1, 3), one label "
            f"per column of X_val, but got shape {Y_val.shape}.{hint}")):
        call(tiny, Y_val=Y_val)


def test_validation_labels_outside_zero_one(tiny):
    """A label of 2 is refused."""
    with raises(ValueError, (
            "fit_nn: Y_val must hold the labels 0 and 1, but got 2.0.")):
        call(tiny, Y_val=np.array([[1, 2, 0]]))


@pytest.mark.parametrize("name", ["X", "X_val"])
def test_missing_values(tiny, name):
    """NaN in X or X_val is refused before training starts."""
    X = tiny[name].copy()
    X[1, 0] = np.nan
    m = X.shape[1]
    with raises(ValueError, (
            f"fit_nn: {name} contains NaN or infinite values in 1 of {m} "
            f"examples (columns). Fill the missing values first (Lesson 4 "
            f"filled Age with the training median) or drop those "
            f"examples.")):
        call(tiny, **{name: X})


def test_training_inputs_in_rows(tiny):
    """X with examples in rows gets check_X_Y's hint, naming fit_nn."""
    with pytest.raises(ValueError, match=r"^fit_nn: X has shape .*pass "
                                         r"X\.T\.$"):
        call(tiny, X=np.ones((5, 2)))


def test_unknown_optimizer(tiny):
    """optimizer must be one of the four names."""
    with raises(ValueError, (
            "fit_nn: optimizer must be one of 'gd', 'momentum', "
            "'rmsprop', 'adam', but got 'Adam'.")):
        call(tiny, optimizer="Adam")


@pytest.mark.parametrize("name, meaning", [
    ("mini_batch_size",
     "a number of examples per mini-batch, such as 64"),
    ("num_epochs", "a number of passes over the training set"),
    ("patience", "a number of epochs without a better validation cost")])
def test_counts_must_be_positive(tiny, name, meaning):
    """mini_batch_size, num_epochs and patience are ints >= 1."""
    with raises(ValueError, (
            f"fit_nn: {name} must be a positive integer ({meaning}), but "
            f"got 0.")):
        call(tiny, **{name: 0})
    with raises(TypeError, (
            f"fit_nn: {name} must be a positive integer ({meaning}), but "
            f"got 2.0 of type float.")):
        call(tiny, **{name: 2.0})


def test_bad_seed_learning_rate_and_n_h(tiny):
    """The other options name themselves too."""
    with raises(ValueError, (
            "fit_nn: seed must be a non-negative int (it fixes the initial "
            "weights, the shuffles and the dropout masks), but got -1.")):
        call(tiny, seed=-1)
    with raises(ValueError, (
            "fit_nn: learning_rate must be a positive number such as "
            "0.01, but got 0.")):
        call(tiny, learning_rate=0)
    with raises(ValueError, (
            "fit_nn: n_h must be a positive integer (a number of units), "
            "but got 0.")):
        call(tiny, n_h=0)
    with pytest.raises(ValueError, match=r"^fit_nn: hidden_activation "):
        call(tiny, hidden_activation="sigmoid")


# --- fit_nn: one-hot labels, deeper networks, L2, dropout, decay ------------

@pytest.fixture(scope="module")
def digits():
    """The digits with a validation split, one-hot labels in columns."""
    data = load_digits(validation_size=0.2)
    return {"X": data.X_train.T, "Y": one_hot(data.y_train, 10),
            "X_val": data.X_val.T, "Y_val": one_hot(data.y_val, 10),
            "X_test": data.X_test.T, "y_test": data.y_test}


@pytest.fixture(scope="module")
def digits_runs(digits):
    """Issue 19's and issue 20's digits runs, trained once for the module.

    Adam, mini-batches of 64, at most 200 epochs, patience 10, seed 0:
    32 hidden units at learning rate 0.01 (issue 19's call), and two
    hidden layers (64, 32) at 0.003, the rate of 0.001, 0.003 and 0.01
    with the lowest mean validation cost over seeds 0-3 (0.0852, against
    0.0873 and 0.0982). About 2 and 5 s.
    """
    runs = {}
    for n_h, rate in ((32, 0.01), ((64, 32), 0.003)):
        runs[n_h] = fit_nn(
            digits["X"], digits["Y"], n_h, X_val=digits["X_val"],
            Y_val=digits["Y_val"], optimizer="adam", learning_rate=rate,
            mini_batch_size=64, num_epochs=200, patience=10, seed=0)
    return runs


def test_digits_one_hidden_layer_reaches_95_percent(digits, digits_runs):
    """Issue 19's bar; predict_softmax reads fit_nn's parameters."""
    parameters, history = digits_runs[32]
    assert sorted(parameters) == ["W1", "W2", "b1", "b2"]
    assert parameters["W2"].shape == (10, 32)
    y_pred = predict_softmax(parameters, digits["X_test"])
    assert np.mean(y_pred == digits["y_test"]) >= 0.95
    # the recorded cost is the categorical cross-entropy on X_val
    best = history["best_epoch"]
    A2, _ = forward_propagation_softmax(digits["X_val"], parameters)
    assert history["val_cost"][best] == compute_cost_softmax(
        A2, digits["Y_val"])
    assert history["val_cost"][0] < math.log(10)


def test_digits_two_hidden_layers_reach_96_percent(digits, digits_runs):
    """Issue 20's bar, predicting with forward_propagation_deep + argmax."""
    parameters, _ = digits_runs[(64, 32)]
    assert {key: value.shape for key, value in parameters.items()} == {
        "W1": (64, 64), "b1": (64, 1), "W2": (32, 64), "b2": (32, 1),
        "W3": (10, 32), "b3": (10, 1)}
    AL, _ = forward_propagation_deep(digits["X_test"], parameters,
                                     output="softmax")
    assert np.mean(np.argmax(AL, axis=0) == digits["y_test"]) >= 0.96


def deep_manual_fit(X, Y, X_val, Y_val, n_h, epochs, *, output,
                    learning_rate=0.01, lambd=0.0, keep_prob=1.0,
                    decay_rate=0.0, size=16, seed=0):
    """fit_nn's documented loop with the deep functions and Adam."""
    if isinstance(n_h, int):
        parameters = initialize_parameters_nn(X.shape[0], n_h, Y.shape[0],
                                              seed=seed)
    else:
        parameters = initialize_parameters_deep(
            [X.shape[0], *n_h, Y.shape[0]], seed=seed)
    cost = compute_cost if output == "sigmoid" else compute_cost_softmax
    v, s = initialize_adam(parameters)
    t, rng = 0, np.random.default_rng(seed)
    snapshots, train, val = [], [], []
    for epoch in range(epochs):
        alpha = learning_rate / (1 + decay_rate * epoch)
        for X_batch, Y_batch in random_mini_batches(X, Y, size,
                                                    seed=seed + epoch):
            _, caches = forward_propagation_deep(
                X_batch, parameters, output=output, keep_prob=keep_prob,
                seed=rng)
            grads = backward_propagation_deep(
                parameters, caches, X_batch, Y_batch, output=output,
                lambd=lambd)
            t += 1
            parameters, v, s = update_parameters_with_adam(
                parameters, grads, v, s, t, alpha)
        snapshots.append(parameters)
        train.append(cost(forward_propagation_deep(
            X, parameters, output=output)[0], Y))
        val.append(cost(forward_propagation_deep(
            X_val, parameters, output=output)[0], Y_val))
    return snapshots, train, val


@pytest.fixture(scope="module")
def small_digits(digits):
    """200 training and 100 validation digits: quick runs."""
    return {"X": digits["X"][:, :200], "Y": digits["Y"][:, :200],
            "X_val": digits["X_val"][:, :100],
            "Y_val": digits["Y_val"][:, :100]}


def small_fit(small, n_h, **options):
    """fit_nn on the small digits, Adam, batches of 16, no stopping."""
    epochs = options.pop("num_epochs", 4)
    return fit_nn(small["X"], small["Y"], n_h, X_val=small["X_val"],
                  Y_val=small["Y_val"], mini_batch_size=16,
                  num_epochs=epochs, patience=epochs, **options)


@pytest.mark.parametrize("n_h, options", [
    (6, {}),
    ((8, 6), {}),
    ((8, 6, 5), {"lambd": 2.0, "keep_prob": 0.7, "decay_rate": 0.5}),
    (6, {"lambd": 0.5, "keep_prob": 0.8, "decay_rate": 1.0}),
])
def test_matches_the_deep_loop_written_out(small_digits, n_h, options):
    """Softmax, any depth, L2, dropout and decay: the documented loop.

    Initial weights initialize_parameters_nn(seed) for an int n_h, He
    (initialize_parameters_deep(seed)) for a tuple; dropout masks from
    one default_rng(seed), in step order; alpha0 / (1 + decay_rate k);
    the costs without penalty or dropout.
    """
    parameters, history = small_fit(small_digits, n_h, **options)
    snapshots, train, val = deep_manual_fit(
        small_digits["X"], small_digits["Y"], small_digits["X_val"],
        small_digits["Y_val"], n_h, 4, output="softmax", **options)
    assert history["train_cost"] == train
    assert history["val_cost"] == val
    best = snapshots[history["best_epoch"]]
    assert list(parameters) == list(best)
    for key in best:
        assert np.array_equal(parameters[key], best[key])


def test_sigmoid_deep_network_matches_the_loop(titanic):
    """Y (1, m) with a tuple n_h: a sigmoid output on He weights."""
    parameters, history = fit(titanic, n_h=(6, 4), num_epochs=3,
                              patience=3, mini_batch_size=16,
                              keep_prob=0.9)
    snapshots, train, val = deep_manual_fit(
        titanic["X"], titanic["Y"], titanic["X_val"], titanic["Y_val"],
        (6, 4), 3, output="sigmoid", keep_prob=0.9)
    assert (history["train_cost"], history["val_cost"]) == (train, val)
    assert parameters["W3"].shape == (1, 4)


def test_one_hot_one_layer_matches_the_softmax_functions(small_digits):
    """Lesson 9's own functions give the same network, bit for bit."""
    X, Y = small_digits["X"], small_digits["Y"]
    parameters, history = small_fit(small_digits, 6, num_epochs=2)
    mine = initialize_parameters_nn(64, 6, 10, seed=0)
    v, s = initialize_adam(mine)
    t = 0
    for epoch in range(2):
        for X_batch, Y_batch in random_mini_batches(X, Y, 16, epoch):
            A2, cache = forward_propagation_softmax(X_batch, mine)
            grads = backward_propagation_softmax(mine, cache, X_batch,
                                                 Y_batch)
            t += 1
            mine, v, s = update_parameters_with_adam(mine, grads, v, s, t,
                                                     0.01)
    A2, _ = forward_propagation_softmax(X, mine)
    assert history["train_cost"][-1] == compute_cost_softmax(A2, Y)


def test_l2_ends_with_smaller_weights(titanic):
    """The larger lambd, the smaller the weights; costs stay plain."""
    norms = []
    for lambd in (0.0, 1.0, 10.0):
        parameters, history = fit(titanic, n_h=(16, 8), lambd=lambd,
                                  num_epochs=30, patience=30)
        norms.append(sum(float(np.sum(parameters[f"W{layer}"] ** 2))
                         for layer in (1, 2, 3)))
        best = history["best_epoch"]
        AL, _ = forward_propagation_deep(titanic["X_val"], parameters)
        assert history["val_cost"][best] == compute_cost(
            AL, titanic["Y_val"])
    assert norms[0] > norms[1] > norms[2]


def test_dropout_is_deterministic_per_seed(small_digits):
    """keep_prob < 1: the same seed, the same run; not keep_prob = 1's."""
    first, history = small_fit(small_digits, (8, 6), keep_prob=0.8)
    second, again = small_fit(small_digits, (8, 6), keep_prob=0.8)
    assert history == again
    for key in first:
        assert np.array_equal(first[key], second[key])
    _, plain = small_fit(small_digits, (8, 6))
    assert plain["train_cost"] != history["train_cost"]
    _, other = small_fit(small_digits, (8, 6), keep_prob=0.5)
    assert other["train_cost"] != history["train_cost"]


def test_decay_slows_the_steps(small_digits):
    """decay_rate shrinks each epoch's rate; 0 is exactly no decay."""
    start = initialize_parameters_deep([64, 8, 10], seed=0)
    moved = []
    for decay_rate in (0.0, 10.0):
        parameters, history = small_fit(small_digits, (8,),
                                        decay_rate=decay_rate,
                                        num_epochs=3)
        moved.append(float(np.abs(parameters["W1"] - start["W1"]).sum()))
    assert moved[1] < moved[0]
    _, undecayed = small_fit(small_digits, (8,), num_epochs=3)
    _, zero = small_fit(small_digits, (8,), decay_rate=0.0, num_epochs=3)
    assert undecayed == zero


def test_regularized_runs_leave_global_state_and_inputs(small_digits):
    """Dropout draws from its own generator; the inputs stay as they were."""
    np.random.seed(3)
    before = np.random.get_state()[1].copy()
    arrays = copy.deepcopy(small_digits)
    small_fit(small_digits, (8, 6), keep_prob=0.5, lambd=1.0,
              decay_rate=0.1)
    assert np.array_equal(np.random.get_state()[1], before)
    for name, array in arrays.items():
        assert np.array_equal(small_digits[name], array)


def test_float32_deep_softmax_stays_float32(small_digits):
    """float32 inputs give float32 parameters at any depth, with dropout."""
    small = {**small_digits, "X": small_digits["X"].astype(np.float32)}
    parameters, history = small_fit(small, (8, 6), keep_prob=0.8,
                                    lambd=0.1, num_epochs=2)
    assert {p.dtype for p in parameters.values()} == {np.dtype("float32")}
    assert type(history["val_cost"][0]) is float


def test_list_and_numpy_sizes_are_accepted(small_digits):
    """n_h as a list or NumPy ints is the tuple or int it stands for."""
    _, as_tuple = small_fit(small_digits, (8, 6), num_epochs=1)
    _, as_list = small_fit(small_digits, [np.int64(8), 6], num_epochs=1)
    assert as_tuple == as_list
    _, as_int = small_fit(small_digits, 6, num_epochs=1)
    _, as_numpy = small_fit(small_digits, np.int64(6), num_epochs=1)
    assert as_int == as_numpy


# --- fit_nn: error messages of the new options -------------------------------

@pytest.fixture
def tiny3():
    """Six training and four validation examples of 3 classes."""
    rng = np.random.default_rng(2)
    return {"X": rng.standard_normal((2, 6)),
            "Y": one_hot(np.array([0, 1, 2, 0, 1, 2]), 3),
            "X_val": rng.standard_normal((2, 4)),
            "Y_val": one_hot(np.array([2, 1, 0, 1]), 3)}


def test_tiny_one_hot_problem_runs(tiny3):
    """The fixture is valid input, and trains a softmax."""
    parameters, history = call(tiny3, n_h=(3, 2))
    assert parameters["W3"].shape == (3, 2)
    assert len(history["val_cost"]) == 2


@pytest.mark.parametrize("rows", [2, 4])
def test_one_hot_classes_must_agree(tiny3, rows):
    """Y_val with another number of classes than Y is refused."""
    Y_val = one_hot(np.array([0, 1, 1, 0]), rows)
    with raises(ValueError, (
            f"fit_nn: Y_val has {rows} rows but Y has 3; both must encode "
            f"the labels the same way: one row of 0/1 labels, or one-hot "
            f"columns of the same n_y classes. Hint: build both with "
            f"one_hot(y, n_classes) and the same n_classes, or reshape "
            f"both with y.reshape(1, -1).")):
        call(tiny3, Y_val=Y_val)


def test_binary_and_one_hot_labels_must_agree(tiny, tiny3):
    """0/1 labels with one-hot validation labels, and the reverse."""
    with raises(ValueError, (
            "fit_nn: Y_val has 3 rows but Y has 1; both must encode the "
            "labels the same way: one row of 0/1 labels, or one-hot "
            "columns of the same n_y classes. Hint: build both with "
            "one_hot(y, n_classes) and the same n_classes, or reshape "
            "both with y.reshape(1, -1).")):
        call(tiny, Y_val=one_hot(np.array([0, 1, 2]), 3))
    with pytest.raises(ValueError,
                       match=r"^fit_nn: Y_val has 1 rows but Y has 3; "):
        call(tiny3, Y_val=np.array([[1, 0, 1, 1]]))


@pytest.mark.parametrize("Y_val, hint", [
    (np.array([2, 1, 0, 1]), " It holds one label per example: turn it "
                             "into one-hot columns with one_hot(y_val, "
                             "n_classes)."),
    (one_hot(np.array([2, 1, 0, 1]), 3).T,
     " It looks transposed (one example per row): pass Y_val.T."),
    (one_hot(np.array([2, 1]), 3), "")])
def test_one_hot_validation_labels_of_the_wrong_shape(tiny3, Y_val, hint):
    """Y_val must be (n_y, m_val) like Y, with a hint for 1-D labels."""
    with raises(ValueError, (
            f"fit_nn: Y_val must have shape (n_y, m_val) = (3, 4), one "
            f"one-hot column per example (column of X_val), but got shape "
            f"{Y_val.shape}.{hint}")):
        call(tiny3, Y_val=Y_val)


def test_one_hot_columns_are_checked(tiny3):
    """A column that is not one-hot, in Y or in Y_val, is named."""
    Y = tiny3["Y"].copy()
    Y[:, 1] = [1, 1, 0]
    with raises(ValueError, (
            "fit_nn: every column of Y must be one-hot (0s and a single "
            "1), but column 1 is [1.0, 1.0, 0.0]. Build it with one_hot(y,"
            " n_classes).")):
        call(tiny3, Y=Y)
    Y_val = tiny3["Y_val"].copy()
    Y_val[:, 2] = 0
    with raises(ValueError, (
            "fit_nn: every column of Y_val must be one-hot (0s and a "
            "single 1), but column 2 is [0.0, 0.0, 0.0]. Build it with "
            "one_hot(y_val, n_classes).")):
        call(tiny3, Y_val=Y_val)


@pytest.mark.parametrize("name, value, error, says", [
    ("keep_prob", 0, ValueError,
     "a number in (0, 1] (the probability of keeping a hidden unit, such "
     "as 0.8; 1.0 is no dropout), but got 0. With 0 every unit is "
     "dropped and the kept outputs are divided by 0."),
    ("keep_prob", 1.5, ValueError,
     "a number in (0, 1] (the probability of keeping a hidden unit, such "
     "as 0.8; 1.0 is no dropout), but got 1.5."),
    ("keep_prob", "0.8", TypeError,
     "a number in (0, 1] (the probability of keeping a hidden unit, such "
     "as 0.8; 1.0 is no dropout), but got '0.8' of type str."),
    ("lambd", -0.1, ValueError,
     "a finite number >= 0 (the strength lambda of the L2 penalty, such "
     "as 0.1; 0 is no penalty), but got -0.1."),
    ("lambd", float("inf"), ValueError,
     "a finite number >= 0 (the strength lambda of the L2 penalty, such "
     "as 0.1; 0 is no penalty), but got inf."),
    ("decay_rate", -1, ValueError,
     "a number >= 0 (epoch k steps with learning_rate / (1 + decay_rate "
     "* k), such as 0.1; 0 keeps the rate), but got -1."),
])
def test_regularization_options(tiny, name, value, error, says):
    """keep_prob in (0, 1]; lambd and decay_rate finite and >= 0."""
    with raises(error, f"fit_nn: {name} must be {says}"):
        call(tiny, **{name: value})


@pytest.mark.parametrize("n_h, error, message", [
    ((), ValueError,
     "fit_nn: n_h must hold at least one hidden layer size, such as "
     "(64, 32) for two hidden layers or 32 for one, but got ()."),
    ((4, 0), ValueError,
     "fit_nn: n_h[1] must be a positive integer (a number of units), but "
     "got 0."),
    ((-3,), ValueError,
     "fit_nn: n_h[0] must be a positive integer (a number of units), but "
     "got -3."),
    ((4, 2.5), TypeError,
     "fit_nn: n_h[1] must be a positive integer (a number of units), but "
     "got 2.5 of type float."),
    ("32", TypeError,
     "fit_nn: n_h must be a positive integer (a number of units), but got "
     "'32' of type str."),
])
def test_hidden_sizes(tiny, n_h, error, message):
    """n_h is an int or a non-empty tuple of positive ints."""
    with raises(error, message):
        call(tiny, n_h=n_h)


def test_run_epoch_option_errors():
    """run_epoch checks output, lambd, keep_prob and seed too."""
    X, Y, parameters, state = small_problem()
    batches = random_mini_batches(X, Y, 4)
    options = {"optimizer": "adam", "learning_rate": 0.1}
    with raises(ValueError, (
            "run_epoch: output must be one of ['sigmoid', 'softmax'], but "
            "got 'relu'.")):
        run_epoch(parameters, state, batches, output="relu", **options)
    with pytest.raises(ValueError, match=r"^run_epoch: keep_prob must be "):
        run_epoch(parameters, state, batches, keep_prob=0.0, **options)
    with pytest.raises(ValueError, match=r"^run_epoch: lambd must be "):
        run_epoch(parameters, state, batches, lambd=-1.0, **options)
    with raises(TypeError, (
            "run_epoch: seed must be None, an int >= 0 or a "
            "numpy.random.Generator (it draws the dropout masks), but got "
            "0.5 of type float.")):
        run_epoch(parameters, state, batches, seed=0.5, **options)
    with raises(ValueError, (
            "run_epoch: seed must be a non-negative int (it draws the "
            "dropout masks), but got -1.")):
        run_epoch(parameters, state, batches, seed=-1, **options)


def test_run_epoch_draws_a_new_mask_each_step():
    """One generator for the epoch: the masks of two steps differ."""
    X, Y, parameters, state = small_problem()
    batches = random_mini_batches(X, Y, 4)
    options = {"optimizer": "gd", "learning_rate": 0.1, "keep_prob": 0.5}
    twice = [batches[0], batches[0]]
    once, _ = run_epoch(parameters, state, twice[:1], seed=5, **options)
    both, _ = run_epoch(parameters, state, twice, seed=5, **options)
    again, _ = run_epoch(once, state, twice[:1], seed=5, **options)
    # the second step of one epoch is not the first step repeated
    assert any(not np.array_equal(both[k], again[k]) for k in both)
