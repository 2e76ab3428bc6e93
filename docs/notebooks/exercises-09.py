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
# # Lesson 9 exercises: softmax, one-hot labels, many classes
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
    check_backward_propagation_softmax,
    check_compute_cost_softmax,
    check_one_hot,
    check_softmax,
)

# %% [markdown]
# ## 1. Softmax
#
# The scores `z` have shape $(n_y, m)$: one row per class, one column
# per example. Turn each column into probabilities:
#
# $$a_k = \frac{e^{z_k}}{\sum_{j=1}^{n_y} e^{z_j}}$$
#
# Every column of the result is positive and sums to 1. Subtract each
# column's largest score first: that leaves the probabilities unchanged,
# and `np.exp` can no longer overflow. The check also runs your function
# on scores of $\pm 1000$.


# %%
def softmax(z):
    # YOUR CODE
    raise NotImplementedError


# %%
check_softmax(softmax)

# %% [markdown]
# ## 2. One-hot labels
#
# The labels `y` are integers from 0 to `n_classes - 1`, shape $(m,)$.
# Return `Y` of shape $(n_y, m)$, with $n_y$ = `n_classes` rows, where
# column $i$ holds a single 1, in the row of its label $y^{(i)}$:
#
# $$Y_{k,i} = 1 \text{ if } y^{(i)} = k,$$
#
# $$Y_{k,i} = 0 \text{ otherwise.}$$
#
# Take the number of rows from `n_classes`: a class can be missing from
# `y`.


# %%
def one_hot(y, n_classes):
    # YOUR CODE
    raise NotImplementedError


# %%
check_one_hot(one_hot)

# %% [markdown]
# ## 3. The categorical cross-entropy
#
# `A2` holds the class probabilities and `Y` the one-hot labels, both of
# shape $(n_y, m)$. Each example costs $-\log$ of the probability of its
# true class, and $J$ is their mean over the $m$ examples:
#
# $$\mathcal{L}^{(i)} = -\sum_{k=1}^{n_y} y_k^{(i)} \log a_k^{[2](i)}$$
#
# $$J = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}^{(i)}$$
#
# Only the true class's term is not 0. Return a Python `float`.


# %%
def compute_cost_softmax(A2, Y):
    # YOUR CODE
    raise NotImplementedError


# %%
check_compute_cost_softmax(compute_cost_softmax)

# %% [markdown]
# ## 4. Backpropagation
#
# The network of Lesson 9: a ReLU hidden layer and $n_y$ softmax output
# units, with the categorical cross-entropy. The error at the output is
# the same line as for the sigmoid, now with $n_y$ rows:
#
# $$dZ^{[2]} = A^{[2]} - Y$$
#
# $$dW^{[2]} = \tfrac{1}{m}\, dZ^{[2]} A^{[1]T}$$
#
# $$db^{[2]} = \tfrac{1}{m} \textstyle\sum_i dZ^{[2]}$$
#
# $$dZ^{[1]} = W^{[2]T} dZ^{[2]} \odot g'(Z^{[1]})$$
#
# $$dW^{[1]} = \tfrac{1}{m}\, dZ^{[1]} X^T$$
#
# $$db^{[1]} = \tfrac{1}{m} \textstyle\sum_i dZ^{[1]}$$
#
# The sums run over the examples, one per row; ReLU's $g'(Z^{[1]})$ is 1
# where $Z^{[1]} > 0$ and 0 elsewhere. Return a dict with `dW1`, `db1`,
# `dW2`, `db2`, each of its parameter's shape.


# %%
def backward_propagation_softmax(parameters, cache, X, Y):
    # YOUR CODE
    raise NotImplementedError


# %%
check_backward_propagation_softmax(backward_propagation_softmax)
