"""Times as exports write them, to naive UTC.

Beyond what :func:`desk.ingest.text.normalise.parse_time` reads (ISO 8601, Unix seconds or
ms), CSV and
XML exports write ``2024-03-01 09:15[:00] [+0000|UTC]``, ``2024/03/01 09:15:00 -0700`` (old
Zendesk), Twitter's ``Tue Oct 31 22:10:47 +0000 2017`` and RFC 2822 mail dates. A time without
an offset is taken as UTC, which is what the exports write unless the account says otherwise.
Day-first or month-first dates (``03/04/2024``) are ambiguous and only read with an explicit
``strptime`` format (a CSV mapping profile can carry one).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from desk.ingest.text.normalise import parse_time

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        start=1,
    )
}
_TWITTER = re.compile(
    r"[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})"
)
_NUMERIC = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"  # date
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?)?"  # time
    r"\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?"  # offset
)


def _offset(text: str | None) -> dt.timedelta:
    if not text or text in ("Z", "UTC", "GMT"):
        return dt.timedelta(0)
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))


def parse_twitter_time(text: str) -> dt.datetime:
    """``Tue Oct 31 22:10:47 +0000 2017`` (Twitter's ``created_at``) as naive UTC."""
    if len(text) == 30 and text[25] == " " and text[19:21] == " +" and text[21:25] == "0000":
        month = _MONTHS.get(text[4:7])  # the dataset's usual form: sliced, not matched
        try:
            if month is not None:
                return dt.datetime(
                    int(text[26:]), month, int(text[8:10]), int(text[11:13]), int(text[14:16]),
                    int(text[17:19]),
                )  # fmt: skip
        except ValueError:
            pass  # the pattern below says what is wrong
    match = _TWITTER.fullmatch(text.strip())
    if not match:
        raise ValueError(f"not a time: {text!r}")
    month = _MONTHS.get(match.group(1))
    if month is None:
        raise ValueError(f"not a time: {text!r}")
    sign = -1 if match.group(6) == "-" else 1
    offset = sign * dt.timedelta(hours=int(match.group(7)), minutes=int(match.group(8)))
    moment = dt.datetime(
        int(match.group(9)),
        month,
        int(match.group(2)),
        int(match.group(3)),
        int(match.group(4)),
        int(match.group(5)),
    )
    return moment - offset


def _numeric(text: str) -> dt.datetime | None:
    match = _NUMERIC.fullmatch(text)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    moment = dt.datetime(
        int(year),
        int(month),
        int(day),
        int(hour or 0),
        int(minute or 0),
        int(second or 0),
        int((fraction or "0").ljust(6, "0")),
    )
    return moment - _offset(zone)


def parse_export_time(value: object, time_format: str | None = None) -> dt.datetime:
    """Naive UTC from any of the forms in the module docstring; ``ValueError`` when none fits.

    ``time_format`` (a ``strptime`` pattern) is tried first when given.
    """
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValueError("no time")
        if time_format:
            try:
                parsed = dt.datetime.strptime(text, time_format)
            except ValueError:
                raise ValueError(f"{text!r} does not match the format {time_format!r}") from None
            if parsed.tzinfo is not None:
                parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
            return parsed
        if text[:1].isdigit() and text[4:5] == "-":  # ISO-like, as most exports write: C fast path
            try:
                parsed = dt.datetime.fromisoformat(text)
            except ValueError:
                pass
            else:
                if parsed.tzinfo is not None:
                    parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
                return parsed
        try:
            numeric = _numeric(text)
        except ValueError:  # month 13, day 45 …
            raise ValueError(f"not a time: {text!r}") from None
        if numeric is not None:
            return numeric
        if text[:1].isalpha():
            try:
                return parse_twitter_time(text)
            except ValueError:
                pass
            try:
                mail = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                mail = None
            if mail is not None:
                if mail.tzinfo is not None:
                    mail = mail.astimezone(dt.UTC).replace(tzinfo=None)
                return mail
    try:
        return parse_time(value)
    except (OverflowError, OSError):
        raise ValueError(f"not a time: {value!r}") from None
