"""``breakup-desk --self-test``: prove an installed or bundled app works end to end.

It opens the main window offscreen, writes and imports a small demo into a temporary
database, drafts the planted customer's letter for an approved case, checks the PDF reads
back, and exits 0 (or prints what failed and exits 1).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="breakup-selftest-"))
    os.environ["BREAKUP_DESK_HOME"] = str(folder / "home")
    started = time.perf_counter()
    try:
        pdf = _run(folder)
    except Exception as exc:  # the self-test reports any failure as one line
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"self-test ok in {time.perf_counter() - started:.1f} s: letter at {pdf}")
    return 0


def _run(folder: Path) -> Path:
    from desk.cli import main as cli
    from desk.db.engine import open_database
    from desk.db.models import Case, CaseState, Customer, Evidence, EvidenceKind, Message
    from desk.demo.generator import PLANTED_EMAIL
    from desk.documents.letter_store import LetterOptions, draft_letter
    from desk.documents.preview import pdf_page_png
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.settings import Settings

    url = f"sqlite:///{folder / 'selftest.sqlite3'}"
    if (
        cli(["-q", "--db", url, "demo", "--customers", "300", "--out", str(folder / "demo.ndjson")])
        != 0
    ):
        raise RuntimeError("the demo import failed")
    app = create_application(["breakup-desk"])
    engine = open_database(url)
    window = MainWindow(engine, Settings(folder / "settings.ini"))
    window.show()
    deadline = time.monotonic() + 30
    while window.customers.model.rowCount() == 0 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if window.customers.model.rowCount() == 0:
        raise RuntimeError("the customer list stayed empty")
    with Session(engine) as session:
        customer = session.scalars(
            select(Customer).where(Customer.primary_email == PLANTED_EMAIL)
        ).one()
        message = session.scalars(
            select(Message)
            .where(Message.customer_id == customer.id, Message.body_text.contains("chargeback"))
            .limit(1)
        ).one()
        case = Case(
            customer_id=customer.id,
            opened_by="self-test",
            state=CaseState.APPROVED,
            criteria=json.dumps(["threats"]),
        )
        session.add(case)
        session.flush()
        session.add(
            Evidence(
                case_id=case.id,
                kind=EvidenceKind.QUOTE,
                message_id=message.id,
                quote=message.body_text[:120],
                message_time=message.created_at,
                message_text=message.body_text,
                message_sha256=message.body_sha256,
                created_by="self-test",
            )
        )
        session.commit()
        letter = draft_letter(session, case.id, LetterOptions(language="zh"), "self-test")
        pdf = folder / "letter.pdf"
        pdf.write_bytes(letter.pdf)
    if not pdf_page_png(pdf.read_bytes()):
        raise RuntimeError("the letter PDF did not render")
    window.close()
    engine.dispose()
    return pdf
