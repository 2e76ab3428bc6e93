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
# # Lesson 10 companion notebook: going deep
#
# This notebook runs the L-layer network of Lesson 10 on the handwritten
# digits: the loops over the layers, their caches, and what happens to
# the gradient and the activations in a network of ten layers. The
# functions come from the course's `snippets` package (install it with
# `pip install -e .` in a clone of the course repository), so the code
# here is exactly the code on the lesson page. Change the numbers and run
# the cells again.
#
# For $l = 1, \ldots, L$, with $A^{[0]} = X$:
#
# $$Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]},$$
#
# $$A^{[l]} = g^{[l]}(Z^{[l]}),$$
#
# and back from $dZ^{[L]} = A^{[L]} - Y$:
#
# $$dW^{[l]} = \tfrac{1}{m} dZ^{[l]} A^{[l-1]T},$$
#
# $$dZ^{[l-1]} = W^{[l]T} dZ^{[l]} \odot g'(Z^{[l-1]}).$$

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

from snippets import (
    backward_propagation_deep,
    forward_propagation_deep,
    initialize_parameters_deep,
)
from snippets.data import load_digits
from snippets.multiclass import compute_cost_softmax, one_hot

# %% [markdown]
# ## 1. The digits and a deep network
#
# 64 pixels in, 10 classes out. `layer_dims` lists every layer's size,
# input first; here two hidden layers of 32 units, so $L = 3$.

# %%
digits = load_digits()
X, Y = digits.X_train.T, one_hot(digits.y_train, 10)
layer_dims = [64, 32, 32, 10]
parameters = initialize_parameters_deep(layer_dims)
for name, value in parameters.items():
    print(name, value.shape)

# %% [markdown]
# ## 2. Forward and backward
#
# One cache per layer: its input `A_prev`, its `Z` and its output `A`.
# Every gradient has its parameter's shape.

# %%
AL, caches = forward_propagation_deep(X, parameters, output="softmax")
for layer, cache in enumerate(caches, start=1):
    print(layer, {key: value.shape for key, value in cache.items()})
print("cost of the untrained network:", round(compute_cost_softmax(AL, Y), 3))

grads = backward_propagation_deep(parameters, caches, X, Y, output="softmax")
print({key: grad.shape for key, grad in grads.items()})

# %% [markdown]
# ## 3. A few steps of gradient descent
#
# The update is the same for every layer: $W^{[l]} \leftarrow W^{[l]} -
# \alpha\, dW^{[l]}$, here written as one dict comprehension.

# %%
learning_rate = 0.5
for i in range(301):
    AL, caches = forward_propagation_deep(X, parameters, output="softmax")
    if i % 50 == 0:
        print(f"iteration {i:3}: cost {compute_cost_softmax(AL, Y):.4f}")
    grads = backward_propagation_deep(
        parameters, caches, X, Y, output="softmax")
    parameters = {key: value - learning_rate * grads["d" + key]
                  for key, value in parameters.items()}

# %% [markdown]
# ## 4. Vanishing gradients through ten layers
#
# Nine hidden layers of 32 units. The norm of each layer's weight
# gradient, untrained, with tanh (Xavier) and ReLU (He) hidden layers.

# %%
deep_dims = [64] + [32] * 9 + [10]
fig, ax = plt.subplots(figsize=(5, 3))
for hidden, scale in [("tanh", "xavier"), ("relu", "he")]:
    parameters = initialize_parameters_deep(deep_dims, scale=scale)
    AL, caches = forward_propagation_deep(
        X, parameters, hidden_activation=hidden, output="softmax")
    grads = backward_propagation_deep(
        parameters, caches, X, Y, hidden_activation=hidden, output="softmax")
    norms = [np.linalg.norm(grads[f"dW{l}"]) for l in range(1, 11)]
    ax.plot(range(1, 11), norms, marker="o", label=f"{hidden}, {scale}")
ax.set_yscale("log")
ax.set_xlabel("layer")
ax.set_ylabel("norm of dW")
ax.legend()
plt.show()

# %% [markdown]
# ## 5. The spread of the activations
#
# The same ReLU network, its weights drawn at four scales: the standard
# deviation of each hidden layer's activations.

# %%
fig, ax = plt.subplots(figsize=(5, 3))
for scale in [0.01, "xavier", "he", 1.0]:
    parameters = initialize_parameters_deep(deep_dims, scale=scale)
    AL, caches = forward_propagation_deep(X, parameters, output="softmax")
    spreads = [cache["A"].std() for cache in caches[:-1]]
    ax.plot(range(1, 10), spreads, marker="o", label=str(scale))
ax.set_yscale("log")
ax.set_xlabel("hidden layer")
ax.set_ylabel("std of A")
ax.legend()
plt.show()

# %% [markdown]
# ## Try it yourself
#
# - Make the network of section 3 deeper: `[64, 32, 32, 32, 32, 10]`.
#   Does the cost fall as fast?
# - Initialize it with `scale=0.01` instead of He. What happens to the
#   cost in the first iterations?
# - In section 4, make the hidden layers 128 units wide. Do the lines
#   change?
# - In section 5, which scale keeps a **tanh** network's spread steady?
#   Pass `hidden_activation="tanh"` to the forward pass.
