"""The letter's e-mail as a message: headers, alternatives, the attachment, the draft marker;
read back by Python's email package and by mblaze, an independent parser in C."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from desk.documents.letter_email import MailParts, compose, html_body
from desk.errors import InputError
from desk.outputs import publish
from tests.desk.documents.mail_parsers import read_with_mblaze

PDF = b"%PDF-1.4\n% a stand-in: the attachment's bytes only need to survive the round trip\n"
RUSSIAN = "Предупреждение о ваших сообщениях нашим сотрудникам, и это длинная тема письма"


def _parts(**changes: str) -> MailParts:
    values = {
        "from_name": "Dana Whitfield",
        "from_address": "dana@lumen.example",
        "to_name": "Виктор Кранe",
        "to_address": "victor@krane.example",
        "subject": RUSSIAN,
        "body": (
            'Здравствуйте, <b>Виктор</b> & co,\n\n- 9 сентября: «a <script>»\n- "q"\n\nС уважением,'
        ),
        "language": "ru",
        "filename": "письмо-3.pdf",
    }
    values.update(changes)
    return MailParts(pdf=PDF, **values)


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_the_draft_parses_into_every_part() -> None:
    when = dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.UTC)
    mail = compose(_parts(), now=when)
    message = _parse(mail.as_bytes())
    assert message["From"].addresses[0].addr_spec == "dana@lumen.example"
    assert message["To"].addresses[0].display_name == "Виктор Кранe"
    assert message["Subject"] == RUSSIAN  # the long subject is folded without losing a space
    assert message["X-Unsent"] == "1"
    assert message["Message-ID"] == mail.message_id and mail.message_id.endswith("@lumen.example>")
    assert message["Date"].datetime == when
    assert message["Content-Language"] == "ru"
    assert message.get_content_type() == "multipart/mixed"
    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    assert plain is not None and html is not None
    assert "<b>Виктор</b> & co" in plain.get_content()
    [attachment] = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "письмо-3.pdf"
    assert hashlib.sha256(attachment.get_content()).hexdigest() == mail.pdf_sha256
    assert mail.pdf_sha256 == hashlib.sha256(PDF).hexdigest()
    assert mail.as_bytes().count(b"MIME-Version") == 1


def test_the_html_alternative_escapes_the_letter() -> None:
    page = html_body('Hi <b>you</b> & "them"\n\n- <script>alert(1)</script>', "en", "A & B")
    assert "<b>" not in page and "<script>" not in page
    assert "Hi &lt;b&gt;you&lt;/b&gt; &amp; &quot;them&quot;" in page
    assert "<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>" in page
    assert "<title>A &amp; B</title>" in page


def test_mblaze_reads_the_same_message(tmp_path: Path) -> None:
    mail = compose(_parts())
    path = tmp_path / "letter.eml"
    publish(path, mail.as_bytes())
    view = read_with_mblaze(path)
    assert view.headers["subject"] == RUSSIAN
    assert view.headers["from"] == "Dana Whitfield <dana@lumen.example>"
    assert view.headers["to"] == "Виктор Кранe <victor@krane.example>"
    assert view.headers["x-unsent"] == "1"
    assert {"text/plain", "text/html", "application/pdf"} <= set(view.parts)
    assert hashlib.sha256(view.body("application/pdf")).hexdigest() == mail.pdf_sha256
    assert "&lt;script&gt;" in view.body("text/html").decode("utf-8")
    assert "«a <script>»" in view.body("text/plain").decode("utf-8")


def test_sending_drops_only_the_draft_marker() -> None:
    mail = compose(_parts(subject="Plain ASCII subject"))
    sent = mail.for_sending()
    assert sent["X-Unsent"] is None and mail.message["X-Unsent"] == "1"
    draft_lines = mail.as_bytes().split(b"\r\n")
    assert [x for x in draft_lines if x != b"X-Unsent: 1"] == sent.as_bytes().split(b"\r\n")


@pytest.mark.parametrize(
    ("field", "value"), [("to_address", "not-an-address"), ("from_address", "a b@c")]
)
def test_a_bad_address_is_one_line(field: str, value: str) -> None:
    with pytest.raises(InputError, match="is not an e-mail address"):
        compose(_parts(**{field: value}))


def test_the_file_is_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "draft.eml"
    path.write_bytes(b"old")
    publish(path, b"new message")
    assert path.read_bytes() == b"new message"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.eml"]  # no temporary file left
    with pytest.raises(InputError, match="does not exist"):
        publish(tmp_path / "missing" / "x.eml", b"x")
