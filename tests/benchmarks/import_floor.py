"""The floors the import is measured against: what any importer of the file pays at least.

Run as a script in a fresh process (``python -m tests.benchmarks.import_floor
sqlite|postgresql|postgresql-indexed TARGET EXPORT``), it prints ``messages wall_seconds
cpu_seconds peak_mb``, as the import's own child in :mod:`tests.benchmarks.bench_import` does.

* **SQLite**: the standard library alone: ``json.loads`` per line, users, conversations and
  messages kept with the body's SHA-256, one transaction, ``executemany`` in batches, the
  indexes created after the rows.
* **PostgreSQL**: the same parse, and a plain ``COPY … FROM STDIN`` of the same rows into
  tables without indexes or constraints, in one transaction (psycopg 3, ``write_row``).
* **PostgreSQL, indexed** (``postgresql-indexed``): the same ``COPY``, then the five indexes
  the SQLite floor builds, created after the rows in the same transaction: what any importer
  that leaves the rows findable pays at least. Printed beside the plain ``COPY`` floor, never
  instead of it.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BATCH = 5000

USERS = "users (external_id TEXT, role TEXT, name TEXT, email TEXT)"
CONVERSATIONS = "conversations (external_id TEXT, requester TEXT, subject TEXT, created_at TEXT)"
MESSAGES = (
    "messages (external_id TEXT, conversation TEXT, author TEXT, created_at TEXT, "
    "public BOOLEAN, body TEXT, html TEXT, sha256 TEXT)"
)
INDEXES = (
    "CREATE UNIQUE INDEX ux_users ON users (external_id)",
    "CREATE UNIQUE INDEX ux_conversations ON conversations (external_id)",
    "CREATE UNIQUE INDEX ux_messages ON messages (external_id)",
    "CREATE INDEX ix_messages_conversation ON messages (conversation, created_at)",
    "CREATE INDEX ix_messages_author ON messages (author, public, created_at)",
)

Row = tuple[Any, ...]


def rows(path: Path) -> Iterator[tuple[str, Row]]:
    """("users"|"conversations"|"messages", row) for each record of a Zendesk NDJSON export."""
    sha256 = hashlib.sha256
    with path.open("rb") as handle:
        for line in handle:
            obj = json.loads(line)
            if "requester_id" in obj:
                ticket = str(obj["id"])
                yield (
                    "conversations",
                    (ticket, str(obj["requester_id"]), obj.get("subject"), obj["created_at"]),
                )
                for c in obj.get("comments") or ():
                    body = c.get("body") or ""
                    yield (
                        "messages",
                        (
                            str(c["id"]),
                            ticket,
                            str(c.get("author_id")),
                            c["created_at"],
                            bool(c.get("public", True)),
                            body,
                            c.get("html_body"),
                            sha256(body.encode("utf-8")).hexdigest(),
                        ),
                    )
            else:
                yield "users", (str(obj["id"]), obj.get("role"), obj.get("name"), obj.get("email"))


def _batches(path: Path) -> Iterator[dict[str, list[Row]]]:
    batch: dict[str, list[Row]] = {"users": [], "conversations": [], "messages": []}
    count = 0
    for table, row in rows(path):
        batch[table].append(row)
        count += 1
        if count >= BATCH:
            yield batch
            batch = {"users": [], "conversations": [], "messages": []}
            count = 0
    yield batch


def load_sqlite(target: str, path: Path) -> int:
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    for table in (USERS, CONVERSATIONS, MESSAGES):
        connection.execute(f"CREATE TABLE {table}")
    connection.execute("BEGIN")
    messages = 0
    for batch in _batches(path):
        for table, found in batch.items():
            if found:
                marks = ", ".join("?" * len(found[0]))
                connection.executemany(f"INSERT INTO {table} VALUES ({marks})", found)
        messages += len(batch["messages"])
    for statement in INDEXES:
        connection.execute(statement)
    connection.execute("COMMIT")
    connection.close()
    return messages


def load_postgresql(target: str, path: Path, *, indexed: bool = False) -> int:
    import psycopg

    messages = 0
    with psycopg.connect(target) as connection, connection.cursor() as cursor:
        for table in (USERS, CONVERSATIONS, MESSAGES):
            cursor.execute(f"CREATE TABLE {table.replace('TEXT', 'text')}")
        for batch in _batches(path):
            for table, found in batch.items():
                if found:
                    with cursor.copy(f"COPY {table} FROM STDIN") as copy:
                        for row in found:
                            copy.write_row(row)
            messages += len(batch["messages"])
        if indexed:
            for statement in INDEXES:
                cursor.execute(statement)
    return messages


def load_postgresql_indexed(target: str, path: Path) -> int:
    return load_postgresql(target, path, indexed=True)


LOADS = {
    "sqlite": load_sqlite,
    "postgresql": load_postgresql,
    "postgresql-indexed": load_postgresql_indexed,
}


def main(argv: list[str]) -> None:
    kind, target, export = argv
    wall, cpu = time.perf_counter(), time.process_time()
    load = LOADS[kind]
    messages = load(target, Path(export))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(messages, wall, cpu, peak)


if __name__ == "__main__":
    main(sys.argv[1:])
