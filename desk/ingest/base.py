"""The importer interface: one subclass of :class:`Format` per export format."""

from __future__ import annotations

import abc
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

from desk.ingest.records import Item, ReadStats


class Format(abc.ABC):
    """One export format.

    ``name`` is what ``--format`` accepts; ``source`` namespaces the vendor's ids in the
    database (two formats of one vendor share it, so a CSV and a JSON export of the same
    helpdesk recognise each other's tickets). ``score`` looks at the first few KB of the file
    and says how sure it is that the file is of this format: 0 for no, up to 1.
    """

    name: ClassVar[str]
    label: ClassVar[str]
    source: str  # set on the class; an archive sets it per file, from its members' helpdesk
    extensions: ClassVar[tuple[str, ...]] = ()
    settings: ClassVar[tuple[str, ...]] = ()  # setting-table keys the loader puts in options

    def __init__(self, path: Path, options: Mapping[str, Any] | None = None) -> None:
        self.path = path
        self.options: Mapping[str, Any] = options or {}

    @classmethod
    @abc.abstractmethod
    def score(cls, head: bytes, path: Path) -> float:
        """How likely (0..1) it is that a file starting with ``head`` is of this format."""

    @classmethod
    def score_folder(cls, path: Path) -> float:
        """How likely (0..1) it is that the folder ``path`` is an export of this format."""
        return 0.0

    @abc.abstractmethod
    def read(self, stats: ReadStats) -> Iterator[Item]:
        """Stream the file's records. Never load the whole file; update ``stats.bytes_read``.

        A record that cannot be read is yielded as a :class:`Rejection`, and reading goes on;
        a file that cannot be read at all raises :class:`desk.errors.InputError`.
        """
