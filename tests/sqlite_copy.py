"""A whole, consistent copy of an SQLite database, for tests and the screenshot tour that work on
a demo built once."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` by SQLite's online backup: whole and consistent, whatever
    its journal holds."""
    origin, copy = sqlite3.connect(source), sqlite3.connect(target)
    try:
        origin.backup(copy)
    finally:
        origin.close()
        copy.close()
