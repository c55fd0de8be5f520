"""The whole model of DESIGN.md as SQLAlchemy 2 typed ORM classes.

Times are stored as naive UTC datetimes (``DateTime`` without zone: the same on SQLite and
PostgreSQL); the original string from an export is kept beside them where it matters.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AuthorKind(enum.StrEnum):
    CUSTOMER = "customer"
    AGENT = "agent"
    SYSTEM = "system"
    OTHER = "other"  # a CC'd third party: never counted as the customer's volume


class FlagStatus(enum.StrEnum):
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


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


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    return Enum(cls, name=name, native_enum=False, length=32, values_callable=_values)


def _values(cls: type[enum.StrEnum]) -> list[str]:
    return [member.value for member in cls]


class ImportBatch(Base):
    """One imported file: its format, hash, encoding and the counts of what was read."""

    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    encoding: Mapped[str | None] = mapped_column(String(40))
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")
    conversations_new: Mapped[int] = mapped_column(Integer, default=0)
    messages_new: Mapped[int] = mapped_column(Integer, default=0)
    messages_seen: Mapped[int] = mapped_column(Integer, default=0)
    customers_new: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    rejections: Mapped[list[Rejection]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="Rejection.id"
    )


class Rejection(Base):
    """A record an import could not read, with where it was and why."""

    __tablename__ = "rejection"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"))
    line: Mapped[int | None] = mapped_column(Integer)
    record: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    batch: Mapped[ImportBatch] = relationship(back_populates="rejections")


class Customer(Base):
    """A person (or organisation contact) who writes to support."""

    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300))
    primary_email: Mapped[str | None] = mapped_column(String(320), index=True)
    organisation: Mapped[str | None] = mapped_column(String(300))
    address: Mapped[str | None] = mapped_column(Text)
    monthly_revenue: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    identities: Mapped[list[Identity]] = relationship(back_populates="customer")


class Identity(Base):
    """One way a customer is known: a vendor id, an email, a handle.

    ``source`` is the vendor for ids ("zendesk") and the kind for global keys ("email").
    """

    __tablename__ = "identity"
    __table_args__ = (UniqueConstraint("source", "kind", "value"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    source: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(320))
    customer: Mapped[Customer] = relationship(back_populates="identities")


class CustomerMerge(Base):
    """Two customers found to be one person; undoable, so the moved identities are listed."""

    __tablename__ = "customer_merge"
    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    merged_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    reason: Mapped[str] = mapped_column(Text)
    identity_ids: Mapped[str] = mapped_column(Text)  # JSON list of moved identity ids
    merged_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(200), default="import")
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Agent(Base):
    """A member of the support team, as the helpdesk names them."""

    __tablename__ = "agent"
    __table_args__ = (UniqueConstraint("source", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(320))


class Conversation(Base):
    """A ticket: one customer's thread with the support team."""

    __tablename__ = "conversation"
    __table_args__ = (UniqueConstraint("source", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(200))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    subject: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", order_by="Message.created_at"
    )


class Message(Base):
    """One message in a conversation. ``customer_id`` repeats the conversation's customer so
    that per-customer volume is one indexed GROUP BY, not a join over every message."""

    __tablename__ = "message"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        # Per-customer volume reads this index alone (author and public filters included).
        Index(
            "ix_message_customer_author_public_time",
            "customer_id",
            "author_kind",
            "public",
            "created_at",
        ),
        Index("ix_message_conversation_time", "conversation_id", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(200))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    author_kind: Mapped[AuthorKind] = mapped_column(_enum(AuthorKind, "author_kind"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agent.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_raw: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[str | None] = mapped_column(String(40))
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    body_sha256: Mapped[str] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    conversation: Mapped[Conversation] = relationship(back_populates="messages")


class Flag(Base):
    """The abuse detector's suggestion on a span of a message; a manager decides on it."""

    __tablename__ = "flag"
    __table_args__ = (
        UniqueConstraint("message_id", "rule_id", "start"),
        Index("ix_flag_status_message", "status", "message_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id"), index=True)
    category: Mapped[str] = mapped_column(String(40))
    rule_id: Mapped[str] = mapped_column(String(120))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column()
    language: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[FlagStatus] = mapped_column(
        _enum(FlagStatus, "flag_status"), default=FlagStatus.SUGGESTED
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(200))


class Case(Base):
    """A case against one customer. ``version`` guards against two managers overwriting each
    other (SQLAlchemy's optimistic ``version_id_col``)."""

    __tablename__ = "case_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    state: Mapped[CaseState] = mapped_column(
        _enum(CaseState, "case_state"), default=CaseState.DRAFT
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
    kind: Mapped[EvidenceKind] = mapped_column(_enum(EvidenceKind, "evidence_kind"))
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


class Letter(Base):
    """A letter drafted for a case, and its signed copy once signed."""

    __tablename__ = "letter"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    template: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    signed_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    signed_sha256: Mapped[str | None] = mapped_column(String(64))
    signer: Mapped[str | None] = mapped_column(String(300))
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class OutboundLetter(Base):
    """A letter put in an e-mail: drafted (an .eml file) or sent, with the attachment's hash."""

    __tablename__ = "outbound_letter"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letter.id"))
    warning_id: Mapped[int | None] = mapped_column(ForeignKey("customer_warning.id"))
    kind: Mapped[str] = mapped_column(String(20))  # "end" | "yellow" | "email-only"
    status: Mapped[str] = mapped_column(String(10))  # "drafted" | "sent"
    message_id: Mapped[str] = mapped_column(String(300), unique=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    to_address: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    filename: Mapped[str] = mapped_column(String(200))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)  # a ladder letter's PDF (no Letter row)


class AuditEvent(Base):
    """Append-only, hash-chained record of every change to a case."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class CustomerSummary(Base):
    """One customer's all-time totals, so the company-wide figures read one row per customer.

    Keyed by the ``customer_id`` stored on the rows counted (analytics rolls merged customers
    up at query time, as it does for messages). Kept by :mod:`desk.analytics.refresh`.
    """

    __tablename__ = "customer_summary"
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    customer_messages: Mapped[int] = mapped_column(Integer, index=True)  # public, by the customer
    conversations: Mapped[int] = mapped_column(Integer, index=True)  # opened
    workload: Mapped[int] = mapped_column(Integer, index=True)  # public messages, any author
    agents: Mapped[int] = mapped_column(Integer)  # distinct agents with a public reply


class CustomerMonth(Base):
    """One customer's totals in one month (``'YYYY-MM'``), the units as in CustomerSummary."""

    __tablename__ = "customer_month"
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[str] = mapped_column(String(7), primary_key=True, index=True)
    customer_messages: Mapped[int] = mapped_column(Integer)
    conversations: Mapped[int] = mapped_column(Integer)
    workload: Mapped[int] = mapped_column(Integer)


class CompanyMonth(Base):
    """Everyone's totals in one month, and how many customers were active in each unit."""

    __tablename__ = "company_month"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    customer_messages: Mapped[int] = mapped_column(Integer)
    conversations: Mapped[int] = mapped_column(Integer)
    workload: Mapped[int] = mapped_column(Integer)
    customer_messages_customers: Mapped[int] = mapped_column(Integer)
    conversations_customers: Mapped[int] = mapped_column(Integer)
    workload_customers: Mapped[int] = mapped_column(Integer)


class ConversationSummary(Base):
    """Handoffs in one conversation with at least one public agent reply, over all time."""

    __tablename__ = "conversation_summary"
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    agents: Mapped[int] = mapped_column(Integer)  # distinct agents who replied
    changes: Mapped[int] = mapped_column(Integer)  # replies by another agent than the last


class SummaryState(Base):
    """The row counts and highest ids of messages and conversations the summary tables were
    last brought up to date with; while they still match, the summary can be trusted."""

    __tablename__ = "summary_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    messages: Mapped[int] = mapped_column(BigInteger)
    last_message_id: Mapped[int] = mapped_column(BigInteger)
    conversations: Mapped[int] = mapped_column(BigInteger)
    last_conversation_id: Mapped[int] = mapped_column(BigInteger)
    refreshed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """Key-value store for what the user edits and the core needs (policy, CSV profiles)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class HelpdeskConnection(Base):
    """A helpdesk reached by its API: where, as whom (no secret: the token is in the keyring,
    or in the environment variable ``token_env`` names) and how far each stream was read."""

    __tablename__ = "helpdesk_connection"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    vendor: Mapped[str] = mapped_column(String(40))
    base_url: Mapped[str] = mapped_column(Text)
    account: Mapped[str] = mapped_column(Text, default="{}")  # JSON: subdomain, e-mail…
    token_env: Mapped[str | None] = mapped_column(String(120))
    cursors: Mapped[str] = mapped_column(Text, default="{}")  # JSON: stream -> cursor
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CalibrationSession(Base):
    """A calibration session: messages picked (by ``seed``) for the team to label alike."""

    __tablename__ = "calibration_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))
    seed: Mapped[int] = mapped_column(BigInteger)
    size: Mapped[int] = mapped_column(Integer)  # messages asked for (fewer when the data is small)


class CalibrationItem(Base):
    """One message of a session, with what the detector said of it when it was picked."""

    __tablename__ = "calibration_item"
    __table_args__ = (UniqueConstraint("session_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("calibration_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, … as shown to participants
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id"))
    stratum: Mapped[str] = mapped_column(String(20))  # "flagged" | "dismissed" | "unflagged"
    detector_categories: Mapped[str] = mapped_column(Text, default="[]")  # JSON list


class CalibrationLabel(Base):
    """One participant's label on one item: fine, angry (not abusive) or abusive."""

    __tablename__ = "calibration_label"
    __table_args__ = (UniqueConstraint("item_id", "participant"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("calibration_item.id", ondelete="CASCADE"), index=True
    )
    participant: Mapped[str] = mapped_column(String(200))
    verdict: Mapped[str] = mapped_column(String(10))  # "fine" | "angry" | "abusive"
    category: Mapped[str | None] = mapped_column(String(40))  # when abusive
    labelled_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PhoneCall(Base):
    """A phone incident as a contact centre logs it; its recording is a case attachment."""

    __tablename__ = "phone_call"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)  # naive UTC, when the call took place
    agent: Mapped[str] = mapped_column(String(200))
    said: Mapped[str] = mapped_column(Text)
    warnings_given: Mapped[int] = mapped_column(Integer, default=0)  # before the call ended
    manager_told: Mapped[bool] = mapped_column(Boolean, default=False)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    duration_seconds: Mapped[float | None] = mapped_column()
    logged_by: Mapped[str] = mapped_column(String(200))
    logged_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CaseChecklist(Base):
    """What is done after the letter: the refund paid, the review date, the door left open."""

    __tablename__ = "case_checklist"
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), primary_key=True)
    refund_paid: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    refund_currency: Mapped[str | None] = mapped_column(String(3))
    refund_reference: Mapped[str | None] = mapped_column(String(200))
    refund_paid_on: Mapped[dt.date | None] = mapped_column(Date)
    review_on: Mapped[dt.date | None] = mapped_column(Date)
    door: Mapped[str | None] = mapped_column(Text)  # how the customer may come back, if civil
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)  # the review was held
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CustomerBlock(Base):
    """A block (or suspension) asked of a helpdesk for a case's customer, and its answer."""

    __tablename__ = "customer_block"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    connection: Mapped[str] = mapped_column(String(80))
    vendor: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(200))  # the vendor's user or contact id
    status: Mapped[str] = mapped_column(String(20))  # "suspended" | "tagged"
    detail: Mapped[str] = mapped_column(Text)  # what the vendor answered, in words
    export_attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(200))
