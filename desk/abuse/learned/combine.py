"""Joining the learned signal to the rule hits: what the detector's one hook calls.

The rules stay the first word: they give the exact words a manager quotes. The model speaks
only for a message in which no rule found abuse, and then as one hit: its best category,
its probability as the score, and the sentence that carried it as the span, so the flag list,
the case file and the brief mark that sentence. One exception adds a category to a message the
rules flagged already: exposure beside public shaming (see :func:`_add_exposure`). Its rule id
is ``learned.<category>``, which tells a manager (and the brief) the flag came from the model
and not from a listed word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desk.abuse.categories import ABUSE_VALUES, Category
from desk.abuse.learned.predict import LearnedHit, LearnedSignal
from desk.abuse.scorer import DISCLAIMABLE, Hit

LEARNED_PREFIX = "learned."
THREAT_VALUES = frozenset(c.value for c in Category if c.value.startswith("threat_"))
# A model hit this sure stands over two judgements made without it: a negation in its sentence
# that is not the writer's own (veiled threats say "not" of someone else: "he'd better not be
# standing behind it", "и мало ей не покажется", "kommer han inte gå därifrån"), and a rule
# that read the same category's words and found them aimed at no one ("the rep called Trent
# is a smug little clown": a name the rules do not know). The model learned negated and quoted
# threats as negatives; a disclaimer still lowers it. Chosen in round 15 on sets the model had
# not read (see resources/models/README.md).
CONFIDENT = 0.95


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
    negated: Callable[[int, int, int, bool], bool] | None = None,
    disclaimed: Callable[[int], bool] | None = None,
    unaimed: Callable[[int], set[str]] | None = None,
) -> None:
    """Add, in place, the model's best hit to each text that no rule found abusive.

    ``set_aside`` holds, per text, the categories whose words a rule read and then judged not
    abusive (negated, quoted, disclaimed, not aimed at anyone): the model does not overrule
    that judgement with the same category ("I will not sue you" stays clean), except where
    the model is :data:`CONFIDENT` and ``unaimed(index)`` (asked only then) names the category:
    its rule kept the words only as swearing, having found no one they were aimed at (the
    others stay: "me robaron la tarjeta y el banco
    rechazó tres cargos" is a report, "¿eres una persona real o un bot?" a question, however
    sure the model is). ``negated(index, start, end, confident)`` says whether the sentence
    ``texts[index][start:end]`` rules its words out ("I will not post this online"): a threat
    the model reads there is dropped, as a rule's would be; for a :data:`CONFIDENT` hit only
    where the writer is the one who says "not" ("We will never take this to court", but not
    "he'd better not be behind it").
    ``disclaimed(index)`` says whether the text disclaims a threat in its pack's words
    ("this is not a threat, just information"): a bank, court or review the model reads there
    is dropped, as the rules lower theirs (never violence), however sure the model is."""
    _add_exposure(signal, texts, hits, languages)
    pending = [
        i for i, found in enumerate(hits) if not any(h.category in ABUSE_VALUES for h in found)
    ]
    if not pending:
        return
    learned = signal.hits_many([texts[i] for i in pending])
    for index, found in zip(pending, learned, strict=True):
        judged = set_aside[index] if set_aside is not None else set()
        ruled_out = DISCLAIMABLE if disclaimed is not None and disclaimed(index) else set()
        found = [
            h
            for h in found
            if h.category not in ruled_out
            and (
                h.category not in judged
                or (h.score >= CONFIDENT and unaimed is not None and h.category in unaimed(index))
            )
            and not (
                h.category in THREAT_VALUES
                and negated is not None
                and negated(index, h.start, h.end, h.score >= CONFIDENT)
            )
        ]
        if not found:
            continue
        _add(hits, index, found[0], languages[index])


_SHAMING = Category.THREAT_PUBLIC_SHAMING.value
_EXPOSE = Category.THREAT_EXPOSE.value


def _add_exposure(
    signal: LearnedSignal,
    texts: Sequence[str],
    hits: list[list[Hit]],
    languages: Sequence[str],
) -> None:
    """Beside a rule's public-shaming hit, the model's exposure hit, where it reads one.

    The rules know the words of publishing (a review, a group chat, the local paper); what is
    to be published they do not. A threat to post the agent's photo, name, number plate or
    address in the neighbourhood groups is exposure first ("ya tengo las placas del coche y el
    nombre completo del chofer, y lo subo con su foto a los grupos de vecinos"): the graver of
    the two for the agent's safety, and the one a manager must see. The message is flagged
    already; only its categories grow."""
    publishing = [
        i
        for i, found in enumerate(hits)
        if any(h.category == _SHAMING for h in found)
        and not any(h.category == _EXPOSE for h in found)
    ]
    if not publishing:
        return
    learned = signal.hits_many([texts[i] for i in publishing])
    for index, found in zip(publishing, learned, strict=True):
        exposure = next((h for h in found if h.category == _EXPOSE), None)
        if exposure is not None:
            _add(hits, index, exposure, languages[index])


def _add(hits: list[list[Hit]], index: int, found: LearnedHit, language: str) -> None:
    """The model's ``found`` as a hit of text ``index``, among its others in text order."""
    hit = Hit(
        found.category,
        found.start,
        found.end,
        LEARNED_PREFIX + found.category,
        found.score,
        language,
    )
    hits[index] = sorted([*hits[index], hit], key=lambda h: h.start)
