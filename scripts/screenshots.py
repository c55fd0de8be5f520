"""Take the README's screenshots offscreen: python scripts/screenshots.py [--lang LANG] [OUT_DIR]

Builds a demo database in a temporary folder, opens the real windows on it, waits for their
background work, and saves PNGs (default: docs/screenshots/app/, or docs/screenshots/<LANG>/
with --lang). ``--lang`` is one of the window's languages (ui/i18n.py) or ``xx``, the
pseudo-locale of the layout tests (tests/ui/pseudo_locale.py). The same tour, with
:data:`VISIT` set, is how tests/ui/test_i18n_layout.py looks at every window.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BREAKUP_DESK_HOME", tempfile.mkdtemp(prefix="breakup-shots-"))

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.case import cases, evidence
from desk.case import ladder as warnings
from desk.cli import main as cli
from desk.db.engine import open_database
from desk.db.models import Customer, Message
from desk.demo.generator import PLANTED_EMAIL
from tests.sqlite_copy import sqlite_copy
from tests.ui.pseudo_locale import build_pseudo_qm
from tests.ui.samples import GERMAN, GERMAN_MAPPING
from ui import i18n
from ui.app import create_application
from ui.dialogs.about import AboutDialog
from ui.dialogs.csv_mapping import CsvMappingDialog
from ui.dialogs.note_dialog import NoteDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.wizard.cause_page import CausePage
from ui.wizard.export_page import ExportPage
from ui.wizard.leadership_page import LeadershipPage
from ui.wizard.terms import TermsPage
from ui.wizard.warnings_page import WarningsPage
from ui.wizard.wizard import BreakupWizard


def settle(app: QApplication, window: MainWindow, seconds: float = 0.4) -> None:
    """Let queued work and repaints finish (a script, not a test: polling is fine here)."""
    deadline = time.monotonic() + 30
    while window.runner.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


# What each shot does: save a PNG (the default), or, set by a test, look at the widget.
VISIT: Callable[[QWidget, Path], None] | None = None


def save(widget: QWidget, path: Path) -> None:
    if VISIT is not None:
        VISIT(widget, path)
        return
    widget.grab().save(str(path))
    print(f"wrote {path}")


def install_language(lang: str) -> i18n.Installed:
    """The window's language for the tour ("xx": the pseudo-locale, compiled here)."""
    if lang == "xx":
        qm = build_pseudo_qm(Path(tempfile.mkdtemp(prefix="breakup-xx-")))
        QLocale.setDefault(QLocale("en_US"))
        return i18n.install("xx", qm=qm)
    installed = i18n.install(lang)
    if installed.language != lang:
        raise SystemExit(f"no translation for {lang!r} (see the log line above)")
    return installed


def dialog_shots(app: QApplication, window: MainWindow, out: Path) -> None:
    """Settings (every tab), About and the note dialog, at their first-open sizes."""
    settings = window.open_settings()
    settle(app, window, 0.3)
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        settle(app, window, 0.2)
        save(settings, out / f"settings-{index + 1}.png")
    settings.reject()
    dialogs: list[tuple[QDialog, str]] = [
        (AboutDialog(window), "about.png"),
        (NoteDialog([("threats", "Threats")], 1, window), "note.png"),
    ]
    for dialog, name in dialogs:
        dialog.show()
        settle(app, window, 0.2)
        save(dialog, out / name)
        dialog.close()


def main(out: Path, lang: str | None = None, demo: Path | None = None) -> int:
    """The tour; ``demo`` is a folder with a demo built already (``demo.sqlite3`` and its
    export ``demo.ndjson``), which the tests pass to skip building the 3,000-customer one; the
    tour works on a copy."""
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="breakup-shots-db-"))
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    if demo is None:
        cli(["-q", "--db", url, "demo", "--out", str(folder / "demo.ndjson")])
    else:
        copy_demo(demo, folder)
    cli(["-q", "--db", url, "scan"]) if "scan" in sys.argv else None
    app = create_application(["screenshots"])
    installed = install_language(lang or "en")
    engine = open_database(url)
    window = MainWindow(engine, Settings(folder / "settings.ini"))
    window.show()  # at the size of a first start: what a new manager sees
    settle(app, window)
    window.customers.search.setText("")
    model = window.customers.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == PLANTED_EMAIL)
    window.customers.table.selectRow(row)
    settle(app, window, 1.0)
    save(window, out / "main-window.png")
    window.resize(1440, 900)  # the customer page's shots have room to breathe
    settle(app, window, 1.0)
    window.customer_page.charts.kind.setCurrentIndex(2)  # the monthly timeline
    settle(app, window, 1.0)
    save(window.customer_page, out / "customer-timeline.png")
    window.customer_page.tabs.setCurrentIndex(1)
    settle(app, window, 0.6)
    save(window.customer_page, out / "customer-conversations.png")
    case_shot(app, window, folder, out)
    dialog = window.open_import_dialog([folder / "demo.ndjson"])
    settle(app, window, 0.3)
    save(dialog, out / "import-dialog.png")
    dialog.close()
    mapping_shot(app, window, folder, out)
    dialog_shots(app, window, out)
    wizard_shots(app, window, engine, out)
    window.close()
    engine.dispose()
    installed.remove()
    return 0


def copy_demo(demo: Path, folder: Path) -> None:
    """The demo database and its export, into ``folder``."""
    sqlite_copy(demo / "demo.sqlite3", folder / "demo.sqlite3")
    shutil.copyfile(demo / "demo.ndjson", folder / "demo.ndjson")


def mapping_shot(app: QApplication, window: MainWindow, folder: Path, out: Path) -> None:
    """The column-mapping step on the German export, mapped, one row with a problem."""
    path = folder / "kundenexport.csv"
    path.write_text(GERMAN, encoding="utf-8")  # German headers, ";", day-first dates
    dialog = CsvMappingDialog(path, window, profiles_dir=folder / "profiles")
    dialog.set_mapping(GERMAN_MAPPING)
    dialog.show()
    settle(app, window, 0.4)
    save(dialog, out / "csv-mapping.png")
    dialog.close()


# (category, words the planted customer wrote): six incidents over three years, five languages
INCIDENTS = (
    ("harassment", "You're completely incompetent, you idiot."),
    ("threat_financial", "I will file a chargeback with my bank and dispute every single charge."),
    ("threat_legal", "我的律师会联系你们，我要起诉你们。"),
    ("threat_job", "Я напишу вашему генеральному директору, чтобы вас наказали и уволили."),
    ("threat_expose", "Sé su nombre completo y dónde vive, y lo voy a publicar en todas partes."),
    ("threat_public_shaming", "Jag ska berätta för alla på sociala medier"),
)


def draft_case(engine: Engine) -> int:
    """A draft case on the planted customer quoting their incidents, as a manager builds it."""
    with Session(engine) as session:
        customer = session.scalars(
            select(Customer).where(Customer.primary_email == PLANTED_EMAIL)
        ).one()
        case_id = cases.open_or_resume(session, customer.id, "Mia Manager").id
        for category, text in INCIDENTS:
            message = session.scalars(
                select(Message)
                .where(Message.customer_id == customer.id, Message.body_text.contains(text))
                .order_by(Message.created_at)
                .limit(1)
            ).one()
            evidence.add_quote(
                session, case_id, message.id, "Mia Manager", quote=text, category=category
            )
        warnings.record_warning(
            session, customer.id, "Mia Manager", given_at=dt.datetime(2025, 11, 3, 15, 20),
            channel="email", given_by="Mia Manager", ladder_step=1,
            text="Insults aimed at our agents end the conversation; please keep to the issue.",
        )  # fmt: skip
    return case_id


def case_shot(app: QApplication, window: MainWindow, folder: Path, out: Path) -> None:
    """The customer page with the evidence basket: a case opened and filled through the page,
    then every edit undone, so that the wizard's shots start from the case they expect."""
    page = window.customer_page
    sizes = window.splitter.sizes()
    window.splitter.setSizes([340, sum(sizes) - 340])
    page.case_button.click()
    settle(app, window)
    # The conversation where the customer threatens to shame the agent in public.
    with Session(page._engine) as session:
        found = {
            text: session.scalars(
                select(Message).where(Message.body_text.contains(text)).order_by(Message.id)
            ).all()
            for _category, text in INCIDENTS
        }
        session.expunge_all()
    conversation = found[INCIDENTS[5][1]][0].conversation_id
    rows = page.conversations
    row = next(r for r in range(rows.rowCount()) if rows.conversation(r).id == conversation)
    page.conversation_table.selectRow(row)
    settle(app, window)
    for category, text in INCIDENTS[:5]:  # quoted here when this conversation has the words
        here = [m for m in found[text] if m.conversation_id == conversation]
        message = (here or found[text])[0]
        start = message.body_text.index(text)
        page.basket.add_quote(message.id, start, start + len(text), category)
    page.basket.add_note("Called him back on 4 Nov 2025; he repeated the threat to sue.", "threats")
    page.basket.add_note("Agents Sam and Priya asked to be taken off his tickets.")
    post = folder / "linkedin-post.png"
    QImage(320, 200, QImage.Format.Format_RGB32).save(str(post))
    page.basket.add_attachment(post, "harassment_language")
    settle(app, window)
    message = found[INCIDENTS[5][1]][0]  # selected, ready for "Add selection to case"
    start = message.body_text.index(INCIDENTS[5][1])
    page.messages.select_span(message.id, start, start + len(INCIDENTS[5][1]))
    page.messages.verticalScrollBar().setValue(0)
    basket = page.basket.basket
    page.basket.view.select_id(basket.order[3] if basket else None)
    settle(app, window, 0.6)
    save(page, out / "customer-case.png")
    stack = page.basket.undo_stack
    while stack is not None and stack.canUndo():
        stack.undo()
    settle(app, window)
    window.splitter.setSizes(sizes)


def wizard_shots(app: QApplication, window: MainWindow, engine: Engine, out: Path) -> None:
    """Every wizard page, from a draft case of the planted customer to the letter."""
    case_id = draft_case(engine)
    wizard = BreakupWizard(engine, window.runner, case_id, "Mia Manager", window)
    wizard.open()
    settle(app, window)  # the wizard reads the case off the GUI thread before its pages show

    def shot(name: str) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and wizard.isAncestorOf(focused):
            focused.clearFocus()  # no caret or selected text in the picture
        save(wizard, out / name)

    cause = wizard.currentPage()
    assert isinstance(cause, CausePage)
    settle(app, window)
    for key in ("harassment_language", "threats", "pattern"):
        cause.model.itemFromIndex(cause.criterion_index(key)).setCheckState(Qt.CheckState.Checked)
    cause.tree.setCurrentIndex(cause.criterion_index("threats"))
    settle(app, window)
    shot("wizard-cause.png")
    wizard.next()
    settle(app, window)
    page = wizard.currentPage()
    assert isinstance(page, WarningsPage)
    page.channel.setCurrentIndex(page.channel.findData("phone"))
    page.said.setText(
        "Threats against our staff end the call; your contacts now go to a specialist."
    )
    settle(app, window)
    shot("wizard-warnings.png")
    wizard.next()
    settle(app, window, 1.0)
    leadership = wizard.currentPage()
    assert isinstance(leadership, LeadershipPage)
    leadership.approver.setText("Dana Whitfield")
    leadership.approver_title.setText("Chief Operating Officer")
    leadership.approve.setChecked(True)
    leadership.write_brief_to(Path(tempfile.mkdtemp()) / "brief.pdf", open_when_done=False)
    settle(app, window, 0.6)
    shot("wizard-leadership.png")
    leadership.adjusted_yes.setChecked(True)
    wizard.next()
    settle(app, window)
    terms = wizard.currentPage()
    assert isinstance(terms, TermsPage)
    terms.monthly.setText("249.00")
    terms.export.setPlainText("Settings › Data export › Download everything (CSV and PDF).")
    settle(app, window)
    shot("wizard-terms.png")
    terms.legal.click()
    wizard.next()
    settle(app, window, 1.5)
    shot("wizard-letter.png")
    wizard.next()
    settle(app, window)
    export = wizard.currentPage()
    assert isinstance(export, ExportPage)
    export.save_to(Path(tempfile.mkdtemp()) / "letter-for-the-coo.pdf")
    settle(app, window, 1.5)
    shot("wizard-export.png")
    wizard.done(0)


def parse(argv: list[str]) -> tuple[Path, str | None]:
    lang = None
    if "--lang" in argv:
        at = argv.index("--lang")
        lang = argv[at + 1] if at + 1 < len(argv) else ""
        argv = argv[:at] + argv[at + 2 :]
        if lang not in (*i18n.CODES, "xx"):
            raise SystemExit(f"--lang: one of {', '.join((*i18n.CODES, 'xx'))}")
    default = f"docs/screenshots/{lang}" if lang else "docs/screenshots/app"
    return Path(next((a for a in argv if a != "scan"), default)), lang


if __name__ == "__main__":
    sys.exit(main(*parse(sys.argv[1:])))
