"""The command line: subcommands, exit codes, one-line errors, JSON output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cli import main
from tests.desk.ingest.test_zendesk_json import small_export


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


@pytest.mark.slow
def test_import_then_customers_json(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = small_export(tmp_path / "export.ndjson")
    assert main(["--db", db, "import", str(export)]) == 0
    out = capsys.readouterr().out
    assert "Zendesk JSON" in out and "(detected)" in out
    assert "6 new messages" in out
    assert main(["--db", db, "customers", "--top", "5", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["count"] for c in data["top"]] == [2, 1]
    assert data["top"][0]["email"] == "cora@example.com"
    assert data["mean"] == pytest.approx(1.5)


def test_import_json_lists_rejections(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.ndjson"
    bad.write_text('{"id": 1, "role": "end-user"}\n{"id": 2, "requester_id": 1}\n')
    assert main(["--db", db, "import", "--json", str(bad)]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert result["rejected"] == 1
    assert result["rejections"] == [
        {"line": 2, "record": None, "reason": "ticket 2: missing created_at"}
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "nowhere.json"], "nowhere.json: no such file"),
        (["import", "--format", "zendesk-json", "."], "is a folder"),
        (["--db", "not a url", "customers"], "is not a valid SQLAlchemy URL"),
    ],
)
def test_user_errors_are_one_line_with_exit_code_1(
    argv: list[str], message: str, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if argv[0] != "--db":
        argv = ["--db", db, *argv]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["import"])
    assert exc.value.code == 2
    assert "the following arguments are required: FILE" in capsys.readouterr().err


def test_db_upgrade_and_info(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "db", "upgrade"]) == 0
    assert "upgraded from empty to" in capsys.readouterr().out
    assert main(["--db", db, "db", "upgrade"]) == 0
    assert "already at revision" in capsys.readouterr().out
    assert main(["--db", db, "db", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["revision"] == info["head"] and info["customers"] == 0


@pytest.mark.slow
def test_help_on_every_level_and_the_installed_script(tmp_path: Path) -> None:
    env = {**os.environ, "BREAKUP_DESK_DB": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    for argv in ([], ["import"], ["customers"], ["db"], ["db", "upgrade"], ["demo"]):
        result = subprocess.run(
            [sys.executable, "-m", "desk.cli", *argv, "--help"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("usage: breakup-desk")


@pytest.mark.parametrize(
    ("where", "message"),
    [
        (
            "{tmp}/notes.txt/sub/x.sqlite3",
            "cannot create the database folder {tmp}/notes.txt/sub: {tmp}/notes.txt is a file",
        ),
        (
            "sqlite:///{tmp}/notes.txt/sub/x.sqlite3",
            "cannot create the database folder {tmp}/notes.txt/sub: {tmp}/notes.txt is a file",
        ),
        (
            "sqlite:///{tmp}/notes.txt/x.sqlite3",
            "cannot create the database folder {tmp}/notes.txt: {tmp}/notes.txt is a file",
        ),
        ("{tmp}", "the database {tmp} is a folder; give a file in it, e.g. {tmp}/{name}"),
        ("sqlite:///{tmp}", "the database {tmp} is a folder; give a file in it, e.g. {tmp}/{name}"),
        ("{tmp}/notes.txt", "cannot open database sqlite:///{tmp}/notes.txt: {not_a_db}"),
    ],
)
def test_a_db_path_that_cannot_be_a_database_is_one_line(
    where: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("not a database\n")
    tmp = str(tmp_path)
    assert main(["--db", where.format(tmp=tmp), "customers"]) == 1
    err = capsys.readouterr().err
    expected = message.format(
        tmp=tmp, name="breakup-desk.sqlite3", not_a_db="file is not a database"
    )
    assert err == f"breakup-desk: error: {expected}\n"
    assert (tmp_path / "notes.txt").read_text() == "not a database\n"


@pytest.mark.slow
def test_a_db_path_is_taken_as_a_sqlite_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new folder" / "desk.sqlite3"
    assert main(["--db", str(path), "db", "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["customers"] == 0
    assert path.is_file() and path.stat().st_mode & 0o077 == 0
