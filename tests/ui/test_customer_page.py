"""The customer page: conversations, messages with flagged spans, confirm and dismiss, charts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.db.models import Flag, FlagStatus, Message
from desk.ingest.loader import import_file
from tests.desk.ingest.test_zendesk_json import small_export
from ui.views.customer_page import CustomerPage
from ui.workers import TaskRunner


def _flagged_database(engine: Engine, tmp_path: Path) -> int:
    import_file(engine, small_export(tmp_path / "e.ndjson"))
    with Session(engine) as session:
        message = session.scalars(select(Message).where(Message.external_id == "100")).one()
        assert message.body_text[3:10] == "invoice"
        session.add(
            Flag(
                message_id=message.id,
                category="harassment",
                rule_id="en.test",
                start=3,
                end=10,
                score=0.9,
                language="en",
            )
        )
        session.commit()
        return message.customer_id


def test_flags_are_highlighted_and_can_be_confirmed(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    customer_id = _flagged_database(sqlite_engine, tmp_path)
    runner = TaskRunner()
    page = CustomerPage(sqlite_engine, runner, "Mia Manager", ReferenceCache())
    qtbot.addWidget(page)
    page.show_customer(customer_id)
    qtbot.waitUntil(lambda: "invoice" in page.messages.toPlainText())
    assert page.title.text() == "Cora Customer"
    assert page.conversations.rowCount() == 1
    text = page.messages.toPlainText()
    assert "Cora Customer · 2024-03-01" in text
    assert "internal note" in text  # the agent's private comment is marked as such

    assert not page.confirm_button.isEnabled()
    [[_, flag]] = [(m.id, f) for m in page._messages for f in m.flags]
    page.select_flag(flag)
    assert page.messages.textCursor().selectedText() == "invoice"
    assert page.confirm_button.isEnabled()
    with qtbot.waitSignal(page.flags_changed):
        page.confirm_button.click()
    with Session(sqlite_engine) as session:
        stored = session.get_one(Flag, flag.id)
        assert stored.status == FlagStatus.CONFIRMED
        assert stored.decided_by == "Mia Manager"
    qtbot.waitUntil(lambda: not runner.busy)
    qtbot.waitUntil(lambda: page.charts.figure is not None)
    texts = " ".join(t.get_text() for t in page.charts.figure.texts)
    assert "Cora Customer" in texts
