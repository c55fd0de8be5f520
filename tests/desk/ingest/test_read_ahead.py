"""The read-ahead thread that overlaps an import's parse with the database's work
(desk/ingest/read_ahead.py): same records in the same order, errors raised in the loader's
thread, bounded memory, and nothing left running when the loader stops early."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest

from desk.ingest.read_ahead import read_ahead, switch_interval


def _threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "desk-read-ahead"]


@pytest.mark.parametrize("count", [0, 1, 3, 4, 5, 1000])
def test_every_record_comes_in_order(count: int) -> None:
    assert list(read_ahead(iter(range(count)), chunk=4, depth=2)) == list(range(count))
    assert _threads() == []


def test_an_error_in_the_reader_is_raised_in_the_loader_after_the_records_before_it() -> None:
    def reader() -> Iterator[int]:
        yield from range(10)
        raise ValueError("line 11: not JSON")

    got: list[int] = []

    def load() -> None:
        for item in read_ahead(reader(), chunk=3, depth=2):
            got.append(item)

    with pytest.raises(ValueError, match="line 11: not JSON") as caught:
        load()
    assert got == list(range(9))  # the last partial chunk is not handed over before the error
    assert "reader" in str(caught.traceback[-1].name)  # the reader's own traceback
    assert _threads() == []


def test_a_loader_that_stops_early_stops_the_reader_and_closes_it() -> None:
    produced: list[int] = []
    closed = threading.Event()

    def reader() -> Iterator[int]:
        try:
            for n in range(1_000_000):
                produced.append(n)
                yield n
        finally:
            closed.set()

    ahead = read_ahead(reader(), chunk=10, depth=2)
    assert [next(ahead) for _ in range(5)] == [0, 1, 2, 3, 4]
    ahead.close()
    assert closed.is_set()  # the reader's file would be closed
    assert _threads() == []
    # bounded: the reader ran at most the queue's chunks, the one being handed over and the next
    assert len(produced) <= (2 + 2) * 10 + 1


def test_the_switch_interval_is_given_back() -> None:
    before = sys.getswitchinterval()
    inside: list[float] = []

    def fail() -> None:
        with switch_interval(0.0001):
            inside.append(sys.getswitchinterval())
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fail()
    assert inside == [pytest.approx(0.0001)]
    assert sys.getswitchinterval() == before
