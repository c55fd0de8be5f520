"""Helpdesks reached by their APIs: where, as whom, and how far each stream was read."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.models.declarative import Base, utcnow


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
