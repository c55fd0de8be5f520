"""The hand-computed support history (see :mod:`tests.desk.analytics.history`)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from desk.analytics.refresh import rebuild
from desk.analytics.summary import is_current
from tests.desk.analytics.history import History, build_history


@pytest.fixture(params=["messages", "summary"])
def history(request: pytest.FixtureRequest, session: Session) -> History:
    """The history in a fresh database, on SQLite and on PostgreSQL; every figure is read once
    from the messages, once from the summary tables (which rows added later make stale)."""
    built = build_history(session)
    if request.param == "summary":
        rebuild(session)
        session.commit()
    assert is_current(session) is (request.param == "summary")
    return built
