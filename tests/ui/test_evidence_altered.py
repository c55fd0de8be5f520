"""The case view marks evidence edited in the database behind the app's back: the item is
drawn in red as ALTERED, its tooltip gives the SHA-256 captured and the one it has now
(desk.case.integrity_marks, run on the reader pool)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from desk.case import cases, evidence
from desk.case.evidence_items import sha256_text
from desk.db.engine import open_database
from tests.desk.case.conftest import TEXTS, build_customer
from ui.models.evidence_tree import EvidenceTreeModel
from ui.views.evidence_basket import EvidenceBasket
from ui.views.evidence_delegate import ALTERED
from ui.workers import TaskRunner

ACTOR = "Mia Manager"
EDITED = "This is the third time I ask. You are very patient."


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    yield eng
    eng.dispose()


def _case(engine: Engine) -> tuple[int, int, int]:
    """A customer's case with two quotes; the first one's message copy is then edited in the
    database directly, as someone with the file and a SQLite shell could."""
    with Session(engine) as session:
        fx = build_customer(session)
        case = cases.open_case(session, fx.customer_id, ACTOR)
        edited = evidence.add_quote(session, case.id, fx.message_ids[0], ACTOR, quote="idiot")
        kept = evidence.add_quote(session, case.id, fx.message_ids[1], ACTOR, quote="chargeback")
        session.commit()
        ids = fx.customer_id, edited.id, kept.id
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE evidence SET message_text = :t WHERE id = :i"), {"t": EDITED, "i": ids[1]}
        )
    return ids


def _row(model: EvidenceTreeModel, evidence_id: int) -> tuple[str, str]:
    index = model.item_index(evidence_id)
    return index.data(), index.data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.slow
def test_an_item_edited_in_the_database_is_marked_altered(qtbot: QtBot, engine: Engine) -> None:
    customer_id, edited, kept = _case(engine)
    runner = TaskRunner()
    basket = EvidenceBasket(engine, runner, ACTOR)
    qtbot.addWidget(basket)
    basket.show_customer(customer_id)
    model = basket.model
    qtbot.waitUntil(lambda: model.altered(edited) is not None, timeout=10_000)
    runner.wait()

    shown, tip = _row(model, edited)
    assert shown == "ALTERED: “idiot”"
    assert "the case's copy of the message no longer matches what was captured" in tip
    captured = sha256_text(TEXTS[0])
    assert f"SHA-256 of the message copy at capture: {captured}" in tip
    assert f"SHA-256 of the message copy now: {sha256_text(EDITED)}" in tip
    assert _row(model, kept)[0] == "“chargeback”" and "ALTERED" not in _row(model, kept)[1]

    # Drawn in red: paint both rows and look for the altered colour in each.
    def reds(evidence_id: int) -> int:
        index = model.item_index(evidence_id)
        option = QStyleOptionViewItem()
        where = basket.view.visualRect(index)
        option.rect = where.translated(-where.topLeft())
        option.font = basket.view.font()
        option.palette = basket.view.palette()
        option.widget = basket.view
        image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        basket.view.itemDelegate().paint(painter, option, index)
        painter.end()
        return sum(
            image.pixelColor(x, y) == ALTERED
            for x in range(image.width())
            for y in range(image.height())
        )

    assert reds(edited) > 0 and reds(kept) == 0
