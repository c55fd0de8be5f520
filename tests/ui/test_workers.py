"""The worker helper: results and errors arrive on the GUI thread; writes run one at a time."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desk.errors import InputError
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


def test_writes_run_one_at_a_time(qtbot: QtBot) -> None:
    runner = TaskRunner()
    active = 0
    most = 0
    lock = threading.Lock()
    release = threading.Event()

    def write() -> None:
        nonlocal active, most
        with lock:
            active += 1
            most = max(most, active)
        release.wait(5)
        with lock:
            active -= 1

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        for _ in range(3):
            runner.run(write, write=True)
        release.set()
    assert most == 1
    assert runner.wait(1000)


@pytest.mark.parametrize("count", [5])
def test_busy_tracks_every_task(qtbot: QtBot, count: int) -> None:
    runner = TaskRunner()
    results: list[object] = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        for i in range(count):
            runner.run(lambda i=i: i * i, results.append)
    assert sorted(results) == [i * i for i in range(count)]  # type: ignore[type-var]
    assert not runner.busy
