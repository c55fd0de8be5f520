"""Flag decisions as whole writes, each in its own session, for the UI's single write worker."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.abuse.decisions import decide_flag
from desk.db.models import FlagStatus


def decide_flag_in(engine: Engine, flag_id: int, status: FlagStatus, actor: str) -> None:
    """Confirm or dismiss flag ``flag_id`` (or put it back to suggested); commits."""
    with Session(engine) as session:
        decide_flag(session, flag_id, status, actor)
