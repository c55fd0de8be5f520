"""The demo data set: a seeded, realistic Zendesk export of a fictional SaaS company.

"Lumen Ledger" (online bookkeeping) has a few thousand customers whose message counts are
heavy-tailed around a mean of about 18, agents who answer them, five angry-but-civil
customers, and one planted customer, Victor Krane, who writes about 900 messages over five
years in an escalating tone (passive-aggressive, then insults, then threats in five
languages) and is passed from agent to agent. The export is Zendesk NDJSON (users, then
tickets with their comments), written as a stream: memory stays flat at any size.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import os
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from desk.demo import phrases as bank
from desk.progress import Progress

COMPANY = "Lumen Ledger"
COMPANY_DOMAIN = "lumenledger.example"
SUBDOMAIN = "lumenledger"
PLANTED_NAME = "Victor Krane"
PLANTED_EMAIL = "victor.krane@kranelogistics.example"
PLANTED_ORGANISATION = "Krane Logistics"
DEFAULT_MEAN = 18.0
ORDINARY_CAP = 400
REPLY_RATE = 0.9  # agent replies per customer message
NOTE_RATE = 0.12  # internal notes per ticket
LANGUAGE_WEIGHTS = (("en", 70), ("es", 10), ("sv", 8), ("ru", 6), ("zh", 6))
USER_BASE = 6_100_000_000_000
TICKET_BASE = 1000
COMMENT_BASE = 9_000_000_000_000


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


@dataclass
class _Person:
    id: int
    name: str
    email: str
    lang: str
    role: str = "end-user"


class _Writer:
    """Counts what it writes; ids are handed out in increasing order."""

    def __init__(self, out: TextIO, progress: Progress | None, total: int) -> None:
        self.out = out
        self.progress = progress
        self.total = total
        self.tickets = 0
        self.messages = 0
        self.customer_messages = 0
        self._next_comment = COMMENT_BASE

    def line(self, obj: dict[str, Any]) -> None:
        self.out.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
        self.out.write("\n")

    def comment_id(self) -> int:
        self._next_comment += 1
        return self._next_comment

    def tick(self, count: int) -> None:
        before = self.messages
        self.messages += count
        if self.progress is not None and before // 5000 != self.messages // 5000:
            self.progress.check()
            self.progress.update(self.messages, self.total)


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
    planted = _Person(USER_BASE + 500_000 + customers, PLANTED_NAME, PLANTED_EMAIL, "en")
    counts = _ordinary_counts(rng, len(people), messages, customers)
    civil_counts = [rng.randint(60, 150) for _ in civil]
    planted_count = rng.randint(880, 920)
    expected_total = int((sum(counts) + sum(civil_counts) + planted_count) * (1 + REPLY_RATE) + 0.0)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".demo-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            writer = _Writer(out, progress, expected_total)
            for person in agents:
                writer.line(_user_json(person, end_time, None))
            for person in [*people, *civil, planted]:
                org = PLANTED_ORGANISATION if person is planted else None
                writer.line(_user_json(person, end_time, org, rng))
            tickets = _Tickets(writer, rng, agents, end_time)
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


def _customer(rng: random.Random, index: int, lang: str | None = None) -> _Person:
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
    return _Person(USER_BASE + 1000 + index, name, email, lang)


def _agents(rng: random.Random, count: int) -> list[_Person]:
    agents = []
    for i in range(count):
        first = rng.choice(bank.FIRST_NAMES["en"] + bank.FIRST_NAMES["sv"])
        last = rng.choice(bank.LAST_NAMES["en"] + bank.LAST_NAMES["sv"])
        email = f"{_ascii(first)}.{_ascii(last)}{i}@{COMPANY_DOMAIN}"
        agents.append(_Person(USER_BASE + i, f"{first} {last}", email, "en", "agent"))
    return agents


def _ascii(text: str) -> str:
    table = str.maketrans("åäöéáíóúñÅÄÖÉÁÍÓÚÑ", "aaoeaiounAAOEAIOUN")
    return text.translate(table).lower()


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _user_json(
    person: _Person, end: dt.datetime, org: str | None, rng: random.Random | None = None
) -> dict[str, Any]:
    created = _stamp(end - dt.timedelta(days=2000))
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


class _Tickets:
    def __init__(
        self, writer: _Writer, rng: random.Random, agents: list[_Person], end: dt.datetime
    ) -> None:
        self.w = writer
        self.rng = rng
        self.agents = agents
        self.end = end

    # -- who writes what ------------------------------------------------------------------

    def ordinary(self, person: _Person, count: int) -> None:
        years = self.rng.uniform(1, 5)
        start = self.end - dt.timedelta(days=365 * years)
        for size in _split(self.rng, count, 1, 6):
            texts = [self._ordinary_text(person.lang) for _ in range(size)]
            self._ticket(person, start, texts, agents_per_ticket=self.rng.choice((1, 1, 1, 2)))

    def civil(self, person: _Person, count: int) -> None:
        start = self.end - dt.timedelta(days=365 * 3)
        for size in _split(self.rng, count, 2, 6):
            texts = [
                self.rng.choice(bank.CIVIL[person.lang]) + " " + self._ordinary_text(person.lang)
                if self.rng.random() < 0.6
                else self._ordinary_text(person.lang)
                for _ in range(size)
            ]
            self._ticket(person, start, texts, agents_per_ticket=2)

    def planted(self, person: _Person, count: int) -> None:
        start = self.end - dt.timedelta(days=5 * 365)
        texts = self._planted_texts(count)
        sizes = _split(self.rng, count, 2, 7)
        times = sorted(
            start + dt.timedelta(seconds=self.rng.uniform(0, (self.end - start).total_seconds()))
            for _ in sizes
        )
        position = 0
        for size, opened in zip(sizes, times, strict=True):
            chunk = texts[position : position + size]
            position += size
            self._ticket(person, opened, chunk, agents_per_ticket=4, fixed_start=True)

    def _planted_texts(self, count: int) -> list[str]:
        """900 messages in escalating order; every threat twice in every language at the end."""
        rng = self.rng
        threats = [
            phrases[lang]
            for phrases in bank.THREATS.values()
            for lang in bank.LANGUAGES
            for _ in (0, 1)
        ]
        rng.shuffle(threats)
        early = int(count * 0.3)
        middle = int(count * 0.3)
        late = count - early - middle
        texts = [
            f"{rng.choice(bank.PASSIVE_AGGRESSIVE)} {self._ordinary_text('en')}"
            for _ in range(early)
        ]
        for _ in range(middle):
            lang = "en" if rng.random() < 0.8 else rng.choice(bank.LANGUAGES[1:])
            texts.append(f"{self._ordinary_text(lang)} {rng.choice(bank.INSULTS[lang])}")
        tail = list(threats)
        while len(tail) < late:
            lang = "en" if rng.random() < 0.75 else rng.choice(bank.LANGUAGES[1:])
            kind = rng.random()
            if kind < 0.4:
                tail.append(f"{rng.choice(bank.INSULTS[lang])} {self._ordinary_text(lang)}")
            elif kind < 0.8:
                threat = rng.choice(list(bank.THREATS.values()))[lang]
                tail.append(f"{self._ordinary_text(lang)} {threat}")
            else:
                tail.append(f"{rng.choice(bank.PASSIVE_AGGRESSIVE)} {self._ordinary_text('en')}")
        tail = tail[:late] if len(tail) > late else tail
        rng.shuffle(tail)
        return texts + tail

    def _ordinary_text(self, lang: str) -> str:
        rng = self.rng
        problem = rng.choice(bank.PROBLEMS[lang]).replace("{n}", str(rng.randint(1000, 99999)))
        parts = [
            rng.choice(bank.GREETINGS[lang]),
            problem,
            rng.choice(bank.DETAILS[lang]),
            rng.choice(bank.CLOSINGS[lang]),
        ]
        joiner = "" if lang == "zh" else " "
        text = joiner.join(p for p in parts if p)
        return text[0].upper() + text[1:] if lang != "zh" else text

    # -- the ticket -----------------------------------------------------------------------

    def _ticket(
        self,
        person: _Person,
        start: dt.datetime,
        texts: list[str],
        *,
        agents_per_ticket: int,
        fixed_start: bool = False,
    ) -> None:
        rng = self.rng
        if fixed_start:
            opened = start
        else:
            span = max(1.0, (self.end - start).total_seconds() - 86400 * 10)
            opened = start + dt.timedelta(seconds=rng.uniform(0, span))
        pool = rng.sample(self.agents, min(agents_per_ticket, len(self.agents)))
        comments: list[dict[str, Any]] = []
        moment = opened
        last_agent = pool[0]
        for index, text in enumerate(texts):
            if index:
                moment += dt.timedelta(minutes=rng.uniform(20, 60 * 30))
            comments.append(self._comment(person.id, text, moment, True))
            if rng.random() < REPLY_RATE:
                moment += dt.timedelta(minutes=rng.uniform(5, 60 * 8))
                last_agent = pool[index % len(pool)] if len(pool) > 1 else pool[0]
                reply = rng.choice(bank.AGENT_REPLIES[person.lang])
                comments.append(self._comment(last_agent.id, reply, moment, True))
        if rng.random() < NOTE_RATE:
            moment += dt.timedelta(minutes=rng.uniform(1, 30))
            comments.append(
                self._comment(last_agent.id, rng.choice(bank.INTERNAL_NOTES), moment, False)
            )
        self.w.tickets += 1
        ticket_id = TICKET_BASE + self.w.tickets
        subject = rng.choice(bank.SUBJECTS[person.lang])
        status = (
            "open"
            if moment > self.end - dt.timedelta(days=14)
            else rng.choice(("solved", "closed", "closed"))
        )
        self.w.line(
            {
                "url": f"https://{SUBDOMAIN}.zendesk.com/api/v2/tickets/{ticket_id}.json",
                "id": ticket_id,
                "external_id": None,
                "via": {
                    "channel": "email",
                    "source": {
                        "from": {"address": person.email, "name": person.name},
                        "to": {"address": f"support@{COMPANY_DOMAIN}", "name": COMPANY},
                        "rel": None,
                    },
                },
                "created_at": _stamp(opened),
                "updated_at": _stamp(moment),
                "type": "question",
                "subject": subject,
                "raw_subject": subject,
                "description": texts[0],
                "priority": "normal",
                "status": status,
                "requester_id": person.id,
                "submitter_id": person.id,
                "assignee_id": last_agent.id,
                "organization_id": None,
                "group_id": 360000000001,
                "tags": ["demo"],
                "comments": comments,
            }
        )
        self.w.customer_messages += len(texts)
        self.w.tick(len(comments))

    def _comment(self, author: int, text: str, moment: dt.datetime, public: bool) -> dict[str, Any]:
        paragraphs = "".join(f'<p dir="auto">{html.escape(text)}</p>' for text in [text])
        return {
            "id": self.w.comment_id(),
            "type": "Comment",
            "author_id": author,
            "body": text,
            "html_body": f'<div class="zd-comment" dir="auto">{paragraphs}</div>',
            "plain_body": text,
            "public": public,
            "attachments": [],
            "via": {"channel": "email" if public else "web"},
            "created_at": _stamp(moment),
        }


def _split(rng: random.Random, total: int, low: int, high: int) -> list[int]:
    """``total`` split into chunks of ``low``..``high`` (the last may be smaller)."""
    sizes: list[int] = []
    left = total
    while left > 0:
        size = min(left, rng.randint(low, high))
        sizes.append(size)
        left -= size
    return sizes
