"""Settings kept in the database: what the user edits and the core needs (policy, CSV
profiles)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.models.declarative import Base, utcnow


class Setting(Base):
    """Key-value store for what the user edits and the core needs (policy, CSV profiles)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
