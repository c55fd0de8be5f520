"""PostgreSQL: a bulk load's foreign keys checked once per batch instead of once per row.

PostgreSQL checks each foreign key of each inserted row with a trigger: a look-up of the parent
row, locked ``FOR KEY SHARE`` so that no other session deletes it before this one commits. A
message has four (its conversation, customer, agent and import batch). Measured on the
200,000-message demo export's message rows (``COPY`` into the indexed table, one session, this
2-core machine): 5.9 s with the four checks, 1.9 s without them; the checks were most of the
import's time on the server.

Where the database lets this session turn the per-row triggers off for its own transaction
(``SET LOCAL session_replication_role = replica``: a superuser, or, from PostgreSQL 15, a role
granted ``GRANT SET ON PARAMETER session_replication_role TO <role>``), :func:`checked_by_set`
does the same checks once per batch: the distinct parents a batch's rows name, looked up and
locked ``FOR KEY SHARE`` in one statement per parent table, before the rows go in. The
guarantee is the foreign key's own: every row's parent exists when the row is written and
cannot be deleted by another session until this one commits; a parent that is missing (a bug
of ours, or a customer deleted by another manager mid-import) fails the import, which rolls
back whole. Where the role may not, the triggers run as before (nothing to configure).

Replica mode turns off every trigger that is not ``ENABLE ALWAYS``: the statement triggers that
move ``data_version`` are (migration 0011), so other managers' windows still see the import.
``pg_restore --disable-triggers`` loads data the same way.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection

from desk.db.models import Base
from desk.errors import DeskError

_CHUNK = 50_000


@dataclass(frozen=True)
class Reference:
    """A foreign key of the rows a bulk insert writes: ``column`` holds a ``parent`` id."""

    column: str
    parent: type[Base]


def references_of(table: type[Base], columns: Sequence[str]) -> tuple[Reference, ...]:
    """The foreign keys the model declares on ``columns`` of ``table``: every one a bulk insert
    of those columns must check itself while the per-row triggers are off."""
    return _references_of(table, tuple(columns))


@cache
def _references_of(table: type[Base], columns: tuple[str, ...]) -> tuple[Reference, ...]:
    models = {mapper.local_table: mapper.class_ for mapper in Base.registry.mappers}
    declared = {fk.parent.name: models[fk.column.table] for fk in table.__table__.foreign_keys}
    return tuple(Reference(c, declared[c]) for c in columns if c in declared)


class MissingParent(DeskError):
    """Rows to be inserted name a parent row that is not stored: nothing is imported."""


def may_disable_triggers(connection: Connection) -> bool:
    """Whether this PostgreSQL session may set ``session_replication_role`` (asked once per
    transaction, in a savepoint that leaves nothing behind)."""
    if connection.dialect.name != "postgresql":
        return False
    key = "desk.references.replica"
    transaction = connection.get_transaction()
    cached = connection.info.get(key)  # (weak reference to the transaction, answer)
    if transaction is not None and cached is not None and cached[0]() is transaction:
        return bool(cached[1])
    from psycopg import errors  # here: importing psycopg costs a SQLite user ~0.26 s

    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute("SAVEPOINT desk_replica_probe")
        try:
            cursor.execute("SET LOCAL session_replication_role = replica")
            allowed = True
        except errors.InsufficientPrivilege:
            allowed = False
        cursor.execute("ROLLBACK TO SAVEPOINT desk_replica_probe")
        cursor.execute("RELEASE SAVEPOINT desk_replica_probe")
    finally:
        cursor.close()
    if transaction is not None:
        connection.info[key] = (weakref.ref(transaction), allowed)
    return allowed


@contextmanager
def checked_by_set(
    connection: Connection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    references: Sequence[Reference],
) -> Iterator[bool]:
    """Around a bulk insert of ``rows`` (values in ``columns`` order) into ``table``: on
    PostgreSQL, where permitted, the parents ``references`` name locked and checked once for
    the batch and the per-row triggers off for the block; whether they were. Elsewhere (SQLite,
    or a role that may not): nothing, the database checks each row itself.

    An error inside the block leaves the setting as it is: the caller's transaction is then
    rolled back, and the setting (``SET LOCAL``) with it."""
    if not references or not rows or not may_disable_triggers(connection):
        yield False
        return
    for reference in references:
        lock_parents(connection, table, columns.index(reference.column), rows, reference)
    connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
    yield True
    connection.exec_driver_sql("SET LOCAL session_replication_role = origin")


def lock_parents(
    connection: Connection,
    table: str,
    position: int,
    rows: Sequence[tuple[Any, ...]],
    reference: Reference,
) -> None:
    """Lock ``FOR KEY SHARE`` every distinct parent the rows' ``position``-th value names (as
    the foreign key's trigger does for each row); :class:`MissingParent` if one is not stored."""
    wanted = {row[position] for row in rows} - {None}
    if not wanted:
        return
    parent = reference.parent.__tablename__
    key_type = reference.parent.__table__.c["id"].type.compile(dialect=connection.dialect)
    found: set[Any] = set()
    ordered = sorted(wanted)  # one lock order for every session: no deadlock between imports
    for start in range(0, len(ordered), _CHUNK):
        found.update(
            connection.exec_driver_sql(
                f"SELECT t.id FROM unnest(%(keys)s::{key_type}[]) AS k(v) "
                f"JOIN {parent} AS t ON t.id = k.v ORDER BY t.id FOR KEY SHARE OF t",
                {"keys": ordered[start : start + _CHUNK]},
            ).scalars()
        )
    missing = sorted(wanted - found)
    if missing:
        shown = ", ".join(str(m) for m in missing[:5])
        raise MissingParent(
            f"new {table} rows name {parent} {shown}"
            f"{' …' if len(missing) > 5 else ''}, which is not stored (deleted by another "
            "session during the import?); nothing was imported"
        )
