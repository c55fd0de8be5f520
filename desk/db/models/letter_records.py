"""The letters of a case: drafted and signed PDFs, and the e-mails that carried a letter."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.models.declarative import Base, utcnow


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
