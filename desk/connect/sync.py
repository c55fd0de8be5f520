"""A sync: a connector's pages through the file importers' loader, one transaction per page.

A sync is an import batch (``import_batch``, format ``<vendor>-api``) whose counts grow page by
page. Each page's records go through :class:`desk.ingest.loader` exactly as a file's do (people
resolved and merged by e-mail, ``ON CONFLICT DO NOTHING`` on vendor ids, the summary tables kept
current), and the stream's cursor is saved in that same transaction. So a sync that is killed
leaves whole pages and the cursor after the last of them: the next sync resumes there, and what
it fetches again is deduplicated. A batch left ``running`` by a killed sync is closed by the next
one (status ``interrupted``) and handed back for the abuse scan, which it never got.

The summary tables are kept current page by page while a page touches few customers (an
incremental sync). A page that touches more than :data:`REBUILD_SHARE` of them would have the
summary rebuilt from every message, page after page (quadratic over a first sync), so from that
page on the summary is left behind and rebuilt once, in the sync's last transaction. Meanwhile
it is marked stale (:func:`desk.analytics.summary.is_current` is false), and the figures are
read from the messages themselves, as for any stale summary; a sync killed in that time leaves
it stale, and the next import or sync rebuilds it. The next page is fetched while one is loaded
(:mod:`desk.connect.prefetch`). Every page is loaded through one database connection with the
file import's larger page cache (:func:`desk.db.bulk.bulk_cache`, restored after), so the index
pages a page writes to are still in memory for the next, as they are through a file's import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, func, insert, select, update

from desk.analytics.refresh import rebuild
from desk.analytics.summary import is_current
from desk.connect.freshdesk import FreshdeskConnector
from desk.connect.front import FrontConnector
from desk.connect.helpscout import HelpScoutConnector
from desk.connect.http import RetryLog, RetryPolicy
from desk.connect.imap import ImapConnector
from desk.connect.intercom import IntercomConnector
from desk.connect.prefetch import prefetched
from desk.connect.secrets import load_token
from desk.connect.store import ConnectionInfo, mark_synced, save_cursor
from desk.connect.vendor import Connector, KnownPeople, Page, PageFeed, SyncRequest
from desk.connect.zendesk import ZendeskConnector
from desk.db.bulk import bulk_cache
from desk.db.models import (
    Agent,
    Conversation,
    Customer,
    Identity,
    ImportBatch,
    Message,
    utcnow,
)
from desk.errors import InputError
from desk.ingest.loader import Load  # the file importers' loader, page by page
from desk.ingest.records import Rejection
from desk.progress import Progress

VOLUME_SUFFIX = "-volume"  # the format of a volume-only sync's batch: "zendesk-api-volume"

CONNECTORS: dict[str, type[Connector]] = {
    c.vendor: c
    for c in (
        ZendeskConnector,
        FreshdeskConnector,
        HelpScoutConnector,
        IntercomConnector,
        FrontConnector,
        ImapConnector,
    )
}


@dataclass
class SyncSummary:
    """What one sync did (the batch's counts), and how patient it had to be."""

    name: str
    batch_id: int
    pages: int = 0
    conversations_new: int = 0
    messages_new: int = 0
    messages_seen: int = 0
    customers_new: int = 0
    customers_merged: int = 0
    rejected: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    resumed_batches: list[int] = field(default_factory=list)  # left by a killed sync
    retries: RetryLog = field(default_factory=RetryLog)
    seconds: float = 0.0


def connector_for(
    info: ConnectionInfo, token: str | None = None, policy: RetryPolicy | None = None
) -> Connector:
    """The connector of ``info`` with its token (from the keyring or the environment)."""
    cls = CONNECTORS[info.vendor]
    secret = token if token is not None else load_token(info.name, info.token_env)
    return cls(info.base_url, info.account, secret, policy)


def batch_path(info: ConnectionInfo) -> str:
    """What a sync's batch shows as its 'path': the connection and where it points."""
    return f"{info.vendor}-api:{info.name} {info.base_url}"


def sync(
    engine: Engine,
    info: ConnectionInfo,
    *,
    since: dt.datetime | None = None,
    customer: str | None = None,
    connector: Connector | None = None,
    progress: Progress | None = None,
    volume_only: bool = False,
    on_page: Callable[[SyncSummary], None] | None = None,
) -> SyncSummary:
    """Fetch what changed since the saved cursors (or ``since``; or one ``customer``'s tickets,
    which moves no cursor) and load it; see the module docstring for the guarantees.

    ``volume_only``: ticket metadata without text (:mod:`desk.connect.volume`). ``progress``
    is checked between pages: a cancelled sync keeps its committed pages and resumes after
    them. ``on_page`` sees the running counts after each committed page (the window's bar)."""
    connector = connector or connector_for(info)
    if volume_only and (customer or not connector.volume_first):
        raise InputError(
            f"{info.name}: a volume-only sync is for everyone, and for a helpdesk's API"
            f" ({connector.label} lists no conversation metadata without the text)"
            if not customer
            else f"{info.name}: --volume-only and --customer do not go together"
        )
    progress = progress or Progress(None, "pages")
    started = time.monotonic()
    resumed = _close_interrupted(engine, info)
    batch_id = _open_batch(engine, info, volume_only)
    summary = SyncSummary(info.name, batch_id, resumed_batches=resumed)
    request = SyncRequest(
        cursors=info.cursors, since=since, customer=customer, volume_only=volume_only
    )
    known = _known_people(engine, connector.source)
    deferred = not _summary_current(engine)  # stale already: rebuilt once, at the end
    # Every page goes through one connection with the file import's larger page cache: the
    # index pages the pages touch stay in memory from one transaction to the next, instead of
    # being read back from the file for each page (a cost that grew with the database).
    with engine.connect() as connection, bulk_cache(connection):
        connection.commit()  # the PRAGMA's; each page is then a transaction of its own
        # The next page is fetched while this one is loaded; leaving the loop stops the fetching.
        with closing(prefetched(connector.pages(request, known))) as pages:
            for page in pages:
                progress.check()
                with connection.begin():
                    deferred = _load_page(
                        connection, info, connector, page, batch_id, summary, deferred
                    )
                summary.pages += 1
                summary.seconds = time.monotonic() - started
                progress.update(summary.pages, None)
                if on_page is not None:
                    on_page(summary)
        with connection.begin():
            if deferred and summary.pages:
                rebuild(connection)
            _update_batch(connection, batch_id, summary, status="done")
            if customer is None:
                mark_synced(connection, info.name)
    summary.retries = connector.retry_log()
    summary.seconds = time.monotonic() - started
    return summary


def _load_page(
    connection: Connection,
    info: ConnectionInfo,
    connector: Connector,
    page: Page,
    batch_id: int,
    summary: SyncSummary,
    deferred: bool,
) -> bool:
    """One page's records, the batch's counts and the cursor after them: one transaction.

    Returns whether the summary tables are left for the end of the sync (``deferred``, or
    this page touched so many customers that keeping them current would rebuild them)."""
    before = _last_ids(connection)
    feed = PageFeed(connector.source, page.items)
    # Deferred: the summary is stale and rebuilt at the end, so the page need not check it.
    load = Load(
        connection, feed, batch_id, Progress(), 0, summary_current=False if deferred else None
    )
    load.run()
    if not deferred:
        customers = int(connection.scalar(select(func.count()).select_from(Customer)) or 0)
        deferred = load.summary.touches_many(customers)
        if not deferred:
            load.summary.apply(customers)  # a few customers: kept current page by page
    summary.messages_seen += load.messages_seen
    summary.customers_new += load.people.customers_new
    summary.customers_merged += load.people.customers_merged
    summary.rejected += load.rejected
    summary.rejections.extend(load.first_rejections[: max(0, 200 - len(summary.rejections))])
    summary.conversations_new += _count_new(connection, Conversation, batch_id, before[0])
    summary.messages_new += _count_new(connection, Message, batch_id, before[1])
    _update_batch(connection, batch_id, summary, status="running")
    if page.cursor is not None:
        save_cursor(connection, info.name, page.stream, page.cursor)
    return deferred


def _last_ids(connection: Connection) -> tuple[int, int]:
    """The newest conversation and message ids before a page: what the page inserts comes
    after them (ids only grow), so its rows are counted without scanning the tables."""
    conversation = connection.scalar(select(func.max(Conversation.id)))
    message = connection.scalar(select(func.max(Message.id)))
    return int(conversation or 0), int(message or 0)


def _open_batch(engine: Engine, info: ConnectionInfo, volume_only: bool = False) -> int:
    """The sync's import batch; a volume-only one's format ends in ``-volume``, which is how
    its conversations are told apart until a full sync brings their text."""
    path = batch_path(info)
    digest = hashlib.sha256(f"{path} {utcnow().isoformat()}".encode()).hexdigest()
    with engine.begin() as connection:
        return int(
            connection.execute(
                insert(ImportBatch).returning(ImportBatch.id),
                {
                    "path": path,
                    "format": f"{info.vendor}-api{VOLUME_SUFFIX if volume_only else ''}",
                    "sha256": digest,
                    "size_bytes": 0,
                },
            ).scalar_one()
        )


def _update_batch(connection: Connection, batch_id: int, summary: SyncSummary, status: str) -> None:
    connection.execute(
        update(ImportBatch)
        .where(ImportBatch.id == batch_id)
        .values(
            encoding="utf-8",
            status=status,
            finished_at=utcnow() if status == "done" else None,
            conversations_new=summary.conversations_new,
            messages_new=summary.messages_new,
            messages_seen=summary.messages_seen,
            customers_new=summary.customers_new,
            rows_rejected=summary.rejected,
        )
    )


def _close_interrupted(engine: Engine, info: ConnectionInfo) -> list[int]:
    """Batches a killed sync of this connection left running: closed, returned for the scan."""
    with engine.begin() as connection:
        ids = list(
            connection.scalars(
                select(ImportBatch.id).where(
                    ImportBatch.path == batch_path(info), ImportBatch.status == "running"
                )
            )
        )
        if ids:
            connection.execute(
                update(ImportBatch)
                .where(ImportBatch.id.in_(ids))
                .values(status="interrupted", finished_at=utcnow())
            )
    return ids


def _summary_current(engine: Engine) -> bool:
    with engine.connect() as connection:
        return is_current(connection)


def _known_people(engine: Engine, source: str) -> KnownPeople:
    """The vendor's customer and agent ids already stored (see :class:`KnownPeople`)."""
    with engine.connect() as connection:
        customers = connection.scalars(
            select(Identity.value).where(Identity.source == source, Identity.kind == "id")
        )
        agents = connection.scalars(select(Agent.external_id).where(Agent.source == source))
        return KnownPeople(frozenset(customers), frozenset(agents))


def _count_new(
    connection: Connection,
    model: type[Conversation] | type[Message],
    batch: int,
    after: int,
) -> int:
    """Rows of ``batch`` with an id past ``after``: a page's new rows, found by the primary
    key (counting the whole batch after every page scanned the table each time: quadratic)."""
    query = select(func.count()).where(model.id > after, model.batch_id == batch)
    return int(connection.scalar(query) or 0)
