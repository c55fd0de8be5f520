"""The incidents of a leadership brief: one per quoted message, however often it is quoted.

A manager may quote a message twice (a word a flag found, then the sentence around it), and a
quote need not be a flag. The brief counts incidents, not quotes, everywhere (the summary, the
incidents table, the timeline chart), so they are gathered here once: grouped by message,
their quotes joined, their categories and criteria named in the brief's language, and the
ones the learned model flagged marked as such.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.abuse.learned.combine import learned_label
from desk.charts.words import SOURCE, Words
from desk.db.models import Conversation, Evidence, Flag
from desk.documents.brief.content import BriefIncident


def conversation_refs(session: Session, ids: list[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Conversation.id, Conversation.source, Conversation.external_id).where(
            Conversation.id.in_(wanted)
        )
    )
    return {cid: f"{source} #{external}" for cid, source, external in rows}


def brief_incidents(
    quotes: list[Evidence],
    refs: dict[int, str],
    author: str,
    titles: dict[str, str],
    w: Words,
) -> list[BriefIncident]:
    """One incident per quoted message, oldest first, however many quotes (and flags) cite it.

    Every count in the brief (the summary, the incidents table, the timeline chart) is of
    these, so that a message quoted twice, or a quote that is no flag, is counted alike.
    """
    by_message: dict[object, list[Evidence]] = {}
    for quote in quotes:
        key: object = quote.message_id or (quote.message_sha256 or quote.id, quote.message_time)
        by_message.setdefault(key, []).append(quote)
    incidents = []
    for group in by_message.values():
        group.sort(key=lambda q: (q.quote_start or 0, q.id))
        first = group[0]
        incidents.append(
            BriefIncident(
                when=first.message_time or first.created_at,
                conversation_ref=refs.get(first.conversation_id or 0, "—"),
                author=author,
                quote=" … ".join(_outermost(_distinct(q.quote for q in group))),
                category=", ".join(
                    _distinct(
                        q.category if w.lang == SOURCE else w.name("categories", q.category)
                        for q in group
                        if q.category
                    )
                ),
                criterion="; ".join(
                    _distinct(titles.get(q.criterion, q.criterion) for q in group if q.criterion)
                ),
                sha256=first.message_sha256 or "",
            )
        )
    return sorted(incidents, key=lambda i: i.when)


def mark_learned(
    session: Session, quotes: list[Evidence], incidents: list[BriefIncident]
) -> list[BriefIncident]:
    """Each incident whose quotes cite a flag of the learned model, with "model: <category>
    (score)" as its source: a reader must tell the model's sentence from a listed word."""
    flag_ids = {q.flag_id for q in quotes if q.flag_id}
    if not flag_ids:
        return incidents
    rows = session.execute(
        select(Flag.id, Flag.rule_id, Flag.category, Flag.score).where(Flag.id.in_(flag_ids))
    ).all()
    labels = {i: learned_label(r, c, s) for i, r, c, s in rows}
    by_sha: dict[str, list[str]] = {}
    for quote in quotes:
        label = labels.get(quote.flag_id or 0)
        if label:
            by_sha.setdefault(quote.message_sha256 or "", []).append(label)
    return [
        replace(i, source="; ".join(_distinct(by_sha[i.sha256]))) if i.sha256 in by_sha else i
        for i in incidents
    ]


def _distinct(values: Iterable[str | None]) -> list[str]:
    """The non-empty ``values``, each once, in their order."""
    return list(dict.fromkeys(v for v in values if v))


def _outermost(quotes: list[str]) -> list[str]:
    """The quotes that no other quote of the message contains: a flag's word inside the
    sentence a manager quoted around it is shown once, in the sentence."""
    return [q for q in quotes if not any(q != other and q in other for other in quotes)]
