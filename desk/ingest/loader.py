"""The bulk loader: one import = one transaction, written with Core bulk statements.

It reads an importer's stream of :class:`Person`/:class:`Thread`/:class:`Rejection` records in
batches, resolves people to customers and agents, and inserts conversations and messages with
``ON CONFLICT DO NOTHING`` on their vendor ids, so importing the same export twice changes
nothing and an overlapping newer export adds only what is new. Anything that goes wrong, or a
cancel, rolls the whole import back: the database is left as it was. So does a file of which
not one record could be read but some were rejected (binary garbage given a ``--format``, a file
of another format): that is an error naming the first reason, not an empty import that
"succeeded". Every rejection reason is made readable (:mod:`desk.ingest.text.reasons`) before it is
stored or shown, as it may quote the file's bytes.

Messages and conversations, the bulk of any import, go in as plain tuples through
:func:`desk.db.bulk.insert_rows` (one ``executemany`` on SQLite; on PostgreSQL a ``COPY``
straight into the table while no row conflicts, else into a staging table then ``INSERT … ON
CONFLICT DO NOTHING``): measured against a standard-library
floor by ``python -m tests.benchmarks import``. On PostgreSQL the conversations inserted come
back from the insert itself (``RETURNING``), and :class:`desk.db.bulk.Growth` ANALYZEs the tables
the import grows as they grow, so the key look-ups stay planned for the rows really there (without
it a million-message import spent minutes in look-ups planned as if the tables were empty).
On SQLite the new conversations' and customers' ids are given
(:func:`desk.db.bulk.sqlite_next_ids`), so nothing just inserted is looked up again; the
look-ups that remain are driver-level (:func:`desk.db.bulk.select_in`), without SQLAlchemy's
per-value processing of an ``IN`` list. An import into an empty message table (the first, and
the largest) builds that table's plain indexes after its rows (:func:`desk.db.bulk.indexes_after`,
SQLite), in the same transaction. SQLite's per-row foreign-key checks are off for the import's
transaction (:func:`desk.db.bulk.foreign_keys_off`, which says why every reference is right
without them), and back on for the connection after it.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select, update

from desk.db.bulk import bulk_cache, foreign_keys_off, indexes_after
from desk.db.models import ImportBatch, Message, Setting, utcnow
from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.collector import fewer_collections
from desk.ingest.digest import Digest, file_sha256
from desk.ingest.load import (
    CONVERSATION_COLUMNS,
    MAX_STORED_REJECTIONS,
    MESSAGE_COLUMNS,
    MESSAGES_PER_BATCH,
    Load,
)
from desk.ingest.records import Rejection
from desk.ingest.registry import detect, get_format
from desk.progress import Progress

# Load and its constants live in desk.ingest.load; named here too, where callers found them.
__all__ = [
    "CONVERSATION_COLUMNS",
    "MAX_STORED_REJECTIONS",
    "MESSAGES_PER_BATCH",
    "MESSAGE_COLUMNS",
    "ImportSummary",
    "Load",
    "file_sha256",
    "import_file",
]


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one import did, for the command line and the import dialog."""

    batch_id: int
    path: Path
    format_name: str
    format_label: str
    encoding: str | None
    sha256: str
    conversations_new: int
    messages_new: int
    messages_seen: int
    customers_new: int
    customers_merged: int
    rejected: int
    rejections: tuple[Rejection, ...]
    previously_imported: dt.datetime | None
    seconds: float

    @property
    def messages_per_second(self) -> float:
        return self.messages_seen / self.seconds if self.seconds > 0 else 0.0


def _input_size(path: Path) -> int:
    if path.is_dir():
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return path.stat().st_size


def _with_settings(
    engine: Engine, fmt_cls: type[Format], options: Mapping[str, Any] | None
) -> dict[str, Any]:
    """``options``, completed by the format's stored settings the caller did not give."""
    merged = dict(options or {})
    wanted = [key for key in fmt_cls.settings if key not in merged]
    if wanted:
        with engine.connect() as connection:
            rows = connection.execute(
                select(Setting.key, Setting.value).where(Setting.key.in_(wanted))
            )
            for key, value in rows:
                try:
                    merged[key] = json.loads(value)
                except ValueError:
                    raise InputError(f"the setting {key!r} is not valid JSON") from None
    return merged


def import_file(
    engine: Engine,
    path: Path,
    *,
    format_name: str | None = None,
    options: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import one export file; see the module docstring for the guarantees."""
    path = Path(path)
    fmt_cls = get_format(format_name) if format_name else detect(path)
    if path.is_dir() and fmt_cls.score_folder(path) <= 0:
        raise InputError(f"{path}: is a folder, not a {fmt_cls.label} export")
    reader = fmt_cls(path, _with_settings(engine, fmt_cls, options))
    size = _input_size(path)
    progress = progress or Progress(size, "bytes")
    progress.update(0, size)
    started = time.monotonic()
    with (
        Digest(path) as digest,  # read beside the import, stopped if it ends early: see there
        fewer_collections(),  # the collector mostly out of the way: see there
        engine.connect() as connection,
        foreign_keys_off(connection),  # the references are right by construction: see there
        connection.begin(),
    ):
        batch_id = connection.execute(
            insert(ImportBatch).returning(ImportBatch.id),
            # The digest is recorded at the end, with the counts, in this same transaction.
            {"path": str(path), "format": fmt_cls.name, "sha256": "", "size_bytes": size},
        ).scalar_one()
        load = Load(connection, reader, batch_id, progress, size)
        with bulk_cache(connection):
            with indexes_after(connection, Message):
                load.run()
            if load.records_read == 0 and load.rejected:
                raise _nothing_read(path, fmt_cls, load)  # rolls the batch and its rejections back
            load.summary.apply()  # the analytics summary, in this same transaction
        counts = {
            "conversations_new": load.conversations_new,
            "messages_new": load.messages_new,
        }
        sha = digest.result()
        previous = connection.scalar(
            select(func.max(ImportBatch.finished_at)).where(
                ImportBatch.sha256 == sha, ImportBatch.status == "done"
            )
        )
        connection.execute(
            update(ImportBatch)
            .where(ImportBatch.id == batch_id)
            .values(
                sha256=sha,
                encoding=load.stats.encoding,
                finished_at=utcnow(),
                status="done",
                messages_seen=load.messages_seen,
                customers_new=load.people.customers_new,
                rows_rejected=load.rejected,
                **counts,
            )
        )
    progress.update(size, size)
    return ImportSummary(
        batch_id=batch_id,
        path=path,
        format_name=fmt_cls.name,
        format_label=fmt_cls.label,
        encoding=load.stats.encoding,
        sha256=sha,
        messages_seen=load.messages_seen,
        customers_new=load.people.customers_new,
        customers_merged=load.people.customers_merged,
        rejected=load.rejected,
        rejections=tuple(load.first_rejections),
        previously_imported=previous,
        seconds=time.monotonic() - started,
        **counts,
    )


def _nothing_read(path: Path, fmt_cls: type[Format], load: Load) -> InputError:
    """The error for a file that yielded rejections and not one record."""
    first = load.first_rejections[0]
    more = f"; {load.rejected - 1:,} more rejected" if load.rejected > 1 else ""
    return InputError(
        f"{path}: no record could be read as {fmt_cls.label} "
        f"({first.where()}: {first.reason}{more})"
    )
