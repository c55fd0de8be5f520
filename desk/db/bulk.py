"""Dialect-aware bulk statements for the loader (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

from desk.db.models import Base
from desk.errors import DeskError

T = TypeVar("T")


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


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
