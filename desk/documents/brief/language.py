"""Which language a brief is written in, and writing one from the window's worker.

The CLI's default is the window's language: the core cannot ask Qt, but the window keeps its
settings in a plain INI file (``ui/settings.py``: ``BREAKUP_DESK_SETTINGS``, else
``settings.ini`` in the data directory) whose ``[setting] language`` the core can read. No
file, no choice, or a language the brief does not speak: English.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.analytics.cost import CostSettings
from desk.charts.words import SOURCE, language_of
from desk.config import data_dir
from desk.documents.brief.assemble import write_brief

SETTINGS_ENV = "BREAKUP_DESK_SETTINGS"  # the same variable as ui/settings.py's


def app_language(settings: Path | None = None) -> str:
    """The brief language for the window's language setting; English when there is none."""
    if settings is None:
        override = os.environ.get(SETTINGS_ENV)
        settings = Path(override) if override else data_dir() / "settings.ini"
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings, encoding="utf-8")
    except (OSError, configparser.Error):  # a damaged settings file must not stop a brief
        return SOURCE
    return language_of(parser.get("setting", "language", fallback=""))


def write_brief_in(
    engine: Engine,
    case_id: int,
    out: Path,
    actor: str,
    paper: str,
    cost: CostSettings,
    lang: str,
) -> Path:
    """Render the brief in ``lang`` to ``out`` and audit it (the window's write queue)."""
    with Session(engine) as session:
        write_brief(session, case_id, out, paper=paper, prepared_by=actor, cost=cost, lang=lang)
    return out
