"""The Titanic passenger data, shipped with the package and prepared.

The table is ``titanic3`` (1309 passengers, 14 columns), compiled by
Thomas Cason from the Encyclopedia Titanica and published by the
Vanderbilt Department of Biostatistics; OpenML lists it as data set
40945. A gzipped copy lives in ``snippets/_datasets/``, so nothing is
downloaded at run time.

:func:`load_titanic` turns it into the arrays the lessons use: eight
standardised features per passenger, examples in rows, and 0/1 labels,
split 80/20 into training and test rows (and, on request, validation
rows carved from the training side), with every statistic taken from
the training rows only.
It needs NumPy and the standard library; :func:`load_titanic_frame`
(the raw table as a DataFrame) needs pandas and the figure needs
matplotlib, each imported only when called.
"""

__all__ = ["FEATURE_NAMES", "DigitsData", "TitanicData", "load_digits",
           "load_titanic", "load_titanic_frame"]

# --8<-- [start:imports]
import csv
import gzip
import numbers
from importlib import resources
from typing import NamedTuple

import numpy as np

# --8<-- [end:imports]

# --8<-- [start:FEATURE_NAMES]
FEATURE_NAMES = (
    "Pclass", "Age", "SibSp", "Parch", "Fare",
    "Sex_male", "Embarked_Q", "Embarked_S",
)
# --8<-- [end:FEATURE_NAMES]


# --8<-- [start:TitanicData]
class TitanicData(NamedTuple):
    """The prepared Titanic data that :func:`load_titanic` returns.

    Attributes
    ----------
    X_train : ndarray of shape (m_train, n_x)
        Standardised training features, one passenger per row.
    X_test : ndarray of shape (m_test, n_x)
        Test features, scaled with the training mean and std.
    y_train : ndarray of shape (m_train,)
        1 if the passenger survived, else 0 (int64).
    y_test : ndarray of shape (m_test,)
        Test labels, 0 or 1 (int64).
    feature_names : tuple of str
        The ``n_x = 8`` column names of ``X_train`` and ``X_test``.
    mean, std : ndarray of shape (n_x,)
        The training statistics used for scaling (before scaling).
    fill_values : dict
        What replaced a missing value: the training medians of
        ``"Age"`` and ``"Fare"`` and the training mode of
        ``"Embarked"``.
    train_index, test_index : ndarray of int
        Row numbers in the raw table (:func:`load_titanic_frame`) of
        the training and test passengers, in the order of the arrays.
    X_val : ndarray of shape (m_val, n_x)
        Validation features, scaled with the training mean and std;
        ``(0, n_x)`` unless ``validation_size`` was given.
    y_val : ndarray of shape (m_val,)
        Validation labels, 0 or 1 (int64).
    val_index : ndarray of int
        Row numbers in the raw table of the validation passengers.
    """

    X_train: np.ndarray
    X_test: np.ndarray
    y_train: np.ndarray
    y_test: np.ndarray
    feature_names: tuple
    mean: np.ndarray
    std: np.ndarray
    fill_values: dict
    train_index: np.ndarray
    test_index: np.ndarray
    X_val: np.ndarray
    y_val: np.ndarray
    val_index: np.ndarray
# --8<-- [end:TitanicData]


# --8<-- [start:read_titanic_csv]
_DATA_FILE = "titanic3.csv.gz"
# "?" marks a missing value in the titanic3 file
_MISSING = "?"


def _read_titanic_csv():
    """Return the raw table as ``{column name: list of strings}``."""
    source = resources.files(__package__) / "_datasets" / _DATA_FILE
    with (
        source.open("rb") as packed,
        gzip.open(packed, "rt", encoding="utf-8", newline="") as text,
    ):
        rows = list(csv.reader(text))
    header, body = rows[0], rows[1:]
    return {name: [row[j] for row in body] for j, name in enumerate(header)}


def _as_float(values):
    """Convert strings to float64, the missing marker "?" to NaN."""
    return np.array(
        [np.nan if v == _MISSING else float(v) for v in values],
        dtype=np.float64,
    )
# --8<-- [end:read_titanic_csv]


def _check_arguments(func, test_size, validation_size, seed):
    """Raise TypeError/ValueError for a bad size or ``seed``."""
    # bool is a number subclass, but test_size=True is surely a mistake
    if isinstance(test_size, bool) or not isinstance(
        test_size, numbers.Real
    ):
        raise TypeError(
            f"{func}: test_size must be a float between 0 and 1 (the "
            f"fraction of passengers held out for testing), but got "
            f"{test_size!r} of type {type(test_size).__name__}. "
            f"Hint: pass a number such as test_size=0.2."
        )
    # written this way round so that NaN fails too
    if not 0 < test_size < 1:
        raise ValueError(
            f"{func}: test_size must be strictly between 0 and 1 (the "
            f"fraction of passengers held out for testing), but got "
            f"{test_size!r}. Hint: test_size=0.2 keeps 80% for training."
        )
    if isinstance(validation_size, bool) or not isinstance(
        validation_size, numbers.Real
    ):
        raise TypeError(
            f"{func}: validation_size must be a float between 0 and 1 "
            f"(the fraction of all passengers held out for validation), "
            f"but got {validation_size!r} of type "
            f"{type(validation_size).__name__}. Hint: pass a number such "
            f"as validation_size=0.2."
        )
    if not 0 <= validation_size < 1:
        raise ValueError(
            f"{func}: validation_size must be at least 0 and below 1 (the "
            f"fraction of all passengers held out for validation; 0 "
            f"means none), but got {validation_size!r}. Hint: "
            f"validation_size=0.2 holds out one passenger in five."
        )
    if not test_size + validation_size < 1:
        raise ValueError(
            f"{func}: test_size + validation_size must be below 1 (both "
            f"are fractions of all passengers; the rest is for "
            f"training), but got {test_size!r} + {validation_size!r}. "
            f"Hint: test_size=0.2, validation_size=0.2 train on 60%."
        )
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        raise TypeError(
            f"{func}: seed must be a non-negative int (it fixes the "
            f"random split), but got {seed!r} of type "
            f"{type(seed).__name__}."
        )
    if seed < 0:
        raise ValueError(
            f"{func}: seed must be a non-negative int (it fixes the "
            f"random split), but got {seed}."
        )


# --8<-- [start:stratified_split]
def _stratified_split(y, *, test_size, rng, part="test", asked=None):
    """Split row numbers into train and test, keeping the class mix.

    Each class (0 = died, 1 = survived) is shuffled and split
    separately, so both parts have the survival rate of the whole.
    The validation split reuses it on the non-test rows; ``part`` and
    ``asked`` (the caller's ``validation_size``) only word its errors.
    """
    train_parts, test_parts = [], []
    for label in (0, 1):
        rows = rng.permutation(np.flatnonzero(y == label))
        # round half up, the same way for every class
        n_test = int(np.floor(test_size * rows.size + 0.5))
        if n_test == 0 or n_test == rows.size:
            side = part if n_test == 0 else "training"
            asked = test_size if asked is None else asked
            pool = "in all" if part == "test" else "outside the test set"
            raise ValueError(
                f"load_titanic: {part}_size={asked!r} leaves no "
                f"passenger with label {label} in the {side} set (there "
                f"are {rows.size} {pool}). Hint: use a fraction such as "
                f"0.2."
            )
        test_parts.append(rows[:n_test])
        train_parts.append(rows[n_test:])
    # shuffle again so the classes are mixed within each part
    train = rng.permutation(np.concatenate(train_parts))
    test = rng.permutation(np.concatenate(test_parts))
    return train, test
# --8<-- [end:stratified_split]


# --8<-- [start:fill_missing]
def _fill_with_train_median(x, train, name):
    """Replace NaN in ``x`` by the median of its known training values."""
    known = x[train][~np.isnan(x[train])]
    if known.size == 0:
        raise ValueError(
            f"load_titanic: no training passenger has a known {name}, "
            f"so there is no median to fill it with. Hint: use a "
            f"smaller test_size such as 0.2."
        )
    value = float(np.median(known))
    return np.where(np.isnan(x), value, x), value


def _fill_with_train_mode(labels, train, name):
    """Replace "?" in ``labels`` by the most common training label."""
    known = labels[train][labels[train] != _MISSING]
    if known.size == 0:
        raise ValueError(
            f"load_titanic: no training passenger has a known {name}, "
            f"so there is no mode to fill it with. Hint: use a smaller "
            f"test_size such as 0.2."
        )
    # np.unique sorts, so a tie goes to the alphabetically first label
    values, counts = np.unique(known, return_counts=True)
    value = str(values[np.argmax(counts)])
    return np.where(labels == _MISSING, value, labels), value
# --8<-- [end:fill_missing]


# --8<-- [start:load_titanic]
def load_titanic(*, test_size=0.2, validation_size=0.0, seed=42):
    """Load the Titanic passengers as standardised train/test arrays.

    Prepares the titanic3 table the way Lesson 4 did: eight numeric
    features, missing values filled, a stratified split, and every
    feature standardised with the training set's mean and std.
    ``validation_size`` also holds out a validation set (Lesson 8).

    Parameters
    ----------
    test_size : float, default 0.2
        Fraction of the passengers held out for testing, in (0, 1).
        Each class is split separately, rounding half up, so the
        default gives ``m_train = 1047`` and ``m_test = 262``.
    validation_size : float, default 0.0
        Fraction of *all* the passengers held out for validation, in
        [0, 1), with ``test_size + validation_size < 1``. The
        validation set is carved, stratified, from the non-test
        passengers, so the test set does not depend on it; with the
        default ``test_size``, ``validation_size=0.2`` gives
        ``m_train = 785``, ``m_val = 262`` and ``m_test = 262``. The
        default 0 leaves the validation arrays empty.
    seed : int, default 42
        Seed of the local random generator that shuffles the split;
        the same seed always gives the same arrays. NumPy's global
        random state is never touched.

    Returns
    -------
    TitanicData
        A named tuple with ``X_train`` ``(m_train, n_x)``, ``X_test``
        ``(m_test, n_x)`` (float64, one passenger per row, ``n_x = 8``),
        ``y_train`` ``(m_train,)`` and ``y_test`` ``(m_test,)`` (int64,
        1 = survived), ``feature_names``, the training ``mean`` and
        ``std``, the ``fill_values`` used for missing entries,
        ``train_index``/``test_index`` into the raw table, and the
        validation set: ``X_val`` ``(m_val, n_x)``, ``y_val``
        ``(m_val,)`` and ``val_index`` (``m_val = 0`` by default).

    Raises
    ------
    TypeError
        If ``test_size`` or ``validation_size`` is not a real number or
        ``seed`` not an int.
    ValueError
        If ``test_size`` is not strictly between 0 and 1,
        ``validation_size`` not in [0, 1), their sum not below 1, a
        part would miss a class, or ``seed`` is negative.

    Notes
    -----
    The features are ``Pclass``, ``Age``, ``SibSp``, ``Parch``,
    ``Fare``, ``Sex_male`` (1 for men) and ``Embarked_Q``/``Embarked_S``
    (one-hot port of embarkation; Cherbourg, the first level, is the
    all-zero case). Missing ``Age`` and ``Fare`` become the training
    median, a missing port the training mode. The split happens before
    any statistic is computed, so nothing about the validation or test
    passengers leaks into the filling or the scaling. A feature that is
    constant in the training rows keeps a std of 1 instead of dividing
    by 0.

    Examples
    --------
    >>> from snippets.data import load_titanic
    >>> data = load_titanic()
    >>> data.X_train.shape, data.y_train.shape
    ((1047, 8), (1047,))
    >>> data.X_test.shape, data.y_test.shape
    ((262, 8), (262,))
    >>> data.feature_names[:4]
    ('Pclass', 'Age', 'SibSp', 'Parch')
    >>> data.fill_values
    {'Age': 28.0, 'Fare': 14.4, 'Embarked': 'S'}
    >>> X = data.X_train.T          # Lesson 6: one passenger per column
    >>> X.shape
    (8, 1047)
    >>> data = load_titanic(validation_size=0.2)        # Lesson 8
    >>> data.X_train.shape, data.X_val.shape, data.X_test.shape
    ((785, 8), (262, 8), (262, 8))
    """
    _check_arguments("load_titanic", test_size, validation_size, seed)
    raw = _read_titanic_csv()
    y = np.array(raw["survived"], dtype=np.int64)

    # split first: every statistic below comes from the training rows
    rng = np.random.default_rng(seed)
    train, test = _stratified_split(y, test_size=test_size, rng=rng)
    val = train[:0]                     # no validation set by default
    if validation_size > 0:
        # carve it from the non-test rows with a generator of its own,
        # rescaled: validation_size is a fraction of all passengers
        keep, held = _stratified_split(
            y[train], test_size=validation_size * y.size / train.size,
            rng=rng.spawn(1)[0], part="validation", asked=validation_size)
        train, val = train[keep], train[held]

    age, age_fill = _fill_with_train_median(
        _as_float(raw["age"]), train, "Age")
    fare, fare_fill = _fill_with_train_median(
        _as_float(raw["fare"]), train, "Fare")
    port, port_fill = _fill_with_train_mode(
        np.array(raw["embarked"]), train, "Embarked")
    sex = np.array(raw["sex"])

    X = np.column_stack([
        _as_float(raw["pclass"]),
        age,
        _as_float(raw["sibsp"]),
        _as_float(raw["parch"]),
        fare,
        sex == "male",          # one-hot sex, "female" dropped
        port == "Q",            # one-hot port, "C" dropped
        port == "S",
    ]).astype(np.float64)

    # standardise with the training statistics only
    mean = X[train].mean(axis=0)
    std = X[train].std(axis=0)
    std = np.where(std > 0, std, 1.0)   # a constant column stays finite
    X = (X - mean) / std

    return TitanicData(
        X_train=X[train], X_test=X[test],
        y_train=y[train], y_test=y[test],
        feature_names=FEATURE_NAMES,
        mean=mean, std=std,
        fill_values={"Age": age_fill, "Fare": fare_fill,
                     "Embarked": port_fill},
        train_index=train, test_index=test,
        X_val=X[val], y_val=y[val], val_index=val,
    )
# --8<-- [end:load_titanic]


# --8<-- [start:load_titanic_frame]
def load_titanic_frame():
    """Return the raw titanic3 table as a pandas DataFrame.

    Returns
    -------
    pandas.DataFrame
        1309 rows, one per passenger, and the 14 original columns
        (``pclass``, ``survived``, ``name``, ``sex``, ``age``, ...,
        ``home.dest``); missing values are NaN.

    Raises
    ------
    ImportError
        If pandas is not installed.

    Examples
    --------
    >>> from snippets.data import load_titanic_frame
    >>> frame = load_titanic_frame()
    >>> frame.shape
    (1309, 14)
    >>> print(frame.loc[0, "name"])
    Allen, Miss. Elisabeth Walton
    >>> int(frame["age"].isna().sum())
    263
    """
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError(
            "load_titanic_frame needs pandas, which is not installed. "
            "Hint: pip install pandas (load_titanic works without it)."
        ) from error
    source = resources.files(__package__) / "_datasets" / _DATA_FILE
    with source.open("rb") as packed:
        # only "?" means missing: no name or ticket is read as NaN
        return pd.read_csv(
            packed, compression="gzip",
            na_values=[_MISSING], keep_default_na=False,
        )
# --8<-- [end:load_titanic_frame]


# --8<-- [start:DigitsData]
class DigitsData(NamedTuple):
    """The handwritten digits that :func:`load_digits` returns.

    Attributes
    ----------
    X_train : ndarray of shape (m_train, 64)
        Training images, one per row: the 8x8 pixels read row by row
        (``X_train[i].reshape(8, 8)`` is the image), scaled from 0..16
        to [0, 1] (float64).
    X_test : ndarray of shape (m_test, 64)
        Test images, scaled the same way.
    y_train : ndarray of shape (m_train,)
        The digit each training image shows, 0 to 9 (int64).
    y_test : ndarray of shape (m_test,)
        The digit each test image shows, 0 to 9 (int64).
    train_index, test_index : ndarray of int
        Row numbers in the shipped file (``digits.csv.gz``) of the
        training and test images, in the order of the arrays.
    X_val : ndarray of shape (m_val, 64)
        Validation images, scaled the same way; ``(0, 64)`` unless
        ``validation_size`` was given.
    y_val : ndarray of shape (m_val,)
        The digit each validation image shows (int64).
    val_index : ndarray of int
        Row numbers in the shipped file of the validation images.
    """

    X_train: np.ndarray
    X_test: np.ndarray
    y_train: np.ndarray
    y_test: np.ndarray
    train_index: np.ndarray
    test_index: np.ndarray
    X_val: np.ndarray
    y_val: np.ndarray
    val_index: np.ndarray
# --8<-- [end:DigitsData]


# --8<-- [start:read_digits_csv]
_DIGITS_FILE = "digits.csv.gz"
# a pixel counts the "on" bits of a 4x4 block of the 32x32 scan: 0..16
_DIGITS_MAX_PIXEL = 16


def _read_digits_csv():
    """Return the shipped pixels (1797, 64) and labels (1797,), int64."""
    source = resources.files(__package__) / "_datasets" / _DIGITS_FILE
    with (
        source.open("rb") as packed,
        gzip.open(packed, "rt", encoding="ascii", newline="") as text,
    ):
        # 64 pixel counts, then the digit, on every line
        table = np.array([[int(v) for v in row] for row in csv.reader(text)],
                         dtype=np.int64)
    return table[:, :-1], table[:, -1]
# --8<-- [end:read_digits_csv]


def _check_digits_arguments(test_size, validation_size, seed):
    """Raise TypeError/ValueError for a bad size or ``seed``."""
    # bool is a number subclass, but test_size=True is surely a mistake
    if isinstance(test_size, bool) or not isinstance(
        test_size, numbers.Real
    ):
        raise TypeError(
            f"load_digits: test_size must be a float between 0 and 1 (the "
            f"fraction of images held out for testing), but got "
            f"{test_size!r} of type {type(test_size).__name__}. "
            f"Hint: pass a number such as test_size=0.2."
        )
    # written this way round so that NaN fails too
    if not 0 < test_size < 1:
        raise ValueError(
            f"load_digits: test_size must be strictly between 0 and 1 (the "
            f"fraction of images held out for testing), but got "
            f"{test_size!r}. Hint: test_size=0.2 keeps 80% for training."
        )
    if isinstance(validation_size, bool) or not isinstance(
        validation_size, numbers.Real
    ):
        raise TypeError(
            f"load_digits: validation_size must be a float between 0 and 1 "
            f"(the fraction of all images held out for validation), but "
            f"got {validation_size!r} of type "
            f"{type(validation_size).__name__}. Hint: pass a number such "
            f"as validation_size=0.2."
        )
    if not 0 <= validation_size < 1:
        raise ValueError(
            f"load_digits: validation_size must be at least 0 and below 1 "
            f"(the fraction of all images held out for validation; 0 means "
            f"none), but got {validation_size!r}. Hint: "
            f"validation_size=0.2 holds out one image in five."
        )
    if not test_size + validation_size < 1:
        raise ValueError(
            f"load_digits: test_size + validation_size must be below 1 "
            f"(both are fractions of all images; the rest is for "
            f"training), but got {test_size!r} + {validation_size!r}. "
            f"Hint: test_size=0.2, validation_size=0.2 train on 60%."
        )
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        raise TypeError(
            f"load_digits: seed must be a non-negative int (it fixes the "
            f"random split), but got {seed!r} of type "
            f"{type(seed).__name__}."
        )
    if seed < 0:
        raise ValueError(
            f"load_digits: seed must be a non-negative int (it fixes the "
            f"random split), but got {seed}."
        )


# --8<-- [start:split_each_class]
def _split_each_class(y, *, test_size, rng, part="test", asked=None):
    """Split row numbers into train and test, keeping the digit mix.

    Like ``_stratified_split``, for any number of classes: each digit's
    rows are shuffled and split separately, rounding half up. The
    validation split reuses it on the non-test rows; ``part`` and
    ``asked`` (the caller's ``validation_size``) only word its errors.
    """
    train_parts, test_parts = [], []
    for label in np.unique(y):
        rows = rng.permutation(np.flatnonzero(y == label))
        n_test = int(np.floor(test_size * rows.size + 0.5))
        if n_test == 0 or n_test == rows.size:
            side = part if n_test == 0 else "training"
            asked = test_size if asked is None else asked
            pool = "in all" if part == "test" else "outside the test set"
            raise ValueError(
                f"load_digits: {part}_size={asked!r} leaves no image of "
                f"the digit {label} in the {side} set (there are "
                f"{rows.size} {pool}). Hint: use a fraction such as 0.2."
            )
        test_parts.append(rows[:n_test])
        train_parts.append(rows[n_test:])
    # shuffle again so the digits are mixed within each part
    train = rng.permutation(np.concatenate(train_parts))
    test = rng.permutation(np.concatenate(test_parts))
    return train, test


def _split_digits(y, test_size, validation_size, seed):
    """Row numbers of the training, validation and test images.

    The test rows come first and do not depend on ``validation_size``;
    the validation rows are carved from the others with a generator of
    their own, so ``validation_size=0`` gives the two-way split.
    """
    rng = np.random.default_rng(seed)
    train, test = _split_each_class(y, test_size=test_size, rng=rng)
    val = train[:0]                     # no validation set by default
    if validation_size > 0:
        # rescaled: validation_size is a fraction of all images
        keep, held = _split_each_class(
            y[train], test_size=validation_size * y.size / train.size,
            rng=rng.spawn(1)[0], part="validation", asked=validation_size)
        train, val = train[keep], train[held]
    return train, val, test
# --8<-- [end:split_each_class]


# --8<-- [start:load_digits]
def load_digits(*, test_size=0.2, validation_size=0.0, seed=42):
    """Load the 1797 handwritten digits as train/test arrays (Lesson 9).

    Each image is 8x8 pixels, flattened to 64 features in [0, 1]; the
    label is the digit, 0 to 9. The split is stratified by digit;
    ``validation_size`` also holds out a validation set (Lesson 8).

    Parameters
    ----------
    test_size : float, default 0.2
        Fraction of the images held out for testing, in (0, 1). Each
        digit is split separately, rounding half up, so the default
        gives ``m_train = 1438`` and ``m_test = 359``.
    validation_size : float, default 0.0
        Fraction of *all* the images held out for validation, in
        [0, 1), with ``test_size + validation_size < 1``. The validation
        set is carved, stratified by digit, from the non-test images, so
        the test set does not depend on it; with the default
        ``test_size``, ``validation_size=0.2`` gives ``m_train = 1081``,
        ``m_val = 357`` and ``m_test = 359``. The default 0 leaves the
        validation arrays empty.
    seed : int, default 42
        Seed of the local random generator that shuffles the split;
        the same seed always gives the same arrays. NumPy's global
        random state is never touched.

    Returns
    -------
    DigitsData
        A named tuple with ``X_train`` ``(m_train, 64)`` and ``X_test``
        ``(m_test, 64)`` (float64 pixels in [0, 1], one image per row),
        ``y_train`` ``(m_train,)`` and ``y_test`` ``(m_test,)`` (int64
        digits 0 to 9), ``train_index``/``test_index``, the rows of
        the shipped file, and the validation set: ``X_val``
        ``(m_val, 64)``, ``y_val`` ``(m_val,)`` and ``val_index``
        (``m_val = 0`` by default).

    Raises
    ------
    TypeError
        If ``test_size`` or ``validation_size`` is not a real number or
        ``seed`` not an int.
    ValueError
        If ``test_size`` is not strictly between 0 and 1,
        ``validation_size`` not in [0, 1), their sum not below 1, a
        part would miss a digit, or ``seed`` is negative.

    Notes
    -----
    The images are the test set of the UCI "Optical Recognition of
    Handwritten Digits" data (E. Alpaydin and C. Kaynak, 1998; CC BY
    4.0), as scikit-learn ships it: 32x32 bitmaps cut into 4x4 blocks,
    each pixel the number of ink bits in its block, 0 to 16. They were
    written by 13 people (the UCI set has 43 writers; the other 30 wrote
    its training part). A random split puts every writer in both
    training and test, so the test accuracy measures new digits by
    writers the model has seen, not new writers. Dividing
    by 16 puts every feature in [0, 1] with the same meaning (the share
    of ink in a block), so no statistic of the data is needed and
    nothing about the test images leaks into the scaling.

    Examples
    --------
    >>> import numpy as np
    >>> from snippets.data import load_digits
    >>> digits = load_digits()
    >>> digits.X_train.shape, digits.X_test.shape
    ((1438, 64), (359, 64))
    >>> float(digits.X_train.min()), float(digits.X_train.max())
    (0.0, 1.0)
    >>> np.bincount(digits.y_test)          # about 36 of each digit
    array([36, 36, 35, 37, 36, 36, 36, 36, 35, 36])
    >>> X = digits.X_train.T                # one image per column
    >>> X.shape
    (64, 1438)
    >>> digits = load_digits(validation_size=0.2)       # Lesson 8's way
    >>> digits.X_train.shape, digits.X_val.shape, digits.X_test.shape
    ((1081, 64), (357, 64), (359, 64))
    """
    _check_digits_arguments(test_size, validation_size, seed)
    pixels, y = _read_digits_csv()
    X = pixels / _DIGITS_MAX_PIXEL      # 0..16 -> [0, 1], float64
    train, val, test = _split_digits(y, test_size, validation_size, seed)
    return DigitsData(
        X_train=X[train], X_test=X[test],
        y_train=y[train], y_test=y[test],
        train_index=train, test_index=test,
        X_val=X[val], y_val=y[val], val_index=val,
    )
# --8<-- [end:load_digits]
