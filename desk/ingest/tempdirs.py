"""Temporary folders of an import, and the clean-up of those a killed run left behind.

An archive's members are copied out to a temporary folder; a run killed meanwhile (SIGKILL,
power cut) never reaches its ``finally`` and the copy, up to the archive ceiling, stays for ever.
So every folder is named ``breakup-desk-<kind>-<pid>-<random>``: the next start
(:func:`remove_orphans`, called by the command line and the window) removes those whose process
is gone, and leaves those of runs still going.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "breakup-desk-"
KINDS = ("archive",)  # only folders of these kinds are ever removed, whoever else uses the prefix
_OWNED = re.compile(rf"^{PREFIX}(?:{'|'.join(KINDS)})-(\d+)-")


def make_temp_dir(kind: str, root: Path | None = None) -> Path:
    """A new temporary folder owned by this process (``kind``: one of :data:`KINDS`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of temporary folder {kind!r}")
    name = tempfile.mkdtemp(prefix=f"{PREFIX}{kind}-{os.getpid()}-", dir=root)
    return Path(name)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running (of any user)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_orphans(root: Path | None = None) -> list[Path]:
    """Remove the temporary folders of runs that are gone; the folders removed."""
    folder = Path(root or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _OWNED.match(entry.name)
        if not match or not entry.is_dir() or entry.is_symlink():
            continue
        pid = int(match.group(1))
        if pid == os.getpid() or pid_alive(pid):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            removed.append(entry)
            log.info("removed %s, left by a run that was stopped", entry)
    return removed
