"""Scoring messages with the learned model, sentence by sentence, in batches, with a cache.

A message is scored one sentence at a time and a category's score is its best sentence's:
abuse is usually one sentence in a paragraph about an invoice, and scoring the whole text
would dilute it. That sentence is also the *attribution*: the words the UI and the brief mark
when the learned signal flags a message no rule matched.

What is not read, and why:

- lines starting with ``>`` (quoted replies): they are someone else's words, usually ours;
- text inside quotation marks ("...", “...”, «...», 「...」): a customer quoting an insult
  ("he said \"you idiot\" to me") is reporting it, not saying it;
- text past ``MAX_TEXT`` characters (a pasted log or a flood; the rules still read it all),
  and past ``MAX_SENTENCE`` characters of one sentence;
- sentences of fewer than two characters.

A sentence of fewer than ``MIN_WORDS`` words is not read alone but with the next one (short
ones at the end, "Thanks. Bye.", are not read): a handful of n-grams says little, and the
model gave "Login fails." a threat score of 0.82 and "Du är en stjärna." an insult score of
0.999. A message shorter than that in all is not read at all; short abuse ("You idiot.") is
the rules' to find, with the word a manager quotes. A Chinese word is about one and a half
characters long: so many characters count as one word.

Scores are cached by sentence (normalised text) and by whole message, so the demo's and real
inboxes' many repeated messages ("Any update?") cost one dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desk.abuse.learned.features import FloatArray, Span, normalise, sentences
from desk.abuse.learned.model import LearnedModel, load_model

MAX_TEXT = 5000
_QUOTED = re.compile(
    r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]|「[^」]{1,300}」|『[^』]{1,300}』'
)
MIN_WORDS = 5  # a shorter sentence is read with its neighbour (see the module docstring)
_WORD = re.compile(r"[\w*#@$']+")
_CJK = "\u2e80"  # from here on a "word" is a run of characters without spaces
CJK_WORD = 1.5  # characters of a Chinese word, on average
CACHE_LIMIT = 200_000  # entries per cache; cleared when full (a few tens of MB at most)


@dataclass(frozen=True)
class LearnedHit:
    """A category the model gives a message, and the sentence that carried it."""

    category: str
    score: float  # the probability, rounded to 3 places
    start: int
    end: int  # the sentence is text[start:end]


def own_words(text: str) -> str:
    """``text`` up to ``MAX_TEXT`` with quoted lines and quotations blanked (offsets stay
    those of ``text``)."""
    text = text[:MAX_TEXT]
    if ">" in text:
        lines = text.split("\n")
        text = "\n".join(" " * len(s) if s.lstrip().startswith(">") else s for s in lines)
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def word_count(text: str) -> float:
    """Words in ``text``; a run of Chinese or Japanese characters counts as its length over
    ``CJK_WORD``."""
    return sum(len(w) / CJK_WORD if w[0] >= _CJK else 1.0 for w in _WORD.findall(text))


def reading_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` (sentences of ``text``) joined until each has ``MIN_WORDS`` words: a short
    sentence is read with the next; short ones at the end ("Thanks.") are not read."""
    out: list[Span] = []
    start: int | None = None
    words = 0.0
    for span in spans:
        start = span.start if start is None else start
        words += word_count(text[span.start : span.end])
        if words >= MIN_WORDS:
            out.append(Span(start, span.end))
            start, words = None, 0.0
    return out


class LearnedSignal:
    """The model with its caches: one per detector (not shared between threads)."""

    def __init__(self, model: LearnedModel, threshold: float | None = None) -> None:
        """``threshold``, when given, replaces the model's own (per-category) thresholds."""
        self.model = model
        self.threshold = model.threshold if threshold is None else threshold
        self.thresholds = (
            model.category_thresholds()
            if threshold is None
            else (threshold,) * len(model.categories)
        )
        self._sentences: dict[str, FloatArray] = {}
        self._messages: dict[str, list[LearnedHit]] = {}

    def sentence_scores(self, texts: Sequence[str]) -> list[FloatArray]:
        """Each (normalised) sentence's probabilities, from the cache or one model batch."""
        cache = self._sentences
        missing = list(dict.fromkeys(t for t in texts if t not in cache))
        if missing:
            if len(cache) + len(missing) > CACHE_LIMIT:
                cache.clear()
            for text, row in zip(missing, self.model.probabilities(missing), strict=True):
                cache[text] = row
        return [cache[t] for t in texts]

    def hits_many(self, texts: Sequence[str]) -> list[list[LearnedHit]]:
        """For each text, the categories at or above their threshold, best first, each with
        the sentence that scored highest for it (cached by the whole text)."""
        cache = self._messages
        missing = list(dict.fromkeys(t for t in texts if t not in cache))
        if missing:
            if len(cache) + len(missing) > CACHE_LIMIT:
                cache.clear()
            for text, (spans, rows) in zip(missing, self._scored(missing), strict=True):
                cache[text] = self._hits(spans, rows)
        return [cache[t] for t in texts]

    def _scored(self, texts: Sequence[str]) -> list[tuple[list[Span], list[FloatArray]]]:
        split = []
        keys: list[str] = []
        for text in texts:
            words = own_words(text)
            spans = reading_spans(words, sentences(words))
            split.append(spans)
            keys.extend(normalise(words[s.start : s.end]) for s in spans)
        scores = self.sentence_scores(keys)
        out: list[tuple[list[Span], list[FloatArray]]] = []
        position = 0
        for spans in split:
            out.append((spans, scores[position : position + len(spans)]))
            position += len(spans)
        return out

    def _hits(self, spans: list[Span], rows: list[FloatArray]) -> list[LearnedHit]:
        if not spans:
            return []
        matrix = np.vstack(rows)
        best = matrix.argmax(axis=0)
        found = []
        for column, sentence in enumerate(best.tolist()):
            score = float(matrix[sentence, column])
            if score >= self.thresholds[column]:
                span = spans[sentence]
                category = self.model.categories[column]
                found.append(LearnedHit(category, round(score, 3), span.start, span.end))
        return sorted(found, key=lambda h: -h.score)

    def hits(self, text: str) -> list[LearnedHit]:
        """``hits_many`` for one text."""
        return self.hits_many([text])[0]


def default_signal() -> LearnedSignal | None:
    """A signal over the shipped model, or ``None`` when the model file is absent."""
    model = load_model()
    return LearnedSignal(model) if model is not None else None
