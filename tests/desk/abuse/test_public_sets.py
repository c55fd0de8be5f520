"""The public labelled sets in ../shared/data/abuse, read in place (skipped when absent)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desk.abuse import profanity
from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.evaluation import Confusion, is_abusive
from tests.benchmarks.bench_signals_eval import LabelledSet, cold_dev, ru_distorted, support_desk
from tests.conftest import shared_data


def _mcc(data: LabelledSet) -> tuple[float, float | None]:
    """The detector's MCC, and alt-profanity-check's when it is installed."""
    hits = Detector(DetectorOptions()).detect_many(data.texts, [data.language] * len(data.texts))
    ours = Confusion.of(data.truth, [is_abusive(h) for h in hits]).mcc
    probabilities = profanity.probabilities(data.texts)
    if probabilities is None:
        return ours, None
    return ours, Confusion.of(data.truth, [p >= 0.5 for p in probabilities]).mcc


SETS: dict[str, tuple[Callable[[], LabelledSet | None], str, float]] = {
    "cold": (cold_dev, "cold", 0.6),
    # 0.273 with the round-3 model, 0.211 with round 4's: its many more support-desk threats and
    # insults made it fire on some forum replies addressed "[id…|Name], ты …" (README).
    "ru": (ru_distorted, "ru-distorted-toxicity", 0.2),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SETS))
def test_non_english_sets_beat_the_floor_and_alt_profanity_check(name: str) -> None:
    load, folder, floor = SETS[name]
    shared_data("abuse", folder)
    data = load()
    assert data is not None
    ours, theirs = _mcc(data)
    assert ours >= floor
    if theirs is not None:
        assert ours > theirs


@pytest.mark.slow
def test_support_desk_sets_beat_alt_profanity_check() -> None:
    pytest.importorskip("profanity_check")
    for language in ("en", "es", "ru", "zh", "sv"):
        data = support_desk(language)
        hits = Detector(DetectorOptions()).detect_many(data.texts)
        ours = Confusion.of(data.truth, [is_abusive(h) for h in hits]).mcc
        probabilities = profanity.probabilities(data.texts) or []
        theirs = Confusion.of(data.truth, [p >= 0.5 for p in probabilities]).mcc
        assert ours > theirs, language
