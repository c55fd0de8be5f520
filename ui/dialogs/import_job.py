"""The import dialog's background job: each file in its own transaction, then the abuse scan.

Plain Python (Qt only for its words), run on the single write queue. Every file is committed
on its own, so a file that fails does not undo the ones before it; the job goes on with the
next file and the outcome says, file by file, what went in and what did not. The scan that
reads the new messages for abuse runs once the files are in; when it fails the files stay
imported, and the outcome carries the reason so the dialog can say that the flags are missing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.rulepack import reload_packs
from desk.abuse.scan import ScanResult, scan_messages
from desk.db.handle import Engine
from desk.errors import Cancelled, DeskError
from desk.ingest.loader import ImportSummary, import_file
from desk.progress import Progress

log = logging.getLogger(__name__)

# (file, format name or None to detect, the format's options)
Plan = Sequence[tuple[Path, str | None, dict[str, Any] | None]]


@dataclass(frozen=True)
class FileFailure:
    """A file that did not go in, and why (one line for the manager)."""

    path: Path
    reason: str


@dataclass
class ImportOutcome:
    """What the job did. ``scan_error`` is set when the scan failed after the import."""

    imported: list[ImportSummary] = field(default_factory=list)
    failed: list[FileFailure] = field(default_factory=list)
    not_started: list[Path] = field(default_factory=list)  # left after a Cancel
    cancelled: bool = False
    scan: ScanResult | None = None
    scan_error: str | None = None

    @property
    def batch_ids(self) -> list[int]:
        return [s.batch_id for s in self.imported]


def reason_of(exc: BaseException) -> str:
    """The one line a manager reads: the core's own message, else what kind of bug it was."""
    if isinstance(exc, DeskError):
        return str(exc)
    return QCoreApplication.translate(
        "ImportJob", "an internal error occurred ({kind}: {error})"
    ).format(kind=type(exc).__name__, error=exc)


def run_imports(
    engine: Engine,
    plan: Plan,
    progress: Progress,
    detector_options: DetectorOptions | None = None,
) -> ImportOutcome:
    """Import each file of ``plan`` (each commits on its own), then scan what went in."""
    outcome = ImportOutcome()
    for index, (path, name, options) in enumerate(plan):
        try:
            summary = import_file(
                engine, path, format_name=name, options=options, progress=progress
            )
        except Cancelled:
            outcome.cancelled = True
            cancelled = QCoreApplication.translate("ImportJob", "cancelled; nothing of it was kept")
            outcome.failed.append(FileFailure(path, cancelled))
            outcome.not_started = [p for p, _, _ in plan[index + 1 :]]
            break
        except Exception as exc:  # one bad file must not hide what the others did
            if not isinstance(exc, DeskError):
                log.exception("importing %s failed", path)
            outcome.failed.append(FileFailure(path, reason_of(exc)))
        else:
            outcome.imported.append(summary)
    if outcome.imported and not outcome.cancelled:
        try:
            outcome.scan = scan_imported(engine, outcome.batch_ids, detector_options)
        except Exception as exc:  # the files are committed: they stay, the flags are missing
            if not isinstance(exc, DeskError):
                log.exception("scanning the imported messages failed")
            outcome.scan_error = reason_of(exc)
    return outcome


def scan_imported(
    engine: Engine, batch_ids: Sequence[int], detector_options: DetectorOptions | None = None
) -> ScanResult:
    """Read the messages those imports added for abuse, with the rule packs as they are now
    (so a retry after fixing a rule pack reads the fixed one)."""
    reload_packs()
    detector = Detector(detector_options or DetectorOptions())
    return scan_messages(engine, batch_ids=list(batch_ids), detector=detector)
