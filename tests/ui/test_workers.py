"""The worker helper: results and errors arrive on the GUI thread; writes run one at a time;
the leak check sees work left in the runner's own pools."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desk.errors import InputError
from tests.ui.conftest import unfinished_pools
from ui.workers import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    worker_threads: list[threading.Thread] = []
    got: list[tuple[int, bool]] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    def done(result: object) -> None:
        got.append((int(str(result)), QThread.currentThread() is runner.thread()))

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, done)
    assert got == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()


def test_an_error_reaches_the_callback_or_the_error_signal(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise InputError("export.csv: line 3: no customer column")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(fail, on_error=errors.append)
    assert [str(e) for e in errors] == ["export.csv: line 3: no customer column"]
    with qtbot.waitSignal(runner.error) as blocker:
        runner.run(fail)
    assert isinstance(blocker.args[0], InputError)


# How long a second write gets to start while the first holds the queue: with a pool of more
# than one writer thread it starts within milliseconds, so the window is real, not a sleep.
OVERLAP_WINDOW_S = 0.5


def test_writes_run_one_at_a_time(qtbot: QtBot) -> None:
    """The first write holds the writer queue while a read and more writes wait to run: the read
    runs meanwhile (so threads were free to start work), the writes do not."""
    runner = TaskRunner()
    first_running = threading.Event()
    release_first = threading.Event()
    later_write_started = threading.Event()
    read_ran = threading.Event()
    lock = threading.Lock()
    running = 0
    most = 0

    def write(first: bool) -> None:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        if first:
            first_running.set()
            release_first.wait(10)
        else:
            later_write_started.set()
        with lock:
            running -= 1

    runner.run(lambda: write(True), write=True)
    for _ in range(3):
        runner.run(lambda: write(False), write=True)
    try:
        assert first_running.wait(5)
        runner.run(read_ran.set)
        assert read_ran.wait(5), "a read must not wait for a write"
        overlapped = later_write_started.wait(OVERLAP_WINDOW_S)
    finally:
        release_first.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert not overlapped, "a second write started while the first was running"
    assert most == 1
    assert later_write_started.is_set()


@pytest.mark.parametrize("write", [False, True], ids=["read", "write"])
def test_the_leak_check_sees_a_task_left_in_a_runner_pool(qtbot: QtBot, write: bool) -> None:
    """The autouse leak check watches the runner's own pools, not only Qt's global one."""
    runner = TaskRunner()
    started = threading.Event()
    release = threading.Event()

    def hang() -> None:
        started.set()
        release.wait(10)

    runner.run(hang, write=write)
    try:
        assert started.wait(5)
        left = unfinished_pools(wait_ms=50)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert left == ["TaskRunner writer" if write else "TaskRunner readers"]
    assert unfinished_pools(wait_ms=5000) == []


@pytest.mark.parametrize("count", [5])
def test_busy_tracks_every_task(qtbot: QtBot, count: int) -> None:
    runner = TaskRunner()
    results: list[object] = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        for i in range(count):
            runner.run(lambda i=i: i * i, results.append)
    assert sorted(results) == [i * i for i in range(count)]  # type: ignore[type-var]
    assert not runner.busy
