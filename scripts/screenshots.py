"""Take the README's screenshots offscreen: python scripts/screenshots.py [OUT_DIR]

Builds a demo database in a temporary folder, opens the real windows on it, waits for their
background work, and saves PNGs (default: docs/screenshots/app/).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BREAKUP_DESK_HOME", tempfile.mkdtemp(prefix="breakup-shots-"))

from PySide6.QtWidgets import QApplication, QWidget

from desk.cli import main as cli
from desk.db.engine import open_database
from desk.demo import PLANTED_EMAIL
from ui.app import create_application
from ui.main_window import MainWindow
from ui.settings import Settings


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
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, 1)) == PLANTED_EMAIL)
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
    window.close()
    engine.dispose()
    return 0


if __name__ == "__main__":
    target = Path(next((a for a in sys.argv[1:] if a != "scan"), "docs/screenshots/app"))
    sys.exit(main(target))
