"""A Zendesk sync against the file import of the same records, and volume first's time to the
average.

The local vendor server (``tests/vendor_server``) serves ``BREAKUP_BENCH_SYNC_TICKETS`` tickets
(default 100,000) with ``BREAKUP_BENCH_SYNC_PER_TICKET`` comments each (default 10: 1,000,000
messages) over 1,000 customers, generated in memory from the recorded shapes on request (a
ticket or a comment is a copy of a recorded one with its ids, times and text varied), paginated
as Zendesk does: 1,000 tickets a page of the incremental export, 100 comments a page. The
server runs in its own process, so it does not share the sync's interpreter.

Interleaved ``BREAKUP_BENCH_PAIRS`` times (default 2): a full sync into a fresh SQLite database
for each way of getting the comments in ``BREAKUP_BENCH_SYNC_COMMENTS`` (default
``tickets,events``: a request a ticket, eight at once over kept-alive connections; the ticket
event export), then ``import_file`` of the same records written as a Zendesk NDJSON export.
Printed per pair: seconds, messages/s, requests, and CPU seconds (this process's, and the
server's, which runs on the same cores) of each, the resident memory of this process during
the sync (after a tenth of its pages, at its peak, after its last page: flat if the sync keeps
no more than its pages in flight) and of the server, and the ratio sync/import (target: at most
1.5); then the medians, in wall time and in this process's CPU time. Last, a volume-only
sync into a fresh database: its seconds to a correct average
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
from tests.vendor_server import zendesk_events
from tests.vendor_server.data import Desk, _iso, _zendesk_comment, zendesk_desk

TICKETS = int(os.environ.get("BREAKUP_BENCH_SYNC_TICKETS", "100000"))
PER_TICKET = int(os.environ.get("BREAKUP_BENCH_SYNC_PER_TICKET", "10"))
PAIRS = int(os.environ.get("BREAKUP_BENCH_PAIRS", "2"))
# Where comments come from: a request a ticket ("tickets"), the ticket event export ("events").
PATHS = tuple(os.environ.get("BREAKUP_BENCH_SYNC_COMMENTS", "tickets,events").split(","))
CUSTOMERS = 1000
TOKEN = "bench-token"
TARGET = 1.5
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class _Comments(Mapping[int, list[dict[str, Any]]]):
    """A ticket's comments, made when asked for (1M comment dicts would not fit in memory)."""

    def __init__(self, tickets: Mapping[int, dict[str, Any]], template: dict[str, Any]) -> None:
        self._tickets = tickets
        self._template = template
        # The server makes these on every request, on the same two cores as the sync: made
        # as _zendesk_comment makes them, but sharing the nested parts (never changed) instead
        # of deep-copying them, so that the server's work does not stand in for the sync's.
        self._shared = _zendesk_comment(template, 0, 0, 0, _EPOCH)

    def __getitem__(self, ticket_id: int) -> list[dict[str, Any]]:
        ticket = self._tickets[ticket_id]
        created = _parse(ticket["created_at"])
        requester, agent = int(ticket["requester_id"]), 9000 + ticket_id % 3
        return [
            self._comment(ticket_id, i, requester if i % 2 == 0 else agent, created)
            for i in range(PER_TICKET)
        ]

    def _comment(
        self, ticket_id: int, index: int, author: int, created: dt.datetime
    ) -> dict[str, Any]:
        """``_zendesk_comment(template, ticket_id, index, author, created)``, key for key."""
        text = f"{self._template['body']} {ticket_id}.{index}"
        return {
            **self._shared,
            "id": ticket_id * 100 + index,
            "author_id": author,
            "body": text,
            "plain_body": text,
            "html_body": f'<div class="zd-comment" dir="auto"><p dir="auto">{text}</p></div>',
            "created_at": _iso(created + dt.timedelta(minutes=index)),
            "public": True,
        }

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
        zendesk_events.index(server)  # the comments by time, made before the clock starts
        pipe.send(server.url)
        while pipe.recv() == "cpu":  # until told to stop; meanwhile its CPU seconds so far
            pipe.send((time.process_time(), server.served.requests, _rss_mib()))


def _sync(
    url: str, folder: Path, name: str, volume_only: bool = False, comments: str = "tickets"
) -> tuple[float, Engine]:
    """A sync into a fresh database; ``comments="events"``: from the ticket event export."""
    engine = open_database(f"sqlite:///{folder / f'{name}.sqlite3'}")
    account = {"email": "agent@example.com", "comments": comments}
    info = add_connection(engine, "bench", "zendesk", url, account, None)
    connector = connector_for(info, TOKEN, RetryPolicy())
    resident: list[float] = []  # this process's resident MiB after each page
    started, cpu = time.perf_counter(), time.process_time()
    sync(
        engine,
        info,
        connector=connector,
        volume_only=volume_only,
        on_page=lambda _: resident.append(_rss_mib()),
    )
    _SPENT["sync cpu"] = time.process_time() - cpu
    tenth = resident[len(resident) // 10] if resident else 0.0
    _SPENT["rss tenth"], _SPENT["rss peak"] = tenth, max(resident, default=0.0)
    _SPENT["rss last"] = resident[-1] if resident else 0.0
    return time.perf_counter() - started, engine


_SPENT: dict[str, float] = {}  # CPU seconds and resident MiB of the last sync, for the report


def _rss_mib() -> float:
    """This process's resident memory now, in MiB (Linux; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _server_cpu(pipe: Connection) -> tuple[float, int]:
    """The server process's CPU seconds so far, and the requests it has answered; its
    resident MiB goes to ``_SPENT["server rss"]``."""
    pipe.send("cpu")
    spent, requests, resident = pipe.recv()
    _SPENT["server rss"] = float(resident)
    return float(spent), int(requests)


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
    timings: dict[str, list[float]] = {}  # seconds by comments path, and "file"
    cpu: dict[str, list[float]] = {}  # this process's CPU seconds, the same way
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        export = _export(folder)
        full: Engine | None = None
        for pair in range(PAIRS):
            line = [f"pair {pair + 1}:"]
            for comments in PATHS:
                server_before, requests_before = _server_cpu(ours)
                seconds, engine = _sync(url, folder, f"sync{pair}{comments}", comments=comments)
                server_after, requests_after = _server_cpu(ours)
                if full is None:
                    full = engine
                else:
                    engine.dispose()
                timings.setdefault(comments, []).append(seconds)
                cpu.setdefault(comments, []).append(_SPENT["sync cpu"])
                line.append(
                    f"sync ({comments}) {seconds:.1f} s ({messages / seconds:,.0f} messages/s, "
                    f"{requests_after - requests_before:,} requests; CPU here "
                    f"{_SPENT['sync cpu']:.1f} s, server {server_after - server_before:.1f} s; "
                    f"resident MiB here after a tenth of the pages {_SPENT['rss tenth']:.0f}, "
                    f"peak {_SPENT['rss peak']:.0f}, last {_SPENT['rss last']:.0f}; "
                    f"server {_SPENT['server rss']:.0f})"
                )
            by_file = open_database(f"sqlite:///{folder / f'file{pair}.sqlite3'}")
            started, spent = time.perf_counter(), time.process_time()
            import_file(by_file, export)
            file_seconds = time.perf_counter() - started
            cpu.setdefault("file", []).append(time.process_time() - spent)
            by_file.dispose()
            timings.setdefault("file", []).append(file_seconds)
            line.append(f"file {file_seconds:.1f} s ({messages / file_seconds:,.0f} messages/s)")
            line += [f"ratio ({c}) {timings[c][-1] / file_seconds:.2f}" for c in PATHS]
            print("\n  ".join(line))
        for comments in PATHS:
            ratios = [a / b for a, b in zip(timings[comments], timings["file"], strict=True)]
            median = statistics.median(ratios)
            verdict = "within" if median <= TARGET else "OVER"
            in_cpu = statistics.median(
                a / b for a, b in zip(cpu[comments], cpu["file"], strict=True)
            )
            print(
                f"median ratio sync ({comments})/file {median:.2f} ({verdict} the {TARGET}x "
                f"target); in this process's CPU seconds {in_cpu:.2f}"
            )
        sync_times = timings[PATHS[0]]
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
