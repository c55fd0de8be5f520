"""Letter templates: find, check and fill them (Jinja2, sandboxed, strict).

Templates are plain text in ``resources/letters/<language>.txt.j2`` (a user's own in
``<data dir>/letters`` win): the first line is the subject, paragraphs are separated by blank
lines and lines starting with "- " are list items. A template that uses a variable the app does
not provide is refused with the variable's name before any PDF is made.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency
from jinja2 import StrictUndefined, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from desk.config import data_dir, resource_path
from desk.errors import InputError

LANGUAGES = ("en", "es", "ru", "zh", "sv")
_SUBJECT = re.compile(r"^[^:：]{1,20}[:：]\s*(.*)$")  # "Subject: …", "主题：…"
KNOWN_VARIABLES = frozenset(
    {
        "company_name",
        "company_address",
        "customer_name",
        "customer_organisation",
        "customer_address",
        "date",
        "incidents",
        "criteria",
        "refund_months",
        "refund_total",
        "refund_method",
        "end_date",
        "export_instructions",
        "signatory_name",
        "signatory_title",
        "review_date",
        "appeal_route",
    }
)


@dataclass(frozen=True)
class Incident:
    when: dt.date
    channel: str  # a channel key: email, web, chat, phone, …
    quote: str


@dataclass(frozen=True)
class LetterContext:
    """Everything a letter says, in plain values; formatting happens per language."""

    language: str
    company_name: str
    customer_name: str
    date: dt.date
    end_date: dt.date
    incidents: tuple[Incident, ...]
    criteria: tuple[str, ...]  # criterion keys: harassment_language, threats, pattern
    refund_months: int
    refund_amount: Decimal
    currency: str
    signatory_name: str
    signatory_title: str
    company_address: str = ""
    customer_organisation: str | None = None
    customer_address: str | None = None
    refund_method: str | None = None
    export_instructions: str | None = None
    review_date: dt.date | None = None
    appeal_route: str | None = None
    logo: Path | None = None
    signature_image: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FilledLetter:
    subject: str
    body: str  # paragraphs separated by blank lines; "- " lines are list items


def strings(language: str) -> dict[str, Any]:
    """The per-language words of ``resources/letters/strings.toml``."""
    with resource_path("letters", "strings.toml").open("rb") as handle:
        table = tomllib.load(handle)
    if language not in table:
        raise InputError(f"no letter strings for language {language!r}; known: {', '.join(table)}")
    words: dict[str, Any] = table[language]
    return words


def template_path(language: str, template: str | None = None) -> Path:
    name = template or f"{language}.txt.j2"
    for folder in (data_dir() / "letters", resource_path("letters")):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise InputError(
        f"no letter template {name!r} (looked in {data_dir() / 'letters'} and the "
        "built-in templates)"
    )


def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True
    )


def check_template(source: str, name: str) -> None:
    """Refuse a template with a syntax error or a variable the app does not provide."""
    env = _environment()
    try:
        parsed = env.parse(source)
    except TemplateSyntaxError as exc:
        raise InputError(f"letter template {name}: line {exc.lineno}: {exc.message}") from exc
    unknown = sorted(meta.find_undeclared_variables(parsed) - KNOWN_VARIABLES)
    if unknown:
        raise InputError(
            f"letter template {name} uses unknown variable(s): {', '.join(unknown)}; "
            f"known: {', '.join(sorted(KNOWN_VARIABLES))}"
        )


def template_values(context: LetterContext) -> dict[str, Any]:
    """The template's variables, formatted for the letter's locale."""
    words = strings(context.language)
    locale = words["locale"]

    def day(value: dt.date | None) -> str | None:
        return format_date(value, format="long", locale=locale) if value else None

    channels = words["channels"]
    return {
        "company_name": context.company_name,
        "company_address": context.company_address,
        "customer_name": context.customer_name,
        "customer_organisation": context.customer_organisation,
        "customer_address": context.customer_address,
        "date": day(context.date),
        "end_date": day(context.end_date),
        "incidents": [
            {
                "date": day(i.when),
                "channel": channels.get(i.channel, channels["other"]),
                "quote": i.quote,
            }
            for i in context.incidents
        ],
        "criteria": [words["criteria"].get(c, c) for c in context.criteria],
        "refund_months": context.refund_months,
        "refund_total": format_currency(context.refund_amount, context.currency, locale=locale),
        "refund_method": context.refund_method or words["refund_method"],
        "export_instructions": context.export_instructions or words["export_instructions"],
        "signatory_name": context.signatory_name,
        "signatory_title": context.signatory_title,
        "review_date": day(context.review_date),
        "appeal_route": context.appeal_route,
    }


def fill(context: LetterContext, template: str | None = None) -> FilledLetter:
    """The letter's subject and body with every variable filled in."""
    path = template_path(context.language, template)
    source = path.read_text(encoding="utf-8")
    check_template(source, path.name)
    try:
        text = _environment().from_string(source).render(template_values(context))
    except (UndefinedError, SecurityError) as exc:
        raise InputError(f"letter template {path.name}: {exc}") from exc
    first, _, rest = text.strip().partition("\n")
    match = _SUBJECT.match(first)
    subject = match.group(1).strip() if match else first.strip()
    return FilledLetter(subject=subject, body=_tidy(rest))


def _tidy(body: str) -> str:
    lines = [line.rstrip() for line in body.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out)
