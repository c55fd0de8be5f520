"""The fresh labelled sets: written blind to the rule packs, committed before any tuning.

Each ``fresh<N>_<lang>.tsv`` holds 60 support messages (30 abusive across the nine abuse
categories, 30 hard negatives). A set is an honest estimate only until someone tunes on it, so
its SHA-256 and the detector's first-run figures on it are recorded here when it is committed;
``tests/desk/abuse/test_fresh_sets.py`` fails if a set's bytes change afterwards, and the
evaluation benchmark (``python -m tests.benchmarks signals_eval``) prints the recorded first run
beside today's figures. Never read these files while changing the detector.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "es", "ru", "zh", "sv")
ABUSE_CATEGORIES = (
    "harassment",
    "hate",
    "threat_financial",
    "threat_legal",
    "threat_job",
    "threat_expose",
    "threat_public_shaming",
    "threat_violence",
    "emotional_blackmail",
)


@dataclass(frozen=True)
class FirstRun:
    """What the detector scored on a set the day it was committed, before any tuning."""

    sha256: str
    detector: str  # the commit the figures were taken at
    precision: float
    recall: float
    mcc: float


# fresh1: written 2026-12-06 by writers who had not seen the rule packs; first run with the
# rules-only detector at commit 7715075 (abusive = any abuse-category hit).
FIRST_RUNS: dict[str, FirstRun] = {
    "fresh1_en": FirstRun(
        "5ec07ab7b24d4eaae6f897a8535dac0be7445ad5c97e9fd0fea71e1c2014c719", "7715075",
        0.769, 0.333, 0.283,
    ),
    "fresh1_es": FirstRun(
        "e65f2dea405002de8a773d3f74f2f2ac0327d0af752771dcb5113578ba4c08be", "7715075",
        0.625, 0.167, 0.098,
    ),
    "fresh1_ru": FirstRun(
        "8863a01cf54b0e3765bfa243ef0ce1700e7641b0a05bac068ce138a8ced1555e", "7715075",
        0.818, 0.300, 0.302,
    ),
    "fresh1_zh": FirstRun(
        "39a880704a957c6749d0ed98435812ebe5f28d9be05e3b5075dd8b6684a19a36", "7715075",
        0.938, 0.500, 0.528,
    ),
    "fresh1_sv": FirstRun(
        "cfa09c7e6e8f347484e12028d5862e0bdb196de9834c82f2d8fe51a82537b058", "7715075",
        0.800, 0.267, 0.268,
    ),
    # fresh2: written 2026-12-06 by a writer who saw neither the rules, the model, nor any other
    # set; first run at commit 51658e5 (rules tuned on the dev sets, learned signal v1 on).
    "fresh2_en": FirstRun(
        "b90dff09535f95f5e88c424d0e2d9593e50418845f021bdf0f590ba25c4587c6", "51658e5",
        0.900, 0.600, 0.566,
    ),
    "fresh2_es": FirstRun(
        "3d18d9e034005bd4962af265874bd17345adb3e6ccfe8e64e681e783cf846105", "51658e5",
        0.889, 0.533, 0.509,
    ),
    "fresh2_ru": FirstRun(
        "c4a579a258797db186ffc7e98f15c2362dea5dd8fb1cb1c6e417a03a59313fee", "51658e5",
        0.947, 0.600, 0.609,
    ),
    "fresh2_zh": FirstRun(
        "6a241e9f17fe4382c340abef91269c239ae488b255321894321dbb9adb8fa28a", "51658e5",
        0.950, 0.633, 0.636,
    ),
    "fresh2_sv": FirstRun(
        "31416d26b25dc97e38d2f13e602f2decef0e4d157b36a164ac5bd9343e874bdd", "51658e5",
        0.812, 0.433, 0.377,
    ),
}


@dataclass(frozen=True)
class FreshRow:
    label: bool
    category: str  # the abuse category, or the kind of hard negative
    text: str


def path_of(name: str) -> Path:
    return DATA / f"{name}.tsv"


def sha256_of(name: str) -> str:
    return hashlib.sha256(path_of(name).read_bytes()).hexdigest()


def read(name: str) -> list[FreshRow]:
    """The rows of set ``name`` (e.g. ``"fresh1_sv"``); ``#`` lines are comments."""
    with path_of(name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [FreshRow(r["label"] == "1", r["category"], r["text"]) for r in reader]
