"""The team-size run: a 10,000,000-message, 1,000,000-customer export into PostgreSQL.

Not run in CI (it takes many minutes and a few GB of disk): ``python -m tests.benchmarks 10m``.
``BREAKUP_BENCH_10M_MESSAGES`` (default 10,000,000; customers a tenth of it) runs it smaller.
The database is a fresh one on a throw-away server (:mod:`tests.pgserver`), or
``BREAKUP_BENCH_PG_URL`` (an empty database you provide).

Printed, each beside its target: the import's time and peak memory (< 400 MB), then, read the
way the window reads them, the top 100 customers, one customer's full stats and the headline
chart (each < 0.5 s), and one more customer's stats as the window reads them after the first
(its :class:`~desk.analytics.cache.ReferenceCache` keeps the company-wide figures). Last, the
window's customer list (< 1 s): the window opened offscreen on the database in a fresh process,
timed from the window shown to the first screen of rows painted
(:func:`tests.benchmarks.bench_ui.startup`, best of three).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.analytics.stats import customer_stats
from desk.analytics.volume import customer_volume, top_customers
from desk.charts.headline import headline_chart
from desk.db.engine import open_database
from tests.benchmarks.bench_import import MEMORY_BUDGET_MB, run_import
from tests.benchmarks.bench_ui import LIST_TARGET_S, startup
from tests.benchmarks.data import demo_export

QUERY_TARGET_S = 0.5
T = TypeVar("T")


def _timed(label: str, work: Callable[[], T]) -> T:
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    verdict = "ok" if seconds < QUERY_TARGET_S else f"OVER the {QUERY_TARGET_S} s target"
    print(f"{label:28} {seconds:7.3f} s  (target < {QUERY_TARGET_S} s) {verdict}", flush=True)
    return result


def _queries(url: str) -> None:
    engine = open_database(url)
    try:
        with Session(engine) as session:
            top = _timed("top 100 customers", lambda: top_customers(session, 100))
            customer = top[0].customer_id
            _timed("one customer's full stats", lambda: customer_stats(session, customer))
            # The window keeps the company-wide figures in a ReferenceCache while the data
            # version stays put: the next customer it shows pays for that customer alone.
            cache = ReferenceCache()
            customer_stats(session, customer, cache=cache)
            _timed(
                "next customer (window cache)",
                lambda: customer_stats(session, top[1].customer_id, cache=cache),
            )

            def chart() -> object:
                volume = customer_volume(session, customer)
                return headline_chart(volume, top[0].name)

            _timed("headline chart", chart)
    finally:
        engine.dispose()


def _customer_list(url: str) -> None:
    runs = startup(url)
    best = min(runs, key=lambda run: run["list"] - run["window"])
    seconds = best["list"] - best["window"]
    verdict = "ok" if seconds < LIST_TARGET_S else f"OVER the {LIST_TARGET_S} s target"
    print(
        f"{'window customer list':28} {seconds:7.3f} s  (target < {LIST_TARGET_S} s) {verdict}"
        f"  ({int(best['rows']):,} rows, best of {len(runs)}, fresh process)",
        flush=True,
    )


def main() -> None:
    if not {"10m", "bench_10m"} & set(sys.argv[1:]):
        print("skipped: run it by name (python -m tests.benchmarks 10m); it takes many minutes")
        return
    messages = int(os.environ.get("BREAKUP_BENCH_10M_MESSAGES", 10_000_000))
    path = demo_export(max(10, messages // 10), messages)
    print(f"file: {path.name}, {path.stat().st_size / 1e9:,.1f} GB", flush=True)
    given = os.environ.get("BREAKUP_BENCH_PG_URL")
    server = None
    if not given:
        from tests.pgserver import PgServer

        server = PgServer.start()
    try:
        url = given or server.create_database()  # type: ignore[union-attr]
        run = run_import(path, url)
        budget = "ok" if run.peak_mb < MEMORY_BUDGET_MB else "OVER BUDGET"
        print(
            f"import: {run.messages:,} messages in {run.wall:,.0f} s "
            f"({run.messages / run.wall:,.0f} messages/s), peak {run.peak_mb:,.0f} MB "
            f"(budget {MEMORY_BUDGET_MB} MB) {budget}",
            flush=True,
        )
        _queries(url)
        _customer_list(url)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
