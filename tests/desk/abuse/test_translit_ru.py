"""Russian typed in Latin letters (issue #19 round 8): detected as Russian, read in Cyrillic by
the ru pack and the learned model, and its hits' spans kept as offsets into the stored text.

Every message here was written for this file (not copied from a dev, support, holdout or
training set), in several transliteration schemes."""

from __future__ import annotations

import pytest

from desk.abuse.categories import ABUSE_VALUES
from desk.abuse.detector import detect
from desk.abuse.language import detect_language
from desk.abuse.translit_ru import looks_russian, reading


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("ty menya slyshish", "ты меня слышишь"),
        ("shchas", "щас"),
        ("schas", "щас"),
        ("zhdi", "жди"),
        ("khamlo", "хамло"),
        ("hamlo", "хамло"),
        ("otets", "отец"),
        ("yabloko", "яблоко"),
        ("jabloko", "яблоко"),
        ("yubka", "юбка"),
        ("juzhnyj", "южный"),
        ("moy", "мой"),
        ("den'gi", "деньги"),
        ("ub'yu", "убью"),
        ("4to", "что"),
        ("xoro6o", "хорошо"),
        ("eto", "это"),
        ("esli", "если"),
        ("vyložu", "выложу"),
        ("ponimaesh", "понимаешь"),
    ],
)
def test_the_common_schemes_read_as_cyrillic(latin: str, cyrillic: str) -> None:
    found = reading(latin)
    assert found is not None
    assert found.text == cyrillic


def test_case_numbers_addresses_and_cyrillic_words_keep_their_characters() -> None:
    text = "Ty DEBIL, заказ 4512, pishi na ivan.petrov@mail.ru"
    found = reading(text)
    assert found is not None
    assert found.text.startswith("Ты ДЕБИЛ, заказ 4512, пиши на ")
    assert found.text.endswith("ivan.petrov@mail.ru")


def test_every_span_of_the_reading_maps_back_into_the_original() -> None:
    text = "Nu shcho, ya tebya naydu, ponimaesh?"
    found = reading(text)
    assert found is not None
    start = found.text.index("тебя")
    assert found.original(start, start + len("тебя")) == (text.index("tebya"), text.index(" naydu"))
    start = found.text.index("щ")  # one Cyrillic letter from four Latin ones
    assert found.original(start, start + 1) == (3, 7)
    whole = found.original(0, len(found.text))
    assert whole == (0, len(text))
    start = found.text.index("понимаешь")  # the soft sign added at the end maps to the "h"
    assert found.original(start, start + len("понимаешь")) == (
        text.index("ponimaesh"),
        text.index("?"),
    )


def test_a_message_without_latin_words_has_no_reading() -> None:
    assert reading("ты дебил, верните деньги") is None


def test_a_cyrillic_message_is_read_again_only_for_a_russian_latin_word() -> None:
    assert reading("оплатил через PayPal, а заказа нет") is None
    assert reading("ваш iPhone опять сломан") is None
    mixed = reading("ну ты loh, конечно")
    assert mixed is not None
    assert mixed.text == "ну ты лох, конечно"


@pytest.mark.parametrize(
    "text",
    [
        "ty tupaya ili prosto pritvoryaeshsya?",
        "ya vas vsekh naydu, zapomnite",
        "vernite den'gi ili otzovu platezh cherez bank",
        "blyat",
        "kak otmenit' podpisku?",
        "ты вообще normal'nyy?",
        "Vy menya slyshite voobshche",
    ],
)
def test_latin_script_russian_is_detected_as_russian(text: str) -> None:
    assert detect_language(text) == "ru"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ya no quiero esperar más, devuélvanme el dinero", "es"),
        ("Hej, jag vill ha min nya faktura skickad igen", "sv"),
        ("I don't know why it's broken, you're the third agent today", "en"),
        ("see ya tomorrow, ty for the help", "en"),
        ("Zhang from your team called me about the khaki jacket", "en"),
        ("call da po po", "en"),
        ("Hej, vy över parken från kontoret är fin", "sv"),
    ],
)
def test_english_spanish_and_swedish_keep_their_language(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert not looks_russian(text.lower())


def _abuse(text: str) -> list[tuple[str, str]]:
    return [(h.category, text[h.start : h.end]) for h in detect(text) if h.category in ABUSE_VALUES]


@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("ty prosto debil, ponyal?", "harassment", "debil"),
        ("vy tam vse mudaki v etoy kontore", "harassment", "mudaki"),
        ("Ya TEBYA NAYDU, zapomni", "threat_violence", "TEBYA NAYDU"),
        ("tebya uvolyat, ya uzhe napisal nachal'stvu", "threat_job", None),
        ("ty реально debil", "harassment", "debil"),
        ("vylozhu tvoe foto i adres v internet", "threat_expose", None),
        ("podam na vas v sud, zhdite povestku", "threat_legal", None),
        ("otzovu platezh cherez bank, esli ne vernete den'gi", "threat_financial", None),
        ("Zhdi menya posle raboty, pogovorim", "threat_violence", None),
        ("napishu otzyv vezde, vse uznayut kakie vy moshenniki", "threat_public_shaming", None),
    ],
)
def test_translit_abuse_is_flagged_with_spans_in_the_stored_text(
    text: str, category: str, span: str | None
) -> None:
    found = _abuse(text)
    assert category in {c for c, _ in found}
    if span is not None:
        assert (category, span) in found


def test_a_latin_word_the_pack_knows_still_counts_in_a_cyrillic_message() -> None:
    text = "не вернете деньги, сделаю chargeback через банк"
    assert "threat_financial" in {c for c, _ in _abuse(text)}


@pytest.mark.parametrize(
    "text",
    [
        "ya ne budu podavat' v sud, prosto vernite den'gi",
        "prilozhenie opyat' glyuchit, blin, pochinite",
        "spasibo bol'shoe, vy luchshie",
        "operator skazal mne chto ya debil, eto normal'no?",
        "ya ne budu pisat' plokhoy otzyv, prosto pochinite",
    ],
)
def test_translit_hard_negatives_stay_clean(text: str) -> None:
    assert detect_language(text) == "ru"
    assert _abuse(text) == []
