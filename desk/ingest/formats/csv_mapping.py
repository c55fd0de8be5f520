"""Column mappings for any CSV: which column is the conversation, the author, the time, the body.

A manager whose helpdesk is not one Breakup Desk knows maps the columns once; the mapping is
saved as a named profile (a small TOML file) and reused for the next export of the same kind.
:func:`guess_mapping` proposes a mapping from the header's names, which covers most exports
(``Conversation ID``, ``From``, ``Created at``, ``Body`` …); the UI shows it with
:func:`desk.ingest.formats.generic_csv.preview_rows` and lets the manager correct it.

A usable mapping names the time and the body; who is the customer (an ``is_customer`` column,
such as ``Direction`` or ``Inbound``, whose customer values are listed, or a ``customer`` column
naming the conversation's customer); and which conversation a row belongs to (the
``conversation`` column, else the customer: one conversation per customer).
"""

from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.errors import InputError
from desk.ingest.streams.csv_rows import header_key

CUSTOMER_VALUES = (
    "true", "yes", "y", "1", "customer", "inbound", "in", "incoming", "received", "end-user",
    "end user", "enduser", "user", "client", "contact", "requester", "lead", "visitor",
)  # fmt: skip
SYSTEM_VALUES = ("system", "bot", "automation", "rule", "trigger", "workflow")
COLUMN_FIELDS = (
    "conversation", "message_id", "author", "author_email", "is_customer", "customer", "time",
    "body", "subject",
)  # fmt: skip
LABELS = {
    "conversation": "conversation id",
    "message_id": "message id",
    "author": "author",
    "author_email": "author email",
    "is_customer": "is the customer (direction)",
    "customer": "customer",
    "time": "time",
    "body": "body",
    "subject": "subject",
}
_GUESSES: dict[str, tuple[str, ...]] = {
    "conversation": (
        "conversation id", "conversation api id", "conversation", "ticket id", "ticket",
        "ticket number", "thread id", "thread", "case id", "case number", "case", "chat id",
        "session id", "conversation number",
    ),
    "message_id": (
        "message id", "message api id", "msg id", "comment id", "reply id", "post id",
        "tweet id", "id",
    ),
    "time": (
        "time", "timestamp", "created at", "created", "created time", "date", "datetime",
        "date time", "sent at", "sent", "message date", "posted at", "received at", "date sent",
    ),
    "body": (
        "body", "text", "message", "content", "body text", "plain body", "message body",
        "message text", "comment", "extract", "description", "html body",
    ),
    "author": (
        "author", "author id", "author name", "from", "from name", "sender", "sender name",
        "sender id", "user", "user id", "user name", "posted by", "created by", "written by",
    ),
    "author_email": (
        "author email", "from email", "sender email", "from address", "email", "email address",
        "user email",
    ),
    "is_customer": (
        "is customer", "from customer", "inbound", "incoming", "direction", "sender type",
        "author type", "author role", "user type", "role", "type of sender",
    ),
    "customer": (
        "customer", "customer id", "customer email", "customer name", "requester",
        "requester id", "requester email", "contact", "contact handle", "contact email",
        "contact id", "client", "client email", "end user",
    ),
    "subject": ("subject", "title", "topic"),
}  # fmt: skip
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which header (as written in the file) holds each field; ``None`` when none does."""

    time: str | None = None
    body: str | None = None
    conversation: str | None = None
    message_id: str | None = None
    author: str | None = None
    author_email: str | None = None
    is_customer: str | None = None
    customer: str | None = None
    subject: str | None = None
    customer_values: tuple[str, ...] = CUSTOMER_VALUES
    time_format: str | None = None  # a strptime pattern, for day-first dates and the like
    delimiter: str | None = None
    name: str = ""

    def columns(self) -> dict[str, str]:
        """Field → header, for the mapped fields only."""
        return {f: getattr(self, f) for f in COLUMN_FIELDS if getattr(self, f)}

    def missing(self) -> list[str]:
        """What the mapping still needs before a file can be read with it, in words."""
        needs: list[str] = []
        if not self.time:
            needs.append("the time")
        if not self.body:
            needs.append("the body")
        if not self.is_customer and not self.customer:
            needs.append("who is the customer (a direction or a customer column)")
        if not self.conversation and not self.customer:
            needs.append("the conversation (or a customer column)")
        if not (self.author or self.author_email or self.customer):
            needs.append("the author")
        return needs

    @property
    def complete(self) -> bool:
        return not self.missing()

    def absent_from(self, headers: Sequence[str]) -> list[str]:
        """Mapped headers the file does not have."""
        keys = {header_key(h) for h in headers}
        return [h for h in self.columns().values() if header_key(h) not in keys]

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["customer_values"] = list(self.customer_values)
        return {key: value for key, value in data.items() if value not in (None, "")}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnMapping:
        """A mapping from a profile's table; unknown keys or wrong types are an InputError."""
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise InputError(f"unknown keys in the column mapping: {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key == "customer_values":
                if not isinstance(value, list | tuple) or not all(
                    isinstance(v, str) for v in value
                ):
                    raise InputError("customer_values must be a list of strings")
                values[key] = tuple(v.strip().casefold() for v in value)
            elif not isinstance(value, str):
                raise InputError(f"{key} in the column mapping must be text, not {value!r}")
            else:
                values[key] = value
        return cls(**values)

    def to_toml(self) -> str:
        lines = ["# Breakup Desk: which CSV column holds which field"]
        for key, value in self.to_dict().items():
            if isinstance(value, list):
                lines.append(f"{key} = [{', '.join(_toml_string(v) for v in value)}]")
            else:
                lines.append(f"{key} = {_toml_string(str(value))}")
        return "\n".join(lines) + "\n"


def _toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, bar DEL, which TOML wants escaped)."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007F")


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """The mapping the header's names suggest: exact names first, then names containing them."""
    keys = [header_key(h) for h in headers]
    taken: set[int] = set()
    chosen: dict[str, str] = {}
    for exact in (True, False):
        for field in ("conversation", "message_id", "time", "body", "is_customer", "customer",
                      "author_email", "author", "subject"):  # fmt: skip
            if field in chosen:
                continue
            for candidate in _GUESSES[field]:
                found = next(
                    (
                        i
                        for i, key in enumerate(keys)
                        if i not in taken
                        and (key == candidate if exact else _contains(key, candidate))
                    ),
                    None,
                )
                if found is not None:
                    taken.add(found)
                    chosen[field] = headers[found]
                    break
    return ColumnMapping.from_dict(chosen)


def _contains(key: str, candidate: str) -> bool:
    if len(candidate) < 4 or candidate == "id":
        return False
    return f" {candidate} " in f" {key} "


class ProfileStore:
    """Named column mappings saved as TOML files in one folder (the caller chooses which)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, name: str) -> Path:
        slug = _SLUG.sub("-", name.casefold()).strip("-")
        if not slug:
            raise InputError(f"{name!r} is not a usable profile name")
        return self.folder / f"{slug}.toml"

    def names(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(self._read(path).name or path.stem for path in self.folder.glob("*.toml"))

    def save(self, mapping: ColumnMapping) -> Path:
        if not mapping.name.strip():
            raise InputError("a saved column mapping needs a name")
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(mapping.name)
        partial = path.with_suffix(".toml.partial")
        partial.write_text(mapping.to_toml(), encoding="utf-8")
        partial.replace(path)
        return path

    def load(self, name: str) -> ColumnMapping:
        path = self._path(name)
        if not path.exists():
            known = ", ".join(self.names()) or "none"
            raise InputError(f"no CSV profile named {name!r} (saved profiles: {known})")
        mapping = self._read(path)
        return mapping if mapping.name else dataclasses.replace(mapping, name=name)

    def delete(self, name: str) -> None:
        self._path(name).unlink(missing_ok=True)

    def match(self, headers: Sequence[str]) -> ColumnMapping | None:
        """The first saved, complete profile whose columns are all in ``headers``."""
        for name in self.names():
            mapping = self.load(name)
            if mapping.complete and not mapping.absent_from(headers):
                return mapping
        return None

    @staticmethod
    def _read(path: Path) -> ColumnMapping:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"{path}: not a readable CSV profile ({exc})") from None
        return ColumnMapping.from_dict(data)
