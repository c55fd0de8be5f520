"""The ladder's letters before the end: the yellow card and the e-mail-only notice.

Each is a template per language, ``warning-yellow.<lang>.txt.j2`` and
``warning-email-only.<lang>.txt.j2`` in ``resources/letters``; a file of the same name in the
user's letters folder (``<data dir>/letters``) wins, so a company words its own warnings. Both
cite the case's quoted incidents, like the end letter, and render through the same renderer
(letterhead, signature block). Issuing one records the warning on the case and the e-mail
draft that carries it in one audited transaction (:mod:`desk.case.warnings_issued`); the
caller writes the .eml file after that commits.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.case_access import get_case
from desk.case.warnings_issued import WARNING_KINDS, IssuedWarning, check_dates, issue_warning
from desk.db.models import AuthorKind, Customer, Message
from desk.documents.company_profile import load_company, load_signatory
from desk.documents.letter import render_letter
from desk.documents.letter_email import ComposedMail, compose
from desk.documents.letter_outbox import mail_parts, outbound_record
from desk.documents.letter_store import MAX_INCIDENTS, case_incidents
from desk.documents.letter_text import LANGUAGES, FilledLetter, LetterContext, fill
from desk.documents.mail_send import load_mail_settings
from desk.errors import InputError

DEFAULT_CRITERIA = ("harassment_language", "threats")


@dataclass(frozen=True)
class LadderLetter:
    kind: str
    language: str
    filled: FilledLetter
    pdf: bytes


@dataclass(frozen=True)
class IssuedLadderLetter:
    letter: LadderLetter
    warning: IssuedWarning
    mail: ComposedMail
    data: bytes  # the .eml file's bytes


def template_name(kind: str, language: str) -> str:
    if kind not in WARNING_KINDS:
        raise InputError(f"unknown warning {kind!r}; choose one of {', '.join(WARNING_KINDS)}")
    return f"warning-{kind}.{language}.txt.j2"


def customer_language(session: Session, customer_id: int) -> str | None:
    """The language the customer writes in most, among the letters' languages."""
    counts = Counter(
        session.scalars(
            select(Message.language).where(
                Message.customer_id == customer_id,
                Message.author_kind == AuthorKind.CUSTOMER,
                Message.language.in_(LANGUAGES),
            )
        )
    )
    return counts.most_common(1)[0][0] if counts else None


def ladder_context(
    session: Session,
    case_id: int,
    language: str,
    *,
    today: dt.date,
    review_on: dt.date | None = None,
) -> LetterContext:
    """What a warning letter says, from the case, its customer and the company profile."""
    if language not in LANGUAGES:
        raise InputError(f"no letter in {language!r}; choose one of {', '.join(LANGUAGES)}")
    case = get_case(session, case_id)
    customer = session.get_one(Customer, case.customer_id)
    company = load_company(session)
    signatory = load_signatory(session)
    if not company.name:
        raise InputError("set the company profile first (name and address) in Settings")
    if not signatory.name or not signatory.title:
        raise InputError("set the signatory (name and title) in Settings first")
    incidents = case_incidents(session, case_id)
    if not incidents:
        raise InputError(f"case #{case_id} has no quoted incidents to cite in the warning")
    incidents = incidents[-MAX_INCIDENTS:]  # a warning cites what happened lately
    criteria = tuple(json.loads(case.criteria or "[]")) or DEFAULT_CRITERIA
    return LetterContext(
        language=language,
        company_name=company.name,
        company_address=company.address,
        customer_name=customer.display_name,
        customer_organisation=customer.organisation,
        customer_address=customer.address,
        date=today,
        end_date=today,  # a warning ends nothing
        incidents=incidents,
        criteria=criteria,
        refund_months=0,
        refund_amount=Decimal(0),
        currency=customer.currency or "USD",
        signatory_name=signatory.name,
        signatory_title=signatory.title,
        review_date=review_on,
        logo=Path(company.logo) if company.logo else None,
        signature_image=Path(signatory.signature_image) if signatory.signature_image else None,
    )


def render_ladder_letter(
    session: Session,
    case_id: int,
    kind: str,
    language: str,
    *,
    today: dt.date,
    review_on: dt.date | None = None,
    paper: str = "a4",
) -> LadderLetter:
    """The warning's text and its PDF (nothing is stored)."""
    name = template_name(kind, language)
    context = ladder_context(session, case_id, language, today=today, review_on=review_on)
    filled = fill(context, name)
    pdf = render_letter(context, paper=paper, template=name)
    return LadderLetter(kind=kind, language=language, filled=filled, pdf=pdf)


def issue_ladder_letter(
    session: Session,
    case_id: int,
    actor: str,
    *,
    kind: str,
    given_by: str,
    language: str | None = None,
    review_on: dt.date | None = None,
    expires_on: dt.date | None = None,
    channel: str = "email",
    paper: str = "a4",
    now: dt.datetime | None = None,
) -> IssuedLadderLetter:
    """Render the warning, compose its e-mail draft, record both on the case; commits."""
    moment = now or dt.datetime.now(dt.UTC)
    today = moment.astimezone().date()
    check_dates(kind, today, review_on, expires_on)
    case = get_case(session, case_id)
    lang = language or customer_language(session, case.customer_id) or "en"
    letter = render_ladder_letter(
        session, case_id, kind, lang, today=today, review_on=review_on, paper=paper
    )
    settings = load_mail_settings(session)
    parts = mail_parts(
        session,
        case_id,
        settings,
        letter.filled,
        language=lang,
        pdf=letter.pdf,
        filename=f"warning-{kind}-case-{case_id}.pdf",
    )
    mail = compose(parts, now=moment)
    outbound = outbound_record(mail, parts, kind, "drafted", pdf=letter.pdf)
    warning = issue_warning(
        session,
        case_id,
        actor,
        kind=kind,
        given_by=given_by,
        channel=channel,
        given_at=moment.astimezone(dt.UTC).replace(tzinfo=None),
        text=f"{letter.filled.subject} (letter, {lang}; e-mail {mail.message_id})",
        review_on=review_on,
        expires_on=expires_on,
        outbound=outbound,
    )
    return IssuedLadderLetter(letter=letter, warning=warning, mail=mail, data=mail.as_bytes())
