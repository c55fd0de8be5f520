"""What an import reports as new is what it stored: counted from the inserts' own row counts
(not by counting the batch's rows again at the end, a scan of the whole message table)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.models import Conversation, Message
from desk.ingest.loader import import_file
from tests.desk.ingest.test_zendesk_json import USERS, _comment, _ticket, write_ndjson


def _export(path: Path, tickets: range) -> Path:
    records = [
        _ticket(t, 1, [_comment(t * 10, 1, "hi"), _comment(t * 10 + 1, 900, "ok")]) for t in tickets
    ]
    # the same ticket twice in one file: created once, each message once
    return write_ndjson(path, [*USERS, *records, records[0]])


def _stored(engine: Engine, batch_id: int) -> tuple[int, int]:
    with Session(engine) as session:
        conversations, messages = (
            int(session.scalar(select(func.count()).where(model.batch_id == batch_id)) or 0)
            for model in (Conversation, Message)
        )
    return conversations, messages


def test_new_rows_are_counted_as_stored(engine: Engine, tmp_path: Path) -> None:
    first = import_file(engine, _export(tmp_path / "a.ndjson", range(1, 31)))
    newer = import_file(engine, _export(tmp_path / "b.ndjson", range(21, 41)))  # 10 known
    again = import_file(engine, _export(tmp_path / "b.ndjson", range(21, 41)))
    assert (first.conversations_new, first.messages_new) == (30, 60)
    assert (newer.conversations_new, newer.messages_new) == (10, 20)
    assert (again.conversations_new, again.messages_new) == (0, 0)
    for summary in (first, newer, again):
        stored = _stored(engine, summary.batch_id)
        assert (summary.conversations_new, summary.messages_new) == stored
