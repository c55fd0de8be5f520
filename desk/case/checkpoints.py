"""Checkpoints of the audit log's head, kept outside the database, so a cut log is noticed.

The hash chain (:mod:`desk.case.audit`) shows that no event was edited, inserted or deleted
*inside* the log, but not that the newest events are still there: deleting the last events
leaves a shorter chain that verifies, and anyone who can write the database file can also
recompute every hash after an edit. So after each commit that appended an event, one line is
appended (and fsync'd) to ``audit-checkpoints.jsonl`` in the user's data folder
(:func:`desk.config.checkpoints_path`): the database, the newest event's id and hash, and the
time. :func:`verify_checkpoints` then fails when the log ends before a checkpoint's event
(events were deleted) or holds a different event where a checkpoint's was (the log was
rewritten or replaced).

What this proves: that the log on this database still holds, unchanged, every event this
machine's user saw committed, up to the last one. On a team database (PostgreSQL) each
client's data folder keeps its own checkpoints, keyed by the database URL without the
password, so each manager's machine vouches for the events it wrote.

What it cannot prove: anything on a machine with no checkpoints (a fresh install, a new
data folder, or a database only ever written elsewhere); events written after the newest
checkpoint on this machine; and nothing against an attacker who can also edit the user's
checkpoint file. The head hash printed on every brief and letter (``audit verify --head``)
is the same kind of check held on paper, out of that attacker's reach.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from desk.config import checkpoints_path
from desk.db.models import AuditEvent

log = logging.getLogger(__name__)

_PENDING = "desk.audit.pending_checkpoint"  # Session.info key: events awaiting their commit
_ARMED = "desk.audit.checkpoint_listener"


def database_key(url: URL) -> str:
    """The database a checkpoint belongs to: its URL with no password (a SQLite file by its
    resolved path, so two spellings of one file share their checkpoints)."""
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        url = url.set(database=str(Path(str(url.database)).expanduser().resolve()))
    return url._replace(password=None).render_as_string(hide_password=False)  # set() keeps it


@dataclass(frozen=True)
class Checkpoint:
    """The head of one database's log as a committed change left it."""

    database: str
    event_id: int
    head: str
    at: dt.datetime

    def to_line(self) -> str:
        data = {
            "database": self.database,
            "event": self.event_id,
            "head": self.head,
            "at": self.at.isoformat(timespec="seconds"),
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"

    @classmethod
    def from_line(cls, line: str) -> Checkpoint | None:
        """The checkpoint on one line, or None for a line that is not one (a torn write)."""
        try:
            data = json.loads(line)
            return cls(
                str(data["database"]),
                int(data["event"]),
                str(data["head"]),
                dt.datetime.fromisoformat(str(data["at"])),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def describe(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} UTC (head {self.head[:8]}…)"


def append_checkpoint(checkpoint: Checkpoint, path: Path | None = None) -> None:
    """Append one line and fsync it: a crash leaves the file as it was or one line longer."""
    target = path or checkpoints_path()
    fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, checkpoint.to_line().encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def read_checkpoints(database: str, path: Path | None = None) -> list[Checkpoint]:
    """This database's checkpoints, oldest first (none when the file does not exist)."""
    target = path or checkpoints_path()
    try:
        with target.open(encoding="utf-8") as handle:
            found = [Checkpoint.from_line(line) for line in handle if line.strip()]
    except FileNotFoundError:
        return []
    return [c for c in found if c is not None and c.database == database]


# -- writing one after each commit that appended an event ----------------------------------


def arm(session: Session, audit_event: AuditEvent) -> None:
    """Checkpoint ``audit_event`` once the session's transaction commits (called on append).

    The id and hash are taken now: after the commit the object is expired, and the
    listener may not query. An event whose insert was rolled back is never checkpointed.
    """
    pending: list[tuple[AuditEvent, int, str]] = session.info.setdefault(_PENDING, [])
    pending.append((audit_event, audit_event.id, audit_event.hash))
    if not session.info.get(_ARMED):
        session.info[_ARMED] = True
        event.listen(session, "after_commit", _on_commit)


def _on_commit(session: Session) -> None:
    pending: list[tuple[AuditEvent, int, str]] = session.info.pop(_PENDING, [])
    committed = [(i, h) for obj, i, h in pending if inspect(obj).persistent]
    if not committed:
        return
    event_id, head = max(committed)
    try:
        database = database_key(session.get_bind().engine.url)
        append_checkpoint(
            Checkpoint(database, event_id, head, dt.datetime.now(dt.UTC).replace(tzinfo=None))
        )
    except OSError as exc:  # the change is committed; a missing checkpoint only weakens a check
        log.warning("could not write the audit checkpoint: %s", exc)


# -- verifying ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckpointReport:
    """What the log on this database says about this machine's checkpoints of it."""

    database: str
    checked: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _hashes(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    found: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(
            select(AuditEvent.id, AuditEvent.hash).where(AuditEvent.id.in_(chunk))
        )
        found.update({event_id: hash_ for event_id, hash_ in rows})
    return found


def verify_checkpoints(session: Session, path: Path | None = None) -> CheckpointReport:
    """Check the log against this machine's checkpoints of this database.

    Reports the newest checkpoint the log has been cut before, and the oldest checkpoint
    whose event is missing or different; one of each is enough to say what happened.
    """
    database = database_key(session.get_bind().engine.url)
    checkpoints = read_checkpoints(database, path)
    last: Any = session.execute(
        select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar()
    end = f"event #{last}" if last is not None else "nothing (the log is empty)"
    problems: list[str] = []
    beyond = [c for c in checkpoints if last is None or c.event_id > last]
    if beyond:
        newest = max(beyond, key=lambda c: c.event_id)
        problems.append(
            f"the log reached event #{newest.event_id} on {newest.describe()}; "
            f"it now ends at {end}: events were deleted"
        )
    within = [c for c in checkpoints if last is not None and c.event_id <= last]
    stored = _hashes(session, (c.event_id for c in within))
    for checkpoint in sorted(within, key=lambda c: c.event_id):
        now = stored.get(checkpoint.event_id)
        if now == checkpoint.head:
            continue
        what = "is missing: it was deleted" if now is None else "is a different event"
        problems.append(
            f"event #{checkpoint.event_id}, the head on {checkpoint.describe()}, {what}; "
            "the log was rewritten from there, or this is another database at the same place"
        )
        break
    return CheckpointReport(database, len(checkpoints), problems)
