"""No training file holds a message of an evaluation set of its language.

The learned signal's figures on the development, support, held-out and fresh sets are reported
as out of sample; a message copied into ``train_<lang>.tsv`` (even with other capitals or
punctuation) would make them in-sample without anyone noticing. Two such Russian lines were
found and removed in issue #19 round 4."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk.abuse.learned.train import LANGUAGES, read_examples
from desk.config import resource_path

EVALUATION = Path(__file__).resolve().parents[1] / "data"
STEMS = (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "support", "holdout", "fresh1",
    "fresh2",
)  # fmt: skip
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_evaluation_message_is_in_the_training_file(language: str) -> None:
    training = {
        _normalised(example.text)
        for example in read_examples(resource_path("models", "training", f"train_{language}.tsv"))
    }
    copied = [
        f"{stem}_{language}.tsv"
        for stem in STEMS
        for text in _evaluation_texts(stem, language)
        if _normalised(text) in training
    ]
    assert copied == [], f"{len(copied)} evaluation message(s) copied into the training file"
