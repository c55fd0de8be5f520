"""``connect helpscout|intercom|front``, ``sync`` and ``connections test`` from the command line,
against the local server: the secret is kept in a real Secret Service and nowhere else, and a
sync killed with SIGKILL and run again equals one that was never interrupted."""

from __future__ import annotations

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
from tests.vendor_server.more_data import VENDORS, make_desk, missing_more_samples
from tests.vendor_server.server import VendorServer

pytestmark = pytest.mark.slow
WHO = {
    "helpscout": "signed in as agent@example.com",
    "intercom": "signed in as admin@example.com",
    "front": "signed in to Example Co",
}


@pytest.fixture(autouse=True)
def _more_samples() -> None:
    reason = missing_more_samples()
    if reason:
        pytest.skip(reason)


def connect_args(vendor: str, url: str) -> list[str]:
    if vendor == "helpscout":
        secret = ["--app-id", "agent@example.com", "--secret-env", "BD_TOKEN"]
    else:
        secret = ["--token-env", "BD_TOKEN"]
    return ["connect", vendor, *secret, "--base-url", url]


def files_holding(folder: Path, secret: str) -> list[Path]:
    needle = secret.encode()
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.mark.parametrize("vendor", VENDORS)
def test_connect_sync_and_test_keep_the_secret_in_the_keyring_only(
    vendor: str,
    secret_service: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BREAKUP_DESK_HOME", str(tmp_path / "data"))
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    with VendorServer(vendor, make_desk(vendor, 25), token=TOKEN) as server:
        monkeypatch.setenv("BD_TOKEN", TOKEN)
        assert main(["--db", db, *connect_args(vendor, server.url)]) == 0
        said = capsys.readouterr().out
        assert "the token is kept in the OS keyring" in said and WHO[vendor] in said
        assert keyring.get_password(SERVICE, vendor) == TOKEN
        monkeypatch.delenv("BD_TOKEN")
        assert main(["--db", db, "sync", "--json", "--no-scan"]) == 0
        synced = capsys.readouterr().out
        assert '"conversations_new": 25' in synced
        assert main(["--db", db, "connections", "test", vendor]) == 0
        assert WHO[vendor] in capsys.readouterr().out
    assert files_holding(tmp_path, TOKEN) == []
    assert TOKEN not in said + synced


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_sync_killed_midway_and_run_again_equals_an_uninterrupted_one(
    vendor: str,
    no_keyring: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    env = {**no_keyring, "BD_TOKEN": TOKEN, "BREAKUP_DESK_HOME": str(tmp_path / "data")}
    for name in ("BD_TOKEN", "BREAKUP_DESK_HOME"):
        monkeypatch.setenv(name, env[name])
    whole_db = f"sqlite:///{tmp_path / 'whole.sqlite3'}"
    with VendorServer(vendor, make_desk(vendor, 60), token=TOKEN) as server:
        assert main(["--db", whole_db, *connect_args(vendor, server.url)]) == 0
        assert main(["--db", whole_db, "sync", "--no-scan"]) == 0
    killed_db = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    with VendorServer(vendor, make_desk(vendor, 60), token=TOKEN, delay=0.03) as server:
        assert main(["--db", killed_db, *connect_args(vendor, server.url)]) == 0
        command = [sys.executable, "-m", "desk.cli", "--db", killed_db, "sync", "--no-scan"]
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        # Pages are fetched ahead of the loader: wait for one committed, not just requested.
        while time.monotonic() < deadline and (
            server.served.lists < 4 or not _messages_in(tmp_path / "killed.sqlite3")
        ):
            time.sleep(0.01)
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


def _messages_in(path: Path) -> int:
    """Messages committed so far, read beside the writing process (SQLite's WAL allows it)."""
    with closing(sqlite3.connect(path, timeout=5)) as connection:
        return int(connection.execute("SELECT count(*) FROM message").fetchone()[0])
