"""Phone calls logged against a case, the checklist after the letter, and blocks asked of a
helpdesk."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.models.declarative import Base, utcnow


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
    duration_seconds: Mapped[float | None] = mapped_column(Float)
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
