"""The hand-written support-desk sets: precision >= 0.9 and recall >= 0.8 in every language,
and the professional threats caught everywhere."""

from __future__ import annotations

from collections import Counter

import pytest

from desk.abuse.categories import ABUSE_VALUES
from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.evaluation import Confusion, is_abusive
from tests.desk.abuse.conftest import SUPPORT_LANGUAGES, support_set

NEGATIVE_KINDS = {"civil", "quoted", "negated", "profanity", "shouting", "manager", "plain"}
MUST_CATCH = ("threat_financial", "threat_legal", "threat_job", "threat_expose")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectorOptions())


@pytest.mark.parametrize("language", SUPPORT_LANGUAGES)
def test_the_set_is_balanced_and_covers_every_category(language: str) -> None:
    rows = support_set(language)
    assert len(rows) >= 60
    assert sum(r.abusive for r in rows) == len(rows) // 2
    kinds = Counter(r.kind for r in rows)
    assert {r.kind for r in rows if r.abusive} == ABUSE_VALUES
    assert {r.kind for r in rows if not r.abusive} == NEGATIVE_KINDS
    assert kinds["civil"] >= 10 and kinds["quoted"] >= 3


@pytest.mark.parametrize("language", SUPPORT_LANGUAGES)
def test_precision_and_recall(language: str, detector: Detector) -> None:
    rows = support_set(language)
    hits = detector.detect_many([r.text for r in rows])
    confusion = Confusion.of([r.abusive for r in rows], [is_abusive(h) for h in hits])
    wrong = [r.text for r, h in zip(rows, hits, strict=True) if r.abusive != is_abusive(h)]
    assert confusion.precision >= 0.9, wrong
    assert confusion.recall >= 0.8, wrong


@pytest.mark.parametrize("language", SUPPORT_LANGUAGES)
def test_professional_threats_are_caught_as_what_they_are(
    language: str, detector: Detector
) -> None:
    rows = [r for r in support_set(language) if r.kind in MUST_CATCH]
    assert {r.kind for r in rows} == set(MUST_CATCH)
    for row in rows:
        categories = {h.category for h in detector.detect(row.text)}
        assert row.kind in categories, row.text


@pytest.mark.parametrize("language", SUPPORT_LANGUAGES)
def test_angry_civil_and_quoted_messages_get_no_abuse_flag(
    language: str, detector: Detector
) -> None:
    for row in support_set(language):
        if row.kind in {"civil", "quoted"}:
            assert not is_abusive(detector.detect(row.text)), row.text
