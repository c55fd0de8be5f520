"""A letter as an e-mail: a standards-conformant message with the PDF attached.

The message is built with Python's :mod:`email` package (``EmailMessage``, the SMTP policy:
CRLF line ends, RFC 2047/2231 encoding of non-ASCII headers and file names): From the
signatory, To the customer, the letter's subject and text in the letter's language as
``text/plain`` and ``text/html`` alternatives, the PDF as ``application/pdf``, a Date, a
Message-ID and ``X-Unsent: 1`` so Outlook, Apple Mail and Thunderbird open the file as a draft
to check and send. A message that goes out over SMTP drops ``X-Unsent`` (a recipient's mail
program would otherwise open the letter as a draft of its own).
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import html
import re
import secrets
from dataclasses import dataclass
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import Policy
from email.utils import format_datetime, make_msgid

from desk.errors import InputError

UNSENT = "X-Unsent"
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")


@dataclass(frozen=True)
class MailParts:
    """What one letter's e-mail says; everything is plain text, escaped here for HTML."""

    from_name: str
    from_address: str
    to_name: str
    to_address: str
    subject: str
    body: str  # paragraphs separated by blank lines; "- " lines are list items
    language: str
    pdf: bytes
    filename: str


@dataclass(frozen=True)
class ComposedMail:
    message: EmailMessage
    message_id: str
    date: dt.datetime  # aware, the Date header's time
    pdf_sha256: str

    def as_bytes(self) -> bytes:
        """The message as it goes in an .eml file or on the wire (CRLF line ends)."""
        return self.message.as_bytes(policy=policy.SMTP)

    def for_sending(self) -> EmailMessage:
        """The same message without ``X-Unsent`` (a draft marker never goes out)."""
        sent = copy.deepcopy(self.message)
        del sent[UNSENT]
        return sent


class _EncodedSubject(str):
    """A non-ASCII Subject folded into RFC 2047 encoded-words with its spaces kept.

    Python 3.11's header folder puts the space between two words outside the encoded-words
    it folds at, and a decoder must drop whitespace between encoded-words: "ваших сообщениях"
    reached the reader as "вашихсообщениях" (mblaze and Python's own parser agree). The legacy
    ``email.header.Header`` encodes the spaces inside the words; a value with a ``name`` is a
    header object to the policy, which calls its ``fold``.
    """

    name = "Subject"

    def fold(self, *, policy: Policy) -> str:
        width = policy.max_line_length or 78
        encoded = Header(str(self), "utf-8", header_name=self.name).encode(
            linesep=policy.linesep, maxlinelen=width
        )
        return f"{self.name}: {encoded}{policy.linesep}"


class _MessageId(str):
    """A Message-ID written on one line: folded, Python's own parser reads it back with a
    leading space, and an id is one token (RFC 5322 allows lines up to 998 characters)."""

    name = "Message-ID"

    def fold(self, *, policy: Policy) -> str:
        return f"{self.name}: {self}{policy.linesep}"


def check_address(address: str, whose: str) -> str:
    """``address`` when it looks like an e-mail address, else a one-line error naming whose."""
    cleaned = (address or "").strip()
    if not _ADDRESS.match(cleaned):
        raise InputError(f"{whose} address {cleaned!r} is not an e-mail address")
    return cleaned


def html_body(body: str, language: str, subject: str) -> str:
    """The letter's text as a small HTML page: every piece of text escaped, lists as lists."""
    parts = []
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = [line for line in block.splitlines() if line.strip()]
        if lines and all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        elif lines:
            parts.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(language)}">\n<head>\n'
        f'<meta charset="utf-8">\n<title>{html.escape(subject)}</title>\n</head>\n'
        '<body style="font-family: sans-serif; line-height: 1.45; max-width: 40em">\n'
        + "\n".join(parts)
        + "\n</body>\n</html>\n"
    )


def compose(parts: MailParts, *, now: dt.datetime | None = None) -> ComposedMail:
    """The draft message for ``parts``: multipart/mixed of (plain | HTML) and the PDF."""
    sender = check_address(parts.from_address, "the signatory's")
    recipient = check_address(parts.to_address, f"{parts.to_name}'s")
    when = (now or dt.datetime.now(dt.UTC)).astimezone()
    domain = sender.rpartition("@")[2]
    message_id = make_msgid(idstring="breakup-desk", domain=domain)
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = Address(display_name=parts.from_name, addr_spec=sender)
    message["To"] = Address(display_name=parts.to_name, addr_spec=recipient)
    subject = parts.subject.strip()
    message["Subject"] = subject if subject.isascii() else _EncodedSubject(subject)
    message["Date"] = format_datetime(when)
    message["Message-ID"] = _MessageId(message_id)
    message["Content-Language"] = parts.language
    message[UNSENT] = "1"
    text = parts.body.strip() + "\n"
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(
        html_body(parts.body, parts.language, parts.subject),
        subtype="html",
        charset="utf-8",
        cte="quoted-printable",
    )
    message.add_attachment(
        parts.pdf, maintype="application", subtype="pdf", filename=parts.filename
    )
    for part in message.walk():
        if part is not message:
            del part["MIME-Version"]  # the email package repeats it on parts; once is the rule
        if part.is_multipart():  # fixed now: the generator would draw new ones at each write
            part.set_boundary(f"=_breakup-desk_{secrets.token_hex(12)}")  # "=_" is never QP
    message["Content-Language"] = parts.language  # after set_content, which clears Content-*
    return ComposedMail(
        message=message,
        message_id=message_id,
        date=when,
        pdf_sha256=hashlib.sha256(parts.pdf).hexdigest(),
    )
