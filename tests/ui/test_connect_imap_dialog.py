"""The "Connect a helpdesk" window connects a shared mailbox against a real Dovecot: the
server's certificate is checked (the test CA is nobody's until given as the CA file), the
password goes to a real Secret Service and nowhere else, and a sync from the list imports the
folder's messages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from desk.connect.secrets import SERVICE
from desk.db.models import HelpdeskConnection, Message
from tests.conftest import shared_data
from tests.desk.connect.dovecot import PASSWORD, USER, Dovecot, missing_dovecot
from ui.dialogs.connect_dialog import ConnectDialog
from ui.main_window import MainWindow
from ui.settings import Settings

pytestmark = pytest.mark.slow
MBOX = ("samples", "mbox", "py4e_mbox-short.txt")


@pytest.fixture
def server() -> Iterator[Dovecot]:
    reason = missing_dovecot()
    if reason:
        pytest.skip(reason)
    with Dovecot() as running:
        yield running


def type_into(dialog: ConnectDialog, qtbot: QtBot, values: dict[str, str]) -> None:
    for key, text in values.items():
        dialog.fields[key].clear()
        qtbot.keyClicks(dialog.fields[key], text)


def test_a_mailbox_is_tested_saved_with_its_password_in_the_keyring_and_synced(
    server: Dovecot,
    secret_service: dict[str, str],
    qtbot: QtBot,
    sqlite_engine: Engine,
    tmp_path: Path,
) -> None:
    delivered = server.deliver_mbox(shared_data(*MBOX))
    window = MainWindow(sqlite_engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    dialog = window.open_connect_dialog()
    dialog.select_vendor("imap")
    assert not dialog.form.isRowVisible(dialog.fields["base_url"])
    assert not dialog.form.isRowVisible(dialog.fields["subdomain"])
    assert dialog.form.isRowVisible(dialog.choices["security"])
    assert dialog.form.isRowVisible(dialog.fields["ca_file"])
    type_into(dialog, qtbot, {"host": "127.0.0.1", "port": str(server.ssl_port), "user": USER})
    type_into(dialog, qtbot, {"folders": "INBOX"})
    qtbot.keyClicks(dialog.token, PASSWORD)

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)  # the CA is nobody's yet
    qtbot.waitUntil(lambda: "The test failed" in dialog.outcome_label.text(), timeout=20_000)
    assert "certificate is not trusted" in dialog.outcome_label.text()
    assert not dialog.save_button.isEnabled()

    type_into(dialog, qtbot, {"ca_file": str(server.ca_file)})
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    assert f"signed in as {USER}" in dialog.outcome_label.text()
    assert f"INBOX: {delivered}" in dialog.outcome_label.text()
    with qtbot.waitSignal(dialog.connected, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.token.text() == ""
    assert keyring.get_password(SERVICE, "imap") == PASSWORD

    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    with qtbot.waitSignal(dialog.synced, timeout=60_000):
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    window.close()
    qtbot.waitUntil(lambda: not window.runner.busy)
    with sqlite_engine.connect() as db:
        row = db.execute(select(HelpdeskConnection.vendor, HelpdeskConnection.token_env)).one()
        messages = int(db.scalar(select(func.count()).select_from(Message)) or 0)
    assert tuple(row) == ("imap", None)
    assert 0 < messages <= delivered  # the mailbox's messages, less any rejected
    secret = PASSWORD.encode()
    assert [p for p in tmp_path.rglob("*") if p.is_file() and secret in p.read_bytes()] == []


def test_the_form_refuses_a_port_that_is_not_a_number(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    window = MainWindow(sqlite_engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    dialog = window.open_connect_dialog()
    dialog.select_vendor("imap")
    type_into(dialog, qtbot, {"host": "imap.example.com", "port": "99x", "user": "support"})
    qtbot.keyClicks(dialog.token, "not-used")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "The test failed" in dialog.outcome_label.text())
    assert "port '99x': not a port number" in dialog.outcome_label.text()
    window.close()
    qtbot.waitUntil(lambda: not window.runner.busy)
