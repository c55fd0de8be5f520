"""``connect imap`` from the command line against a real Dovecot: the password lives in a real
Secret Service and nowhere else (not the database, the settings, the output, the log, an error);
certificate checks are on unless a CA is given."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desk.cli import main
from desk.connect.secrets import SERVICE
from tests.conftest import shared_data
from tests.desk.connect.dovecot import PASSWORD, USER, Dovecot, missing_dovecot

pytestmark = pytest.mark.slow


@pytest.fixture
def server() -> Iterator[Dovecot]:
    reason = missing_dovecot()
    if reason:
        pytest.skip(reason)
    with Dovecot() as running:
        yield running


def files_holding(folder: Path, secret: str) -> list[Path]:
    needle = secret.encode()
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_the_password_is_kept_in_the_secret_service_and_nowhere_else(
    server: Dovecot,
    secret_service: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    delivered = server.deliver_mbox(shared_data("samples", "mbox", "py4e_mbox-short.txt"))
    monkeypatch.setenv("BREAKUP_DESK_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("BD_IMAP_PASSWORD", PASSWORD)
    db = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    connect = ["--db", db, "connect", "imap", "--host", "127.0.0.1"]
    connect += ["--port", str(server.ssl_port), "--user", USER]
    connect += ["--password-env", "BD_IMAP_PASSWORD", "--folder", "INBOX"]

    assert main(connect) == 1  # the test CA is nobody's: refused, in one line
    untrusted = capsys.readouterr()
    assert "certificate is not trusted" in untrusted.err and "--ca-file" in untrusted.err
    assert len(untrusted.err.strip().splitlines()) == 1

    monkeypatch.setenv("BD_WRONG", "Wrong-Pass-4242")
    wrong = [a if a != "BD_IMAP_PASSWORD" else "BD_WRONG" for a in connect]
    assert main([*wrong, "--ca-file", str(server.ca_file)]) == 1
    refused = capsys.readouterr()
    assert "refused the user name or password" in refused.err
    assert "Wrong-Pass-4242" not in refused.err + refused.out

    assert main([*connect, "--ca-file", str(server.ca_file)]) == 0
    said = capsys.readouterr().out
    assert "the token is kept in the OS keyring" in said and f"signed in as {USER}" in said
    assert keyring.get_password(SERVICE, "imap") == PASSWORD
    monkeypatch.delenv("BD_IMAP_PASSWORD")  # from now on only the keyring has it

    assert main(["--db", db, "sync", "--json"]) == 0
    synced = json.loads(capsys.readouterr().out)
    assert synced["messages_new"] + synced["rejected"] == delivered
    assert synced["conversations_new"] > 0 and synced["scanned"] is not None
    assert main(["--db", db, "sync", "--json", "--no-scan"]) == 0
    assert json.loads(capsys.readouterr().out)["messages_new"] == 0
    assert main(["--db", db, "connections", "test", "imap"]) == 0
    tested = capsys.readouterr().out
    assert f"INBOX: {delivered}" in tested

    everything = untrusted.out + untrusted.err + said + tested + json.dumps(synced) + caplog.text
    assert PASSWORD not in everything
    assert files_holding(tmp_path, PASSWORD) == []  # not the DB, the settings, the keyring file
    assert main(["--db", db, "connections", "remove", "imap"]) == 0
    assert keyring.get_password(SERVICE, "imap") is None
