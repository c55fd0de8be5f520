"""The customer list's order and mean: from the analytics summary when it is current, else
from the messages, and the same either way."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.analytics.summary import is_current
from desk.customers import roster as customer_list
from desk.customers.roster import CustomerQuery, SortKey, customer_ids, mean_customer_messages
from desk.demo.generator import write_demo_export
from desk.ingest.loader import import_file


@pytest.mark.slow
def test_the_summary_gives_the_same_list_as_the_messages(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_file(engine, write_demo_export(tmp_path / "d.ndjson", customers=60).path)
    queries = [
        CustomerQuery(),
        CustomerQuery(descending=False),
        CustomerQuery(search="example"),
        CustomerQuery(sort=SortKey.NAME),
    ]
    with Session(engine) as session:
        assert is_current(session)
        fast = [customer_ids(session, q) for q in queries]
        fast_mean = mean_customer_messages(session)
        monkeypatch.setattr(customer_list, "is_current", lambda _db: False)
        slow = [customer_ids(session, q) for q in queries]
        assert fast == slow
        assert mean_customer_messages(session) == pytest.approx(fast_mean)
        assert len(fast[0]) == 60 and fast[0] != fast[1]
