"""Small, shared conversions every importer needs: times, HTML to text, text hashes."""

from __future__ import annotations

import datetime as dt
import hashlib

from desk.ingest.text.html_structured import html_to_text

__all__ = ["clean_text", "html_to_text", "parse_time", "sha256_text", "tidy_text"]


def parse_time(value: object) -> dt.datetime:
    """A naive UTC datetime from ISO 8601 text (``Z`` or an offset) or Unix seconds/ms.

    Raises ``ValueError`` with a readable message when the value is not a time.
    """
    if type(value) is str and value[-1:] == "Z":  # the common case, "2024-03-01T09:15:00Z"
        try:
            parsed = dt.datetime.fromisoformat(value[:-1])
        except ValueError:
            pass  # the general path below says what is wrong
        else:
            if parsed.tzinfo is None:
                return parsed
    if isinstance(value, bool) or value is None:
        raise ValueError(f"not a time: {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
        if seconds > 1e11:  # milliseconds since the epoch
            seconds /= 1000.0
        return dt.datetime.fromtimestamp(seconds, dt.UTC).replace(tzinfo=None)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"not a time: {value!r}")
    text = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            return parse_time(float(text))
        except ValueError:
            raise ValueError(f"not a time: {value!r}") from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed


def tidy_text(text: str) -> str:
    """Normalise line ends and trim, so the same message hashes the same from any export."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def clean_text(text: str) -> str:
    """Text every database accepts: no NUL characters, no lone surrogates (from broken JSON
    escapes or undecodable mail bytes), which become U+FFFD."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if text.isascii():  # a flag on the string: no scan, and no surrogates possible
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def optional_text(value: object) -> str | None:
    """A text field of loosely typed input (JSON): the trimmed, clean string; None for an
    empty one or a value of any other type."""
    return clean_text(value.strip()) or None if isinstance(value, str) else None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
