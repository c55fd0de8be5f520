"""``python -m tests.ui.grab_window OUT.png``: start the app as ``breakup-desk-gui`` does, wait
until its window is on screen with the customer list filled, grab the window from the display
server into OUT.png, print what was grabbed as one JSON line, and quit.

tests/ui/test_xcb_window.py runs it in a subprocess on the real xcb platform under Xvfb: the
database, data folder and settings come from the environment (``BREAKUP_DESK_DB``,
``BREAKUP_DESK_HOME``, ``BREAKUP_DESK_SETTINGS``), exactly as for a user.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from ui.app import Launcher, create_application, install_language

POLL_MS = 50
GIVE_UP_MS = 60_000


def main(out: Path) -> int:
    app = create_application(["breakup-desk"])
    launcher = Launcher()
    install_language(launcher.settings)  # as ui.app.launch does
    if not launcher.open(None):
        return 1
    window = launcher.window
    assert window is not None
    result: dict[str, object] = {}
    streak: list[bool] = []

    def ready() -> bool:
        handle = window.windowHandle()
        return (
            handle is not None
            and handle.isExposed()
            and window.customers.model.rowCount() > 0
            and not window.runner.busy
        )

    def poll() -> None:
        # Ready on two polls in a row: the status bar and the headers, laid out in events
        # posted when the list arrived, have settled by the second.
        streak.append(ready())
        if streak[-2:] != [True, True]:
            return
        timer.stop()
        window.repaint()  # paint and flush to the X server before reading its pixels back
        screen = window.screen()
        image = screen.grabWindow(window.winId()).toImage()
        image.save(str(out))
        result.update(
            platform=QGuiApplication.platformName(),
            width=window.width(),
            height=window.height(),
            ratio=window.devicePixelRatio(),
            rows=window.customers.model.rowCount(),
        )
        window.close()
        app.quit()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    timer.start()
    QTimer.singleShot(GIVE_UP_MS, lambda: app.exit(2))
    code = app.exec()
    print(json.dumps(result))
    return int(code)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
