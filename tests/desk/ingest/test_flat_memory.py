"""Memory stays flat however many customers an import holds: the vendor-id cache forgets past
its limit (the identity table answers), and an import that touches more ids than the refresh
keeps rebuilds the summary instead. Both give the database a default import gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

import desk.analytics.refresh as refresh
import desk.ingest.people as people
from desk.db.engine import open_database
from desk.ingest.loader import import_file
from tests.desk.analytics.test_summary import _export, assert_summary_is_exact

TABLES = {
    "customers": "SELECT id, primary_email, merged_into_id FROM customer ORDER BY id",
    "identities": "SELECT source, kind, value, customer_id FROM identity ORDER BY 1, 2, 3",
    "messages": "SELECT external_id, customer_id, conversation_id FROM message ORDER BY 1",
}


def _contents(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {k: [tuple(r) for r in connection.execute(text(q))] for k, q in TABLES.items()}


def _imported(folder: Path, name: str, between: Callable[[], None] = lambda: None) -> Engine:
    engine = open_database(f"sqlite:///{folder / name}")
    import_file(engine, _export(folder / "first.ndjson", range(1, 61), customers=40))
    between()
    second = _export(folder / "second.ndjson", range(50, 71), customers=45, extra_rounds=2)
    import_file(engine, second)
    return engine


@pytest.mark.slow
def test_tiny_limits_give_the_database_a_default_import_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = _imported(tmp_path, "default.sqlite3")
    rebuilds: list[int] = []
    rebuild = refresh.rebuild
    monkeypatch.setattr(people, "CACHE_LIMIT", 3)

    def count_rebuilds() -> None:  # the first import builds the summary; count the second's
        monkeypatch.setattr(refresh, "NOTED_LIMIT", 5)
        monkeypatch.setattr(refresh, "REBUILD_SHARE", 1.0)  # only the limit asks for a rebuild
        monkeypatch.setattr(refresh, "rebuild", lambda db: (rebuilds.append(1), rebuild(db)))

    bounded = _imported(tmp_path, "bounded.sqlite3", count_rebuilds)
    assert len(rebuilds) == 1  # the second import noted more than 5 ids: rebuilt
    monkeypatch.undo()
    assert _contents(bounded) == _contents(default)
    assert_summary_is_exact(bounded)
    default.dispose()
    bounded.dispose()
