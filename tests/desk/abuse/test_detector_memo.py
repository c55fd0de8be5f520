"""A detector reads each distinct (text, language) once (issue #19's scan speed): repeated texts
get exactly the hits a fresh reading gives, each in a list of its own, and what it keeps stays
within its bound, the oldest forgotten first."""

from __future__ import annotations

import pytest

from desk.abuse import detector as detector_module
from desk.abuse.detector import MEMO_TEXT_CHARS, Detector, DetectorOptions

TEXTS = [
    "You are a useless idiot and I will do a chargeback.",
    "Thanks, that fixed it!",
    "Eres un inútil, voy a poner una denuncia ante consumo.",
    "You are a useless idiot and I will do a chargeback.",
    "Thanks, that fixed it!",
    "Ты тупой идиот, я знаю где ваш офис.",
    "You are a useless idiot and I will do a chargeback.",
]


def test_repeated_texts_get_the_hits_a_fresh_reading_gives() -> None:
    detector = Detector(DetectorOptions())
    languages: list[str | None] = [None, None, "es", None, "en", None, "en"]
    first = detector.detect_many(TEXTS, languages)
    again = detector.detect_many(TEXTS, languages)  # every one from the memo now
    read = Detector(DetectorOptions())._read(TEXTS, languages)  # each read, repeats too
    assert first == read == again
    assert first[0] and first[0] == first[3] == first[6]
    assert len({id(hits) for hits in [*first, *again]}) == 2 * len(TEXTS)
    first[0].clear()  # a caller's list is its own
    assert detector.detect_many(TEXTS[:1])[0] == again[0]


def test_the_memo_keeps_within_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detector_module, "MEMO_CHARS", 200)
    detector = Detector(DetectorOptions())
    texts = [f"Order {n}: where is my parcel, it is a week late now." for n in range(20)]
    detector.detect_many(texts)
    kept = detector._memo
    assert detector._memo_chars == sum(len(text) for text, _ in kept) <= 200
    assert [text for text, _ in kept] == texts[-len(kept) :]  # the newest kept
    long = "word " * (MEMO_TEXT_CHARS // 5 + 1)
    detector.detect_many([long])
    assert (long, None) not in detector._memo
