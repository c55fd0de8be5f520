"""One compiled matcher per language: a trie-shaped regex of every term's head, then the terms.

Python's ``re`` is slow on a plain alternation of hundreds of phrases (it tries each one at
each position) but fast on the same words folded into a trie (one branch per letter). So the
matcher runs one trie regex of every term's *head* (its literal start, see
:func:`desk.signals.rulepack.term_heads`) over the text, at word starts (at every character in
Chinese); most support messages hit only a few common heads and cost a few microseconds. Where
a head occurs, only the terms that start with it are tried, with ``match`` at that position.

Before matching, the text is lower-cased and normalised without changing its length, so that
spans stay character offsets into the stored text: curly apostrophes become straight ones,
and in Russian ``ё`` becomes ``е``, Latin look-alikes inside Cyrillic words become Cyrillic
(``xyй``), and masked letters (``и*иот``, ``бл@дь``) are restored when the masked word fits a
term of the pack.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from desk.signals.rulepack import CJK_LANGUAGES, Rule, RulePack

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_RU_FOLD = str.maketrans({"ё": "е"})
_RU_LOOKALIKE = str.maketrans(
    {
        "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к",
        "m": "м", "t": "т", "b": "в", "h": "н", "u": "и", "n": "п", "r": "г", "3": "з",
        "0": "о", "6": "б", "@": "а", "4": "ч",
    }
)  # fmt: skip
_RU_MIXED = re.compile(r"[а-яё][a-z0-9@]|[a-z0-9@][а-яё]")
_RU_TOKEN = re.compile(r"[а-яёa-z0-9@*#.]+")
_MASKS = frozenset("*#.@")
_RU_MASK = re.compile(r"[а-яёa-z][*#.@]+[а-яёa-z]|[*#]")


@dataclass(frozen=True)
class RawMatch:
    rule: Rule
    start: int
    end: int


class Matcher:
    """Finds every rule match in a text of one language."""

    def __init__(self, pack: RulePack) -> None:
        self.pack = pack
        self.cjk = pack.language in CJK_LANGUAGES
        by_head: dict[str, list[tuple[Rule, re.Pattern[str]]]] = defaultdict(list)
        for rule in pack.rules:
            for head, pattern in rule.patterns:
                by_head[head].append((rule, pattern))
        heads = sorted(by_head)
        # At a position the trie finds the longest head, which stands for its prefixes too.
        # All their terms go into one pattern, most specific (longest) first; an empty group after
        # each term says which rule matched (``lastindex``).
        self._by_head: dict[str, tuple[re.Pattern[str], tuple[Rule, ...]]] = {}
        for head in heads:
            pairs = [p for n in range(1, len(head) + 1) for p in by_head.get(head[:n], ())]
            pairs.sort(key=lambda pair: (-len(pair[1].pattern), -pair[0].weight))
            source = "|".join(f"(?:{pattern.pattern})()" for _, pattern in pairs)
            self._by_head[head] = (re.compile(source), tuple(rule for rule, _ in pairs))
        trie = trie_regex(heads) if heads else "(?!)"
        prefix = "" if self.cjk else r"(?<!\w)"
        self._trigger = re.compile(f"{prefix}(?=({trie}))")
        self._mask_words = _mask_vocabulary(pack) if pack.language == "ru" else {}

    def normalise(self, text: str) -> str:
        """Lower-cased, same-length text that the rules run on."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a few letters (İ) lower to two characters
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        if not lowered.isascii():
            lowered = lowered.translate(_APOSTROPHES)
        if self.pack.language == "ru":
            lowered = self._normalise_russian(lowered.translate(_RU_FOLD))
        return lowered

    def find(self, text: str) -> tuple[str, list[RawMatch]]:
        """The normalised text and every match in it, in text order (one per position)."""
        lowered = self.normalise(text)
        matches: list[RawMatch] = []
        by_head = self._by_head
        for hit in self._trigger.finditer(lowered):
            pattern, rules = by_head[hit.group(1)]
            found = pattern.match(lowered, hit.start())
            if found is not None:
                rule = rules[(found.lastindex or 1) - 1]
                matches.append(RawMatch(rule, found.start(), found.end()))
        return lowered, matches

    def _normalise_russian(self, lowered: str) -> str:
        if _RU_MIXED.search(lowered) is None and _RU_MASK.search(lowered) is None:
            return lowered
        chars = list(lowered)
        for m in _RU_TOKEN.finditer(lowered):
            token = m.group()
            if not any("а" <= c <= "я" for c in token):
                continue
            fixed = token.translate(_RU_LOOKALIKE) if _RU_MIXED.search(token) else token
            if any(c in "*#.@" for c in fixed.strip(".")):
                fixed = self._unmask(fixed)
            if fixed != token and len(fixed) == len(token):
                chars[m.start() : m.end()] = fixed
        return "".join(chars)

    def _unmask(self, token: str) -> str:
        core = token.rstrip(".")
        for stem in self._mask_words.get(core[:1], ()):
            if len(stem) <= len(core) and all(
                c == s or c in _MASKS for c, s in zip(core, stem, strict=False)
            ):
                return stem + token[len(stem) :]
        return token


def _mask_vocabulary(pack: RulePack) -> dict[str, tuple[str, ...]]:
    """The pack's literal word stems, by first letter, for restoring masked words."""
    stems: dict[str, set[str]] = defaultdict(set)
    for rule in pack.rules:
        for term in rule.terms:
            for word in term.lower().split():
                stem = word.rstrip("*")
                if len(stem) >= 3 and re.fullmatch(r"[а-яё]+", stem):
                    stems[stem[0]].add(stem.replace("ё", "е"))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in stems.items()}


def trie_regex(words: list[str]) -> str:
    """A regex matching any of ``words`` (longest first), folded into a character trie."""
    trie = _Node()
    for word in words:
        node = trie
        for char in word:
            node = node.children.setdefault(char, _Node())
        node.ends_here = True
    return _trie_source(trie) or ""


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    ends_here: bool = False


def _trie_source(node: _Node) -> str | None:
    ends_here = node.ends_here
    branches = []
    for char in sorted(node.children):
        branches.append(re.escape(char) + (_trie_source(node.children[char]) or ""))
    if not branches:
        return None
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body
