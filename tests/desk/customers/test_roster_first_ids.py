"""The customer list's first screen: its first ids are exactly the beginning of the whole list
(for every order, with or without the summary), and its length is counted without the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from desk.analytics.summary import is_current
from desk.customers import roster
from desk.customers.queries import load_customer_ids, load_customer_list
from desk.customers.roster import (
    CustomerQuery,
    SortKey,
    customer_count,
    customer_ids,
    mean_customer_messages,
    totals,
)
from desk.db.models import Customer, CustomerSummary, Message
from desk.demo.generator import write_demo_export
from desk.ingest.loader import import_file

QUERIES = [
    CustomerQuery(sort=sort, descending=descending)
    for sort in SortKey
    for descending in (True, False)
] + [CustomerQuery(search="example"), CustomerQuery(search="zzz-nobody")]


def _database(engine: Engine, tmp_path: Path) -> None:
    """40 customers who wrote (ties in volume among them), 3 who never did, 1 merged away."""
    import_file(engine, write_demo_export(tmp_path / "d.ndjson", customers=40).path)
    with Session(engine) as session:
        session.add_all(Customer(display_name=f"Silent {n}") for n in range(3))
        writers = list(session.scalars(select(CustomerSummary.customer_id).limit(2)))
        session.execute(
            update(Customer).where(Customer.id == writers[1]).values(merged_into_id=writers[0])
        )
        session.commit()


@pytest.mark.slow
def test_the_first_ids_begin_the_whole_list_in_every_order(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _database(engine, tmp_path)
    with Session(engine) as session:
        assert is_current(session)
        from_summary = [customer_ids(session, q) for q in QUERIES]
        monkeypatch.setattr(roster, "is_current", lambda _db: False)
        from_messages = [customer_ids(session, q) for q in QUERIES]
        assert from_summary == from_messages  # the two-part read keeps the order, ties included
        for current in (False, True):
            if current:
                monkeypatch.undo()
            for query, whole in zip(QUERIES, from_summary, strict=True):
                assert customer_count(session, query) == len(whole)
                for limit in (1, 7, max(len(whole) - 1, 1), len(whole) + 5):
                    assert customer_ids(session, query, limit=limit) == whole[:limit]
    default = from_summary[0]
    assert len(default) == 42 and default[-3:] == sorted(default[-3:])  # the silent ones, last
    assert from_summary[-1] == []


@pytest.mark.slow
def test_the_first_screen_knows_the_exact_length_and_its_rows(
    engine: Engine, tmp_path: Path
) -> None:
    _database(engine, tmp_path)
    query = CustomerQuery(search="example")
    whole = load_customer_ids(engine, query)
    first = load_customer_list(engine, query, first=5, rows=3)
    assert first.ids == whole[:5] and first.total == len(whole) and not first.complete
    assert sorted(first.rows) == sorted(whole[:3])
    everything = load_customer_list(engine, CustomerQuery(), first=1000)
    assert everything.complete and everything.total == len(everything.ids) == 42
    assert everything.customers == 42


@pytest.mark.slow
def test_mean_and_totals_from_the_summary_match_the_messages(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _database(engine, tmp_path)
    with Session(engine) as session:
        assert is_current(session)
        fast = (mean_customer_messages(session), totals(session))
        stored_mean = session.scalar(
            select(func.avg(CustomerSummary.customer_messages)).where(
                CustomerSummary.customer_messages > 0
            )
        )
        messages = session.scalar(select(func.count()).select_from(Message))
        monkeypatch.setattr(roster, "is_current", lambda _db: False)
        slow = (mean_customer_messages(session), totals(session))
    assert fast[0] == pytest.approx(float(stored_mean or 0)) == pytest.approx(slow[0])
    assert fast[1] == slow[1] == (42, messages)
