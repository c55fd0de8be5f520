"""Database failures told in one line, never with the SQL or its parameters.

SQLAlchemy's error text carries the failing statement and its bound parameters: for an import
that is customers' message bodies, kilobytes of them. What a person needs is what happened
(another writer holds the database, the disk is full) and what to do; the driver's own message
(``exc.orig``) is enough for the rest.
"""

from __future__ import annotations

import errno
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

BUSY = "the database is busy: another import or window is writing to it; try again when it finishes"

_LOCKED = ("database is locked", "database table is locked", "database schema is locked")
_FULL = ("database or disk is full",)


def driver_message(exc: BaseException) -> str:
    """The first line of the driver's message: SQLAlchemy's wrapper adds the SQL and values."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def is_busy(exc: BaseException) -> bool:
    """Another connection holds the write lock (SQLite's SQLITE_BUSY / SQLITE_LOCKED)."""
    return isinstance(exc, OperationalError) and driver_message(exc).lower() in _LOCKED


def is_disk_full(exc: BaseException) -> bool:
    """SQLite's SQLITE_FULL, or the OS's ENOSPC / EDQUOT on a file we wrote."""
    if isinstance(exc, OperationalError):
        return driver_message(exc).lower() in _FULL
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def full_folder(exc: BaseException, database_folder: Path | None) -> Path | None:
    """The folder whose disk is full: the file the OS named, else the database's."""
    if isinstance(exc, OSError) and exc.filename:
        return Path(str(exc.filename)).parent
    return database_folder
