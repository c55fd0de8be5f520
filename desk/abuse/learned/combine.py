"""Joining the learned signal to the rule hits: what the detector's one hook calls.

The rules stay the first word: they give the exact words a manager quotes. The model speaks
only for a message in which no rule found abuse, and then as one hit: its best category,
its probability as the score, and the sentence that carried it as the span, so the flag list,
the case file and the brief mark that sentence. Its rule id is ``learned.<category>``, which
tells a manager (and the brief) the flag came from the model and not from a listed word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desk.abuse.categories import ABUSE_VALUES, Category
from desk.abuse.learned.predict import LearnedSignal
from desk.abuse.scorer import DISCLAIMABLE, Hit

LEARNED_PREFIX = "learned."
THREAT_VALUES = frozenset(c.value for c in Category if c.value.startswith("threat_"))


def is_learned(rule_id: str) -> bool:
    """Whether a hit or stored flag came from the learned signal."""
    return rule_id.startswith(LEARNED_PREFIX)


def learned_label(rule_id: str, category: str, score: float) -> str | None:
    """What the UI and the brief write beside a hit from the model ("model: threat_violence
    (0.91)"), so that a manager never takes it for a listed word; ``None`` for a rule's hit."""
    if not is_learned(rule_id):
        return None
    return f"model: {category} ({score:.2f})"


def add_learned_hits(
    signal: LearnedSignal,
    texts: Sequence[str],
    hits: list[list[Hit]],
    languages: Sequence[str],
    set_aside: Sequence[set[str]] | None = None,
    negated: Callable[[int, int, int], bool] | None = None,
    disclaimed: Callable[[int], bool] | None = None,
) -> None:
    """Add, in place, the model's best hit to each text that no rule found abusive.

    ``set_aside`` holds, per text, the categories whose words a rule read and then judged not
    abusive (negated, quoted, disclaimed, not aimed at anyone): the model does not overrule
    that judgement with the same category ("I will not sue you" stays clean). ``negated(index,
    start, end)`` says whether the sentence ``texts[index][start:end]`` rules its words out
    ("I will not post this online"): a threat the model reads there is dropped, as a rule's
    would be. ``disclaimed(index)`` says whether the text disclaims a threat in its pack's words
    ("this is not a threat, just information"): a bank, court or review the model reads there
    is dropped, as the rules lower theirs (never violence)."""
    pending = [
        i for i, found in enumerate(hits) if not any(h.category in ABUSE_VALUES for h in found)
    ]
    if not pending:
        return
    learned = signal.hits_many([texts[i] for i in pending])
    for index, found in zip(pending, learned, strict=True):
        judged = set_aside[index] if set_aside is not None else set()
        if disclaimed is not None and disclaimed(index):
            judged = judged | DISCLAIMABLE
        found = [
            h
            for h in found
            if h.category not in judged
            and not (
                h.category in THREAT_VALUES
                and negated is not None
                and negated(index, h.start, h.end)
            )
        ]
        if not found:
            continue
        best = found[0]
        hit = Hit(
            best.category,
            best.start,
            best.end,
            LEARNED_PREFIX + best.category,
            best.score,
            languages[index],
        )
        hits[index] = sorted([*hits[index], hit], key=lambda h: h.start)
