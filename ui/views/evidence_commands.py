"""Undo and redo for the evidence basket: each edit as a command that writes through the queue.

Evidence is never changed in place: removing an item writes a removal version and undoing
that writes a restored version with a new id. A :class:`CaseTracker`, shared between the GUI
thread and the single write worker, follows each item from id to id, and holds the case
version the next write expects, so commands queued one after another (undo, undo, redo …)
each find the item as the previous one left it.

A command is pushed only after its first write has succeeded, so its first ``redo()`` (which
``QUndoStack.push`` calls) does nothing; later undos and redos replay a write.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from desk.case import evidence

# A change to one case, run on the write worker with a session and the tracker.
Change = Callable[[Session, "CaseTracker"], object]


class CaseTracker:
    """Thread-safe: each case's expected version and epoch, and where each item's id led."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._versions: dict[int, int] = {}
        self._epochs: dict[int, int] = {}
        self._next: dict[int, int] = {}

    def version(self, case_id: int) -> int | None:
        """The version of the case the next write expects (None: not read yet)."""
        with self._lock:
            return self._versions.get(case_id)

    def adopt(self, case_id: int, version: int) -> None:
        """The case was read or written at ``version`` (an older read changes nothing)."""
        with self._lock:
            self._versions[case_id] = max(version, self._versions.get(case_id, 0))

    def epoch(self, case_id: int) -> int:
        with self._lock:
            return self._epochs.get(case_id, 0)

    def invalidate(self, case_id: int) -> None:
        """The case's undo history no longer matches it: writes queued from it are dropped."""
        with self._lock:
            self._epochs[case_id] = self._epochs.get(case_id, 0) + 1

    def record(self, old_id: int, new_id: int) -> None:
        """Evidence ``old_id`` now lives on as ``new_id`` (a removal or a restored version)."""
        with self._lock:
            self._next[old_id] = new_id

    def follow(self, evidence_id: int) -> int:
        """The newest id of the item that ``evidence_id`` once was."""
        with self._lock:
            while evidence_id in self._next:
                evidence_id = self._next[evidence_id]
            return evidence_id


def presence(case_id: int, evidence_id: int, actor: str, present: bool) -> Change:
    """Put item ``evidence_id`` back in the case (restore its removal) or take it out."""

    def change(session: Session, tracker: CaseTracker) -> object:
        current = tracker.follow(evidence_id)
        expected = tracker.version(case_id)
        if present:
            item = evidence.restore(session, current, actor, expected_version=expected)
        else:
            item = evidence.remove(session, current, actor, expected_version=expected)
        tracker.record(current, item.id)
        return item.id

    return change


def ordering(case_id: int, order: Sequence[int], actor: str) -> Change:
    """Put the case's items in ``order`` (ids as they were when the order was taken)."""
    wanted = list(order)

    def change(session: Session, tracker: CaseTracker) -> object:
        ids = [tracker.follow(i) for i in wanted]
        evidence.reorder(session, case_id, ids, actor, expected_version=tracker.version(case_id))
        return None

    return change


class Replayer(Protocol):
    def replay(self, case_id: int, change: Change) -> None: ...


class EvidenceCommand(QUndoCommand):
    """One edit of one case's evidence, already written once when pushed."""

    def __init__(
        self, replayer: Replayer, case_id: int, text: str, forward: Change, backward: Change
    ) -> None:
        super().__init__(text)
        self._replayer = replayer
        self._case_id = case_id
        self._forward = forward
        self._backward = backward
        self._written = True

    @property
    def forward(self) -> Change:
        """The write that does the edit (the first time, before the command is pushed)."""
        return self._forward

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._replayer.replay(self._case_id, self._forward)

    def undo(self) -> None:
        self._replayer.replay(self._case_id, self._backward)


def toggled(
    replayer: Replayer, case_id: int, evidence_id: int, actor: str, text: str, *, present: bool
) -> EvidenceCommand:
    """An item was added (``present``) or removed: undo does the opposite, redo it again."""
    return EvidenceCommand(
        replayer,
        case_id,
        text,
        presence(case_id, evidence_id, actor, present),
        presence(case_id, evidence_id, actor, not present),
    )


def reordered(
    replayer: Replayer,
    case_id: int,
    before: Sequence[int],
    after: Sequence[int],
    actor: str,
    text: str,
) -> EvidenceCommand:
    return EvidenceCommand(
        replayer, case_id, text, ordering(case_id, after, actor), ordering(case_id, before, actor)
    )
