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
# # Lesson 7 exercises: cost, backpropagation, the update
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

from snippets.selfcheck import (
    check_backward_propagation_nn,
    check_compute_cost,
    check_update_parameters_nn,
)

# %% [markdown]
# ## 1. The cost
#
# $J = -\frac{1}{m} \sum_{i=1}^{m} \big( y^{(i)} \log a^{(i)} + (1 - y^{(i)})
# \log(1 - a^{(i)}) \big)$, for `A2` and `Y` of shape $(1, m)$. Return a
# Python `float`.


# %%
def compute_cost(A2, Y):
    # YOUR CODE
    raise NotImplementedError


# %%
check_compute_cost(compute_cost)

# %% [markdown]
# ## 2. Backpropagation
#
# For the ReLU network: $dZ^{[2]} = A^{[2]} - Y$,
# $dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T}$,
# $db^{[2]} = \frac{1}{m} \sum dZ^{[2]}$,
# $dZ^{[1]} = W^{[2]T} dZ^{[2]} * g'(Z^{[1]})$ (elementwise),
# $dW^{[1]} = \frac{1}{m} dZ^{[1]} X^T$,
# $db^{[1]} = \frac{1}{m} \sum dZ^{[1]}$.
# Return a dict with `dW1`, `db1`, `dW2`, `db2`, each of its parameter's
# shape.


# %%
def backward_propagation_nn(parameters, cache, X, Y):
    # YOUR CODE
    raise NotImplementedError


# %%
check_backward_propagation_nn(backward_propagation_nn)

# %% [markdown]
# ## 3. The update
#
# $W \leftarrow W - \alpha\, dW$ for every parameter in the dict: `W1`,
# `b1`, `W2`, `b2` here, and `W3`, `b3`, ... for the deeper networks of
# Lesson 10, so loop over the keys (the check tries 3 layers too).
# Return a **new** dict; leave the one you were given unchanged.


# %%
def update_parameters_nn(parameters, grads, learning_rate):
    # YOUR CODE
    raise NotImplementedError


# %%
check_update_parameters_nn(update_parameters_nn)
