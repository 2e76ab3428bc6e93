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
# # Lesson 6 companion notebook: forward propagation
#
# This notebook runs the steps of Lesson 6 on the real Titanic passengers:
# load the data, initialize a network with one hidden layer, run the forward
# pass and look at what comes out. The functions come from the course's
# `snippets` package (install it with `pip install -e .` in a clone of the
# course repository), so the code here is exactly the code on the lesson
# page. Change the numbers and run the cells again.
#
# The network: $n_x$ inputs, a hidden layer of $n_h$ ReLU units and one
# sigmoid output unit,
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]},$$
#
# $$A^{[1]} = \mathrm{ReLU}(Z^{[1]}),$$
#
# $$Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]},$$
#
# $$A^{[2]} = \sigma(Z^{[2]}).$$

# %%
# On Colab or Binder, install the course package first: the release
# this site was built from (skipped when it is already installed)
import importlib.util

if importlib.util.find_spec("snippets") is None:
    # %pip install -q "zero-to-one-nn-snippets==0.1.0"
    pass

# %%
import numpy as np

from snippets import forward_propagation_nn, initialize_parameters_nn
from snippets.data import load_titanic

# %% [markdown]
# ## 1. The data
#
# `load_titanic()` returns the prepared data of Lesson 4: 8 standardised
# features per passenger, split into a training and a test set. Like pandas,
# it stores one passenger per **row**: `X_train` has shape $(m, n_x)$.

# %%
data = load_titanic()
print("X_train:", data.X_train.shape, " y_train:", data.y_train.shape)
print("features:", *data.feature_names)

# %% [markdown]
# The network expects one passenger per **column**, $X$ of shape
# $(n_x, m)$, so that $W^{[1]} X$ lines up. Transpose:

# %%
X = data.X_train.T
n_x, m = X.shape
print("X:", X.shape, f"-> n_x = {n_x} features, m = {m} passengers")

# %% [markdown]
# ## 2. Initialize the parameters
#
# $n_x$ comes from the data, $n_h$ is our choice (a hyperparameter) and
# $n_y = 1$ for a yes/no answer. The weights are small random numbers, the
# biases zeros.

# %%
n_h = 4
n_y = 1
parameters = initialize_parameters_nn(n_x, n_h, n_y)
for name, array in parameters.items():
    print(name, array.shape)

# %%
print("W1 =")
print(parameters["W1"].round(4))
print("b1 =", parameters["b1"].ravel())

# %% [markdown]
# ## 3. Forward propagation
#
# One call computes all four equations for all $m$ passengers at once. It
# returns the probabilities $A^{[2]}$ of shape $(n_y, m)$ and a cache with
# $Z^{[1]}$, $A^{[1]}$, $Z^{[2]}$ and $A^{[2]}$ for backpropagation.

# %%
A2, cache = forward_propagation_nn(X, parameters)
print("A2:", A2.shape)
for name, array in cache.items():
    print(f"cache[{name!r}]:", array.shape)

# %% [markdown]
# The first five passengers: predicted probability of survival, and what
# really happened (1 = survived).

# %%
print("A2[:, :5]      =", A2[:, :5].round(5))
print("y_train[:5]    =", data.y_train[:5])

# %% [markdown]
# All probabilities sit at about 0.5: with tiny weights $Z^{[2]} \approx 0$
# and $\sigma(0) = 0.5$. The untrained network has no opinion yet, and
# thresholding at 0.5 gives poor predictions.

# %%
predictions = (A2 > 0.5).astype(int)
print(f"probabilities between {A2.min():.4f} and {A2.max():.4f}")
print(f"accuracy of the untrained network: "
      f"{(predictions == data.y_train).mean():.1%}")
print(f"accuracy of 'nobody survived':     "
      f"{(data.y_train == 0).mean():.1%}")

# %% [markdown]
# ReLU sets every negative $Z^{[1]}$ to 0. The share of zeros in each
# hidden unit's row of $A^{[1]}$:

# %%
print((cache["A1"] == 0).mean(axis=1).round(2))

# %% [markdown]
# ## 4. Forgetting the transpose
#
# Passing `X_train` itself, shape $(m, n_x)$, is the most common mistake.
# The function stops with a message that says what to do:

# %%
try:
    forward_propagation_nn(data.X_train, parameters)
except ValueError as error:
    print(error)

# %% [markdown]
# ## 5. tanh in the hidden layer
#
# The same parameters with `hidden_activation="tanh"`: negative values
# survive, and near 0, $\tanh(z) \approx z$.

# %%
A2_tanh, cache_tanh = forward_propagation_nn(
    X, parameters, hidden_activation="tanh"
)
print("A1 with ReLU:")
print(cache["A1"][:, :3].round(4))
print("A1 with tanh:")
print(cache_tanh["A1"][:, :3].round(4))
print("A2 with tanh:", A2_tanh[:, :5].round(5))

# %% [markdown]
# ## Try it yourself
#
# - Change `n_h` to 8 or 16: which shapes change, and which stay?
# - Pass `seed=3` to `initialize_parameters_nn`, or
#   `rng=np.random.default_rng(0)`: do the predictions move much?
# - Multiply `W1` and `W2` by 100 before the forward pass: what happens to
#   `Z1`, `A1` and the probabilities? With `hidden_activation="tanh"`, how
#   many entries of `A1` are within 0.01 of -1 or 1, where tanh is flat?
#
# Next, Lesson 7 adds the cost, backpropagation and gradient descent, and
# trains this network.

# %%
# room for your experiments, e.g. a wider hidden layer
wide = initialize_parameters_nn(n_x, 16, n_y, rng=np.random.default_rng(0))
A2_wide, cache_wide = forward_propagation_nn(X, wide)
print("A1:", cache_wide["A1"].shape, " A2:", A2_wide.shape)
