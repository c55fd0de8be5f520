"""The policy tab of Settings: edits stored for everyone on the database, mistakes refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.case.audit import verify_chain
from desk.case.policy import default_policy, load_policy
from desk.db.models import AuditEvent
from ui.dialogs.settings_dialog import SettingsDialog
from ui.settings import Settings


def open_settings(qtbot: QtBot, engine: Engine, tmp_path: Path) -> SettingsDialog:
    """The dialog, once it shows what the database holds (it reads off the GUI thread)."""
    dialog = SettingsDialog(engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # nothing to save before the values arrive
    qtbot.waitSignal(dialog.loaded).wait()
    assert dialog.save_button.isEnabled()
    return dialog


def test_policy_edits_are_stored_and_audited(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    dialog = open_settings(qtbot, sqlite_engine, tmp_path)
    editor = dialog.policy_editor
    assert editor.criteria.rowCount() == 3 and editor.ladder.rowCount() == 4
    editor.min_days.setValue(5)
    editor.refund.setValue(3)
    editor.ladder.setItem(2, 0, QTableWidgetItem("Email only"))
    with qtbot.waitSignal(dialog.accepted):  # saved on the write queue, then closed
        dialog.accept()
    with Session(sqlite_engine) as session:
        policy = load_policy(session)
        assert (policy.pattern.min_days, policy.refund_months) == (5, 3)
        assert policy.ladder[2].title == "Email only"
        actions = session.scalars(select(AuditEvent.action)).all()
        assert actions == ["policy.saved"] and verify_chain(session).ok

    # Unchanged, saving again writes nothing; restoring the defaults is one click away.
    again = open_settings(qtbot, sqlite_engine, tmp_path)
    with qtbot.waitSignal(again.accepted):
        again.accept()
    with Session(sqlite_engine) as session:
        assert len(session.scalars(select(AuditEvent)).all()) == 1
    again.policy_editor.set_policy(default_policy())
    assert again.policy_editor.policy() == default_policy()


def test_a_mistake_in_the_policy_keeps_the_dialog_open(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = open_settings(qtbot, sqlite_engine, tmp_path)
    editor = dialog.policy_editor
    editor.criteria.setItem(1, 2, QTableWidgetItem("harassment, threat_legal"))
    dialog.open()
    dialog.accept()
    assert shown and "'harassment' backs both" in shown[0]
    assert dialog.isVisible() and dialog.tabs.currentWidget() is editor
    assert "backs both" in editor.error.text()
    with Session(sqlite_engine) as session:
        assert load_policy(session) == default_policy()
