"""The brief's and the charts' words in five languages, with numbers and dates set by Babel.

The catalogue is ``resources/brief/strings.toml``: one table per language, each key a text
with ``{named}`` fields, or a table of plural forms (``one``, ``few``, ``many``, ``other`` as
the language's CLDR rules name them). It lives here, in the charts, because the charts are
the lowest layer that draws these words; the brief (``desk.documents``, above) reuses it.

English is the source: a key missing from another language falls back to it, and a test
keeps every key present in every language. Numbers, percentages, money and dates are
formatted for the language's locale, so "1,024" is "1 024" in Swedish and "1.024" in Spanish.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from desk.config import resource_path
from desk.errors import InputError

LANGUAGES = ("en", "es", "ru", "zh", "sv")
SOURCE = "en"


@functools.cache
def catalogue() -> Mapping[str, Mapping[str, Any]]:
    """Every language's table of ``resources/brief/strings.toml``."""
    path = resource_path("brief", "strings.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from None
    return data


def language_of(value: str | None) -> str:
    """The brief language for a window language or a locale tag (``zh_CN`` → ``zh``);
    English for anything else."""
    base = (value or "").replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else SOURCE


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise InputError(f"unknown brief language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lang


@dataclass(frozen=True)
class Words:
    """One language's words and formats. ``Words()`` is English, as the charts always were."""

    lang: str = SOURCE

    @property
    def locale(self) -> str:
        return str(self._table()["locale"])

    def _table(self) -> Mapping[str, Any]:
        return catalogue()[self.lang]

    def _lookup(self, key: str) -> Any:
        for table in (self._table(), catalogue()[SOURCE]):
            value: Any = table
            for part in key.split("."):
                value = value.get(part) if isinstance(value, Mapping) else None
            if value is not None:
                return value
        raise KeyError(f"resources/brief/strings.toml has no {key!r}")

    def __call__(self, key: str, **fields: object) -> str:
        """The text of ``key`` with ``fields`` filled in."""
        text = self._lookup(key)
        return str(text).format(**fields) if fields else str(text)

    def plural(self, key: str, n: float, **fields: object) -> str:
        """The form of ``key`` for ``n`` (``{n}`` is the number, formatted)."""
        forms = self._lookup(key)
        if not isinstance(forms, Mapping):
            return str(forms).format(n=self.number(n), **fields)
        form = Locale.parse(self.locale).plural_form(n)
        text = forms.get(form, forms["other"])
        return str(text).format(n=self.number(n), **fields)

    def name(self, group: str, key: str) -> str:
        """A core key's name (a category, a case state, a channel), or the key as written
        (underscores as spaces) when the catalogue does not know it."""
        try:
            return self(f"{group}.{key}")
        except KeyError:
            return key.replace("_", " ")

    # -- numbers and dates -------------------------------------------------------------

    def number(self, value: float) -> str:
        """``897``, ``18``, ``5.3``, ``12,480``: no decimals once it is large or whole."""
        whole = abs(value) >= 100 or float(value).is_integer()
        return str(format_decimal(value, "#,##0" if whole else "#,##0.0", locale=self.locale))

    def integer(self, value: int) -> str:
        return str(format_decimal(value, "#,##0", locale=self.locale))

    def ratio(self, ratio: float) -> str:
        """``50×``, ``3.4×``."""
        pattern = "#,##0" if ratio >= 10 else "0.0"
        return str(format_decimal(ratio, pattern, locale=self.locale)) + "×"

    def percent(self, share: float | None) -> str:
        if share is None:
            return "–"
        pattern = "0.0%" if share < 0.1 else "0%"
        return str(format_percent(share, pattern, locale=self.locale))

    def percent_exact(self, share: float) -> str:
        """``3.1%``: one decimal whatever the size (a share of all volume)."""
        return str(format_percent(share, "0.0%", locale=self.locale))

    def money(self, amount: Decimal | None, currency: str) -> str:
        if amount is None:
            return self("not_costed")
        try:
            return str(format_currency(amount, currency.upper(), locale=self.locale))
        except (ValueError, LookupError):
            return f"{self.number(float(amount))} {currency}"

    def ordinal(self, n: int) -> str:
        """``1st``, ``22nd`` in English; ``n.º 1``, ``№ 1``, ``第1``, ``plats 1`` elsewhere."""
        if self.lang == SOURCE:
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{self.integer(n)}{suffix}"
        return self("ordinal", n=self.integer(n))

    def day(self, value: dt.date | None, *, long: bool = False) -> str:
        """``4 Mar 2025`` (``4 March 2025`` when ``long``); an en dash when unknown."""
        if value is None:
            return "–"
        return str(format_date(value, self("date_long" if long else "date"), locale=self.locale))

    def month(self, value: dt.date) -> str:
        """``March 2025``: a month on its own."""
        return str(format_date(value, self("month_year"), locale=self.locale))

    def day_month(self, value: dt.date) -> str:
        """``4 Mar``: a day's tick on a time axis."""
        return str(format_date(value, self("day_month"), locale=self.locale))

    def month_short(self, value: dt.date) -> str:
        """``Mar``: a month's tick on a time axis."""
        return str(format_date(value, "LLL", locale=self.locale))


ENGLISH = Words()
