"""Exports that arrive compressed: a ``.zip`` (every member is imported) or a ``.gz`` (its file).

Each member's format is detected from its own first bytes, exactly as for a plain file, and the
member is imported by that format's reader: it is copied out to a temporary file first (readers
make several passes), one member at a time, so disk use is one member and memory stays flat.
Members that describe people (``users``, ``contacts`` …) go first, so the tickets after them know
who is an agent. All members must be exports of one helpdesk (their ids share a namespace);
an archive mixing helpdesks is refused, naming what it holds. Rejections carry the member's name.

Refused outright, before anything is read: members whose path escapes the archive (absolute,
``..``, a drive letter), more than ``MAX_MEMBERS`` members, and archives that would expand beyond
the room there is (:mod:`desk.ingest.limits`): the ceiling for archives (``archive_max_bytes``)
or the temporary folder's free space less a reserve, whichever is less, or at a ratio of
expanded to packed bytes that only a bomb reaches. The declared sizes are checked first, and the
bytes actually written are counted against the same bounds, since declared sizes can lie; a
refusal is one line, and the partial copy is deleted. Nested archives, folders, macOS resource
forks and hidden files are skipped.

The copies go to a folder named after this process (:mod:`desk.ingest.tempdirs`), so that one
left by a killed run is removed at the next start.
"""

from __future__ import annotations

import gzip
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any, ClassVar

from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.file_formats import FILE_FORMATS, HEAD_BYTES, score_formats
from desk.ingest.limits import Limits, size_text
from desk.ingest.records import Item, ReadStats, Rejection
from desk.ingest.tempdirs import make_temp_dir

MAX_MEMBERS = 10_000
_PEOPLE = re.compile(r"user|contact|customer|agent|people|organi[sz]ation", re.IGNORECASE)
_ARCHIVE_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, gzip.BadGzipFile, EOFError,
                   zlib.error, NotImplementedError, OSError)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Member:
    """One file inside the archive, and the format it was found to be (``None``: unknown)."""

    name: str
    packed: int  # compressed size, for progress
    format: type[Format] | None


def _safe(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return bool(parts) and not (name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0])


def _skipped(name: str) -> bool:
    base = PurePosixPath(name).name
    return name.startswith("__MACOSX/") or base.startswith(".") or not base


class Archive(Format):
    name = "archive"
    label = "ZIP or gzip archive of exports"
    source = "archive"  # replaced by the members' helpdesk when the archive is opened
    extensions: ClassVar[tuple[str, ...]] = (".zip", ".gz")

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            return 0.9
        if head.startswith(b"\x1f\x8b"):
            return 0.9
        return 0.0

    def __init__(self, path: Path, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(path, options)
        self.limits = Limits.from_options(self.options)
        temp = self.options.get("temp_dir")
        self.temp_root = Path(temp) if temp else Path(tempfile.gettempdir())
        # A member is copied out, read and deleted before the next: the free space bounds each
        # member, the ceiling all of them together.
        self.limit, self.bound = self.limits.room_in(self.temp_root)
        self.expanded = 0
        self.is_zip = zipfile.is_zipfile(path)
        try:
            self.members = self._zip_members() if self.is_zip else [self._gzip_member()]
        except _ARCHIVE_ERRORS as exc:
            raise InputError(f"{path}: the archive cannot be read ({exc})") from None
        sources = sorted({m.format.source for m in self.members if m.format is not None})
        if len(sources) > 1:
            held = ", ".join(f"{m.name} ({m.format.name})" for m in self.members if m.format)
            raise InputError(
                f"{path}: mixes exports of several helpdesks ({held}); unpack it and import "
                "each helpdesk's files on their own"
            )
        if sources:
            self.source = sources[0]

    # -- planning ----------------------------------------------------------------------------

    def _zip_members(self) -> list[Member]:
        members: list[Member] = []
        with zipfile.ZipFile(self.path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            if len(infos) > MAX_MEMBERS:
                raise InputError(
                    f"{self.path}: holds {len(infos):,} files, more than {MAX_MEMBERS:,}"
                )
            unsafe = [i.filename for i in infos if not _safe(i.filename)]
            if unsafe:
                raise InputError(
                    f"{self.path}: refused, {unsafe[0]!r} has a path that escapes the archive"
                )
            kept = [i for i in infos if not _skipped(i.filename)]
            declared = sum(i.file_size for i in kept)
            if declared > self.limits.expanded_bytes:
                raise InputError(
                    f"{self.path}: would expand to {declared:,} bytes, more than the "
                    f"{self.limits.expanded_bytes:,} allowed by the ceiling for archives; refused"
                )
            for info in kept:
                self._check_room(info.filename, info.file_size)
                self._check_ratio(info.filename, info.file_size, info.compress_size)
            for info in infos:
                if _skipped(info.filename):
                    continue
                with archive.open(info) as handle:
                    head = handle.read(HEAD_BYTES)
                members.append(
                    Member(info.filename, info.compress_size, _detect(info.filename, head))
                )
        members.sort(key=lambda m: 0 if _PEOPLE.search(PurePosixPath(m.name).name) else 1)
        return members

    def _gzip_member(self) -> Member:
        inner = self.path.name[:-3] if self.path.name.lower().endswith(".gz") else self.path.name
        if inner.lower().endswith(".tgz") or inner.lower().endswith(".tar"):
            raise InputError(f"{self.path}: a tar archive; unpack it and import its files")
        with gzip.open(self.path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
        packed = self.path.stat().st_size
        # The size gzip declares (its last four bytes, modulo 4 GiB, of the last stream), so that
        # a bomb is refused before a byte is written; the copy is counted all the same.
        with self.path.open("rb") as raw:
            raw.seek(max(packed - 4, 0))
            declared = int.from_bytes(raw.read(4), "little")
        name = inner or "member"
        self._check_room(name, declared)
        self._check_ratio(name, declared, packed)
        return Member(name, packed, _detect(inner, head))

    # -- reading -----------------------------------------------------------------------------

    def read(self, stats: ReadStats) -> Iterator[Item]:
        packed_total = sum(m.packed for m in self.members) or 1
        size = self.path.stat().st_size
        done = 0
        encodings: list[str] = []
        folder = make_temp_dir("archive", self.temp_root)
        try:
            for number, member in enumerate(self.members, start=1):
                if member.format is None:
                    yield Rejection(
                        f"{member.name}: not an export Breakup Desk reads; skipped", record=number
                    )
                    continue
                target = folder / f"{number}-{PurePosixPath(member.name).name}"
                expanded = max(self._extract(member, target), 1)
                member_stats = ReadStats()
                reader = member.format(target, self.options)
                for item in reader.read(member_stats):
                    if isinstance(item, Rejection):
                        yield Rejection(f"{member.name}: {item.reason}", item.line, item.record)
                    else:
                        yield item
                    unpacked = member.packed * min(member_stats.bytes_read, expanded) // expanded
                    stats.bytes_read = (done + unpacked) * size // packed_total
                target.unlink()
                done += member.packed
                stats.notes += [
                    f"{member.name} ({member.format.name}): {n}" for n in member_stats.notes
                ]
                if member_stats.encoding and member_stats.encoding not in encodings:
                    encodings.append(member_stats.encoding)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        stats.bytes_read = size
        stats.encoding = ", ".join(encodings)[:40] or None

    def _open_member(self, member: Member) -> IO[bytes] | gzip.GzipFile:
        if self.is_zip:
            archive = zipfile.ZipFile(self.path)
            handle: IO[bytes] = archive.open(member.name)
            archive.close()  # the member keeps its own reference to the file
            return handle
        return gzip.GzipFile(self.path, "rb")

    def _extract(self, member: Member, target: Path) -> int:
        """Copy one member out, counting the bytes against the limit; the bytes written."""
        written = 0
        try:
            with self._open_member(member) as source, target.open("wb") as out:
                while block := source.read(1024 * 1024):
                    written += len(block)
                    self.expanded += len(block)
                    self._check_room(member.name, written)
                    self._check_ratio(member.name, written, _consumed(source, member))
                    out.write(block)
        except InputError:
            target.unlink(missing_ok=True)
            raise
        except _ARCHIVE_ERRORS as exc:
            target.unlink(missing_ok=True)
            raise InputError(f"{self.path}: {member.name} cannot be unpacked ({exc})") from None
        return written

    def _check_room(self, name: str, expanded: int) -> None:
        """Refuse a member larger than the room, or one that takes the archive over the ceiling."""
        if expanded > self.limit:
            raise InputError(
                f"{self.path}: {name} expands beyond the {self.limit:,} bytes allowed by "
                f"{self.bound}; refused"
            )
        if self.expanded > self.limits.expanded_bytes:
            raise InputError(
                f"{self.path}: expands beyond the {self.limits.expanded_bytes:,} bytes allowed by "
                "the ceiling for archives; refused"
            )

    def _check_ratio(self, name: str, expanded: int, packed: int) -> None:
        """Refuse a member that expands more than a real export does (a compression bomb)."""
        if expanded > self.limits.ratio_floor and expanded > self.limits.ratio * max(packed, 1):
            raise InputError(
                f"{self.path}: {name} expands to over {size_text(expanded)} from "
                f"{size_text(packed)}, more than {self.limits.ratio} times its packed size: "
                "a compression bomb, refused"
            )


def _consumed(source: IO[bytes] | gzip.GzipFile, member: Member) -> int:
    """The packed bytes read so far: a gzip stream is judged as it goes (its declared size can
    lie, and several streams may follow one another); a zip member by its packed size."""
    tell = getattr(source.fileobj, "tell", None) if isinstance(source, gzip.GzipFile) else None
    return max(int(tell()), 1) if callable(tell) else member.packed


def _detect(name: str, head: bytes) -> type[Format] | None:
    """The format of a member from its name and first bytes; archives inside are not opened."""
    if not head.strip():
        return None
    for score, fmt in score_formats(FILE_FORMATS, Path(PurePosixPath(name).name), head):
        if score > 0:
            return fmt
    return None
