"""No training input holds a message of an evaluation set the model does not train on.

The learned signal trains on ``train_<lang>.tsv`` and on the development sets named in
``development_sets.toml``. Its figures on every other set (the held-out sets, each language's
newest check set, the fresh sets) are reported as out of sample; a message copied into the
training input (even with other capitals or punctuation) would make them in-sample without
anyone noticing. Two such Russian lines were found and removed in issue #19 round 4."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk.abuse.learned.train import (
    LANGUAGES,
    TRAINING_DIR,
    development_set_names,
    read_examples,
)
from desk.config import resource_path

EVALUATION = Path(__file__).resolve().parents[1] / "data"
# Every labelled set beside the tests (support, held-out, fresh, each round's dev<n>): a round's
# new check set is covered the moment its file exists.
STEMS = tuple(sorted({path.stem.rsplit("_", 1)[0] for path in EVALUATION.glob("*_*.tsv")}))
_NOT_WORD = re.compile(r"\W+")


def _normalised(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower().replace("ё", "е")).strip()


def _evaluation_texts(stem: str, language: str) -> list[str]:
    path = EVALUATION / f"{stem}_{language}.tsv"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    header = rows[0]
    column = header.index("text")
    return [row[column] for row in rows[1:] if len(row) > column]


def _newest_dev_set(language: str) -> str:
    """The language's check set: the development set written last (``devN`` with the highest N)."""
    numbers = [
        int(path.stem.split("_")[0][3:] or 1) for path in EVALUATION.glob(f"dev*_{language}.tsv")
    ]
    newest = max(numbers)
    return f"dev{newest if newest > 1 else ''}_{language}.tsv"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_evaluation_message_is_in_the_training_input(language: str) -> None:
    trained_on = development_set_names()
    training = {
        _normalised(example.text)
        for example in read_examples(resource_path(*TRAINING_DIR, f"train_{language}.tsv"))
    }
    for stem in STEMS:
        if f"{stem}_{language}.tsv" in trained_on:
            training.update(_normalised(text) for text in _evaluation_texts(stem, language))
    copied = [
        f"{stem}_{language}.tsv"
        for stem in STEMS
        if f"{stem}_{language}.tsv" not in trained_on
        for text in _evaluation_texts(stem, language)
        if _normalised(text) in training
    ]
    assert copied == [], f"{len(copied)} evaluation message(s) copied into the training input"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_model_never_trains_on_a_check_held_out_or_fresh_set(language: str) -> None:
    trained_on = development_set_names()
    assert _newest_dev_set(language) not in trained_on
    assert not {name for name in trained_on if name.startswith(("holdout_", "fresh"))}
    assert all((EVALUATION / name).exists() for name in trained_on)


def test_every_kind_of_evaluation_set_is_found() -> None:
    assert {"support", "holdout", "dev", "dev2", "fresh1", "fresh2"} <= set(STEMS)
