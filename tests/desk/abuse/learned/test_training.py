"""Training is a command in the repo that gives the same bytes from the same data."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desk.abuse.learned.model import model_bytes, model_path, read_model
from desk.abuse.learned.train import (
    LANGUAGES,
    TRAINING_DIR,
    Example,
    development_sets,
    fit,
    main,
    read_examples,
    read_training,
)
from desk.config import resource_path
from desk.errors import InputError


def _slice() -> list[Example]:
    examples = read_training(resource_path(*TRAINING_DIR))
    return examples[::12]


def test_training_on_a_slice_is_byte_for_byte_reproducible() -> None:
    examples = _slice()
    first = model_bytes(fit(examples, steps=15, bits=12))
    second = model_bytes(fit(examples, steps=15, bits=12))
    assert first == second
    other = model_bytes(fit(examples[1:], steps=15, bits=12))
    assert other != first


@pytest.mark.slow
def test_the_command_writes_a_readable_model(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for language in LANGUAGES:
        source = resource_path(*TRAINING_DIR, f"train_{language}.tsv").read_text(encoding="utf-8")
        lines = source.splitlines()
        header = lines.index("label\tkind\ttext")
        (data / f"train_{language}.tsv").write_text(
            "\n".join(lines[: header + 1] + lines[header + 1 :: 10]) + "\n", encoding="utf-8"
        )
    out = tmp_path / "model.npz"
    assert main(["--data", str(data), "--out", str(out), "--steps", "10"]) == 0
    model = read_model(out)
    assert model.probabilities(["You idiot."]).shape == (1, 9)


def test_every_training_file_is_well_formed_and_covers_every_category() -> None:
    for language in LANGUAGES:
        examples = read_examples(resource_path(*TRAINING_DIR, f"train_{language}.tsv"))
        assert len(examples) >= 800, language
        kinds = {e.kind for e in examples if e.label}
        assert len(kinds) == 9, (language, kinds)
        negatives = sum(1 for e in examples if not e.label)
        assert negatives >= 300, language


def test_a_bad_line_names_the_file_and_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "train_en.tsv"
    bad.write_text("# note\nlabel\tkind\ttext\n1\tharassment\tYou idiot.\n2\tx\ty\n", "utf-8")
    with pytest.raises(InputError, match=r"train_en\.tsv:4: expected label"):
        read_examples(bad)
    bad.write_text("label\tkind\ttext\n1\tsarcasm\tSure.\n", "utf-8")
    with pytest.raises(InputError, match=r"train_en\.tsv:2: unknown abuse category 'sarcasm'"):
        read_examples(bad)


@pytest.mark.slow
def test_retraining_reproduces_the_shipped_model(tmp_path: Path) -> None:
    out = tmp_path / "model.npz"
    assert main(["--out", str(out)]) == 0
    shipped = hashlib.sha256(model_path().read_bytes()).hexdigest()
    assert hashlib.sha256(out.read_bytes()).hexdigest() == shipped


def test_the_development_sets_are_read_beside_the_training_files(tmp_path: Path) -> None:
    sets = tmp_path / "sets"
    sets.mkdir()
    (sets / "dev_en.tsv").write_text(
        "# a development set\nlabel\tkind\ttext\n1\tsexual_harassment\tSend me a photo, sweetie.\n"
        "0\tproduct_anger\tThis app is garbage.\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    data.mkdir()
    for language in LANGUAGES:
        (data / f"train_{language}.tsv").write_text(
            f"label\tkind\ttext\n1\tharassment\tidiot {language}\n", encoding="utf-8"
        )
    assert development_sets(data) == []
    assert len(read_training(data)) == len(LANGUAGES)
    (data / "development_sets.toml").write_text(
        'folder = "../sets"\nsets = ["dev_en.tsv"]\n', encoding="utf-8"
    )
    assert development_sets(data) == [(sets / "dev_en.tsv").resolve()]
    examples = read_training(data)
    assert [(e.label, e.kind) for e in examples[len(LANGUAGES) :]] == [
        (1, "harassment"),  # the model learns sexual harassment as the insult it is
        (0, "product_anger"),
    ]


@pytest.mark.parametrize(
    ("manifest", "reason"),
    [
        ('folder = "."\nsets = ["dev9_en.tsv"]\n', r"dev9_en\.tsv not found in \."),
        ("folder = \n", r"Invalid value"),
        ('sets = ["a.tsv"]\n', r"expected folder = "),
    ],
)
def test_a_bad_development_manifest_names_itself(
    tmp_path: Path, manifest: str, reason: str
) -> None:
    (tmp_path / "development_sets.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(InputError, match=r"development_sets\.toml: " + reason):
        development_sets(tmp_path)
