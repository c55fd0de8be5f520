"""The scorer: abuse aimed at the person, not the product; negation and quotation lower it."""

from __future__ import annotations

import pytest

from desk.abuse.detector import detect
from desk.abuse.scorer import FLAG_THRESHOLD


def _categories(text: str, language: str = "en") -> list[str]:
    return [h.category for h in detect(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("You are useless.", "en"),
        ("Honestly, you're completely incompetent", "en"),
        ("Fix it, idiot!", "en"),
        ("Are you an idiot?", "en"),
        ("Usted es un inútil.", "es"),
        ("Din inkompetenta idiot.", "sv"),
        ("Вы совершенно бесполезны.", "ru"),
        ("你真是个废物。", "zh"),
        ("Menudo inepto estás hecho.", "es"),  # the verb after the adjective
        ("Dum är du, helt enkelt.", "sv"),
    ],
)
@pytest.mark.slow
def test_insults_aimed_at_the_reader_are_harassment(text: str, language: str) -> None:
    assert "harassment" in _categories(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("This app is useless.", "en"),
        ("You sold me a useless app.", "en"),
        ("Your app is useless on Android.", "en"),
        ("Er app är värdelös.", "sv"),
        ("Ваше приложение бесполезно.", "ru"),
        ("你们的产品就是垃圾。", "zh"),
    ],
)
def test_the_same_words_about_the_product_are_not_abuse(text: str, language: str) -> None:
    assert "harassment" not in _categories(text, language)


def test_an_insult_about_someone_else_is_a_soft_signal() -> None:
    [hit] = detect("My neighbour was an idiot about it.", "en")
    assert (hit.category, hit.rule_id) == ("profanity", "en.insult.noun")
    assert hit.score < 0.9


@pytest.mark.parametrize(
    ("flagged", "lowered"),
    [
        ("I will sue you.", "I will not sue you."),
        ("I'm going to file a chargeback.", "I don't want to file a chargeback."),
        ("You are an idiot.", 'He said "you are an idiot" to me.'),
        ("You are an idiot.", "He called me an idiot."),
        ("Вы идиот.", "Он назвал меня идиотом."),
        ("我要起诉你们。", "我不会起诉你们。"),
    ],
)
def test_negation_and_quotation_lower_the_score(flagged: str, lowered: str) -> None:
    [hit] = [h for h in detect(flagged) if h.category != "shouting"]
    assert hit.score >= FLAG_THRESHOLD
    assert not [h for h in detect(lowered) if h.category not in {"profanity", "shouting"}]


def test_a_negation_in_the_condition_does_not_excuse_the_threat() -> None:
    assert _categories("If you don't refund me I'll file a chargeback.") == ["threat_financial"]
    assert _categories("Si no me devuelven el dinero, voy a pedir un contracargo.", "es") == [
        "threat_financial"
    ]


def test_a_slur_stays_hate_when_negated() -> None:
    assert "hate" in _categories("No con un sudaca que no entiende nada.", "es")


def test_shouting_is_soft_and_never_under_abuse() -> None:
    assert _categories("THE BANK FEED IS BROKEN!!!") == ["shouting", "shouting"]
    hits = detect("YOU ARE AN IDIOT", "en")
    assert [h.category for h in hits] == ["harassment"]


def test_hits_carry_spans_rules_scores_and_language() -> None:
    text = "Expect legal action from my side."
    [hit] = detect(text)
    assert text[hit.start : hit.end] == "legal action"
    assert (hit.rule_id, hit.language, hit.score) == ("en.threat.legal", "en", 0.95)
