"""A small Chinese character n-gram model (logistic regression), scored in plain Python.

The weights live in ``resources/models/zh_char_ngram.json`` (n-gram -> weight, plus a bias);
``python -m desk.abuse.train_zh`` rebuilds the file from the COLD train split. Scoring a
message is one dictionary lookup per character 1-, 2- and 3-gram: no third-party package.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desk.abuse import zh_traditional
from desk.config import resource_path

MODEL_FILE = ("models", "zh_char_ngram.json")
ORDERS = (1, 2, 3)
_NOISE = re.compile(r"\s+")


def ngrams(text: str, orders: tuple[int, ...] = ORDERS) -> set[str]:
    """The distinct character n-grams of ``text`` (whitespace removed, Traditional characters
    read as Simplified: COLD is written in Simplified)."""
    compact = _NOISE.sub("", zh_traditional.to_simplified(text))
    return {compact[i : i + n] for n in orders for i in range(len(compact) - n + 1)}


@dataclass(frozen=True)
class CharNgramModel:
    weights: dict[str, float]
    bias: float
    orders: tuple[int, ...] = ORDERS

    def probability(self, text: str) -> float:
        """The model's probability that ``text`` is offensive."""
        weights = self.weights
        total = self.bias + sum(weights.get(g, 0.0) for g in ngrams(text, self.orders))
        if total < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-total))

    def to_json(self) -> dict[str, object]:
        return {
            "format": "breakup-desk char-ngram logistic regression, v1",
            "orders": list(self.orders),
            "bias": self.bias,
            "weights": self.weights,
        }


def model_path() -> Path:
    return resource_path(*MODEL_FILE)


@cache
def load_zh_model(path: Path | None = None) -> CharNgramModel | None:
    """The shipped model, or ``None`` when its file is absent (the rules still work)."""
    target = path or model_path()
    if not target.exists():
        return None
    data = json.loads(target.read_text(encoding="utf-8"))
    return CharNgramModel(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        orders=tuple(int(n) for n in data.get("orders", ORDERS)),
    )
