"""The calibration page: start a session, label with the keys 1/2/3, and see the report;
and the company's precision per category beside a flag on the customer page.

Two colleagues (ana, ben) have labelled already; the test labels as cai with the keyboard
alone, as in tests/desk/abuse/test_calibration.py's hand-computed table, so the report must
show Fleiss' kappa 47/101 = 0.465 ("moderate") and the two disagreements with the detector.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.abuse.calibration import Label, session_items
from desk.analytics.cache import ReferenceCache
from desk.case.calibration_writes import new_session_in, save_labels_in
from tests.desk.abuse.test_calibration import TEXTS, _label, _seed_messages
from tests.desk.abuse.test_calibration_precision import _decided_flags
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.views.calibration_page import CalibrationPage
from ui.views.customer_page import CustomerPage
from ui.workers import TaskRunner

KEYS = {"fine": Qt.Key.Key_1, "angry": Qt.Key.Key_2, "abusive": Qt.Key.Key_3}


def test_labelling_with_the_keyboard_shows_the_report(qtbot: QtBot, sqlite_engine: Engine) -> None:
    keys = _seed_messages(sqlite_engine)
    runner = TaskRunner()
    page = CalibrationPage(sqlite_engine, runner, "cai")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.size_box.setValue(6)
    with qtbot.waitSignal(page.item_shown, timeout=10_000):
        page.new_button.click()
    session_id = page.session_id()
    assert session_id is not None

    with Session(sqlite_engine) as session:
        by_position = {i.position: keys[i.message_id] for i in session_items(session, session_id)}
    for person in ("ana", "ben"):
        given = [_label(person, key) for key in by_position.values()]
        save_labels_in(
            sqlite_engine,
            session_id,
            person,
            [Label(p, g.verdict, g.category) for p, g in zip(by_position, given, strict=True)],
        )

    for step in range(len(by_position)):
        current = page._current
        assert current is not None
        label = _label("cai", by_position[current.position])
        assert page.message.text() == TEXTS[by_position[current.position]]
        if label.category:
            page.category.setCurrentIndex(page.category.findData(label.category))
        page.setFocus()
        last = step == len(by_position) - 1
        with qtbot.waitSignal(page.report_shown if last else page.item_shown, timeout=10_000):
            qtbot.keyClick(page, KEYS[label.verdict])

    assert page.stack.currentWidget() is page.report
    shown = " ".join(page.report.toPlainText().split())
    assert "Fleiss' kappa 0.465: moderate agreement" in shown
    assert "ana · ben 0.739 substantial" in shown
    assert TEXTS["M6"] in shown and TEXTS["M3"] in shown
    assert "Precision 67%, recall 67%." in shown
    runner.wait()


def test_the_view_menu_opens_the_page_with_the_sessions(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    keys = _seed_messages(sqlite_engine)
    new_session_in(sqlite_engine, 3, "lead", seed=5)
    window = MainWindow(sqlite_engine, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.calibration_action.trigger()
    [page] = window.findChildren(CalibrationPage)
    qtbot.waitUntil(lambda: page._current is not None, timeout=10_000)
    assert page.sessions.count() == 1
    assert page.message.text() in {TEXTS[k] for k in keys.values()}
    window.runner.wait()


def test_the_customer_page_shows_the_company_precision_beside_a_flag(
    qtbot: QtBot, sqlite_engine: Engine
) -> None:
    customer_id = int(_decided_flags(sqlite_engine))  # harassment: 8 confirmed, 2 dismissed
    runner = TaskRunner()
    page = CustomerPage(sqlite_engine, runner, "Mia Manager", ReferenceCache())
    qtbot.addWidget(page)
    page.show_customer(customer_id)
    qtbot.waitUntil(lambda: bool(page._messages) and bool(page._precision), timeout=10_000)
    flags = {f.category: f for m in page._messages for f in m.flags}
    page.select_flag(flags["harassment"])
    assert page.flag_label.text().endswith("80% confirmed (8/10)")
    page.select_flag(flags["threat_legal"])
    assert page.flag_label.text().endswith("not enough decisions yet (3 decided)")
    runner.wait()
