"""Calibration sessions: the team labels the same customer messages, to share one "abusive".

Contact centres hold calibration sessions so that agents and managers judge alike. A session
picks messages from three strata, so that the easy majority (ordinary messages) does not
drown the cases that matter: messages the detector flagged, messages whose flags a manager
dismissed, and messages with no abuse flag. Only customers' own words are picked. The pick
is reproducible: the same seed on the same data gives the same messages in the same order.

Each participant labels each message "fine", "angry" (not abusive) or "abusive" with its
category. The report (:mod:`desk.abuse.calibration_report`) measures the agreement.

Writes change what the whole team sees, so each takes ``record``: the caller's way of
appending an audit event in the same transaction (the audit log lives in a higher layer;
:mod:`desk.case.calibration_writes` passes it in). Nothing here commits without it.
"""

from __future__ import annotations

import json
import random
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.abuse.categories import ABUSE_VALUES, Category
from desk.db.models import (
    AuthorKind,
    CalibrationItem,
    CalibrationLabel,
    CalibrationSession,
    Flag,
    FlagStatus,
    Message,
    utcnow,
)
from desk.errors import InputError, NotFoundError

FINE, ANGRY, ABUSIVE = "fine", "angry", "abusive"
VERDICTS = (FINE, ANGRY, ABUSIVE)
VERDICT_LABELS = {FINE: "fine", ANGRY: "angry (not abusive)", ABUSIVE: "abusive"}
STRATA = ("flagged", "dismissed", "unflagged")
MAX_MESSAGES = 500

# record(session, action, detail): append an audit event in the caller's transaction.
Record = Callable[[Session, str, dict[str, object]], object]


@dataclass(frozen=True)
class SessionInfo:
    id: int
    created_by: str
    created_at: str
    seed: int
    messages: int
    participants: tuple[str, ...]


@dataclass(frozen=True)
class ItemView:
    """One message of a session as a participant sees it (``verdict``: their label, if any)."""

    position: int
    message_id: int
    text: str
    stratum: str
    detector: tuple[str, ...]  # the detector's abuse categories when the message was picked
    verdict: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class Label:
    position: int
    verdict: str
    category: str | None = None


def check_label(verdict: str, category: str | None, where: str = "") -> Label:
    """A valid label, or one line saying why not (``where`` names the file and line)."""
    prefix = f"{where}: " if where else ""
    verdict = verdict.strip().lower()
    if verdict.startswith("angry"):
        verdict = ANGRY
    if verdict not in VERDICTS:
        raise InputError(f"{prefix}'{verdict}' is not one of fine, angry, abusive")
    category = (category or "").strip() or None
    if verdict != ABUSIVE:
        return Label(0, verdict, None)
    if category is None:
        raise InputError(f"{prefix}an abusive message needs its category")
    try:
        Category(category)
    except ValueError:
        known = ", ".join(c.value for c in Category)
        raise InputError(f"{prefix}'{category}' is not a category ({known})") from None
    return Label(0, verdict, category)


def _strata(session: Session) -> dict[str, list[int]]:
    """Every customer message's id by stratum, in id order (so a seed picks alike)."""
    abuse = list(ABUSE_VALUES)
    live = (
        select(Flag.message_id)
        .where(Flag.category.in_(abuse), Flag.status != FlagStatus.DISMISSED)
        .distinct()
    )
    dismissed = select(Flag.message_id).where(Flag.status == FlagStatus.DISMISSED).distinct()
    own = select(Message.id).where(Message.author_kind == AuthorKind.CUSTOMER)
    flagged = set(session.scalars(own.where(Message.id.in_(live))))
    was_dismissed = set(session.scalars(own.where(Message.id.in_(dismissed)))) - flagged
    everything = session.scalars(own.order_by(Message.id))
    unflagged = [m for m in everything if m not in flagged and m not in was_dismissed]
    return {
        "flagged": sorted(flagged),
        "dismissed": sorted(was_dismissed),
        "unflagged": unflagged,
    }


def _allocate(wanted: int, available: dict[str, int]) -> dict[str, int]:
    """Split ``wanted`` evenly over the strata; what a small stratum lacks goes to the others."""
    share = dict.fromkeys(STRATA, 0)
    left = wanted
    while left > 0:
        open_strata = [s for s in STRATA if share[s] < available[s]]
        if not open_strata:
            break
        for stratum in open_strata:
            if left == 0:
                break
            share[stratum] += 1
            left -= 1
    return share


def _detector_categories(session: Session, message_ids: Iterable[int]) -> dict[int, list[str]]:
    found: dict[int, set[str]] = {}
    rows = session.execute(
        select(Flag.message_id, Flag.category).where(
            Flag.message_id.in_(list(message_ids)), Flag.category.in_(list(ABUSE_VALUES))
        )
    )
    for message_id, category in rows:
        found.setdefault(message_id, set()).add(category)
    return {m: sorted(c) for m, c in found.items()}


def create_session(
    session: Session, *, messages: int, actor: str, record: Record, seed: int | None = None
) -> int:
    """Pick ``messages`` customer messages (stratified, by ``seed``) into a new session;
    commits with its audit event and returns the session's id."""
    if not actor.strip():
        raise InputError("say who starts the calibration session")
    if not 1 <= messages <= MAX_MESSAGES:
        raise InputError(f"--messages must be between 1 and {MAX_MESSAGES}, not {messages}")
    seed = secrets.randbelow(2**31) if seed is None else seed
    strata = _strata(session)
    share = _allocate(messages, {s: len(ids) for s, ids in strata.items()})
    rng = random.Random(seed)
    picked = [(m, s) for s in STRATA for m in rng.sample(strata[s], share[s])]
    if not picked:
        raise InputError("there are no customer messages to calibrate on: import some first")
    rng.shuffle(picked)  # strata mixed, so nobody can tell a flagged message by its place
    detector = _detector_categories(session, [m for m, _ in picked])
    row = CalibrationSession(created_by=actor.strip(), seed=seed, size=messages)
    session.add(row)
    session.flush()
    session.add_all(
        CalibrationItem(
            session_id=row.id,
            position=position,
            message_id=message_id,
            stratum=stratum,
            detector_categories=json.dumps(detector.get(message_id, [])),
        )
        for position, (message_id, stratum) in enumerate(picked, start=1)
    )
    record(
        session,
        "calibration.created",
        {"session": row.id, "seed": seed, "messages": [m for m, _ in picked]},
    )
    session.commit()
    return row.id


def _session_row(session: Session, session_id: int) -> CalibrationSession:
    row = session.get(CalibrationSession, session_id)
    if row is None:
        raise NotFoundError(f"no calibration session #{session_id}")
    return row


def save_labels(
    session: Session, session_id: int, participant: str, labels: Sequence[Label], record: Record
) -> int:
    """Store ``participant``'s labels (a new label on an item replaces theirs); commits with
    one audit event. Returns how many were stored."""
    _session_row(session, session_id)
    name = participant.strip()
    if not name:
        raise InputError("say who labels (--as NAME)")
    items = {
        position: item_id
        for position, item_id in session.execute(
            select(CalibrationItem.position, CalibrationItem.id).where(
                CalibrationItem.session_id == session_id
            )
        )
    }
    existing = {
        label.item_id: label
        for label in session.scalars(
            select(CalibrationLabel).where(
                CalibrationLabel.item_id.in_(list(items.values())),
                CalibrationLabel.participant == name,
            )
        )
    }
    detail: list[list[object]] = []
    for label in labels:
        item_id = items.get(label.position)
        if item_id is None:
            raise InputError(f"session #{session_id} has no message {label.position}")
        row = existing.get(item_id)
        if row is None:
            row = CalibrationLabel(item_id=item_id, participant=name)
            session.add(row)
            existing[item_id] = row
        row.verdict, row.category, row.labelled_at = label.verdict, label.category, utcnow()
        detail.append([label.position, label.verdict, label.category])
    record(
        session,
        "calibration.labelled",
        {"session": session_id, "participant": name, "labels": detail},
    )
    session.commit()
    return len(detail)


def session_items(session: Session, session_id: int, participant: str = "") -> list[ItemView]:
    """The session's messages in order, with ``participant``'s own labels (if named)."""
    _session_row(session, session_id)
    mine = {
        item_id: (verdict, category)
        for item_id, verdict, category in session.execute(
            select(CalibrationLabel.item_id, CalibrationLabel.verdict, CalibrationLabel.category)
            .join(CalibrationItem, CalibrationItem.id == CalibrationLabel.item_id)
            .where(
                CalibrationItem.session_id == session_id,
                CalibrationLabel.participant == participant.strip(),
            )
        )
    }
    rows = session.execute(
        select(CalibrationItem, Message.body_text)
        .join(Message, Message.id == CalibrationItem.message_id)
        .where(CalibrationItem.session_id == session_id)
        .order_by(CalibrationItem.position)
    )
    views = []
    for item, text in rows:
        verdict, category = mine.get(item.id, (None, None))
        views.append(
            ItemView(
                position=item.position,
                message_id=item.message_id,
                text=text,
                stratum=item.stratum,
                detector=tuple(json.loads(item.detector_categories)),
                verdict=verdict,
                category=category,
            )
        )
    return views


def all_labels(session: Session, session_id: int) -> dict[str, dict[int, Label]]:
    """Every participant's labels by item position."""
    found: dict[str, dict[int, Label]] = {}
    rows = session.execute(
        select(
            CalibrationLabel.participant,
            CalibrationItem.position,
            CalibrationLabel.verdict,
            CalibrationLabel.category,
        )
        .join(CalibrationItem, CalibrationItem.id == CalibrationLabel.item_id)
        .where(CalibrationItem.session_id == session_id)
        .order_by(CalibrationLabel.participant, CalibrationItem.position)
    )
    for participant, position, verdict, category in rows:
        found.setdefault(participant, {})[position] = Label(position, verdict, category)
    return found


def list_sessions(session: Session) -> list[SessionInfo]:
    """Every session, newest first, with its size and who has labelled in it."""
    counts = {
        session_id: count
        for session_id, count in session.execute(
            select(CalibrationItem.session_id, func.count()).group_by(CalibrationItem.session_id)
        )
    }
    people: dict[int, set[str]] = {}
    for session_id, participant in session.execute(
        select(CalibrationItem.session_id, CalibrationLabel.participant)
        .join(CalibrationItem, CalibrationItem.id == CalibrationLabel.item_id)
        .distinct()
    ):
        people.setdefault(session_id, set()).add(participant)
    return [
        SessionInfo(
            id=row.id,
            created_by=row.created_by,
            created_at=f"{row.created_at:%Y-%m-%d %H:%M}",
            seed=row.seed,
            messages=counts.get(row.id, 0),
            participants=tuple(sorted(people.get(row.id, ()))),
        )
        for row in session.scalars(
            select(CalibrationSession).order_by(CalibrationSession.id.desc())
        )
    ]


def session_info(session: Session, session_id: int) -> SessionInfo:
    for info in list_sessions(session):
        if info.id == session_id:
            return info
    raise NotFoundError(f"no calibration session #{session_id}")


def sessions_in(engine: Engine) -> list[SessionInfo]:
    """:func:`list_sessions` in its own session, for the window's reader pool."""
    with Session(engine) as session:
        return list_sessions(session)


def items_in(engine: Engine, session_id: int, participant: str) -> list[ItemView]:
    """:func:`session_items` in its own session, for the window's reader pool."""
    with Session(engine) as session:
        return session_items(session, session_id, participant)
