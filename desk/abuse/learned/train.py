"""Train the learned abuse signal from the project's own labelled messages, reproducibly.

    python -m desk.abuse.learned.train [--data resources/models/training] [--out FILE]

The training data are ``train_<lang>.tsv`` files (``label``, ``kind``, ``text``, the format of
the support sets) written for this project in en, es, ru, zh and sv: short support-desk
messages for each category and many hard negatives (anger at the product, swearing at the
software, quoted insults, negations, legitimate disputes and lawyers), each also set in an
e-mail among ordinary sentences and written as chat, with a typo or a masked letter. No public
data set is used: see resources/models/README.md for why.

Beside them, the development sets the rules were already tuned on, named in the data folder's
``development_sets.toml``: each was written by another writer in other voices, which is what
the model lacks most. The sets written to check a round, the held-out and the fresh sets are
never named there (a test keeps them out), so the model's figures on them stay out of sample.

The fit is deterministic: full-batch Adam for a fixed number of steps from zero weights, with
sums done by scipy's sparse products (sequential loops, no threaded BLAS), so the same data give
the same file, byte for byte. Training needs scipy, the ``train`` extra
(``pip install -e '.[train]'``); the app itself only reads the model.
"""

from __future__ import annotations

import argparse
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desk.abuse.learned.features import BITS, ORDERS, FloatArray, hash_batch, normalise, sparse_rows
from desk.abuse.learned.model import CATEGORIES, LearnedModel, model_bytes, model_path
from desk.config import resource_path
from desk.errors import InputError

TRAINING_DIR = ("models", "training")
DEVELOPMENT_MANIFEST = "development_sets.toml"
# The detector names sexual harassment apart; the model has no class of its own for it (20
# development messages in all): it learns them as the insult aimed at the agent they are.
MODEL_KIND = {"sexual_harassment": "harassment"}
_CATEGORY_VALUES = frozenset(c.value for c in CATEGORIES)
LANGUAGES = ("en", "es", "ru", "zh", "sv")
STEPS = 300
RATE = 0.1
L2 = 1e-6
BALANCE = 1.0  # 0.75 lost recall on the dev sets at the same precision (README)
THRESHOLD = 0.8  # chosen on the dev sets, which the model never trains on (README: the sweep)
# Per category, chosen on the dev, support and holdout sets together (never on the fresh sets):
# the lowest probability from 0.5 to 0.8 whose gain in caught messages is at least three per
# hard negative it adds, and which flags no ordinary sentence of the demo's angry-but-civil
# customers ("Un saludo.", Swedish "stämmer inte" = "does not match", not "sues"). Re-swept on
# the round-4 model (README: the sweep): insults and violence keep their thresholds; job
# threats and emotional blackmail separate at 0.55, legal threats at 0.6; hate moved up to 0.75
# (the same catch with two false alarms fewer).
# Round 7 swept again, from 0.25, on the round-7 sets written to tune on (dev4_*: the rules caught
# 41% of their abusive messages, the model brought it to 65%): by the support-desk negatives
# alone hate would go to 0.35, public shaming 0.45, violence 0.6, exposure 0.4, blackmail 0.5
# (+12 caught, +3 false alarms). Counting the public development sets' negatives too (COLD dev,
# ru-distorted dev: 7,879 messages) none of them passes the rule (hate at 0.35 alone added 83
# false alarms there), so the thresholds stay.
# Round 10 trained on the development sets and 3,600 new lines; swept on the sets it did not
# train on then (dev6_*, dev7_es, dev7_ru) with the public development sets' negatives: hate at
# 0.85 caught the same messages with 2 false alarms fewer there and 9 fewer on the public sets;
# every other threshold was at or near its best and stays.
THRESHOLDS: dict[str, float] = {
    "harassment": 0.8,
    "hate": 0.85,
    "threat_financial": 0.7,
    "threat_legal": 0.6,
    "threat_job": 0.55,
    "threat_expose": 0.5,
    "threat_public_shaming": 0.65,
    "threat_violence": 0.7,
    "emotional_blackmail": 0.55,
}


@dataclass(frozen=True)
class Example:
    label: int
    kind: str
    text: str


def read_examples(path: Path) -> list[Example]:
    """One TSV file; a malformed line is one error naming the file and the line."""
    examples: list[Example] = []
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if fields != ["label", "kind", "text"]:
                raise InputError(f"{path}:{number}: expected the header label, kind, text")
            header_seen = True
            continue
        if len(fields) != 3 or fields[0] not in {"0", "1"} or not fields[2].strip():
            raise InputError(f"{path}:{number}: expected label (0 or 1), kind and text")
        label, kind = int(fields[0]), fields[1]
        if label == 1:
            kind = MODEL_KIND.get(kind, kind)
            if kind not in _CATEGORY_VALUES:
                raise InputError(f"{path}:{number}: unknown abuse category {kind!r}")
        examples.append(Example(label, kind, fields[2]))
    return examples


def read_training(directory: Path, languages: Sequence[str] = LANGUAGES) -> list[Example]:
    """Every ``train_<lang>.tsv`` of ``directory``, then the development sets it names."""
    out: list[Example] = []
    for language in languages:
        out.extend(read_examples(directory / f"train_{language}.tsv"))
    for path in development_sets(directory):
        out.extend(read_examples(path))
    return out


def development_set_names(directory: Path | None = None) -> frozenset[str]:
    """The file names of the development sets the training in ``directory`` (by default the
    repository's) reads: the sets on which the model's figures are in-sample."""
    return frozenset(p.name for p in development_sets(directory or resource_path(*TRAINING_DIR)))


def development_sets(directory: Path) -> list[Path]:
    """The development sets named by ``directory``'s ``development_sets.toml`` (none without
    one), in its order: ``folder`` is relative to the manifest, ``sets`` are file names in it."""
    manifest = directory / DEVELOPMENT_MANIFEST
    if not manifest.exists():
        return []
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{manifest}: {exc}") from exc
    folder, names = data.get("folder"), data.get("sets")
    if not isinstance(folder, str) or not isinstance(names, list):
        raise InputError(f'{manifest}: expected folder = "…" and sets = ["…", …]')
    paths = [(directory / folder / str(name)).resolve() for name in names]
    missing = [p.name for p in paths if not p.exists()]
    if missing:
        raise InputError(
            f"{manifest}: {', '.join(missing)} not found in {folder} "
            "(training from the development sets needs a source checkout)"
        )
    return paths


def fit(examples: Sequence[Example], *, steps: int = STEPS, bits: int = BITS) -> LearnedModel:
    """One-vs-rest logistic regressions, one per category, fitted together."""
    buckets = 1 << bits
    names = tuple(c.value for c in CATEGORIES)
    batch = hash_batch([normalise(e.text) for e in examples], ORDERS, bits)
    rows, cols, values = sparse_rows(batch, buckets)
    targets = np.zeros((len(examples), len(names)), dtype=np.float64)
    for index, example in enumerate(examples):
        if example.label:
            targets[index, names.index(example.kind)] = 1.0
    positives = targets.sum(axis=0)
    # Positives weigh (negatives / positives) ** BALANCE: rare categories are learned without
    # making every angry message look like one.
    balance = ((len(examples) - positives) / np.maximum(positives, 1.0)) ** BALANCE
    sample = np.where(targets > 0, balance[None, :], 1.0) / len(examples)
    weights = np.zeros((buckets, len(names)), dtype=np.float64)
    bias = np.zeros(len(names), dtype=np.float64)
    moments = [np.zeros_like(weights), np.zeros_like(weights)]
    bias_moments = [np.zeros_like(bias), np.zeros_like(bias)]
    # The features as a sparse matrix (messages x buckets) and its transpose, both row-major:
    # the forward pass is one sparse product with the weights, the gradient one with the
    # errors, each a single sequential loop in scipy (no threads, a fixed order of sums, so the
    # same data give the same file). Gathering the features' weights row by row and summing
    # them with np.add.reduceat, and the gradient with one np.bincount per category, took
    # 1.1 s a step at 30,472 messages; the two products take 0.2 s.
    from scipy import sparse  # type: ignore[import-untyped]  # the train extra; the app never trains

    features = sparse.csr_matrix((values, (rows, cols)), shape=(len(examples), buckets))
    transposed = features.T.tocsr()
    # The forward pass reads the weights in float32 (features' values are float32 already, and
    # the model is stored in float16); the weights, the gradient and Adam stay in float64.
    forward = np.empty(weights.shape, dtype=np.float32)
    for step in range(1, steps + 1):
        np.copyto(forward, weights, casting="same_kind")
        logits = np.asarray(features @ forward, dtype=np.float64) + bias
        error = (1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30))) - targets) * sample
        gradient = np.asarray(transposed @ error) + L2 * weights
        _adam(weights, gradient, moments, step)
        _adam(bias, error.sum(axis=0), bias_moments, step)
    return LearnedModel(
        weights=weights.astype(np.float16).astype(np.float32),
        bias=bias.astype(np.float32),
        categories=names,
        orders=ORDERS,
        bits=bits,
        threshold=THRESHOLD,
        thresholds=tuple(THRESHOLDS.get(name, THRESHOLD) for name in names),
    )


def _adam(
    value: FloatArray | np.ndarray, gradient: np.ndarray, moments: list[np.ndarray], step: int
) -> None:
    first, second = moments
    first *= 0.9
    first += 0.1 * gradient
    second *= 0.999
    second += 0.001 * gradient * gradient
    corrected = first / (1 - 0.9**step)
    value -= RATE * corrected / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desk.abuse.learned.train",
        description="Train the learned abuse signal from resources/models/training.",
    )
    parser.add_argument("--data", type=Path, default=resource_path(*TRAINING_DIR))
    parser.add_argument("--out", type=Path, default=model_path(), help="the .npz to write")
    parser.add_argument("--steps", type=int, default=STEPS)
    args = parser.parse_args(argv)
    examples = read_training(args.data)
    model = fit(examples, steps=args.steps)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = model_bytes(model)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data):,} bytes) from {len(examples):,} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
