"""Email archives: mbox files (Gmail Takeout, Thunderbird, mailing-list archives), single .eml
files and folders of them (a folder path given to the import).

**One parse, a spill, bounded memory.** Email threads need every message before the first can
be placed. So each message is parsed once, in full: its envelope goes to a compact
Message-ID → thread map (:mod:`desk.ingest.email_threads`, about 250 bytes a message), and what
the database needs of it (body, subject, date, Message-ID, the map's handle) is written to an
anonymous temporary file with :mod:`marshal`. Once the map knows every thread, the spill is read
back in windows of :data:`WINDOW` messages, each window's messages grouped into one
:class:`Thread` per thread; the loader adds them to the conversation already stored under the
thread's id. Nothing but the map is held between windows.

**Worker processes.** Parsing is most of the work and each message's parse stands alone, so an
archive of :data:`PARALLEL_BYTES` or more is parsed by a pool of worker processes (one a core, at
most :data:`MAX_WORKERS`; started with ``spawn``, never ``fork``, as the window imports from a
thread), :data:`BATCH` messages at a time, a few batches in flight so the file is not read
ahead. This process splits the mbox, threads what comes back in order and writes the spill; the
answers travel as :mod:`marshal` bytes of plain tuples, which cost a tenth of pickling the
dataclasses. A frozen (PyInstaller) build and a one-core machine parse in this process. The first
pass reports progress (and honours a cancel, which stops the workers) every :data:`TICK`
messages.

**Parsing** is on bytes (:mod:`desk.ingest.email_parse`): our own ``From `` splitter streams the
mbox (a line that starts with ``From ``, carries a time and a year, and follows a blank line or the
start of the file; ``>From `` unescaped), so 8-bit bytes in separator lines and headers never
crash it, and one damaged message is rejected with its line number while the rest import.

**Bodies.** The text/plain part is preferred, else the HTML one turned into text. ``body_text``
(what is counted, hashed and scanned for abuse) holds the writer's own words: quoted replies and
the signature are stripped (:mod:`desk.ingest.email_text`). The full body stays in the record in
``body_html``: the original HTML for an HTML mail; for a plain-text mail whose text was
shortened, the full text as escaped ``<pre>`` HTML (``None`` when nothing was stripped). A
dedicated full-text column would be cleaner; the model has none.

**People.** The company is a setting (``company_domains``: option or stored setting), else
inferred (see :mod:`desk.ingest.email_threads`). Company senders are agents, the thread's
customer is the customer, anyone else writing is ``other`` (a CC'd third party); with no company
known, everyone but the customer is taken as an agent.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import marshal
import math
import multiprocessing
import os
import re
import sys
import tempfile
from collections import deque
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from desk.db.models import AuthorKind
from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.email_parse import Envelope, read_body, read_envelope, read_head
from desk.ingest.email_threads import Company, Placement, Threader, company_from_option
from desk.ingest.email_threads import Person as Correspondent  # records.Person is another
from desk.ingest.records import Item, Person, Post, ReadStats, Rejection, Thread

_FROM_LINE = re.compile(rb"^From \S.{0,300}?\d{1,2}:\d{2}(?::\d{2})?.{0,80}?\d{4}\s*$")
_ESCAPED_FROM = re.compile(rb"^>+From ")
_HEADER_LINE = re.compile(
    rb"^(?:Return-Path|Received|From|To|Date|Subject|Message-ID|MIME-Version|Delivered-To"
    rb"|X-[\w-]+|Reply-To|Content-Type):",
    re.IGNORECASE,
)
FOLDER_SUFFIXES = (".eml", ".mbox")
WINDOW = 2_000  # spilled messages grouped into threads at a time
PARALLEL_BYTES = 32 << 20  # archives this large are read by worker processes
MAX_WORKERS = 4
BATCH = 250  # messages a worker reads at a time
TICK = 2_000  # messages read between progress reports in the first pass
# A message as the spill holds it: (threader node, where, Date as written, subject, counted
# text, full body, Message-ID); one that could not be read: (where, reason).
_Parsed = tuple[int, str | int, str | None, str | None, str, str | None, str]
_Failed = tuple[str | int, str]
# A message read (see _read): Message-ID, references, subject, its key, whether a reply, sender,
# recipients, Date as written, date (a UTC timestamp), counted text, full body.
_Mail = tuple[
    str, tuple[str, ...], str | None, str, bool, Correspondent | None, tuple[Correspondent, ...],
    str | None,
    float, str, str | None,
]  # fmt: skip


class EmailArchive(Format):
    name = "email"
    label = "Email archive (mbox, .eml, or a folder of them)"
    source = "mail"
    extensions: ClassVar[tuple[str, ...]] = (".mbox", ".eml", ".txt", ".mbx")
    settings: ClassVar[tuple[str, ...]] = ("company_domains",)

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        first = head.lstrip(b"\r\n").split(b"\n", 1)[0]
        if first.startswith(b"From ") and _FROM_LINE.match(first.rstrip(b"\r")):
            return 0.9
        lines = head.lstrip(b"\r\n").split(b"\n", 12)[:12]
        headerish = sum(1 for line in lines if _HEADER_LINE.match(line))
        if headerish >= 3 and any(line.lower().startswith(b"from:") for line in lines):
            return 0.8
        return 0.0

    @classmethod
    def score_folder(cls, path: Path) -> float:
        return 0.9 if any(_archive_files(path)) else 0.0

    def __init__(self, path: Path, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(path, options)
        self._people: set[tuple[str, str]] = set()

    # -- reading ------------------------------------------------------------------------------

    def read(self, stats: ReadStats) -> Iterator[Item]:
        stats.encoding = "bytes (per-part MIME charsets)"
        total = _content_size(self.path) or 1
        threader = Threader()
        with tempfile.TemporaryFile(prefix="breakup-desk-mail-") as spill:
            for count, (where, read, done) in enumerate(self._read_messages(total), 1):
                marshal.dump(_spill_record(where, read, threader), spill)
                if count % TICK == 0:
                    stats.bytes_read = done // 2
                    stats.tick()
            company = company_from_option(self.options.get("company_domains"))
            if company is None:
                company = threader.infer_company()
            stats.notes.append(company.describe())
            threader.finish(company)
            spilled = spill.tell() or 1
            spill.seek(0)
            window: list[_Parsed | _Failed] = []
            while True:
                try:
                    window.append(marshal.load(spill))
                except EOFError:
                    break
                if len(window) >= WINDOW:
                    stats.bytes_read = total // 2 + total * spill.tell() // spilled // 2
                    yield from self._threads(window, threader, company)
                    window = []
            yield from self._threads(window, threader, company)
        stats.bytes_read = total

    def _read_messages(self, total: int) -> Iterator[tuple[str | int, _Mail | str, int]]:
        """Every message read (or why it cannot be), in file order, with the bytes done. A large
        archive is read by worker processes, :data:`BATCH` messages at a time, while this one
        splits the file and threads what comes back."""
        workers = min(MAX_WORKERS, os.cpu_count() or 1)
        if total < PARALLEL_BYTES or workers < 2 or getattr(sys, "frozen", False):
            for where, raw, done in self._raw_messages():
                yield where, _read(raw), done
            return
        context = multiprocessing.get_context("spawn")  # no fork of a threaded (Qt) process
        pool = ProcessPoolExecutor(workers, mp_context=context)
        running: deque[tuple[Future[bytes], list[str | int], int]] = deque()
        try:
            batch: list[bytes] = []
            places: list[str | int] = []
            for where, raw, done in self._raw_messages():
                batch.append(raw)
                places.append(where)
                if len(batch) >= BATCH:
                    running.append((pool.submit(_read_batch, batch), places, done))
                    batch, places = [], []
                    if len(running) > 2 * workers:  # bounded: the file is not read ahead
                        yield from _finished(running.popleft())
            if batch:
                running.append((pool.submit(_read_batch, batch), places, done))
            while running:
                yield from _finished(running.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _raw_messages(self) -> Iterator[tuple[str | int, bytes, int]]:
        """(line number or file name, raw message, about the bytes read so far) for the whole
        input (counted by the messages' sizes: asking the file costs more)."""
        done = 0
        if self.path.is_dir():
            for file in _archive_files(self.path):
                label = str(file.relative_to(self.path))
                with file.open("rb") as handle:
                    for line, raw in _split(handle):
                        done += len(raw)
                        yield label if line <= 1 else f"{label}, line {line}", raw, done
            return
        try:
            with self.path.open("rb") as handle:
                for number, message in _split(handle):
                    done += len(message)
                    yield number, message, done
        except OSError as exc:
            raise InputError(f"{self.path}: cannot be read ({exc.strerror})") from exc

    def _threads(
        self, window: list[_Parsed | _Failed], threader: Threader, company: Company
    ) -> Iterator[Item]:
        """The messages of one window of the spill, as one :class:`Thread` per thread (the
        loader adds them to the conversation stored under the thread's id)."""
        posts: dict[str, list[Post]] = {}
        firsts: dict[str, tuple[Placement, str | int, str | None]] = {}  # earliest: where, subject
        for record in window:
            if len(record) == 2:
                yield _reject(*record)
                continue
            node, where, date_raw, subject, text, html, message_id = record
            placed = threader.placement(node)
            customer = placed.customer
            if customer is None:
                yield _reject(
                    where, "only company addresses (internal mail); not a customer thread"
                )
                continue
            sender = placed.sender
            if sender is None:
                kind = AuthorKind.SYSTEM
            elif sender == customer:
                kind = AuthorKind.CUSTOMER
            elif company.owns(sender) or not (company.domains or company.addresses):
                kind = AuthorKind.AGENT
            else:
                kind = AuthorKind.OTHER
            yield from self._person(customer, "customer", threader)
            if kind == AuthorKind.AGENT and sender is not None:
                yield from self._person(sender, "agent", threader)
            post = Post(
                external_id=message_id,
                author_kind=kind,
                created_at=_utc(placed.date),
                created_raw=date_raw,
                body_text=text,
                body_html=html,
                author_id=sender if kind == AuthorKind.AGENT else None,
                channel="email",
            )
            thread_posts = posts.get(placed.thread_id)
            if thread_posts is None:
                posts[placed.thread_id] = [post]
                firsts[placed.thread_id] = (placed, where, subject)
            else:
                thread_posts.append(post)
                if placed.date < firsts[placed.thread_id][0].date:
                    firsts[placed.thread_id] = (placed, where, subject)
        for thread_id, thread_posts in posts.items():
            placed, where, subject = firsts[thread_id]
            assert placed.customer is not None
            yield Thread(
                external_id=thread_id,
                customer_id=placed.customer,
                created_at=_utc(placed.started if math.isfinite(placed.started) else placed.date),
                posts=tuple(thread_posts),
                subject=subject,
                channel="email",
                location=where if isinstance(where, str) else f"line {where}",
            )

    def _person(self, address: str, role: str, threader: Threader) -> Iterator[Person]:
        if (role, address) in self._people:
            return
        self._people.add((role, address))
        yield Person(
            external_id=address,
            role="agent" if role == "agent" else "customer",
            name=threader.name_of(address),
            emails=(address,),
        )


def _read(raw: bytes) -> _Mail | str:
    """One message read: its envelope (addresses as (email, name) pairs), date (a UTC
    timestamp) and body, as plain values a worker process can send back cheaply; else why it
    cannot be read."""
    try:
        head = read_head(raw)
        envelope = read_envelope(raw, head=head)
        date = _date(envelope, raw)
        if date is None:
            return "no readable Date header or mbox date"
        body = read_body(raw, head)
    except Exception as exc:  # malformed MIME makes the email package raise anything
        return f"the message cannot be read ({type(exc).__name__}: {exc})"
    sender = envelope.sender
    return (
        envelope.message_id, envelope.references, envelope.subject, envelope.subject_key,
        envelope.is_reply, None if sender is None else (sender.email, sender.name),
        tuple((a.email, a.name) for a in envelope.recipients), envelope.date_raw,
        date.replace(tzinfo=dt.UTC).timestamp(), body.text, body.html,
    )  # fmt: skip


def _read_batch(batch: list[bytes]) -> bytes:
    """:func:`_read` for a batch of messages, the work of a worker process; the answers as
    :mod:`marshal` bytes (pickling costs more)."""
    return marshal.dumps([_read(raw) for raw in batch])


def _finished(
    job: tuple[Future[bytes], list[str | int], int],
) -> Iterator[tuple[str | int, _Mail | str, int]]:
    future, places, done = job
    for where, read in zip(places, marshal.loads(future.result()), strict=True):
        yield where, read, done


def _spill_record(where: str | int, read: _Mail | str, threader: Threader) -> _Parsed | _Failed:
    """What the spill keeps of one message, its envelope given to the threader."""
    if isinstance(read, str):
        return (where, read)
    message_id, references, subject, key, reply, sender, recipients, date_raw, date, text, html = (
        read
    )
    node = threader.add(message_id, references, key, reply, sender, recipients, date)
    return (node, where, date_raw, subject, text, html, message_id)


def _reject(where: str | int, reason: str) -> Rejection:
    if isinstance(where, int):
        return Rejection(reason, line=where)
    return Rejection(f"{where}: {reason}")


def _utc(timestamp: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).replace(tzinfo=None)


def _date(envelope: Envelope, raw: bytes) -> dt.datetime | None:
    """The message's Date, else the date of its mbox ``From `` line (naive UTC)."""
    if envelope.date is not None:
        return envelope.date
    if raw.startswith(b"From "):
        first = raw.split(b"\n", 1)[0].decode("ascii", "replace")
        parts = first.split()
        if len(parts) >= 7:
            try:
                parsed = email.utils.parsedate_to_datetime(" ".join(parts[-5:]))
            except (TypeError, ValueError, IndexError):
                return None
            return parsed.astimezone(dt.UTC).replace(tzinfo=None) if parsed.tzinfo else parsed
    return None


def _split(handle: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """The messages of an mbox (or the one message of an .eml), with their first line number."""
    lines: list[bytes] = []
    start = 0
    previous_blank = True
    for number, line in enumerate(handle, start=1):
        if previous_blank and line.startswith(b"From ") and _FROM_LINE.match(line.rstrip(b"\r\n")):
            if lines and (start or any(x.strip() for x in lines)):
                yield start or 1, b"".join(lines)
            lines = [line]
            start = number
        else:
            if start and line.startswith(b">") and _ESCAPED_FROM.match(line):
                line = line[1:]
            lines.append(line)
        previous_blank = not line.strip()
    if lines and any(x.strip() for x in lines):
        yield start or 1, b"".join(lines)


def _archive_files(folder: Path) -> Iterator[Path]:
    try:
        candidates = sorted(folder.rglob("*"))
    except OSError:
        return
    for file in candidates:
        if file.suffix.lower() in FOLDER_SUFFIXES and file.is_file():
            yield file


def _content_size(path: Path) -> int:
    if path.is_dir():
        return sum(f.stat().st_size for f in _archive_files(path))
    return path.stat().st_size
