"""What every subcommand shares: the context (database, output), JSON and table printing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from desk.commands.terminal import clean, clean_json, clean_line
from desk.config import resolve_db_url
from desk.db.engine import open_database, session_factory
from desk.progress import Progress

Handler = Callable[[argparse.Namespace, "Context"], int]


@dataclass
class Context:
    """Handed to every command: the database URL (opened lazily) and the output stream."""

    db_url: str | None
    out: IO[str] = field(default_factory=lambda: sys.stdout)
    err: IO[str] = field(default_factory=lambda: sys.stderr)
    quiet: bool = False
    _engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = open_database(self.db_url)
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        with session_factory(self.engine)() as session:
            yield session

    def database_folder(self) -> Path | None:
        """The folder of the SQLite file in use (for messages about its disk), if it is one."""
        try:
            url = make_url(resolve_db_url(self.db_url))
        except ArgumentError:
            return None
        database = url.database
        if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
            return None
        if database.startswith("file:"):
            return None
        return Path(database).absolute().parent

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def print(self, text: str = "") -> None:
        """Print ``text`` with terminal controls escaped: it may hold imported names."""
        print(clean(text), file=self.out)

    def print_json(self, data: Any) -> None:
        """Print ``data`` as JSON; controls that ``json`` leaves raw are escaped too."""
        document = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        self.out.write(clean_json(document) + "\n")

    def progress_bar(self, total: int | None, unit: str) -> Progress:
        """A :class:`Progress` that draws a bar with rate and ETA on stderr (a terminal only)."""
        if self.quiet or not self.err.isatty():
            return Progress(total, unit)
        return Progress(total, unit, on_update=TerminalBar(self.err))


class TerminalBar:
    """Draws ``[#####.....]  42%  12,345/29,000 messages  8,100/s  ETA 0:02``, throttled."""

    def __init__(self, stream: IO[str], width: int = 28, interval: float = 0.1) -> None:
        self._stream = stream
        self._width = width
        self._interval = interval
        self._last = 0.0

    def __call__(self, progress: Progress) -> None:
        now = progress.elapsed
        finished = progress.total is not None and progress.done >= progress.total
        if now - self._last < self._interval and not finished:
            return
        self._last = now
        line = format_progress(progress, self._width)
        self._stream.write("\r" + line + ("\n" if finished else ""))
        self._stream.flush()


def format_progress(progress: Progress, width: int = 28) -> str:
    rate = f"{progress.rate:,.0f}/s"
    if progress.total:
        share = min(1.0, progress.done / progress.total)
        filled = int(share * width)
        eta = progress.eta
        eta_text = f"ETA {int(eta) // 60}:{int(eta) % 60:02d}" if eta is not None else ""
        return (
            f"[{'#' * filled}{'.' * (width - filled)}] {share:4.0%}  "
            f"{progress.done:,}/{progress.total:,} {progress.unit}  {rate}  {eta_text}"
        )
    return f"{progress.done:,} {progress.unit}  {rate}"


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain text table; numbers right-aligned, controls in cells escaped (one row a line)."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))
    numeric = [
        all(isinstance(row[i], int | float) for row in rows) if rows else False
        for i in range(len(headers))
    ]

    def fmt(values: Sequence[str]) -> str:
        parts = [
            v.rjust(widths[i]) if numeric[i] else v.ljust(widths[i]) for i, v in enumerate(values)
        ]
        return "  ".join(parts).rstrip()

    lines = [fmt(headers), fmt(["-" * w for w in widths])]
    lines.extend(fmt(row) for row in cells)
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return "" if value is None else clean_line(str(value))


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
