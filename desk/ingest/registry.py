"""Which format a file is in: by extension first, then by the highest positive content score.

A scorer that raises is logged and skipped; detection goes on with the other formats.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.file_formats import FILE_FORMATS, HEAD_BYTES, score_formats
from desk.ingest.streams.compressed import Archive
from desk.ingest.streams.csv_rows import head_header

log = logging.getLogger(__name__)

FORMATS: tuple[type[Format], ...] = (*FILE_FORMATS, Archive)


def format_names() -> list[str]:
    return [f.name for f in FORMATS]


def get_format(name: str) -> type[Format]:
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    raise InputError(f"unknown format {name!r}; known formats: {', '.join(format_names())}")


def read_head(path: Path, size: int = HEAD_BYTES) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not an export file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc


def score_all(path: Path, head: bytes) -> list[tuple[float, type[Format]]]:
    """Every format's score for the file, best first (formats whose scorer raised omitted)."""
    return score_formats(FORMATS, path, head)


def detect(path: Path) -> type[Format]:
    """The format of ``path``, or an error that lists what was looked for."""
    if path.is_dir():
        return _detect_folder(path)
    head = read_head(path)
    if not head.strip():
        raise InputError(f"{path}: the file is empty")
    scores = score_all(path, head)
    if scores and scores[0][0] > 0:
        return scores[0][1]
    header = head_header(head) if path.suffix.lower() in (".csv", ".tsv", ".txt") else []
    if len(header) >= 3:  # a table of several columns, not a line of prose
        raise InputError(
            f"{path}: a CSV whose columns could not be placed ({', '.join(header)}); say which "
            "holds the time, the body and the customer (--map FIELD=COLUMN, or Columns… in the "
            "import dialog)"
        )
    looked_for = "; ".join(f"{f.label} ({f.name})" for f in FORMATS)
    raise InputError(f"{path}: not a format Breakup Desk reads; looked for: {looked_for}")


def _detect_folder(path: Path) -> type[Format]:
    """The format of a folder export (a folder of .eml files), by the formats' folder scores."""
    best: tuple[float, type[Format]] | None = None
    for fmt in FORMATS:
        try:
            score = float(fmt.score_folder(path))
        except Exception:
            log.exception("format %s could not score the folder %s; skipping it", fmt.name, path)
            continue
        if score > 0 and (best is None or score > best[0]):
            best = (score, fmt)
    if best is None:
        raise InputError(f"{path}: is a folder with no export Breakup Desk reads (.eml, .mbox)")
    return best[1]
