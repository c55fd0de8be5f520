"""Customer support on Twitter: the public "Customer Support on Twitter" (TWCS, Kaggle) layout.

Columns ``tweet_id, author_id, inbound, created_at, text, response_tweet_id,
in_response_to_tweet_id`` (any order; an extra unnamed index column, as pandas writes, is
ignored). ``inbound`` is ``True`` for a customer's tweet; companies keep their handle as
``author_id`` (``AppleSupport``) while customers are anonymised numbers. ``created_at`` is
Twitter's ``Tue Oct 31 22:10:47 +0000 2017``. Text carries HTML entities (``&gt;``), decoded.

Conversations are the reply trees: every tweet belongs to the tree of the earliest ancestor the
file holds (``in_response_to_tweet_id`` links; a reply to a tweet missing from the file starts a
tree). The file is read twice: first only the links, kept in compact arrays (about 32 bytes a
tweet, not the text), then the tweets, each tree going to the loader as soon as its last tweet
has been read, so only trees still open are held. The conversation's customer is the author of its
earliest inbound tweet (other inbound authors are ``other``); a tree with no inbound tweet belongs
to the customer its first company tweet addresses (``@115712 …``).

Quirks of files re-saved by other tools are read too: ``TRUE``/``FALSE``/``1``/``0``, ids written
as floats by pandas (``3.0``), blank padding rows; ids mangled by Excel (``1.19E+05``, digit
grouping) cannot be trusted, so such a link is dropped and the tweet starts its own tree.
"""

from __future__ import annotations

import dataclasses
import html
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from desk.errors import InputError
from desk.ingest.base import Format
from desk.ingest.grouping import Message, ThreadBuilder
from desk.ingest.records import Item, ReadStats, Rejection
from desk.ingest.streams.csv_rows import CsvFile, CsvRow, has_columns, head_header
from desk.ingest.text.normalise import tidy_text
from desk.ingest.text.times import parse_export_time, parse_twitter_time

_FLOAT_ID = re.compile(r"(\d+)\.0*")
_MENTION = re.compile(r"@(\w+)")
_TRUE = frozenset({"true", "1", "yes", "y", "t"})
_FALSE = frozenset({"false", "0", "no", "n", "f"})
COLUMNS = ("tweet_id", "author_id", "inbound", "created_at", "text")


def tweet_id(text: str) -> int | None:
    """A tweet id from its cell (``"119237"`` or pandas' ``"119237.0"``), else ``None``."""
    if text.isdigit():
        return int(text)
    match = _FLOAT_ID.fullmatch(text)
    return int(match.group(1)) if match else None


def parse_flag(text: str) -> bool:
    value = text.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"inbound is {text!r}, not True or False")


class ReplyTrees:
    """Which reply tree each tweet is in, from (tweet, parent) links, in compact arrays."""

    def __init__(self) -> None:
        self._ids = array("q")
        self._parents = array("q")
        self._lines = array("q")
        self._roots = array("q")
        self._last_line: dict[int, int] = {}
        self.dropped_links = 0

    def add(self, tweet: int, parent: int | None, line: int) -> None:
        self._ids.append(tweet)
        self._parents.append(-1 if parent is None else parent)
        self._lines.append(line)

    def finish(self) -> None:
        """Sort by tweet id and find every tweet's root (iteratively; cycles are cut)."""
        order = sorted(range(len(self._ids)), key=self._ids.__getitem__)
        ids = array("q", (self._ids[i] for i in order))
        parents = array("q", (self._parents[i] for i in order))
        lines = array("q", (self._lines[i] for i in order))
        del order
        self._ids, self._parents, self._lines = ids, parents, array("q")
        roots = array("q", bytes(8 * len(ids)))  # 0: not yet known
        for start in range(len(ids)):
            path: list[int] = []
            index = start
            root = 0
            while True:
                if roots[index] > 0:
                    root = roots[index]
                    break
                if roots[index] < 0:  # on the current path: a cycle, cut here
                    root = ids[index]
                    break
                roots[index] = -1
                path.append(index)
                parent = self._index(parents[index])
                if parent is None:
                    root = ids[index]
                    break
                index = parent
            for member in path:
                roots[member] = root
        self._roots = roots
        last = self._last_line
        for index, root in enumerate(roots):
            if lines[index] > last.get(root, 0):
                last[root] = lines[index]
        self._parents = array("q")

    def _index(self, tweet: int) -> int | None:
        if tweet < 0:
            return None
        at = bisect_left(self._ids, tweet)
        return at if at < len(self._ids) and self._ids[at] == tweet else None

    def root(self, tweet: int) -> int:
        index = self._index(tweet)
        return self._roots[index] if index is not None else tweet

    def last_line(self, root: int) -> int:
        return self._last_line.get(root, 0)


class TwitterCsv(Format):
    name = "twitter-csv"
    label = "Customer Support on Twitter (TWCS dataset CSV)"
    source = "twitter"
    extensions: ClassVar[tuple[str, ...]] = (".csv",)

    @classmethod
    def score(cls, head: bytes, path: Path) -> float:
        header = head_header(head)
        if not has_columns(header, *COLUMNS):
            return 0.0
        return 0.95 if has_columns(header, "in_response_to_tweet_id") else 0.8

    def read(self, stats: ReadStats) -> Iterator[Item]:
        trees = self._links(stats)
        builder = ThreadBuilder()
        open_trees: dict[int, list[Message]] = {}
        half = stats.bytes_read
        with CsvFile(self.path, stats, progress=(half, 0.5)) as table:
            columns = self._columns(table)
            for row in table.rows():
                if isinstance(row, Rejection):
                    yield row
                    continue
                tweet = tweet_id(row.get(columns[0]))
                if tweet is None:
                    yield Rejection(f"tweet_id {row.get(columns[0])!r} is not a number", row.line)
                    continue
                root = trees.root(tweet)
                try:
                    open_trees.setdefault(root, []).append(self._message(row, columns, root))
                except ValueError as exc:
                    yield Rejection(f"tweet {tweet}: {exc}", line=row.line)
                if trees.last_line(root) <= row.line:
                    messages = open_trees.pop(root, None)
                    if messages:
                        yield from builder.build(_with_addressee(messages))
        for messages in open_trees.values():
            yield from builder.build(_with_addressee(messages))
        if trees.dropped_links:
            stats.notes.append(
                f"{trees.dropped_links} in_response_to_tweet_id values were not tweet ids "
                "(a file re-saved by Excel?); those tweets start their own conversation"
            )

    def _columns(self, table: CsvFile) -> tuple[int | None, ...]:
        columns = tuple(table.column(name) for name in (*COLUMNS, "in_response_to_tweet_id"))
        missing = [name for name, index in zip(COLUMNS, columns, strict=False) if index is None]
        if missing:
            raise InputError(f"{self.path}: no {', '.join(missing)} column; not a TWCS file")
        return columns

    def _links(self, stats: ReadStats) -> ReplyTrees:
        """The first pass: every tweet's parent, nothing else."""
        trees = ReplyTrees()
        with CsvFile(self.path, stats, progress=(0, 0.5)) as table:
            columns = self._columns(table)
            id_column, parent_column = columns[0], columns[5]
            for row in table.rows():
                if isinstance(row, CsvRow):
                    tweet = tweet_id(row.get(id_column))
                    if tweet is None:
                        continue
                    cell = row.get(parent_column)
                    parent = tweet_id(cell) if cell else None
                    if cell and parent is None:
                        trees.dropped_links += 1
                    trees.add(tweet, parent, row.line)
        trees.finish()
        return trees

    def _message(self, row: CsvRow, columns: tuple[int | None, ...], root: int) -> Message:
        tweet, author, flag, created = (row.get(columns[i]) for i in range(4))
        if not author:
            raise ValueError("no author_id")
        try:
            created_at = parse_twitter_time(created)
        except ValueError:
            created_at = parse_export_time(created)
        inbound = parse_flag(flag)
        text = row.raw(columns[4])
        return Message(
            conversation_id=str(root),
            message_id=str(tweet_id(tweet)),
            created_at=created_at,
            created_raw=created,
            body_text=tidy_text(html.unescape(text) if "&" in text else text),
            side="customer" if inbound else "agent",
            author_id=author,
            author_name=None if inbound else f"@{author}",
            channel="twitter",
            line=row.line,
        )


def _with_addressee(messages: list[Message]) -> list[Message]:
    """A tree with no inbound tweet belongs to the customer its first company tweet addresses."""
    if any(m.side == "customer" for m in messages):
        return messages
    companies = {m.author_id for m in messages}
    for message in sorted(messages, key=lambda m: m.created_at):
        for handle in _MENTION.findall(message.body_text):
            if handle not in companies:
                position = messages.index(message)
                named = dataclasses.replace(message, customer_id=handle)
                return [*messages[:position], named, *messages[position + 1 :]]
    return messages
