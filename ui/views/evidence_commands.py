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

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from desk.case.edits import Change, ordering, presence
from desk.case.tracker import CaseTracker

__all__ = ["CaseTracker", "Change", "EvidenceCommand", "reordered", "toggled"]


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
