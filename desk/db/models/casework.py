"""A case against one customer and what it holds: evidence, attached files, the warnings given
on the ladder, and the executive's approval."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.models.declarative import Base, stored_enum, utcnow


class CaseState(enum.StrEnum):
    DRAFT = "draft"
    READY_FOR_REVIEW = "ready_for_review"
    APPROVED = "approved"
    DECLINED = "declined"
    LETTER_ISSUED = "letter_issued"
    CLOSED = "closed"


class EvidenceKind(enum.StrEnum):
    QUOTE = "quote"
    CONVERSATION = "conversation"
    NOTE = "note"
    ATTACHMENT = "attachment"


class Case(Base):
    """A case against one customer. ``version`` guards against two managers overwriting each
    other (SQLAlchemy's optimistic ``version_id_col``)."""

    __tablename__ = "case_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    state: Mapped[CaseState] = mapped_column(
        stored_enum(CaseState, "case_state"), default=CaseState.DRAFT
    )
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    opened_by: Mapped[str] = mapped_column(String(200))
    criteria: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of criterion keys
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    refund_months: Mapped[int | None] = mapped_column(Integer)
    refund_amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    wizard_state: Mapped[str | None] = mapped_column(Text)  # JSON: resumable wizard draft
    reopen_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Attachment(Base):
    """A file kept with a case (a screenshot of a social post, an email from elsewhere)."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Evidence(Base):
    """One item of a case. Never edited in place: a correction is a new row whose
    ``supersedes_id`` names the old one, which stays readable."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[EvidenceKind] = mapped_column(stored_enum(EvidenceKind, "evidence_kind"))
    category: Mapped[str | None] = mapped_column(String(40))
    criterion: Mapped[str | None] = mapped_column(String(40))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("message.id"))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversation.id"))
    flag_id: Mapped[int | None] = mapped_column(ForeignKey("flag.id"))
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    quote: Mapped[str | None] = mapped_column(Text)
    quote_start: Mapped[int | None] = mapped_column(Integer)
    quote_end: Mapped[int | None] = mapped_column(Integer)
    message_time: Mapped[dt.datetime | None] = mapped_column(DateTime)
    message_author: Mapped[str | None] = mapped_column(String(300))
    message_text: Mapped[str | None] = mapped_column(Text)  # the case's own copy
    message_sha256: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id"))
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))


class CustomerWarning(Base):
    """A warning given to the customer, on the contact-centre ladder."""

    __tablename__ = "customer_warning"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"))
    given_at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(40))
    given_by: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    ladder_step: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    review_on: Mapped[dt.date | None] = mapped_column(Date)  # a restriction's review date
    expires_on: Mapped[dt.date | None] = mapped_column(Date)  # when a restriction lapses


class Approval(Base):
    """The executive's decision on a case."""

    __tablename__ = "approval"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    approver_name: Mapped[str] = mapped_column(String(200))
    approver_title: Mapped[str] = mapped_column(String(200))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(String(20))  # "approved" | "declined"
    adjustments_considered: Mapped[bool] = mapped_column(Boolean)
    adjustments_note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
