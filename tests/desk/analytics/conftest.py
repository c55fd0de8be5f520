"""The hand-computed support history (see :mod:`tests.desk.analytics.history`)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.desk.analytics.history import History, build_history


@pytest.fixture
def history(session: Session) -> History:
    """The history in a fresh database, on SQLite and on PostgreSQL."""
    return build_history(session)
