"""The vendor-neutral records every importer yields and the loader writes.

An importer turns a file into a stream of :class:`Person`, :class:`Thread` and
:class:`Rejection` values, in any order; the loader resolves references between them.
All times are naive UTC; the original text of a time is kept in ``created_raw``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from desk.db.models import AuthorKind

Role = Literal["customer", "agent", "system"]


@dataclass(frozen=True, slots=True)
class Person:
    """Someone the export names: a customer (end user) or an agent.

    ``external_id`` is the vendor's id; ``emails`` every address known for the person
    (the first is the primary one). Two persons sharing an email are one customer.
    """

    external_id: str
    role: Role
    name: str | None = None
    emails: tuple[str, ...] = ()
    organisation: str | None = None
    handles: tuple[tuple[str, str], ...] = ()  # (kind, value), e.g. ("twitter", "@vex")
    monthly_revenue: Decimal | None = None  # what the customer pays a month, when known
    currency: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class Post:
    """One message. ``author_id`` refers to a :class:`Person`'s ``external_id`` when known.

    A value like the other records, never changed once made (``dataclasses.replace`` makes a
    changed copy), and hashed by its fields as they are; but not ``frozen``: a frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``, which made
    building the posts 2.5x slower, ~1 s of CPU a million messages (``python -m tests.benchmarks
    import``)."""

    external_id: str
    author_kind: AuthorKind
    created_at: dt.datetime
    body_text: str
    author_id: str | None = None
    body_html: str | None = None
    public: bool = True
    channel: str | None = None
    created_raw: str | None = None


@dataclass(frozen=True, slots=True)
class Thread:
    """A conversation with its messages. ``customer_id`` refers to a :class:`Person`."""

    external_id: str
    customer_id: str
    created_at: dt.datetime
    posts: tuple[Post, ...]
    subject: str | None = None
    channel: str | None = None
    status: str | None = None
    updated_at: dt.datetime | None = None
    customer: Person | None = None  # inline customer details, when the format carries them
    location: str = ""  # "line 12" / "record 7", for messages about this thread


@dataclass(frozen=True, slots=True)
class Rejection:
    """A record that could not be read: where, and why, in words a manager understands."""

    reason: str
    line: int | None = None
    record: int | None = None

    def where(self) -> str:
        if self.line is not None:
            return f"line {self.line}"
        if self.record is not None:
            return f"record {self.record}"
        return "somewhere in the file"


Item = Person | Thread | Rejection


@dataclass
class ReadStats:
    """What a reader learnt about the file while reading it (set during iteration)."""

    encoding: str | None = None
    bytes_read: int = 0
    notes: list[str] = field(default_factory=list)
    # Called by a reader that works a long while before yielding anything (email's first
    # pass), so that progress is shown and a cancel is honoured meanwhile.
    tick: Callable[[], None] = field(default=lambda: None)
