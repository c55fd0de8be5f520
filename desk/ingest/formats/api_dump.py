"""The skeleton shared by readers of a vendor's REST API dump (Help Scout, Intercom).

Such dumps arrive as API pages, single objects, top-level arrays or NDJSON, which
:func:`desk.ingest.streams.json_records.records` already streams. What is left is the same for
every vendor and lives here: open API pages up into their records, reject what is not a JSON
object, turn an error inside one conversation into a rejection of that conversation alone, and
announce each agent once per file. A vendor's module keeps only what is its own: its score, where
its pages keep their records, how it tells a conversation from a contact, and how it reads them.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

from desk.ingest.base import Format
from desk.ingest.limits import Limits
from desk.ingest.records import Item, ReadStats, Rejection
from desk.ingest.streams.json_records import Found, clean, records


class ApiDump(Format):
    """A reader of one vendor's API dump: conversations with their messages, and contacts."""

    extensions: ClassVar[tuple[str, ...]] = (".json", ".ndjson", ".jsonl")
    # The path of a container in the document -> the ijson prefix of its records (see records()).
    containers: ClassVar[Mapping[str, str]]
    # What reading one conversation may raise that rejects that conversation and goes on.
    rejected_errors: ClassVar[tuple[type[Exception], ...]] = (
        ValueError,
        TypeError,
        AttributeError,
        OverflowError,
    )

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        if not head.lstrip().startswith((b"{", b"[")):
            return 0.0
        return cls.score_json(head)

    @classmethod
    @abc.abstractmethod
    def score_json(cls, head: bytes) -> float:
        """How likely (0..1) it is that JSON starting with ``head`` is this vendor's dump."""

    def __init__(self, path: Path, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(path, options)
        self._agents: set[str] = set()

    def read(self, stats: ReadStats) -> Iterator[Item]:
        for found in records(self.path, stats, self.containers, Limits.from_options(self.options)):
            if isinstance(found, Rejection):
                yield found
            else:
                yield from self._dispatch(found, found.value)

    def _dispatch(self, found: Found, value: Any) -> Iterator[Item]:
        if not isinstance(value, dict):
            yield found.reject("expected a JSON object")
            return
        inner = self.page_records(value)
        if inner is not None:  # an API page (on one line of NDJSON, or nested in the document)
            for obj in inner:
                yield from self._dispatch(found, obj)
            return
        yield from self.record(value, found)

    @abc.abstractmethod
    def page_records(self, value: dict[str, Any]) -> list[Any] | None:
        """The records ``value`` wraps when it is an API page or a wrapper, else ``None``."""

    @abc.abstractmethod
    def record(self, value: dict[str, Any], found: Found) -> Iterator[Item]:
        """One record, a conversation (read through :meth:`conversation_items`) or a contact."""

    def conversation(self, obj: dict[str, Any], found: Found) -> Iterator[Item]:
        """The items of one conversation; an error in it becomes its rejection."""
        conversation_id = obj.get("id")
        try:
            if conversation_id is None:
                raise ValueError("missing id")
            yield from self.conversation_items(obj, conversation_id, found.location)
        except self.rejected_errors as exc:
            yield found.reject(f"conversation {conversation_id or '?'}: {exc}")

    @abc.abstractmethod
    def conversation_items(
        self, obj: dict[str, Any], conversation_id: Any, location: str
    ) -> Iterator[Item]:
        """The people and the thread of a conversation; raise to reject it."""

    def first_sight_of_agent(self, key: str | None) -> bool:
        """Whether the agent ``key`` is new in this file (it is then announced, once)."""
        if key is None or key in self._agents:
            return False
        self._agents.add(key)
        return True


def agent_key(author_type: str, author_id: Any) -> str | None:
    """An agent's id; a team shares the namespace of agents, so its id is prefixed."""
    if author_id is None:
        return None
    return f"team-{author_id}" if author_type == "team" else str(author_id)


def short_text(value: Any) -> str | None:
    """A short label (a channel, a status), cleaned; ``None`` when absent or not text."""
    return clean(value)[:40] if isinstance(value, str) and value else None
