"""The benchmark data sets, generated once and reused between runs."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desk.db.engine import open_database
from desk.demo.generator import write_demo_export
from desk.ingest.loader import import_file

BENCH_CUSTOMERS = 100_000
BENCH_MESSAGES = 1_000_000


def bench_dir() -> Path:
    path = Path(os.environ.get("BREAKUP_BENCH_DIR", Path(tempfile.gettempdir()) / "breakup-bench"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_export(customers: int = BENCH_CUSTOMERS, messages: int = BENCH_MESSAGES) -> Path:
    """The demo export of the benchmark size (written on first use)."""
    path = bench_dir() / f"demo-{customers}-{messages}.ndjson"
    if not path.exists():
        print(f"writing {path} …", flush=True)
        write_demo_export(path, customers=customers, messages=messages)
    return path


def bench_database(customers: int = BENCH_CUSTOMERS, messages: int = BENCH_MESSAGES) -> str:
    """A SQLite database holding the benchmark export (imported on first use); its URL."""
    path = bench_dir() / f"demo-{customers}-{messages}.sqlite3"
    url = f"sqlite:///{path}"
    if not path.exists():
        export = demo_export(customers, messages)
        print(f"importing into {path} …", flush=True)
        engine = open_database(url)
        try:
            import_file(engine, export)
        except BaseException:
            engine.dispose()
            path.unlink(missing_ok=True)
            raise
        engine.dispose()
    return url
