"""The shipped learned signal: loads offline, separates clear cases in every language, and
names the sentence that carried a flag."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from desk.abuse.learned.features import hash_batch, normalise, score_batch, sentences
from desk.abuse.learned.model import (
    CATEGORIES,
    load_model,
    model_bytes,
    model_path,
    read_model,
)
from desk.abuse.learned.predict import LearnedSignal, default_signal, own_words
from desk.errors import DeskError

# Written for these tests, not copied from the training files: (language, abusive sentence,
# its category, a clearly civil or merely angry message).
CLEAR = [
    ("en", "Honestly, you are a brainless idiot.", "harassment",
     "The app keeps crashing and I'm fed up with it, please fix it."),
    ("en", "I'm going to call my bank and reverse every payment.", "threat_financial",
     "Could you resend the receipt for March?"),
    ("es", "Eres un inútil total y un imbécil.", "harassment",
     "La aplicación se cuelga otra vez, qué desastre de actualización."),
    ("es", "Mi abogado os va a demandar la semana que viene.", "threat_legal",
     "Gracias por la ayuda, ya funciona todo."),
    ("ru", "Ты тупой идиот и бездарь.", "harassment",
     "Приложение опять зависло, обновление ужасное."),
    ("ru", "Я сделаю так, что тебя уволят с работы.", "threat_job",
     "Спасибо, всё работает, хорошего дня."),
    ("zh", "你就是个没用的废物。", "harassment", "应用又卡住了，这次更新真糟糕。"),
    ("zh", "我要把你家地址发到网上。", "threat_expose", "谢谢你的帮助，已经好了。"),
    ("sv", "Du är en värdelös idiot.", "harassment",
     "Appen kraschar igen, den här uppdateringen är usel."),
    ("sv", "Jag ska bryta benen på dig när jag hittar dig.", "threat_violence",
     "Tack för hjälpen, nu fungerar allt."),
]  # fmt: skip


@pytest.fixture(scope="module")
def signal() -> LearnedSignal:
    found = default_signal()
    assert found is not None, "the shipped model is missing"
    return found


def test_the_shipped_model_loads_offline_and_is_small() -> None:
    # The file is bounded by its shape, not by how much text trained it: 2^18 buckets x 9
    # categories of float16 (4,718,592 bytes) before compression; deflate only shrinks it as
    # buckets stay zero. 3.73 MB since round 13; the bound holds whatever a next round reads.
    assert model_path().stat().st_size < (1 << 18) * 9 * 2 + 64_000
    model = load_model()
    assert model is not None
    assert model.categories == tuple(c.value for c in CATEGORIES)
    assert len(model.categories) == 9
    assert model.weights.shape == (1 << model.bits, 9)
    assert 0.5 <= model.threshold < 1.0


@pytest.mark.parametrize(("language", "abusive", "category", "civil"), CLEAR)
def test_clear_abuse_is_flagged_and_clear_negatives_are_not(
    signal: LearnedSignal, language: str, abusive: str, category: str, civil: str
) -> None:
    flagged, calm = signal.hits_many([abusive, civil])
    assert flagged and flagged[0].category == category, (language, flagged)
    assert calm == [], (language, calm)


@pytest.mark.parametrize(("language", "abusive", "category", "civil"), CLEAR)
def test_the_hit_names_the_sentence_that_carried_it(
    signal: LearnedSignal, language: str, abusive: str, category: str, civil: str
) -> None:
    text = f"{civil}\n{abusive}\n{civil}"
    [hit] = [h for h in signal.hits(text) if h.category == category]
    assert text[hit.start : hit.end] == abusive


def test_quoted_reply_lines_are_not_the_customers_words(signal: LearnedSignal) -> None:
    text = "Thanks, that works.\n> You are a brainless idiot.\n> I'll call my bank."
    assert own_words(text).startswith("Thanks, that works.\n ")
    assert len(own_words(text)) == len(text)
    assert signal.hits(text) == []
    assert signal.hits(text.replace("> ", "")) != []
    assert signal.hits('He wrote "you are a brainless idiot" to me, please check.') == []
    assert signal.hits("He wrote «ты тупой идиот» мне.") == []


def test_sentences_skip_what_has_no_words() -> None:
    text = "Hello there. $$$$$$ !!! 1. You idiot!\n好的。你是白痴！"
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Hello there.", "You idiot!", "好的。", "你是白痴！",
    ]  # fmt: skip


def test_batched_hashing_scores_each_text_as_if_alone() -> None:
    model = load_model()
    assert model is not None
    texts = [normalise(t) for t in ("You idiot.", "Я тебя найду.", "你好", "Du är bäst, tack!")]
    together = score_batch(hash_batch(texts, model.orders, model.bits), model.weights, model.bias)
    for index, text in enumerate(texts):
        alone = score_batch(hash_batch([text], model.orders, model.bits), model.weights, model.bias)
        np.testing.assert_allclose(together[index], alone[0], rtol=1e-5, atol=1e-5)
    assert not np.allclose(together[0], together[1])


def test_a_damaged_model_file_is_one_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "model.npz"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(DeskError, match=r"model\.npz: cannot read the abuse model"):
        read_model(broken)


def test_each_category_flags_at_its_own_threshold_stored_in_the_file(tmp_path: Path) -> None:
    model = load_model()
    assert model is not None
    thresholds = model.category_thresholds()
    assert len(thresholds) == len(model.categories)
    assert all(0.5 <= t < 1.0 for t in thresholds)
    assert len(set(thresholds)) > 1  # measured per category, not one figure copied nine times
    # A copy whose job threshold is raised past any probability no longer flags a job threat,
    # and still flags an insult: the threshold is read per category, from the file.
    text = "Я сделаю так, что тебя уволят с работы. Ты тупой идиот и бездарь."
    index = model.categories.index("threat_job")
    raised = tuple(1.01 if i == index else t for i, t in enumerate(thresholds))
    path = tmp_path / "raised.npz"
    path.write_bytes(model_bytes(dataclasses.replace(model, thresholds=raised)))
    reread = read_model(path)
    assert reread.category_thresholds() == raised
    shipped = {h.category for h in LearnedSignal(model).hits(text)}
    changed = {h.category for h in LearnedSignal(reread).hits(text)}
    assert "threat_job" in shipped and "threat_job" not in changed
    assert "harassment" in shipped and "harassment" in changed


def test_a_model_file_without_per_category_thresholds_uses_its_one_threshold(
    tmp_path: Path,
) -> None:
    model = load_model()
    assert model is not None
    path = tmp_path / "old.npz"
    data = {k: v for k, v in np.load(model_path(), allow_pickle=False).items() if k != "thresholds"}
    np.savez(path, **data)
    old = read_model(path)
    assert old.category_thresholds() == (old.threshold,) * len(old.categories)
