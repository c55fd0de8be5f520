"""The shipped per-category classifiers: one logistic regression per abuse category over the
hashed character n-grams of ``features.py``, stored as one small ``.npz``.

The file holds plain arrays only (read with ``allow_pickle=False``: a model file cannot run
code): ``weights`` (buckets x categories, float16), ``bias``, ``categories``, ``orders``,
``bits``, ``threshold`` (the probability at which the detector flags a message with no
rule match) and ``thresholds`` (the same, one per category, where measurement found a
category's scores sharper or noisier than the rest; a file without them uses ``threshold`` for
every category). Both were chosen by measurement; see resources/models/README.md.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from desk.abuse.categories import Category
from desk.abuse.learned.features import FloatArray, hash_batch, normalise, score_batch
from desk.config import resource_path
from desk.errors import DeskError

MODEL_FILE = ("models", "abuse_char_ngram.npz")
FORMAT = "breakup-desk hashed char- and word-ngram logistic regression, v2"

# The nine categories the learned signal knows (sexual harassment has too few examples to
# learn from and stays with the rules).
CATEGORIES: tuple[Category, ...] = (
    Category.HARASSMENT,
    Category.HATE,
    Category.THREAT_FINANCIAL,
    Category.THREAT_LEGAL,
    Category.THREAT_JOB,
    Category.THREAT_EXPOSE,
    Category.THREAT_PUBLIC_SHAMING,
    Category.THREAT_VIOLENCE,
    Category.EMOTIONAL_BLACKMAIL,
)


@dataclass(frozen=True, eq=False)
class LearnedModel:
    weights: FloatArray  # buckets x categories
    bias: FloatArray
    categories: tuple[str, ...]
    orders: tuple[int, ...]
    bits: int
    threshold: float
    thresholds: tuple[float, ...] = ()  # one per category; empty: ``threshold`` for all

    def category_thresholds(self) -> tuple[float, ...]:
        """The probability each category needs before the detector flags it."""
        return self.thresholds or (self.threshold,) * len(self.categories)

    def logits(self, texts: Sequence[str]) -> FloatArray:
        """Linear scores (texts x categories) of raw texts (normalised here)."""
        batch = hash_batch([normalise(t) for t in texts], self.orders, self.bits)
        return score_batch(batch, self.weights, self.bias)

    def probabilities(self, texts: Sequence[str]) -> FloatArray:
        """Each text's probability of each category (texts x categories)."""
        logits = np.clip(self.logits(texts), -30.0, 30.0)
        out: FloatArray = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return out


def model_bytes(model: LearnedModel) -> bytes:
    """The model as ``.npz`` bytes that depend on nothing but its arrays: fixed member order
    and zip timestamps, so retraining from the same data gives the same file."""
    arrays = {
        "format": np.array(FORMAT),
        "categories": np.array(model.categories),
        "orders": np.array(model.orders, dtype=np.int64),
        "bits": np.array(model.bits, dtype=np.int64),
        "threshold": np.array(model.threshold, dtype=np.float64),
        "thresholds": np.array(model.category_thresholds(), dtype=np.float64),
        "bias": model.bias.astype(np.float32),
        "weights": model.weights.astype(np.float16),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, array, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, member.getvalue(), compresslevel=9)
    return out.getvalue()


def read_model(path: Path) -> LearnedModel:
    """Read a model file; a damaged or foreign file is one clear error naming it."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["format"]) != FORMAT:
                raise DeskError(f"{path}: not a Breakup Desk abuse model ({data['format']})")
            weights = data["weights"].astype(np.float32)
            bias = data["bias"].astype(np.float32)
            categories = tuple(str(c) for c in data["categories"])
            orders = tuple(int(n) for n in data["orders"])
            bits, threshold = int(data["bits"]), float(data["threshold"])
            by_category = (
                tuple(float(t) for t in data["thresholds"]) if "thresholds" in data else ()
            )
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise DeskError(f"{path}: cannot read the abuse model ({error})") from error
    if weights.shape != (1 << bits, len(categories)) or bias.shape != (len(categories),):
        raise DeskError(f"{path}: the abuse model's arrays do not fit together")
    if by_category and len(by_category) != len(categories):
        raise DeskError(
            f"{path}: the abuse model has {len(by_category)} thresholds for "
            f"{len(categories)} categories"
        )
    return LearnedModel(weights, bias, categories, orders, bits, threshold, by_category)


MODEL_OVERRIDE = "BREAKUP_DESK_LEARNED_MODEL"


def model_path() -> Path:
    """The shipped model, or the file named by ``$BREAKUP_DESK_LEARNED_MODEL``: a model
    trained elsewhere (``python -m desk.abuse.learned.train --out FILE``) to compare on the
    development sets before it replaces the shipped one."""
    override = os.environ.get(MODEL_OVERRIDE)
    return Path(override) if override else resource_path(*MODEL_FILE)


@cache
def load_model(path: Path | None = None) -> LearnedModel | None:
    """The shipped model, or ``None`` when its file is absent (the rules still work)."""
    target = path or model_path()
    if not target.exists():
        return None
    return read_model(target)
