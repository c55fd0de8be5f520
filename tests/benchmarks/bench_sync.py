"""A Zendesk sync against the file import of the same records, and volume first's time to the
average.

The local vendor server (``tests/vendor_server``) serves ``BREAKUP_BENCH_SYNC_TICKETS`` tickets
(default 100,000) with ``BREAKUP_BENCH_SYNC_PER_TICKET`` comments each (default 10: 1,000,000
messages) over 1,000 customers, generated in memory from the recorded shapes on request (a
ticket or a comment is a copy of a recorded one with its ids, times and text varied), paginated
as Zendesk does: 1,000 tickets a page of the incremental export, 100 comments a page. The
server runs in its own process, so it does not share the sync's interpreter.

Interleaved ``BREAKUP_BENCH_PAIRS`` times (default 2): a full sync into a fresh SQLite database,
then ``import_file`` of the same records written as a Zendesk NDJSON export. Printed per pair:
seconds and messages/s of each and the ratio sync/import (target: at most 1.5); then the
medians. Last, a volume-only sync into a fresh database: its seconds to a correct average
(conversations per customer, checked against the full sync's) beside the full sync's.

Run: ``python -m tests.benchmarks sync`` (the full size takes tens of minutes and a few GB of
disk for the export; ``BREAKUP_BENCH_SYNC_TICKETS=2000`` is a quick look).
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import statistics
import tempfile
import time
from collections.abc import Iterator, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.analytics.volume import Baseline, Unit, baseline
from desk.connect.http import RetryPolicy
from desk.connect.store import add_connection
from desk.connect.sync import connector_for, sync
from desk.db.engine import open_database
from desk.ingest.loader import import_file
from tests.vendor_server.data import Desk, _zendesk_comment, zendesk_desk

TICKETS = int(os.environ.get("BREAKUP_BENCH_SYNC_TICKETS", "100000"))
PER_TICKET = int(os.environ.get("BREAKUP_BENCH_SYNC_PER_TICKET", "10"))
PAIRS = int(os.environ.get("BREAKUP_BENCH_PAIRS", "2"))
CUSTOMERS = 1000
TOKEN = "bench-token"
TARGET = 1.5


class _Comments(Mapping[int, list[dict[str, Any]]]):
    """A ticket's comments, made when asked for (1M comment dicts would not fit in memory)."""

    def __init__(self, tickets: Mapping[int, dict[str, Any]], template: dict[str, Any]) -> None:
        self._tickets = tickets
        self._template = template

    def __getitem__(self, ticket_id: int) -> list[dict[str, Any]]:
        ticket = self._tickets[ticket_id]
        created = _parse(ticket["created_at"])
        requester, agent = int(ticket["requester_id"]), 9000 + ticket_id % 3
        return [
            _zendesk_comment(
                self._template, ticket_id, i, requester if i % 2 == 0 else agent, created
            )
            for i in range(PER_TICKET)
        ]

    def __iter__(self) -> Iterator[int]:
        return iter(self._tickets)

    def __len__(self) -> int:
        return len(self._tickets)


def _parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def big_desk() -> Desk:
    """``TICKETS`` tickets over ``CUSTOMERS`` customers; tickets are small dicts, comments lazy."""
    desk = zendesk_desk(TICKETS, CUSTOMERS)
    desk.messages = _Comments(desk.tickets, desk.templates[0])  # type: ignore[assignment]
    return desk


def _serve(pipe: Connection) -> None:
    from tests.vendor_server.server import VendorServer

    with VendorServer("zendesk", big_desk(), token=TOKEN, per_page=1000) as server:
        server.comment_page = 100
        pipe.send(server.url)
        pipe.recv()  # until told to stop


def _sync(url: str, folder: Path, name: str, volume_only: bool = False) -> tuple[float, Engine]:
    engine = open_database(f"sqlite:///{folder / f'{name}.sqlite3'}")
    info = add_connection(engine, "bench", "zendesk", url, {"email": "agent@example.com"}, None)
    connector = connector_for(info, TOKEN, RetryPolicy())
    started = time.perf_counter()
    sync(engine, info, connector=connector, volume_only=volume_only)
    return time.perf_counter() - started, engine


def _export(folder: Path) -> Path:
    """The same records as a Zendesk NDJSON export, written line by line."""
    desk = big_desk()
    path = folder / "zendesk.ndjson"
    with path.open("w", encoding="utf-8") as out:
        for user in desk.users.values():
            out.write(json.dumps(user) + "\n")
        for key, ticket in desk.tickets.items():
            out.write(json.dumps({**ticket, "comments": desk.messages[key]}) + "\n")
    return path


def _average(engine: Engine) -> Baseline:
    with Session(engine) as session:
        return baseline(session, Unit.CONVERSATIONS)


def main() -> None:
    messages = TICKETS * PER_TICKET
    print(f"{TICKETS:,} tickets, {messages:,} messages, {CUSTOMERS:,} customers")
    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    server = context.Process(target=_serve, args=(theirs,), daemon=True)
    server.start()
    url = str(ours.recv())
    ratios: list[float] = []
    sync_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        export = _export(folder)
        full: Engine | None = None
        for pair in range(PAIRS):
            seconds, engine = _sync(url, folder, f"sync{pair}")
            if full is None:
                full = engine
            else:
                engine.dispose()
            by_file = open_database(f"sqlite:///{folder / f'file{pair}.sqlite3'}")
            started = time.perf_counter()
            import_file(by_file, export)
            file_seconds = time.perf_counter() - started
            by_file.dispose()
            ratios.append(seconds / file_seconds)
            sync_times.append(seconds)
            print(
                f"pair {pair + 1}: sync {seconds:.1f} s ({messages / seconds:,.0f} messages/s), "
                f"file {file_seconds:.1f} s ({messages / file_seconds:,.0f} messages/s), "
                f"ratio {ratios[-1]:.2f}"
            )
        median = statistics.median(ratios)
        verdict = "within" if median <= TARGET else "OVER"
        print(f"median ratio sync/file {median:.2f} ({verdict} the {TARGET}x target)")
        volume_seconds, volume = _sync(url, folder, "volume", volume_only=True)
        assert full is not None
        correct = _average(volume) == _average(full)
        print(
            f"volume first: a correct average in {volume_seconds:.1f} s "
            f"(full sync {statistics.median(sync_times):.1f} s, "
            f"{statistics.median(sync_times) / volume_seconds:.0f}x faster); "
            f"average {'equals' if correct else 'DIFFERS FROM'} the full sync's "
            f"({_average(volume).mean:.2f} conversations a customer)"
        )
        volume.dispose()
        full.dispose()
    ours.send("stop")
    server.join(10)
