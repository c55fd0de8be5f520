"""The first import into an empty message table builds its plain indexes after the rows
(:func:`desk.db.bulk.indexes_after`), and whatever happens the table ends with every index."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine

from desk.db.bulk import indexes_after
from desk.db.models import Message
from desk.errors import Cancelled
from desk.ingest.loader import import_file
from desk.progress import Progress
from tests.desk.ingest.test_zendesk_json import USERS, _comment, _ticket, write_ndjson


def _indexes(connection: Connection) -> set[tuple[str, str | None]]:
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'message'"
        )
    else:
        rows = connection.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'message'"
        )
    return {(str(name), sql) for name, sql in rows}


def _export(path: Path, tickets: int, per_ticket: int = 1) -> Path:
    return write_ndjson(
        path,
        [
            *USERS,
            *(
                _ticket(t, 1, [_comment(t * 10 + n, 1, f"m {t} {n}") for n in range(per_ticket)])
                for t in range(1, tickets + 1)
            ),
        ],
    )


def test_an_empty_tables_plain_indexes_are_built_again_at_the_end(engine: Engine) -> None:
    with engine.begin() as connection:
        before = _indexes(connection)
        with indexes_after(connection, Message):
            during = _indexes(connection)
        after = _indexes(connection)
    assert after == before
    if engine.dialect.name == "sqlite":
        # only the unique constraint's own index (the ON CONFLICT target) stays meanwhile
        assert during == {("sqlite_autoindex_message_1", None)}
        assert len(before) == 4
    else:  # PostgreSQL keeps them: dropping one would lock the table against every reader
        assert during == before


def test_a_table_with_rows_keeps_its_indexes(sqlite_engine: Engine, tmp_path: Path) -> None:
    import_file(sqlite_engine, _export(tmp_path / "one.ndjson", 2))
    with sqlite_engine.begin() as connection:
        before = _indexes(connection)
        with indexes_after(connection, Message):
            assert _indexes(connection) == before


def test_the_first_import_ends_with_every_index_and_dedupes(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    with sqlite_engine.connect() as connection:
        before = _indexes(connection)
    export = _export(tmp_path / "z.ndjson", 30, per_ticket=2)
    first = import_file(sqlite_engine, export)
    again = import_file(sqlite_engine, export)
    with sqlite_engine.connect() as connection:
        assert _indexes(connection) == before
    assert (first.messages_new, again.messages_new) == (60, 0)


def test_a_cancelled_first_import_leaves_the_table_empty_with_its_indexes(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    with sqlite_engine.connect() as connection:
        before = _indexes(connection)
    export = _export(tmp_path / "big.ndjson", 6_000)  # more than one batch (5,000 messages)
    progress_updates = 0

    def cancel_after_the_first_batch(_progress: Progress) -> None:
        nonlocal progress_updates
        progress_updates += 1
        if progress_updates >= 2:  # the first update is the start, before any batch
            progress.cancel()

    progress = Progress(on_update=cancel_after_the_first_batch)
    with pytest.raises(Cancelled):
        import_file(sqlite_engine, export, progress=progress)
    with sqlite_engine.connect() as connection:
        assert _indexes(connection) == before
        assert connection.exec_driver_sql("SELECT count(*) FROM message").scalar() == 0
