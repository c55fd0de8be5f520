"""One running import's reads and writes: :class:`Load` reads an importer's records in batches
into the caller's open transaction (split from :mod:`desk.ingest.loader`, which opens and
closes the import around it and says what it guarantees).

People are resolved to customers and agents (:class:`desk.ingest.people.PeopleResolver`);
conversations and messages go in as plain tuples through :func:`desk.db.bulk.insert_rows`,
skipping those already stored by their vendor ids; rejections are made readable and stored (the
first :data:`MAX_STORED_REJECTIONS`).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, insert

from desk.analytics.refresh import ImportRefresh
from desk.db.bulk import Growth, insert_rows, next_ids, select_in, time_param
from desk.db.models import AuthorKind, Conversation, Message
from desk.db.models import Rejection as RejectionRow
from desk.ingest.base import Format
from desk.ingest.cleaning import clean_thread
from desk.ingest.people import PeopleResolver
from desk.ingest.records import Item, Person, ReadStats, Rejection, Thread
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
        items: Iterator[Item] = self.reader.read(self.stats)
        persons: list[Person] = []
        threads: list[Thread] = []
        pending_posts = 0
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
        """Insert conversations for ``threads`` (none stored yet); (id, customer id) of each, by
        vendor id, or ``None`` where some were not inserted by this call (looked up then)."""
        inline = [t.customer for t in threads if t.customer is not None]
        if inline:
            self.people.add_persons(inline)
        customer_ids = self.people.customers_for([t.customer_id for t in threads])
        stamp = time_param(self.connection)
        ids = next_ids(self.connection, Conversation, len(threads))
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
        if ids is not None:  # chosen first: nothing just inserted is looked up again
            counted: list[int] = []
            insert_rows(
                self.connection,
                Conversation,
                ("id", *CONVERSATION_COLUMNS),
                [(cid, *row) for cid, row in zip(ids, rows, strict=True)],
                ["source", "external_id"],
                # SQLite: the import is the only writer, and the messages refer to these ids:
                # each must go in. PostgreSQL: another session may have stored one meanwhile;
                # it is skipped, and the batch's conversations are then looked up instead.
                all_new=self.connection.dialect.name == "sqlite",
                on_inserted=counted.append,
            )
            self._conversations_added(sum(counted))
            self.growth.added(Conversation, len(rows))
            if sum(counted) < len(rows):
                return None
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
