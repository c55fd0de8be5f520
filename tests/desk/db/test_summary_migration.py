"""Revision 0003 creates the summary tables and backfills them from the existing messages."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect
from sqlalchemy.orm import Session

from desk.analytics.summary import is_current
from desk.db.engine import create_db_engine
from desk.db.migrate import alembic_config, current_revision, upgrade_to_head
from desk.db.models import CompanyMonth, CustomerSummary
from tests.desk.analytics.history import build_history
from tests.desk.analytics.test_summary import assert_summary_is_exact


def test_the_backfill_equals_a_rebuild_and_can_be_undone(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        upgrade_to_head(engine, "0002")
        with Session(engine) as session:
            history = build_history(session)
        upgrade_to_head(engine, "0003")
        upgrade_to_head(engine)  # today's code reads the columns later revisions add (0008)
        assert_summary_is_exact(engine)
        with Session(engine) as session:
            dana = session.get_one(CustomerSummary, history.dana)
            assert (dana.customer_messages, dana.conversations, dana.workload) == (5, 2, 10)
            assert dana.agents == 3
            january = session.get_one(CompanyMonth, "2024-01")
            assert (january.customer_messages, january.customer_messages_customers) == (5, 2)
        command.downgrade(alembic_config(engine), "0002")  # the tables go, the rest stays
        assert current_revision(engine) == "0002"
        assert "customer_summary" not in inspect(engine).get_table_names()
        upgrade_to_head(engine)
        with Session(engine) as session:
            assert is_current(session)
    finally:
        engine.dispose()
