"""Scoring a detector against labelled messages: precision, recall, F1, MCC, confusion matrix.

Most public abuse sets are mostly abusive, so precision and F1 alone flatter any detector
("flag everything" scores F1 0.91 on Davidson); the Matthews correlation coefficient (MCC) is
0 for any constant answer and is the figure to compare.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desk.abuse.categories import ABUSE_VALUES
from desk.abuse.scorer import Hit


@dataclass(frozen=True)
class Confusion:
    """Counts of a binary decision "abusive" against the truth."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @classmethod
    def of(cls, truth: Iterable[bool], predicted: Iterable[bool]) -> Confusion:
        tp = fp = fn = tn = 0
        for real, said in zip(truth, predicted, strict=True):
            if said and real:
                tp += 1
            elif said:
                fp += 1
            elif real:
                fn += 1
            else:
                tn += 1
        return cls(tp, fp, fn, tn)

    @property
    def total(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def mcc(self) -> float:
        """Matthews correlation: 1 perfect, 0 no better than a constant or a coin, -1 inverse."""
        denominator = math.sqrt(
            (self.tp + self.fp) * (self.tp + self.fn) * (self.tn + self.fp) * (self.tn + self.fn)
        )
        if denominator == 0:
            return 0.0
        return (self.tp * self.tn - self.fp * self.fn) / denominator

    def row(self, name: str) -> str:
        """One line: name, P, R, F1, MCC and the matrix as tp/fp/fn/tn."""
        return (
            f"{name:<34} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"MCC {self.mcc:+.3f}  [tp {self.tp} fp {self.fp} fn {self.fn} tn {self.tn}]"
        )


def recall_by_category(
    kinds: Iterable[str], truth: Iterable[bool], predicted: Iterable[bool]
) -> dict[str, tuple[int, int]]:
    """For each abusive message's category, ``(caught, total)``: a detector that catches
    insults but no threats of exposure has a fine recall and a hole that this shows."""
    counts: dict[str, tuple[int, int]] = {}
    for kind, real, said in zip(kinds, truth, predicted, strict=True):
        if real:
            caught, total = counts.get(kind, (0, 0))
            counts[kind] = (caught + bool(said), total + 1)
    return dict(sorted(counts.items()))


def is_abusive(hits: Sequence[Hit], *, with_profanity: bool = False) -> bool:
    """Whether hits make a message abusive: any abuse category (or profanity, if asked)."""
    return any(
        h.category in ABUSE_VALUES or (with_profanity and h.category == "profanity") for h in hits
    )
