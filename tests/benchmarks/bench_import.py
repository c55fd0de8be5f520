"""Import speed and peak memory of the 1,000,000-message demo export.

Reference: parsing the same file with ``json.loads`` line by line and nothing else (the floor
any importer pays). Peak memory is the importing process's maximum resident set size,
measured in a fresh subprocess (with its worker processes, if any), against the 400 MB budget.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desk.ingest.mail.archives import MAX_WORKERS
from tests.benchmarks.data import demo_export

MEMORY_BUDGET_MB = 400

_CHILD = """
import resource, sys, time
from pathlib import Path
from desk.db.engine import open_database
from desk.ingest.loader import import_file
engine = open_database(sys.argv[1])
started = time.perf_counter()
fmt = sys.argv[3] if len(sys.argv) > 3 else None
summary = import_file(engine, Path(sys.argv[2]), format_name=fmt)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(summary.messages_seen, summary.messages_new, seconds, peak, workers)
"""


def measure_import(path: Path, format_name: str | None = None) -> tuple[int, float, float]:
    """(messages, seconds, peak MB) for importing ``path`` into a fresh SQLite database. The
    peak counts worker processes (email archives) as if each peaked at the largest's."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        argv = [sys.executable, "-c", _CHILD, url, str(path)]
        if format_name:
            argv.append(format_name)
        result = subprocess.run(argv, check=False, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"the import failed: {result.stderr.strip()[-2000:]}")
        out = result.stdout.split()
    workers = min(MAX_WORKERS, os.cpu_count() or 1) if float(out[4]) > 0 else 0
    return int(out[0]), float(out[2]), float(out[3]) + workers * float(out[4])


def parse_only_seconds(path: Path) -> float:
    started = time.perf_counter()
    with path.open("rb") as handle:
        for line in handle:
            json.loads(line)
    return time.perf_counter() - started


def main() -> None:
    path = demo_export()
    size_mb = path.stat().st_size / 1e6
    messages, seconds, peak = measure_import(path)
    parse = parse_only_seconds(path)
    print(f"file: {path.name}, {size_mb:,.0f} MB, {messages:,} messages")
    print(f"import:     {seconds:8.1f} s  {messages / seconds:10,.0f} messages/s")
    print(f"json parse: {parse:8.1f} s  {messages / parse:10,.0f} messages/s (reference floor)")
    print(f"ratio import/parse: {seconds / parse:.1f}x")
    verdict = "ok" if peak < MEMORY_BUDGET_MB else "OVER BUDGET"
    print(
        f"peak memory: {peak:,.0f} MB vs budget {MEMORY_BUDGET_MB} MB "
        f"(ratio {peak / MEMORY_BUDGET_MB:.2f}) {verdict}"
    )


if __name__ == "__main__":
    main()
