"""Issue #19: masked spellings, insults about a named agent, negation and quotation in every
language, disclaimers, and threats said without the stock words. Spans are the words a
manager would quote."""

from __future__ import annotations

import dataclasses

import pytest

from desk.abuse.categories import ABUSE_VALUES
from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.masks import restore, vocabulary


@pytest.fixture(scope="module")
def rules() -> Detector:
    options = DetectorOptions()
    if "learned" in {f.name for f in dataclasses.fields(options)}:  # rules alone, no model
        object.__setattr__(options, "learned", False)
    return Detector(options)


def _abuse(detector: Detector, text: str, language: str) -> list[tuple[str, str]]:
    return [
        (h.category, text[h.start : h.end])
        for h in detector.detect(text, language)
        if h.category in ABUSE_VALUES
    ]


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("you f*cking idiot", "en", "idiot"),
        ("are you a 1d10t or what", "en", "1d10t"),
        ("you a$$hole", "en", "a$$hole"),
        ("ты с*ка", "ru", "с*ка"),
        ("ты д е б и л", "ru", "д е б и л"),
        ("ты муд@к", "ru", "муд@к"),
        ("eres un c4br0n", "es", "c4br0n"),
        ("那个客服是个S B吧", "zh", "S B"),
    ],
)
def test_masked_and_spaced_spellings_are_read_and_quoted_as_written(
    rules: Detector, text: str, language: str, span: str
) -> None:
    assert ("harassment", span) in _abuse(rules, text, language)


def test_a_disguise_is_undone_only_when_it_fits_a_word_of_the_pack() -> None:
    words = vocabulary(["idiot*", "(kill|hurt) you", "fuck*"])
    assert restore("1d10t", words) == "idiot"
    assert restore("k1ll", words) == "kill"
    assert restore("f*ck", words) == "fuck"
    assert restore("mp3", words) is None
    assert restore("*sigh*", words) is None


def test_ordinary_words_with_digits_and_stars_are_left_alone(rules: Detector) -> None:
    assert rules.detect("Download the mp3 on Windows 11 *sigh*", "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tom is a useless moron and everyone on your team knows it.", "en"),
        ("Your agent Priya is stupid.", "en"),
        ("whoever answered my last ticket is a complete f*cking idiot", "en"),
        ("Carlos es un inútil de manual.", "es"),
        ("Ваш Антон просто тупой баран.", "ru"),
        ("你们那个小王就是个废物。", "zh"),
        ("Er Johan är en värdelös idiot.", "sv"),
    ],
)
def test_an_insult_about_a_named_agent_is_aimed_at_the_staff(
    rules: Detector, text: str, language: str
) -> None:
    assert {c for c, _ in _abuse(rules, text, language)} == {"harassment"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The app is useless and the update is stupid.", "en"),
        ("Your app is a piece of shit.", "en"),
        ("My neighbour is an idiot.", "en"),
        ("Sökfunktionen är dum som tåget.", "sv"),
        ("Er hemsida är ren skit.", "sv"),
        ("Su proceso de soporte es lento.", "es"),
        ("这个软件就是个垃圾。", "zh"),
    ],
)
def test_swearing_at_a_thing_is_not_an_insult_to_a_person(
    rules: Detector, text: str, language: str
) -> None:
    assert _abuse(rules, text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I'm not calling you an idiot, the process is broken.", "en"),
        ("My son said 'you idiots sent it twice'.", "en"),
        ("Я не называю вас идиотом, просто процесс сломан.", "ru"),
        ("Мой сын сказал «вы идиоты», не обращайте внимания.", "ru"),
        ("Плохой отзыв писать не буду.", "ru"),
        ("我不是说你是白痴。", "zh"),
        ("我儿子说“你们是白痴”，别理他。", "zh"),
        ("No te estoy llamando idiota.", "es"),
        ("Jag kallar dig inte idiot.", "sv"),
        ("I already filed a dispute with my bank. This is not a threat.", "en"),
        ("Ya abrí una reclamación con mi banco. No es una amenaza.", "es"),
    ],
)
def test_negated_quoted_and_disclaimed_words_are_no_abuse(
    rules: Detector, text: str, language: str
) -> None:
    assert _abuse(rules, text, language) == []


def test_a_disclaimer_does_not_excuse_a_threat_of_violence(rules: Detector) -> None:
    text = "This is not a threat, I will kill you."
    assert [c for c, _ in _abuse(rules, text, "en")] == ["threat_violence"]


def test_a_chinese_a_not_a_question_is_not_a_negation(rules: Detector) -> None:
    assert _abuse(rules, "你是不是智障", "zh") == [("harassment", "智障")]


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        (
            "I'm calling Visa today and telling them to take my money back.",
            "en",
            "threat_financial",
        ),
        ("Hoy mismo llamo a Visa para que me devuelvan el dinero.", "es", "threat_financial"),
        ("I'm reporting you to the FTC this afternoon.", "en", "threat_legal"),
        ("Пишу жалобу в Роспотребнадзор и в прокуратуру.", "ru", "threat_legal"),
        ("我要去消协和工商局举报你们。", "zh", "threat_legal"),
        ("Jag anmäler er till Konsumentverket.", "sv", "threat_legal"),
        ("I'm going over your head straight to your CEO.", "en", "threat_job"),
        ("I know what car you drive and which office you park at.", "en", "threat_expose"),
        ("Sé qué coche conduces y dónde aparcas.", "es", "threat_expose"),
        (
            "Refund me or this chat goes on Twitter with your name attached.",
            "en",
            "threat_public_shaming",
        ),
        ("It would be a shame if something happened to your office.", "en", "threat_violence"),
        ("Будет очень жаль, если с вашим офисом что-нибудь случится.", "ru", "threat_violence"),
        (
            "Refund me or I'll hurt myself, do you want that on your conscience?",
            "en",
            "emotional_blackmail",
        ),
        (
            "Of course they put a woman on this, women can't understand anything technical.",
            "en",
            "hate",
        ),
    ],
)
def test_threats_without_the_stock_words_are_caught_as_what_they_are(
    rules: Detector, text: str, language: str, category: str
) -> None:
    assert category in {c for c, _ in _abuse(rules, text, language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I'll be writing an honest review once this is resolved, good or bad.", "en"),
        ("I've posted about the outage on Twitter so other users know.", "en"),
        ("The ombudsman's website says I should contact you first.", "en"),
        ("Jag ska till tingsrätten i morgon i ett annat ärende.", "sv"),
        ("请转告你们总经理，新的价格页面让人困惑。", "zh"),
        ("我的账号被冻结了，请帮忙。", "zh"),
        ("Можно где-то оставить отзыв о приложении?", "ru"),
    ],
)
def test_an_honest_review_or_a_legitimate_mention_is_no_threat(
    rules: Detector, text: str, language: str
) -> None:
    assert _abuse(rules, text, language) == []
