"""``breakup-desk --self-test``: prove an installed or bundled app works end to end.

It opens the main window offscreen, writes and imports a small demo into a temporary
database, drafts the planted customer's letter for an approved case, checks the PDF reads
back, and exits 0 (or prints what failed and exits 1).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


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
    from desk.demo.generator import PLANTED_EMAIL
    from desk.documents.preview import pdf_page_png
    from desk.documents.selftest_letter import draft_planted_letter
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
    written: list[object] = []
    window.runner.run(
        lambda: draft_planted_letter(engine, PLANTED_EMAIL, folder / "letter.pdf"),
        written.append,
        written.append,
        write=True,
    )
    deadline = time.monotonic() + 60
    while not written and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not written:
        raise RuntimeError("drafting the letter did not finish")
    if isinstance(written[0], BaseException):
        raise written[0]
    pdf = Path(str(written[0]))
    if not pdf_page_png(pdf.read_bytes()):
        raise RuntimeError("the letter PDF did not render")
    window.close()
    engine.dispose()
    return pdf
