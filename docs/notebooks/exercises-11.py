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
# # Lesson 11 exercises: L2 regularization and dropout
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

from snippets import compute_cost, compute_cost_softmax, relu, sigmoid
from snippets.selfcheck import (
    check_backward_propagation_with_dropout,
    check_compute_cost_with_l2,
    check_forward_propagation_with_dropout,
)

# %% [markdown]
# ## 1. The cost with L2 regularization
#
# `AL` and `Y` have shape $(n_y, m)$. The cost is the cross-entropy,
# `compute_cost(AL, Y)` for one output unit and
# `compute_cost_softmax(AL, Y)` for more, plus the penalty on every
# weight matrix:
#
# $$J = \text{cross-entropy} + \frac{\lambda}{2m} \sum_{l=1}^{L}
# \lVert W^{[l]} \rVert_F^2$$
#
# $\lVert W \rVert_F^2$ is the sum of the squares of every entry of
# $W$. The biases are not penalized. $\lambda$ is `lambd` (`lambda` is
# a Python keyword) and $L$ is `len(parameters) // 2`. Return a Python
# `float`.


# %%
def compute_cost_with_l2(AL, Y, parameters, lambd):
    # YOUR CODE
    raise NotImplementedError


# %%
check_compute_cost_with_l2(compute_cost_with_l2)

# %% [markdown]
# ## 2. Forward propagation with inverted dropout
#
# The forward pass of Lesson 10 (ReLU hidden layers, a sigmoid output),
# with dropout on every **hidden** layer $l < L$ when `keep_prob < 1`:
# after $A^{[l]} = \text{relu}(Z^{[l]})$, draw a mask $D^{[l]}$ of
# $A^{[l]}$'s shape, True with probability `keep_prob`, and pass on
#
# $$A^{[l]} \leftarrow \frac{D^{[l]} \odot A^{[l]}}{p}$$
#
# with $p$ = `keep_prob`. The output layer is never dropped. Draw every
# mask from one generator, `rng = np.random.default_rng(seed)`, so the
# same `seed` gives the same masks. Each layer's cache is
# `{"A_prev": A_prev, "Z": Z, "A": A}`, with `A` before dropout; a
# dropped layer's cache also holds `"D"` (the mask) and `"keep_prob"`.
# Return `AL` and the list of caches. With `keep_prob = 1.0` nothing is
# dropped. The check reads your masks from the caches: any generator
# draws are right, as long as the pass uses exactly those masks.


# %%
def forward_propagation_with_dropout(X, parameters, keep_prob, seed):
    # YOUR CODE
    raise NotImplementedError


# %%
check_forward_propagation_with_dropout(forward_propagation_with_dropout)

# %% [markdown]
# ## 3. Backpropagation through the same masks
#
# The caches now come from a forward pass with dropout. Backpropagation
# is Lesson 10's loop back from $dZ^{[L]} = A^{[L]} - Y$, with one more
# line: when the layer below, $l - 1$, was dropped (its cache
# `caches[l - 2]` has a `"D"`), the error reaches only the units that
# were kept, divided by $p$ as their outputs were:
#
# $$dA^{[l-1]} = W^{[l]T} dZ^{[l]}$$
#
# $$dA^{[l-1]} \leftarrow \frac{D^{[l-1]} \odot dA^{[l-1]}}{p}$$
#
# $$dZ^{[l-1]} = dA^{[l-1]} \odot g'(Z^{[l-1]})$$
#
# Use the mask stored in the cache, the one the forward pass applied;
# $p$ is the cache's `"keep_prob"`. Return a dict with `dW1`, `db1`,
# ..., `dWL`, `dbL`.


# %%
def backward_propagation_with_dropout(parameters, caches, X, Y):
    # YOUR CODE
    raise NotImplementedError


# %%
check_backward_propagation_with_dropout(backward_propagation_with_dropout)
