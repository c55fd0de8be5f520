"""The bulk loader: one import = one transaction, written with Core bulk statements.

It reads an importer's stream of :class:`Person`/:class:`Thread`/:class:`Rejection` records in
batches, resolves people to customers and agents, and inserts conversations and messages with
``ON CONFLICT DO NOTHING`` on their vendor ids, so importing the same export twice changes
nothing and an overlapping newer export adds only what is new. Anything that goes wrong, or a
cancel, rolls the whole import back: the database is left as it was. So does a file of which
not one record could be read but some were rejected (binary garbage given a ``--format``, a file
of another format): that is an error naming the first reason, not an empty import that
"succeeded". Every rejection reason is made readable (:mod:`desk.ingest.text.reasons`) before it is
stored or shown, as it may quote the file's bytes.

Messages and conversations, the bulk of any import, go in as plain tuples through
:func:`desk.db.bulk.insert_rows` (one ``executemany`` on SQLite, ``COPY`` into a staging table
then ``INSERT … ON CONFLICT DO NOTHING`` on PostgreSQL): measured against a standard-library
floor by ``python -m tests.benchmarks import``. On PostgreSQL the conversations inserted come
back from the insert itself (``RETURNING``), and :class:`desk.db.bulk.Growth` ANALYZEs the tables
the import grows as they grow, so the key look-ups stay planned for the rows really there (without
it a million-message import spent minutes in look-ups planned as if the tables were empty).
On SQLite the new conversations' and customers' ids are given
(:func:`desk.db.bulk.sqlite_next_ids`), so nothing just inserted is looked up again; the
look-ups that remain are driver-level (:func:`desk.db.bulk.select_in`), without SQLAlchemy's
per-value processing of an ``IN`` list. An import into an empty message table (the first, and
the largest) builds that table's plain indexes after its rows (:func:`desk.db.bulk.indexes_after`,
SQLite), in the same transaction. SQLite's per-row foreign-key checks are off for the import's
transaction (:func:`desk.db.bulk.foreign_keys_off`, which says why every reference is right
without them), and back on for the connection after it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from desk.analytics.refresh import ImportRefresh
from desk.db.bulk import (
    Growth,
    bulk_cache,
    foreign_keys_off,
    indexes_after,
    insert_rows,
    select_in,
    sqlite_next_ids,
    time_param,
)
from desk.db.models import (
    AuthorKind,
    Conversation,
    ImportBatch,
    Message,
    Setting,
    utcnow,
)
from desk.db.models import (
    Rejection as RejectionRow,
)
from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.cleaning import clean_thread
from desk.ingest.collector import fewer_collections
from desk.ingest.people import PeopleResolver
from desk.ingest.records import Item, Person, ReadStats, Rejection, Thread
from desk.ingest.registry import detect, get_format
from desk.ingest.text.reasons import readable
from desk.progress import Progress

MAX_STORED_REJECTIONS = 10_000
MESSAGES_PER_BATCH = 5_000
MESSAGE_COLUMNS = (
    "source",
    "external_id",
    "conversation_id",
    "customer_id",
    "author_kind",
    "agent_id",
    "created_at",
    "created_raw",
    "channel",
    "public",
    "body_text",
    "body_html",
    "body_sha256",
    "batch_id",
)
CONVERSATION_COLUMNS = (
    "source",
    "external_id",
    "customer_id",
    "subject",
    "channel",
    "status",
    "created_at",
    "updated_at",
    "batch_id",
)
# The stored text of an author kind (an AuthorKind member or its value as a plain str).
_KIND_VALUES: dict[str, str] = {kind: kind.value for kind in AuthorKind}


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one import did, for the command line and the import dialog."""

    batch_id: int
    path: Path
    format_name: str
    format_label: str
    encoding: str | None
    sha256: str
    conversations_new: int
    messages_new: int
    messages_seen: int
    customers_new: int
    customers_merged: int
    rejected: int
    rejections: tuple[Rejection, ...]
    previously_imported: dt.datetime | None
    seconds: float

    @property
    def messages_per_second(self) -> float:
        return self.messages_seen / self.seconds if self.seconds > 0 else 0.0


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file; of a folder: of its files' relative names and contents, sorted."""
    digest = hashlib.sha256()
    files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
    for file in files:
        if file != path:
            digest.update(str(file.relative_to(path)).encode("utf-8", "surrogateescape") + b"\0")
        with file.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    return digest.hexdigest()


def _input_size(path: Path) -> int:
    if path.is_dir():
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return path.stat().st_size


def _with_settings(
    engine: Engine, fmt_cls: type[Format], options: Mapping[str, Any] | None
) -> dict[str, Any]:
    """``options``, completed by the format's stored settings the caller did not give."""
    merged = dict(options or {})
    wanted = [key for key in fmt_cls.settings if key not in merged]
    if wanted:
        with engine.connect() as connection:
            rows = connection.execute(
                select(Setting.key, Setting.value).where(Setting.key.in_(wanted))
            )
            for key, value in rows:
                try:
                    merged[key] = json.loads(value)
                except ValueError:
                    raise InputError(f"the setting {key!r} is not valid JSON") from None
    return merged


def import_file(
    engine: Engine,
    path: Path,
    *,
    format_name: str | None = None,
    options: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import one export file; see the module docstring for the guarantees."""
    path = Path(path)
    fmt_cls = get_format(format_name) if format_name else detect(path)
    if path.is_dir() and fmt_cls.score_folder(path) <= 0:
        raise InputError(f"{path}: is a folder, not a {fmt_cls.label} export")
    reader = fmt_cls(path, _with_settings(engine, fmt_cls, options))
    size = _input_size(path)
    progress = progress or Progress(size, "bytes")
    progress.update(0, size)
    sha = file_sha256(path)
    started = time.monotonic()
    with (
        fewer_collections(),  # the collector mostly out of the way: see there
        engine.connect() as connection,
        foreign_keys_off(connection),  # the references are right by construction: see there
        connection.begin(),
    ):
        previous = connection.scalar(
            select(func.max(ImportBatch.finished_at)).where(
                ImportBatch.sha256 == sha, ImportBatch.status == "done"
            )
        )
        batch_id = connection.execute(
            insert(ImportBatch).returning(ImportBatch.id),
            {"path": str(path), "format": fmt_cls.name, "sha256": sha, "size_bytes": size},
        ).scalar_one()
        load = Load(connection, reader, batch_id, progress, size)
        with bulk_cache(connection):
            with indexes_after(connection, Message):
                load.run()
            if load.records_read == 0 and load.rejected:
                raise _nothing_read(path, fmt_cls, load)  # rolls the batch and its rejections back
            load.summary.apply()  # the analytics summary, in this same transaction
        counts = {
            "conversations_new": load.conversations_new,
            "messages_new": load.messages_new,
        }
        connection.execute(
            update(ImportBatch)
            .where(ImportBatch.id == batch_id)
            .values(
                encoding=load.stats.encoding,
                finished_at=utcnow(),
                status="done",
                messages_seen=load.messages_seen,
                customers_new=load.people.customers_new,
                rows_rejected=load.rejected,
                **counts,
            )
        )
    progress.update(size, size)
    return ImportSummary(
        batch_id=batch_id,
        path=path,
        format_name=fmt_cls.name,
        format_label=fmt_cls.label,
        encoding=load.stats.encoding,
        sha256=sha,
        messages_seen=load.messages_seen,
        customers_new=load.people.customers_new,
        customers_merged=load.people.customers_merged,
        rejected=load.rejected,
        rejections=tuple(load.first_rejections),
        previously_imported=previous,
        seconds=time.monotonic() - started,
        **counts,
    )


def _nothing_read(path: Path, fmt_cls: type[Format], load: Load) -> InputError:
    """The error for a file that yielded rejections and not one record."""
    first = load.first_rejections[0]
    more = f"; {load.rejected - 1:,} more rejected" if load.rejected > 1 else ""
    return InputError(
        f"{path}: no record could be read as {fmt_cls.label} "
        f"({first.where()}: {first.reason}{more})"
    )


class Load:
    """The state of one running import: ``run`` reads the reader into the caller's open
    transaction. Public for the API sync (``desk/connect/sync.py``), which loads one page at a
    time through it exactly as ``import_file`` loads a file."""

    def __init__(
        self,
        connection: Connection,
        reader: Format,
        batch_id: int,
        progress: Progress,
        size: int,
        *,
        summary_current: bool | None = None,  # known already (False: stale, not checked again)
    ) -> None:
        self.connection = connection
        self.reader = reader
        self.source = reader.source
        self.batch_id = batch_id
        self.progress = progress
        self.size = size
        self.stats = ReadStats()
        self.stats.tick = self._tick
        self.growth = Growth(connection)
        self.people = PeopleResolver(connection, reader.source, self.growth)
        self.summary = ImportRefresh(connection, current=summary_current)  # before any write
        self.messages_seen = 0
        # what the inserts added (the driver's row counts: a count of the batch's rows at the
        # end would scan the whole message table, ~0.4 s at 200,000 messages)
        self.messages_new = 0
        self.conversations_new = 0
        self.records_read = 0  # persons and threads: what the file held besides rejections
        self.rejected = 0
        self.first_rejections: list[Rejection] = []
        self._rejection_rows: list[dict[str, Any]] = []

    def run(self) -> None:
        persons: list[Person] = []
        threads: list[Thread] = []
        pending_posts = 0
        items: Iterator[Item] = self.reader.read(self.stats)
        for item in items:
            if isinstance(item, Thread):
                threads.append(item)
                pending_posts += len(item.posts) + 1
                self.records_read += 1
            elif isinstance(item, Person):
                persons.append(item)
                self.records_read += 1
            else:
                self._reject(item)
            if pending_posts >= MESSAGES_PER_BATCH or len(persons) >= MESSAGES_PER_BATCH:
                self._flush(persons, threads)
                persons, threads, pending_posts = [], [], 0
        self._flush(persons, threads)
        self._flush_rejections()

    def _flush(self, persons: list[Person], threads: list[Thread]) -> None:
        self.progress.check()
        if persons:
            self.people.add_persons(persons)
        if threads:
            self._write_threads(threads)
        if len(self._rejection_rows) >= 1000:
            self._flush_rejections()
        self._tick()

    def _tick(self) -> None:
        self.progress.check()
        self.progress.update(min(self.stats.bytes_read, self.size), self.size)

    def _reject(self, rejection: Rejection) -> None:
        self.rejected += 1
        reason = readable(rejection.reason)
        if reason is not rejection.reason:
            rejection = dataclasses.replace(rejection, reason=reason)
        if len(self.first_rejections) < 200:
            self.first_rejections.append(rejection)
        if self.rejected <= MAX_STORED_REJECTIONS:
            self._rejection_rows.append(
                {
                    "batch_id": self.batch_id,
                    "line": rejection.line,
                    "record": rejection.record,
                    "reason": rejection.reason,
                }
            )

    def _flush_rejections(self) -> None:
        if self._rejection_rows:
            self.connection.execute(insert(RejectionRow), self._rejection_rows)
            self._rejection_rows = []

    def _write_threads(self, threads: list[Thread]) -> None:
        threads = [clean_thread(t) for t in threads]
        # A file may list a ticket twice: the conversation is created once, from its last copy,
        # and the messages of both copies are kept (each once, by its id).
        stored = self._conversations([t.external_id for t in threads])
        fresh = list({t.external_id: t for t in threads if t.external_id not in stored}.values())
        if fresh:
            inserted = self._insert_conversations(fresh) or {}
            # SQLite (nothing returned) looks them up by the unique index; PostgreSQL only any
            # the insert skipped (none, unless another writer stored one meanwhile).
            missing = [t.external_id for t in fresh if t.external_id not in inserted]
            stored.update(inserted)
            stored.update(self._conversations(missing))
        agent_refs = [
            p.author_id
            for t in threads
            for p in t.posts
            if p.author_kind == "agent" and p.author_id
        ]
        agent_ids = self.people.agents_for(agent_refs).get
        # Plain tuples in MESSAGE_COLUMNS order, handed to the driver as they are: building
        # a dict per row and SQLAlchemy's per-row parameter processing cost more than SQLite.
        source, batch_id = self.source, self.batch_id
        stamp = time_param(self.connection)
        sha256 = hashlib.sha256
        kinds = _KIND_VALUES.get
        rows: list[tuple[Any, ...]] = []
        add = rows.append
        customers: set[int] = set()
        conversations: set[int] = set()
        for thread in threads:
            if not thread.posts:
                continue
            conversation_id, customer_id = stored[thread.external_id]
            customers.add(customer_id)
            conversations.add(conversation_id)
            for post in thread.posts:
                body = post.body_text
                author = post.author_id
                kind = post.author_kind
                add(
                    (
                        source,
                        post.external_id,
                        conversation_id,
                        customer_id,
                        kinds(kind, kind),
                        agent_ids(author) if author else None,
                        stamp(post.created_at),
                        post.created_raw,
                        post.channel,
                        post.public,
                        body,
                        post.body_html,
                        sha256(body.encode("utf-8")).hexdigest(),
                        batch_id,
                    )
                )
        self.messages_seen += len(rows)
        self.summary.note_ids(customers, conversations)
        insert_rows(
            self.connection,
            Message,
            MESSAGE_COLUMNS,
            rows,
            ["source", "external_id"],
            on_inserted=self._messages_added,
        )

    def _messages_added(self, count: int) -> None:
        self.messages_new += count

    def _conversations_added(self, count: int) -> None:
        self.conversations_new += count

    def _insert_conversations(self, threads: list[Thread]) -> dict[str, tuple[int, int]] | None:
        """Insert conversations for ``threads`` (none stored yet); on PostgreSQL, (id, customer
        id) of those inserted, by vendor id, from the insert itself."""
        inline = [t.customer for t in threads if t.customer is not None]
        if inline:
            self.people.add_persons(inline)
        customer_ids = self.people.customers_for([t.customer_id for t in threads])
        stamp = time_param(self.connection)
        ids = sqlite_next_ids(self.connection, Conversation, len(threads))
        rows = [
            (
                self.source,
                t.external_id,
                customer_ids[t.customer_id],
                t.subject,
                t.channel,
                t.status,
                stamp(t.created_at),
                stamp(t.updated_at) if t.updated_at is not None else None,
                self.batch_id,
            )
            for t in threads
        ]
        self.summary.note_ids(row[2] for row in rows)
        if ids is not None:  # SQLite: the ids given, so no look-up of the rows just inserted
            insert_rows(
                self.connection,
                Conversation,
                ("id", *CONVERSATION_COLUMNS),
                [(cid, *row) for cid, row in zip(ids, rows, strict=True)],
                ["source", "external_id"],
                all_new=True,  # the messages refer to these ids: each must go in
                on_inserted=self._conversations_added,
            )
            return {row[1]: (cid, row[2]) for cid, row in zip(ids, rows, strict=True)}
        inserted = insert_rows(
            self.connection,
            Conversation,
            CONVERSATION_COLUMNS,
            rows,
            ["source", "external_id"],
            returning=("external_id", "id", "customer_id"),
            on_inserted=self._conversations_added,
        )
        self.growth.added(Conversation, len(rows))
        if inserted is None:
            return None
        return {external_id: (cid, customer) for external_id, cid, customer in inserted}

    def _conversations(self, external_ids: list[str]) -> dict[str, tuple[int, int]]:
        """(id, customer id) of the conversations already stored, by vendor id."""
        rows = select_in(
            self.connection,
            Conversation,
            ("external_id", "id", "customer_id"),
            {"source": self.source},
            "external_id",
            external_ids,
        )
        return {external_id: (cid, customer) for external_id, cid, customer in rows}
