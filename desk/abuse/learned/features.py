"""Sentences and hashed character n-grams, computed for a whole batch at once in numpy.

Why characters, not words: one feature space serves English, Spanish, Russian, Swedish and
Chinese (no word segmenter for Chinese, and Russian and Swedish inflections share their
stems' n-grams), and misspelt or masked words ("idi0t", "п*дор") still share most n-grams.

Why hashing: no vocabulary to ship. An n-gram's bucket comes from a fixed arithmetic hash of
its code points (not Python's ``hash``, which changes between runs), so training and scoring
agree on every machine. Every order's n-grams of every text in a batch are computed with a
handful of array operations; nothing loops over characters in Python.

Beside the characters, words: unigrams and bigrams of the words (letters, digits and the
mask symbols ``*``, ``#``, ``@``, ``$`` run together; not of Chinese, which has no spaces),
asked for by the negative orders ``-1`` and ``-2``. A character n-gram knows "kill" wherever
it occurs; a word bigram knows "kill you" from "kill the process", and a phrasing the model
never saw still shares its words with those it did. Each word feature sits at its first
word's first character, so the batch keeps one layout for every order.

A text's features are its n-gram counts divided by the square root of their total (at least
``MIN_NGRAMS``), so a long sentence does not outscore a short one just by being long, and a
two-word sentence ("I hope so.") cannot reach a high score on a handful of n-grams.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desk.abuse import zh_traditional

ORDERS = (1, 2, 3, 4, -1, -2)  # character n-grams; -1, -2: word unigrams, bigrams
BITS = 18  # 262,144 buckets
MAX_SENTENCE = 400  # characters of one sentence that are read (a flood is not read twice)
MIN_NGRAMS = 40.0  # a shorter text is scored as if this long: a few n-grams say little
_SEPARATOR = 0  # code point put between texts: no n-gram spans it
_MULTIPLIER = np.uint64(0x100000001B3)  # FNV-1a's 64-bit prime, as a rolling multiplier
_MIXERS = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
    np.uint64(0xD6E8FEB86659FD93),
    np.uint64(0xFF51AFD7ED558CCD),
)
_SENTENCE = re.compile(r"[^\n.!?。！？…;；]+[.!?。！？…;；]*")
_DIGITS = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[\w*#@$]+")
_WORD_MIXERS = (np.uint64(0xA0761D6478BD642F), np.uint64(0xE7037ED1A0B428DB))
_CJK = 0x2E80  # words from here on (Chinese, Japanese) are not words: no spaces between them

UInt64Array = npt.NDArray[np.uint64]
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Span:
    """One sentence of a message: ``text[start:end]``."""

    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """The sentences of ``text`` (split at . ! ? 。 ！ ？ … ; and line breaks), trimmed;
    those without two letters among their first eight characters ("$$$", "1.") are left out."""
    spans: list[Span] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if sum(c.isalpha() for c in text[start : min(end, start + 8)]) >= 2:
            spans.append(Span(start, end))
    return spans


def normalise(text: str) -> str:
    """Lower case, digits as 0, runs of white space as one space, a space at each end;
    Traditional Chinese characters as their Simplified forms (the zh training lines are
    Simplified: "你這個廢物" then reads as the "你这个废物" the model learned)."""
    text = zh_traditional.to_simplified(text[:MAX_SENTENCE].lower())
    text = _SPACES.sub(" ", _DIGITS.sub("0", text)).strip()
    return f" {text} "


@dataclass(frozen=True)
class Batch:
    """The hashed n-grams of a batch of texts, by order: ``buckets[k][i]`` is the bucket of
    the n-gram of order ``orders[k]`` starting at position ``i`` of the joined texts, and
    ``valid[k][i]`` whether that n-gram lies inside one text. ``starts`` are where each text
    begins in the joined array; ``counts`` how many n-grams each text has."""

    buckets: list[IntArray]
    valid: list[npt.NDArray[np.bool_]]
    starts: IntArray
    counts: FloatArray


def hash_batch(texts: Sequence[str], orders: Sequence[int] = ORDERS, bits: int = BITS) -> Batch:
    """Hash every n-gram of every (already normalised) text in one pass of array operations."""
    joined = "\x00".join(texts) + "\x00"
    points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    size = points.size
    separators = np.concatenate(([0], np.cumsum(points == _SEPARATOR))).astype(np.int64)
    shift = np.uint64(64 - bits)
    rolling = np.zeros(size, dtype=np.uint64)
    buckets: list[IntArray] = []
    valid: list[npt.NDArray[np.bool_]] = []
    counts = np.zeros(len(texts), dtype=np.float64)
    with np.errstate(over="ignore"):
        for n in range(1, max(max(orders), 0) + 1):
            # rolling[i] now covers points[i : i + n]; past the end it is padded with zeros
            tail = np.zeros(size, dtype=np.uint64)
            tail[: size - n + 1] = points[n - 1 :]
            rolling = rolling * _MULTIPLIER + tail
            if n not in orders:
                continue
            inside = np.zeros(size, dtype=np.bool_)
            ends = np.minimum(np.arange(size) + n, size)
            inside[: size - n + 1] = (separators[ends] - separators[:size])[: size - n + 1] == 0
            mixed = (rolling + np.uint64(n)) * _MIXERS[(n - 1) % len(_MIXERS)]
            buckets.append((mixed >> shift).astype(np.int64))
            valid.append(inside)
            if texts:
                counts += np.add.reduceat(inside.astype(np.float64), starts)
        for n in (-1, -2):
            if n in orders:
                bucket, inside = _word_features(joined, points, separators, -n, bits)
                buckets.append(bucket)
                valid.append(inside)
                if texts:
                    counts += np.add.reduceat(inside.astype(np.float64), starts)
    return Batch(buckets, valid, starts, np.sqrt(np.maximum(counts, MIN_NGRAMS)).astype(np.float32))


def _word_features(
    joined: str, points: UInt64Array, separators: IntArray, n: int, bits: int
) -> tuple[IntArray, npt.NDArray[np.bool_]]:
    """The buckets of word unigrams (``n`` 1) or bigrams (2), each at its first word's start.

    A word's hash is a polynomial hash of its code points, read off prefix sums (wrapping
    uint64 arithmetic) so that no Python loop touches characters; only the regular
    expression that finds the words runs over the text."""
    size = points.size
    bucket = np.zeros(size, dtype=np.int64)
    inside = np.zeros(size, dtype=np.bool_)
    spans = np.array([m.span() for m in _WORD.finditer(joined)], dtype=np.int64).reshape(-1, 2)
    if spans.shape[0] < n:
        return bucket, inside
    starts, ends = spans[:, 0], spans[:, 1]
    powers = np.ones(int((ends - starts).max()) + 1, dtype=np.uint64)
    powers[1:] = _MULTIPLIER
    powers = np.cumprod(powers, dtype=np.uint64)
    prefix = _polynomial_prefix(points)
    words = prefix[ends] - prefix[starts] * powers[ends - starts]
    words = words * _WORD_MIXERS[0] + np.uint64(1)
    keep = points[starts] < _CJK
    if n == 2:
        same_text = separators[starts[1:]] == separators[starts[:-1]]
        words = (words[:-1] * _MULTIPLIER + words[1:]) * _WORD_MIXERS[1]
        keep = keep[:-1] & keep[1:] & same_text
        starts = starts[:-1]
    shift = np.uint64(64 - bits)
    bucket[starts] = ((words ^ (words >> np.uint64(29))) * _MIXERS[n] >> shift).astype(np.int64)
    inside[starts] = keep
    return bucket, inside


def _polynomial_prefix(points: UInt64Array) -> UInt64Array:
    """``out[k] = points[0] * M**(k-1) + ... + points[k-1]`` (mod 2**64) for every k, in
    O(n log n) array operations (a doubling scan: no Python loop over the characters)."""
    out = np.zeros(points.size + 1, dtype=np.uint64)
    out[1:] = points
    step, power = 1, _MULTIPLIER
    with np.errstate(over="ignore"):  # wrapping is the arithmetic meant
        while step <= points.size:
            # out[k] += out[k - step] * M**step for k >= step: joins two halves of the scan
            shifted = out[: out.size - step] * power
            out[step:] = out[step:] + shifted
            step *= 2
            power = power * power
    return out


def score_batch(batch: Batch, weights: FloatArray, bias: FloatArray) -> FloatArray:
    """The linear scores (texts x categories): ``bias + sum of weights / sqrt(count)``."""
    if batch.starts.size == 0:
        return np.zeros((0, weights.shape[1]), dtype=np.float32)
    total = np.zeros((batch.starts.size, weights.shape[1]), dtype=np.float32)
    for buckets, inside in zip(batch.buckets, batch.valid, strict=True):
        gathered = weights[buckets]
        gathered[~inside] = 0.0
        total += np.add.reduceat(gathered, batch.starts, axis=0)
    out: FloatArray = (total / batch.counts[:, None] + bias[None, :]).astype(np.float32)
    return out


def sparse_rows(batch: Batch, buckets: int) -> tuple[IntArray, IntArray, FloatArray]:
    """The batch as a sparse matrix (row, bucket, value), duplicates summed, sorted by row
    then bucket: the training input."""
    rows_all: list[IntArray] = []
    cols_all: list[IntArray] = []
    text_of = np.repeat(
        np.arange(batch.starts.size, dtype=np.int64),
        np.diff(np.append(batch.starts, batch.buckets[0].size)),
    )
    for order_buckets, inside in zip(batch.buckets, batch.valid, strict=True):
        rows_all.append(text_of[inside])
        cols_all.append(order_buckets[inside])
    keys = np.concatenate(rows_all) * buckets + np.concatenate(cols_all)
    unique, counts = np.unique(keys, return_counts=True)
    rows = unique // buckets
    values = (counts / batch.counts[rows].astype(np.float64)).astype(np.float32)
    return rows, unique % buckets, values
