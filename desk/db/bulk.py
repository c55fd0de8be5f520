"""Dialect-aware bulk statements for the loader (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

from desk.db.models import Base
from desk.errors import DeskError

T = TypeVar("T")
BULK_CACHE_MIB = 64  # within the import's 400 MB budget


def insert_for(connection: Connection, table: type[Base]) -> Any:
    """An INSERT that supports ``on_conflict_do_nothing``/``do_update`` on this dialect."""
    name = connection.dialect.name
    if name == "sqlite":
        return sqlite.insert(table)
    if name == "postgresql":
        return postgresql.insert(table)
    raise DeskError(f"the {name} database is not supported; use SQLite or PostgreSQL")


def insert_ignore(
    connection: Connection, table: type[Base], rows: Sequence[dict[str, Any]], keys: Sequence[str]
) -> None:
    """Insert ``rows``, skipping those whose ``keys`` already exist (idempotent re-import)."""
    if not rows:
        return
    statement: Insert = insert_for(connection, table).on_conflict_do_nothing(index_elements=keys)
    connection.execute(statement, list(rows))


def time_param(connection: Connection) -> Callable[[dt.datetime], Any]:
    """How a naive datetime is passed to :func:`insert_rows`: SQLite stores SQLAlchemy's text
    form (``YYYY-MM-DD HH:MM:SS.ffffff``, so rows read back alike whichever way they were
    written); PostgreSQL's COPY takes the datetime itself. (A C-level callable: it runs for
    every message.)"""
    if connection.dialect.name == "sqlite":
        return operator.methodcaller("isoformat", " ", "microseconds")
    return _same


def _same(value: dt.datetime) -> dt.datetime:
    return value


def insert_rows(
    connection: Connection,
    table: type[Base],
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    keys: Sequence[str],
) -> None:
    """Insert plain ``rows`` (values in ``columns`` order, already in the driver's types: see
    :func:`time_param`), skipping those whose ``keys`` already exist, in the caller's transaction.

    The loader's hot path, at the database's own speed: SQLite gets one DBAPI ``executemany``
    of tuples (no per-row parameter processing); PostgreSQL a ``COPY`` into a temporary staging
    table, then ``INSERT … SELECT … ON CONFLICT DO NOTHING`` (dedupe as before).
    """
    if not rows:
        return
    name = connection.dialect.name
    target = table.__tablename__
    column_list = ", ".join(columns)
    conflict = f"ON CONFLICT ({', '.join(keys)}) DO NOTHING"
    if name == "sqlite":
        marks = ", ".join("?" * len(columns))
        connection.exec_driver_sql(
            f"INSERT INTO {target} ({column_list}) VALUES ({marks}) {conflict}", list(rows)
        )
        return
    if name != "postgresql":
        raise DeskError(f"the {name} database is not supported; use SQLite or PostgreSQL")
    stage = f"desk_stage_{target}"
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        # Dropped at commit, and gone with a rollback: nothing outlives the import.
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {stage} ON COMMIT DROP AS "
            f"SELECT {column_list} FROM {target} WITH NO DATA"
        )
        with cursor.copy(f"COPY {stage} ({column_list}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(
            f"INSERT INTO {target} ({column_list}) SELECT {column_list} FROM {stage} {conflict}"
        )
        cursor.execute(f"TRUNCATE {stage}")
    finally:
        cursor.close()


@contextmanager
def bulk_cache(connection: Connection, mebibytes: int = BULK_CACHE_MIB) -> Iterator[None]:
    """A larger SQLite page cache for the block (a bulk load into indexed tables): the index
    pages a batch touches stay in memory instead of being read back from the file. The
    connection's own size is restored after. PostgreSQL: nothing (the server's setting)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{int(mebibytes) * 1024}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
