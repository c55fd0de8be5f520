"""Kappa against a published example and its edge cases; Landis & Koch's bands at their edges."""

from __future__ import annotations

import pytest

from desk.abuse.calibration_stats import band, cohen_kappa, fleiss_kappa, majority

# The worked example of Fleiss' kappa on Wikipedia (10 subjects, 14 raters, 5 categories):
# counts per category for each subject; P_bar = 0.378, P_e = 0.213, kappa = 0.210.
WIKIPEDIA = [
    (0, 0, 0, 0, 14),
    (0, 2, 6, 4, 2),
    (0, 0, 3, 5, 6),
    (0, 3, 9, 2, 0),
    (2, 2, 8, 1, 1),
    (7, 7, 0, 0, 0),
    (3, 2, 6, 3, 0),
    (2, 5, 3, 2, 2),
    (6, 5, 2, 1, 0),
    (0, 2, 2, 3, 7),
]


def test_fleiss_kappa_matches_the_published_example() -> None:
    items = [[c for c, n in enumerate(row) for _ in range(n)] for row in WIKIPEDIA]
    kappa = fleiss_kappa(items)
    assert kappa == pytest.approx(0.210, abs=0.0005)
    assert band(kappa) == "fair"


def test_kappa_is_not_defined_when_everyone_always_says_the_same() -> None:
    assert fleiss_kappa([["fine", "fine"], ["fine", "fine"]]) is None
    assert cohen_kappa(["fine", "fine"], ["fine", "fine"]) is None
    assert band(None).startswith("not defined")


def test_perfect_and_inverse_agreement() -> None:
    assert cohen_kappa(["a", "b", "a", "b"], ["a", "b", "a", "b"]) == pytest.approx(1.0)
    assert cohen_kappa(["a", "b", "a", "b"], ["b", "a", "b", "a"]) == pytest.approx(-1.0)
    assert band(-0.2) == "poor"


@pytest.mark.parametrize(
    ("kappa", "word"),
    [
        (0.0, "slight"),
        (0.20, "slight"),
        (0.21, "fair"),
        (0.60, "moderate"),
        (0.61, "substantial"),
        (0.81, "almost perfect"),
        (1.0, "almost perfect"),
    ],
)
def test_landis_and_koch_bands(kappa: float, word: str) -> None:
    assert band(kappa) == word


def test_a_majority_is_more_than_half() -> None:
    assert majority(["abusive", "abusive", "angry"]) == "abusive"
    assert majority(["abusive", "angry", "fine"]) is None
    assert majority(["abusive", "angry"]) is None


def test_uneven_raters_are_refused() -> None:
    with pytest.raises(ValueError, match="same number"):
        fleiss_kappa([["a", "b"], ["a"]])
