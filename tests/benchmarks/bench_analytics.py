"""Benchmark of the volume analytics and the headline chart on a large database.

Run it (not part of the test suite)::

    python -m tests.benchmarks analytics                 # the demo data set, 100k / 1M
    python -m tests.benchmarks.bench_analytics --synthetic   # Core-built rows, faster to build
    python -m tests.benchmarks.bench_analytics --db postgresql+psycopg://…  # any database

By default the data set is the demo export of 100,000 customers and 1,000,000 messages,
imported once (tests/benchmarks/data.py). ``--synthetic`` writes heavy-tailed rows with Core
bulk inserts instead (a planted customer with about 900 messages across many agents); that
SQLite file is kept in the temporary directory and reused.

Targets (issue 4): full ``customer_stats`` for one customer < 0.5 s and the top-100 ranking
< 0.5 s on SQLite, a headline chart < 0.3 s. The full stats are timed as ``breakup-desk stats``
runs them: no reference cache, and also the first call in a fresh process (a cold SQLite page
cache and statement cache), beside the whole ``breakup-desk stats`` command for information.
The company-wide figures come from the summary tables the import keeps
(:mod:`desk.analytics.summary`); one line times the same call reading the messages instead, as
it does when the summary is stale. Each figure is printed beside pandas (load the two
columns it needs from the database, then ``groupby``) as a ratio pandas/ours. The pandas
reference computes only the volume figures (count, mean, median, percentiles, rank), so for the
full ``customer_stats`` (which also does the timeline, handoffs, cost and patterns) the ratio
flatters pandas.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select

from desk.analytics.refresh import rebuild
from desk.analytics.summary import is_current
from desk.db.engine import open_database, session_factory
from desk.db.models import (
    Agent,
    AuthorKind,
    Conversation,
    Customer,
    Flag,
    FlagStatus,
    Message,
)
from tests.benchmarks.data import bench_database

PLANTED_EMAIL = "planted@example.test"  # the synthetic data set's
DEMO_PLANTED = "victor.krane@kranelogistics.example"  # the demo's
START = dt.datetime(2022, 1, 1)
DAYS = 3 * 365
SENTENCES = [
    "I still have not received an answer about my invoice and I expect one today.",
    "Thanks, that fixed it.",
    "The export button does nothing when I click it, on Firefox and on Chrome.",
    "Can you tell me when the new reporting feature will be available for our plan?",
    "We were charged twice this month, please refund the second payment as soon as possible.",
    "I reset my password but the login page keeps sending me back to the start.",
    "Following up on my previous message: is there any news?",
    "Our accountant needs the invoices for the last twelve months in one PDF file.",
]
REPLIES = [
    "Thanks for writing in. I have looked into this and here is what I found.",
    "I am sorry for the trouble. I have passed this to our billing team.",
    "Could you send us a screenshot of the error so that we can reproduce it?",
    "That is now fixed on our side; please try again and let us know.",
]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def build_synthetic(engine: Engine, customers: int, messages: int, seed: int = 11) -> None:
    """Fill an empty database with ``customers`` customers and exactly ``messages`` messages."""
    rng = random.Random(seed)
    agents = 60
    planted_id = min(4242, customers // 2 + 1)
    with engine.begin() as conn:
        conn.execute(
            insert(Agent),
            [
                {"source": "bench", "external_id": str(i), "name": f"Agent {i}"}
                for i in range(1, agents + 1)
            ],
        )
        rows = []
        for i in range(1, customers + 1):
            rows.append(
                {
                    "id": i,
                    "display_name": f"Customer {i}",
                    "primary_email": PLANTED_EMAIL if i == planted_id else f"c{i}@example.test",
                    "monthly_revenue": 49 if i % 3 == 0 or i == planted_id else None,
                    "currency": "USD" if i % 3 == 0 or i == planted_id else None,
                }
            )
        conn.execute(insert(Customer), rows)
    # Customer messages are ~52% of all messages (agents answer most, a few notes/system).
    weights = [rng.lognormvariate(0.0, 1.2) for _ in range(customers)]
    scale = messages * 0.52 / sum(weights)
    per_customer = [max(1, round(w * scale)) for w in weights]
    per_customer[planted_id - 1] = 900
    sentence_hashes = [(s, _sha(s)) for s in SENTENCES]
    reply_hashes = [(s, _sha(s)) for s in REPLIES]
    conv_rows: list[dict[str, Any]] = []
    msg_rows: list[dict[str, Any]] = []
    total = 0
    conv_id = 0
    with engine.begin() as conn:
        for index, own in enumerate(per_customer):
            customer_id = index + 1
            planted = customer_id == planted_id
            n_conv = max(1, round(own / (4.0 if planted else 2.5)))
            for c in range(n_conv):
                if total >= messages:
                    break
                conv_id += 1
                day = rng.random() * DAYS if not planted else DAYS * (0.2 + 0.8 * rng.random())
                at = START + dt.timedelta(days=day)
                conv_rows.append(
                    {
                        "id": conv_id,
                        "source": "bench",
                        "external_id": str(conv_id),
                        "customer_id": customer_id,
                        "subject": "Help",
                        "status": "solved",
                        "created_at": at,
                    }
                )
                share = own // n_conv + (1 if c < own % n_conv else 0)
                agent = rng.randint(1, agents)
                for _ in range(max(1, share)):
                    for kind, agent_id, public in _turn(rng, planted, agent, agents):
                        if total >= messages:
                            break
                        agent = agent_id or agent
                        text, digest = rng.choice(
                            sentence_hashes if kind == AuthorKind.CUSTOMER else reply_hashes
                        )
                        at += dt.timedelta(minutes=rng.expovariate(1 / 600))
                        total += 1
                        msg_rows.append(
                            {
                                "source": "bench",
                                "external_id": str(total),
                                "conversation_id": conv_id,
                                "customer_id": customer_id,
                                "author_kind": kind,
                                "agent_id": agent_id,
                                "created_at": at,
                                "public": public,
                                "body_text": text,
                                "body_sha256": digest,
                            }
                        )
                if len(msg_rows) >= 50_000:
                    _flush(conn, conv_rows, msg_rows)
        _flush(conn, conv_rows, msg_rows)
        planted_ids = list(
            conn.scalars(
                select(Message.id)
                .where(
                    Message.customer_id == planted_id, Message.author_kind == AuthorKind.CUSTOMER
                )
                .order_by(Message.created_at)
            )
        )
        conn.execute(
            insert(Flag),
            [
                {
                    "message_id": mid,
                    "category": "threat",
                    "rule_id": "bench.threat",
                    "start": 0,
                    "end": 10,
                    "score": 0.9,
                    "status": FlagStatus.CONFIRMED,
                }
                for mid in planted_ids[-400::50]
            ],
        )
        rebuild(conn)  # an import keeps the summary tables; these Core rows need a rebuild


def _turn(
    rng: random.Random, planted: bool, agent: int, agents: int
) -> Iterator[tuple[AuthorKind, int | None, bool]]:
    """One customer message and what follows it: usually an agent reply, sometimes a note."""
    yield AuthorKind.CUSTOMER, None, True
    if rng.random() < (0.55 if planted else 0.9):
        switch = rng.random() < (0.6 if planted else 0.12)
        yield AuthorKind.AGENT, rng.randint(1, agents) if switch else agent, True
    if rng.random() < 0.03:
        yield AuthorKind.AGENT, agent, False
    if rng.random() < 0.02:
        yield AuthorKind.SYSTEM, None, True


def _flush(conn: Any, conv_rows: list[dict[str, Any]], msg_rows: list[dict[str, Any]]) -> None:
    if conv_rows:
        conn.execute(insert(Conversation), conv_rows)
    if msg_rows:
        conn.execute(insert(Message), msg_rows)
    conv_rows.clear()
    msg_rows.clear()


def _timed(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    """Median wall time of ``repeat`` runs after one warm-up run, and the last result."""
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


Row = tuple[str, float, float | None, float | None]

# The first customer_stats call of a new process, as `breakup-desk stats` makes it.
_FRESH = """
import sys, time
from desk.analytics.stats import customer_stats
from desk.db.engine import open_database, session_factory
engine = open_database(sys.argv[1])
with session_factory(engine)() as session:
    start = time.perf_counter()
    customer_stats(session, int(sys.argv[2]))
    print(time.perf_counter() - start)
"""


def _in_fresh_process(url: str, customer: int, repeat: int) -> float:
    """Median, over ``repeat`` new processes, of the first ``customer_stats`` call in each."""
    runs = [
        subprocess.run(
            [sys.executable, "-c", _FRESH, url, str(customer)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for _ in range(repeat)
    ]
    return statistics.median(float(out) for out in runs)


def _whole_command(url: str, customer: int, repeat: int) -> float:
    """Median wall time of ``breakup-desk stats`` (start-up and imports included)."""
    command = [sys.executable, "-m", "desk.cli", "--db", url, "stats", str(customer)]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _reading_messages(fn: Callable[[], Any]) -> Callable[[], Any]:
    """``fn`` as it runs when the summary tables are stale: every figure from the messages."""
    from desk.analytics import summary

    def stale() -> Any:
        current = summary.is_current
        summary.is_current = lambda db: False  # as after a write the summary missed
        try:
            return fn()
        finally:
            summary.is_current = current

    return stale


def run(engine: Engine, repeat: int) -> list[Row]:
    """The timed jobs: (name, ours, pandas reference or None, target or None) in seconds."""
    import pandas as pd

    from desk.analytics.cache import ReferenceCache
    from desk.analytics.stats import customer_stats
    from desk.analytics.volume import Unit, customer_volume, top_customers
    from desk.charts.headline import headline_chart

    def pandas_counts() -> Any:
        # The two columns it needs (the internal-note filter is left to SQL, in its favour).
        with engine.connect() as conn:
            frame = pd.read_sql_query(
                "SELECT customer_id, author_kind FROM message WHERE public = 1", conn
            )
        return frame[frame.author_kind == "customer"].groupby("customer_id").size()

    def pandas_top() -> Any:
        return pandas_counts().nlargest(100)

    def pandas_volume() -> Any:
        counts = pandas_counts()
        own = int(counts.get(planted, 0))
        return (
            own,
            counts.mean(),
            counts.median(),
            counts.quantile(0.95),
            counts.quantile(0.99),
            int((counts > own).sum()) + 1,
            own / counts.sum(),
        )

    def png(figure: Any) -> None:
        figure.savefig(io.BytesIO(), format="png", dpi=150)

    with session_factory(engine)() as session:
        planted = session.scalars(
            select(Customer.id).where(Customer.primary_email.in_([PLANTED_EMAIL, DEMO_PLANTED]))
        ).one()
        other = session.scalars(
            select(Message.customer_id).where(Message.customer_id != planted).limit(1)
        ).one()
        t_cold, stats = _timed(lambda: customer_stats(session, planted), repeat)
        t_stale, _ = _timed(_reading_messages(lambda: customer_stats(session, planted)), repeat)
        cache = ReferenceCache()
        customer_stats(session, planted, cache=cache)
        t_warm, _ = _timed(lambda: customer_stats(session, other, cache=cache), repeat)
        t_volume, volume = _timed(lambda: customer_volume(session, planted), repeat)
        t_top, top = _timed(lambda: top_customers(session, 100, Unit.CUSTOMER_MESSAGES), repeat)
        t_chart, _ = _timed(lambda: png(headline_chart(volume, "Customer")), repeat)
        t_chart_db, _ = _timed(
            lambda: png(headline_chart(customer_volume(session, planted), "Customer")), repeat
        )
    url = engine.url.render_as_string(hide_password=False)
    t_fresh = _in_fresh_process(url, planted, repeat)
    t_command = _whole_command(url, planted, max(1, repeat // 2))
    slow = max(1, repeat // 2)
    p_top, _ = _timed(pandas_top, slow)
    p_volume, reference = _timed(pandas_volume, slow)
    assert reference[0] == volume.count and reference[5] == volume.rank
    assert abs(reference[1] - volume.baseline.mean) < 1e-9
    assert abs(reference[3] - volume.baseline.p95) < 1e-9
    print(
        f"planted customer #{planted}: {volume.count} messages vs mean "
        f"{volume.baseline.mean:.1f}, rank {volume.rank} of {volume.of:,}; "
        f"{stats.handoffs.distinct_agents} agents; top-1 has {top[0].count}",
        file=sys.stderr,
    )
    return [
        ("customer_stats, no cache (full)", t_cold, p_volume, 0.5),
        ("customer_stats, first call, new process", t_fresh, p_volume, 0.5),
        ("customer_stats, summary stale (messages)", t_stale, p_volume, None),
        ("customer_stats, company figures cached", t_warm, p_volume, 0.5),
        ("customer_volume (count, baseline, rank)", t_volume, p_volume, None),
        ("top_customers(100)", t_top, p_top, 0.5),
        ("headline chart from data (build + PNG)", t_chart, None, 0.3),
        ("headline chart from database", t_chart_db, p_volume + t_chart, 0.3),
        ("breakup-desk stats, whole command", t_command, None, None),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--db", help="database URL (default: the demo benchmark database)")
    parser.add_argument(
        "--synthetic", action="store_true", help="use Core-built synthetic rows instead of the demo"
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args(argv or [])
    name = f"bench-analytics-{args.customers}-{args.messages}.sqlite3"
    if args.db:
        url = args.db
    elif args.synthetic:
        url = f"sqlite:///{Path(tempfile.gettempdir()) / name}"
    else:
        url = bench_database(args.customers, args.messages)
    engine = open_database(url)
    with engine.connect() as conn:
        existing = conn.scalar(select(func.count()).select_from(Message))
    if not existing:
        start = time.perf_counter()
        build_synthetic(engine, args.customers, args.messages)
        print(f"built {url} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    if args.build_only:
        return 0
    with engine.connect() as conn:
        messages = conn.scalar(select(func.count()).select_from(Message))
        customers = conn.scalar(select(func.count()).select_from(Customer))
        current = "current" if is_current(conn) else "STALE"
    print(
        f"{engine.dialect.name}, {customers:,} customers, {messages:,} messages, summary "
        f"{current}; median of {args.repeat} runs"
    )
    print(f"{'job':42} {'ours':>8} {'pandas':>8} {'pandas/ours':>11} {'target':>7}")
    for job, ours, ref, target in run(engine, args.repeat):
        verdict = "" if target is None else ("ok" if ours < target else "OVER")
        print(
            f"{job:42} {ours * 1000:6.0f}ms "
            + (f"{ref * 1000:6.0f}ms {ref / ours:10.1f}x " if ref else f"{'—':>8} {'—':>11} ")
            + (f"{target * 1000:5.0f}ms {verdict}" if target else "")
        )
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
