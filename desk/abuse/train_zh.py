"""Train the Chinese character n-gram model from the COLD train split, reproducibly.

    python -m desk.abuse.train_zh [--data ../shared/data/abuse/cold/train.csv] [--out FILE]

COLD (Deng et al., EMNLP 2022; Apache-2.0) is read in place, never copied. The model is a
logistic regression over character 1-3-gram presence, fitted with AdaGrad in plain Python
(fixed seed, fixed epoch count: the same file every run), then pruned to the strongest
weights so that the shipped file stays small.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
from collections import Counter
from pathlib import Path

from desk.abuse.zh_model import ORDERS, CharNgramModel, model_path, ngrams

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "abuse" / "cold"
SEED = 20241122
EPOCHS = 6
MIN_COUNT = 3
L2 = 1e-6
RATE = 0.2
KEEP = 12000


def read_cold(path: Path) -> list[tuple[str, int]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [(row["TEXT"], int(row["label"])) for row in csv.DictReader(handle)]


def train(rows: list[tuple[str, int]], keep: int = KEEP) -> CharNgramModel:
    docs = [(sorted(ngrams(text)), label) for text, label in rows]
    counts = Counter(g for grams, _ in docs for g in grams)
    vocabulary = {g for g, c in counts.items() if c >= MIN_COUNT}
    docs = [([g for g in grams if g in vocabulary], label) for grams, label in docs]
    weights: dict[str, float] = dict.fromkeys(vocabulary, 0.0)
    squares: dict[str, float] = dict.fromkeys(vocabulary, 1e-8)
    bias, bias_square = 0.0, 1e-8
    rng = random.Random(SEED)
    order = list(range(len(docs)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for index in order:
            grams, label = docs[index]
            z = bias + sum(weights[g] for g in grams)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            gradient = p - label
            for g in grams:
                step = gradient + L2 * weights[g]
                squares[g] += step * step
                weights[g] -= RATE * step / math.sqrt(squares[g])
            bias_square += gradient * gradient
            bias -= RATE * gradient / math.sqrt(bias_square)
    strongest = sorted(weights, key=lambda g: (-abs(weights[g]), g))[:keep]
    return CharNgramModel({g: round(weights[g], 4) for g in sorted(strongest)}, round(bias, 4))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desk.abuse.train_zh",
        description="Train the Chinese character n-gram model from the COLD train split.",
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA / "train.csv", help="COLD's train.csv (read only)"
    )
    parser.add_argument("--out", type=Path, default=model_path(), help="the model file to write")
    parser.add_argument("--keep", type=int, default=KEEP, help="weights kept in the file")
    args = parser.parse_args(argv)
    model = train(read_cold(args.data), args.keep)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights):,} n-grams, orders {ORDERS})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
