"""The exercise notebooks: unfinished they still run, filled in they pass.

Each ``docs/notebooks/exercises-*.py`` leaves functions for the learner
(``raise NotImplementedError``) with a self-check cell under each. These
tests run the notebooks' code cells as the build does: as given, every
check reports "not implemented yet" and nothing raises; with the
solutions below filled in, written as a learner would, every check
passes.
"""

import ast
import re
import textwrap
from pathlib import Path

import jupytext
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "docs" / "notebooks").glob("exercises-*.py"))

SOLUTIONS = {
    "relu": """
        def relu(z):
            return np.maximum(z, 0)
    """,
    "sigmoid": """
        def sigmoid(z):
            e = np.exp(-np.abs(z))
            return np.where(z >= 0, 1, e) / (1 + e)
    """,
    "initialize_parameters_nn": """
        def initialize_parameters_nn(n_x, n_h, n_y):
            rng = np.random.default_rng(0)
            return {"W1": rng.standard_normal((n_h, n_x)) * 0.01,
                    "b1": np.zeros((n_h, 1)),
                    "W2": rng.standard_normal((n_y, n_h)) * 0.01,
                    "b2": np.zeros((n_y, 1))}
    """,
    "forward_propagation_nn": """
        def forward_propagation_nn(X, parameters):
            Z1 = parameters["W1"] @ X + parameters["b1"]
            A1 = np.maximum(Z1, 0)
            Z2 = parameters["W2"] @ A1 + parameters["b2"]
            A2 = 1 / (1 + np.exp(-Z2))
            return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    """,
    "compute_cost": """
        def compute_cost(A2, Y):
            m = Y.shape[1]
            return float(-np.sum(Y * np.log(A2)
                                 + (1 - Y) * np.log(1 - A2)) / m)
    """,
    "backward_propagation_nn": """
        def backward_propagation_nn(parameters, cache, X, Y):
            m = X.shape[1]
            dZ2 = cache["A2"] - Y
            dW2 = dZ2 @ cache["A1"].T / m
            db2 = np.sum(dZ2, axis=1, keepdims=True) / m
            dZ1 = (parameters["W2"].T @ dZ2) * (cache["Z1"] > 0)
            dW1 = dZ1 @ X.T / m
            db1 = np.sum(dZ1, axis=1, keepdims=True) / m
            return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    """,
    "update_parameters_nn": """
        def update_parameters_nn(parameters, grads, learning_rate):
            return {key: parameters[key] - learning_rate * grads["d" + key]
                    for key in parameters}
    """,
    "random_mini_batches": """
        def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
            m = X.shape[1]
            rng = np.random.default_rng(seed)
            order = rng.permutation(m)
            X_shuffled, Y_shuffled = X[:, order], Y[:, order]
            mini_batches = []
            num_full = m // mini_batch_size
            for k in range(num_full):
                cols = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
                mini_batches.append((X_shuffled[:, cols],
                                     Y_shuffled[:, cols]))
            if m % mini_batch_size != 0:
                rest = slice(num_full * mini_batch_size, m)
                mini_batches.append((X_shuffled[:, rest],
                                     Y_shuffled[:, rest]))
            return mini_batches
    """,
    "update_parameters_with_momentum": """
        def update_parameters_with_momentum(parameters, grads, v, beta,
                                            learning_rate):
            new_parameters, new_v = {}, {}
            for key in parameters:
                dW = grads["d" + key]
                new_v["d" + key] = beta * v["d" + key] + (1 - beta) * dW
                new_parameters[key] = (parameters[key]
                                       - learning_rate * new_v["d" + key])
            return new_parameters, new_v
    """,
    "update_parameters_with_adam": """
        def update_parameters_with_adam(parameters, grads, v, s, t,
                                        learning_rate=0.01, beta1=0.9,
                                        beta2=0.999, epsilon=1e-8):
            new_parameters, new_v, new_s = {}, {}, {}
            for key, W in parameters.items():
                dW = grads["d" + key]
                new_v["d" + key] = beta1 * v["d" + key] + (1 - beta1) * dW
                new_s["d" + key] = (beta2 * s["d" + key]
                                    + (1 - beta2) * dW**2)
                v_hat = new_v["d" + key] / (1 - beta1**t)
                s_hat = new_s["d" + key] / (1 - beta2**t)
                new_parameters[key] = W - learning_rate * v_hat / (
                    np.sqrt(s_hat) + epsilon)
            return new_parameters, new_v, new_s
    """,
    "softmax": """
        def softmax(z):
            e = np.exp(z - np.max(z, axis=0, keepdims=True))
            return e / np.sum(e, axis=0, keepdims=True)
    """,
    "one_hot": """
        def one_hot(y, n_classes):
            m = len(y)
            Y = np.zeros((n_classes, m))
            Y[y, np.arange(m)] = 1
            return Y
    """,
    "compute_cost_softmax": """
        def compute_cost_softmax(A2, Y):
            m = Y.shape[1]
            return float(-np.sum(Y * np.log(A2)) / m)
    """,
    "backward_propagation_softmax": """
        def backward_propagation_softmax(parameters, cache, X, Y):
            m = X.shape[1]
            dZ2 = cache["A2"] - Y
            dW2 = dZ2 @ cache["A1"].T / m
            db2 = np.sum(dZ2, axis=1, keepdims=True) / m
            dZ1 = (parameters["W2"].T @ dZ2) * (cache["Z1"] > 0)
            dW1 = dZ1 @ X.T / m
            db1 = np.sum(dZ1, axis=1, keepdims=True) / m
            return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    """,
    "initialize_parameters_deep": """
        def initialize_parameters_deep(layer_dims):
            rng = np.random.default_rng(0)
            parameters = {}
            for l in range(1, len(layer_dims)):
                n, n_prev = layer_dims[l], layer_dims[l - 1]
                parameters[f"W{l}"] = (rng.standard_normal((n, n_prev))
                                       * np.sqrt(2 / n_prev))
                parameters[f"b{l}"] = np.zeros((n, 1))
            return parameters
    """,
    "forward_propagation_deep": """
        def forward_propagation_deep(X, parameters):
            L = len(parameters) // 2
            A, caches = X, []
            for l in range(1, L + 1):
                A_prev = A
                Z = parameters[f"W{l}"] @ A_prev + parameters[f"b{l}"]
                A = relu(Z) if l < L else sigmoid(Z)
                caches.append({"A_prev": A_prev, "Z": Z, "A": A})
            return A, caches
    """,
    "backward_propagation_deep": """
        def backward_propagation_deep(parameters, caches, X, Y):
            L, m = len(caches), X.shape[1]
            grads = {}
            dZ = caches[L - 1]["A"] - Y
            for l in range(L, 0, -1):
                grads[f"dW{l}"] = dZ @ caches[l - 1]["A_prev"].T / m
                grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
                if l > 1:
                    dA = parameters[f"W{l}"].T @ dZ
                    dZ = dA * (caches[l - 2]["A"] > 0)
            return grads
    """,
    "compute_cost_with_l2": """
        def compute_cost_with_l2(AL, Y, parameters, lambd):
            m, L = Y.shape[1], len(parameters) // 2
            if AL.shape[0] == 1:
                cross_entropy = compute_cost(AL, Y)
            else:
                cross_entropy = compute_cost_softmax(AL, Y)
            squares = sum(np.sum(parameters[f"W{l}"] ** 2)
                          for l in range(1, L + 1))
            return cross_entropy + float(lambd / (2 * m) * squares)
    """,
    "forward_propagation_with_dropout": """
        def forward_propagation_with_dropout(X, parameters, keep_prob,
                                             seed):
            rng = np.random.default_rng(seed)
            L = len(parameters) // 2
            A, caches = X, []
            for l in range(1, L + 1):
                A_prev = A
                Z = parameters[f"W{l}"] @ A_prev + parameters[f"b{l}"]
                A = relu(Z) if l < L else sigmoid(Z)
                cache = {"A_prev": A_prev, "Z": Z, "A": A}
                if l < L and keep_prob < 1:
                    D = rng.random(A.shape) < keep_prob
                    cache.update(D=D, keep_prob=keep_prob)
                    A = A * D / keep_prob
                caches.append(cache)
            return A, caches
    """,
    "backward_propagation_with_dropout": """
        def backward_propagation_with_dropout(parameters, caches, X, Y):
            L, m = len(caches), X.shape[1]
            grads = {}
            dZ = caches[L - 1]["A"] - Y
            for l in range(L, 0, -1):
                grads[f"dW{l}"] = dZ @ caches[l - 1]["A_prev"].T / m
                grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
                if l > 1:
                    below = caches[l - 2]
                    dA = parameters[f"W{l}"].T @ dZ
                    if "D" in below:
                        dA = dA * below["D"] / below["keep_prob"]
                    dZ = dA * (below["A"] > 0)
            return grads
    """,
}


def code_cells(path):
    """The notebook's code cells, as the kernel would run them."""
    cells = [cell.source for cell in jupytext.read(path).cells
             if cell.cell_type == "code"]
    # the install line is an IPython magic, only reached without snippets
    return [re.sub(r"^(\s*)%pip .*$", r"\1pass", source, flags=re.M)
            for source in cells]


def exercise_name(source):
    """The function a cell leaves for the learner, or None."""
    if "raise NotImplementedError" not in source:
        return None
    return ast.parse(source).body[0].name


def run(cells):
    """Run cells in one namespace; return the value of each check cell."""
    namespace, reports = {}, {}
    for source in cells:
        tree = ast.parse(source)
        last = tree.body[-1] if tree.body else None
        if isinstance(last, ast.Expr) and "check_" in ast.unparse(last):
            exec(compile(ast.Module(tree.body[:-1], []), "<cell>", "exec"),
                 namespace)
            value = eval(compile(ast.Expression(last.value), "<cell>",
                                 "eval"), namespace)
            reports[ast.unparse(last.value)] = value
        else:
            exec(compile(tree, "<cell>", "exec"), namespace)
    return reports


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_unfinished_notebook_runs_and_says_not_implemented(path):
    """As shipped, every check reports 'not implemented yet', no crash."""
    reports = run(code_cells(path))
    assert reports
    for call, report in reports.items():
        assert not report, call
        assert "not implemented yet" in report.diagnosis, call


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_filled_in_notebook_passes_every_check(path):
    """With a learner's solutions in place, every self-check passes."""
    cells = []
    for source in code_cells(path):
        name = exercise_name(source)
        cells.append(textwrap.dedent(SOLUTIONS[name]) if name else source)
    reports = run(cells)
    assert len(reports) == sum(map(bool, map(exercise_name,
                                             code_cells(path))))
    for call, report in reports.items():
        assert report, f"{call}:\n{report}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_exercise_is_followed_by_its_check(path):
    """Each function left to write has a self-check cell right after it."""
    cells = code_cells(path)
    for index, source in enumerate(cells):
        name = exercise_name(source)
        if name:
            assert f"check_{name}({name})" in cells[index + 1]
