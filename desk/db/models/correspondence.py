"""Messages and the people who write them: imports, customers and their identities, merges,
agents, conversations, messages, and the detector's flags on them.

What an import writes (:mod:`desk.ingest.loader`, :mod:`desk.db.bulk`) and the abuse scan reads.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.db.models.declarative import Base, stored_enum, utcnow


class AuthorKind(enum.StrEnum):
    CUSTOMER = "customer"
    AGENT = "agent"
    SYSTEM = "system"
    OTHER = "other"  # a CC'd third party: never counted as the customer's volume


class FlagStatus(enum.StrEnum):
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


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
    author_kind: Mapped[AuthorKind] = mapped_column(stored_enum(AuthorKind, "author_kind"))
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
        stored_enum(FlagStatus, "flag_status"), default=FlagStatus.SUGGESTED
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(200))
