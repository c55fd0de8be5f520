"""The demo data set: a seeded, realistic Zendesk export of a fictional SaaS company.

"Lumen Ledger" (online bookkeeping) has a few thousand customers whose message counts are
heavy-tailed around a mean of about 18, agents who answer them, five angry-but-civil
customers, and one planted customer, Victor Krane, who writes about 900 messages over five
years in an escalating tone (passive-aggressive, then insults, then threats in five
languages) and is passed from agent to agent. The export is Zendesk NDJSON (users, then
tickets with their comments), written as a stream: memory stays flat at any size.

This module picks the people and how much each writes; :mod:`desk.demo.ticket_writer` turns
their messages into tickets and writes them.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.demo import phrases as bank
from desk.demo.ticket_writer import (
    COMPANY_DOMAIN,
    REPLY_RATE,
    SUBDOMAIN,
    Person,
    Tickets,
    TicketWriter,
    stamp,
)
from desk.progress import Progress

PLANTED_NAME = "Victor Krane"
PLANTED_EMAIL = "victor.krane@kranelogistics.example"
PLANTED_ORGANISATION = "Krane Logistics"
DEFAULT_MEAN = 18.0
ORDINARY_CAP = 400
LANGUAGE_WEIGHTS = (("en", 70), ("es", 10), ("sv", 8), ("ru", 6), ("zh", 6))
USER_BASE = 6_100_000_000_000


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    customers: int
    agents: int
    conversations: int
    messages: int
    customer_messages: int
    planted_email: str
    civil_emails: tuple[str, ...]
    languages: tuple[str, ...]


def write_demo_export(
    path: Path,
    *,
    customers: int = 3000,
    messages: int | None = None,
    seed: int = 7,
    progress: Progress | None = None,
    end: dt.date = dt.date(2026, 10, 31),
) -> DemoSummary:
    """Write the demo export to ``path`` (atomically) and say what is in it."""
    if customers < 10:
        raise ValueError("the demo needs at least 10 customers")
    rng = random.Random(seed)
    end_time = dt.datetime.combine(end, dt.time(18, 0))
    agents = _agents(rng, max(12, customers // 120))
    people = [_customer(rng, i) for i in range(customers - 6)]
    civil = [_customer(rng, customers - 6 + i, lang) for i, lang in enumerate(bank.LANGUAGES)]
    planted = Person(USER_BASE + 500_000 + customers, PLANTED_NAME, PLANTED_EMAIL, "en")
    counts = _ordinary_counts(rng, len(people), messages, customers)
    civil_counts = [rng.randint(60, 150) for _ in civil]
    planted_count = rng.randint(880, 920)
    expected_total = int((sum(counts) + sum(civil_counts) + planted_count) * (1 + REPLY_RATE) + 0.0)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".demo-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            writer = TicketWriter(out, progress, expected_total)
            for person in agents:
                writer.line(_user_json(person, end_time, None))
            for person in [*people, *civil, planted]:
                org = PLANTED_ORGANISATION if person is planted else None
                writer.line(_user_json(person, end_time, org, rng))
            tickets = Tickets(writer, rng, agents, end_time)
            for person, count in zip(people, counts, strict=True):
                tickets.ordinary(person, count)
            for person, count in zip(civil, civil_counts, strict=True):
                tickets.civil(person, count)
            tickets.planted(planted, planted_count)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress.update(writer.messages, writer.messages)
    return DemoSummary(
        path=path,
        customers=customers,
        agents=len(agents),
        conversations=writer.tickets,
        messages=writer.messages,
        customer_messages=writer.customer_messages,
        planted_email=PLANTED_EMAIL,
        civil_emails=tuple(p.email for p in civil),
        languages=bank.LANGUAGES,
    )


def _ordinary_counts(
    rng: random.Random, n: int, total_messages: int | None, customers: int
) -> list[int]:
    """Heavy-tailed customer-message counts (lognormal), scaled to the wanted volume."""
    sigma = 0.95
    raw = [math.exp(rng.gauss(0.0, sigma)) for _ in range(n)]
    if total_messages is None:
        target = DEFAULT_MEAN * customers - 900 - 5 * 105  # the planted and civil ones add theirs
    else:
        target = total_messages / (1 + REPLY_RATE) - 900 - 5 * 105
    target = max(float(n), target)
    scale = target / sum(raw)
    counts = [min(ORDINARY_CAP, max(1, round(r * scale))) for r in raw]
    # Rounding and the floor of 1 shift the total: correct it on the largest counts.
    drift = int(target) - sum(counts)
    order = sorted(range(n), key=lambda i: counts[i], reverse=True)
    i = 0
    while drift and order:
        index = order[i % len(order)]
        step = 1 if drift > 0 else -1
        if 1 <= counts[index] + step <= ORDINARY_CAP:
            counts[index] += step
            drift -= step
        i += 1
        if i > 20 * n:
            break
    return counts


def _pick_language(rng: random.Random) -> str:
    roll = rng.uniform(0, 100)
    for lang, weight in LANGUAGE_WEIGHTS:
        roll -= weight
        if roll <= 0:
            return lang
    return "en"


def _customer(rng: random.Random, index: int, lang: str | None = None) -> Person:
    lang = lang or _pick_language(rng)
    pick = rng.randrange(len(bank.FIRST_NAMES[lang]))
    first = bank.FIRST_NAMES[lang][pick]
    last = rng.choice(bank.LAST_NAMES[lang])
    if lang == "ru":
        feminine = first in bank.RU_FEMININE
        surnames = bank.RU_FEMININE_SURNAME if feminine else bank.RU_MASCULINE_SURNAME
        last = surnames.get(last, last)
    name = f"{last}{first}" if lang == "zh" else f"{first} {last}"
    ascii_first = bank.ASCII_NAMES[lang][pick] if lang in bank.ASCII_NAMES else _ascii(first)
    email = f"{ascii_first}.{index}@{rng.choice(('mail', 'post', 'inbox', 'web'))}.example"
    return Person(USER_BASE + 1000 + index, name, email, lang)


def _agents(rng: random.Random, count: int) -> list[Person]:
    agents = []
    for i in range(count):
        first = rng.choice(bank.FIRST_NAMES["en"] + bank.FIRST_NAMES["sv"])
        last = rng.choice(bank.LAST_NAMES["en"] + bank.LAST_NAMES["sv"])
        email = f"{_ascii(first)}.{_ascii(last)}{i}@{COMPANY_DOMAIN}"
        agents.append(Person(USER_BASE + i, f"{first} {last}", email, "en", "agent"))
    return agents


def _ascii(text: str) -> str:
    table = str.maketrans("åäöéáíóúñÅÄÖÉÁÍÓÚÑ", "aaoeaiounAAOEAIOUN")
    return text.translate(table).lower()


def _user_json(
    person: Person, end: dt.datetime, org: str | None, rng: random.Random | None = None
) -> dict[str, Any]:
    created = stamp(end - dt.timedelta(days=2000))
    user: dict[str, Any] = {
        "id": person.id,
        "url": f"https://{SUBDOMAIN}.zendesk.com/api/v2/users/{person.id}.json",
        "name": person.name,
        "email": person.email,
        "created_at": created,
        "updated_at": created,
        "time_zone": bank.TIME_ZONES[person.lang],
        "locale": bank.LOCALES[person.lang],
        "organization_id": None,
        "role": person.role,
        "active": True,
        "verified": True,
        "tags": [],
    }
    if person.role == "end-user" and rng is not None:
        plan = rng.choice((None, "29.00", "49.00", "99.00", "249.00"))
        user["user_fields"] = {"monthly_plan_amount": plan, "plan_currency": "USD"} if plan else {}
        if org:
            user["user_fields"] = {"monthly_plan_amount": "249.00", "plan_currency": "USD"}
            user["organization_name"] = org
    return user
