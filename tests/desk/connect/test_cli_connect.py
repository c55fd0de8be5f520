"""``connect``, ``sync`` and ``connections`` from the command line: the token lives in a real
Secret Service (or, without one, only in the environment) and nowhere else; a sync killed with
SIGKILL and run again ends with the same database as one that was never interrupted."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import keyring
import pytest

from desk.cli import main
from desk.connect.secrets import SERVICE
from desk.db.engine import open_database
from tests.desk.connect.conftest import TOKEN
from tests.desk.connect.helpers import contents
from tests.vendor_server.data import freshdesk_desk, zendesk_desk
from tests.vendor_server.server import VendorServer

pytestmark = pytest.mark.slow


def files_holding(folder: Path, secret: str) -> list[Path]:
    """Every file under ``folder`` whose bytes contain ``secret``."""
    needle = secret.encode()
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_the_token_is_kept_in_the_secret_service_and_nowhere_else(
    secret_service: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("BREAKUP_DESK_HOME", str(tmp_path / "data"))
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    with VendorServer("zendesk", zendesk_desk(25), token=TOKEN) as server:
        monkeypatch.setenv("BD_TOKEN", TOKEN)
        argv = ["--db", db, "connect", "zendesk", "--subdomain", "acme"]
        argv += [
            "--email",
            "agent@example.com",
            "--token-env",
            "BD_TOKEN",
            "--base-url",
            server.url,
        ]
        assert main(argv) == 0
        assert "the token is kept in the OS keyring" in capsys.readouterr().out
        assert keyring.get_password(SERVICE, "zendesk") == TOKEN
        monkeypatch.delenv("BD_TOKEN")  # from now on only the keyring has it
        assert main(["--db", db, "sync", "--json"]) == 0
        synced = capsys.readouterr().out
        assert '"conversations_new": 25' in synced
        assert main(["--db", db, "connections"]) == 0
        assert "keyring" in capsys.readouterr().out
        assert main(["--db", db, "connections", "test", "zendesk"]) == 0
        assert "signed in as agent@example.com" in capsys.readouterr().out
        # a failure's message carries no token either
        server.token = "rotated"
        assert main(["--db", db, "sync"]) == 1
        failed = capsys.readouterr()
        assert "refused the credentials (401)" in failed.err
    keyring_files = set(files_holding(tmp_path, TOKEN))
    assert keyring_files == set(), keyring_files  # not the DB, the settings, nor the keyring file
    assert TOKEN not in synced + failed.out + failed.err + caplog.text
    assert main(["--db", db, "connections", "remove", "zendesk"]) == 0
    assert keyring.get_password(SERVICE, "zendesk") is None


def test_without_a_keyring_the_token_is_read_from_the_variable_and_said_so(
    no_keyring: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BREAKUP_DESK_HOME", str(tmp_path / "data"))
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    with VendorServer("freshdesk", freshdesk_desk(12), token=TOKEN) as server:
        monkeypatch.setenv("FD_KEY", TOKEN)
        argv = ["--db", db, "connect", "freshdesk", "--domain", "acme", "--token-env", "FD_KEY"]
        assert main([*argv, "--base-url", server.url]) == 0
        said = capsys.readouterr().out
        assert "no keyring on this machine: the token is NOT stored" in said
        assert "$FD_KEY" in said
        monkeypatch.delenv("FD_KEY")
        assert main(["--db", db, "sync"]) == 1
        error = capsys.readouterr().err
        assert "$FD_KEY, which is not set" in error and len(error.splitlines()) == 1
        monkeypatch.setenv("FD_KEY", TOKEN)
        assert main(["--db", db, "sync"]) == 0
        out = capsys.readouterr().out
        assert "12 new conversations" in out
    assert files_holding(tmp_path, TOKEN) == []
    assert TOKEN not in said + error + out


@pytest.mark.parametrize("vendor", ["zendesk", "freshdesk"])
def test_a_sync_killed_midway_and_run_again_equals_an_uninterrupted_one(
    vendor: str,
    no_keyring: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make = zendesk_desk if vendor == "zendesk" else freshdesk_desk
    env = {**no_keyring, "BD_TOKEN": TOKEN, "BREAKUP_DESK_HOME": str(tmp_path / "data")}
    for name in ("BD_TOKEN", "BREAKUP_DESK_HOME"):
        monkeypatch.setenv(name, env[name])
    whole_db = f"sqlite:///{tmp_path / 'whole.sqlite3'}"
    with VendorServer(vendor, make(60), token=TOKEN) as server:
        assert main(["--db", whole_db, *_connect(vendor, server.url)]) == 0
        assert main(["--db", whole_db, "sync", "--no-scan"]) == 0
    killed_db = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    with VendorServer(vendor, make(60), token=TOKEN, delay=0.03) as server:
        assert main(["--db", killed_db, *_connect(vendor, server.url)]) == 0
        command = [sys.executable, "-m", "desk.cli", "--db", killed_db, "sync", "--no-scan"]
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        # Killed once a page with messages is committed (the sync fetches ahead, so counting
        # the pages served is not enough on a loaded machine) and while pages remain.
        deadline = time.monotonic() + 60
        while _committed_messages(tmp_path / "killed.sqlite3") == 0:
            assert process.poll() is None, "the sync ended before it could be killed"
            assert time.monotonic() < deadline, "no page was committed in 60 s"
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
        assert process.returncode == -signal.SIGKILL
        halfway = open_database(killed_db)
        cut_short = len(contents(halfway)["messages"])
        halfway.dispose()
        server.delay = 0
        capsys.readouterr()
        assert main(["--db", killed_db, "sync", "--no-scan"]) == 0
        done = capsys.readouterr().out
    assert "resumed an interrupted sync" in done
    whole, killed = open_database(whole_db), open_database(killed_db)
    assert 0 < cut_short < len(contents(whole)["messages"])
    assert contents(killed) == contents(whole)
    whole.dispose()
    killed.dispose()


def _committed_messages(path: Path) -> int:
    """The messages a sync in another process has committed so far (0 while it holds a lock)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.05)) as db:
            return int(db.execute("SELECT count(*) FROM message").fetchone()[0])
    except sqlite3.OperationalError:  # not made yet, or busy: ask again
        return 0


def _connect(vendor: str, url: str) -> list[str]:
    if vendor == "zendesk":
        account = ["--subdomain", "acme", "--email", "agent@example.com"]
    else:
        account = ["--domain", "acme"]
    return ["connect", vendor, *account, "--token-env", "BD_TOKEN", "--base-url", url]
