"""``breakup-desk letter email``: the demo case's signed letter as an .eml draft, recorded on
the case (audited) before the file is written, and read back by two parsers."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import io
import json
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.audit import case_events, verify_chain
from desk.case.outbound import outbound_of
from desk.cli import main
from desk.db.engine import open_database
from desk.db.models import CaseState, Letter
from desk.demo.generator import PLANTED_EMAIL, PLANTED_NAME
from desk.documents.letter_store import LetterOptions, build_letter_context
from desk.documents.letter_text import fill
from desk.documents.mail_send import PASSWORD_ENV
from tests.conftest import demo_copy
from tests.desk.documents.certs import PASSWORD, make_pki
from tests.desk.documents.mail_case import demo_case
from tests.desk.documents.mail_parsers import read_with_mblaze
from tests.desk.documents.smtp_server import HOST, Mailbox, smtp_server

pytestmark = pytest.mark.slow  # a demo database, letters drafted and signed through the CLI

FROM = "dana.whitfield@lumen-ledger.example"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    url = demo_copy(demo_template, tmp_path_factory.mktemp("mail-demo"))
    assert main(["-q", "--db", url, "letter", "mail-settings", "--from", FROM]) == 0
    return url


def _signed_letter(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, *extra: str
) -> tuple[int, int]:
    case_id = demo_case(url, CaseState.APPROVED)
    pdf = tmp_path / f"letter-{case_id}.pdf"
    draft = ["-q", "--db", url, "letter", "draft", str(case_id), "--lang", lang, "--out", str(pdf)]
    assert main([*draft, *extra]) == 0
    engine = open_database(url)
    with Session(engine) as session:
        letter_id = session.scalars(select(Letter.id).where(Letter.case_id == case_id)).one()
    engine.dispose()
    monkeypatch.setenv("COO_PASSWORD", PASSWORD.decode())
    p12 = make_pki(tmp_path).p12
    sign = ["--p12", str(p12), "--password-env", "COO_PASSWORD", "--letter", str(letter_id)]
    assert main(["-q", "--db", url, "letter", "sign", str(pdf), *sign]) == 0
    return case_id, letter_id


def test_the_signed_letter_becomes_a_draft_both_parsers_read(
    demo_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id, letter_id = _signed_letter(demo_db, tmp_path, monkeypatch, "ru")
    eml = tmp_path / "letter.eml"
    assert main(["-q", "--db", demo_db, "letter", "email", str(case_id), "--out", str(eml)]) == 0

    engine = open_database(demo_db)
    with Session(engine) as session:
        letter = session.get_one(Letter, letter_id)
        [record] = outbound_of(session, case_id)
        context = build_letter_context(
            session, case_id, LetterOptions(language="ru", today=letter.created_at.date())
        )
        events = [e for e in case_events(session, case_id) if e.action == "letter.email_drafted"]
        assert verify_chain(session).ok
        signed_sha = letter.signed_sha256
    engine.dispose()
    expected = fill(context)
    assert expected.subject.startswith("Тема") is False and "Прекращение" in expected.subject
    assert (record.kind, record.status, record.letter_id) == ("end", "drafted", letter_id)
    assert record.pdf_sha256 == signed_sha
    [event] = events
    detail = json.loads(event.detail)
    assert detail["message_id"] == record.message_id and detail["sha256"] == signed_sha

    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["From"].addresses[0].addr_spec == FROM
    assert message["From"].addresses[0].display_name == "Dana Whitfield"
    assert message["To"].addresses[0].addr_spec == PLANTED_EMAIL
    assert message["Subject"] == expected.subject
    assert message["Message-ID"] == record.message_id
    assert message["X-Unsent"] == "1"
    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    assert plain is not None and html is not None
    assert plain.get_content().startswith(f"Уважаемый(ая) {PLANTED_NAME}!")
    assert "«I will file a chargeback with my bank»" in plain.get_content()
    assert "«I will file a chargeback with my bank»" in html.get_content()
    [pdf] = message.iter_attachments()
    assert pdf.get_content_type() == "application/pdf"
    assert hashlib.sha256(pdf.get_content()).hexdigest() == signed_sha

    view = read_with_mblaze(eml)
    assert view.headers["subject"] == expected.subject
    assert view.headers["to"] == f"{PLANTED_NAME} <{PLANTED_EMAIL}>"
    assert view.headers["x-unsent"] == "1"
    assert view.parts["application/pdf"][1] == f"letter-case-{case_id}.pdf"
    assert hashlib.sha256(view.body("application/pdf")).hexdigest() == signed_sha
    assert "Прекращение" in view.body("text/html").decode("utf-8")


def test_nothing_is_written_or_recorded_when_the_mail_would_be_wrong(
    demo_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case_id = demo_case(demo_db, CaseState.APPROVED)
    pdf = tmp_path / "unsigned.pdf"
    assert main(["-q", "--db", demo_db, "letter", "draft", str(case_id), "--out", str(pdf)]) == 0
    eml = tmp_path / "x.eml"
    assert main(["--db", demo_db, "letter", "email", str(case_id), "--out", str(eml)]) == 1
    assert "is not signed yet" in capsys.readouterr().err
    # drafted with an end date the case does not hold: the template refilled would disagree
    dated, _ = _signed_letter(demo_db, tmp_path, monkeypatch, "sv", "--end-date", "2027-01-31")
    assert main(["--db", demo_db, "letter", "email", str(dated), "--out", str(eml)]) == 1
    assert "differs from letter" in capsys.readouterr().err
    assert not eml.exists()
    engine = open_database(demo_db)
    with Session(engine) as session:
        assert outbound_of(session, case_id) == [] and outbound_of(session, dated) == []
        letter = session.scalars(select(Letter).where(Letter.case_id == dated)).one()
        context = build_letter_context(
            session,
            dated,
            LetterOptions(
                language="sv",
                today=letter.created_at.date(),
                end_date=dt.date(2027, 1, 31),
            ),
        )
    engine.dispose()
    body = tmp_path / "body.txt"
    body.write_text(fill(context).body, encoding="utf-8")
    command = ["-q", "--db", demo_db, "letter", "email", str(dated), "--out", str(eml)]
    assert main([*command, "--body", str(body)]) == 0
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["Subject"].startswith("Vi avslutar")
    assert "31 januari 2027" in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]


# -- sending through a real SMTP server on loopback -------------------------------------------

SMTP_USER = "dana"
SMTP_PASSWORD = "Smtp-Pa55-9c1e-never-logged"  # greppable: it must not reach a file or an error


def _settings(url: str, mailbox: Mailbox, security: str) -> None:
    server = ["--host", HOST, "--port", str(mailbox.port), "--user", SMTP_USER]
    tls = ["--security", security, "--ca-file", str(mailbox.ca_file)]
    assert main(["-q", "--db", url, "letter", "mail-settings", *server, *tls]) == 0


def _no_password_anywhere(url: str, *files: Path) -> None:
    database = Path(url.removeprefix("sqlite:///"))
    for path in (database, *files, *database.parent.glob("*-wal")):
        if path.exists():
            assert SMTP_PASSWORD.encode() not in path.read_bytes(), path


@pytest.mark.usefixtures("secret_service")
def test_send_over_starttls_with_the_password_from_a_real_keyring(
    demo_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case_id, letter_id = _signed_letter(demo_db, tmp_path, monkeypatch, "es")
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    with smtp_server(tmp_path, "starttls", SMTP_USER, SMTP_PASSWORD) as mailbox:
        _settings(demo_db, mailbox, "starttls")
        monkeypatch.setattr("sys.stdin", io.StringIO(SMTP_PASSWORD + "\n"))
        assert main(["-q", "--db", demo_db, "letter", "mail-password"]) == 0
        sent = tmp_path / "sent.eml"
        command = ["--db", demo_db, "letter", "email", str(case_id), "--out", str(sent)]
        assert main([*command, "--send"]) == 0
    [received] = mailbox.received
    assert received.login == SMTP_USER and mailbox.refused_logins == 0
    assert received.mail_from == FROM and received.rcpt_tos == [PLANTED_EMAIL]
    # what the server got is the file byte for byte (it adds no header of its own here)
    assert received.content.rstrip(b"\r\n") == sent.read_bytes().rstrip(b"\r\n")
    message = email.message_from_bytes(received.content, policy=policy.default)
    assert message["X-Unsent"] is None  # the draft marker never goes out
    assert message["Subject"].startswith("Fin de nuestro servicio")
    [pdf] = message.iter_attachments()
    engine = open_database(demo_db)
    with Session(engine) as session:
        [record] = outbound_of(session, case_id)
        signed_sha = session.get_one(Letter, letter_id).signed_sha256
        actions = [e.action for e in case_events(session, case_id)]
    engine.dispose()
    assert (record.status, record.message_id) == ("sent", message["Message-ID"])
    assert hashlib.sha256(pdf.get_content()).hexdigest() == record.pdf_sha256 == signed_sha
    assert actions[-1] == "letter.email_sent"
    assert SMTP_PASSWORD not in capsys.readouterr().out
    _no_password_anywhere(demo_db, sent)


@pytest.mark.usefixtures("no_keyring")
def test_implicit_tls_with_the_environment_fallback_and_a_refused_login(
    demo_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case_id, _ = _signed_letter(demo_db, tmp_path, monkeypatch, "en")
    out = tmp_path / "sent.eml"
    command = ["--db", demo_db, "letter", "email", str(case_id), "--out", str(out), "--send"]
    with smtp_server(tmp_path, "tls", SMTP_USER, SMTP_PASSWORD) as mailbox:
        _settings(demo_db, mailbox, "tls")
        monkeypatch.delenv(PASSWORD_ENV, raising=False)
        assert main(command) == 1
        assert "no SMTP password" in capsys.readouterr().err
        monkeypatch.setenv(PASSWORD_ENV, "wrong-" + SMTP_PASSWORD)
        assert main(command) == 1
        error = capsys.readouterr().err
        assert "refused the login of dana" in error and SMTP_PASSWORD not in error
        assert not out.exists() and mailbox.received == []
        monkeypatch.setenv(PASSWORD_ENV, SMTP_PASSWORD)
        assert main(command) == 0
    [received] = mailbox.received
    assert received.content.rstrip(b"\r\n") == out.read_bytes().rstrip(b"\r\n")
    assert received.login == SMTP_USER and mailbox.refused_logins >= 1  # one per mechanism
    engine = open_database(demo_db)
    with Session(engine) as session:
        assert [r.status for r in outbound_of(session, case_id)] == ["sent"]
    engine.dispose()
    _no_password_anywhere(demo_db, out)
