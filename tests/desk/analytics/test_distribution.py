"""The stored company-wide distributions equal a count from scratch after every kind of write,
and the figures read from them equal the scans of the summary tables they replace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

import desk.analytics.refresh as refresh
from desk.analytics.distribution import rebuild_distribution
from desk.analytics.handoffs import customer_handoffs
from desk.analytics.summary import is_current
from desk.analytics.units import Unit
from desk.analytics.volume import per_customer_counts, volume_histogram
from desk.case.retention import delete_customer_data
from desk.customers.merging import merge_customers, undo_merge
from desk.db.models import (
    ConversationSummary,
    Customer,
    CustomerSummary,
    SummaryDistribution,
)
from desk.ingest.loader import import_file
from tests.desk.analytics.test_summary import _export


def _stored(session: Session) -> list[tuple[Any, ...]]:
    rows = session.execute(select(SummaryDistribution.__table__))
    return sorted(tuple(row) for row in rows)


def assert_distribution_exact(engine: Engine) -> None:
    """Stored rows equal a recount; each figure read from them equals the former scan."""
    with Session(engine) as session:
        assert is_current(session)
        kept = _stored(session)
        assert kept
        rebuild_distribution(session)
        assert _stored(session) == kept
        session.rollback()
        for unit in Unit:
            counts = per_customer_counts(session, unit)
            scanned = session.execute(
                select(counts.c.n, func.count()).group_by(counts.c.n).order_by(counts.c.n)
            )
            assert volume_histogram(session, unit) == tuple((int(n), int(c)) for n, c in scanned)
        some = session.scalars(select(Customer.id).where(Customer.merged_into_id.is_(None))).first()
        assert some is not None
        handoffs = customer_handoffs(session, some)
        summary = ConversationSummary
        count, agents, changes, most = session.execute(
            select(func.count(), func.sum(summary.agents), func.sum(summary.changes)).add_columns(
                func.max(summary.agents)
            )
        ).one()
        assert handoffs.average.conversations == count
        assert handoffs.average.agent_changes == changes
        assert handoffs.average.most_agents_in_one_conversation == most
        assert handoffs.average.agents_per_conversation == agents / count
        per_customer = session.scalar(
            select(func.avg(CustomerSummary.agents)).where(CustomerSummary.agents > 0)
        )
        # PostgreSQL's avg is a NUMERIC rounded to 16 decimals; ours divides the exact sums.
        assert handoffs.average_distinct_agents == pytest.approx(
            float(per_customer or 0), rel=1e-12
        )


@pytest.fixture
def imported(engine: Engine, tmp_path: Path) -> Engine:
    import_file(engine, _export(tmp_path / "first.ndjson", range(1, 61), customers=40))
    return engine


def test_an_import_stores_the_distribution(imported: Engine) -> None:
    assert_distribution_exact(imported)


@pytest.mark.slow
def test_an_incremental_import_keeps_it_exact(
    imported: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refresh, "REBUILD_SHARE", 1.0)  # the incremental path, not a rebuild
    second = _export(tmp_path / "second.ndjson", range(50, 71), customers=45, extra_rounds=2)
    assert import_file(imported, second).messages_new > 0
    assert_distribution_exact(imported)


@pytest.mark.slow
def test_a_merge_and_its_undo_keep_it_exact(imported: Engine) -> None:
    with Session(imported) as session:
        keep, merged = session.scalars(
            select(CustomerSummary.customer_id).order_by(CustomerSummary.customer_id).limit(2)
        ).all()
        record = merge_customers(session, keep, merged, "manager", "same person")
        session.commit()
        assert_distribution_exact(imported)
        undo_merge(session, record.id, "manager")
        session.commit()
    assert_distribution_exact(imported)


@pytest.mark.slow
def test_merged_customers_whose_rows_stay_are_rolled_up(imported: Engine) -> None:
    """The importer's merges leave the rows under the merged customer: read rolled up."""
    with Session(imported) as session:
        first, second, third = session.scalars(
            select(CustomerSummary.customer_id).order_by(CustomerSummary.customer_id).limit(3)
        ).all()
        for member, root in ((second, first), (third, second)):  # a chain: 3 → 2 → 1
            session.execute(
                update(Customer).where(Customer.id == member).values(merged_into_id=root)
            )
        session.commit()
    assert_distribution_exact(imported)


@pytest.mark.slow
def test_deleting_a_customers_data_keeps_it_exact(imported: Engine) -> None:
    """The conversations' summary rows go by cascade: those figures are counted afresh."""
    with Session(imported) as session:
        victim = session.scalars(select(CustomerSummary.customer_id).limit(1)).one()
        delete_customer_data(session, victim, "manager")
        session.commit()
    assert_distribution_exact(imported)
