"""An attacker with write access to the database file, and what ``verify`` says afterwards.

Each edit is raw SQL through a separate connection (``sqlite3``), as someone with the file and
a SQLite shell would make it; the app's own code only reads afterwards.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case import cases, evidence, evidence_items
from desk.case.audit import event_hash, head_hash
from desk.cli import main
from desk.db.engine import open_database
from desk.db.models import AuditEvent, Evidence
from tests.desk.case.conftest import build_customer

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00screenshot of a post" * 4


@dataclass(frozen=True)
class Built:
    url: str
    path: Path
    case_id: int
    quote_id: int
    conversation_id: int
    attachment_evidence_id: int
    attachment_id: int


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Built]:
    """A draft case with a quote, a whole conversation, a screenshot and a note, with this
    test's own data folder (so its checkpoints are its own)."""
    monkeypatch.setenv("BREAKUP_DESK_HOME", str(tmp_path / "home"))
    path = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{path}"
    engine = open_database(url)
    try:
        with Session(engine) as session:
            victor = build_customer(session)
            case = cases.open_case(session, victor.customer_id, "Dana")
            quote = evidence.add_quote(
                session, case.id, victor.message_ids[0], "Dana", quote="useless idiot"
            )
            whole = evidence.add_conversation(session, case.id, victor.conversation_ids[1], "Dana")
            shot = tmp_path / "post.png"
            shot.write_bytes(PNG)
            attached = evidence.add_attachment(session, case.id, shot, "Dana")
            evidence.add_note(session, case.id, "Called him twice; he hung up.", "Dana")
            assert attached.attachment_id is not None
            yield Built(url, path, case.id, quote.id, whole.id, attached.id, attached.attachment_id)
    finally:
        engine.dispose()


def run(url: str, *args: str, capsys: pytest.CaptureFixture[str], code: int = 0) -> str:
    result = main(["-q", "--db", url, *args])
    captured = capsys.readouterr()
    assert result == code, captured.out + captured.err
    return captured.out + captured.err


def attack(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Edit the database behind the app's back."""
    connection = sqlite3.connect(path)
    try:
        for sql, params in statements:
            connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_an_untouched_case_verifies_clean(built: Built, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(built.url, "audit", "verify", capsys=capsys)
    assert "The audit log is intact" in out and "ALTERED" not in out
    assert "still holds all 5 checkpoints" in out
    out = run(built.url, "case", "verify", str(built.case_id), capsys=capsys)
    assert "every evidence item matches" in out
    out = run(built.url, "case", "show", str(built.case_id), capsys=capsys)
    assert "ALTERED" not in out


# (what the attacker edits, the SQL, the part verify must name)
EDITS = {
    "quote": "the quote",
    "message": "the case's copy of the message",
    "attachment": "the attachment",
}


def _edit(built: Built, what: str) -> int:
    """Make the edit, covering its tracks in the row's own hash column; return the item."""
    if what == "quote":
        attack(
            built.path, ("UPDATE evidence SET quote = ? WHERE id = ?", ("idiot", built.quote_id))
        )
        return built.quote_id
    if what == "message":
        kinder = "[2026-03-04 09:30] customer: Thanks for your help."
        attack(
            built.path,
            (
                "UPDATE evidence SET message_text = ?, message_sha256 = ? WHERE id = ?",
                (kinder, sha(kinder.encode()), built.conversation_id),
            ),
        )
        return built.conversation_id
    other = PNG + b"cropped"
    attack(
        built.path,
        (
            "UPDATE attachment SET data = ?, sha256 = ?, size = ? WHERE id = ?",
            (other, sha(other), len(other), built.attachment_id),
        ),
        (
            "UPDATE evidence SET message_sha256 = ? WHERE id = ?",
            (sha(other), built.attachment_evidence_id),
        ),
    )
    return built.attachment_evidence_id


@pytest.mark.parametrize("what", sorted(EDITS))
@pytest.mark.slow
def test_an_edited_item_is_named_and_shown_altered(
    built: Built, what: str, capsys: pytest.CaptureFixture[str]
) -> None:
    item = _edit(built, what)
    named = f"case #{built.case_id}, evidence #{item}: {EDITS[what]} no longer match"

    out = run(built.url, "audit", "verify", capsys=capsys, code=1)
    assert named in out, out
    assert out.count("Evidence ALTERED") == 1  # the other items are still as captured
    out = run(built.url, "case", "verify", str(built.case_id), capsys=capsys, code=1)
    assert named in out, out

    out = run(built.url, "case", "show", str(built.case_id), capsys=capsys)
    [row] = [line for line in out.splitlines() if "ALTERED" in line]
    assert row.split()[0] == str(item)
    shown = json.loads(run(built.url, "case", "show", str(built.case_id), "--json", capsys=capsys))
    by_id = {e["id"]: e for e in shown["evidence"]}
    assert by_id[item]["sha256"] is None and by_id[item]["altered"]
    assert all(e["sha256"] for i, e in by_id.items() if i != item)


def test_deleting_the_last_events_is_caught_by_the_checkpoint(
    built: Built, capsys: pytest.CaptureFixture[str]
) -> None:
    before = json.loads(run(built.url, "audit", "verify", "--json", capsys=capsys))
    last, head = before["events"], before["head"]
    attack(built.path, ("DELETE FROM audit_event WHERE id = ?", (last,)))

    out = run(built.url, "audit", "verify", capsys=capsys, code=3)
    assert f"the log reached event #{last} on " in out
    assert f"(head {head[:8]}…); it now ends at event #{last - 1}: events were deleted" in out
    # The head a brief printed before the cut is gone too (this check predates checkpoints).
    out = run(built.url, "audit", "verify", "--head", head, capsys=capsys, code=3)
    assert f"The hash {head} is NOT in the chain" in out


def test_a_head_that_was_never_in_the_log_fails(
    built: Built, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(built.url, "audit", "verify", "--head", "ab" * 32, capsys=capsys, code=4)
    assert "NOT in the chain" in out and "every evidence item matches" in out.lower()


def test_a_log_rewritten_with_recomputed_hashes_is_caught(
    built: Built, capsys: pytest.CaptureFixture[str]
) -> None:
    """The chain alone cannot see this: the attacker edits the quote and its capture event
    and recomputes every hash from there on. The checkpoints still hold the old hashes."""
    engine = open_database(built.url)
    try:
        with Session(engine) as session:
            item = session.get_one(Evidence, built.quote_id)
            item.quote = "idiot"
            capture = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "evidence.quote")
            ).one()
            detail = json.loads(capture.detail)
            detail.update(quote="idiot", digest=evidence_items.evidence_digest(item))
            capture.detail = json.dumps(detail, sort_keys=True, separators=(",", ":"))
            prev = None
            for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
                event.prev_hash = prev or event.prev_hash
                event.hash = event_hash(
                    event.prev_hash,
                    event.case_id,
                    event.at,
                    event.actor,
                    event.action,
                    event.detail,
                )
                prev = event.hash
            session.commit()  # plain UPDATEs: nothing here appends an event
            assert head_hash(session) == prev
    finally:
        engine.dispose()

    out = run(built.url, "case", "verify", str(built.case_id), capsys=capsys)
    assert "every evidence item matches" in out  # the capture record was rewritten too
    out = run(built.url, "audit", "verify", capsys=capsys, code=3)
    assert "The audit log is intact" in out  # the chain is self-consistent again...
    assert "The audit log was CUT: event #" in out and "is a different event" in out  # ...but


def test_a_rolled_back_event_leaves_no_checkpoint(
    built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk.case.audit import append_event
    from desk.config import checkpoints_path

    lines = checkpoints_path().read_text().splitlines()
    engine = open_database(built.url)
    try:
        with Session(engine) as session:
            append_event(session, actor="Dana", action="test.rolled_back", case_id=None, detail={})
            session.rollback()
            assert checkpoints_path().read_text().splitlines() == lines
            event = append_event(session, actor="Dana", action="test.kept", case_id=None, detail={})
            event_id, kept = event.id, event.hash
            session.commit()
    finally:
        engine.dispose()
    newest = json.loads(checkpoints_path().read_text().splitlines()[-1])
    assert (newest["event"], newest["head"]) == (event_id, kept)
    assert newest["database"] == f"sqlite:///{built.path.resolve()}"


def test_a_team_database_is_keyed_without_its_password() -> None:
    from sqlalchemy.engine import make_url

    from desk.case.checkpoints import database_key

    key = database_key(make_url("postgresql+psycopg://dana:s3cret@db.example/desk"))
    assert key == "postgresql+psycopg://dana@db.example/desk"


@pytest.mark.slow
def test_the_brief_does_not_call_an_altered_quote_unedited(built: Built) -> None:
    from pypdf import PdfReader

    from desk.documents.brief.assemble import brief_content
    from desk.documents.brief.render import render_brief

    def brief_text() -> str:
        engine = open_database(built.url)
        try:
            with Session(engine) as session:
                content = brief_content(session, built.case_id, prepared_by="Dana", charts=False)
        finally:
            engine.dispose()
        pdf = io.BytesIO()
        render_brief(content, pdf)
        pdf.seek(0)
        return " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())

    assert "Quotes are exact and unedited" in brief_text()
    _edit(built, "quote")
    text = brief_text()
    assert "Quotes are exact and unedited" not in text
    assert "CANNOT be vouched for as unedited" in text
    assert f"evidence #{built.quote_id}: the quote no longer match" in text
