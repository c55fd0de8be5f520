"""A flag of the learned model is shown as the model's: "model: <category> (score)" in the
label under the messages and in the highlighted sentence's tooltip, dotted underneath, while
a rule's flag keeps its rule id and no "model:"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.db.models import Flag, Message
from desk.ingest.loader import import_file
from tests.desk.ingest.test_zendesk_json import small_export
from ui.views.customer_page import CustomerPage
from ui.workers import TaskRunner


def _page(qtbot: QtBot, engine: Engine, tmp_path: Path, rule_id: str) -> CustomerPage:
    import_file(engine, small_export(tmp_path / "e.ndjson"))
    with Session(engine) as session:
        message = session.scalars(select(Message).where(Message.external_id == "100")).one()
        session.add(
            Flag(
                message_id=message.id,
                category="threat_violence",
                rule_id=rule_id,
                start=3,
                end=10,
                score=0.914,
                language="en",
            )
        )
        session.commit()
        customer_id = message.customer_id
    page = CustomerPage(engine, TaskRunner(), "Mia Manager", ReferenceCache())
    qtbot.addWidget(page)
    page.show_customer(customer_id)
    qtbot.waitUntil(lambda: "invoice" in page.messages.toPlainText())
    [flag] = [f for m in page._messages for f in m.flags]
    page.select_flag(flag)
    return page


def _format_of_selection(page: CustomerPage) -> QTextCharFormat:
    cursor = QTextCursor(page.messages.textCursor())
    cursor.setPosition(cursor.selectionStart() + 1)
    return cursor.charFormat()


def test_a_learned_flag_says_model_with_category_and_score(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    page = _page(qtbot, sqlite_engine, tmp_path, "learned.threat_violence")
    assert page.flag_label.text().startswith("model: threat_violence (0.91) · ")
    marked = _format_of_selection(page)
    assert marked.toolTip().startswith("model: threat_violence (0.91)")
    assert marked.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine


def test_a_rule_flag_keeps_its_rule_id_and_no_model_mark(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    page = _page(qtbot, sqlite_engine, tmp_path, "en.threat.violence")
    assert "model:" not in page.flag_label.text()
    marked = _format_of_selection(page)
    assert "en.threat.violence" in marked.toolTip()
    assert "model:" not in marked.toolTip()
    assert marked.underlineStyle() != QTextCharFormat.UnderlineStyle.DotLine
