"""Where things live: the database URL and the user's data directory.

One place decides, so tests and the UI can override it: an explicit argument wins, then the
``BREAKUP_DESK_DB`` environment variable, then a SQLite file in the user data directory
(``BREAKUP_DESK_HOME`` overrides that directory, for tests and portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "breakup-desk"
DB_ENV = "BREAKUP_DESK_DB"
HOME_ENV = "BREAKUP_DESK_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def csv_profiles_dir() -> Path:
    """Where named CSV column mappings are saved (TOML files a manager can copy to a colleague)."""
    return data_dir() / "csv-profiles"


def checkpoints_path() -> Path:
    """The append-only file of audit-log checkpoints (see :mod:`desk.case.checkpoints`): in
    the data directory, so ``BREAKUP_DESK_HOME`` moves it with everything else."""
    return data_dir() / "audit-checkpoints.jsonl"


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'breakup-desk.sqlite3'}"


def resolve_db_url(explicit: str | None = None) -> str:
    """The database URL to use: the argument, else $BREAKUP_DESK_DB, else the default file.

    Either may be a SQLite file's path instead of a URL (see :func:`as_db_url`).
    """
    if explicit:
        return as_db_url(explicit)
    env = os.environ.get(DB_ENV)
    if env:
        return as_db_url(env)
    return default_db_url()


SQLITE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def as_db_url(value: str) -> str:
    """``value`` as a database URL: a URL as it is; a path to a SQLite file as its URL.

    A value is taken as a path when it has no ``scheme://`` and looks like one (a folder in
    it, ``~``, or a SQLite suffix), so that a mistyped URL stays an error rather than a new
    file in the current folder.
    """
    if "://" in value:
        return value
    looks_like_path = (
        "/" in value or os.sep in value or value.startswith("~") or value.endswith(SQLITE_SUFFIXES)
    )
    if not looks_like_path:
        return value
    return f"sqlite:///{Path(value).expanduser().absolute()}"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``: inside a wheel, a PyInstaller bundle, or a checkout."""
    here = Path(__file__).resolve().parent
    for base in (here / "_resources", here.parent / "resources"):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    return here.parent.joinpath("resources", *parts)
