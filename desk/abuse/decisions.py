"""A manager's decision on a suggested flag: confirm it as an incident, or dismiss it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk.db.models import Flag, FlagStatus, utcnow
from desk.errors import InputError, NotFoundError


def decide_flag(session: Session, flag_id: int, status: FlagStatus, actor: str) -> Flag:
    """Confirm or dismiss flag ``flag_id`` (or put it back to suggested); commits."""
    flag = session.get(Flag, flag_id)
    if flag is None:
        raise NotFoundError(f"no flag #{flag_id}")
    if not actor.strip():
        raise InputError("say who decides on the flag")
    flag.status = status
    if status == FlagStatus.SUGGESTED:
        flag.decided_at = None
        flag.decided_by = None
    else:
        flag.decided_at = utcnow()
        flag.decided_by = actor.strip()
    session.commit()
    return flag
