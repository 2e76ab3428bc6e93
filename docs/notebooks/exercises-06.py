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
# # Lesson 6 exercises: activations, initialization, forward propagation
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
    check_forward_propagation_nn,
    check_initialize_parameters_nn,
    check_relu,
    check_sigmoid,
)

# %% [markdown]
# ## 1. ReLU
#
# $\mathrm{ReLU}(z) = \max(0, z)$, elementwise, for a number or an array
# of any shape.


# %%
def relu(z):
    # YOUR CODE: max(0, z) elementwise
    raise NotImplementedError


# %%
check_relu(relu)

# %% [markdown]
# ## 2. The sigmoid
#
# $\sigma(z) = 1 / (1 + e^{-z})$. The check also calls it at
# $z = \pm 1000$: the textbook formula overflows there (a warning), so
# exponentiate only $-|z|$. Keep the input's float type: a float32 `z`
# gives a float32 result (`np.asarray(z, dtype=float)` would make it
# float64).


# %%
def sigmoid(z):
    # YOUR CODE: 1 / (1 + exp(-z)), without overflow
    raise NotImplementedError


# %%
check_sigmoid(sigmoid)

# %% [markdown]
# ## 3. Initialization
#
# Return a dict with `W1` $(n_h, n_x)$ and `W2` $(n_y, n_h)$: standard
# normal draws times 0.01, and zero biases `b1` $(n_h, 1)$, `b2`
# $(n_y, 1)$. Use a local generator such as `np.random.default_rng(0)`,
# never `np.random.seed`: the check verifies that NumPy's global random
# state stays untouched.


# %%
def initialize_parameters_nn(n_x, n_h, n_y):
    # YOUR CODE
    raise NotImplementedError


# %%
check_initialize_parameters_nn(initialize_parameters_nn)

# %% [markdown]
# ## 4. Forward propagation
#
# $Z^{[1]} = W^{[1]} X + b^{[1]}$, $A^{[1]} = \mathrm{ReLU}(Z^{[1]})$,
# $Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}$, $A^{[2]} = \sigma(Z^{[2]})$.
# Return `A2` and the cache, a dict with `Z1`, `A1`, `Z2`, `A2`. Float32
# `X` and parameters give float32 results: no `dtype=float` anywhere.


# %%
def forward_propagation_nn(X, parameters):
    # YOUR CODE
    raise NotImplementedError


# %%
check_forward_propagation_nn(forward_propagation_nn)
