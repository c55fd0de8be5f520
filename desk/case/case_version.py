"""The case's version as the wizard last read or wrote it, for optimistic locking.

The wizard's own writes (the draft it saves at every page, a warning it records) bump the
case's version too, so the version a page read a minute ago is not "someone else's change".
Every load and write that matters runs on the runner's single write queue and goes through
:func:`tracked`, which moves the version forward only when nobody else changed the case in
between; a change by someone else is then caught by the next write that passes
``expected_version``, with the core's :class:`~desk.case.cases.ConflictError` message.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeAlias, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case.case_access import get_case

T = TypeVar("T")

# A piece of work on the case: given a session and the version the wizard expects the case to
# be at, it reads or writes and returns plain values (never ORM objects: they leave the thread).
CaseWork: TypeAlias = Callable[[Session, int], T]


class CaseVersion:
    """A version number shared between the GUI thread and the write queue."""

    def __init__(self, version: int) -> None:
        self._lock = threading.Lock()
        self._value = version

    @property
    def value(self) -> int:
        with self._lock:
            return self._value

    def seen(self, version: int) -> None:
        """The wizard now shows (or wrote) the case at ``version``."""
        with self._lock:
            self._value = version


def tracked(engine: Engine, case_id: int, version: CaseVersion, work: CaseWork[T]) -> T:
    """Run ``work(session, expected_version)`` (on the single write queue) and keep ``version``
    up to date: a load sets it; a write moves it on unless the case had changed under the
    wizard."""
    with Session(engine) as session:
        expected = version.value
        before = get_case(session, case_id).version
        result = work(session, expected)
        session.expire_all()
        after = get_case(session, case_id).version
        if before == expected or after == before:
            version.seen(after)
        return result
