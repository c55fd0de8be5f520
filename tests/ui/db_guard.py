"""A guard that records every database connection the UI's own code takes on the GUI thread.

The UI must never touch the database on the GUI thread: every read and write is a ``desk``
function run through :class:`ui.workers.TaskRunner`. A SQLAlchemy ``checkout`` listener on
every connection pool records a checkout when all of these hold:

- it happens on the main (GUI) thread while a ``QApplication`` exists;
- a frame of a ``ui`` module is on the stack (so the UI's code asked for it, directly or
  through a ``desk`` function it called in place). Test code and fixtures that build or
  inspect a database are not ``ui`` code, so they are exempt without a flag to forget;
- it is not start-up: :func:`desk.db.engine.open_database` (opening and upgrading the
  database before any window exists) or :func:`desk.cli.main` (the command line, a front end
  of its own that works in place; the self-test runs it to build its demo database before it
  opens the window).
"""

from __future__ import annotations

import sys
import threading
from types import FrameType
from typing import Any

from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from sqlalchemy.pool import Pool

STARTUP = frozenset({("desk.db.engine", "open_database"), ("desk.cli", "main")})
EXEMPT_UI_MODULES = frozenset({"ui.workers"})  # runs tasks on worker threads only

records: list[str] = []


def ui_caller(frame: FrameType | None) -> str | None:
    """The innermost ``ui`` frame on the stack as "module:line" (None: no UI code on it, or
    the database is being opened at start-up)."""
    found: str | None = None
    while frame is not None:
        module = str(frame.f_globals.get("__name__", ""))
        if (module, frame.f_code.co_name) in STARTUP:
            return None
        if found is None and module.startswith("ui.") and module not in EXEMPT_UI_MODULES:
            found = f"{module}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back
    return found


def _on_checkout(_dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    if QApplication.instance() is None:
        return
    caller = ui_caller(sys._getframe(1))
    if caller is not None:
        records.append(caller)


def install() -> None:
    """Listen on every pool (idempotent: the listener is registered once)."""
    if not event.contains(Pool, "checkout", _on_checkout):
        event.listen(Pool, "checkout", _on_checkout)


def take() -> list[str]:
    """The records so far, cleared."""
    taken = list(records)
    records.clear()
    return taken
