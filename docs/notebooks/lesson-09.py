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
# # Lesson 9 companion notebook: many classes
#
# This notebook trains the softmax network of Lesson 9 on the handwritten
# digits: ten output units, one-hot labels and the categorical
# cross-entropy. The functions come from the course's `snippets` package
# (install it with `pip install -e .` in a clone of the course
# repository), so the code here is exactly the code on the lesson page.
# Change the numbers and run the cells again.
#
# The output layer and its error:
#
# $$a_k = \frac{e^{z_k}}{\sum_j e^{z_j}},$$
#
# $$J = -\frac{1}{m} \sum_i \sum_k y_k^{(i)} \log a_k^{(i)},$$
#
# $$dZ^{[2]} = A^{[2]} - Y.$$

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

from snippets import fit_nn
from snippets.data import load_digits
from snippets.multiclass import (
    one_hot,
    predict_softmax,
    predict_softmax_regression,
    train_softmax_regression,
)

# %% [markdown]
# ## 1. The digits
#
# 1797 images of 8 by 8 pixels, each pixel a share of ink in [0, 1],
# written by 13 people: a random split puts every writer in training and
# test, so the test accuracy is about new digits by known writers.
# Examples in columns: $X$ is $(64, m)$, and the labels become one-hot
# columns, $Y$ is $(10, m)$. As in Lesson 8, a validation set is held
# out of the training images for every choice; the test images are
# looked at once.

# %%
digits = load_digits(validation_size=0.2)
X, Y = digits.X_train.T, one_hot(digits.y_train, 10)
X_val, y_val = digits.X_val.T, digits.y_val
X_test, y_test = digits.X_test.T, digits.y_test
print("training:  ", X.shape, Y.shape)
print("validation:", X_val.shape, y_val.shape)
print("test:      ", X_test.shape, y_test.shape)

# %%
fig, axes = plt.subplots(2, 5, figsize=(5, 2.4))
for ax, image, label in zip(axes.ravel(), digits.X_train, digits.y_train):
    ax.imshow(image.reshape(8, 8), cmap="gray_r")
    ax.set_title(str(label))
    ax.axis("off")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## 2. Train the network
#
# 32 ReLU hidden units, trained the way of Lesson 8 by `fit_nn`: Adam
# with learning rate 0.01, mini-batches of 64, and early stopping after
# 10 epochs without a lower validation cost. The parameters returned
# are those of the best validation epoch.

# %%
parameters, history = fit_nn(
    X, Y, 32, X_val=X_val, Y_val=one_hot(y_val, 10), optimizer="adam",
    learning_rate=0.01, mini_batch_size=64, num_epochs=200, patience=10,
    seed=0)
best = history["best_epoch"]
print(f"best epoch {best} of {len(history['val_cost'])}: "
      f"J_val {history['val_cost'][best]:.3f}")
fig, ax = plt.subplots(figsize=(5, 3))
ax.plot(history["train_cost"], label="training")
ax.plot(history["val_cost"], label="validation")
ax.axvline(best, color="gray", linestyle=":")
ax.set_xlabel("epoch")
ax.set_ylabel("cost")
ax.legend()
plt.show()

# %% [markdown]
# ## 3. Accuracy, against multinomial logistic regression
#
# The same cost without a hidden layer, $A = \mathrm{softmax}(WX + b)$,
# trained by batch gradient descent on the same training images. Both
# read the same test images, once, so compare them image by image: only
# the images where they disagree tell them apart (McNemar's test,
# section 8 of the lesson).

# %%
y_pred = predict_softmax(parameters, X_test)
regression, _ = train_softmax_regression(X, Y)
y_regression = predict_softmax_regression(regression, X_test)
print(f"network:             validation accuracy "
      f"{np.mean(predict_softmax(parameters, X_val) == y_val):.3f}, "
      f"test accuracy {np.mean(y_pred == y_test):.3f}")
y_regression_val = predict_softmax_regression(regression, X_val)
print(f"logistic regression: validation accuracy "
      f"{np.mean(y_regression_val == y_val):.3f}, "
      f"test accuracy {np.mean(y_regression == y_test):.3f}")
network_only = np.sum((y_pred == y_test) & (y_regression != y_test))
regression_only = np.sum((y_pred != y_test) & (y_regression == y_test))
print(f"disagreements: the network alone right on {network_only}, "
      f"the regression alone on {regression_only}")

# %% [markdown]
# ## 4. A few predictions
#
# The first ten test digits, and then every digit the network gets
# wrong, with its true label and the network's answer.

# %%
print("predicted:", y_pred[:10])
print("true:     ", y_test[:10])

wrong = np.flatnonzero(y_pred != y_test)
fig, axes = plt.subplots(3, 6, figsize=(6, 4.2))
for ax in axes.ravel():
    ax.axis("off")
for ax, i in zip(axes.ravel(), wrong):
    ax.imshow(digits.X_test[i].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"true {y_test[i]}\nsaid {y_pred[i]}")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Try it yourself
#
# - Choose between `n_h=8`, `32` and `64` the way Lesson 8 does: split
#   with `load_digits(validation_size=0.2)`, compare the validation
#   accuracies, and look at the test digits only for the winner.
# - Train with `hidden_activation="tanh"`.
# - Try `learning_rate=0.1`, or `optimizer="gd"` with `learning_rate=0.5`:
#   what happens to the two cost curves?
# - Count the confusions:
#   `one_hot(y_test, 10) @ one_hot(y_pred, 10).T` is the confusion
#   matrix. Which digits does the network mix up?
