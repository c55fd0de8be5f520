"""Where the evidence basket's queued writes stand: each case's expected version and epoch, and
where each item's id led.

Shared between the GUI thread and the single write worker (hence the lock), and plain Python,
so the write functions in :mod:`desk.case.edits` can follow it without the UI's help.
"""

from __future__ import annotations

import threading


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
