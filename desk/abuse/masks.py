"""Masked, leet and spaced-out spellings restored to the words a rule pack knows.

Writers hide a word from filters in three ways: a symbol for a letter (``f*ck``, ``с*ка``,
``a$$hole``), a digit for a letter (``1d10t``, ``k1ll``, ``d0dar``, ``кр3тин``), or spaces
and dots between the letters (``f.u.c.k``, ``д е б и л``, ``S B``) or between groups of
letters (``im.bé.ci.les``). Listing every variant in a pack never ends, so the matcher
restores them instead: a disguised token is compared letter by letter with the pack's own
vocabulary (every plain word of three or more letters written in its terms), where a mask
symbol stands for any letter and a digit or ``@``/``$`` for the letters it looks like. A
token is rewritten only when it fits a vocabulary word, so ordinary words with digits
(``mp3``, ``w11``) are left alone.

Every rewrite keeps the text's length, so that spans stay offsets into the stored text: a
spaced-out word is written joined and padded with spaces (``"д е б и л"`` → ``"дебил    "``),
and :func:`extend_end` stretches a match that ends inside such a run to the run's end, so
that the quoted span is the whole disguised word.

Russian writers type a digit for the Cyrillic letter it looks like or stands for in Latin
leet: ``3`` for ``е`` (as for Latin ``e``) or ``з`` (its shape), ``0`` for ``о``, ``1`` for
``и`` (the Latin ``i``), ``4`` for ``ч``, ``6`` for ``б``. The vocabulary decides which.
Dotted letter groups need three groups or more and may add only a short ending to a
vocabulary word, so that "e.g.", "bit.ly" and version numbers are left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable

MASKS = frozenset("*#@")
LEET: dict[str, str] = {
    "0": "oöóо",
    "1": "ilíи",  # "и" as the Latin "i" it is typed for: "ид10ты"
    "3": "eéез",
    "4": "aäáча",
    "5": "s",
    "6": "бb",
    "7": "t",
    "$": "s",
}
_DISGUISE = frozenset(MASKS | LEET.keys())
_FIRST_CHOICE = str.maketrans({digit: letters[0] for digit, letters in LEET.items()})
# A token: letters, digits and mask symbols run together (``a$$hole``, ``1d10t``).
_TOKEN = re.compile(r"(?:[^\W_]|[*#@$])+")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# Single letters separated by one space, dot, dash or underscore: "f.u.c.k", "д е б и л".
_SPACED = re.compile(
    r"(?<![a-zß-ÿа-яё0-9])[a-zß-ÿа-яё](?:[ .\-_][a-zß-ÿа-яё])+(?![a-zß-ÿа-яё0-9])"
)  # bounded by letters of these scripts only: "个S B吧" is a spaced word in Chinese text
# Letter groups split by dots: "im.bé.ci.les", "ду.ра.ки" (three groups or more, so that
# "e.g." and "bit.ly" are not read as words; a run of single letters is :data:`_SPACED`'s).
_DOTTED = re.compile(
    r"(?<![a-zß-ÿа-яё0-9.])[a-zß-ÿа-яё]{1,3}(?:\.[a-zß-ÿа-яё]{1,3}){2,}(?![a-zß-ÿа-яё0-9])"
)
_MAX_ENDING = 4  # letters a dotted word may have after a vocabulary word: "imbécil" + "es"
_WORD = re.compile(r"[^\W\d_]{3,}")
_LATIN_PAIR = re.compile(r"[a-z]{2,}")

Vocabulary = dict[str, tuple[str, ...]]


def vocabulary(terms: Iterable[str | tuple[str, int]], *, cjk: bool = False) -> Vocabulary:
    """The plain words (three letters or more; in Chinese packs also Latin pairs such as
    ``sb``) of ``terms``, by first letter: longest first, then by preference, then by spelling.

    A term may come with a preference (lower first, default 0). A masked token fits several
    words of its length ("f***" fits "fuck", "fire" and a slur; "c*nt" fits "cunt" and "cant"),
    and people mask the words they would rather not write: the matcher prefers profanity, then
    insults, over words of threats. The order is fixed, never the set's hash order, so the same
    message gives the same finding in every run.
    """
    best: dict[str, int] = {}
    for item in terms:
        term, preference = (item, 0) if isinstance(item, str) else item
        lowered = term.lower()
        found = _WORD.findall(lowered)
        if cjk:
            found = [w for w in _LATIN_PAIR.findall(lowered) if w.isascii()]
        for word in found:
            best[word] = min(preference, best.get(word, preference))
    words: dict[str, list[str]] = defaultdict(list)
    for word in best:
        words[word[0]].append(word)
    return {k: tuple(sorted(v, key=lambda w: (-len(w), best[w], w))) for k, v in words.items()}


def _fits(char: str, letter: str) -> bool:
    return char == letter or char in MASKS or letter in LEET.get(char, "")


def restore(token: str, words: Vocabulary) -> str | None:
    """``token`` with its disguise undone, when it fits a vocabulary word (same length)."""
    candidates: Iterable[str]
    first = token[0]
    if first in MASKS:
        return None  # "*sigh*": a word must start with a letter we can read
    if first in LEET:
        candidates = (w for letter in LEET[first] for w in words.get(letter, ()))
    else:
        candidates = words.get(first, ())
    for word in candidates:
        if len(word) > len(token):
            continue
        head = token[: len(word)]
        if head == word or not all(_fits(c, w) for c, w in zip(head, word, strict=True)):
            continue
        rest = token[len(word) :].translate(_FIRST_CHOICE)  # "cabr" + "0n": "cabron"
        if any(c in MASKS for c in rest):
            continue
        return word + rest
    return None


def restore_text(lowered: str, words: Vocabulary) -> tuple[str, list[tuple[int, int, int]]]:
    """The lowered text with disguised words restored, and the spaced-out runs rewritten as
    ``(start, joined end, run end)``, for :func:`extend_end`."""
    runs: list[tuple[int, int, int]] = []
    if not words:
        return lowered, runs
    chars: list[str] | None = None
    if not _DISGUISE.isdisjoint(lowered):  # one C pass: most messages disguise nothing
        for m in _TOKEN.finditer(lowered):
            token = m.group()
            if _DISGUISE.isdisjoint(token) or _HAS_LETTER.search(token) is None:
                continue
            fixed = restore(token, words)
            if fixed is not None:
                chars = chars if chars is not None else list(lowered)
                chars[m.start() : m.end()] = fixed
    for m in _SPACED.finditer(lowered):
        joined = m.group()[::2]
        if len(joined) < 2 or (len(joined) < 3 and not joined.isascii()):
            continue
        if restore(joined, words) is None and not _known_prefix(joined, words):
            continue
        chars = chars if chars is not None else list(lowered)
        padded = joined + " " * (m.end() - m.start() - len(joined))
        chars[m.start() : m.end()] = padded
        runs.append((m.start(), m.start() + len(joined), m.end()))
    for m in _DOTTED.finditer(lowered) if "." in lowered else ():
        joined = m.group().replace(".", "")
        if len(joined) * 2 - 1 == len(m.group()) or any(
            r[0] < m.end() and m.start() < r[2] for r in runs
        ):
            continue  # single letters: a spaced run, rewritten above
        if not _known_stem(joined, words):
            continue
        chars = chars if chars is not None else list(lowered)
        chars[m.start() : m.end()] = joined + " " * (m.end() - m.start() - len(joined))
        runs.append((m.start(), m.start() + len(joined), m.end()))
    runs.sort()
    return ("".join(chars) if chars is not None else lowered), runs


def _known_prefix(joined: str, words: Vocabulary) -> bool:
    return any(joined.startswith(w) for w in words.get(joined[0], ()))


def _known_stem(joined: str, words: Vocabulary) -> bool:
    """A vocabulary word with at most a short ending after it ("imbéciles")."""
    return any(
        joined.startswith(w) and len(joined) - len(w) <= _MAX_ENDING
        for w in words.get(joined[0], ())
    )


def extend_end(start: int, end: int, runs: list[tuple[int, int, int]]) -> int:
    """A match's end, stretched to the end of a spaced-out run it ends inside."""
    if not runs:
        return end
    index = bisect_right(runs, (end,)) - 1
    while index >= 0:
        run_start, joined_end, run_end = runs[index]
        if run_start < end <= joined_end and start < joined_end:
            return run_end
        if run_end < start:
            break
        index -= 1
    return end
