"""The connections panel's background work, in plain Python (no Qt, no widget).

Run through :class:`ui.workers.TaskRunner`: listing and testing on the reader pool, saving,
removing and syncing on the single writer. A sync reports after each committed page into a
:class:`SyncWatch`, which the panel reads on a timer; Cancel sets the watch's
:class:`desk.progress.Progress`, which the sync checks between pages, so the pages already
committed stay and the next sync resumes after them.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from desk.abuse.scan import scan_messages
from desk.connect.store import ConnectionInfo, get_connection, list_connections
from desk.connect.sync import SyncSummary, connector_for, sync
from desk.connect.volume import AwaitingText, awaiting_text
from desk.db.handle import Engine
from desk.errors import DeskError
from desk.progress import Progress


@dataclass(frozen=True, slots=True)
class SyncFigures:
    """What the progress bar shows: pages and messages so far, and the rate."""

    pages: int = 0
    messages: int = 0
    conversations: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Messages read per second (the counts of what was fetched, new or not)."""
        return self.messages / self.seconds if self.seconds > 0 else 0.0


class SyncWatch:
    """Shared between the sync's thread (writes figures) and the panel (reads, cancels)."""

    def __init__(self) -> None:
        self.progress = Progress(None, "pages")
        self._lock = threading.Lock()
        self._figures = SyncFigures()
        self._started = time.monotonic()

    def note(self, summary: SyncSummary) -> None:
        with self._lock:
            self._figures = SyncFigures(
                summary.pages,
                summary.messages_seen,
                summary.conversations_new,
                time.monotonic() - self._started,
            )

    @property
    def figures(self) -> SyncFigures:
        with self._lock:
            return self._figures


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """A finished sync: its counts, the connection as it is now, what still awaits text."""

    summary: SyncSummary
    connection: ConnectionInfo
    awaiting: AwaitingText
    scan_error: str | None = None


def load_connections(engine: Engine) -> list[ConnectionInfo]:
    return list_connections(engine)


def test_saved(engine: Engine, name: str) -> str:
    """The saved connection's token still works (one authenticated request)."""
    return connector_for(get_connection(engine, name)).check()


def run_sync(engine: Engine, name: str, watch: SyncWatch, volume_only: bool) -> SyncOutcome:
    """Sync ``name`` page by page (see :mod:`desk.connect.sync`), then read the new messages
    for abuse as an import does; a failed scan leaves the sync saved and says so."""
    info = get_connection(engine, name)
    summary = sync(
        engine, info, progress=watch.progress, volume_only=volume_only, on_page=watch.note
    )
    scan_error = None
    if not volume_only:
        try:
            scan_messages(engine, batch_ids=[summary.batch_id, *summary.resumed_batches])
        except DeskError as exc:
            scan_error = str(exc)
    return SyncOutcome(summary, get_connection(engine, name), awaiting_text(engine), scan_error)
