"""Start-up: the QApplication, the database, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from desk import __version__
from desk.config import resolve_db_url
from desk.db.engine import open_database
from desk.errors import DeskError
from ui.main_window import MainWindow


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("Breakup Desk")
    app.setOrganizationName("Breakup Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.breakupdesk.BreakupDesk")
    return app


def launch(db_url: str | None = None) -> int:
    """Open the window on ``db_url`` (or the default database) and run until it closes."""
    app = create_application()
    url = resolve_db_url(db_url)
    try:
        engine = open_database(url)
    except DeskError as exc:
        QMessageBox.critical(None, "Breakup Desk", str(exc))
        return 1
    window = MainWindow(engine)
    window.show()
    code = app.exec()
    engine.dispose()
    return int(code)


def main() -> int:
    return launch(None)
