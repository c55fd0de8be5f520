"""When the machine, not the program, stops a command (another writer holds the database, the
disk is full) the CLI says so in one line, without the SQL or the customers' messages."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from desk.cli import main
from desk.db.engine import BUSY_TIMEOUT_ENV, open_database
from desk.db.failures import BUSY

SECRET = "the customer's private words "


def _export(path: Path, messages: int = 40) -> Path:
    """A Zendesk NDJSON export of one customer with ``messages`` long, private messages."""
    objects: list[dict[str, Any]] = [
        {"id": 1, "name": "Pat Private", "email": "pat@example.org", "role": "end-user"},
        {
            "id": 10,
            "requester_id": 1,
            "subject": "Invoice",
            "created_at": "2024-03-01T09:00:00Z",
            "comments": [
                {
                    "id": 100 + i,
                    "author_id": 1,
                    "body": f"{i} " + SECRET * 60,
                    "created_at": "2024-03-01T09:00:00Z",
                }
                for i in range(messages)
            ],
        },
    ]
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A migrated, empty database file."""
    path = tmp_path / "desk.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    return path


def test_a_second_writer_is_told_the_database_is_busy(
    database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "0.2")
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another import, mid-write
    try:
        code = main(["--db", f"sqlite:///{database}", "identities", "company-domains", "a.com"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1
    assert capsys.readouterr().err == f"breakup-desk: error: {BUSY}\n"


def test_a_bad_busy_timeout_is_one_line(
    database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "soon")
    assert main(["--db", f"sqlite:///{database}", "customers"]) == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("breakup-desk: error: BREAKUP_DESK_BUSY_TIMEOUT=") and err.count("\n") == 1
    )


@pytest.fixture
def full_disk(database: Path) -> Iterator[Path]:
    """Every new connection may grow the database by two pages only, so an import's inserts
    fail with SQLite's real SQLITE_FULL, as on a full disk."""

    def limit(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages + 2}")
        cursor.close()

    event.listen(Engine, "connect", limit)
    try:
        yield database
    finally:
        event.remove(Engine, "connect", limit)


def test_a_full_disk_is_one_line_naming_the_folder_and_no_message(
    full_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = _export(tmp_path / "export.ndjson")
    assert main(["--db", f"sqlite:///{full_disk}", "--quiet", "import", str(export)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"breakup-desk: error: the disk holding {full_disk.parent} is full; nothing was imported\n"
    )
    assert "private" not in err and "INSERT" not in err
