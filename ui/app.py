"""Start-up: the QApplication, the database, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import __version__
from desk.config import resolve_db_url, resource_path
from desk.db.engine import open_database
from desk.errors import DeskError
from ui.main_window import MainWindow
from ui.settings import Settings


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("Breakup Desk")
    app.setOrganizationName("Breakup Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.breakupdesk.BreakupDesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "org.breakupdesk.BreakupDesk.svg"))))
    return app


class Launcher:
    """Owns the one main window and swaps it when the manager opens another database."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.window: MainWindow | None = None

    def open(self, url: str | None) -> bool:
        resolved = resolve_db_url(url)
        try:
            engine = open_database(resolved)
        except DeskError as exc:
            QMessageBox.critical(self.window, "Breakup Desk", str(exc))
            return False
        old = self.window
        self.window = MainWindow(engine, self.settings)
        self.window.database_requested.connect(self.open)
        self.window.show()
        if old is not None:
            old.close()
            old.deleteLater()
        return True


def launch(db_url: str | None = None) -> int:
    """Open the window on ``db_url`` (or the default database) and run until it closes."""
    app = create_application()
    launcher = Launcher()
    if not launcher.open(db_url):
        return 1
    return int(app.exec())


def main() -> int:
    return launch(None)
