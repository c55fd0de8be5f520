"""SQLite's per-row foreign-key checks, off for an import's transaction
(:func:`desk.db.bulk.foreign_keys_off`), and what keeps its references right without them: the
loader's own count of the rows whose ids it chose (``insert_rows(..., all_new=True)``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine

from desk.db.bulk import IncompleteInsert, foreign_keys_off, insert_rows, time_param
from desk.db.models import Customer, Message
from desk.errors import Cancelled
from desk.ingest.loader import import_file
from desk.progress import Progress
from tests.desk.ingest.test_zendesk_json import USERS, _comment, _ticket, write_ndjson


def _foreign_keys(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA foreign_keys").scalar() or 0)


def _export(path: Path, tickets: int) -> Path:
    return write_ndjson(
        path,
        [
            *USERS,
            *(
                _ticket(
                    t,
                    1 + t % 3,
                    [_comment(t * 10, 1 + t % 3, "hi"), _comment(t * 10 + 1, 900, "ok")],
                )
                for t in range(1, tickets + 1)
            ),
        ],
    )


def test_the_checks_are_off_inside_the_block_and_back_after(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as connection:
        assert _foreign_keys(connection) == 1
        connection.commit()  # the read began a transaction: the block must begin its own
        with foreign_keys_off(connection) as off, connection.begin():
            assert off
            assert _foreign_keys(connection) == 0
        assert _foreign_keys(connection) == 1


def test_a_connection_already_in_a_transaction_keeps_its_checks(sqlite_engine: Engine) -> None:
    with sqlite_engine.begin() as connection, foreign_keys_off(connection) as off:
        assert not off
        assert _foreign_keys(connection) == 1


def test_the_checks_come_back_after_a_failed_block(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as connection:
        with pytest.raises(RuntimeError), foreign_keys_off(connection), connection.begin():
            raise RuntimeError("boom")
        assert _foreign_keys(connection) == 1


def test_an_import_leaves_no_dangling_reference_and_the_checks_on(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    export = _export(tmp_path / "z.ndjson", 40)
    first = import_file(sqlite_engine, export)
    again = import_file(sqlite_engine, export)  # idempotent, with the checks off as well
    assert (first.messages_new, again.messages_new) == (80, 0)
    with sqlite_engine.connect() as connection:
        assert list(connection.exec_driver_sql("PRAGMA foreign_key_check")) == []
        assert _foreign_keys(connection) == 1  # the pooled connection got its checks back


def test_a_cancelled_import_gives_the_checks_back(sqlite_engine: Engine, tmp_path: Path) -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        import_file(sqlite_engine, _export(tmp_path / "z.ndjson", 5), progress=progress)
    with sqlite_engine.connect() as connection:
        assert _foreign_keys(connection) == 1
        assert (
            connection.exec_driver_sql(f"SELECT count(*) FROM {Message.__tablename__}").scalar()
            == 0
        )


def test_rows_whose_ids_were_chosen_must_all_go_in(engine: Engine) -> None:
    """A skipped row (its id taken) would leave what refers to it dangling: the insert
    refuses, and the caller's transaction rolls back."""
    columns = ("id", "display_name", "created_at")
    with engine.begin() as connection:
        created = time_param(connection)(dt.datetime(2024, 1, 1))
        rows = [(7, "Customer 7", created), (8, "Customer 8", created)]
        insert_rows(connection, Customer, columns, rows[:1], ["id"], all_new=True)
        insert_rows(connection, Customer, columns, rows, ["id"])  # 7 skipped: allowed here
        with pytest.raises(IncompleteInsert, match="only 0 of 1 new customer rows"):
            insert_rows(connection, Customer, columns, rows[:1], ["id"], all_new=True)
