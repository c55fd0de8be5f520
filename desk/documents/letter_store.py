"""Letters of a case in the database: the context from the case, drafts, the signed copy."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case.audit import append_event
from desk.case.cases import issue_letter
from desk.db.models import (
    Case,
    CaseState,
    Customer,
    Evidence,
    EvidenceKind,
    Letter,
    Message,
    utcnow,
)
from desk.documents.company_profile import CompanyProfile, load_company, load_signatory
from desk.documents.letter import render_letter
from desk.documents.letter_text import LANGUAGES, Incident, LetterContext
from desk.errors import InputError, NotFoundError
from desk.outputs import publish

DEFAULT_REFUND_MONTHS = 6
DEFAULT_NOTICE_DAYS = 30
MAX_INCIDENTS = 8
QUOTE_LIMIT = 160
PROFILE_LANGUAGE = "en"  # the language the company profile's texts are written in


@dataclass(frozen=True)
class LetterOptions:
    """What the manager chooses for one letter (everything else comes from the case)."""

    language: str = "en"
    paper: str = "a4"
    template: str | None = None
    end_date: dt.date | None = None
    refund_months: int | None = None
    refund_amount: Decimal | None = None  # the total; default months × monthly revenue
    currency: str | None = None
    review_date: dt.date | None = None
    appeal_route: str | None = None
    export_instructions: str | None = None
    body_override: str | None = None
    today: dt.date | None = None


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(f"no case #{case_id}")
    return case


def case_incidents(session: Session, case_id: int) -> tuple[Incident, ...]:
    """The case's quoted incidents, oldest first (current versions of quote evidence)."""
    superseded = select(Evidence.supersedes_id).where(
        Evidence.case_id == case_id, Evidence.supersedes_id.is_not(None)
    )
    rows = session.execute(
        select(Evidence, Message.channel)
        .outerjoin(Message, Message.id == Evidence.message_id)
        .where(
            Evidence.case_id == case_id,
            Evidence.kind == EvidenceKind.QUOTE,
            Evidence.removed.is_(False),
            Evidence.id.not_in(superseded),
        )
        .order_by(Evidence.message_time, Evidence.id)
    ).all()
    incidents = []
    for evidence, channel in rows:
        quote = (evidence.quote or "").strip()
        if len(quote) > QUOTE_LIMIT:
            quote = quote[: QUOTE_LIMIT - 1].rstrip() + "…"
        when = (evidence.message_time or evidence.created_at).date()
        incidents.append(Incident(when=when, channel=channel or "other", quote=quote))
    return tuple(incidents)


def profile_export(company: CompanyProfile, language: str) -> str | None:
    """The company profile's data-export instructions, for a letter in ``language``.

    The profile holds one text, typed in Settings in English: it is the English letter's.
    A letter in another language takes the translated wording of ``strings.toml`` (None
    here) rather than an English sentence in the middle of, say, a Chinese letter.
    """
    return company.data_export if language == PROFILE_LANGUAGE else None


def build_letter_context(session: Session, case_id: int, options: LetterOptions) -> LetterContext:
    """Everything the letter says, from the case, the customer and the company profile."""
    if options.language not in LANGUAGES:
        raise InputError(f"no letter in {options.language!r}; choose one of {', '.join(LANGUAGES)}")
    case = _case(session, case_id)
    customer = session.get_one(Customer, case.customer_id)
    company = load_company(session)
    signatory = load_signatory(session)
    if not company.name:
        raise InputError("set the company profile first (name and address) in Settings")
    if not signatory.name or not signatory.title:
        raise InputError("set the signatory (name and title) in Settings first")
    today = options.today or dt.date.today()
    months = options.refund_months or case.refund_months or DEFAULT_REFUND_MONTHS
    currency = options.currency or case.currency or customer.currency or "USD"
    amount = options.refund_amount or case.refund_amount
    if amount is None:
        if customer.monthly_revenue is None:
            raise InputError(
                f"{customer.display_name}'s monthly amount is not known: type in the refund total"
            )
        amount = customer.monthly_revenue * months
    incidents = case_incidents(session, case_id)
    if not incidents:
        raise InputError(f"case #{case_id} has no quoted incidents to cite in the letter")
    if len(incidents) > MAX_INCIDENTS:  # the letter cites a short list, spread over time
        step = len(incidents) / MAX_INCIDENTS
        incidents = tuple(incidents[int(i * step)] for i in range(MAX_INCIDENTS))
    criteria = tuple(json.loads(case.criteria or "[]")) or ("harassment_language", "threats")
    return LetterContext(
        language=options.language,
        company_name=company.name,
        company_address=company.address,
        customer_name=customer.display_name,
        customer_organisation=customer.organisation,
        customer_address=customer.address,
        date=today,
        end_date=options.end_date
        or case.effective_date
        or today + dt.timedelta(days=DEFAULT_NOTICE_DAYS),
        incidents=incidents,
        criteria=criteria,
        refund_months=months,
        refund_amount=Decimal(amount),
        currency=currency,
        signatory_name=signatory.name,
        signatory_title=signatory.title,
        export_instructions=options.export_instructions
        or profile_export(company, options.language),
        review_date=options.review_date,
        appeal_route=options.appeal_route,
        logo=Path(company.logo) if company.logo else None,
        signature_image=Path(signatory.signature_image) if signatory.signature_image else None,
    )


def draft_letter(
    session: Session, case_id: int, options: LetterOptions, actor: str, out: Path | None = None
) -> Letter:
    """Render and store the letter of an approved case; commits. With ``out``, the PDF is
    written there once the letter and its audit event are committed, never before."""
    case = _case(session, case_id)
    if case.state not in (CaseState.APPROVED, CaseState.LETTER_ISSUED):
        raise InputError(
            f"case #{case_id} is {case.state.value.replace('_', ' ')}: a letter needs an "
            "approved case"
        )
    context = build_letter_context(session, case_id, options)
    pdf = render_letter(
        context, paper=options.paper, template=options.template, body_override=options.body_override
    )
    letter = Letter(
        case_id=case_id,
        language=options.language,
        template=options.template or f"{options.language}.txt.j2",
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
    )

    def record(_digest: str) -> None:
        session.add(letter)
        session.flush()
        issue_letter(session, case_id, actor, letter.id, letter.sha256)
        session.commit()

    _publish(session, out, pdf, record)
    return letter


def store_signed(
    session: Session,
    letter_id: int,
    signed: bytes,
    signer: str,
    actor: str,
    out: Path | None = None,
) -> Letter:
    """Keep the signed copy with its hash on the letter; commits. With ``out``, the signed PDF
    is written there once that is committed, never before."""
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFoundError(f"no letter #{letter_id}")

    def record(digest: str) -> None:
        letter.signed_pdf = signed
        letter.signed_sha256 = digest
        letter.signer = signer
        letter.signed_at = utcnow()
        append_event(
            session,
            actor=actor,
            action="letter.signed",
            case_id=letter.case_id,
            detail={"letter": letter.id, "signer": signer, "sha256": digest},
        )
        session.commit()

    _publish(session, out, signed, record)
    return letter


def _publish(session: Session, out: Path | None, pdf: bytes, record: Callable[[str], None]) -> None:
    """Commit with ``record``, then put ``pdf`` at ``out`` (when given); on any failure the
    transaction is rolled back and ``out`` keeps what it held."""
    try:
        if out is None:
            record(hashlib.sha256(pdf).hexdigest())
        else:
            publish(out, pdf, record)
    except BaseException:
        session.rollback()
        raise


def latest_letter(session: Session, case_id: int) -> Letter | None:
    return session.scalars(
        select(Letter).where(Letter.case_id == case_id).order_by(Letter.id.desc()).limit(1)
    ).first()
