"""Take the README's screenshots offscreen: python scripts/screenshots.py [OUT_DIR]

Builds a demo database in a temporary folder, opens the real windows on it, waits for their
background work, and saves PNGs (default: docs/screenshots/app/).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BREAKUP_DESK_HOME", tempfile.mkdtemp(prefix="breakup-shots-"))

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.cli import main as cli
from desk.db.engine import open_database
from desk.db.models import Case, CaseState, Customer, Evidence, EvidenceKind, Message
from desk.demo import PLANTED_EMAIL
from ui.app import create_application
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.wizard.terms import TermsPage
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


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="breakup-shots-db-"))
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    cli(["-q", "--db", url, "demo", "--out", str(folder / "demo.ndjson")])
    cli(["-q", "--db", url, "scan"]) if "scan" in sys.argv else None
    app = create_application(["screenshots"])
    engine = open_database(url)
    window = MainWindow(engine, Settings(folder / "settings.ini"))
    window.resize(1440, 900)
    window.show()
    settle(app, window)
    window.customers.search.setText("")
    model = window.customers.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == PLANTED_EMAIL)
    window.customers.table.selectRow(row)
    settle(app, window, 1.0)
    save(window, out / "main-window.png")
    window.customer_page.charts.kind.setCurrentIndex(2)  # the monthly timeline
    settle(app, window, 1.0)
    save(window.customer_page, out / "customer-timeline.png")
    window.customer_page.tabs.setCurrentIndex(1)
    settle(app, window, 0.6)
    save(window.customer_page, out / "customer-conversations.png")
    dialog = window.open_import_dialog([folder / "demo.ndjson"])
    settle(app, window, 0.3)
    save(dialog, out / "import-dialog.png")
    dialog.close()
    wizard_shots(app, window, engine, out)
    window.close()
    engine.dispose()
    return 0


def wizard_shots(app: QApplication, window: MainWindow, engine: Engine, out: Path) -> None:
    """The wizard's pages on an approved case of the planted customer."""
    with Session(engine) as session:
        customer = session.scalars(
            select(Customer).where(Customer.primary_email == PLANTED_EMAIL)
        ).one()
        case = Case(
            customer_id=customer.id,
            opened_by="Mia",
            state=CaseState.APPROVED,
            criteria=json.dumps(["harassment_language", "threats"]),
        )
        session.add(case)
        session.flush()
        for text in (
            "I will file a chargeback",
            "My lawyer will be in touch",
            "I will contact your CEO to have you disciplined",
        ):
            message = session.scalars(
                select(Message)
                .where(Message.customer_id == customer.id, Message.body_text.contains(text))
                .order_by(Message.created_at)
                .limit(1)
            ).one()
            session.add(
                Evidence(
                    case_id=case.id,
                    kind=EvidenceKind.QUOTE,
                    message_id=message.id,
                    quote=text,
                    message_time=message.created_at,
                    message_text=message.body_text,
                    message_sha256=message.body_sha256,
                    created_by="Mia",
                )
            )
        session.commit()
        case_id = case.id
    wizard = BreakupWizard(engine, window.runner, case_id, "Mia", window)
    wizard.open()
    terms = wizard.currentPage()
    assert isinstance(terms, TermsPage)
    terms.monthly.setText("249.00")
    terms.export.setPlainText("Settings › Data export › Download everything (CSV and PDF).")
    settle(app, window)
    save(wizard, out / "wizard-terms.png")
    terms.legal.click()
    wizard.next()
    settle(app, window, 1.5)
    save(wizard, out / "wizard-letter.png")
    wizard.done(0)


if __name__ == "__main__":
    target = Path(next((a for a in sys.argv[1:] if a != "scan"), "docs/screenshots/app"))
    sys.exit(main(target))
