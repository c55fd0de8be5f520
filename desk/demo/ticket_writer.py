"""The demo export's tickets: each customer's messages, the agents' replies, written as Zendesk.

Below :mod:`desk.demo.generator`, which picks the people and how much each writes: this module
turns one person's messages into tickets (when each was written, which agents answer, the
internal notes) and writes each ticket as one line of Zendesk NDJSON with its comments. The
random draws happen in the same order as they always have, so a seed gives the same export.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from dataclasses import dataclass
from typing import Any, TextIO

from desk.demo import phrases as bank
from desk.progress import Progress

COMPANY = "Lumen Ledger"
COMPANY_DOMAIN = "lumenledger.example"
SUBDOMAIN = "lumenledger"
REPLY_RATE = 0.9  # agent replies per customer message
NOTE_RATE = 0.12  # internal notes per ticket
TICKET_BASE = 1000
COMMENT_BASE = 9_000_000_000_000


@dataclass
class Person:
    """A customer or an agent of the demo company, as both the users and the tickets need."""

    id: int
    name: str
    email: str
    lang: str
    role: str = "end-user"


class TicketWriter:
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


def stamp(moment: dt.datetime) -> str:
    """A time as Zendesk's export writes it (UTC, whole seconds, a ``Z``)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Tickets:
    """Writes the tickets of ordinary, civil and planted customers; one random stream for all."""

    def __init__(
        self, writer: TicketWriter, rng: random.Random, agents: list[Person], end: dt.datetime
    ) -> None:
        self.w = writer
        self.rng = rng
        self.agents = agents
        self.end = end

    # -- who writes what ------------------------------------------------------------------

    def ordinary(self, person: Person, count: int) -> None:
        years = self.rng.uniform(1, 5)
        start = self.end - dt.timedelta(days=365 * years)
        for size in _split(self.rng, count, 1, 6):
            texts = [self._ordinary_text(person.lang) for _ in range(size)]
            self._ticket(person, start, texts, agents_per_ticket=self.rng.choice((1, 1, 1, 2)))

    def civil(self, person: Person, count: int) -> None:
        start = self.end - dt.timedelta(days=365 * 3)
        for size in _split(self.rng, count, 2, 6):
            texts = [
                self.rng.choice(bank.CIVIL[person.lang]) + " " + self._ordinary_text(person.lang)
                if self.rng.random() < 0.6
                else self._ordinary_text(person.lang)
                for _ in range(size)
            ]
            self._ticket(person, start, texts, agents_per_ticket=2)

    def planted(self, person: Person, count: int) -> None:
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
        person: Person,
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
                "created_at": stamp(opened),
                "updated_at": stamp(moment),
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
            "created_at": stamp(moment),
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
