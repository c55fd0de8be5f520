"""The threader against the plain definition of a thread: the connected sets of messages linked
by their references (and, for a reply with none, by its subject), named after the earliest."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.ingest.mail.company_domains import Company
from desk.ingest.mail.threader import Threader

# (Message-ID key, reference keys, subject key, a reply?, date)
_MESSAGES = st.lists(
    st.tuples(
        st.integers(1, 40),
        st.lists(st.integers(1, 60), max_size=4).map(tuple),
        st.integers(0, 5),
        st.booleans(),
        st.integers(0, 30).map(float),
    ),
    max_size=60,
)
NOBODY = Company(frozenset(), frozenset(), inferred=True)


def _components(
    messages: list[tuple[int, tuple[int, ...], int, bool, float]],
) -> set[frozenset[int]]:
    """The threads by the definition: a graph search over the links, real messages only."""
    links: defaultdict[int, set[int]] = defaultdict(set)
    seen: set[int] = set()
    first_with_subject: dict[int, int] = {}
    for key, references, subject, reply, _date in messages:
        if key in seen:
            continue  # the same message twice: the first copy counts
        seen.add(key)
        for reference in references:
            links[key].add(reference)
            links[reference].add(key)
        if subject:
            first = first_with_subject.setdefault(subject, key)
            if not references and reply and first != key:
                links[key].add(first)
                links[first].add(key)
    threads: set[frozenset[int]] = set()
    placed: set[int] = set()
    for key in seen:
        if key in placed:
            continue
        group, todo = {key}, [key]
        while todo:
            for other in links[todo.pop()] - group:
                group.add(other)
                todo.append(other)
        placed |= group
        threads.add(frozenset(group & seen))
    return threads


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(_MESSAGES, st.integers(1, 7), st.integers(1, 9))
def test_threads_are_the_connected_sets_of_linked_messages_named_after_the_earliest(
    messages: list[tuple[int, tuple[int, ...], int, bool, float]], batch: int, fold_at: int
) -> None:
    """Fed in batches of any size, its key index folded every few keys."""
    threader = Threader(fold_at)
    nodes: dict[int, int] = {}
    dates: dict[int, float] = {}
    for start in range(0, len(messages), batch):
        part = messages[start : start + batch]
        added = threader.add_all(
            [
                (k, refs, subject, reply, ("a@b.example", None), (), date)
                for k, refs, subject, reply, date in part
            ]
        )
        for (key, *_, date), node in zip(part, added, strict=True):
            nodes.setdefault(key, node)
            dates.setdefault(key, date)
    threader.finish(NOBODY)
    by_thread: defaultdict[str, set[int]] = defaultdict(set)
    placed = dict(zip(nodes, threader.place(list(nodes.values())), strict=True))
    for key, place in placed.items():
        assert place is not None and place[1] == dates[key]
        by_thread[place[0].thread_id].add(key)
    assert set(map(frozenset, by_thread.values())) == _components(messages)
    for thread_id, keys in by_thread.items():
        earliest = min(keys, key=lambda k: (dates[k], k))
        assert thread_id == f"thread-{earliest:016x}"
        start = placed[earliest]
        assert start is not None and start[0].started == dates[earliest]
