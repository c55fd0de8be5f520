"""Import speed and peak memory against the floor, on SQLite and on PostgreSQL, from one run.

The demo export (``BREAKUP_BENCH_IMPORT_MESSAGES`` messages, default 1,000,000, a tenth as many
customers) is imported into a fresh database in a fresh process, interleaved with its reference
(:mod:`tests.benchmarks.import_floor`) — import, floor, import, floor… (``BREAKUP_BENCH_PAIRS``
pairs, default 3) — so that a machine busy with something else slows both alike. Printed per
pair: wall and CPU seconds and the ratio import/floor; then the medians. Targets: SQLite within
2.0x of the standard-library floor, PostgreSQL within 2.0x of a plain ``COPY`` of the same rows.
PostgreSQL's pairs also run, and print the ratio to, the same ``COPY`` followed by the five
indexes the SQLite floor builds (the product's message table is indexed; the plain ``COPY``'s
tables are not): beside the plain ``COPY``'s ratio, which stays the target's.
Peak memory is the importing process's maximum resident set size, against the 400 MB budget.

``BREAKUP_BENCH_TREE=/path/to/other/checkout`` runs the import of that tree instead (to record
"before" figures with the same harness). Run: ``python -m tests.benchmarks import``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from desk.ingest.mail.archives import MAX_WORKERS
from tests.benchmarks.data import BENCH_MESSAGES, demo_export

MEMORY_BUDGET_MB = 400
TARGET_RATIO = 2.0

_CHILD = """
import resource, sys, time
from pathlib import Path
from desk.db.engine import open_database
from desk.ingest.loader import import_file
engine = open_database(sys.argv[1])
wall, cpu = time.perf_counter(), time.process_time()
fmt = sys.argv[3] if len(sys.argv) > 3 else None
summary = import_file(engine, Path(sys.argv[2]), format_name=fmt)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(summary.messages_seen, summary.messages_new, wall, cpu, peak, workers)
"""


class Run(NamedTuple):
    messages: int
    wall: float
    cpu: float
    peak_mb: float


def _python(argv: list[str]) -> list[str]:
    """Run ``argv`` in a fresh interpreter, in ``BREAKUP_BENCH_TREE`` when it is set."""
    result = subprocess.run(
        [sys.executable, *argv],
        check=False,
        capture_output=True,
        text=True,
        cwd=os.environ.get("BREAKUP_BENCH_TREE") or None,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the run failed: {result.stderr.strip()[-2000:]}")
    return result.stdout.split()


def run_import(path: Path, url: str, format_name: str | None = None) -> Run:
    """Import ``path`` into the empty database ``url`` in a fresh process. The peak counts
    worker processes (email archives) as if each peaked at the largest's."""
    out = _python(["-c", _CHILD, url, str(path), *([format_name] if format_name else [])])
    workers = min(MAX_WORKERS, os.cpu_count() or 1) if float(out[5]) > 0 else 0
    return Run(int(out[0]), float(out[2]), float(out[3]), float(out[4]) + workers * float(out[5]))


def run_floor(kind: str, target: str, path: Path) -> Run:
    here = Path(__file__).resolve().parents[2]
    out = _python([str(here / "tests" / "benchmarks" / "import_floor.py"), kind, target, str(path)])
    return Run(int(out[0]), float(out[1]), float(out[2]), float(out[3]))


def measure_import(path: Path, format_name: str | None = None) -> tuple[int, float, float]:
    """(messages, seconds, peak MB) for importing ``path`` into a fresh SQLite database."""
    with tempfile.TemporaryDirectory() as tmp:
        run = run_import(path, f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", format_name)
    return run.messages, run.wall, run.peak_mb


def _median_ratios(imports: list[Run], references: list[Run]) -> tuple[float, float]:
    """(wall, cpu): the imports' medians over the references' medians."""
    return (
        statistics.median(r.wall for r in imports) / statistics.median(r.wall for r in references),
        statistics.median(r.cpu for r in imports) / statistics.median(r.cpu for r in references),
    )


def interleaved(
    label: str,
    pairs: int,
    importer: Callable[[], Run],
    floor: Callable[[], Run],
    second: Callable[[], Run] | None = None,
) -> tuple[float, float]:
    """Import and floor, A B A B … (A B C A B C … with a ``second`` reference, whose ratios
    are printed beside the floor's: the verdict stays the floor's); prints each pair and the
    medians; (wall, cpu) ratios to the floor."""
    imports: list[Run] = []
    floors: list[Run] = []
    seconds_: list[Run] = []
    print(f"--- {label}: import vs {floor.__doc__}")
    for number in range(1, pairs + 1):
        imports.append(importer())
        floors.append(floor())
        a, b = imports[-1], floors[-1]
        print(
            f"pair {number}: import {a.wall:6.1f} s wall {a.cpu:6.1f} s cpu {a.peak_mb:5.0f} MB"
            f" | floor {b.wall:6.1f} s wall {b.cpu:6.1f} s cpu"
            f" | ratio {a.wall / b.wall:.2f}x wall {a.cpu / b.cpu:.2f}x cpu",
            flush=True,
        )
        if second is not None:
            seconds_.append(second())
            c = seconds_[-1]
            print(
                f"        {second.__doc__}: {c.wall:6.1f} s wall {c.cpu:6.1f} s cpu"
                f" | ratio {a.wall / c.wall:.2f}x wall {a.cpu / c.cpu:.2f}x cpu",
                flush=True,
            )
    wall, cpu = _median_ratios(imports, floors)
    messages = imports[0].messages
    seconds = statistics.median(r.wall for r in imports)
    peak = max(r.peak_mb for r in imports)
    verdict = "ok" if wall <= TARGET_RATIO else f"OVER the {TARGET_RATIO}x target"
    print(
        f"median: import {seconds:.1f} s ({messages / seconds:,.0f} messages/s), floor "
        f"{statistics.median(r.wall for r in floors):.1f} s; ratio {wall:.2f}x wall, "
        f"{cpu:.2f}x cpu (target <= {TARGET_RATIO}) {verdict}"
    )
    if second is not None:
        other_wall, other_cpu = _median_ratios(imports, seconds_)
        print(
            f"median vs {second.__doc__}: {statistics.median(r.wall for r in seconds_):.1f} s; "
            f"ratio {other_wall:.2f}x wall, {other_cpu:.2f}x cpu"
        )
    budget = "ok" if peak < MEMORY_BUDGET_MB else "OVER BUDGET"
    print(f"peak memory: {peak:,.0f} MB vs budget {MEMORY_BUDGET_MB} MB {budget}")
    return wall, cpu


def _sqlite(path: Path, pairs: int, tmp: Path) -> None:
    counter = iter(range(1_000_000))

    def importer() -> Run:
        return run_import(path, f"sqlite:///{tmp / f'import-{next(counter)}.sqlite3'}")

    def floor() -> Run:
        """the standard-library floor"""
        return run_floor("sqlite", str(tmp / f"floor-{next(counter)}.sqlite3"), path)

    interleaved("SQLite", pairs, importer, floor)
    for file in tmp.glob("*.sqlite3*"):
        file.unlink()


def _postgresql(path: Path, pairs: int) -> None:
    from tests.pgserver import PgServer, PgUnavailable

    try:
        server = PgServer.start()
    except PgUnavailable as exc:
        print(f"--- PostgreSQL: skipped ({exc})")
        return
    try:

        def importer() -> Run:
            return run_import(path, server.create_database())

        def floor() -> Run:
            """a plain COPY of the same rows"""
            url = server.create_database().replace("postgresql+psycopg://", "postgresql://")
            return run_floor("postgresql", url, path)

        def indexed() -> Run:
            """the same COPY, then the SQLite floor's five indexes"""
            url = server.create_database().replace("postgresql+psycopg://", "postgresql://")
            return run_floor("postgresql-indexed", url, path)

        interleaved("PostgreSQL", pairs, importer, floor, indexed)
    finally:
        server.stop()


def main() -> None:
    messages = int(os.environ.get("BREAKUP_BENCH_IMPORT_MESSAGES", BENCH_MESSAGES))
    pairs = max(1, int(os.environ.get("BREAKUP_BENCH_PAIRS", "3")))
    path = demo_export(max(1, messages // 10), messages)
    print(f"file: {path.name}, {path.stat().st_size / 1e6:,.0f} MB")
    only = os.environ.get("BREAKUP_BENCH_DB", "sqlite,postgresql").split(",")
    with tempfile.TemporaryDirectory() as tmp:
        if "sqlite" in only:
            _sqlite(path, pairs, Path(tmp))
    if "postgresql" in only:
        _postgresql(path, pairs)


if __name__ == "__main__":
    main()
