"""The summary tables stay equal to a rebuild from the messages, and the figures read from them
equal the figures read from the messages: after an import, a second overlapping import, a
merge and its undo; and a purge of a customer's data."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

import desk.analytics.refresh as refresh
import desk.analytics.summary as summary
from desk.analytics.stats import customer_stats
from desk.analytics.units import Unit
from desk.analytics.volume import baseline, top_customers
from desk.case.retention import delete_customer_data
from desk.customers.merging import merge_customers, undo_merge
from desk.db.models import (
    CompanyMonth,
    ConversationSummary,
    Customer,
    CustomerMonth,
    CustomerSummary,
)
from desk.ingest.loader import import_file
from tests.desk.analytics.history import build_history

AGENTS = range(900, 906)


def _export(path: Path, tickets: range, customers: int, extra_rounds: int = 0) -> Path:
    """A Zendesk NDJSON export: ticket ``t`` belongs to a customer picked from ``t``, opens in
    one of nine months, and has rounds of a customer message, an agent reply (not always by
    the same agent) and now and then an internal note. Comment ids depend only on the ticket
    and the round, so a later export with more rounds overlaps an earlier one."""
    users = [{"id": a, "name": f"Agent {a}", "role": "agent"} for a in AGENTS]
    users += [
        {"id": c, "name": f"Customer {c}", "email": f"c{c}@example.test", "role": "end-user"}
        for c in range(1, customers + 1)
    ]
    lines: list[dict[str, Any]] = list(users)
    for t in tickets:
        month = 1 + t % 9
        opened = f"2024-{month:02d}-{1 + t % 27:02d}T08:00:00Z"
        comments = []
        for i in range(1 + t % 4 + extra_rounds):
            day = f"2024-{month:02d}-{1 + t % 27:02d}" if i < 3 else f"2024-{month + 1:02d}-02"
            author = 1 + (t * 7) % customers
            agent = AGENTS[(t + i // 2) % len(AGENTS)]
            for n, (who, public) in enumerate(((author, True), (agent, True), (agent, i % 3))):
                if who == agent and n == 2 and public:
                    continue  # a note only every third round
                comments.append(
                    {
                        "id": t * 1000 + i * 10 + n,
                        "author_id": who,
                        "body": f"ticket {t} round {i} part {n}",
                        "public": bool(public),
                        "created_at": f"{day}T{9 + i % 12:02d}:{n * 10:02d}:00Z",
                    }
                )
        lines.append(
            {
                "id": t,
                "requester_id": 1 + (t * 7) % customers,
                "subject": f"Ticket {t}",
                "status": "open",
                "created_at": opened,
                "comments": comments,
            }
        )
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return _rows_in(connection)


def assert_summary_is_exact(engine: Engine) -> None:
    """Current, equal to a rebuild from scratch, and every figure equal to the messages'."""
    with Session(engine) as session:
        assert summary.is_current(session)
    kept = _rows(engine)
    assert all(kept.values())
    with engine.connect() as connection:
        refresh.rebuild(connection)
        rebuilt = _rows_in(connection)
        connection.rollback()
    assert kept == rebuilt
    with Session(engine) as session:
        assert _figures(session, use_summary=True) == _figures(session, use_summary=False)


def _rows_in(connection: Connection) -> dict[str, list[tuple[Any, ...]]]:
    tables = (CustomerSummary, CustomerMonth, CompanyMonth, ConversationSummary)
    return {
        t.__tablename__: sorted(tuple(r) for r in connection.execute(select(t.__table__)))
        for t in tables
    }


def _figures(session: Session, *, use_summary: bool) -> list[Any]:
    original = summary.is_current
    if not use_summary:
        summary.is_current = lambda db: False  # type: ignore[assignment]
    try:
        customers = session.scalars(
            select(Customer.id).where(Customer.merged_into_id.is_(None)).order_by(Customer.id)
        ).all()
        found: list[Any] = [baseline(session, unit) for unit in Unit]
        found += [top_customers(session, 10, unit) for unit in Unit]
        found += [customer_stats(session, c, unit=unit) for c in customers[:6] for unit in Unit]
        return found
    finally:
        summary.is_current = original


@pytest.fixture
def first_import(engine: Engine, tmp_path: Path) -> Engine:
    import_file(engine, _export(tmp_path / "first.ndjson", range(1, 61), customers=40))
    return engine


def test_an_import_builds_the_summary(first_import: Engine) -> None:
    assert_summary_is_exact(first_import)


def test_a_customers_totals_are_its_months_and_its_agents_counted_once(
    engine: Engine, tmp_path: Path
) -> None:
    """The customer's totals are the sums of its months, but for the distinct agents who
    replied, which are counted over all of them: one agent answering in two months is one;
    an internal note is no reply; a ticket without comments is a conversation, nothing more."""

    def comment(cid: int, author: int, day: str, public: bool = True) -> dict[str, Any]:
        created = f"2024-{day}T09:00:00Z"
        return {
            "id": cid,
            "author_id": author,
            "body": f"m{cid}",
            "public": public,
            "created_at": created,
        }

    lines: list[dict[str, Any]] = [
        {"id": 900, "name": "Agent A", "role": "agent"},
        {"id": 901, "name": "Agent B", "role": "agent"},
        {"id": 1, "name": "One", "email": "one@example.test", "role": "end-user"},
        {"id": 2, "name": "Two", "email": "two@example.test", "role": "end-user"},
    ]
    lines += [
        {
            "id": 10,
            "requester_id": 1,
            "created_at": "2024-01-05T08:00:00Z",
            "comments": [comment(100, 1, "01-05"), comment(101, 900, "01-06")],
        },
        {
            "id": 11,
            "requester_id": 1,
            "created_at": "2024-03-05T08:00:00Z",
            "comments": [
                comment(110, 1, "03-05"),
                comment(111, 900, "03-06"),
                comment(112, 901, "03-07", public=False),
            ],
        },
        {"id": 12, "requester_id": 2, "created_at": "2024-02-01T08:00:00Z", "comments": []},
    ]
    path = tmp_path / "agents.ndjson"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    import_file(engine, path)
    with engine.connect() as connection:
        emails = dict(connection.execute(select(Customer.id, Customer.primary_email)).all())
        rows = _rows_in(connection)
    totals = {emails[r[0]]: r[1:] for r in rows["customer_summary"]}
    months = sorted((emails[r[0]], *r[1:]) for r in rows["customer_month"])
    # (customer messages, conversations, workload, agents)
    assert totals == {"one@example.test": (2, 2, 4, 1), "two@example.test": (0, 1, 0, 0)}
    assert months == [
        ("one@example.test", "2024-01", 1, 1, 2),
        ("one@example.test", "2024-03", 1, 1, 2),
        ("two@example.test", "2024-02", 0, 1, 0),
    ]
    assert_summary_is_exact(engine)


@pytest.mark.slow
def test_an_overlapping_import_refreshes_only_what_it_touched(
    first_import: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuilds: list[object] = []
    monkeypatch.setattr(refresh, "REBUILD_SHARE", 1.0)  # force the incremental path
    monkeypatch.setattr(refresh, "rebuild", lambda db: rebuilds.append(db))
    # Tickets 50-60 again with two more rounds each, and new tickets with new customers.
    second = _export(tmp_path / "second.ndjson", range(50, 71), customers=45, extra_rounds=2)
    result = import_file(first_import, second)
    assert result.messages_new > 0 and result.conversations_new == 10
    assert rebuilds == []
    monkeypatch.undo()
    assert_summary_is_exact(first_import)
    # The same file again writes nothing and leaves the summary as it was.
    before = _rows(first_import)
    assert import_file(first_import, second).messages_new == 0
    assert _rows(first_import) == before


@pytest.mark.slow
def test_a_merge_and_its_undo_move_the_totals(first_import: Engine) -> None:
    with Session(first_import) as session:
        keep, merged = session.scalars(
            select(CustomerSummary.customer_id).order_by(CustomerSummary.customer_id).limit(2)
        ).all()
        record = merge_customers(session, keep, merged, "manager", "same person")
        session.commit()
        assert_summary_is_exact(first_import)
        moved = session.get_one(CustomerSummary, keep).customer_messages
        undo_merge(session, record.id, "manager")
        session.commit()
    assert_summary_is_exact(first_import)
    with Session(first_import) as session:
        assert session.get_one(CustomerSummary, keep).customer_messages < moved


@pytest.mark.slow
def test_a_purge_keeps_the_summary_exact(first_import: Engine) -> None:
    with Session(first_import) as session:
        victim = session.scalars(select(CustomerSummary.customer_id).limit(1)).one()
        before = baseline(session)
        delete_customer_data(session, victim, "manager")
        assert summary.is_current(session)
        assert baseline(session).customers == before.customers - 1
    assert_summary_is_exact(first_import)


@pytest.mark.postgres
def test_two_writers_refreshing_the_same_rows_take_turns(pg_server: Any) -> None:
    """On PostgreSQL an import and a merge can overlap: the second waits for the first rather
    than insert rows the first just inserted."""
    from desk.db.engine import open_database

    engine = open_database(str(pg_server.create_database()))
    try:
        with Session(engine) as session:
            customer = build_history(session).dana
            refresh.rebuild(session)
            session.commit()
        failures: list[BaseException] = []

        def second_writer() -> None:
            try:
                with engine.begin() as connection:
                    refresh.refresh_customers(connection, [customer])
            except BaseException as exc:  # reported below
                failures.append(exc)

        with engine.begin() as first:
            refresh.refresh_customers(first, [customer])
            thread = threading.Thread(target=second_writer)
            thread.start()
            thread.join(timeout=1.0)  # it blocks until the first commits
            assert thread.is_alive()
        thread.join(timeout=30)
        assert not thread.is_alive() and failures == []
        assert_summary_is_exact(engine)
    finally:
        engine.dispose()
