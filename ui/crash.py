"""Uncaught exceptions: written to the crash log and shown to the manager, never only to stderr.

PySide6 hands an exception raised in a slot to :data:`sys.excepthook` and carries on; a thread
hands its own to :func:`threading.excepthook`. Left alone, both print to stderr, which the
packaged app (``console=False``) does not have, so the manager would see nothing while an
action silently did not finish. :func:`install_crash_hook` replaces both: the full traceback
goes to a rotated, owner-only log file in the user's data folder, and a non-modal message box
says in one sentence what happened, where the log is, and offers to copy the details.

The hook runs on any thread and never touches a widget there: it emits a signal that the
reporter, living on the GUI thread, turns into the message box. Passwords in URLs
(``postgresql://user:secret@host``) are masked before anything is written or shown.
"""

from __future__ import annotations

import io
import logging
import os
import re
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desk.config import data_dir
from desk.errors import DeskError

LOG_NAME = "breakup-desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^/\s:@]*:)[^@\s/]+@", re.IGNORECASE)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_dir() -> Path:
    """``<data folder>/logs``, owner-only (a traceback can quote a customer's words)."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def redact(text: str) -> str:
    """``text`` with the password of any URL in it replaced by ``***``."""
    return _URL_PASSWORD.sub(r"\g<head>***@", text)


def summary_of(exc: BaseException) -> str:
    """What happened, in one sentence for the manager."""
    if isinstance(exc, DeskError):
        return redact(f"Breakup Desk could not finish: {exc}.")
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    what = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    return redact(
        f"Something went wrong inside Breakup Desk ({what}); what you were doing may not "
        "have finished."
    )


class _OwnerOnlyFileHandler(RotatingFileHandler):
    """A rotating log whose files only their owner can read, new or rotated alike."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file left by an older version may be wider
        stream = os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        assert isinstance(stream, io.TextIOWrapper)
        return stream


class CrashReporter(QObject):
    """Logs and shows every uncaught exception while installed (see the module docstring).

    Signals:
        shown(str): the message box is showing; the one-sentence summary.
    """

    shown = Signal(str)
    _report = Signal(str, str)  # summary, details: from any thread to the GUI thread

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.box: QMessageBox | None = None
        log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._handler = _OwnerOnlyFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self._logger = logging.getLogger(__name__)
        self._logger.propagate = False  # the hook prints to stderr itself
        self._logger.addHandler(self._handler)
        self._previous_sys: Any = None
        self._previous_thread: Any = None
        self._report.connect(self._on_report, Qt.ConnectionType.QueuedConnection)

    # -- installing ----------------------------------------------------------------------

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook`` (remembering the old ones)."""
        self._previous_sys, self._previous_thread = sys.excepthook, threading.excepthook
        sys.excepthook = self._on_sys_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        """Put the previous hooks back (if nobody replaced ours since) and close the log."""
        if sys.excepthook == self._on_sys_exception and self._previous_sys is not None:
            sys.excepthook = self._previous_sys
        if threading.excepthook == self._on_thread_exception and self._previous_thread:
            threading.excepthook = self._previous_thread
        self._logger.removeHandler(self._handler)
        self._handler.close()

    # -- the hooks (any thread) ------------------------------------------------------------

    def _on_sys_exception(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)  # Ctrl+C in a terminal: not a crash
            return
        self.report((kind, exc, tb), threading.current_thread().name)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit) or args.exc_value is None:
            return  # a thread that exits on purpose (threading's own hook ignores it too)
        name = args.thread.name if args.thread is not None else "a thread"
        self.report((args.exc_type, args.exc_value, args.exc_traceback), name)

    def report(self, info: ExcInfo, thread: str) -> None:
        """Log the traceback, print it to stderr when there is one, and ask for the box."""
        details = redact("".join(traceback.format_exception(*info)))
        self._logger.error("Uncaught exception in %s:\n%s", thread, details.rstrip())
        if sys.stderr is not None:  # none in a windowed build
            sys.stderr.write(details)
        self._report.emit(summary_of(info[1]), details)

    # -- the message box (GUI thread) ------------------------------------------------------

    @Slot(str, str)
    def _on_report(self, summary: str, details: str) -> None:
        if self.box is not None:
            return  # one box at a time: the log has every traceback
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Breakup Desk"), summary)
        box.setInformativeText(
            self.tr("The details are in the log: {path}").format(path=self.log_file)
        )
        box.setDetailedText(details)
        copy = box.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(self._on_box_finished)
        self.box = box
        box.show()
        self.shown.emit(summary)

    @Slot(int)
    def _on_box_finished(self, _result: int) -> None:
        if self.box is not None:
            self.box.deleteLater()
            self.box = None


def install_crash_hook(
    log_file: Path | None = None, parent: QObject | None = None
) -> CrashReporter:
    """Log and show uncaught exceptions from now on; ``uninstall()`` on the result undoes it.

    The log is ``<data folder>/logs/breakup-desk.log`` unless ``log_file`` says otherwise.
    """
    reporter = CrashReporter(log_file or log_dir() / LOG_NAME, parent)
    reporter.install()
    return reporter
