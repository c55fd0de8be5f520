"""Entry point of the bundled app, one script for its two programs, as pip installs them.

``breakup-desk`` is the command line (without a command it opens the window);
``breakup-desk-gui`` (a link to it on Linux, a windowed program on Windows and macOS) is the
window alone, which is what the .desktop file starts.

With ``BREAKUP_DESK_STARTUP_PROBE=1`` the app quits as soon as its main window has painted,
so that packaging/build.sh can time the start of the bundle to a usable window.
"""

import os
import sys
from pathlib import Path


def _quit_after_first_paint() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    from ui.app import create_application

    app = create_application(sys.argv[:1])

    class _Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                app.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    probe = _Probe(app)
    app.installEventFilter(probe)


def main() -> int:
    if os.environ.get("BREAKUP_DESK_STARTUP_PROBE") == "1":
        _quit_after_first_paint()
    if Path(sys.argv[0]).stem.lower() == "breakup-desk-gui":
        from ui.app import main as gui

        return gui()
    from desk.cli import main as cli

    return cli()


if __name__ == "__main__":
    sys.exit(main())
