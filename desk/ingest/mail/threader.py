"""Threading an email archive in little memory, and telling the company from its customers.

The first pass over an archive feeds every message's envelope to :class:`Threader`. It
keeps, per message, a few numbers in arrays (a 64-bit hash of the Message-ID, a union-find
parent, the date, the sender and first recipient as interned address numbers) and the hash in a
:class:`KeyIndex`, not the messages: about 60 bytes a message, plus a few hundred bytes for each
distinct address (measured alone: 93 MB for a million messages from 100,000 addresses, 44 MB for
200,000; a dict per message cost 220 bytes a message). The importing process peaked at 222 MB
for a million messages (337 MB with the dict). Threads are
the connected sets of Message-IDs linked by In-Reply-To/References; a message with neither
whose subject carried a reply prefix ("Re:", "AW:", "SV:", "Ответ:", …) joins the first message
with the same normalised subject. A thread is named after its earliest message, so its id is
stable across re-imports.

**Company domains** are told in :mod:`desk.ingest.mail.company_domains`, from the
correspondents the first pass notes here.

**The customer of a thread** is the earliest sender outside the company; when only the company
wrote (an outbound campaign), the earliest recipient outside it. A thread with no outside
address at all is internal mail and is not imported.
"""

from __future__ import annotations

import hashlib
import math
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np

from desk.ingest.mail.company_domains import FREE_MAIL, Company, infer_company

Person = tuple[str, str | None]  # an address and the name written with it

FOLD_AT = 1 << 16  # new keys kept in a dict before they are folded into the sorted arrays


def message_key(message_id: str) -> int:
    key = _KEYS.get(message_id)
    if key is None:
        if len(_KEYS) >= 1 << 16:
            _KEYS.clear()
        key = _KEYS[message_id] = int.from_bytes(
            hashlib.blake2b(message_id.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
            "big",
        )
    return key


# A thread's References name its recent messages again and again: their keys are kept (a plain
# dict of strings and ints, which the garbage collector does not walk, unlike an lru_cache).
_KEYS: dict[str, int] = {}


class ThreadStart(NamedTuple):
    """A thread's id (after its earliest message), start (a timestamp) and customer address."""

    thread_id: str
    started: float
    customer: str | None


# What the threader takes of one message: its Message-ID's :func:`message_key`, its references'
# keys (In-Reply-To first, then References nearest-first), its normalised subject's key (0: none),
# whether the subject was a reply's, sender and recipients as (email, name) pairs, and its date
# (a UTC timestamp).
Threadable = tuple[int, tuple[int, ...], int, bool, Person | None, tuple[Person, ...], float]
# A message placed: its thread, and its date (a timestamp) and sender address.
Placed = tuple[ThreadStart, float, str | None]


class KeyIndex:
    """Message-ID key → node, in about 12 bytes a key rather than a dict's hundred or more: the
    keys seen lately in a dict, the rest in two sorted arrays (keys, nodes) into which the dict
    is folded every ``fold_at`` new keys. Keys are looked up a batch at a time."""

    def __init__(self, fold_at: int) -> None:
        self.fold_at = fold_at
        self._recent: dict[int, int] = {}
        self._keys = np.empty(0, np.uint64)
        self._nodes = np.empty(0, np.int32)

    def nodes_for(self, keys: list[int], new: Callable[[int], int]) -> list[int]:
        """The node of each key, a key not seen before given one by ``new`` (in order)."""
        if not keys:
            return []
        if len(self._keys):
            wanted = np.array(keys, np.uint64)
            at = np.searchsorted(self._keys, wanted)
            at[at == len(self._keys)] = 0
            nodes: list[int] = np.where(self._keys[at] == wanted, self._nodes[at], -1).tolist()
        else:
            nodes = [-1] * len(keys)
        recent = self._recent
        for i, node in enumerate(nodes):
            if node < 0:
                key = keys[i]
                found = recent.get(key)
                if found is None:
                    found = recent[key] = new(key)
                nodes[i] = found
        return nodes

    def fold_if_due(self) -> None:
        if len(self._recent) < self.fold_at:
            return
        keys = np.fromiter(self._recent.keys(), np.uint64, len(self._recent))
        nodes = np.fromiter(self._recent.values(), np.int32, len(self._recent))
        order = np.argsort(keys)
        at = np.searchsorted(self._keys, keys[order])
        self._keys = np.insert(self._keys, at, keys[order])
        self._nodes = np.insert(self._nodes, at, nodes[order])
        self._recent = {}


class Threader:
    """The first pass's state; see the module docstring."""

    def __init__(self, fold_at: int = FOLD_AT) -> None:
        self._index = KeyIndex(fold_at)
        self._key = array("Q")
        self._parent = array("i")
        self._date = array("d")
        self._sender = array("i")
        self._recipient = array("i")
        self._real = bytearray()
        self._subjects: dict[int, int] = {}
        self._address_ids: dict[str, int] = {}
        self.addresses: list[str] = []
        self.names: dict[int, str] = {}
        # Per address number: its domain, and whom its correspondents are noted under (the
        # domain; the address itself at a free-mail domain).
        self._domains: list[str] = []
        self._owners: list[str | int] = []
        self._correspondents: defaultdict[str | int, set[int]] = defaultdict(set)
        self._root: array[int] | None = None
        self._thread_node: dict[int, int] = {}
        self._customer: dict[int, int] = {}
        self._starts: dict[int, ThreadStart] = {}  # of the threads placed lately

    # -- first pass ---------------------------------------------------------------------------

    def add_all(self, envelopes: Sequence[Threadable | None]) -> list[int]:
        """Take in a batch of messages (None: one that could not be read) in file order; for
        each its node (-1 for None), the handle :meth:`place` takes after :meth:`finish`."""
        keys: list[int] = []
        for envelope in envelopes:
            if envelope is not None:
                keys.append(envelope[0])
                keys.extend(envelope[1])
        found = self._index.nodes_for(keys, self._new_node)
        nodes: list[int] = []
        at = 0
        for envelope in envelopes:
            if envelope is None:
                nodes.append(-1)
                continue
            count = 1 + len(envelope[1])
            nodes.append(self._add(found[at], found[at + 1 : at + count], envelope))
            at += count
        self._index.fold_if_due()
        return nodes

    def _add(self, node: int, references: list[int], envelope: Threadable) -> int:
        if self._real[node]:
            return node  # the same message twice: the first copy counts
        _key, _references, subject, is_reply, sender, recipients, date = envelope
        self._real[node] = 1
        self._date[node] = date
        sender_id = self._address_id(sender)
        people = [self._address_id(person) for person in recipients[:8]]
        self._sender[node] = sender_id
        self._recipient[node] = people[0] if people else -1
        if references:  # joined to every message it names (the work of most of the first pass)
            root = self._find(node)
            for other in references:
                root = self._link(root, self._find(other))
        if subject:
            first = self._subjects.setdefault(subject, node)
            if not references and is_reply and first != node:
                self._link(self._find(node), self._find(first))
        if sender_id >= 0:
            people.append(sender_id)
        if len(people) > 1:
            self._note_correspondents(people)
        return node

    def _new_node(self, key: int) -> int:
        node = len(self._key)
        self._key.append(key)
        self._parent.append(node)
        self._date.append(math.inf)
        self._sender.append(-1)
        self._recipient.append(-1)
        self._real.append(0)
        return node

    def _address_id(self, person: Person | None) -> int:
        if person is None:
            return -1
        address, name = person
        number = self._address_ids.get(address)
        if number is None:
            number = len(self.addresses)
            self._address_ids[address] = number
            self.addresses.append(address)
            domain = address[address.rfind("@") + 1 :]
            domain = sys.intern(domain)
            self._domains.append(domain)
            self._owners.append(number if domain in FREE_MAIL else domain)
        if name and number not in self.names:
            self.names[number] = name[:300]
        return number

    def _find(self, node: int) -> int:
        parent = self._parent
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    def _link(self, a: int, b: int) -> int:
        """Join the sets of two roots; the smaller root stays the root, and is returned."""
        if a < b:
            self._parent[b] = a
            return a
        if b < a:
            self._parent[a] = b
        return b

    def _note_correspondents(self, people: list[int]) -> None:
        """Note who met whom in one message: the address numbers of its recipients and
        sender."""
        domains, owners, noted = self._domains, self._owners, self._correspondents
        if len(people) == 2:  # most mail: fast
            a, b = people
            if domains[a] != domains[b]:
                noted[owners[a]].add(b)
                noted[owners[b]].add(a)
            return
        for number in people:
            domain = domains[number]
            others = [n for n in people if domains[n] != domain]
            if others:
                noted[owners[number]].update(others)

    # -- between the passes -------------------------------------------------------------------

    def infer_company(self) -> Company:
        """The company the correspondents noted in the first pass point to (maybe none)."""
        return infer_company(self._correspondents, self.addresses)

    def finish(self, company: Company) -> None:
        """Name every thread after its earliest message and find its customer."""
        self._correspondents.clear()
        self._subjects.clear()
        self._index = KeyIndex(self._index.fold_at)  # the first pass is over: its memory back
        size = len(self._key)
        root = array("i", (self._find(n) for n in range(size)))
        best: dict[int, int] = {}
        for node in range(size):
            if not self._real[node]:
                continue
            r = root[node]
            current = best.get(r)
            if current is None or self._order(node) < self._order(current):
                best[r] = node
        outside = [not company.owns(address) for address in self.addresses]
        by_sender: dict[int, tuple[float, int, int]] = {}
        by_recipient: dict[int, tuple[float, int, int]] = {}
        for node in range(size):
            if not self._real[node]:
                continue
            r = root[node]
            for table, address in (
                (by_sender, self._sender[node]),
                (by_recipient, self._recipient[node]),
            ):
                if address >= 0 and outside[address]:
                    candidate = (self._date[node], self._key[node], address)
                    if r not in table or candidate < table[r]:
                        table[r] = candidate
        self._root = root
        self._thread_node = best
        self._customer = {r: c[2] for r, c in by_recipient.items()}
        self._customer.update({r: c[2] for r, c in by_sender.items()})

    def _order(self, node: int) -> tuple[float, int]:
        return (self._date[node], self._key[node])

    # -- second pass --------------------------------------------------------------------------

    def place(self, nodes: Sequence[int]) -> list[Placed | None]:
        """For each node :meth:`add_all` gave (-1: none, None back), its thread, and the date (a
        timestamp) and sender address the first pass read."""
        assert self._root is not None, "finish() first"
        roots, starts, dates, senders = self._root, self._starts, self._date, self._sender
        addresses = self.addresses
        if len(starts) >= 1 << 14:
            starts.clear()
        placed: list[Placed | None] = []
        for node in nodes:
            if node < 0:
                placed.append(None)
                continue
            root = roots[node]
            start = starts.get(root)
            if start is None:
                first = self._thread_node[root]
                customer = self._customer.get(root)
                start = starts[root] = ThreadStart(
                    f"thread-{self._key[first]:016x}",
                    dates[first],
                    addresses[customer] if customer is not None else None,
                )
            sender = senders[node]
            placed.append((start, dates[node], addresses[sender] if sender >= 0 else None))
        return placed

    def name_of(self, address: str) -> str | None:
        number = self._address_ids.get(address)
        return self.names.get(number) if number is not None else None
