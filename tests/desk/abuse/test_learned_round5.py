"""Issue #19 round 5: what the learned signal reads, checked with a model whose answer is known.

The model here is a real :class:`LearnedModel` with no n-gram weights and a fixed bias: it gives
every sentence it reads the same high financial-threat and violence probabilities. So these
tests show what the signal *reads* (which spans, which disclaimers it honours), whatever the
shipped model has learned:

- a sentence of fewer than ``MIN_WORDS`` words is read with its neighbour, and a message that
  short in all is not read ("Login fails." was a 0.82 exposure threat);
- a message that disclaims a threat in its pack's words ("this is not a threat") keeps no
  financial, legal or public-shaming hit from the model, as the rules lower theirs; violence
  stays.
"""

from __future__ import annotations

import numpy as np
import pytest

from desk.abuse.categories import ABUSE_VALUES
from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.learned.features import ORDERS, Span, sentences
from desk.abuse.learned.model import CATEGORIES, LearnedModel
from desk.abuse.learned.predict import MIN_WORDS, LearnedSignal, reading_spans, word_count

BITS = 8
NAMES = tuple(c.value for c in CATEGORIES)


def _constant_model(**logits: float) -> LearnedModel:
    bias = np.full(len(NAMES), -10.0, dtype=np.float32)
    for name, value in logits.items():
        bias[NAMES.index(name)] = value
    weights = np.zeros((1 << BITS, len(NAMES)), dtype=np.float32)
    return LearnedModel(weights, bias, NAMES, ORDERS, BITS, threshold=0.8)


@pytest.fixture
def detector() -> Detector:
    signal = LearnedSignal(_constant_model(threat_financial=5.0, threat_violence=4.0))
    return Detector(DetectorOptions(zh_model=False), _learned=signal, _learned_loaded=True)


def _learned(detector: Detector, text: str, language: str = "en") -> list[tuple[str, str]]:
    return [
        (h.category, text[h.start : h.end])
        for h in detector.detect(text, language)
        if h.rule_id.startswith("learned.") and h.category in ABUSE_VALUES
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Login fails.", "en"),
        ("Still waiting. Any news?", "en"),
        ("Inloggningen strular.", "sv"),
        ("Tack, det funkar nu.", "sv"),
    ],
)
def test_a_message_of_short_sentences_only_is_not_read(
    detector: Detector, text: str, language: str
) -> None:
    assert _learned(detector, text, language) == []


def test_a_short_sentence_is_read_with_its_neighbour(detector: Detector) -> None:
    text = "Hi. The export fails on every invoice I open this week. Thanks."
    read = "Hi. The export fails on every invoice I open this week."
    assert _learned(detector, text) == [("threat_financial", read)]


def test_reading_spans_join_until_each_has_enough_words() -> None:
    text = "Hello there. This sentence has plenty of words in it. Ok. Bye now."
    joined = [text[s.start : s.end] for s in reading_spans(text, sentences(text))]
    assert joined == ["Hello there. This sentence has plenty of words in it."]  # "Ok. Bye now."
    text = "This sentence has plenty of words in it. And so does this second one here."
    joined = [text[s.start : s.end] for s in reading_spans(text, sentences(text))]
    assert joined == [
        "This sentence has plenty of words in it.", "And so does this second one here.",
    ]  # fmt: skip
    assert reading_spans("Ok.", [Span(0, 3)]) == []
    assert word_count("你是个白痴") == 5 / 1.5 and word_count("f*ck you") == 2.0
    assert MIN_WORDS == 5


@pytest.mark.parametrize(
    ("disclaimer", "text", "language"),
    [
        ("Not a threat, only information for your records.", "My bank is looking at it.", "en"),
        ("Inget hot, bara information till er alla.", "Banken tittar på era dragningar nu.", "sv"),
    ],
)
def test_a_disclaimed_message_keeps_no_professional_threat_from_the_model(
    detector: Detector, disclaimer: str, text: str, language: str
) -> None:
    assert {c for c, _ in _learned(detector, text, language)} == {"threat_financial"}
    found = _learned(detector, f"{text} {disclaimer}", language)
    assert {c for c, _ in found} == {"threat_violence"}  # violence is never disclaimed
