"""Whether the summary is current is checked cheaply, once per customer's stats, and is never
wrong: a write that bypasses the import (a deletion, a row replaced under the same id) makes
the summary stale, an import or a merge keeps it current, and the data version moves with
every change a second window must show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, delete, event, insert, select
from sqlalchemy.orm import Session

from desk.analytics.freshness import data_version, read_data_version
from desk.analytics.refresh import rebuild
from desk.analytics.stats import customer_stats
from desk.analytics.summary import checked_once, is_current
from desk.customers.merging import merge_customers
from desk.db.models import Message
from desk.demo.generator import write_demo_export
from desk.ingest.loader import import_file
from tests.desk.analytics.history import History, build_history


@pytest.fixture
def summarised(session: Session) -> History:
    """The hand-computed history with its summary rebuilt and committed."""
    history = build_history(session)
    rebuild(session)
    session.commit()
    assert is_current(session)
    return history


def test_deleting_a_message_outside_the_import_makes_the_summary_stale(
    session: Session, summarised: History
) -> None:
    before = data_version(session)
    session.execute(delete(Message).where(Message.id == summarised.messages["m2"]))
    session.commit()
    assert not is_current(session)
    assert data_version(session) != before
    rebuild(session)
    session.commit()
    assert is_current(session)


def test_a_message_replaced_under_the_same_id_is_seen(
    session: Session, summarised: History
) -> None:
    """The row counts and highest ids stay the same, so only the trigger's version sees it."""
    if session.get_bind().dialect.name == "sqlite":
        pytest.skip("SQLite compares row counts and highest ids, which this change keeps")
    message_id = summarised.messages["m2"]
    row = session.execute(select(Message.__table__).where(Message.id == message_id)).one()
    counted = customer_stats(session, summarised.dana).volume.count
    session.execute(delete(Message).where(Message.id == message_id))
    session.execute(insert(Message).values(**{**row._asdict(), "customer_id": summarised.ben}))
    session.commit()
    assert not is_current(session)
    assert customer_stats(session, summarised.dana).volume.count == counted - 1


def test_a_merge_keeps_the_summary_current_and_moves_the_data_version(
    session: Session, summarised: History
) -> None:
    before = data_version(session)
    merge_customers(session, summarised.dana, summarised.ben, "manager", "the same person")
    session.commit()
    assert is_current(session)
    assert data_version(session) != before


def test_an_import_keeps_the_summary_current_even_when_it_adds_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    export = tmp_path / "demo.ndjson"
    write_demo_export(export, customers=20, messages=200)
    empty = read_data_version(engine)
    import_file(engine, export)
    imported = read_data_version(engine)
    assert imported != empty
    with Session(engine) as session:
        assert is_current(session)
    import_file(engine, export)  # the same file again: nothing new, the summary still current
    with Session(engine) as session:
        assert is_current(session)


def test_one_customers_stats_check_freshness_once(
    engine: Engine, session: Session, summarised: History
) -> None:
    checks: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "summary_state" in statement:
            checks.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        stats = customer_stats(session, summarised.dana)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert stats.volume.count == 5
    assert len(checks) == 1


def test_inside_checked_once_the_first_answer_holds(session: Session, summarised: History) -> None:
    """The block reads one source; the next block sees the write made meanwhile."""
    with checked_once(session) as current:
        assert current
        session.execute(delete(Message).where(Message.id == summarised.messages["m2"]))
        assert is_current(session)
    assert not is_current(session)
