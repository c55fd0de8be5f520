"""The "Connect a helpdesk" window against a local Zendesk: Save only after a passing test
(a wrong token fails it), the token in a real Secret Service and nowhere else; a sync with its
progress, the last sync time in the status bars; Cancel mid-sync, then Sync again, ends with
the same database as a sync never interrupted."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from desk.connect.http import RetryPolicy
from desk.connect.secrets import SERVICE
from desk.connect.store import add_connection
from desk.connect.sync import connector_for, sync
from desk.db.engine import open_database
from desk.db.models import HelpdeskConnection, Message
from tests.desk.connect.conftest import TOKEN
from tests.desk.connect.helpers import contents
from tests.vendor_server.data import missing_samples, zendesk_desk
from tests.vendor_server.server import VendorServer
from ui.dialogs.connect_dialog import ConnectDialog
from ui.main_window import MainWindow
from ui.settings import Settings

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(missing_samples()), reason=missing_samples() or ""),
]
TICKETS = 45


def files_holding(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def fill_zendesk(dialog: ConnectDialog, qtbot: QtBot, url: str, token: str) -> None:
    dialog.select_vendor("zendesk")
    for key, text in (("subdomain", "acme"), ("email", "agent@example.com"), ("base_url", url)):
        dialog.fields[key].clear()
        qtbot.keyClicks(dialog.fields[key], text)
    dialog.token.clear()
    qtbot.keyClicks(dialog.token, token)


def test_save_waits_for_a_passing_test_and_the_token_goes_to_the_keyring(
    secret_service: dict[str, str],
    qtbot: QtBot,
    sqlite_engine: Engine,
    tmp_path: Path,
) -> None:
    window = MainWindow(sqlite_engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    with VendorServer("zendesk", zendesk_desk(5), token=TOKEN) as server:
        dialog = window.open_connect_dialog()
        assert dialog.token.echoMode() == dialog.token.EchoMode.Password
        fill_zendesk(dialog, qtbot, server.url, "wrong-token")
        assert not dialog.save_button.isEnabled()
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "The test failed" in dialog.outcome_label.text())
        assert "401" in dialog.outcome_label.text()
        assert not dialog.save_button.isEnabled()
        fill_zendesk(dialog, qtbot, server.url, TOKEN)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.save_button.isEnabled)
        assert "signed in as agent@example.com" in dialog.outcome_label.text()
        qtbot.keyClicks(dialog.token, "x")  # what was tested is no longer what would be saved
        assert not dialog.save_button.isEnabled()
        qtbot.keyClick(dialog.token, Qt.Key.Key_Backspace)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.save_button.isEnabled)
        with qtbot.waitSignal(dialog.connected, timeout=10_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.panel.model.rowCount() == 1)
        assert dialog.token.text() == ""
        qtbot.mouseClick(dialog.panel.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "works" in dialog.panel.status.currentMessage())
    assert keyring.get_password(SERVICE, "zendesk") == TOKEN
    window.close()
    qtbot.waitUntil(lambda: not window.runner.busy)
    with sqlite_engine.connect() as db:
        row = db.execute(select(HelpdeskConnection.name, HelpdeskConnection.token_env)).one()
    assert tuple(row) == ("zendesk", None)
    # not the database, the settings, a log, nor the keyring's file (it is encrypted)
    assert files_holding(tmp_path, TOKEN) == []


@pytest.fixture
def env_token(no_keyring: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> str:
    """A machine without a keyring: the connection reads its token from $ZD_TOKEN."""
    monkeypatch.setenv("ZD_TOKEN", TOKEN)
    return "ZD_TOKEN"


def message_total(engine: Engine) -> int:
    with engine.connect() as db:
        return int(db.scalar(select(func.count()).select_from(Message)) or 0)


def test_sync_shows_progress_and_the_last_sync_time(
    env_token: str, qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    window = MainWindow(sqlite_engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    desk = zendesk_desk(TICKETS)
    with VendorServer("zendesk", desk, token=TOKEN, delay=0.01) as server:
        add_connection(
            sqlite_engine, "main", "zendesk", server.url, {"email": server.email}, env_token
        )
        dialog = window.open_connect_dialog()
        panel = dialog.panel
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
        assert "never synced" in panel.last_sync.text()
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
        assert panel.progress.isVisibleTo(panel) and panel.cancel_button.isVisibleTo(panel)
        qtbot.waitUntil(lambda: panel.figures.text().split()[0] not in ("0", ""), timeout=20_000)
        seen_while_syncing = panel.figures.text()
        with qtbot.waitSignal(dialog.synced, timeout=60_000):
            pass
    assert panel.syncing is False and not panel.progress.isVisibleTo(panel)
    assert "pages" in seen_while_syncing and "messages/s" in seen_while_syncing
    pages, messages = panel.figures.text().split(" pages, ")
    assert int(pages) > 4
    assert int(messages.split()[0].replace(",", "")) == desk.message_count()
    qtbot.waitUntil(lambda: "last sync" in panel.last_sync.text())
    assert "Last sync of main:" in window.statusBar().currentMessage()
    assert "UTC" in window.statusBar().currentMessage()
    assert message_total(sqlite_engine) == desk.message_count()
    window.close()
    qtbot.waitUntil(lambda: not window.runner.busy)


def test_cancel_mid_sync_then_sync_again_ends_as_an_uninterrupted_sync(
    env_token: str, qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    whole = open_database(f"sqlite:///{tmp_path / 'whole.sqlite3'}")
    window = MainWindow(sqlite_engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    with VendorServer("zendesk", zendesk_desk(TICKETS), token=TOKEN, delay=0.02) as server:
        account = {"email": server.email}
        info = add_connection(whole, "main", "zendesk", server.url, account, env_token)
        sync(whole, info, connector=connector_for(info, TOKEN, RetryPolicy(retries=1)))
        add_connection(sqlite_engine, "main", "zendesk", server.url, account, env_token)
        dialog = window.open_connect_dialog()
        panel = dialog.panel
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: int(panel.figures.text().split()[0]) >= 3, timeout=30_000)
        with qtbot.waitSignal(panel.sync_stopped, timeout=30_000):
            qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        assert "Cancelled after" in panel.status.currentMessage()
        assert "next sync resumes" in panel.status.currentMessage()
        halfway = message_total(sqlite_engine)
        assert 0 < halfway < message_total(whole)
        with qtbot.waitSignal(panel.sync_stopped, timeout=60_000):
            qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
        assert "new conversations" in panel.status.currentMessage()
    assert contents(sqlite_engine) == contents(whole)
    whole.dispose()
    window.close()
    qtbot.waitUntil(lambda: not window.runner.busy)


def test_volume_only_from_the_window_counts_and_says_what_awaits_text(
    env_token: str, qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    window = MainWindow(sqlite_engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    with VendorServer("zendesk", zendesk_desk(TICKETS), token=TOKEN) as server:
        account = {"email": server.email}
        add_connection(sqlite_engine, "main", "zendesk", server.url, account, env_token)
        panel = window.open_connect_dialog().panel
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
        panel.volume_only.setChecked(True)
        with qtbot.waitSignal(panel.sync_stopped, timeout=30_000):
            qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    said = panel.status.currentMessage()
    assert f"{TICKETS} new conversations, 0 new messages" in said
    assert f"{TICKETS} conversations are counted but have no text yet" in said
    assert message_total(sqlite_engine) == 0
    window.close()
    qtbot.waitUntil(lambda: not window.runner.busy)
