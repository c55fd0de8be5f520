"""The learned signals: the shipped zh model, its reproducible training, alt-profanity-check."""

from __future__ import annotations

import pytest

from desk.abuse import profanity
from desk.abuse.detector import ZH_MODEL_RULE, Detector, DetectorOptions
from desk.abuse.train_zh import read_cold, train
from desk.abuse.zh_model import load_zh_model, model_path
from tests.conftest import shared_data


def test_the_shipped_zh_model_is_small_and_separates_the_obvious() -> None:
    assert model_path().stat().st_size < 400_000
    model = load_zh_model()
    assert model is not None
    assert model.probability("黑人天生就懒，素质低") > 0.8
    assert model.probability("谢谢你们的帮助，问题已经解决了。") < 0.5


@pytest.mark.slow
def test_training_is_reproducible() -> None:
    rows = read_cold(shared_data("abuse", "cold", "train.csv"))[:1500]
    first, second = train(rows, keep=500), train(rows, keep=500)
    assert first == second
    assert len(first.weights) == 500


def test_the_zh_model_flags_hate_alone_only_with_a_group_word() -> None:
    with_model = Detector(DetectorOptions())
    [hit] = with_model.detect("黑人天生就懒，素质低", "zh")
    assert (hit.category, hit.rule_id) == ("hate", ZH_MODEL_RULE)
    assert with_model.detect("导出到底怎么回事？现在简直是垃圾。", "zh")[0].category == "profanity"
    # The rules alone, without the zh model (the learned signal, which reads the same sentence
    # as hate from round 12's training, is left out: the zh model's gate is what is tested).
    without = Detector(DetectorOptions(zh_model=False, learned=False))
    assert without.detect("黑人天生就懒，素质低", "zh") == []


def test_the_detector_works_without_alt_profanity_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(profanity, "_module", lambda: None)
    assert profanity.probabilities(["you idiot"]) is None
    detector = Detector(DetectorOptions(profanity_check=True))
    assert [h.category for h in detector.detect("You are an idiot.", "en")] == ["harassment"]


@pytest.mark.slow
def test_alt_profanity_check_never_flags_alone_and_only_promotes() -> None:
    pytest.importorskip("profanity_check")
    detector = Detector(DetectorOptions(profanity_check=True))
    plain = Detector(DetectorOptions())
    # Profane, but no rule fires on a person: no abuse flag, with or without the extra.
    text = "what the fuck is this shit, the export is fucking broken"
    assert {h.category for h in detector.detect(text, "en")} == {"profanity"}
    # An insult about someone (not the reader) in a very profane message is promoted.
    text = "the fucking idiots in billing charged me twice again"
    assert "harassment" not in {h.category for h in plain.detect(text, "en")}
    promoted = [h for h in detector.detect(text, "en") if h.category == "harassment"]
    assert promoted and all(h.rule_id.endswith("+model") for h in promoted)
