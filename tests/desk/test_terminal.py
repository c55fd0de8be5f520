"""What the CLI prints is safe on a terminal: an export's names and bodies cannot clear the
screen, set the title, write the clipboard or reorder a line; and ``| head`` ends quietly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.cli import BROKEN_PIPE, main
from desk.commands.terminal import clean, clean_json, clean_line
from desk.db.engine import open_database
from desk.db.models import Message

ROOT = Path(__file__).resolve().parents[2]

CLIPBOARD = "\x1b]52;c;ZXZpbA==\x07"  # OSC 52: write "evil" to the clipboard
ATTACK = CLIPBOARD + "\x1b[2J" + "\x1b]0;title\x07" + "\u202e" + "\x9b2J"  # + 8-bit CSI
ABUSE = "You are a fucking idiot and I will kill you if this is not fixed."


def _unsafe(text: str) -> list[str]:
    """The characters in ``text`` a terminal would act on (newlines and tabs are layout)."""
    return [
        c
        for c in text
        if (ord(c) < 0x20 and c not in "\n\t")
        or 0x7F <= ord(c) <= 0x9F
        or 0x202A <= ord(c) <= 0x202E
        or 0x2066 <= ord(c) <= 0x2069
    ]


def _export(path: Path, name: str, body: str, customers: int = 1) -> Path:
    """A Zendesk NDJSON export: ``customers`` customers called ``name`` (numbered after the
    first), each with one ticket whose comment is ``body``."""
    objects: list[dict[str, Any]] = []
    for i in range(1, customers + 1):
        objects.append(
            {
                "id": i,
                "name": name if i == 1 else f"{name} {i}",
                "email": f"c{i}@example.org",
                "role": "end-user",
            }
        )
        objects.append(
            {
                "id": 10_000 + i,
                "requester_id": i,
                "subject": "Invoice " + ATTACK,
                "created_at": "2024-03-01T09:00:00Z",
                "comments": [
                    {
                        "id": 20_000 + i,
                        "author_id": i,
                        "body": body,
                        "created_at": "2024-03-01T09:00:00Z",
                    }
                ],
            }
        )
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def test_clean_escapes_controls_visibly_and_keeps_layout() -> None:
    assert clean("a\x1b[2Jb\u202ec\x9bd\x7f\n\te\r") == "a\\x1b[2Jb\\u202ec\\x9bd\\x7f\n\te\\x0d"
    assert clean_line("one\ntwo\tthree") == "one\\x0atwo\\x09three"
    assert clean("Zoë Ünal — 東京 🙂") == "Zoë Ünal — 東京 🙂"  # letters are not controls


def test_clean_json_parses_to_the_same_data() -> None:
    data = {"name": "x\u202ey\x9b\x7f"}
    document = clean_json(json.dumps(data, ensure_ascii=False))
    assert not _unsafe(document) and json.loads(document) == data


@pytest.mark.slow
def test_listings_escape_an_exports_control_sequences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    export = _export(
        tmp_path / "export.ndjson", f"Rex {ATTACK} Rude", ABUSE.replace("idiot", f"idiot {ATTACK}")
    )
    assert main(["--db", db, "import", str(export)]) == 0  # imports and scans
    engine = open_database(db)
    with Session(engine) as session:
        message = session.scalars(select(Message.id)).one()  # the customer's only message
    engine.dispose()
    assert main(["--db", db, "case", "open", "c1@example.org"]) == 0
    assert main(["--db", db, "case", "add-evidence", "1", "--message", str(message)]) == 0
    capsys.readouterr()

    for command in (["customers"], ["flags", "c1@example.org"], ["case", "show", "1"]):
        assert main(["--db", db, *command]) == 0
        out, err = capsys.readouterr()
        assert not _unsafe(out + err), (command, out)
        assert "\\x1b]" in out and "\\u202e" in out, (command, out)  # shown, not obeyed
    assert main(["--db", db, "customers", "--json"]) == 0
    out = capsys.readouterr().out
    assert not _unsafe(out) and json.loads(out)["top"][0]["name"] == f"Rex {ATTACK} Rude"
    assert main(["--db", db, "case", "show", "1", "--json"]) == 0
    out = capsys.readouterr().out
    assert not _unsafe(out) and json.loads(out)["customer"]["name"] == f"Rex {ATTACK} Rude"


@pytest.mark.slow
def test_a_reader_that_stops_early_ends_the_listing_quietly(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    export = _export(tmp_path / "many.ndjson", "Customer with a long name " * 3, "Hello.", 3000)
    assert main(["--db", db, "--quiet", "import", "--no-scan", str(export)]) == 0
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-m", "desk.cli", "--db", db, "customers", "--top", "3000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        cwd=ROOT,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().startswith(b"#")
        process.stdout.close()  # as `head -1` does: the rest (> the pipe's buffer) cannot go
        err = process.stderr.read()
        code = process.wait(timeout=60)
    assert err == b""
    assert code == BROKEN_PIPE
