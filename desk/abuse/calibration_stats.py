"""Agreement between people who labelled the same messages: Fleiss' and Cohen's kappa.

A calibration session asks whether the team shares one definition of "abusive". Raw
agreement flatters: if nearly every message is fine, two people who never read them agree
90 % of the time. Kappa subtracts the agreement chance alone would give, so 0 means "no
better than guessing with the same habits" and 1 means full agreement. Fleiss' kappa covers
the whole team at once; Cohen's kappa one pair, which shows who reads the policy differently.
The words for the figures are Landis and Koch's (1977) bands, the ones contact-centre QA
teams quote.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence

# (upper bound, band): a kappa up to the bound (inclusive) falls in that band.
LANDIS_KOCH: tuple[tuple[float, str], ...] = (
    (0.0, "poor"),
    (0.20, "slight"),
    (0.40, "fair"),
    (0.60, "moderate"),
    (0.80, "substantial"),
    (1.0, "almost perfect"),
)


def band(kappa: float | None) -> str:
    """Landis and Koch's word for ``kappa`` ("poor" below 0 … "almost perfect" above 0.80)."""
    if kappa is None:  # fewer than two raters, or one answer to everything: no figure
        return "not defined"
    if kappa < 0:
        return "poor"
    for upper, word in LANDIS_KOCH[1:]:
        if kappa <= upper + 1e-12:
            return word
    return LANDIS_KOCH[-1][1]


def fleiss_kappa(items: Sequence[Sequence[Hashable]]) -> float | None:
    """Fleiss' kappa over ``items``, each the labels its raters gave (the same count each).

    ``None`` when chance agreement is already perfect (every label the same category), where
    the formula divides by zero and no figure is honest.
    """
    if not items:
        return None
    raters = len(items[0])
    if raters < 2 or any(len(labels) != raters for labels in items):
        raise ValueError("Fleiss' kappa needs the same number (two or more) of labels per item")
    totals: Counter[Hashable] = Counter()
    agreement = 0.0
    for labels in items:
        counts = Counter(labels)
        totals.update(counts)
        agreement += (sum(c * c for c in counts.values()) - raters) / (raters * (raters - 1))
    observed = agreement / len(items)
    all_labels = len(items) * raters
    expected = sum((c / all_labels) ** 2 for c in totals.values())
    if expected >= 1.0 - 1e-12:
        return None
    return (observed - expected) / (1.0 - expected)


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters' labels on the same items, in the same order."""
    if len(first) != len(second):
        raise ValueError("Cohen's kappa needs both raters' labels on the same items")
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    a_counts, b_counts = Counter(first), Counter(second)
    expected = sum(a_counts[k] * b_counts[k] for k in a_counts) / (n * n)
    if expected >= 1.0 - 1e-12:
        return None
    return (observed - expected) / (1.0 - expected)


def majority(labels: Sequence[Hashable]) -> Hashable | None:
    """The label more than half of ``labels`` gave, or ``None`` when the team is split."""
    if not labels:
        return None
    label, count = Counter(labels).most_common(1)[0]
    return label if count * 2 > len(labels) else None


def ratio(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator``, or ``None`` when there is nothing to divide."""
    return numerator / denominator if denominator else None


def pairs_of(names: Sequence[str]) -> list[tuple[str, str]]:
    """Every unordered pair of ``names`` once, in the order given."""
    return [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]


def shared_items(
    labels: Mapping[str, Mapping[int, Hashable]], a: str, b: str
) -> tuple[list[Hashable], list[Hashable]]:
    """Both raters' labels on the items each of them labelled, in item order."""
    common = sorted(set(labels[a]) & set(labels[b]))
    return [labels[a][i] for i in common], [labels[b][i] for i in common]
