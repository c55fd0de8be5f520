"""Streaming the records out of a vendor's JSON dump, whatever its wrapping.

API dumps arrive in several wrappings: one API page (``{"_embedded": {"conversations": [...]}}``,
``{"conversations": [...]}``, ``{"items": [...]}``), one object (``{"item": {...}}`` or the bare
object), a top-level array, or NDJSON (one object, or one API page, per line). :func:`records`
finds which, then streams the records with ijson (C backend) or line by line, so memory stays flat
with the file size. A file damaged midway yields what was whole, then one :class:`Rejection` that
says where reading stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ijson

from desk.ingest.limits import Limits
from desk.ingest.records import ReadStats, Rejection
from desk.ingest.streams.bounded_json import (
    Refusal,
    Refused,
    bounded_lines,
    document_prefix,
    items,
    loads,
)
from desk.ingest.text.normalise import clean_text

NDJSON_PROBE = 8 * 1024 * 1024  # a first line longer than this is not taken as NDJSON


@dataclass(frozen=True, slots=True)
class Found:
    """One decoded JSON value and where it was: ``line`` (NDJSON) or ``record`` number."""

    value: Any
    line: int | None = None
    record: int | None = None

    @property
    def location(self) -> str:
        return f"line {self.line}" if self.line is not None else f"record {self.record}"

    def reject(self, reason: str) -> Rejection:
        """A rejection of this value, at its place."""
        return Rejection(reason, line=self.line, record=self.record)


def records(
    path: Path, stats: ReadStats, containers: Mapping[str, str], limits: Limits | None = None
) -> Iterator[Found | Rejection]:
    """Every record of ``path``.

    ``containers`` maps the path of a container in the document (``"_embedded.conversations"``)
    to the ijson prefix of its records (``"_embedded.conversations.item"``; ``""`` for the whole
    document). In NDJSON each line is yielded as it is: the caller unwraps API pages. A line or
    record over ``limits`` (:mod:`desk.ingest.limits`) is rejected and reading goes on.
    """
    limits = limits or Limits()
    stats.encoding = "utf-8"
    if _is_ndjson(path):
        yield from ndjson_lines(path, stats, limits=limits)
        return
    prefix = document_prefix(path, containers, limits)
    size = path.stat().st_size
    number = 0
    try:
        for number, value in enumerate(items(path, prefix, limits), start=1):
            if isinstance(value, Refused):
                yield Rejection(value.reason, record=number)
            else:
                yield Found(value, record=number)
    except (ijson.JSONError, UnicodeDecodeError, ValueError) as exc:
        yield Rejection(
            f"the file is not valid JSON after record {number} ({_short(exc)}); "
            "the records before it were read",
            record=number + 1,
        )
    stats.bytes_read = size


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


def _is_ndjson(path: Path) -> bool:
    with path.open("rb") as handle:
        first = b""
        while not first:
            raw = handle.readline(NDJSON_PROBE)
            if not raw:
                return False
            first = raw.strip()
    try:
        return isinstance(loads(first, Limits()), dict)
    except Refusal:  # an object too deep to read: its line is rejected, the rest read
        return first.startswith(b"{")
    except ValueError:
        return False


def ndjson_lines(
    path: Path,
    stats: ReadStats,
    explain: Callable[[ValueError], str] = _short,
    *,
    limits: Limits | None = None,
) -> Iterator[Found | Rejection]:
    """Each non-blank line of the NDJSON file ``path``, decoded, with its line number.

    A line that is not JSON is rejected as cut off (the last line, with no newline) or invalid,
    with ``explain``'s words for the error in brackets; a line longer or nested deeper than
    ``limits`` allow is rejected saying so; reading goes on with the next line.
    """
    limits = limits or Limits()
    with path.open("rb") as handle:
        for number, raw in bounded_lines(handle, limits.line_bytes):
            if isinstance(raw, Refused):
                yield Rejection(raw.reason, line=number)
                continue
            stats.bytes_read += len(raw)
            line = raw.strip()
            if not line:
                continue
            try:
                value = loads(line, limits)
            except Refusal as exc:
                yield Rejection(str(exc), line=number)
                continue
            except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
                where = "the line is cut off" if not raw.endswith(b"\n") else "invalid JSON"
                yield Rejection(f"{where} ({explain(exc)})", line=number)
                continue
            yield Found(value, line=number)


def get_path(obj: Any, *keys: str) -> Any:
    """``obj[k1][k2]…``, or ``None`` when a step is missing or not an object."""
    for key in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


clean = clean_text
