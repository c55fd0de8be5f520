"""Engine and session set-up.

:func:`open_database` is the one way in: it resolves the URL, creates a SQLite file with
owner-only permissions, turns on foreign keys and WAL, and upgrades the schema to the newest
Alembic revision, so an old database is brought up to date on start.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk.config import resolve_db_url
from desk.db.failures import BUSY, is_busy
from desk.errors import InputError

BUSY_TIMEOUT_ENV = "BREAKUP_DESK_BUSY_TIMEOUT"
"""Seconds a writer waits for another one to finish (default 10); tests set it short."""

DEFAULT_BUSY_TIMEOUT = 10.0


def busy_timeout() -> float:
    """How long to wait for the database's write lock, from $BREAKUP_DESK_BUSY_TIMEOUT."""
    text = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if not text:
        return DEFAULT_BUSY_TIMEOUT
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 86400:
        raise InputError(f"{BUSY_TIMEOUT_ENV}={text!r} is not a number of seconds")
    return seconds


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout() * 1000)}")
    cursor.close()


def _prepare_sqlite_file(database: str | None) -> None:
    """Create the SQLite file (and its folder), or say in one line why it cannot be."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.is_dir():
        example = path / "breakup-desk.sqlite3"
        raise InputError(f"the database {path} is a folder; give a file in it, e.g. {example}")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"cannot create the database folder {folder}: {_why(folder, exc)}"
        ) from exc
    if not path.exists():
        try:
            # Created before SQLite opens it, so the file is owner-only from its first byte.
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        except OSError as exc:
            raise InputError(f"cannot create the database file {path}: {_why(path, exc)}") from exc
        os.close(fd)


def _why(path: Path, exc: OSError) -> str:
    """Why ``path`` could not be made, in words: the part of it that is a file, or the OS's."""
    for part in (path, *path.parents):
        if part.exists():
            return f"{part} is a file" if not part.is_dir() else exc.strerror or str(exc)
    return exc.strerror or str(exc)


def create_db_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url`` (or the configured default), without touching the schema."""
    resolved = resolve_db_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError as exc:
        raise InputError(f"database URL {resolved!r} is not a valid SQLAlchemy URL") from exc
    if parsed.get_backend_name() == "sqlite":
        busy_timeout()  # a bad value is said now, in one line, not on the first connection
        _prepare_sqlite_file(parsed.database)
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(parsed, pool_pre_ping=True, **kwargs)
    except Exception as exc:  # a missing DBAPI driver, an unknown dialect
        raise InputError(f"cannot use database {parsed.render_as_string()}: {exc}") from exc


def open_database(url: str | None = None, *, upgrade: bool = True) -> Engine:
    """Open the database at ``url`` and bring its schema to the newest revision."""
    engine = create_db_engine(url)
    if upgrade:
        from desk.db.migrate import upgrade_to_head

        try:
            upgrade_to_head(engine)
        except DatabaseError as exc:
            # Cannot connect, locked, or not a database at all ("file is not a database", a
            # plain DatabaseError); anything else is a migration's bug and keeps its traceback.
            if type(exc) not in (OperationalError, DatabaseError):
                raise
            engine.dispose()
            if is_busy(exc):
                raise InputError(BUSY) from exc
            reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
            raise InputError(
                f"cannot open database {engine.url.render_as_string()}: {reason}"
            ) from exc
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
