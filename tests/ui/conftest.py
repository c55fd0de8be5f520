"""UI test fixtures: fail any test that leaves background work running, or in which the UI's
code touched the database on the GUI thread (see :mod:`tests.ui.db_guard`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import QApplication

from tests.ui import db_guard
from ui import i18n
from ui.workers import TaskRunner

db_guard.install()


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: QApplication) -> None:
    """The window in English, as a manager on an English system sees it (the plural forms
    come from the English catalogue: ui/i18n.py); en_US numbers and dates: below."""
    i18n.install("en")


@pytest.fixture(autouse=True)
def _english_dates() -> None:
    """en_US before every test: the window's language follows the default QLocale
    (``i18n.window_language``), and a test that installs another language and forgets to
    set it back made a later test on the same process read Chinese dates and ladder names."""
    QLocale.setDefault(QLocale("en_US"))


WAIT_MS = 5000


def unfinished_pools(wait_ms: int = WAIT_MS) -> list[str]:
    """The pools that still run a task after waiting ``wait_ms`` for each.

    It watches the pools the task runner really uses (every :class:`TaskRunner` has its own
    reader and writer pools) as well as Qt's global pool, which nothing should use.
    """
    pools = [QThreadPool.globalInstance(), *TaskRunner.pools()]
    return [
        pool.objectName() or "QThreadPool.globalInstance()"
        for pool in pools
        if not pool.waitForDone(wait_ms)
    ]


@pytest.fixture(autouse=True)
def _no_dangling_work(qapp: object) -> Iterator[None]:
    yield
    left = unfinished_pools()
    assert not left, f"a test left a task running in: {', '.join(left)}"


@pytest.fixture(autouse=True)
def _no_database_on_the_gui_thread(qapp: object) -> Iterator[None]:
    db_guard.take()  # whatever came before this test is not its doing
    yield
    touched = db_guard.take()
    assert not touched, "the UI used the database on the GUI thread: " + "; ".join(touched)
