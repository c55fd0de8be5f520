"""The end letter of a case as an e-mail: drafted as an .eml file, or sent, and recorded.

The e-mail's text is the letter's own: the wizard's edited text when the manager edited it in
the letter's language, else the template filled as it was on the day the letter was drafted.
Before anything is recorded the text is checked against the PDF's words, so the e-mail never
says something the signed letter does not; when they differ (the letter was drafted with other
dates, say), the manager passes the text with ``--body FILE``.

Order of events: compose, send (when asked), record on the case (audited, version-checked,
committed), and only then does the caller write the .eml file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.case_access import get_case, saving
from desk.case.case_version import CaseWork
from desk.case.outbound import Outbound, add_outbound
from desk.case.wizard_rules import load_draft
from desk.db.models import Customer, Letter
from desk.documents.company_profile import load_company, load_signatory
from desk.documents.letter_email import (
    ComposedMail,
    MailParts,
    check_address,
    compose,
)
from desk.documents.letter_store import LetterOptions, build_letter_context
from desk.documents.letter_text import FilledLetter, fill
from desk.documents.mail_send import MailSettings, load_mail_settings, send
from desk.errors import InputError, NotFoundError
from desk.outputs import publish

_SPACE = re.compile(r"[\s\u00ad]+")


@dataclass(frozen=True)
class EmailedLetter:
    mail: ComposedMail
    outbound: Outbound
    data: bytes  # what goes in the .eml file: the draft, or the message as sent

    @property
    def sent(self) -> bool:
        return self.outbound.status == "sent"


def mail_parts(
    session: Session,
    case_id: int,
    settings: MailSettings,
    filled: FilledLetter,
    *,
    language: str,
    pdf: bytes,
    filename: str,
) -> MailParts:
    """From the signatory (the mail settings' address) to the case's customer."""
    case = get_case(session, case_id)
    customer = session.get_one(Customer, case.customer_id)
    signatory = load_signatory(session)
    if not settings.from_address:
        raise InputError(
            "set the signatory's e-mail address first: `breakup-desk letter mail-settings --from …`"
        )
    if not customer.primary_email:
        raise InputError(f"{customer.display_name} has no e-mail address on file")
    check_address(customer.primary_email, f"{customer.display_name}'s")
    company = load_company(session)
    signature = "\n".join(x for x in (signatory.name, signatory.title, company.name) if x)
    return MailParts(
        from_name=signatory.name,
        from_address=settings.from_address,
        to_name=customer.display_name,
        to_address=customer.primary_email,
        subject=filled.subject,
        body=f"{filled.body}\n{signature}",
        language=language,
        pdf=pdf,
        filename=filename,
    )


def _letter(session: Session, case_id: int, letter_id: int | None) -> Letter:
    query = select(Letter).where(Letter.case_id == case_id)
    if letter_id is not None:
        query = query.where(Letter.id == letter_id)
    letter = session.scalars(query.order_by(Letter.id.desc()).limit(1)).first()
    if letter is None:
        which = f"letter #{letter_id}" if letter_id is not None else "a letter"
        raise NotFoundError(f"case #{case_id} has no {which}: draft it first")
    return letter


def letter_text(session: Session, letter: Letter) -> FilledLetter:
    """The letter's subject and text as drafted (see the module's note)."""
    draft = load_draft(session, letter.case_id)
    options = LetterOptions(language=letter.language, today=letter.created_at.date())
    if draft.language == letter.language and draft.body.strip():
        options = LetterOptions(  # as the wizard drafted it (wizard_documents.letter_options)
            language=draft.language,
            end_date=draft.end(),
            refund_months=draft.refund_months,
            refund_amount=draft.total(),
            currency=draft.currency or None,
            export_instructions=draft.export_instructions or None,
            body_override=draft.body,
            today=letter.created_at.date(),
        )
    context = build_letter_context(session, letter.case_id, options)
    filled = fill(context, letter.template)
    if options.body_override:
        filled = FilledLetter(subject=filled.subject, body=options.body_override.strip())
    return filled


def pdf_title(pdf: bytes) -> str:
    """The letter's subject as the renderer wrote it in the PDF's metadata (its /Title)."""
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    return str(metadata.title or "").strip() if metadata is not None else ""


def _squash(text: str) -> str:
    return _SPACE.sub("", text).replace("•", "")


def text_differences(body: str, pdf: bytes) -> list[str]:
    """The lines of ``body`` that the PDF does not say (spacing and line breaks aside)."""
    reader = PdfReader(io.BytesIO(pdf))
    words = _squash("".join(page.extract_text() or "" for page in reader.pages))
    missing = []
    for line in body.splitlines():
        line = line.removeprefix("- ").strip()
        if line and _squash(line) not in words:
            missing.append(line)
    return missing


def email_letter(
    session: Session,
    case_id: int,
    actor: str,
    *,
    letter_id: int | None = None,
    body: str | None = None,
    send_it: bool = False,
    now: dt.datetime | None = None,
    expected_version: int | None = None,
) -> EmailedLetter:
    """Put the case's signed letter in an e-mail, send it when asked, record it; commits."""
    letter = _letter(session, case_id, letter_id)
    if letter.signed_pdf is None or letter.signed_sha256 is None:
        raise InputError(
            f"letter #{letter.id} is not signed yet: sign it first "
            f"(`breakup-desk letter sign … --letter {letter.id}`)"
        )
    subject = pdf_title(letter.pdf)
    if body is None:
        try:
            filled = letter_text(session, letter)
        except InputError as exc:
            raise InputError(
                f"letter #{letter.id}'s text cannot be rebuilt ({exc}): pass it with --body FILE"
            ) from None
        filled = FilledLetter(subject=subject or filled.subject, body=filled.body)
    elif subject:
        filled = FilledLetter(subject=subject, body=body.strip())
    else:
        raise InputError(f"letter #{letter.id} has no subject in its PDF to put on the e-mail")
    missing = text_differences(filled.body, letter.signed_pdf)
    if missing:
        raise InputError(
            f"the e-mail's text differs from letter #{letter.id} at {missing[0][:60]!r}: "
            "pass the letter's text with --body FILE"
        )
    settings = load_mail_settings(session)
    parts = mail_parts(
        session,
        case_id,
        settings,
        filled,
        language=letter.language,
        pdf=letter.signed_pdf,
        filename=f"letter-case-{case_id}.pdf",
    )
    mail = compose(parts, now=now)
    return deliver(
        session, case_id, actor, mail, parts, settings, "end", send_it, letter.id, expected_version
    )


def deliver(
    session: Session,
    case_id: int,
    actor: str,
    mail: ComposedMail,
    parts: MailParts,
    settings: MailSettings,
    kind: str,
    send_it: bool,
    letter_id: int | None = None,
    expected_version: int | None = None,
) -> EmailedLetter:
    """Send (when asked), then record on the case; the record commits before any file."""
    if send_it:
        send(mail.for_sending(), settings)
    outbound = outbound_record(mail, parts, kind, "sent" if send_it else "drafted", letter_id)
    with saving(session, case_id):
        row = add_outbound(session, case_id, actor, outbound, expected_version=expected_version)
    data = mail.for_sending().as_bytes() if send_it else mail.as_bytes()
    return EmailedLetter(mail=mail, outbound=replace(outbound, id=row), data=data)


def outbound_record(
    mail: ComposedMail,
    parts: MailParts,
    kind: str,
    status: str,
    letter_id: int | None = None,
    pdf: bytes | None = None,
) -> Outbound:
    return Outbound(
        kind=kind,
        status=status,
        message_id=mail.message_id,
        at=mail.date.astimezone(dt.UTC).replace(tzinfo=None),
        to_address=parts.to_address,
        subject=parts.subject,
        language=parts.language,
        filename=parts.filename,
        pdf_sha256=mail.pdf_sha256,
        letter_id=letter_id,
        pdf=pdf,
    )


def email_draft_work(case_id: int, path: Path, actor: str) -> CaseWork[str]:
    """The window's "E-mail draft…" as work for the wizard's write queue: draft the signed
    letter's e-mail at the version the wizard shows, record it, then write ``path``; the work
    returns the Message-ID."""

    def work(session: Session, expected_version: int) -> str:
        done = email_letter(session, case_id, actor, expected_version=expected_version)
        publish(path, done.data)
        return done.mail.message_id

    return work
