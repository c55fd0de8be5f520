"""The learned signal does not read a threat into a sentence that rules it out ("I will not post
this online"), the judgement the rules make of their own words; a threat after a negated
condition ("if you don't refund me I'll …") is still one."""

from __future__ import annotations

import pytest

from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.rulepack import load_pack
from desk.abuse.scorer import sentence_negated

NEGATED = [
    ("en", "I will not post this online."),
    ("en", "I won't call my bank."),
    ("en", "We will never take this to court."),
    ("es", "No voy a denunciaros."),
    ("es", "No pienso llamar a mi banco."),
    ("ru", "Я не буду подавать в суд."),
    ("sv", "Jag tänker inte stämma er."),
    ("zh", "我不会起诉你们的。"),
]
NOT_NEGATED = [
    ("en", "If you don't refund me I will call my bank."),
    ("en", "I'm not joking, I will post your name online."),
    ("en", "I will post your name online."),
    ("es", "Si no me devolvéis el dinero, os denuncio."),
    ("ru", "Если не вернёте деньги, подам в суд."),
    ("sv", "Om ni inte fixar det stämmer jag er."),
    ("zh", "如果你们不退款我就起诉你们。"),
]


@pytest.mark.parametrize(("language", "sentence"), NEGATED)
def test_a_sentence_that_rules_its_words_out_is_negated(language: str, sentence: str) -> None:
    assert sentence_negated(sentence, load_pack(language).context, language)


@pytest.mark.parametrize(("language", "sentence"), NOT_NEGATED)
def test_a_negated_condition_or_an_earlier_clause_does_not_negate(
    language: str, sentence: str
) -> None:
    assert not sentence_negated(sentence, load_pack(language).context, language)


@pytest.mark.slow
def test_the_detector_keeps_the_threat_and_drops_the_ruled_out_one() -> None:
    detector = Detector(DetectorOptions())
    if detector.learned() is None:
        pytest.skip("the learned model is not shipped in this tree")
    texts = [sentence for _, sentence in NEGATED]
    for (language, sentence), hits in zip(NEGATED, detector.detect_many(texts, None), strict=True):
        threats = [h for h in hits if h.category.startswith("threat_")]
        assert threats == [], (language, sentence, threats)
