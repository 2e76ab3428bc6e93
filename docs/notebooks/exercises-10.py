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
# # Lesson 10 exercises: a network of L layers
#
# Write each function where it says `YOUR CODE`, replacing the line
# `raise NotImplementedError`, then run the self-check cell under it. A
# check runs your function on small cases, compares it with the course's
# code and, when something is off, names the most likely mistake. Until
# you write a function, its check reports "not implemented yet".

# %%
# On Colab or Binder, install the course package first: the release
# this site was built from (skipped when it is already installed)
import importlib.util

if importlib.util.find_spec("snippets") is None:
    # %pip install -q "zero-to-one-nn-snippets==0.1.0"
    pass


# %%
import numpy as np

from snippets import relu, sigmoid
from snippets.selfcheck import (
    check_backward_propagation_deep,
    check_forward_propagation_deep,
    check_initialize_parameters_deep,
)

# %% [markdown]
# ## 1. Initialize every layer
#
# `layer_dims` lists the size of every layer, input first:
# $[n_x, n^{[1]}, \ldots, n^{[L]}]$, so the network has
# $L$ = `len(layer_dims) - 1` layers with weights. Return a dict with, for
# each $l = 1, \ldots, L$:
#
# $$W^{[l]} \sim \mathcal{N}\!\left(0, \tfrac{2}{n^{[l-1]}}\right)
# \text{ of shape } (n^{[l]}, n^{[l-1]})$$
#
# $$b^{[l]} = 0 \text{ of shape } (n^{[l]}, 1)$$
#
# under the keys `"W1"`, `"b1"`, ..., `"WL"`, `"bL"`. This is **He**
# initialization, for ReLU layers: the standard deviation is
# $\sqrt{2 / n^{[l-1]}}$, divided by the size of the layer's *input*.
# Draw from your own generator, `rng = np.random.default_rng(0)`, not
# from `np.random.randn`. The check measures the standard deviation of
# each layer on a large network.


# %%
def initialize_parameters_deep(layer_dims):
    # YOUR CODE
    raise NotImplementedError


# %%
check_initialize_parameters_deep(initialize_parameters_deep)

# %% [markdown]
# ## 2. Forward: one loop over the layers
#
# With $A^{[0]} = X$, each layer $l = 1, \ldots, L$ computes
#
# $$Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$$
#
# $$A^{[l]} = g^{[l]}(Z^{[l]})$$
#
# with $g$ = `relu` for the hidden layers $l < L$ and `sigmoid` for the
# output layer $L$. $L$ is `len(parameters) // 2`. Return `AL` and
# `caches`, a list with one dict per layer, layer 1 first:
# `{"A_prev": A_prev, "Z": Z, "A": A}`, where `A_prev` is the layer's
# input ($X$ for layer 1).


# %%
def forward_propagation_deep(X, parameters):
    # YOUR CODE
    raise NotImplementedError


# %%
check_forward_propagation_deep(forward_propagation_deep)

# %% [markdown]
# ## 3. Backward: the loop back
#
# The output is a sigmoid with the cross-entropy, so the loop starts from
# $dZ^{[L]} = A^{[L]} - Y$. For $l = L, L-1, \ldots, 1$:
#
# $$dW^{[l]} = \tfrac{1}{m}\, dZ^{[l]} A^{[l-1]T}$$
#
# $$db^{[l]} = \tfrac{1}{m} \textstyle\sum_i dZ^{[l]}$$
#
# and, while $l > 1$, the error of the layer below:
#
# $$dA^{[l-1]} = W^{[l]T} dZ^{[l]}$$
#
# $$dZ^{[l-1]} = dA^{[l-1]} \odot g'(Z^{[l-1]})$$
#
# Layer $l$'s input $A^{[l-1]}$ is `caches[l - 1]["A_prev"]`; ReLU's
# slope $g'$ of layer $l - 1$ is 1 where `caches[l - 2]["A"] > 0`.
# Return a dict with `dW1`, `db1`, ..., `dWL`, `dbL`, each of its
# parameter's shape.


# %%
def backward_propagation_deep(parameters, caches, X, Y):
    # YOUR CODE
    raise NotImplementedError


# %%
check_backward_propagation_deep(backward_propagation_deep)
