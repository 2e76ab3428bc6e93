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
# # Lesson 8 companion notebook: training done right
#
# This notebook trains the network of Lessons 6 and 7 the way Lesson 8
# teaches: on a training set, watched on a validation set, with
# mini-batches, an optimizer and early stopping. Then the chosen network
# meets the test set once. The functions come from the course's
# `snippets` package (install it with `pip install -e .` in a clone of the
# course repository), so the code here is exactly the code on the lesson
# page. Change the numbers and run the cells again.
#
# Adam's update for each parameter $W$, at step $t$:
#
# $$v \leftarrow \beta_1 v + (1 - \beta_1)\, dW$$
#
# $$s \leftarrow \beta_2 s + (1 - \beta_2)\, dW^2$$
#
# $$W \leftarrow W - \alpha\,
# \frac{v / (1 - \beta_1^t)}{\sqrt{s / (1 - \beta_2^t)} + \varepsilon}$$

# %%
# On Colab or Binder, install the course package first: the release
# this site was built from (skipped when it is already installed)
import importlib.util

if importlib.util.find_spec("snippets") is None:
    # %pip install -q "zero-to-one-nn-snippets==0.1.0"
    pass

# %%
# %matplotlib inline
import time

import matplotlib.pyplot as plt

from snippets.data import load_titanic
from snippets.fitting import fit_nn
from snippets.minibatches import random_mini_batches
from snippets.training import predict_nn

# %% [markdown]
# ## 1. Three sets, three jobs
#
# Training passengers fit the weights, validation passengers choose
# (the optimizer, when to stop), test passengers measure, once, at the
# end. Examples in columns: $X$ is $(n_x, m)$, $Y$ is $(1, m)$.

# %%
data = load_titanic(validation_size=0.2)
X, Y = data.X_train.T, data.y_train.reshape(1, -1)
X_val, Y_val = data.X_val.T, data.y_val.reshape(1, -1)
X_test, Y_test = data.X_test.T, data.y_test.reshape(1, -1)
print("training:  ", X.shape, Y.shape)
print("validation:", X_val.shape, Y_val.shape)
print("test:      ", X_test.shape, Y_test.shape)

# %% [markdown]
# ## 2. Mini-batches
#
# One epoch is one pass over all the mini-batches: one optimizer step
# each.

# %%
mini_batches = random_mini_batches(X, Y, mini_batch_size=64, seed=0)
print(f"{len(mini_batches)} mini-batches per epoch, sizes",
      [X_batch.shape[1] for X_batch, _ in mini_batches])

# %% [markdown]
# ## 3. Two optimizers, with early stopping
#
# Plain gradient descent with Lesson 7's learning rate 0.5, and Adam with
# 0.01. `fit_nn` stops after 10 epochs without a lower validation cost
# and returns the parameters of the best epoch (counted from 0).

# %%
settings = {"gd": 0.5, "adam": 0.01}
runs = {}
for optimizer, learning_rate in settings.items():
    start = time.perf_counter()
    parameters, history = fit_nn(
        X, Y, 8, X_val=X_val, Y_val=Y_val, optimizer=optimizer,
        learning_rate=learning_rate, num_epochs=200, patience=10)
    seconds = time.perf_counter() - start
    runs[optimizer] = (parameters, history)
    best = history["best_epoch"]
    print(f"{optimizer:5} {len(history['val_cost'])} epochs run, "
          f"best epoch {best}, validation cost "
          f"{history['val_cost'][best]:.4f}, {seconds:.2f} s")

# %% [markdown]
# ## 4. Learning curves
#
# The training cost keeps falling; the validation cost stops falling.
# The dot marks the epoch whose parameters `fit_nn` returned.

# %%
# one panel above the other: readable on a phone too
fig, axes = plt.subplots(2, 1, figsize=(5, 6), sharex=True, sharey=True)
for ax, (optimizer, (_, history)) in zip(axes, runs.items()):
    best = history["best_epoch"]
    ax.plot(history["train_cost"], label="training cost")
    ax.plot(history["val_cost"], label="validation cost")
    ax.plot(best, history["val_cost"][best], "o", color="C3",
            label="best epoch")
    ax.set_title(optimizer)
    ax.set_ylabel("cost $J$")
    ax.grid(True)
axes[-1].set_xlabel("epoch")
axes[0].legend()
fig.tight_layout()
plt.show()

# %% [markdown]
# ## 5. Choose on validation, then test once
#
# The lower validation cost chooses the optimizer. Only the chosen
# network meets the test passengers.

# %%
chosen = min(runs, key=lambda name: min(runs[name][1]["val_cost"]))
parameters = runs[chosen][0]
test_accuracy = (predict_nn(parameters, X_test) == Y_test).mean()
print(f"chosen on validation: {chosen}")
print(f"test accuracy, measured once: {test_accuracy:.1%}")

# %% [markdown]
# ## Try it yourself
#
# - Add `"momentum": 0.5` and `"rmsprop": 0.01` to `settings`. Which
#   reaches the lowest validation cost? Which stops earliest?
# - Train Adam with `learning_rate=0.001` and with `0.1`: how do the
#   learning curves change?
# - Use `mini_batch_size=785` (batch gradient descent) or
#   `mini_batch_size=1` (one example per step, what older texts call
#   stochastic gradient descent). How many epochs run, and how long do
#   they take?
# - Set `patience=200` and look at the learning curves of 200 epochs
#   with 32 hidden units: where does overfitting start?
# - Resist looking at the test accuracy of every experiment: choose
#   with the validation cost, then measure once.
