"""Email archives: mbox files (Gmail Takeout, Thunderbird, mailing-list archives), single .eml
files and folders of them (a folder path given to the import).

**One parse, a spill, a compact map.** Email threads need every message before the first can
be placed. So each message is parsed once, in full: its envelope goes to a compact
Message-ID → thread map (:mod:`desk.ingest.mail.threader`, about 60 bytes a message), and what
the database needs of it (body, subject, date, Message-ID) is written, with the map's handle, to
an anonymous temporary file with :mod:`marshal`. Once the map knows every thread, the spill is
read back in windows of :data:`WINDOW` messages or more, each window's messages grouped into one
:class:`Thread` per thread; the loader adds them to the conversation already stored under the
thread's id. Nothing but the map is held between windows.

**Worker processes.** Splitting and parsing are most of the work and each message's parse
stands alone, so an archive of :data:`PARALLEL_BYTES` or more is read by a pool of worker
processes (one a core, at most :data:`MAX_WORKERS`; started with ``spawn``, never ``fork``, as
the window imports from a thread). This process only cuts the file into pieces of about
:data:`CHUNK` bytes just before a separator line, a few pieces in flight so the file is not read
ahead; a worker splits its piece into messages and reads them
(:mod:`desk.ingest.mail.piece_reader`). What comes back is threaded here in file order. The
answers travel as :mod:`marshal` bytes of plain tuples (a tenth of the cost of pickling
dataclasses), and the part the database takes is written to the spill as the worker
wrote it, never unpacked in this process. Message-IDs arrive as 64-bit keys, hashed by the
worker. A frozen (PyInstaller) build and a one-core machine do the same work in this process.
The first pass reports progress (and honours a cancel, which stops the workers) every
:data:`TICK` messages or so.

**Parsing** is on bytes (:mod:`desk.ingest.mail.parsing`): our own ``From `` splitter
(:mod:`desk.ingest.mail.mbox_split`) streams the mbox, so 8-bit bytes in separator lines and
headers never crash it, and one damaged message is rejected with its line number while the rest
import.

**Bodies.** The text/plain part is preferred, else the HTML one turned into text. ``body_text``
(what is counted, hashed and scanned for abuse) holds the writer's own words: quoted replies and
the signature are stripped (:mod:`desk.ingest.mail.own_words`). The full body stays in the record in
``body_html``: the original HTML for an HTML mail; for a plain-text mail whose text was
shortened, the full text as escaped ``<pre>`` HTML (``None`` when nothing was stripped). A
dedicated full-text column would be cleaner; the model has none.

**People.** The company is a setting (``company_domains``: option or stored setting), else
inferred (see :mod:`desk.ingest.mail.threader`). Company senders are agents, the thread's
customer is the customer, anyone else writing is ``other`` (a CC'd third party); with no company
known, everyone but the customer is taken as an agent.
"""

from __future__ import annotations

import datetime as dt
import marshal
import math
import multiprocessing
import os
import sys
import tempfile
from collections import deque
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

from desk.db.models import AuthorKind
from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.limits import Limits
from desk.ingest.mail.company_domains import Company, company_from_option
from desk.ingest.mail.detect import header_score
from desk.ingest.mail.mbox_split import _FROM_LINE, CHUNK, _chunks
from desk.ingest.mail.piece_reader import _EPOCH, _Read, _read_chunk, _read_pieces, _Stored
from desk.ingest.mail.threader import Threader, ThreadStart
from desk.ingest.records import Item, Person, Post, ReadStats, Rejection, Thread

FOLDER_SUFFIXES = (".eml", ".mbox")
WINDOW = 2_000  # spilled messages grouped into threads at a time
PARALLEL_BYTES = 32 << 20  # archives this large are read by worker processes
MAX_WORKERS = 4
TICK = 2_000  # messages read between progress reports in the first pass
# A piece of the archive read (see _read_chunk): where each message starts; as marshal bytes,
# what the threader takes of each (None: unreadable) and what is stored of each (a string: why
# it cannot be read).
_Batch = tuple[list[str | int], bytes, bytes]


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
        return header_score(head)

    @classmethod
    def score_folder(cls, path: Path) -> float:
        return 0.9 if any(_archive_files(path)) else 0.0

    def __init__(self, path: Path, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(path, options)
        self._people: set[tuple[str, str]] = set()
        self._limit = Limits.from_options(self.options).record_bytes  # one message at most

    # -- reading ------------------------------------------------------------------------------

    def read(self, stats: ReadStats) -> Iterator[Item]:
        stats.encoding = "bytes (per-part MIME charsets)"
        total = _content_size(self.path) or 1
        threader = Threader()
        with tempfile.TemporaryFile(prefix="breakup-desk-mail-") as spill:
            count = 0
            for (places, envelopes, stored), done in self._read_batches(total):
                nodes = threader.add_all(marshal.loads(envelopes))
                marshal.dump((places, nodes, stored), spill)  # the bodies as the reader wrote them
                if (count + len(places)) // TICK > count // TICK:
                    stats.bytes_read = done // 2
                    stats.tick()
                count += len(places)
            company = company_from_option(self.options.get("company_domains"))
            if company is None:
                company = threader.infer_company()
            stats.notes.append(company.describe())
            threader.finish(company)
            spilled = spill.tell() or 1
            spill.seek(0)
            window: list[tuple[str | int, int, _Stored | str]] = []
            while True:
                try:
                    places, nodes, stored = marshal.load(spill)
                except EOFError:
                    break
                window.extend(zip(places, nodes, marshal.loads(stored), strict=True))
                if len(window) >= WINDOW:
                    stats.bytes_read = total // 2 + total * spill.tell() // spilled // 2
                    yield from self._threads(window, threader, company)
                    window = []
            yield from self._threads(window, threader, company)
        stats.bytes_read = total

    def _read_batches(self, total: int) -> Iterator[tuple[_Batch, int]]:
        """Every message read (see :func:`_read_chunk`), a piece of the file at a time in file
        order, with the bytes done. A large archive is split and read by worker processes; this
        one only cuts the file into pieces and threads what comes back."""
        workers = min(MAX_WORKERS, os.cpu_count() or 1)
        if total < PARALLEL_BYTES or workers < 2 or getattr(sys, "frozen", False):
            for label, piece, line, done in self._pieces():
                yield _placed(label, *_read_chunk(piece, line)), done
            return
        context = multiprocessing.get_context("spawn")  # no fork of a threaded (Qt) process
        pool = ProcessPoolExecutor(workers, mp_context=context)
        running: deque[tuple[list[tuple[str | None, int]], Future[list[_Read]]]] = deque()
        try:
            for job in _jobs(self._pieces()):
                places = [(label, done) for label, _piece, _line, done in job]
                pieces = [(piece, line) for _label, piece, line, _done in job]
                running.append((places, pool.submit(_read_pieces, pieces)))
                if len(running) > 2 * workers:  # bounded: the file is not read ahead
                    yield from _finished(*running.popleft())
            while running:
                yield from _finished(*running.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _pieces(self) -> Iterator[tuple[str | None, bytes, int, int]]:
        """The input in pieces of whole messages (see :func:`_chunks`): the file's name within a
        folder (None for a single file), the piece, its first line number, and the bytes read
        so far."""
        done = 0
        if self.path.is_dir():
            for file in _archive_files(self.path):
                label = str(file.relative_to(self.path))
                with file.open("rb") as handle:
                    for piece, line in _chunks(handle, CHUNK, limit=self._limit):
                        done += len(piece)
                        yield label, piece, line, done
            return
        try:
            with self.path.open("rb") as handle:
                for piece, line in _chunks(handle, CHUNK, limit=self._limit):
                    done += len(piece)
                    yield None, piece, line, done
        except OSError as exc:
            raise InputError(f"{self.path}: cannot be read ({exc.strerror})") from exc

    def _threads(
        self,
        window: list[tuple[str | int, int, _Stored | str]],
        threader: Threader,
        company: Company,
    ) -> Iterator[Item]:
        """The messages of one window of the spill, as one :class:`Thread` per thread (the
        loader adds them to the conversation stored under the thread's id)."""
        posts: dict[str, list[Post]] = {}
        firsts: dict[str, tuple[float, str | int, str | None]] = {}  # earliest: where, subject
        starts: dict[str, ThreadStart] = {}
        anyone_agent = not (company.domains or company.addresses)
        people = self._people
        for (where, _node, stored), placed in zip(
            window, threader.place([node for _, node, _ in window]), strict=True
        ):
            if isinstance(stored, str):  # could not be read (nor placed)
                yield _reject(where, stored)
                continue
            assert placed is not None
            start, date, sender = placed
            customer = start.customer
            if customer is None:
                yield _reject(
                    where, "only company addresses (internal mail); not a customer thread"
                )
                continue
            if sender is None:
                kind = AuthorKind.SYSTEM
            elif sender == customer:
                kind = AuthorKind.CUSTOMER
            elif anyone_agent or company.owns(sender):
                kind = AuthorKind.AGENT
            else:
                kind = AuthorKind.OTHER
            if ("customer", customer) not in people:
                yield self._person(customer, "customer", threader)
            if kind == AuthorKind.AGENT and ("agent", sender) not in people:
                assert sender is not None
                yield self._person(sender, "agent", threader)
            date_raw, subject, text, html, message_id = stored
            post = Post(
                external_id=message_id,
                author_kind=kind,
                created_at=_utc(date),
                created_raw=date_raw,
                body_text=text,
                body_html=html,
                author_id=sender if kind == AuthorKind.AGENT else None,
                channel="email",
            )
            thread_id = start.thread_id
            thread_posts = posts.get(thread_id)
            if thread_posts is None:
                posts[thread_id] = [post]
                firsts[thread_id] = (date, where, subject)
                starts[thread_id] = start
            else:
                thread_posts.append(post)
                if date < firsts[thread_id][0]:
                    firsts[thread_id] = (date, where, subject)
        for thread_id, thread_posts in posts.items():
            date, where, subject = firsts[thread_id]
            start = starts[thread_id]
            assert start.customer is not None
            yield Thread(
                external_id=thread_id,
                customer_id=start.customer,
                created_at=_utc(start.started if math.isfinite(start.started) else date),
                posts=tuple(thread_posts),
                subject=subject,
                channel="email",
                location=where if isinstance(where, str) else f"line {where}",
            )

    def _person(self, address: str, role: str, threader: Threader) -> Person:
        self._people.add((role, address))
        return Person(
            external_id=address,
            role="agent" if role == "agent" else "customer",
            name=threader.name_of(address),
            emails=(address,),
        )


def _jobs(
    pieces: Iterator[tuple[str | None, bytes, int, int]],
) -> Iterator[list[tuple[str | None, bytes, int, int]]]:
    """Pieces gathered into jobs of half :data:`CHUNK` or more, so a folder of small .eml files
    is not sent to the workers a file at a time (an mbox's pieces go one a job)."""
    job: list[tuple[str | None, bytes, int, int]] = []
    size = 0
    for piece in pieces:
        job.append(piece)
        size += len(piece[1])
        if size >= CHUNK // 2:
            yield job
            job, size = [], 0
    if job:
        yield job


def _finished(
    places: list[tuple[str | None, int]], future: Future[list[_Read]]
) -> Iterator[tuple[_Batch, int]]:
    for (label, done), read in zip(places, future.result(), strict=True):
        yield _placed(label, *read), done


def _placed(label: str | None, lines: list[int], envelopes: bytes, stored: bytes) -> _Batch:
    """A read piece with its messages' places: line numbers, or "file, line N" in a folder."""
    if label is None:
        return list(lines), envelopes, stored
    return [label if line <= 1 else f"{label}, line {line}" for line in lines], envelopes, stored


def _reject(where: str | int, reason: str) -> Rejection:
    if isinstance(where, int):
        return Rejection(reason, line=where)
    return Rejection(f"{where}: {reason}")


def _utc(timestamp: float) -> dt.datetime:
    return _EPOCH + dt.timedelta(seconds=timestamp)


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
