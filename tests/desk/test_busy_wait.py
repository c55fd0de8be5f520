"""A second writer is told that it waits, keeps waiting up to the timeout, and Ctrl-C ends
the wait at once: the real command line in a subprocess, a real SQLite connection holding the
write lock (desk.db.busy_wait)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.db.engine import BUSY_TIMEOUT_ENV, open_database
from desk.db.failures import BUSY

pytestmark = pytest.mark.slow  # each test waits seconds for a lock, on purpose


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def holder(database: Path) -> Iterator[sqlite3.Connection]:
    """Another import, mid-write: it holds the write lock until the test lets it go."""
    connection = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    connection.execute("BEGIN IMMEDIATE")
    yield connection
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    connection.close()


# The command line as a shell at a terminal starts it: Ctrl-C delivered and turned into
# KeyboardInterrupt, whatever SIGINT state the test runner's process hands down (a child
# inherits an ignored or blocked SIGINT, and Python then installs no handler of its own).
_AT_A_TERMINAL = (
    "import runpy, signal, sys; "
    "signal.signal(signal.SIGINT, signal.default_int_handler); "
    "signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT}); "
    "sys.argv = ['breakup-desk', *sys.argv[1:]]; "
    "runpy.run_module('desk.cli', run_name='__main__')"
)


def _writer(database: Path, timeout: float) -> subprocess.Popen[str]:
    """``breakup-desk identities company-domains``: a command that writes."""
    env = {**os.environ, BUSY_TIMEOUT_ENV: str(timeout)}
    command = ["--db", f"sqlite:///{database}", "identities", "company-domains", "a.example"]
    return subprocess.Popen(
        [sys.executable, "-c", _AT_A_TERMINAL, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _waiting_line(database: Path) -> str:
    return f"breakup-desk: another import is writing to {database}; waiting… (Ctrl-C to cancel)\n"


def test_the_wait_is_told_once_and_ends_in_the_one_line_error(
    database: Path, holder: sqlite3.Connection
) -> None:
    started = time.monotonic()
    process = _writer(database, timeout=3)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert err == _waiting_line(database) + f"breakup-desk: error: {BUSY}\n"
    assert time.monotonic() - started >= 3  # it waited the whole busy timeout


def test_the_command_goes_on_when_the_other_writer_finishes(
    database: Path, holder: sqlite3.Connection
) -> None:
    process = _writer(database, timeout=30)
    assert process.stderr is not None
    assert process.stderr.readline() == _waiting_line(database)
    threading.Timer(0.5, holder.execute, ("COMMIT",)).start()
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0 and err == ""


def test_ctrl_c_cancels_the_wait_at_once_in_one_line(
    database: Path, holder: sqlite3.Connection
) -> None:
    process = _writer(database, timeout=60)
    assert process.stderr is not None
    assert process.stderr.readline() == _waiting_line(database)
    signalled = time.monotonic()
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=30)
    assert time.monotonic() - signalled < 5  # not the 60 s busy timeout
    assert process.returncode == 1
    assert err == (
        "breakup-desk: cancelled while waiting for another writer; nothing was changed\n"
    )
    holder.execute("COMMIT")
    with sqlite3.connect(database) as check:  # nothing of the cancelled command was kept
        assert check.execute("SELECT count(*) FROM setting").fetchone() == (0,)
