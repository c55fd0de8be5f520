"""UI test fixtures: fail any test that leaves background work running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool


@pytest.fixture(autouse=True)
def _no_dangling_work(qapp: object) -> Iterator[None]:
    yield
    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(5000)
    assert finished, "a test left a QThreadPool task running"
