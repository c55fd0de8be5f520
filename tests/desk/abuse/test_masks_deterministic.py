"""A masked word that fits several words of a pack is read the same way in every run, and as
the word people mask: "f***" is profanity, not a slur nor "fire" (a threat to the job). The
vocabulary used to be ordered by a set's hash order, so the finding changed with
PYTHONHASHSEED from one start of the app to the next."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desk.abuse.masks import restore, vocabulary

PROBE = """
import json, sys
from desk.abuse.detector import Detector, DetectorOptions
texts = json.loads(sys.argv[1])
hits = Detector(DetectorOptions(learned=False)).detect_many(texts, ["en"] * len(texts))
print(json.dumps([sorted({str(h.category) for h in found}) for found in hits]))
"""
TEXTS = ["F*** this printer", "f*** you", "you c*nt", "sh*t software"]


def findings(seed: int) -> list[list[str]]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(TEXTS)],
        env=env, capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip
    return list(json.loads(out))


@pytest.mark.slow
def test_the_same_masked_message_gives_the_same_finding_whatever_the_hash_seed() -> None:
    runs = [findings(seed) for seed in (1, 2, 3, 4)]
    assert all(run == runs[0] for run in runs), runs
    printer, at_you, noun, software = runs[0]
    assert printer == ["profanity"]  # swearing at a thing, never a slur
    assert at_you == ["harassment"]  # not "fire you"
    assert noun == ["harassment"]  # not "cant"
    assert software == ["profanity"]


def test_equal_length_words_are_ordered_by_preference_then_spelling() -> None:
    words = vocabulary([("fire", 4), ("fags", 3), ("fuck", 0), ("fool", 1), ("cant", 4)])
    assert words["f"] == ("fuck", "fool", "fags", "fire")
    assert restore("f***", words) == "fuck"
    assert vocabulary(["fire", "fags"])["f"] == ("fags", "fire")  # no preference: spelling
