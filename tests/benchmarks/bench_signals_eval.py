"""Evaluation of the abuse detector against labelled data, beside two baselines.

Run it (not part of the test suite)::

    python -m tests.benchmarks signals_eval

For each public set in ../shared/data/abuse/ (read in place, never copied: Davidson et al.
2017 English tweets, COLD Chinese dev split, Russian Distorted Toxicity) and for each of our
hand-written support-desk sets (tests/desk/abuse/data), it prints precision, recall, F1, MCC
and the confusion matrix for:

- ``detector``: a message is abusive when it gets any abuse flag (what a manager is shown);
- ``detector incl. soft profanity``: abuse flags or the soft "profanity" signal (closer to
  what the public sets call offensive: swearing and insults about third parties);
- ``alt-profanity-check``: its ``predict`` (probability >= 0.5), when installed;
- ``flag everything``: the constant answer; its MCC is 0.

alt-profanity-check was trained on the Davidson set, so its English figure is in-sample.
COLD's train split trained our zh model; the dev split is held out.
"""

from __future__ import annotations

import csv
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from desk.abuse import profanity
from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.evaluation import Confusion, is_abusive, recall_by_category
from desk.abuse.learned.train import development_set_names
from tests.desk.abuse.fresh_sets import ABUSE_CATEGORIES as FRESH_CATEGORIES
from tests.desk.abuse.fresh_sets import FIRST_RUNS, sha256_of
from tests.desk.abuse.fresh_sets import read as read_fresh

ABUSE_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "abuse"
SUPPORT_DATA = Path(__file__).resolve().parents[1] / "desk" / "abuse" / "data"
SUPPORT_LANGUAGES = ("en", "es", "ru", "zh", "sv")
Row = tuple[str, bool]

# The issue #19 development sets (tests/desk/abuse/data/dev_<lang>.tsv, 64 abusive across the
# nine categories and 57-59 hard negatives each) were written before any rule was changed;
# the rules were then tuned on them, so their figures since are in-sample. Their first run,
# with the rules of commit fd6d613 (rules only, no learned signal):
DEV_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "en": (0.571, 0.125, 0.037),
    "es": (0.875, 0.219, 0.273),
    "ru": (0.842, 0.250, 0.273),
    "zh": (0.903, 0.438, 0.443),
    "sv": (0.889, 0.250, 0.303),
}
# The round-5 development sets (dev2_<lang>.tsv) were written the same way before that round's
# changes; their first run (rules and learned signal, commit in each file's header) is the
# honest estimate, their later figures in-sample. A language appears once its file exists.
DEV2_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "en": (0.967, 0.784, 0.783),
    "ru": (0.941, 0.889, 0.847),  # recorded in dev2_ru.tsv's header
    "sv": (0.971, 0.892, 0.876),
}


def stem_title(stem: str) -> str:
    """How a set's stem reads in a title: "held-out", "development", "development 12"."""
    if stem == "holdout":
        return "held-out"
    return "development" + (f" {stem[3:]}" if stem[3:] else "") if stem.startswith("dev") else ""


# The round-6 development sets (dev3_<lang>.tsv), written and run once before that round's changes.
DEV3_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "en": (0.956, 0.796, 0.783),
    "es": (0.925, 0.822, 0.763),
    "ru": (0.976, 0.774, 0.759),
    "sv": (0.955, 0.808, 0.773),
    "zh": (1.000, 0.860, 0.867),
}
# The round-7 sets: dev4_<lang>.tsv tuned on, dev5_<lang>.tsv a check set never tuned on (its
# figures looked at twice: first run and the end of the round). A language appears once written.
DEV4_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "en": (0.952, 0.769, 0.747),
    "sv": (0.946, 0.660, 0.644),
    "es": (1.000, 0.780, 0.795),
    "ru": (1.000, 0.667, 0.696),  # recorded in dev4_ru.tsv's header
    "zh": (0.913, 0.396, 0.411),  # recorded in dev4_zh.tsv's header
}
DEV5_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "en": (0.900, 0.882, 0.780),
    "sv": (0.955, 0.808, 0.769),
    "es": (0.932, 0.837, 0.766),
    "ru": (0.909, 0.741, 0.663),  # recorded in dev5_ru.tsv's header
    "zh": (0.917, 0.635, 0.583),  # recorded in dev5_zh.tsv's header
}
# The round-8 check sets (dev6_<lang>.tsv), never tuned on. A language appears once written.
DEV6_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "ru": (0.909, 0.816, 0.741),  # recorded in dev6_ru.tsv's header
    "sv": (0.981, 0.945, 0.924),  # recorded in dev6_sv.tsv's header
    "es": (0.958, 0.885, 0.857),  # recorded in dev6_es.tsv's header
    "en": (0.927, 0.962, 0.891),  # recorded in dev6_en.tsv's header (round 9)
    "zh": (0.964, 0.883, 0.846),  # recorded in dev6_zh.tsv's header
}
# The round-9 check sets (dev7_<lang>.tsv, for languages whose dev6 is tuned on from round 9).
DEV7_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "ru": (0.889, 0.681, 0.622),  # recorded in dev7_ru.tsv's header
    "es": (0.920, 0.821, 0.754),  # recorded in dev7_es.tsv's header
    "en": (0.884, 0.704, 0.634),  # recorded in dev7_en.tsv's header
    "zh": (0.882, 0.789, 0.690),  # recorded in dev7_zh.tsv's header
    "sv": (0.936, 0.815, 0.766),  # recorded in dev7_sv.tsv's header
}
# The round-10 check sets (dev8_<lang>.tsv for es and ru, whose dev7 is tuned on from round 10),
# and round 11's for en, sv and zh (whose dev7 is tuned on from round 11).
DEV8_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "ru": (0.957, 0.698, 0.689),  # recorded in dev8_ru.tsv's header
    "es": (0.956, 0.754, 0.738),  # recorded in dev8_es.tsv's header
    "en": (0.920, 0.807, 0.744),  # recorded in dev8_en.tsv's header
    "zh": (0.925, 0.831, 0.767),  # recorded in dev8_zh.tsv's header
    "sv": (0.936, 0.815, 0.769),  # recorded in dev8_sv.tsv's header
}
# The round-11 check sets (dev9_<lang>.tsv for es and ru, whose dev8 is tuned on from round 11),
# and round 12's for en, sv and zh (whose dev8 is tuned on from round 12).
DEV9_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "ru": (0.943, 0.820, 0.767),  # recorded in dev9_ru.tsv's header
    "es": (0.893, 0.893, 0.786),  # recorded in dev9_es.tsv's header
    "zh": (0.912, 0.912, 0.825),  # recorded in dev9_zh.tsv's header
    "en": (0.915, 0.782, 0.725),  # recorded in dev9_en.tsv's header
    "sv": (0.883, 0.914, 0.795),  # recorded in dev9_sv.tsv's header
}
# Round 11's second Spanish check set (dev10_es.tsv), written after dev9_es's end-of-round figures
# were read and before the Spanish rules changed; round 12's Russian one (dev10_ru.tsv); and
# round 13's for en, sv and zh.
DEV10_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "es": (0.855, 0.870, 0.739),  # recorded in dev10_es.tsv's header
    "ru": (0.873, 0.889, 0.755),  # recorded in dev10_ru.tsv's header
    "en": (0.880, 0.815, 0.719),  # recorded in dev10_en.tsv's header
    "zh": (0.926, 0.909, 0.837),  # recorded in dev10_zh.tsv's header
    "sv": (0.940, 0.855, 0.800),  # recorded in dev10_sv.tsv's header
}
# Round 12's Spanish check set (dev11_es.tsv; round 11's dev9_es and dev10_es are tuned on from
# round 12), round 13's Russian one (dev11_ru.tsv) and round 14's for en, sv and zh.
DEV11_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "es": (0.875, 0.907, 0.778),  # recorded in dev11_es.tsv's header
    "ru": (1.000, 0.964, 0.963),  # recorded in dev11_ru.tsv's header
    "en": (0.945, 0.897, 0.847),  # recorded in dev11_en.tsv's header
    "sv": (0.931, 0.900, 0.828),  # recorded in dev11_sv.tsv's header
    "zh": (0.959, 0.870, 0.840),  # recorded in dev11_zh.tsv's header
}
# Round 13's Spanish check set (dev12_es.tsv; round 12's dev11_es is tuned on from round 13), and
# round 14's Russian one (dev12_ru.tsv).
DEV12_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "es": (0.964, 0.898, 0.869),  # recorded in dev12_es.tsv's header
    "en": (0.911, 0.944, 0.852),  # recorded in dev12_en.tsv's header
    "ru": (0.939, 0.852, 0.793),  # recorded in dev12_ru.tsv's header
    "zh": (0.961, 0.891, 0.861),  # recorded in dev12_zh.tsv's header
    "sv": (0.960, 0.842, 0.818),  # recorded in dev12_sv.tsv's header
}
# Round 14's Spanish check set (dev13_es.tsv).
DEV13_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "es": (0.911, 0.745, 0.693),  # recorded in dev13_es.tsv's header
    "ru": (0.907, 0.907, 0.811),  # recorded in dev13_ru.tsv's header
    "en": (0.962, 0.944, 0.907),  # recorded in dev13_en.tsv's header
    "zh": (0.979, 0.870, 0.857),  # recorded in dev13_zh.tsv's header
    "sv": (0.941, 0.889, 0.839),  # recorded in dev13_sv.tsv's header
}
# Round 15's Spanish check set (dev14_es.tsv).
DEV14_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "es": (0.932, 0.932, 0.863),  # recorded in dev14_es.tsv's header
    "ru": (0.943, 0.926, 0.869),  # recorded in dev14_ru.tsv's header
    "en": (0.944, 0.895, 0.852),  # recorded in dev14_en.tsv's header
    "zh": (0.964, 0.914, 0.886),  # recorded in dev14_zh.tsv's header
    "sv": (0.907, 0.891, 0.810),  # recorded in dev14_sv.tsv's header
}
DEV15_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "en": (0.918, 0.966, 0.883),  # recorded in dev15_en.tsv's header
    "es": (0.923, 0.889, 0.821),  # recorded in dev15_es.tsv's header
    "ru": (0.931, 1.000, 0.928),  # recorded in dev15_ru.tsv's header
    "sv": (0.907, 0.891, 0.811),  # recorded in dev15_sv.tsv's header
    "zh": (0.961, 0.891, 0.857),  # recorded in dev15_zh.tsv's header
}
DEV16_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "es": (0.959, 0.870, 0.837),  # recorded in dev16_es.tsv's header
    "ru": (0.873, 0.889, 0.772),  # recorded in dev16_ru.tsv's header
}
DEV17_FIRST_RUNS: dict[str, tuple[float, float, float]] = {  # precision, recall, MCC
    "es": (0.946, 0.914, 0.864),  # recorded in dev17_es.tsv's header
}
FIRST_RUNS_BY_STEM = {
    "dev": DEV_FIRST_RUNS,
    "dev2": DEV2_FIRST_RUNS,
    "dev3": DEV3_FIRST_RUNS,
    "dev4": DEV4_FIRST_RUNS,
    "dev5": DEV5_FIRST_RUNS,
    "dev6": DEV6_FIRST_RUNS,
    "dev7": DEV7_FIRST_RUNS,
    "dev8": DEV8_FIRST_RUNS,
    "dev9": DEV9_FIRST_RUNS,
    "dev10": DEV10_FIRST_RUNS,
    "dev11": DEV11_FIRST_RUNS,
    "dev12": DEV12_FIRST_RUNS,
    "dev13": DEV13_FIRST_RUNS,
    "dev14": DEV14_FIRST_RUNS,
    "dev15": DEV15_FIRST_RUNS,
    "dev16": DEV16_FIRST_RUNS,
    "dev17": DEV17_FIRST_RUNS,
}
# How each set's later figures are to be read (a set not named here was tuned on from the start).
SAMPLE_BY_STEM = {
    "dev2": "in-sample after first run",
    "dev3": "in-sample after first run",
    "dev4": "in-sample after first run",
    "dev5": "check set in round 7, tuned on from round 8",
    "dev6": "check set in round 8 (es, ru, sv; tuned on from round 9) and round 9 (en, zh)",
    "dev7": "check set in round 9 (es, ru; tuned on from round 10) and round 10 (en, sv, zh)",
    "dev8": "check set in round 10 (es, ru; tuned on from round 11) and round 11 (en, sv, zh; "
    "tuned on from round 12)",
    "dev9": "check set in round 11 (es, ru; tuned on from round 12) and round 12 (en, sv, zh; "
    "tuned on from round 13)",
    "dev10": "check set in round 11 (es, after its rules' change; tuned on from round 12), "
    "round 12 (ru; tuned on from round 13) and round 13 (en, sv, zh; tuned on from round 14)",
    "dev11": "check set in round 12 (es; tuned on from round 13), round 13 (ru; tuned on from "
    "round 14) and round 14 (en, sv, zh; tuned on from round 15)",
    "dev12": "check set in round 13 (es; tuned on from round 14), round 14 (ru; tuned on from "
    "round 15) and round 15 (en, sv, zh; tuned on from round 16)",
    "dev13": "check set in round 14 (es; tuned on from round 15), round 15 (ru; tuned on from "
    "round 16) and round 16 (en, sv, zh; tuned on from round 17)",
    "dev14": "check set in round 15 (es; tuned on from round 16), round 16 (ru; tuned on from "
    "round 17) and round 17 (en, sv, zh; tuned on from round 18)",
    "dev15": "check set in round 16 (es; tuned on from round 17), round 17 (ru; tuned on from "
    "round 18) and round 18 (en, sv, zh)",
    "dev16": "check set in round 17 (es; tuned on from round 18) and round 18 (ru)",
    "dev17": "check set in round 18 (es), not tuned on",
}


@dataclass(frozen=True)
class LabelledSet:
    name: str
    language: str | None  # None: detect each message's language
    texts: list[str]
    truth: list[bool]
    english: bool  # alt-profanity-check's own language (its figure is meaningful)
    kinds: tuple[str, ...] = ()  # each message's category (abusive) or kind (not), if known
    first_run: tuple[float, float, float] | None = None  # precision, recall, MCC before tuning
    model_trained_on: bool = False  # named in development_sets.toml: the learned signal read it


def _read(path: Path, text: str, positive: Callable[[dict[str, str]], bool]) -> list[Row]:
    """``(text, label)`` rows of a CSV (or, by its suffix, TSV) file; empty texts left out."""
    tsv = path.suffix == ".tsv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(
            handle, delimiter="\t" if tsv else ",", quoting=csv.QUOTE_NONE if tsv else 0
        )
        return [(r[text], positive(r)) for r in reader if r[text].strip()]


def davidson(root: Path = ABUSE_DATA) -> LabelledSet | None:
    """Davidson et al. 2017: class 0 (hate) or 1 (offensive) is positive, 2 (neither) not."""
    path = root / "davidson" / "labeled_data.csv"
    if not path.exists():
        return None
    rows = _read(path, "tweet", lambda r: r["class"] in {"0", "1"})
    return LabelledSet("davidson (en, tweets)", "en", *_split(rows), english=True)


def cold_dev(root: Path = ABUSE_DATA) -> LabelledSet | None:
    """COLD's dev split (the train split trained our zh model)."""
    path = root / "cold" / "dev.csv"
    if not path.exists():
        return None
    rows = _read(path, "TEXT", lambda r: r["label"] == "1")
    return LabelledSet("cold dev (zh)", "zh", *_split(rows), english=False)


def ru_distorted(root: Path = ABUSE_DATA) -> LabelledSet | None:
    """Russian Distorted Toxicity (VK comments); rows with no text are left out."""
    path = root / "ru-distorted-toxicity" / "russian_distorted_toxicity_dev.tsv"
    if not path.exists():
        return None
    rows = _read(path, "comments", lambda r: r["toxicity"] == "1")
    return LabelledSet("ru-distorted-toxicity (ru)", "ru", *_split(rows), english=False)


def support_desk(
    language: str, root: Path = SUPPORT_DATA, *, held_out: bool = False, stem: str | None = None
) -> LabelledSet:
    """Our hand-written support-desk set of ``language`` (language detected per message).

    The held-out sets were written after the rule packs were tuned on the main sets; their
    first run (recorded in each file's header) is the honest estimate for unseen messages.
    Their misses were read once afterwards and the rules generalised. ``stem="dev"`` reads
    the issue #19 development sets (see :data:`DEV_FIRST_RUNS`), ``stem="dev2"`` the round-5
    ones (see :data:`DEV2_FIRST_RUNS`).
    """
    stem = stem or ("holdout" if held_out else "support")
    name = f" {stem_title(stem)}" if stem_title(stem) else ""
    lines = (root / f"{stem}_{language}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    pairs = [(text, label == "1") for label, _kind, text in rows]
    sample = SAMPLE_BY_STEM.get(stem, "in-sample: tuned on")
    title = f"support desk{name} ({language}, {sample})"
    kinds = tuple(kind for _label, kind, _text in rows)
    first_run = FIRST_RUNS_BY_STEM.get(stem, {}).get(language)
    trained_on = f"{stem}_{language}.tsv" in _model_trained_on()
    return LabelledSet(
        title + (" [the learned signal trains on it]" if trained_on else ""),
        None,
        *_split(pairs),
        english=language == "en",
        kinds=kinds,
        first_run=first_run,
        model_trained_on=trained_on,
    )


@cache
def _model_trained_on() -> frozenset[str]:
    """The development sets the repository's training command reads (its manifest, read once)."""
    return development_set_names()


def _split(rows: Sequence[tuple[str, bool]]) -> tuple[list[str], list[bool]]:
    return [text for text, _ in rows], [label for _, label in rows]


def all_sets() -> list[LabelledSet]:
    public = [s for s in (davidson(), cold_dev(), ru_distorted()) if s is not None]
    support = [support_desk(language) for language in SUPPORT_LANGUAGES]
    held_out = [support_desk(language, held_out=True) for language in SUPPORT_LANGUAGES]
    dev = [support_desk(language, stem="dev") for language in SUPPORT_LANGUAGES]
    later = [  # one set per round and language: a language is left out until its file exists
        support_desk(language, stem=stem)
        for stem in FIRST_RUNS_BY_STEM
        if stem != "dev"
        for language in SUPPORT_LANGUAGES
        if (SUPPORT_DATA / f"{stem}_{language}.tsv").exists()
    ]
    return public + support + held_out + dev + later


@dataclass(frozen=True)
class Scores:
    rows: dict[str, Confusion]
    seconds: dict[str, float]
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)  # caught, total


def evaluate(data: LabelledSet, detector: Detector) -> Scores:
    rows: dict[str, Confusion] = {}
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    languages = [data.language] * len(data.texts) if data.language else None
    hits = detector.detect_many(data.texts, languages)
    seconds["detector"] = time.perf_counter() - started
    rows["detector"] = Confusion.of(data.truth, [is_abusive(h) for h in hits])
    rows["detector incl. soft profanity"] = Confusion.of(
        data.truth, [is_abusive(h, with_profanity=True) for h in hits]
    )
    started = time.perf_counter()
    probabilities = profanity.probabilities(data.texts)
    if probabilities is not None:
        seconds["alt-profanity-check"] = time.perf_counter() - started
        rows["alt-profanity-check"] = Confusion.of(data.truth, [p >= 0.5 for p in probabilities])
    signal = detector.learned()
    if signal is not None:  # out of sample on every set the training does not name
        learned = signal.hits_many(data.texts)
        name = "learned signal alone" + (" (in-sample)" if data.model_trained_on else "")
        rows[name] = Confusion.of(data.truth, [bool(h) for h in learned])
    rows["flag everything"] = Confusion.of(data.truth, [True] * len(data.truth))
    said = [is_abusive(h) for h in hits]
    by_category = recall_by_category(data.kinds, data.truth, said) if data.kinds else {}
    return Scores(rows, seconds, by_category)


def fresh_report(detector: Detector, print_: Callable[[str], None] = print) -> None:
    """The fresh sets (never tuned on): figures per language against the targets, by category,
    with each set's SHA-256 and its first run as recorded when it was committed."""
    print_("\nFresh sets (written blind to the rules, never tuned on; out of sample)")
    print_(
        "  targets per language: recall >= 0.85 at precision >= 0.90, MCC >= 0.75, every "
        "category caught >= 4 in 5, category named right on >= 90% of the caught"
    )
    for name in sorted(FIRST_RUNS):
        rows = read_fresh(name)
        hits = detector.detect_many([r.text for r in rows], None)
        said = [is_abusive(h) for h in hits]
        confusion = Confusion.of([r.label for r in rows], said)
        first = FIRST_RUNS[name]
        print_(f"\n{name}: sha256 {sha256_of(name)}")
        print_("  " + confusion.row("detector"))
        print_(
            f"  first run at {first.detector}: P {first.precision:.3f}  R {first.recall:.3f}  "
            f"MCC {first.mcc:+.3f}"
        )
        caught: Counter[str] = Counter()
        total: Counter[str] = Counter()
        named_right = 0
        for row, hit_list, flagged in zip(rows, hits, said, strict=True):
            if not row.label:
                continue
            total[row.category] += 1
            if flagged:
                caught[row.category] += 1
                named_right += row.category in {h.category for h in hit_list}
        by_category = "  ".join(f"{c} {caught[c]}/{total[c]}" for c in FRESH_CATEGORIES)
        print_(f"  caught by category: {by_category}")
        share = named_right / max(1, sum(caught.values()))
        print_(f"  category named right: {named_right}/{sum(caught.values())} ({share:.0%})")


def main(print_: Callable[[str], None] = print) -> dict[str, Scores]:
    detector = Detector(DetectorOptions())
    if not profanity.available():
        print_("alt-profanity-check is not installed: pip install 'breakup-desk[signals]'")
    results: dict[str, Scores] = {}
    if os.environ.get("BREAKUP_SIGNALS_EVAL_DEV_ONLY"):  # while tuning: the fresh sets unseen
        print_("\nFresh sets skipped (BREAKUP_SIGNALS_EVAL_DEV_ONLY is set)")
    else:
        fresh_report(detector, print_)
    print_("\nIn-sample sets below: the support-desk, held-out and development sets were tuned on.")
    print_(
        "(The learned signal trains on the sets marked so; its 'alone' rows on the others are out "
        "of sample.)"
    )
    for data in all_sets():
        scores = evaluate(data, detector)
        results[data.name] = scores
        positives = sum(data.truth)
        print_(f"\n{data.name}: {len(data.texts):,} messages, {positives:,} abusive")
        for name, confusion in scores.rows.items():
            print_("  " + confusion.row(name))
        if scores.by_category:
            caught = "  ".join(f"{k} {c}/{t}" for k, (c, t) in scores.by_category.items())
            print_(f"  recall by category: {caught}")
        first = data.first_run
        if first is not None:
            print_(
                f"  first run, before tuning: P {first[0]:.3f}  R {first[1]:.3f}  "
                f"MCC {first[2]:+.3f}"
            )
        ours = scores.rows["detector"].mcc
        theirs = scores.rows.get("alt-profanity-check")
        if theirs is not None:
            verdict = "beats" if ours > theirs.mcc else "does NOT beat"
            note = " (in-sample for it: it was trained on this set)" if data.english else ""
            print_(f"  detector MCC {ours:+.3f} {verdict} alt-profanity-check's {theirs.mcc:+.3f}")
            if "davidson" in data.name:
                print_(f"  {note.strip(' ()')}")
    return results


if __name__ == "__main__":
    main()
