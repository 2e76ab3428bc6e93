# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.7
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Lesson 11 companion notebook: fighting overfitting
#
# This notebook makes a network overfit on purpose, a wide network on
# 100 handwritten digits, and then tries Lesson 11's remedies on it:
# L2 regularization and dropout. Last, it chooses a learning rate and
# $\lambda$ by a random search scored on the validation set, and meets
# the test set once. The functions come from the course's
# `snippets` package (install it with `pip install -e .` in a clone of
# the course repository), so the code here is exactly the code on the
# lesson page. Change the numbers and run the cells again.
#
# The L2 cost and its gradient:
#
# $$J_{\text{L2}} = J + \frac{\lambda}{2m} \sum_{l} \lVert W^{[l]}
# \rVert_F^2,$$
#
# $$dW^{[l]}_{\text{L2}} = dW^{[l]} + \frac{\lambda}{m} W^{[l]},$$
#
# and inverted dropout on each hidden layer, with a fresh mask
# $D^{[l]}$ at every step:
#
# $$A^{[l]} \leftarrow D^{[l]} \odot A^{[l]} / p.$$

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
    compute_cost_with_l2,
    fit_nn,
    forward_propagation_deep,
    initialize_parameters_deep,
)
from snippets.data import load_digits
from snippets.multiclass import compute_cost_softmax, one_hot

# %% [markdown]
# ## 1. Few digits, a wide network
#
# 10 training images of each digit, 100 in all, and 400 other training
# images as the validation set. The network has 256 hidden units: many
# more weights than images.

# %%
digits = load_digits()
rng = np.random.default_rng(0)
order = rng.permutation(len(digits.y_train))
small = np.concatenate(
    [order[digits.y_train[order] == d][:10] for d in range(10)])
rest = np.setdiff1d(order, small)[:400]
X, Y = digits.X_train[small].T, one_hot(digits.y_train[small], 10)
X_val, Y_val = digits.X_train[rest].T, one_hot(digits.y_train[rest], 10)
layer_dims = [64, 256, 10]
print("train", X.shape, "validation", X_val.shape)
print("weights:", 64 * 256 + 256 * 10)

# %% [markdown]
# ## 2. A training loop with L2 and dropout
#
# Batch gradient descent: every step uses all 100 images. `lambd` goes
# to the cost and the backward pass, `keep_prob` to the forward pass
# of the training steps only; the costs are measured without dropout,
# as at prediction. One generator draws every step's masks.


# %%
def train(lambd=0.0, keep_prob=1.0, steps=400, learning_rate=1.0):
    parameters = initialize_parameters_deep(layer_dims, seed=0)
    masks = np.random.default_rng(1)
    history = {"step": [], "train": [], "val": []}
    for step in range(steps + 1):
        if step % 20 == 0:    # the cross-entropy, without dropout
            AL, _ = forward_propagation_deep(X, parameters, output="softmax")
            AL_val, _ = forward_propagation_deep(
                X_val, parameters, output="softmax")
            history["step"].append(step)
            history["train"].append(compute_cost_softmax(AL, Y))
            history["val"].append(compute_cost_softmax(AL_val, Y_val))
        AL, caches = forward_propagation_deep(
            X, parameters, output="softmax", keep_prob=keep_prob,
            seed=masks)
        grads = backward_propagation_deep(
            parameters, caches, X, Y, output="softmax", lambd=lambd)
        parameters = {key: value - learning_rate * grads["d" + key]
                      for key, value in parameters.items()}
    return parameters, history


def accuracy(parameters, X, Y):
    AL, _ = forward_propagation_deep(X, parameters, output="softmax")
    return np.mean(np.argmax(AL, axis=0) == np.argmax(Y, axis=0))


# %% [markdown]
# ## 3. Overfitting, and two remedies
#
# The same network three times: no regularization, L2 with
# $\lambda = 1$, dropout with `keep_prob = 0.5`.

# %%
runs = {"none": {}, "L2, lambd = 1": {"lambd": 1.0},
        "dropout, keep_prob = 0.5": {"keep_prob": 0.5}}
results = {name: train(**options) for name, options in runs.items()}
for name, (parameters, history) in results.items():
    best = int(np.argmin(history["val"]))
    weights = sum(np.sum(parameters[f"W{l}"] ** 2) for l in (1, 2))
    print(f"{name:>24}: train cost {history['train'][-1]:.3f}, "
          f"validation cost {history['val'][-1]:.3f} "
          f"(best {history['val'][best]:.3f} at step "
          f"{history['step'][best]}), validation accuracy "
          f"{accuracy(parameters, X_val, Y_val):.1%}, "
          f"sum of W^2 {weights:.0f}")

# %% [markdown]
# Without regularization the training cost goes to almost 0 while the
# validation cost stops falling early: the gap of Lesson 11, section 1.
# Compare the sum of the squared weights of the three runs, and where
# each validation curve has its lowest point.

# %%
fig, axes = plt.subplots(1, 3, figsize=(10, 3), sharey=True)
for ax, (name, (_, history)) in zip(axes, results.items()):
    ax.plot(history["step"], history["train"], label="training")
    ax.plot(history["step"], history["val"], label="validation")
    ax.set_title(name)
    ax.set_xlabel("step")
axes[0].set_ylabel("cost")
axes[0].legend()
plt.show()

# %% [markdown]
# ## 4. The L2 cost
#
# `compute_cost_with_l2` is the cross-entropy plus the penalty. After
# training with L2, how much of the cost is the penalty?

# %%
parameters, _ = results["L2, lambd = 1"]
AL, _ = forward_propagation_deep(X, parameters, output="softmax")
total = compute_cost_with_l2(AL, Y, parameters, 1.0)
cross_entropy = compute_cost_softmax(AL, Y)
print(f"cost {total:.3f} = cross-entropy {cross_entropy:.3f} "
      f"+ penalty {total - cross_entropy:.3f}")

# %% [markdown]
# ## 5. A random search for the learning rate and λ
#
# Lesson 11, section 7: each of Lesson 8's optimizers gets its own
# learning rates, drawn on a log scale (the exponent uniform), and
# $\lambda$ from $10^{-3}$ to $10$. `fit_nn` trains each pair, a
# `(64, 32)` network on the same 100 images with early stopping, and
# returns the parameters of its best validation epoch. The validation
# cost alone chooses; the test images are not looked at.

# %%
rate_ranges = {"gd": (-4, 0), "momentum": (-4, 0),     # log10 of alpha
               "rmsprop": (-4, -1), "adam": (-4, -1)}
draws = np.random.default_rng(0)
trials = []
for optimizer, (low, high) in rate_ranges.items():
    for _ in range(3):
        learning_rate = 10 ** draws.uniform(low, high)
        lambd = 10 ** draws.uniform(-3, 1)
        parameters, history = fit_nn(
            X, Y, (64, 32), X_val=X_val, Y_val=Y_val, optimizer=optimizer,
            learning_rate=learning_rate, lambd=lambd, num_epochs=60,
            patience=10, seed=0)
        best = history["best_epoch"]
        trials.append({"optimizer": optimizer, "alpha": learning_rate,
                       "lambd": lambd, "parameters": parameters,
                       "train": history["train_cost"][best],
                       "val": history["val_cost"][best]})
trials.sort(key=lambda trial: trial["val"])     # validation only
for trial in trials:
    print(f"{trial['optimizer']:>8}: alpha {trial['alpha']:.1e}, lambd "
          f"{trial['lambd']:.1e}: validation cost {trial['val']:.3f} "
          f"(training {trial['train']:.3f})")
chosen = trials[0]
print("chosen:", chosen["optimizer"], f"alpha {chosen['alpha']:.1e}",
      f"lambd {chosen['lambd']:.1e}")

# %% [markdown]
# The training cost beside each validation cost is the gap of section
# 3 again: a low training cost alone says nothing. How far apart are
# the best and the worst learning rate of one optimizer?

# %% [markdown]
# ## 6. The test set, once
#
# The search has chosen. Only now does the chosen network meet the test
# images, once; its accuracy there is the number to report, and nothing
# is chosen on it.

# %%
AL_test, _ = forward_propagation_deep(digits.X_test.T,
                                      chosen["parameters"], output="softmax")
test_accuracy = np.mean(np.argmax(AL_test, axis=0) == digits.y_test)
print(f"test accuracy {test_accuracy:.1%} on {digits.y_test.size} images")

# %% [markdown]
# ## Try it yourself
#
# - Try $\lambda$ = 0.1, 3 and 10. Which gives the lowest validation
#   cost? What happens to the training cost as $\lambda$ grows?
# - Try `keep_prob` = 0.8 and 0.2.
# - Combine L2 and dropout.
# - Train on 30 images of each digit instead of 10, without
#   regularization. How does the gap between the two curves change?
# - Give the search 6 draws per optimizer instead of 3, or draw the
#   learning rate uniformly from the same range: does the choice change?
