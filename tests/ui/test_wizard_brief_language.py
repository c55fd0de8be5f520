"""The leadership page writes the brief in the language chosen beside its button: the
window's by default, another for a board that reads another."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desk.case import cases
from desk.db.engine import open_database
from tests.desk.documents.test_brief_languages import _case
from tests.ui.test_wizard_case import Desk, open_wizard, shown_page
from ui.wizard.leadership_page import LeadershipPage
from ui.workers import TaskRunner

pytestmark = pytest.mark.slow  # a brief with its charts, written on the writer


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    url = f"sqlite:///{tmp_path / 'cases.sqlite3'}"
    engine = open_database(url)
    runner = TaskRunner()
    yield Desk(url, engine, runner)
    runner.wait()
    engine.dispose()


@pytest.fixture
def swedish_window() -> Iterator[None]:
    """The default locale a Swedish window sets (ui/i18n.py ``install``)."""
    before = QLocale()
    QLocale.setDefault(QLocale("sv_SE"))
    yield
    QLocale.setDefault(before)


def test_the_brief_is_written_in_the_language_chosen_on_the_page(
    qtbot: QtBot, desk: Desk, tmp_path: Path, swedish_window: None
) -> None:
    with Session(desk.engine) as session:
        case_id = _case(session)
        cases.submit(session, case_id, "Mia Manager")
    wizard = open_wizard(qtbot, desk, case_id)
    page = shown_page(qtbot, wizard, LeadershipPage)  # a case in review opens here

    assert page.brief_language.currentData() == "sv"  # the window's language
    assert page.brief_language.count() == 5
    page.brief_language.setCurrentIndex(page.brief_language.findData("es"))
    brief = tmp_path / "brief.pdf"
    with qtbot.waitSignal(page.brief_written, timeout=30_000):
        page.write_brief_to(brief, open_when_done=False)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(brief).pages).split())
    assert "INFORME PARA LA DIRECCIÓN" in text
    assert "UNDERLAG TILL LEDNINGEN" not in text and "LEADERSHIP BRIEF" not in text
