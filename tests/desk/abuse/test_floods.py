"""A flood (one insult pasted 40,000 times) is read only so far, and costs no more than that.

The speed itself is measured in ``python -m tests.benchmarks signals``; these tests pin the
caps that make it bounded: the hits a flood yields, and where reading stops.
"""

from __future__ import annotations

import random

import pytest

from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.matcher import MAX_MATCHES_PER_RULE, MAX_MATCHES_READ
from desk.abuse.scorer import Hit, dedupe

FLOOD = 400_000  # characters: the size that took 23 s before the caps
INSULTS = {
    "en": "you idiot ",
    "es": "eres un idiota ",
    "ru": "ты идиот ",
    "zh": "你这个傻逼。",
    "sv": "du är en idiot ",
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectorOptions())


def _flood(language: str, size: int = FLOOD) -> str:
    unit = INSULTS[language]
    return unit * (size // len(unit))


@pytest.mark.parametrize("language", sorted(INSULTS))
@pytest.mark.slow
def test_a_flood_of_one_insult_keeps_only_its_first_matches(
    detector: Detector, language: str
) -> None:
    hits = detector.detect(_flood(language), language)
    assert len(hits) == MAX_MATCHES_PER_RULE
    assert {h.category for h in hits} == {"harassment"}
    unit = len(INSULTS[language])
    assert hits[-1].end <= unit * MAX_MATCHES_PER_RULE  # the first ones, in text order


@pytest.mark.slow
def test_doubling_a_flood_adds_no_hits(detector: Detector) -> None:
    flood = _flood("en")
    assert detector.detect(flood + flood, "en") == detector.detect(flood, "en")


def test_the_cap_is_per_rule_so_a_threat_after_the_insults_is_still_found(
    detector: Detector,
) -> None:
    text = "you idiot " * 1000 + "and I will sue you"
    hits = detector.detect(text, "en")
    assert [h.category for h in hits].count("harassment") == MAX_MATCHES_PER_RULE
    assert hits[-1].category == "threat_legal"
    assert text[hits[-1].start :].startswith("I will sue")


def test_reading_stops_after_the_matches_read_cap(detector: Detector) -> None:
    """The stated limit: past MAX_MATCHES_READ matches, the rest of the message is not read."""
    matcher = detector.matcher("en")
    assert matcher is not None
    text = "you idiot " * MAX_MATCHES_READ + "and I will sue you"
    _, matches = matcher.find(text)
    assert [m.rule.id for m in matches] == ["en.insult.noun"] * MAX_MATCHES_PER_RULE
    _, shorter = matcher.find("you idiot " * (MAX_MATCHES_READ - 1) + "and I will sue you")
    assert shorter[-1].rule.id == "en.threat.legal"


def _quadratic_dedupe(hits: list[Hit]) -> list[Hit]:
    """The definition, checked against every kept hit: what the bisecting dedupe must equal."""
    abuse = {"harassment", "threat_legal"}
    ranked = sorted(hits, key=lambda h: (h.category not in abuse, -h.score, h.start))
    kept: list[Hit] = []
    for hit in ranked:
        if not any(
            hit.start < k.end
            and k.start < hit.end
            and (k.category == hit.category or k.category in abuse)
            for k in kept
        ):
            kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.end, h.category))


@pytest.mark.parametrize("seed", range(40))
def test_dedupe_keeps_the_same_hits_as_comparing_every_pair(seed: int) -> None:
    rng = random.Random(seed)
    categories = ["harassment", "threat_legal", "profanity", "shouting"]
    hits = []
    for _ in range(rng.randrange(1, 60)):
        start = rng.randrange(0, 80)
        end = start + rng.choice([0, 1, 2, 5, 12, 30])  # empty spans too
        score = rng.choice([0.5, 0.6, 0.9])
        hits.append(Hit(rng.choice(categories), start, end, "r", score, "en"))
    assert dedupe(hits) == _quadratic_dedupe(hits)
