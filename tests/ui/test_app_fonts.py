"""The window draws a Chinese customer's name on a desktop without a CJK font: the app gives
Qt the font it bundles for the documents (ui/app.py ``create_application``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PROBE = """
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from ui.app import create_application
create_application(["probe"])
print("Droid Sans Fallback" in QFontDatabase.families())
print(QFontMetrics(QFont("Droid Sans Fallback")).inFontUcs4(ord("王")))
"""


def test_a_fresh_application_has_the_bundled_cjk_font() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]
