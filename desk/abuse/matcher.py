"""One compiled matcher per language: a single regex, shaped as a trie of every term's head.

Python's ``re`` is slow on a plain alternation of hundreds of phrases (it tries each one at
each position) but fast on the same words folded into a trie (one branch per letter). So each
term is split into its literal *head* and the regex of its *rest*
(:func:`desk.abuse.term_syntax.term_parts`); the heads of the whole pack are folded into one
trie, and each rest hangs where its head ends, with an empty group after it that says which
rule matched. The regex runs as a lookahead at every word start (every character in Chinese):
all the work is done inside ``re``, and Python only sees real matches, so a message with no
abuse costs a few microseconds. Longer heads are tried first, and at one head the longer
rests first, so the most specific term wins where two start at the same place.

Before matching, the text is lower-cased and normalised without changing its length, so that
spans stay character offsets into the stored text: curly apostrophes become straight ones,
in Russian ``ё`` becomes ``е`` and Latin look-alikes inside Cyrillic words become Cyrillic
(``xyй``), and in every language masked, leet and spaced-out words (``f*ck``, ``1d10t``,
``с*ка``, ``д е б и л``) are restored when they fit a word of the pack
(:mod:`desk.abuse.masks`).

A flood is read only so far: :meth:`Matcher.find` keeps at most :data:`MAX_MATCHES_PER_RULE`
matches of one rule in one message (the first ones, in text order), and stops reading the
message after :data:`MAX_MATCHES_READ` matches, kept or not. A manager quotes a few insults in
a case file, not 40,000, and without the caps a pasted flood (400 KB of one insult repeated)
cost seconds: each match costs the regex a few microseconds, and the scorer more. No real
support message comes near the caps; one that does is still flagged, with its first matches.
A long message without a flood costs the regex little (about 0.03 s for 400 KB) and is read
to its end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from desk.abuse import diacritics, masks, zh_traditional
from desk.abuse.categories import Category
from desk.abuse.rulepack import CJK_LANGUAGES, Rule, RulePack

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_RU_FOLD = str.maketrans({"ё": "е"})
_RU_LOOKALIKE = str.maketrans(
    {
        "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к",
        "m": "м", "t": "т", "b": "в", "h": "н", "u": "и", "n": "п", "r": "г",
    }
)  # fmt: skip
# Digits are left to :mod:`desk.abuse.masks`, which reads them against the pack's words: "3"
# is "е" in "кр3тин" but "з" in "3араза", and a blind "3" → "з" spoilt the first.
_RU_MIXED = re.compile(r"[а-яё][a-z0-9]|[a-z0-9][а-яё]")
_RU_TOKEN = re.compile(r"[а-яёa-z0-9@*#]+")

# Swedish writes an insult as the last word of a compound ("jubelidiot", "kärringjävel",
# "supportfjolla", "datortönt"): the matcher also tries its terms where one of these words
# starts inside a longer word (after three letters or more). Each is an insult or swear word
# that no common Swedish word ends with ("marsvin" keeps "svin" out, "skapa" keeps "apa" out).
COMPOUND_TAILS: dict[str, tuple[str, ...]] = {
    "sv": (
        "idiot", "jävel", "jävl", "kärring", "pucko", "tönt", "skalle", "fjoll", "fan", "clown",
        "pajas", "nolla", "mongo", "dåre", "fitt", "kuk", "röv", "arsle", "klant",
    ),
}  # fmt: skip
_WORD_CHAR = re.compile(r"\w")
_WORD_START = re.compile(r"\w+$")
MAX_MATCHES_PER_RULE = 100  # matches of one rule kept per message (the first ones)
MAX_MATCHES_READ = 10_000  # matches read per message, kept or not: reading stops there


@dataclass(frozen=True)
class RawMatch:
    rule: Rule
    start: int
    end: int


class Matcher:
    """Finds every rule match in a text of one language, with one compiled regex."""

    def __init__(self, pack: RulePack) -> None:
        self.pack = pack
        self.cjk = pack.language in CJK_LANGUAGES
        trie = _Node()
        for rule in pack.rules:
            for head, rest in rule.parts:
                node = trie
                for char in head:
                    node = node.children.setdefault(char, _Node())
                node.rests.append((rest, rule))
        self._rules: list[Rule] = []  # by capture group number - 1
        body = self._source(trie) or "(?!)"
        prefix = "" if self.cjk else r"(?<!\w)"
        tails = COMPOUND_TAILS.get(pack.language)
        self._compounds = bool(tails) and not self.cjk
        if tails:  # "kärringjävel", "supportfjolla": the compound's last word matched too
            first = "".join(sorted({tail[0] for tail in tails}))  # a cheap test before the words
            prefix = rf"(?:{prefix}|(?<=\w\w\w)(?=[{first}])(?=(?:{'|'.join(tails)})))"
        self._regex = re.compile(f"{prefix}(?={body})")
        self._words = masks.vocabulary(
            ((term, _mask_preference(rule)) for rule in pack.rules for term in rule.terms),
            cjk=self.cjk,
        )
        context = (w for f in fields(pack.context) for w in getattr(pack.context, f.name))
        self._folded = diacritics.table(  # "javla", "doda dig" read as "jävla", "döda dig" (sv)
            pack.language, [*(t for rule in pack.rules for t in rule.terms), *context]
        )

    def _source(self, node: _Node) -> str | None:
        """The regex for a trie node: its children (longer heads) first, then its rests, each
        followed by an empty group numbered for its rule (in the order they are written)."""
        branches = [
            re.escape(char) + (self._source(node.children[char]) or "")
            for char in sorted(node.children)
        ]
        for rest, rule in sorted(node.rests, key=lambda pair: -len(pair[0])):
            self._rules.append(rule)
            branches.append(f"{rest}()")
        if not branches:
            return None
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    def normalise(self, text: str) -> str:
        """Lower-cased, same-length text that the rules run on."""
        return self._normalise(text)[0]

    def _normalise(self, text: str) -> tuple[str, list[tuple[int, int, int]]]:
        lowered = text.lower()
        if len(lowered) != len(text):  # a few letters (İ) lower to two characters
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        if not lowered.isascii():
            lowered = lowered.translate(_APOSTROPHES)
        if self.pack.language == "ru":
            lowered = self._normalise_russian(lowered.translate(_RU_FOLD))
        if self._folded is not None:
            lowered = diacritics.restore(lowered, self._folded)
        return masks.restore_text(self.in_pack_script(lowered), self._words)

    def in_pack_script(self, lowered: str) -> str:
        """``lowered`` in the script the pack is written in: Traditional Chinese characters
        read as the Simplified ones of the zh pack (the text keeps its length)."""
        return zh_traditional.to_simplified(lowered) if self.pack.language == "zh" else lowered

    def find(self, text: str) -> tuple[str, list[RawMatch]]:
        """The normalised text and its matches, in text order (one per position): every one,
        up to :data:`MAX_MATCHES_PER_RULE` of a rule, among the first :data:`MAX_MATCHES_READ`."""
        lowered, runs = self._normalise(text)
        rules = self._rules
        matches: list[RawMatch] = []
        per_rule: dict[str, int] = {}
        for read, found in enumerate(self._regex.finditer(lowered), 1):
            if read > MAX_MATCHES_READ:
                break
            group = found.lastindex or 1
            rule = rules[group - 1]
            seen = per_rule.get(rule.id, 0)
            if seen >= MAX_MATCHES_PER_RULE:
                continue
            per_rule[rule.id] = seen + 1
            end = masks.extend_end(found.start(), found.end(group), runs)
            start = found.start()
            if self._compounds and start and _WORD_CHAR.match(lowered, start - 1):
                start = _compound_start(lowered, start)
            matches.append(RawMatch(rule, start, end))
        return lowered, matches

    def _normalise_russian(self, lowered: str) -> str:
        """Latin look-alike letters inside Cyrillic words made Cyrillic (``xyй`` → ``хуй``)."""
        if _RU_MIXED.search(lowered) is None:
            return lowered
        chars = list(lowered)
        for m in _RU_TOKEN.finditer(lowered):
            token = m.group()
            if not any("а" <= c <= "я" for c in token) or _RU_MIXED.search(token) is None:
                continue
            fixed = token.translate(_RU_LOOKALIKE)
            if len(fixed) == len(token):
                chars[m.start() : m.end()] = fixed
        return "".join(chars)


def _compound_start(lowered: str, start: int) -> int:
    """Where the word holding ``start`` begins: a compound's match spans the whole word."""
    found = _WORD_START.search(lowered, max(0, start - 40), start)
    return found.start() if found else start


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    rests: list[tuple[str, Rule]] = field(default_factory=list)


# Which words a masked token most likely hides, when it fits several (see masks.vocabulary).
_MASKED_FIRST = (Category.PROFANITY, Category.HARASSMENT, Category.SEXUAL, Category.HATE)


def _mask_preference(rule: Rule) -> int:
    """Lower for the categories whose words people mask; threats' words last."""
    try:
        return _MASKED_FIRST.index(rule.category)
    except ValueError:
        return len(_MASKED_FIRST)
