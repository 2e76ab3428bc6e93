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
# # Lesson 8 exercises: mini-batches, momentum, Adam
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
    check_random_mini_batches,
    check_update_parameters_with_adam,
    check_update_parameters_with_momentum,
)

# %% [markdown]
# ## 1. Mini-batches
#
# Shuffle the $m$ columns of `X` $(n_x, m)$ and `Y` $(1, m)$ with **one**
# permutation, so that every example keeps its label, then cut them into
# mini-batches of $b$ = `mini_batch_size` columns. The last mini-batch
# holds the remaining $m \bmod b$ examples when that is not 0, so there
# are $\lceil m / b \rceil$ mini-batches in all. Shuffle with your own
# generator, `np.random.default_rng(seed)`, never with NumPy's global
# one. Return a list of `(X_batch, Y_batch)` pairs.
#
# Any shuffle is right: the check looks at what the batches hold, not at
# one particular order.


# %%
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    # YOUR CODE
    raise NotImplementedError


# %%
check_random_mini_batches(random_mini_batches)

# %% [markdown]
# ## 2. Momentum
#
# For each parameter $W$ (and $b$ alike) a moving average of its
# gradients, the velocity, then a step along it:
#
# $$v_{dW} \leftarrow \beta\, v_{dW} + (1 - \beta)\, dW,$$
#
# $$W \leftarrow W - \alpha\, v_{dW}$$
#
# `v` is keyed like the gradients (`v["dW1"]`, `v["db1"]`, ...). Return
# **new** dicts `(parameters, v)`; leave the ones you were given
# unchanged. The check runs three steps in a row, each from the velocity
# the course's previous step left.


# %%
def update_parameters_with_momentum(parameters, grads, v, beta,
                                    learning_rate):
    # YOUR CODE
    raise NotImplementedError


# %%
check_update_parameters_with_momentum(update_parameters_with_momentum)

# %% [markdown]
# ## 3. Adam
#
# Momentum's average $v$ and RMSprop's average $s$ of the squared
# gradients, both corrected for starting at 0, at step $t = 1, 2, \dots$:
#
# $$v_{dW} \leftarrow \beta_1 v_{dW} + (1 - \beta_1)\, dW,$$
#
# $$s_{dW} \leftarrow \beta_2 s_{dW} + (1 - \beta_2)\, dW^2$$
#
# $$\hat{v}_{dW} = \frac{v_{dW}}{1 - \beta_1^t}, \qquad
# \hat{s}_{dW} = \frac{s_{dW}}{1 - \beta_2^t},$$
#
# $$W \leftarrow W - \frac{\alpha\, \hat{v}_{dW}}{\sqrt{\hat{s}_{dW}}
# + \varepsilon}$$
#
# Return new dicts `(parameters, v, s)`, with $v$ and $s$ as they are
# before the correction: the next step continues from them with $t + 1$.
# The check runs $t = 1, 2, 3$ in a row, so a correction with the wrong
# $t$ shows.


# %%
def update_parameters_with_adam(parameters, grads, v, s, t,
                                learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    # YOUR CODE
    raise NotImplementedError


# %%
check_update_parameters_with_adam(update_parameters_with_adam)
