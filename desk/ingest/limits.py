"""How much of a hostile export the import will read: every size limit, in one place.

An export comes from outside, possibly from the abusive customer's own side. Each limit below
turns a file built to exhaust memory, the stack or the disk into a one-line refusal: of the one
record that breaks it (the import goes on with the others), or of the archive before a byte is
written. Each value is far beyond anything a real helpdesk writes, and small enough that the
worst case stays inside the import's memory budget of about 400 MB.

Every limit can be lowered (or raised) per import through the options mapping, under the key
named in :class:`Limits`; the tests use tiny ones.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Nesting of JSON objects and arrays in one record. Real exports nest under 10 deep (a Zendesk
# ticket > comments > attachments > thumbnails is 5); Python's json module gives up at about
# 1,000 with a RecursionError, and ijson keeps a path string per level (quadratic memory).
MAX_JSON_DEPTH = 64
# One line of NDJSON, mbox or CSV, and one JSON record in an array (or one mail message). The
# longest line in the real samples is 6 KB and a large ticket with all its comments is well under
# 1 MB; 16 MiB of ticket JSON builds about 76 MB of Python objects (measured), inside the budget
# (a contrived record of empty objects could build some 20 times its size). Longer lines are
# skipped in blocks, never held.
MAX_LINE_BYTES = 16 * 1024 * 1024
MAX_RECORD_BYTES = 16 * 1024 * 1024
# One CSV cell (the csv module's own limit is set to it, in characters). An HTML body arrives in
# a cell, a record or a message, so it is bounded by these too before it is turned into text.
MAX_FIELD_BYTES = 16 * 1024 * 1024
# What an archive may expand to in all: a ceiling whatever the disk, and never more than the
# temporary folder's free space less a reserve (the rest of the machine needs some).
MAX_EXPANDED = 8 * 1024**3
FREE_SPACE_RESERVE = 512 * 1024**2
# Expanded bytes per packed byte. Text exports deflate 5 to 20 times, very repetitive JSON up to
# about 100; gzip's best is about 1,030 (what bombs use). Small members are not held to it.
MAX_RATIO = 200
RATIO_FLOOR = 64 * 1024 * 1024  # members expanding to less than this pass whatever their ratio


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits of one import; :meth:`from_options` reads overrides from the options."""

    json_depth: int = MAX_JSON_DEPTH
    line_bytes: int = MAX_LINE_BYTES
    record_bytes: int = MAX_RECORD_BYTES
    field_bytes: int = MAX_FIELD_BYTES
    expanded_bytes: int = MAX_EXPANDED
    free_space_reserve: int = FREE_SPACE_RESERVE
    ratio: int = MAX_RATIO
    ratio_floor: int = RATIO_FLOOR

    @classmethod
    def from_options(cls, options: Mapping[str, Any] | None) -> Limits:
        """The limits, with each ``max_<name>`` option (or ``archive_max_bytes``) given."""
        options = options or {}
        values: dict[str, int] = {}
        for name in cls.__dataclass_fields__:
            value = options.get(f"max_{name}")
            if value is not None:
                values[name] = int(value)
        if options.get("archive_max_bytes"):
            values["expanded_bytes"] = int(options["archive_max_bytes"])
        return cls(**values)

    def room_in(self, folder: Path) -> tuple[int, str]:
        """How many bytes an archive may expand to in ``folder``, and what sets that bound."""
        free = shutil.disk_usage(folder).free - self.free_space_reserve
        if free < self.expanded_bytes:
            return max(
                free, 0
            ), f"the free space of {folder} (less {_size(self.free_space_reserve)})"
        return self.expanded_bytes, "the ceiling for archives"


def _size(count: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} bytes"


def size_text(count: int) -> str:
    """A byte count for people: ``1.5 GiB``."""
    return _size(count)
