"""Calibration sessions: messages picked for the team to label alike, and the labels."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.models.declarative import Base, utcnow


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
