"""Every UI setting, declared once with its type and default.

Preferences (``setting``) are kept apart from window state (``persist``). The file is an INI
file under the user's data directory, or wherever ``BREAKUP_DESK_SETTINGS`` (or the
constructor) says, so tests never touch the user's own settings. Nothing else in the UI reads
``QSettings`` directly. What the core needs (the DB URL, cost figures) is passed to it as
arguments.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Literal, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from desk.config import data_dir

T = TypeVar("T", str, int, float, bool, list[str], QByteArray)
SETTINGS_ENV = "BREAKUP_DESK_SETTINGS"


@dataclass(frozen=True)
class Option(Generic[T]):
    section: Literal["setting", "persist"]
    name: str
    default: T

    @property
    def key(self) -> str:
        return f"{self.section}/{self.name}"


# Preferences
RECENT_DATABASES: Option[list[str]] = Option("setting", "recent_databases", [])
HANDLE_MINUTES: Option[float] = Option("setting", "handle_minutes_per_message", 6.0)
HOURLY_COST: Option[float] = Option("setting", "hourly_cost", 35.0)
COST_CURRENCY: Option[str] = Option("setting", "cost_currency", "USD")
MANAGER_NAME: Option[str] = Option("setting", "manager_name", "")
# The window's language ("" follows the system; ui/i18n.py LANGUAGES); read at start-up.
LANGUAGE: Option[str] = Option("setting", "language", "")
# Window state
MAIN_GEOMETRY: Option[QByteArray] = Option("persist", "main_geometry", QByteArray())
MAIN_STATE: Option[QByteArray] = Option("persist", "main_state", QByteArray())
MAIN_SPLITTER: Option[QByteArray] = Option("persist", "main_splitter", QByteArray())
CUSTOMER_HEADER: Option[QByteArray] = Option("persist", "customer_header", QByteArray())

MAX_RECENT = 8


class Settings:
    """Typed access to the settings file."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            override = os.environ.get(SETTINGS_ENV)
            path = Path(override) if override else data_dir() / "settings.ini"
        self.path = path
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, option: Option[T]) -> T:
        value = self._qsettings.value(option.key, None)
        if value is None:
            return option.default
        try:
            return cast(T, _convert(option.default, value))
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        self._qsettings.setValue(option.key, value)

    def sync(self) -> None:
        self._qsettings.sync()

    def add_recent_database(self, url: str) -> list[str]:
        recent = [url] + [u for u in self.get(RECENT_DATABASES) if u != url]
        recent = recent[:MAX_RECENT]
        self.set(RECENT_DATABASES, recent)
        return recent


def _convert(default: object, value: object) -> object:
    """QSettings hands back strings from INI files and drops empty lists: convert once here."""
    text = str(value)
    if isinstance(default, bool):
        return text.lower() in ("true", "1", "yes")
    if isinstance(default, int):
        return int(text)
    if isinstance(default, float):
        return float(text)
    if isinstance(default, list):
        items = value if isinstance(value, list) else [value]
        return [str(v) for v in items if str(v)]
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else QByteArray()
    return text
