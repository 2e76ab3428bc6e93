# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Lesson 7 companion notebook: the network learns
#
# This notebook trains the network of Lesson 6 on the Titanic passengers:
# the cost, backpropagation, a gradient check, the update rule and the
# training loop, then the accuracy on passengers the network never saw. The
# functions come from the course's `snippets` package (install it with
# `pip install -e .` in a clone of the course repository), so the code here
# is exactly the code on the lesson page. Change the numbers and run the
# cells again.
#
# One iteration of training:
#
# $$dZ^{[2]} = A^{[2]} - Y,$$
#
# $$dW^{[2]} = \tfrac{1}{m} dZ^{[2]} A^{[1]T},$$
#
# $$dZ^{[1]} = W^{[2]T} dZ^{[2]} * g'(Z^{[1]}),$$
#
# $$dW^{[1]} = \tfrac{1}{m} dZ^{[1]} X^T,$$
#
# then $W \leftarrow W - \alpha\, dW$ for every parameter.

# %%
# On Colab or Binder, install the course package first: the release
# this site was built from (skipped when it is already installed)
import importlib.util

if importlib.util.find_spec("snippets") is None:
    # %pip install -q "zero-to-one-nn-snippets==0.1.0"
    pass

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np

from snippets import forward_propagation_nn, initialize_parameters_nn
from snippets.data import load_titanic
from snippets.gradient_check import gradient_check_nn
from snippets.learning import (
    backward_propagation_nn,
    compute_cost,
    update_parameters_nn,
)
from snippets.training import predict_nn, train_nn

# %% [markdown]
# ## 1. The data, in columns
#
# Inputs $X$ of shape $(n_x, m)$ and labels $Y$ of shape $(1, m)$: one
# passenger per column.

# %%
data = load_titanic()
X, Y = data.X_train.T, data.y_train.reshape(1, -1)
X_test, Y_test = data.X_test.T, data.y_test.reshape(1, -1)
print("X:", X.shape, " Y:", Y.shape)
print("X_test:", X_test.shape, " Y_test:", Y_test.shape)
print(f"survival rate in the training set: {Y.mean():.1%}")

# %% [markdown]
# ## 2. The cost of the untrained network
#
# With tiny weights every probability is about 0.5, so the cost is about
# $\ln 2$.

# %%
parameters = initialize_parameters_nn(8, 4, 1)
A2, cache = forward_propagation_nn(X, parameters)
print(f"cost = {compute_cost(A2, Y):.4f}   ln 2 = {np.log(2):.4f}")

# %% [markdown]
# ## 3. Backpropagation and one step of gradient descent
#
# Each gradient has the shape of its parameter. One step against the
# gradients already lowers the cost a little.

# %%
grads = backward_propagation_nn(parameters, cache, X, Y)
for name, grad in grads.items():
    print(name, grad.shape)

new = update_parameters_nn(parameters, grads, learning_rate=0.5)
A2_new, _ = forward_propagation_nn(X, new)
print(f"cost before {compute_cost(A2, Y):.4f}, "
      f"after one step {compute_cost(A2_new, Y):.4f}")

# %% [markdown]
# ## 4. Gradient check
#
# Backpropagation against centred finite differences on 20 passengers. A
# relative difference below $10^{-7}$ means the gradients agree.

# %%
for activation in ("relu", "tanh"):
    difference = gradient_check_nn(
        parameters, X[:, :20], Y[:, :20], hidden_activation=activation
    )
    print(f"{activation}: relative difference {difference:.1e}")

# %% [markdown]
# ## 5. Training
#
# 1000 iterations of batch gradient descent with learning rate 0.5, the
# cost recorded every 10 iterations.

# %%
parameters, costs = train_nn(X, Y, n_h=4, cost_every=10)
iterations = 10 * np.arange(len(costs))

fig, ax = plt.subplots(figsize=(7, 3.5))
ax.plot(iterations, costs, linewidth=2)
ax.axhline(np.log(2), linestyle=":", color="0.5", label=r"$\ln 2$")
ax.set_xlabel("iteration")
ax.set_ylabel("cost $J$ (training set)")
ax.legend()
ax.grid(True)
plt.show()
print(f"cost: {costs[0]:.4f} at the start, {costs[-1]:.4f} at iteration "
      f"{iterations[-1]}")

# %% [markdown]
# ## 6. Accuracy
#
# On the training passengers and on the test passengers the network never
# saw, against the lazy rule "nobody survived".

# %%
train_accuracy = (predict_nn(parameters, X) == Y).mean()
test_accuracy = (predict_nn(parameters, X_test) == Y_test).mean()
print(f"train accuracy:           {train_accuracy:.1%}")
print(f"test accuracy:            {test_accuracy:.1%}")
print(f"'nobody survived' (test): {(Y_test == 0).mean():.1%}")

# %% [markdown]
# ## Try it yourself
#
# - Train with `n_h=1`, `n_h=8` or `n_h=16`: how do the final cost and the
#   test accuracy change?
# - Try `learning_rate=0.01` and `learning_rate=10.0`, with `cost_every=1`
#   so that you see every iteration. Which one never leaves the plateau,
#   and which one makes the cost jump?
# - Use `hidden_activation="tanh"` for training *and* for `predict_nn`.
# - Run the gradient check with `epsilon=1e-2` and with `epsilon=1e-12`.
#   Why does the difference grow in both directions? (Hint: one is the
#   error of the finite difference, the other the rounding of the cost.
#   With ReLU, a nudge of 1e-2 can also push some Z1 across 0, the kink
#   where the slope jumps: try `hidden_activation="tanh"` to see the
#   finite difference's own error alone.)

# %%
# room for your experiments, e.g. a wider hidden layer
wide, wide_costs = train_nn(X, Y, n_h=16)
print(f"n_h = 16: final recorded cost {wide_costs[-1]:.4f}, test accuracy "
      f"{(predict_nn(wide, X_test) == Y_test).mean():.1%}")
