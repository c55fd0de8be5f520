"""Calibration writes as whole transactions, each with its audit event.

A calibration session's labels change what the team is told about its own judgement (and,
through the report, about the detector), so they are recorded like every other shared change:
an event in the hash-chained audit log (:mod:`desk.case.audit`), in the same transaction.
:mod:`desk.abuse.calibration` sits below the audit log and takes the recorder as an argument;
this module passes it in. The CLI and the window's single write worker both call these.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.abuse.calibration import Label, create_session, save_labels
from desk.case.audit import append_event


class _Record:
    """Appends ``action`` with ``detail`` as ``actor`` (no case: a calibration is team-wide)."""

    def __init__(self, actor: str) -> None:
        self._actor = actor.strip()

    def __call__(self, session: Session, action: str, detail: dict[str, object]) -> object:
        return append_event(session, actor=self._actor, action=action, case_id=None, detail=detail)


def new_session_in(engine: Engine, messages: int, actor: str, seed: int | None = None) -> int:
    """Pick a new session's messages; returns its id."""
    with Session(engine) as session:
        return create_session(
            session, messages=messages, actor=actor, record=_Record(actor), seed=seed
        )


def save_labels_in(
    engine: Engine, session_id: int, participant: str, labels: Sequence[Label]
) -> int:
    """Store ``participant``'s labels in session ``session_id``; returns how many."""
    with Session(engine) as session:
        return save_labels(session, session_id, participant, labels, _Record(participant))
