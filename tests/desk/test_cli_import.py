"""``breakup-desk import``: a file that yields nothing is an error, reasons are readable, and
the new messages are read for abuse unless ``--no-scan``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from desk.cli import main
from desk.db.engine import open_database
from desk.db.models import Base, Flag, Message, Rejection

ABUSE = "You are a fucking idiot and I will kill you if this is not fixed."


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def _rows(db: str) -> dict[str, int]:
    """Every table's row count: the database "as it was" is the same counts."""
    engine = open_database(db)
    try:
        with engine.connect() as connection:
            return {
                table.name: connection.scalar(select(func.count()).select_from(table)) or 0
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def _count(db: str, model: Any) -> int:
    engine: Engine = open_database(db)
    try:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(model)) or 0
    finally:
        engine.dispose()


def _export(path: Path, body: str = ABUSE) -> Path:
    """A Zendesk NDJSON export: a customer, an agent, one ticket whose first comment is
    ``body`` (the customer's) and the agent's reply."""
    objects: list[dict[str, Any]] = [
        {"id": 1, "name": "Rex Rude", "email": "rex@example.org", "role": "end-user"},
        {"id": 900, "name": "Agent Ann", "email": "ann@desk.example", "role": "agent"},
        {
            "id": 10,
            "requester_id": 1,
            "subject": "Invoice",
            "created_at": "2024-03-01T09:00:00Z",
            "comments": [
                {"id": 100, "author_id": 1, "body": body, "created_at": "2024-03-01T09:00:00Z"},
                {
                    "id": 101,
                    "author_id": 900,
                    "body": "We are looking into it.",
                    "created_at": "2024-03-01T10:00:00Z",
                },
            ],
        },
    ]
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def _garbage(path: Path) -> Path:
    """Binary bytes with terminal control sequences in them, as a damaged download has."""
    path.write_bytes(b"\x1b[2J\x1b]0;owned\x07\x00\xff\xfe" + bytes(range(256)) * 8)
    return path


@pytest.mark.slow
def test_a_forced_format_that_reads_no_record_is_an_error_and_changes_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _rows(db)
    garbage = _garbage(tmp_path / "garbage.bin")
    assert main(["--db", db, "import", "--format", "zendesk-json", str(garbage)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"breakup-desk: error: {garbage}: no record could be read as Zendesk")
    assert err.count("\n") == 1 and err[:-1].isprintable(), err
    assert "\\x" not in err  # the parser's words, not the file's bytes
    assert _rows(db) == before


@pytest.mark.slow
@pytest.mark.parametrize("name", ["helpscout-json", "intercom-json", "email", "zendesk-xml"])
def test_garbage_forced_as_any_format_is_one_readable_line(
    name: str, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _rows(db)
    garbage = _garbage(tmp_path / "garbage.bin")
    assert main(["--db", db, "import", "--format", name, str(garbage)]) == 1
    err = capsys.readouterr().err
    assert str(garbage) in err and err.count("\n") == 1 and err[:-1].isprintable(), err
    assert "\\x" not in err and "b'" not in err  # no bytes literal quoting the file
    assert _rows(db) == before


def test_rejection_reasons_quoting_the_file_are_escaped(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = _export(tmp_path / "export.ndjson")
    with export.open("a", encoding="utf-8") as handle:  # a ticket whose id is a terminal attack
        handle.write(json.dumps({"id": "7\x1b[2J\u202e", "requester_id": 1}) + "\n")
    assert main(["--db", db, "import", "--no-scan", str(export)]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if "line 4" in line]
    assert line.isprintable() and "ticket 7\\x1b[2J\\u202e: missing created_at" in line
    engine = open_database(db)
    with Session(engine) as session:
        assert session.scalars(select(Rejection.reason)).one().isprintable()
    engine.dispose()


@pytest.mark.slow
def test_import_reads_the_new_messages_for_abuse(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db, "import", str(_export(tmp_path / "export.ndjson"))]) == 0
    out = capsys.readouterr().out
    assert "read 1 new messages from customers for abuse: " in out
    assert _count(db, Flag) > 0
    assert f"{_count(db, Flag)} suggestions" in out


def test_no_scan_skips_the_abuse_reading(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db, "import", "--no-scan", str(_export(tmp_path / "e.ndjson"))]) == 0
    assert "for abuse" not in capsys.readouterr().out
    assert _count(db, Message) == 2 and _count(db, Flag) == 0


@pytest.mark.slow
def test_import_json_reports_the_scan(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db, "import", "--json", str(_export(tmp_path / "e.ndjson"))]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert result["scan"]["messages"] == 1 and result["scan"]["suggestions"] == _count(db, Flag)


def test_a_scan_that_fails_keeps_the_import_and_says_how_to_rerun_it(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_database(db)
    with engine.begin() as connection:  # a database that refuses flags: the scan's writes fail
        connection.execute(
            text(
                "CREATE TRIGGER no_flags BEFORE INSERT ON flag "
                "BEGIN SELECT RAISE(ABORT, 'flags refused'); END"
            )
        )
    engine.dispose()
    export = _export(tmp_path / "export.ndjson")
    assert main(["--db", db, "import", str(export)]) == 0
    captured = capsys.readouterr()
    assert "2 new messages" in captured.out
    warning = captured.err.strip()
    assert warning.startswith(f"breakup-desk: warning: {export} was imported, but reading")
    assert "flags refused" in warning and "run `breakup-desk scan`" in warning
    assert captured.err.count("\n") == 1
    assert _count(db, Message) == 2 and _count(db, Flag) == 0
