"""Start-up: the QApplication, the crash hook, the database, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import __version__
from desk.config import resolve_db_url, resource_path
from desk.console import quiet_third_party_warnings
from desk.db.engine import open_database
from desk.errors import DeskError
from desk.ingest.tempdirs import remove_orphans
from ui import i18n
from ui.crash import CrashReporter, install_crash_hook
from ui.dialogs.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.settings import LANGUAGE, Settings

# The fonts the documents embed, given to Qt too: a desktop without a CJK font (a minimal
# Linux, a fresh Windows without the East Asian pack) would draw a Chinese customer's name as
# empty boxes. Qt falls back to an application font for a character the style's font lacks.
BUNDLED_FONTS = ("DejaVuSans.ttf", "DroidSansFallbackFull.ttf")


def register_bundled_fonts() -> None:
    """Add :data:`BUNDLED_FONTS` to Qt's font database (needs a QGuiApplication). A file Qt
    cannot read (a damaged install) is skipped: Qt's own fallback is what is left."""
    for name in BUNDLED_FONTS:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))


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
    register_bundled_fonts()
    return app


class Launcher:
    """Owns the one main window and swaps it when the manager opens another database.

    From the first :meth:`open` until :meth:`shutdown`, uncaught exceptions (in a slot or a
    thread) are written to the crash log (``crash_log``, else the data folder's) and shown.
    """

    def __init__(self, settings: Settings | None = None, *, crash_log: Path | None = None) -> None:
        self.settings = settings or Settings()
        self.window: MainWindow | None = None
        self.crash: CrashReporter | None = None
        self._crash_log = crash_log

    def open(self, url: str | None) -> bool:
        if self.crash is None:  # before the window, so its first slots are covered too
            self.crash = install_crash_hook(self._crash_log)
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

    def shutdown(self) -> None:
        """Put the exception hooks back as they were (the window has closed)."""
        if self.crash is not None:
            self.crash.uninstall()
            self.crash = None

    def open_files(self, files: Sequence[str]) -> ImportDialog | None:
        """Export files handed over by the file manager go to the import dialog."""
        return _open_files(self.window, files)


def _open_files(window: MainWindow | None, files: Sequence[str]) -> ImportDialog | None:
    paths = [Path(f) for f in files if Path(f).is_file() or Path(f).is_dir()]
    if not paths or window is None:
        return None
    return window.open_import_dialog(paths)


def install_language(settings: Settings) -> i18n.Installed:
    """The language chosen in Settings, else the system's, before any window exists (a change
    applies at the next start: strings already shown do not re-translate themselves)."""
    return i18n.install(i18n.resolve_language(settings.get(LANGUAGE)))


def launch(db_url: str | None = None, files: Sequence[str] = ()) -> int:
    """Open the window on ``db_url`` (or the default database) and run until it closes.

    ``files`` (from the file manager's "Open with") go straight to the import dialog.
    """
    remove_orphans()  # temporary copies left by a run that was killed
    app = create_application()
    launcher = Launcher()
    install_language(launcher.settings)  # the translators are the application's children
    try:
        if not launcher.open(db_url):
            return 1
        launcher.open_files(files)
        return int(app.exec())
    finally:
        launcher.shutdown()


def main() -> int:
    """``breakup-desk-gui [FILE ...]``: the window, importing any export files given."""
    quiet_third_party_warnings()
    return launch(None, [a for a in sys.argv[1:] if not a.startswith("-")])
