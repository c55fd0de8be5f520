"""Numbers and dates as the window's language writes them, through ``QLocale``.

``ui/i18n.py`` makes the chosen language the default ``QLocale`` at start-up, so "12,345" is
"12 345" in Swedish and a date reads "3 нояб. 2025 г." in Russian. Everything the window shows
goes through these few functions instead of ``f"{n:,}"`` or ``strftime``, which always speak
English (and the C library's locale, not the window's). Dates in prose ("approved on …") are
the language's own; dates in table columns stay ISO (:func:`iso_date`).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def number(value: float | Decimal, decimals: int = 0) -> str:
    """``12345`` → ``"12,345"`` (en), ``"12 345"`` (sv); ``decimals`` digits after the point."""
    if decimals == 0 and isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def percent(share: float, decimals: int = 1) -> str:
    """``0.125`` → ``"12.5%"`` in the locale's digits and percent sign."""
    locale = QLocale()
    return f"{locale.toString(share * 100, 'f', decimals)}{locale.percent()}"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def iso_date(day: dt.date | None) -> str:
    """``"2025-11-03"`` for table columns and message headers: the same in every language, so
    columns line up and sort as text, and no reader takes 3/11 for 11 March; "" for None."""
    return QLocale().toString(_qdate(day), "yyyy-MM-dd") if day is not None else ""


def iso_date_time(when: dt.datetime | None) -> str:
    """``"2025-11-03 15:20"`` (see :func:`iso_date`); "" for None."""
    if when is None:
        return ""
    moment = QDateTime(_qdate(when), QTime(when.hour, when.minute))
    return QLocale().toString(moment, "yyyy-MM-dd HH:mm")


def long_date(day: dt.date | None) -> str:
    """A date a reader can say aloud, without the weekday: ``"November 3, 2025"``,
    ``"3 ноября 2025 г."``, ``"2025年11月3日"``; "" for None."""
    if day is None:
        return ""
    locale = QLocale()
    pattern = re.sub(r"dddd\W*|\W*dddd", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(_qdate(day), pattern.strip(", ")) or day.isoformat()
