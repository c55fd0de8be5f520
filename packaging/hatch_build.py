"""Compile the window's translations into the wheel (a hatch build hook).

The ``.ts`` sources in ``resources/i18n/`` are committed; their compiled ``.qm`` never are.
This hook runs PySide6's ``lrelease`` on each into a temporary folder and adds the results to
the wheel beside the ``.ts`` files (``desk/_resources/i18n/``, where ``desk.config.
resource_path`` looks first), so an installed app loads them without compiling anything.
A wheel that cannot be given its translations fails to build, naming the file and reason.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> list[str]:
    try:
        import PySide6
    except ImportError:
        PySide6 = None  # noqa: N806
    if PySide6 is not None:
        bundled = Path(PySide6.__file__).resolve().parent / "lrelease"
        for candidate in (bundled, bundled.with_suffix(".exe")):
            if candidate.is_file():
                return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise RuntimeError("cannot compile translations: lrelease not found (install PySide6)")
    return [found]


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        sources = sorted((Path(self.root) / "resources" / "i18n").glob("*.ts"))
        out = Path(tempfile.mkdtemp(prefix="breakup-desk-qm-"))
        command = lrelease()
        for ts in sources:
            qm = out / ts.with_suffix(".qm").name
            done = subprocess.run(
                [*command, "-silent", str(ts), "-qm", str(qm)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            if done.returncode != 0 or not qm.is_file():
                raise RuntimeError(f"{ts}: lrelease failed: {(done.stderr or done.stdout).strip()}")
            build_data["force_include"][str(qm)] = f"desk/_resources/i18n/{qm.name}"
