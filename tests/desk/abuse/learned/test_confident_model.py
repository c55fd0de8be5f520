"""A model hit at CONFIDENT or above stands over the negation in its sentence (veiled threats say
"not") and over a rule that read the same category's words as aimed at no one (a name the rules
do not know); below it, both judgements still drop it ("I will not post this online"), and a
quoted or reported insult stays clean. Sentences written for this test, not from any set."""

from __future__ import annotations

import pytest

from desk.abuse.detector import Detector
from desk.abuse.learned.combine import CONFIDENT, is_learned
from desk.abuse.rulepack import load_pack
from desk.abuse.scorer import negated_by_writer, sentence_negated

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("language", "text", "category"),
    [
        (  # a negation in the sentence, which the filter read as ruling the threat out
            "en",
            "Tell Gary from the depot I'll be at the counter at seven and he'd better not be "
            "behind it.",
            "threat_violence",
        ),
        (
            "ru",
            "Передайте вашему Игорю: пусть ходит и оглядывается, мало ему не покажется.",
            "threat_violence",
        ),
        (  # an insult about a named agent the rules read as aimed at no one
            "sv",
            "Er säljare Patrik är en lat och inkompetent stolpskott utan hjärna.",
            "harassment",
        ),
    ],
)
def test_a_confident_model_hit_stands_over_the_negation_and_the_rules(
    detector: Detector, language: str, text: str, category: str
) -> None:
    hits = detector.detect(text, language)
    learned = [h for h in hits if is_learned(h.rule_id)]
    assert [h.category for h in learned] == [category], hits
    assert learned[0].score >= CONFIDENT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I will not post this online."),
        ("en", "He called me a useless idiot on the phone."),
        ("es", "El repartidor me dijo que era una inútil, ¿les parece normal?"),
    ],
)
def test_below_it_the_negation_and_quotation_still_hold(
    detector: Detector, language: str, text: str
) -> None:
    assert [
        h for h in detector.detect(text, language) if h.category.startswith(("threat", "harass"))
    ] == []


@pytest.mark.parametrize(
    ("language", "sentence", "by_writer"),
    [
        ("en", "We will never take this to court.", True),
        ("es", "No voy a denunciaros.", True),
        ("ru", "Я не буду подавать в суд.", True),
        ("sv", "Jag tänker inte stämma er.", True),
        ("zh", "我不会起诉你们的。", True),
        ("en", "I'll be at the counter at seven and he'd better not be behind it.", False),
        ("ru", "Пусть ходит и оглядывается, мало ему не покажется.", False),
        ("es", "Sé dónde aparcas, no vas a tener suerte.", False),
        ("sv", "Han kommer inte gå därifrån på egna ben.", False),
    ],
)
def test_the_negation_that_holds_a_confident_hit_back_is_the_writers_own(
    language: str, sentence: str, by_writer: bool
) -> None:
    context = load_pack(language).context
    assert sentence_negated(sentence, context, language)
    assert negated_by_writer(sentence, context, language) is by_writer
