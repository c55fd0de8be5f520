"""Dialect-aware bulk statements for the loader (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import operator
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

from desk.db.models import Base
from desk.db.references import checked_by_set, references_of
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
    returning: Sequence[str] = (),
    *,
    all_new: bool = False,
    on_inserted: Callable[[int], None] | None = None,
) -> list[tuple[Any, ...]] | None:
    """Insert plain ``rows`` (values in ``columns`` order, already in the driver's types: see
    :func:`time_param`), skipping those whose ``keys`` already exist, in the caller's transaction.

    The loader's hot path, at the database's own speed: SQLite gets one DBAPI ``executemany``
    of tuples (no per-row parameter processing); PostgreSQL a ``COPY`` straight into the table
    while no row of it conflicts (:func:`_copied_straight`), else a ``COPY`` into a temporary
    staging table, then ``INSERT … SELECT … ON CONFLICT DO NOTHING`` (dedupe as before).

    With ``returning`` (PostgreSQL only), the ``returning`` columns of the rows this call
    inserted: the caller learns their new ids without looking them up again (rows skipped as
    already stored are not among them). ``None`` where not given or on SQLite.

    With ``all_new``, every row must go in (the caller chose their ids): one skipped as
    already stored raises :class:`IncompleteInsert`, which rolls the caller's transaction
    back, instead of leaving the caller to refer to a row that is not there. The check is
    the driver's row count: free, where a look-up of the ids would cost.

    ``on_inserted`` is told how many rows went in (the driver's row count too), so that the
    loader counts what an import added without counting its rows again at the end (a scan of
    the whole message table, which has no index on the batch).

    On PostgreSQL the rows' foreign keys (those the model declares on ``columns``) are checked
    once for the batch instead of once per row where the session may
    (:func:`desk.db.references.checked_by_set`).
    """
    if not rows:
        return [] if returning and connection.dialect.name == "postgresql" else None
    name = connection.dialect.name
    target = table.__tablename__
    column_list = ", ".join(columns)
    conflict = f"ON CONFLICT ({', '.join(keys)}) DO NOTHING"
    if name == "sqlite":
        marks = ", ".join("?" * len(columns))
        result = connection.exec_driver_sql(
            f"INSERT INTO {target} ({column_list}) VALUES ({marks}) {conflict}", list(rows)
        )
        _count(target, len(rows), result.rowcount, all_new, on_inserted)
        return None
    if name != "postgresql":
        raise DeskError(f"the {name} database is not supported; use SQLite or PostgreSQL")
    references = references_of(table, columns)
    with checked_by_set(connection, target, columns, rows, references):
        return _copy_rows(
            connection, target, column_list, conflict, rows, returning, all_new, on_inserted
        )


def _copy_rows(
    connection: Connection,
    target: str,
    column_list: str,
    conflict: str,
    rows: Sequence[tuple[Any, ...]],
    returning: Sequence[str],
    all_new: bool,
    on_inserted: Callable[[int], None] | None,
) -> list[tuple[Any, ...]] | None:
    """:func:`insert_rows` on PostgreSQL: a ``COPY`` straight in, else through staging."""
    if not returning and _copied_straight(connection, target, column_list, rows):
        _count(target, len(rows), len(rows), all_new, on_inserted)
        return None
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
        tail = f" RETURNING {', '.join(returning)}" if returning else ""
        cursor.execute(
            f"INSERT INTO {target} ({column_list}) SELECT {column_list} FROM {stage} "
            f"{conflict}{tail}"
        )
        _count(target, len(rows), cursor.rowcount, all_new, on_inserted)
        inserted = [tuple(row) for row in cursor.fetchall()] if returning else None
        cursor.execute(f"TRUNCATE {stage}")
    finally:
        cursor.close()
    return inserted


def _copied_straight(
    connection: Connection, target: str, column_list: str, rows: Sequence[tuple[Any, ...]]
) -> bool:
    """PostgreSQL: ``COPY`` the rows straight into ``target``, in a savepoint; whether they
    went in. A row already stored (or twice in ``rows``) fails the ``COPY`` as a whole: the
    savepoint is rolled back, the caller takes the staging path (``ON CONFLICT DO NOTHING``)
    for these rows, and for the rest of ``target``'s rows in this transaction (a re-import
    would otherwise fail every batch's ``COPY``). Any other error is the caller's.

    Measured on the 200,000-message demo export's messages (5,000 a batch, server side, one
    session, machine loaded): 31.8 s straight vs 37.3 s through staging, 48.8 vs 66.0 s.
    Costs: one subtransaction per call (an XID each: past 64 in one transaction other
    sessions' snapshots look our uncommitted rows up in ``pg_subtrans`` until it commits),
    and the dead rows of the one rolled-back ``COPY``, for vacuum."""
    key = ("desk.bulk.staged", target)
    transaction = connection.get_transaction()
    staged_in = connection.info.get(key)  # a weak reference: the pool keeps this dict
    if transaction is not None and staged_in is not None and staged_in() is transaction:
        return False
    from psycopg import errors  # here: importing psycopg costs a SQLite user ~0.26 s

    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute("SAVEPOINT desk_copy_straight")
        try:
            with cursor.copy(f"COPY {target} ({column_list}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        except errors.UniqueViolation:
            cursor.execute("ROLLBACK TO SAVEPOINT desk_copy_straight")
            cursor.execute("RELEASE SAVEPOINT desk_copy_straight")
            if transaction is not None:
                connection.info[key] = weakref.ref(transaction)
            return False
        cursor.execute("RELEASE SAVEPOINT desk_copy_straight")
    finally:
        cursor.close()
    return True


class IncompleteInsert(DeskError):
    """Rows whose ids the loader chose were not all inserted (see :func:`insert_rows`)."""


def _count(
    table: str,
    rows: int,
    inserted: int,
    all_new: bool,
    on_inserted: Callable[[int], None] | None,
) -> None:
    """:func:`insert_rows`'s ``all_new`` check and ``on_inserted`` report, from the driver's
    count of the rows that went in."""
    if all_new and inserted != rows:
        raise IncompleteInsert(
            f"only {inserted:,} of {rows:,} new {table} rows could be inserted; "
            "nothing was imported"
        )
    if on_inserted is not None:
        on_inserted(inserted)


@contextmanager
def foreign_keys_off(connection: Connection) -> Iterator[bool]:
    """On SQLite, the connection's foreign-key checks off for the block, restored after it;
    whether they are off. For :func:`desk.ingest.loader.import_file`, whose references are
    right by construction, checked otherwise:

    * every id the loader writes into a reference column was read in the import's own
      transaction from a stored row (a customer's id from its identity, a conversation's, an
      agent's), or was chosen by the loader for a row it inserted with ``all_new``
      (:func:`insert_rows`: counted in, else the import fails and rolls back); the import
      deletes nothing that rows could refer to;
    * SQLite checks each reference of each row inserted with a look-up of the parent: four a
      message. Measured on the 200,000-message demo export: the messages' inserts took
      1.7-1.8 s of CPU with the checks, 1.2-1.3 s without.

    ``PRAGMA foreign_keys`` is ignored inside a transaction: the block must begin the
    transaction itself (``with foreign_keys_off(c), c.begin():``), and a connection already
    in one keeps its checks (yields False). The setting is restored when the block ends, after
    its transaction did, whichever way, before the connection goes back to the pool.
    PostgreSQL: nothing (turning its checks off takes a superuser).
    """
    if connection.dialect.name != "sqlite" or connection.in_transaction():
        yield False
        return
    before = int(connection.exec_driver_sql("PRAGMA foreign_keys").scalar() or 0)
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    off = not connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    connection.commit()  # ends SQLAlchemy's autobegun transaction: nothing was written in it
    try:
        yield off
    finally:
        if connection.in_transaction():
            connection.rollback()
        connection.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if before else 'OFF'}")
        connection.commit()


def next_ids(connection: Connection, table: type[Base], count: int) -> list[int] | None:
    """The ids for ``count`` new rows of ``table``, chosen before they are inserted, so that
    nothing just inserted is looked up again: on SQLite counting on from the highest
    (:func:`sqlite_next_ids`), on PostgreSQL drawn from the id column's own sequence in one
    statement (other sessions draw past them). ``None`` where they cannot be chosen."""
    name = connection.dialect.name
    if name == "sqlite":
        return sqlite_next_ids(connection, table, count)
    if name != "postgresql":
        return None
    return list(
        connection.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence(%(table)s, 'id')) "
            "FROM generate_series(1, %(count)s)",
            {"table": table.__tablename__, "count": count},
        ).scalars()
    )


def sqlite_next_ids(connection: Connection, table: type[Base], count: int) -> list[int] | None:
    """On SQLite, the ids the next ``count`` rows of ``table`` will get: counting on from the
    highest, as SQLite itself chooses them (an ``INTEGER PRIMARY KEY`` without
    ``AUTOINCREMENT``; the import's transaction is the only writer). Given explicitly, they
    spare a look-up of the rows just inserted (``executemany`` returns no ids). ``None`` on
    another database, or when the ids would run out."""
    if connection.dialect.name != "sqlite":
        return None
    top = int(
        connection.exec_driver_sql(f"SELECT max(id) FROM {table.__tablename__}").scalar() or 0
    )
    if top >= _SQLITE_MAX_ID - count:
        return None
    return list(range(top + 1, top + 1 + count))


_SQLITE_MAX_ID = 2**63 - 1


def select_in(
    connection: Connection,
    table: type[Base],
    columns: Sequence[str],
    where: Mapping[str, Any],
    key: str,
    values: Sequence[Any],
) -> Iterator[tuple[Any, ...]]:
    """``SELECT columns FROM table WHERE <where's columns = values> AND key IN values``, in
    chunks, as plain tuples: the loader's look-ups of the keys a batch names.

    Driver-level SQL, as :func:`insert_rows`: SQLAlchemy's expanding ``IN`` renders and
    processes one bound parameter per value on every call (5,000 a batch), which cost more than
    the look-up itself. PostgreSQL gets the values as one array, joined as a table
    (``unnest``, cast to the key column's type): with ``key = ANY(array)`` instead, the 50
    look-ups of conversations in a 200,000-message import took 9 s of its wall time, joined
    0.7 s (profiled, ``tests/benchmarks/bench_import.py``'s demo export). Table and column
    names are the models' own, never input."""
    name = connection.dialect.name
    target = table.__tablename__
    selected = ", ".join(columns)
    if name == "sqlite":
        fixed = "".join(f"{column} = ? AND " for column in where)
        for chunk in chunks(values, _SQLITE_IN_CHUNK):
            marks = ", ".join("?" * len(chunk))
            yield from connection.exec_driver_sql(
                f"SELECT {selected} FROM {target} WHERE {fixed}{key} IN ({marks})",
                (*where.values(), *chunk),
            )
        return
    if name != "postgresql":
        raise DeskError(f"the {name} database is not supported; use SQLite or PostgreSQL")
    fixed = "".join(f" AND t.{column} = %(w{n})s" for n, column in enumerate(where))
    params: dict[str, Any] = {f"w{n}": value for n, value in enumerate(where.values())}
    selected = ", ".join(f"t.{column}" for column in columns)
    key_type = table.__table__.c[key].type.compile(dialect=connection.dialect)
    for chunk in chunks(values, _PG_IN_CHUNK):
        yield from connection.exec_driver_sql(
            f"SELECT {selected} FROM unnest(%(keys)s::{key_type}[]) AS k(v) "
            f"JOIN {target} AS t ON t.{key} = k.v{fixed}",
            {**params, "keys": chunk},
        )


_SQLITE_IN_CHUNK = 5000  # under SQLite's 32,766 parameters
_PG_IN_CHUNK = 50_000


class Growth:
    """Keeps the planner's statistics of the tables one import grows in step with them.

    An import is one transaction: autovacuum cannot see its rows, so PostgreSQL plans the
    loader's key look-ups (``IN (…)`` of up to 5,000 vendor ids) against tables it believes
    empty or small, and picks sequential scans that grow with the table (quadratic over the
    import: ~10 s per look-up at a million messages). ``ANALYZE`` inside the transaction
    counts the transaction's own uncommitted rows, so the table is analysed each time what
    this import added to it reaches what it held when last analysed (at least
    :attr:`FIRST` rows): O(log n) ``ANALYZE``s of a sample each, and index scans throughout.
    SQLite: nothing (its planner uses the unique indexes without statistics)."""

    FIRST = 20_000

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.enabled = connection.dialect.name == "postgresql"
        self._added: dict[str, int] = {}
        self._base: dict[str, int] = {}
        self.analyzed = 0  # how many ANALYZEs ran: for the tests

    def added(self, table: type[Base], rows: int) -> None:
        """``rows`` were just inserted into ``table`` (in this transaction)."""
        if not self.enabled or rows <= 0:
            return
        name = table.__tablename__
        if name not in self._base:
            reltuples = self.connection.exec_driver_sql(
                "SELECT reltuples FROM pg_class WHERE oid = %(name)s::regclass", {"name": name}
            ).scalar()
            self._base[name] = max(int(reltuples or 0), 0)
        added = self._added.get(name, 0) + rows
        if added >= max(self.FIRST, self._base[name]):
            self.connection.exec_driver_sql(f"ANALYZE {name}")
            self.analyzed += 1
            self._base[name] += added
            added = 0
        self._added[name] = added


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


@contextmanager
def indexes_after(connection: Connection, table: type[Base]) -> Iterator[None]:
    """On SQLite, when ``table`` is empty: its secondary indexes dropped for the block and
    built again at its end, in the caller's transaction, as a bulk load into an empty table
    should: one sorted build each, instead of an update of every index for every row
    (measured on the 200,000-message demo export: the messages' inserts took 2.6-3.4 s of CPU
    with their three indexes kept, 1.6-2.1 s without, and building the three after 0.5 s).

    Only the plain indexes created by ``CREATE INDEX`` go: unique ones, and the unique
    constraints' own indexes, which ``ON CONFLICT`` dedupes on, stay. The block's rows are in
    the same transaction, so no reader ever sees the table without its indexes (WAL readers
    see the table as it was); an error or a cancel rolls the drop back with everything else,
    and the block's end is not reached then. A table that holds rows, or PostgreSQL (where a
    drop would lock the table against every reader until the import ends): nothing."""
    name = table.__tablename__
    dropped: list[tuple[str, str]] = []
    if connection.dialect.name == "sqlite":
        empty = connection.exec_driver_sql(f"SELECT 1 FROM {name} LIMIT 1").first() is None
        if empty:
            dropped = [
                (str(index), str(sql))
                for index, sql in connection.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master "
                    "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                    "AND sql NOT LIKE 'CREATE UNIQUE %'",
                    (name,),
                )
            ]
            for index, _sql in dropped:
                connection.exec_driver_sql(f'DROP INDEX "{index}"')
    yield
    for _index, sql in dropped:
        connection.exec_driver_sql(sql)


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
