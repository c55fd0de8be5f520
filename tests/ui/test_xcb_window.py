"""The window starts on Qt's real xcb platform, under Xvfb, as it does on a Linux desktop.

Every other UI test runs offscreen, which needs none of the xcb libraries (libxcb-cursor0,
libxcb-icccm4, libxcb-keysyms1, …) a fresh desktop may lack; this one proves they are there and
that the window maps and paints. The app runs in a subprocess (one QApplication per process,
and this one must not be offscreen) with its own database, data folder and settings.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import demo_copy
from ui.main_window import DEFAULT_SIZE

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 30


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A fresh Xvfb server on a free display number (Xvfb picks it and tells us: -displayfd)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is absent: install the xvfb package (scripts/test does, as root)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], START_TIMEOUT_S)
        number = os.read(read_end, 64).decode().strip() if ready else ""
        if not number:
            server.kill()
            _, err = server.communicate(timeout=10)
            pytest.fail(f"Xvfb did not start: {err.decode(errors='replace')}")
        yield f":{number}"
    finally:
        os.close(read_end)
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)
        if server.stderr is not None:
            server.stderr.close()


@pytest.mark.slow
def test_the_window_starts_on_a_real_x_server(
    xvfb_display: str, tmp_path: Path, demo_template: Path
) -> None:
    url = demo_copy(demo_template, tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(
        QT_QPA_PLATFORM="xcb",
        DISPLAY=xvfb_display,
        BREAKUP_DESK_DB=url,
        BREAKUP_DESK_HOME=str(tmp_path / "home"),
        BREAKUP_DESK_SETTINGS=str(tmp_path / "settings.ini"),
    )
    png = tmp_path / "window.png"
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.grab_window", str(png)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["platform"] == "xcb"
    assert shown["rows"] == 200
    assert (shown["width"], shown["height"]) == DEFAULT_SIZE

    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not an image"
    ratio = float(shown["ratio"])
    assert (image.width(), image.height()) == (
        round(DEFAULT_SIZE[0] * ratio),
        round(DEFAULT_SIZE[1] * ratio),
    )
    # A painted window has text, lines and alternating rows; a blank or black one has a colour
    # or two. Sample a grid rather than read 1M pixels one by one through Python.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 30, f"the grabbed window looks blank ({len(colours)} colours)"
