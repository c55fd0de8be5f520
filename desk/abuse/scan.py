"""The scan: run the detector over stored messages and keep its hits as suggested flags.

Messages are read in id order, a batch at a time (keyset pagination: no cursor stays open
while the batch is written), and each batch is written in its own transaction. For every
message in a batch the new hits are compared with the flags it already has:

- a *suggested* flag the detector still finds (same rule, same start) is updated in place
  (span end, score, category), so its id survives; one it no longer finds is deleted;
- a flag a manager *confirmed* or *dismissed* is never touched, and a new hit that overlaps
  such a flag with the same category is not suggested again (the manager has decided).

So a re-scan after a rule edit replaces the suggestions and nothing else. Cancelling stops
after the current batch; the batches already written are consistent, and scanning again
finishes the job.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desk.abuse.detector import Detector
from desk.abuse.rulepack import reload_packs
from desk.abuse.scorer import Hit
from desk.analytics.merges import member_ids
from desk.db.models import AuthorKind, Flag, FlagStatus, Message, utcnow
from desk.progress import Progress

BATCH = 5000
CUSTOMER_AUTHORED = (AuthorKind.CUSTOMER,)


@dataclass(frozen=True)
class ScanResult:
    """What a scan did. ``by_category`` counts the suggestions in place after the scan."""

    messages: int
    flagged_messages: int
    added: int
    updated: int
    removed: int
    kept_decided: int
    seconds: float
    by_category: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else 0.0


def scan_messages(
    engine: Engine,
    *,
    customer_id: int | None = None,
    batch_ids: Collection[int] | None = None,
    authors: Collection[AuthorKind] | None = CUSTOMER_AUTHORED,
    detector: Detector | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH,
) -> ScanResult:
    """Scan the messages of ``customer_id`` (and those merged into it), or of everyone;
    ``batch_ids`` narrows it to the messages those imports added (the import runs it).

    ``authors`` limits the scan to messages by those authors (the customer's own, by
    default; ``None`` scans every message). Without a ``detector``, the rule packs are read
    afresh. Returns counts; see the module docstring.
    """
    started = time.perf_counter()
    if detector is None:  # read the rule packs as they are now: a manager may have edited them
        reload_packs()
        detector = Detector()
    with Session(engine) as session:
        customers = member_ids(session, customer_id) if customer_id is not None else None
    wanted = select(Message.id, Message.body_text, Message.language)
    if customers is not None:
        wanted = wanted.where(Message.customer_id.in_(customers))
    if batch_ids is not None:
        wanted = wanted.where(Message.batch_id.in_(list(batch_ids)))
    if authors is not None:
        wanted = wanted.where(Message.author_kind.in_(list(authors)))
    with engine.connect() as connection:
        total = connection.scalar(select(func.count()).select_from(wanted.subquery())) or 0
    if progress is not None:
        progress.update(0, total)
    totals: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    last_id = 0
    while True:
        if progress is not None:
            progress.check()
        with engine.connect() as connection:
            rows = connection.execute(
                wanted.where(Message.id > last_id).order_by(Message.id).limit(batch_size)
            ).all()
        if not rows:
            break
        last_id = rows[-1].id
        found = detector.detect_many([r.body_text for r in rows], [r.language for r in rows])
        hits = {row.id: batch for row, batch in zip(rows, found, strict=True)}
        with engine.begin() as connection:
            counts, in_place = _store(connection, hits)
        totals.update(counts)
        categories.update(in_place)
        totals["messages"] += len(rows)
        totals["flagged_messages"] += sum(1 for batch in found if batch)
        if progress is not None:
            progress.update(totals["messages"], total)
    return ScanResult(
        messages=totals["messages"],
        flagged_messages=totals["flagged_messages"],
        added=totals["added"],
        updated=totals["updated"],
        removed=totals["removed"],
        kept_decided=totals["kept_decided"],
        seconds=time.perf_counter() - started,
        by_category=dict(categories.most_common()),
    )


@dataclass(frozen=True)
class _Stored:
    id: int
    message_id: int
    rule_id: str
    start: int
    end: int
    category: str
    suggested: bool


def _store(connection: Connection, hits: dict[int, list[Hit]]) -> tuple[Counter[str], Counter[str]]:
    """Bring the flags of the batch's messages in line with ``hits`` (one transaction)."""
    counts: Counter[str] = Counter()
    in_place: Counter[str] = Counter()
    # The batch's ids are ascending: a range on the indexed column is cheaper than IN (...).
    rows = connection.execute(
        select(
            Flag.id, Flag.message_id, Flag.rule_id, Flag.start, Flag.end, Flag.category,
            Flag.status,
        ).where(Flag.message_id.between(min(hits), max(hits)))
    ).all()  # fmt: skip
    rows = [r for r in rows if r.message_id in hits]
    stored = [
        _Stored(r.id, r.message_id, r.rule_id, r.start, r.end, r.category,
                FlagStatus(r.status) == FlagStatus.SUGGESTED)
        for r in rows
    ]  # fmt: skip
    suggested = {(f.message_id, f.rule_id, f.start): f for f in stored if f.suggested}
    decided: dict[int, list[_Stored]] = {}  # by message: a big batch stays linear
    for f in stored:
        if not f.suggested:
            decided.setdefault(f.message_id, []).append(f)
    counts["kept_decided"] = sum(len(flags) for flags in decided.values())
    new_rows: list[dict[str, object]] = []
    now = utcnow()
    for message_id, message_hits in hits.items():
        message_decided = decided.get(message_id, ())
        for hit in message_hits:
            if any(_decides(f, message_id, hit) for f in message_decided):
                continue
            in_place[hit.category] += 1
            old = suggested.pop((message_id, hit.rule_id, hit.start), None)
            if old is None:
                new_rows.append(_row(message_id, hit, now))
                counts["added"] += 1
                continue
            connection.execute(
                update(Flag)
                .where(Flag.id == old.id)
                .values(end=hit.end, score=hit.score, category=hit.category, language=hit.language)
            )
            counts["updated"] += 1
    if suggested:
        stale = [f.id for f in suggested.values()]
        connection.execute(delete(Flag).where(Flag.id.in_(stale)))
        counts["removed"] += len(stale)
    if new_rows:
        connection.execute(insert(Flag), new_rows)
    return counts, in_place


def _decides(flag: _Stored, message_id: int, hit: Hit) -> bool:
    """Whether a manager's decision ``flag`` already covers ``hit``: the same rule at the same
    start, or an overlapping span of the same category."""
    if flag.message_id != message_id:
        return False
    if (flag.rule_id, flag.start) == (hit.rule_id, hit.start):
        return True
    return flag.category == hit.category and flag.start < hit.end and hit.start < flag.end


def _row(message_id: int, hit: Hit, now: dt.datetime) -> dict[str, object]:
    return {
        "message_id": message_id,
        "category": hit.category,
        "rule_id": hit.rule_id,
        "start": hit.start,
        "end": hit.end,
        "score": hit.score,
        "language": hit.language,
        "status": FlagStatus.SUGGESTED,
        "created_at": now,
    }
