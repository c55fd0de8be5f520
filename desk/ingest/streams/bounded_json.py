"""JSON read within the limits of :mod:`desk.ingest.limits`: depth, line and record size.

Three hostile shapes are turned into the rejection of one record, the import going on:

- **Deep nesting.** ``json.loads`` raises ``RecursionError`` at about 1,000 levels, and ijson's
  ``items``/``parse`` keep a path string for each level, so 100,000 ``[`` take gigabytes. A
  record nested deeper than ``Limits.json_depth`` is rejected.
- **A huge line** (NDJSON, one 1 GiB line): :func:`bounded_lines` reads at most
  ``Limits.line_bytes`` of a line and skips the rest in blocks, never holding it.
- **A huge record in an array**: a record over ``Limits.record_bytes`` is skipped, not built.

Arrays are streamed by ijson's C ``items`` (fast) through a guard on the file that counts the
bytes and brackets read since the last record. Only when a record looks too deep or too large
does reading start again from the file's start on the exact, slower path
(:func:`_exact_items`), which follows ijson's prefix-free events, skips the records already given
and rejects the bad one with its number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import ijson

from desk.ingest.limits import Limits, size_text
from desk.ingest.streams import fast_json

_BLOCK = 1024 * 1024
_STACK_SAFE = 256  # levels json.loads may recurse on any thread's stack
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_PAIR = re.compile(rb"\[\]|\{\}")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_IJSON_BUFFER = 16 * 1024  # what ijson reads at a time: the guard's slack
# More brackets than this since the last record sends reading to the exact path: ijson keeps a
# path string per open level, about 2.5 * depth**2 bytes in all (40 MB at this depth).
_SUSPECT_OPENS = 4096


@dataclass(frozen=True, slots=True)
class Refused:
    """A record not read, and why (the caller knows its line or number)."""

    reason: str


class Refusal(ValueError):
    """Raised by :func:`loads` for a value over the limits; the message is the reason."""


def too_deep(limits: Limits) -> str:
    return f"nested deeper than {limits.json_depth} levels; record skipped"


def deeper_than(value: Any, limit: int) -> bool:
    """Whether ``value`` has containers nested more than ``limit`` deep (iteratively)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
    return isinstance(value, dict | list) and limit < 1


def bytes_deeper_than(raw: bytes, limit: int) -> bool:
    """Whether the JSON text ``raw`` nests more than ``limit`` deep, found without decoding it.

    Strings are dropped, then everything but brackets; each pass removes the innermost pairs,
    one level. Costs about one ``json.loads``, so it is kept for records with many brackets.
    """
    brackets = _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    for _ in range(limit):
        shorter = _PAIR.sub(b"", brackets)
        if len(shorter) == len(brackets):
            return False
        brackets = shorter
    return _PAIR.search(brackets) is not None


def loads(raw: bytes, limits: Limits) -> Any:
    """``json.loads`` of one line or record, refusing one nested beyond the limit.

    ``json.loads`` recurses in C for each level: a record with many brackets is measured on its
    bytes first, so that it never goes deeper than the limit (a worker thread's stack is small).
    Decoded by :func:`fast_json.loads` (the same value, faster: this runs once per line of an
    NDJSON export), given the scan the brackets were counted on.
    """
    scanned = fast_json.scan(raw)
    opens = scanned.count(b"[")  # every "[" and "{" of the line
    if opens <= limits.json_depth:
        return fast_json.loads(raw, scanned)
    if opens > _STACK_SAFE:
        if bytes_deeper_than(raw, limits.json_depth):
            raise Refusal(too_deep(limits))
        return fast_json.loads(raw, scanned)
    value = fast_json.loads(raw, scanned)  # at most _STACK_SAFE deep
    if isinstance(value, dict | list) and deeper_than(value, limits.json_depth):
        raise Refusal(too_deep(limits))
    return value


def bounded_lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | Refused]]:
    """Each line of ``handle`` with its number; a line over ``limit`` bytes as :class:`Refused`.

    The long line's tail is read in blocks and dropped, so memory stays at ``limit``.
    """
    number = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            length = len(raw)
            while True:
                tail = handle.readline(_BLOCK)
                length += len(tail)
                if not tail or tail.endswith(b"\n"):
                    break
            yield (
                number,
                Refused(
                    f"the line is {size_text(length)} long, more than the {size_text(limit)} "
                    "allowed; skipped"
                ),
            )
            continue
        yield number, raw


class _Suspect(Exception):
    """Raised through ijson by the guard: the record being built may be over the limits."""


class _Guard:
    """A file wrapper for ijson that counts the bytes and ``[``/``{`` since the last record."""

    def __init__(self, raw: IO[bytes], limits: Limits) -> None:
        self.raw = raw
        self.max_bytes = limits.record_bytes + _IJSON_BUFFER
        self.max_opens = max(limits.json_depth, _SUSPECT_OPENS)
        self.read_bytes = 0
        self.opens = 0
        self.last = 0  # brackets in the chunk read last

    def read(self, size: int = -1) -> bytes:
        chunk = self.raw.read(size)
        self.read_bytes += len(chunk)
        self.last = chunk.count(b"[") + chunk.count(b"{")
        self.opens += self.last
        if self.read_bytes > self.max_bytes or self.opens > self.max_opens:
            raise _Suspect
        return chunk

    def reset(self) -> None:
        """A record was given: what comes next may start in the chunk already read."""
        self.read_bytes = 0
        self.opens = self.last


def items(path: Path, prefix: str, limits: Limits) -> Iterator[Any | Refused]:
    """The values at ``prefix`` (ijson syntax, ``item`` for array members) within the limits.

    Yields each value, or a :class:`Refused` in its place; raises ijson's errors for a document
    that is not JSON, like ``ijson.items``.
    """
    given = 0
    with path.open("rb") as raw:
        guard = _Guard(raw, limits)
        try:
            for value in ijson.items(guard, prefix, use_float=True, buf_size=_IJSON_BUFFER):
                depth_bound = guard.opens
                guard.reset()
                given += 1
                if depth_bound > limits.json_depth and deeper_than(value, limits.json_depth):
                    yield Refused(too_deep(limits))
                else:
                    yield value
            return
        except _Suspect:
            pass
    yield from _exact_items(path, prefix, limits, skip=given)


class _Counting:
    """A file wrapper that counts the bytes read (for the size of a record being skipped)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.raw.read(size)
        self.count += len(chunk)
        return chunk


def _exact_items(path: Path, prefix: str, limits: Limits, skip: int) -> Iterator[Any | Refused]:
    """The values at ``prefix``, built from prefix-free events; the first ``skip`` not built."""
    target = prefix.split(".") if prefix else []
    with path.open("rb") as raw:
        counter = _Counting(raw)
        names: list[str | None] = []  # the key of each open container (the root's: None)
        kinds: list[bool] = []  # whether each open container is a map
        pending: str | None = None  # the last map key
        state = _SEEK
        stack: list[Any] = []  # the value being built
        base = started = number = 0
        for event, value in ijson.basic_parse(counter, use_float=True):
            if event == "map_key":
                pending = value
                continue
            if event in ("end_map", "end_array"):
                names.pop()
                kinds.pop()
                if state == _BUILD and len(stack) > 1:
                    stack.pop()
                if state != _SEEK and len(names) == base:
                    if state == _BUILD:
                        yield stack[0]
                    state, stack = _SEEK, []
                continue
            own = pending if kinds and kinds[-1] else "item"
            opens = event in ("start_map", "start_array")
            if state == _SEEK and len(names) == len(target) and _at(names, own, target):
                number += 1
                base, started = len(names), counter.count
                state = _SKIP if number <= skip else _BUILD
            if state == _BUILD:
                new: Any = {} if event == "start_map" else [] if event == "start_array" else value
                if stack:
                    top = stack[-1]
                    if isinstance(top, list):
                        top.append(new)
                    else:
                        top[pending] = new
                reason = ""
                if opens and len(names) + 1 - base > limits.json_depth:
                    reason = too_deep(limits)
                elif counter.count - started > limits.record_bytes + _IJSON_BUFFER:
                    reason = _too_big(limits)
                if reason:
                    yield Refused(reason)
                    state, stack = _SKIP, []
                elif opens or not stack:
                    stack.append(new)
                if not opens and len(names) == base and state == _BUILD:
                    yield stack[0]  # a wanted scalar
                    state, stack = _SEEK, []
            elif state == _SKIP and not opens and len(names) == base:
                state = _SEEK
            if opens:
                names.append(own if names else None)
                kinds.append(event == "start_map")
            pending = None


_SEEK, _BUILD, _SKIP = 0, 1, 2


def _at(names: list[str | None], own: str | None, target: list[str]) -> bool:
    """Whether a value under the open containers ``names``, at key ``own``, is at ``target``."""
    if not names:
        return not target
    return [*names[1:], own] == target


def _too_big(limits: Limits) -> str:
    return f"the record is larger than the {size_text(limits.record_bytes)} allowed; skipped"


def document_prefix(path: Path, containers: Mapping[str, str], limits: Limits) -> str:
    """The ijson prefix of the records: the first known container met, else the document.

    Follows prefix-free events and gives up beyond the depth limit, unlike ``ijson.parse``.
    """
    names: list[str | None] = []
    kinds: list[bool] = []
    pending: str | None = None
    with path.open("rb") as handle:
        try:
            for event, value in ijson.basic_parse(handle):
                if event == "map_key":
                    pending = value
                    continue
                if event in ("start_map", "start_array"):
                    if not names and event == "start_array":
                        return "item"
                    own = pending if kinds and kinds[-1] and pending is not None else "item"
                    here = (
                        ".".join([*(n for n in names[1:] if n is not None), own]) if names else ""
                    )
                    if here in containers:
                        return containers[here]
                    if len(names) >= limits.json_depth:
                        return ""
                    names.append(own if names else None)
                    kinds.append(event == "start_map")
                elif event in ("end_map", "end_array"):
                    names.pop()
                    kinds.pop()
                pending = None
        except (ijson.JSONError, UnicodeDecodeError, ValueError):
            pass  # reading the records reports the damage, with its place
    return ""
