"""Import speed of the Help Scout, Intercom and email-archive importers against Zendesk JSON.

For each format, an export of ``BENCH_MESSAGES`` messages (default 1,000,000; set
``BREAKUP_BENCH_FORMAT_MESSAGES`` to run smaller) is generated once into the benchmark folder,
then imported into a fresh SQLite database in a subprocess. The reference is the Zendesk JSON
importer on the demo export of the same size; the ratio is reference rate / format rate, and
the issue's target is at most 1.5.

Run: ``python -m tests.benchmarks formats_api`` (``BREAKUP_BENCH_ONLY=email`` for some formats
only).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import IO

from tests.benchmarks.bench_import import measure_import
from tests.benchmarks.data import BENCH_CUSTOMERS, BENCH_MESSAGES, bench_dir, demo_export

TARGET_RATIO = 1.5
PER_CONVERSATION = 10
START = 1_704_067_200  # 2024-01-01T00:00:00Z
WORDS = (
    "refund", "invoice", "account", "locked", "again", "please", "today", "order", "broken",
    "support", "manager", "unacceptable", "waiting", "week", "answer", "email", "password",
    "delivery", "late", "charge", "twice",
)  # fmt: skip


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 24))).capitalize() + "."


def _iso(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _plan(messages: int) -> list[tuple[int, int, int]]:
    """(conversation number, customer number, messages in it) covering ``messages``."""
    rng = random.Random(7)
    plan = []
    left, number = messages, 0
    customers = max(1, min(BENCH_CUSTOMERS, messages // PER_CONVERSATION))
    while left > 0:
        count = min(left, rng.randint(2, 2 * PER_CONVERSATION - 2))
        plan.append((number, rng.randrange(customers), count))
        left -= count
        number += 1
    return plan


def write_helpscout(out: IO[str], messages: int) -> None:
    rng = random.Random(1)
    for number, customer, count in _plan(messages):
        start = START + number * 600
        person = {
            "id": customer,
            "type": "customer",
            "first": "Customer",
            "last": str(customer),
            "email": f"c{customer}@example.com",
        }
        threads = []
        for i in range(count):
            agent = i % 2 == 1
            author = (
                {"id": 7 + i % 5, "type": "user", "email": f"agent{i % 5}@desk.example"}
                if agent
                else person
            )
            threads.append(
                {
                    "id": number * 100 + i,
                    "type": ("note" if i % 7 == 6 else "message") if agent else "customer",
                    "createdBy": author,
                    "body": f"<p>{_sentence(rng)}</p>",
                    "createdAt": _iso(start + i * 60),
                }
            )
        conversation = {
            "id": number,
            "type": "email",
            "status": "closed",
            "subject": f"Ticket {number}",
            "createdAt": _iso(start),
            "primaryCustomer": person,
            "_embedded": {"threads": threads},
        }
        out.write(json.dumps(conversation) + "\n")


def write_intercom(out: IO[str], messages: int) -> None:
    rng = random.Random(2)
    for number, customer, count in _plan(messages):
        start = START + number * 600
        contact = {
            "type": "contact",
            "id": f"c{customer}",
            "external_id": str(customer),
            "email": f"c{customer}@example.com",
            "name": f"Customer {customer}",
        }
        user = {"type": "user", "id": f"c{customer}"}
        parts: list[dict[str, object]] = []
        for i in range(1, count):
            admin = i % 2 == 1
            author = (
                {"type": "admin", "id": str(7 + i % 5), "name": f"Agent {i % 5}"} if admin else user
            )
            parts.append(
                {
                    "type": "conversation_part",
                    "id": str(number * 100 + i),
                    "part_type": "note" if admin and i % 7 == 6 else "comment",
                    "body": f"<p>{_sentence(rng)}</p>",
                    "created_at": start + i * 60,
                    "author": author,
                    "attachments": [],
                    "redacted": False,
                }
            )
        conversation = {
            "type": "conversation",
            "id": str(number),
            "created_at": start,
            "updated_at": start + count * 60,
            "state": "closed",
            "source": {
                "type": "conversation",
                "id": f"s{number}",
                "author": user,
                "body": f"<p>{_sentence(rng)}</p>",
                "delivered_as": "customer_initiated",
            },
            "contacts": {"type": "contact.list", "contacts": [contact]},
            "conversation_parts": {
                "type": "conversation_part.list",
                "conversation_parts": parts,
                "total_count": len(parts),
            },
        }
        out.write(json.dumps(conversation) + "\n")


def write_mbox(out: IO[str], messages: int) -> None:
    rng = random.Random(3)
    for number, customer, count in _plan(messages):
        start = START + number * 600
        customer_address = f"c{customer}@example.com"
        previous: list[str] = []
        for i in range(count):
            agent = i % 2 == 1
            sender = f"agent{i % 5}@desk.example" if agent else customer_address
            to = customer_address if agent else "support@desk.example"
            msgid = f"<{number}.{i}@{'desk' if agent else 'example'}.bench>"
            date = email.utils.formatdate(start + i * 60)
            refs = (
                f"In-Reply-To: {previous[-1]}\nReferences: {' '.join(previous[-5:])}\n"
                if previous
                else ""
            )
            quote = f"\n\nOn {date}, someone wrote:\n> earlier text\n" if previous else ""
            out.write(
                f"From {sender}  Mon Jan  1 00:00:00 2024\nFrom: Person <{sender}>\nTo: {to}\n"
                f"Subject: {'Re: ' if previous else ''}Ticket {number}\nMessage-ID: {msgid}\n"
                f"{refs}Date: {date}\nContent-Type: text/plain; charset=utf-8\n\n"
                f"{_sentence(rng)}{quote}\n\n"
            )
            previous.append(msgid)


def write_zendesk(out: IO[str], messages: int) -> None:
    """The reference when the demo export generator is not available: the same plan, with
    ``body`` and ``html_body`` per comment as Zendesk's own export has them."""
    rng = random.Random(4)
    for number, customer, count in _plan(messages):
        start = START + number * 600
        comments = []
        for i in range(count):
            text = _sentence(rng)
            comments.append(
                {
                    "id": number * 100 + i,
                    "author_id": customer if i % 2 == 0 else 900_000 + i % 5,
                    "body": text,
                    "html_body": f"<p>{text}</p>",  # as real Zendesk comments carry
                    "public": i % 7 != 6,
                    "created_at": _iso(start + i * 60),
                }
            )
        out.write(
            json.dumps(
                {
                    "id": number,
                    "requester_id": customer,
                    "subject": f"T {number}",
                    "via": {"channel": "email"},
                    "created_at": _iso(start),
                    "comments": comments,
                }
            )
            + "\n"
        )


def _cached(name: str, messages: int, writer: Callable[[IO[str], int], None]) -> Path:
    path = bench_dir() / f"{name}-{messages}"
    if not path.exists():
        print(f"writing {path} …", flush=True)
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as out:
            writer(out, messages)
        partial.rename(path)
    return path


def _reference(messages: int) -> tuple[str, Path]:
    try:
        return "Zendesk JSON (demo export)", demo_export(BENCH_CUSTOMERS, messages)
    except (ImportError, RuntimeError) as exc:  # no demo generator here: the same plan
        print(f"demo export unavailable ({exc}); generating a Zendesk NDJSON instead")
        return "Zendesk JSON (generated)", _cached("zendesk.ndjson", messages, write_zendesk)


def main() -> None:
    messages = int(os.environ.get("BREAKUP_BENCH_FORMAT_MESSAGES", BENCH_MESSAGES))
    only = {n for n in os.environ.get("BREAKUP_BENCH_ONLY", "").split(",") if n}
    label, reference = _reference(messages)
    ref_count, ref_seconds, ref_peak = measure_import(reference, "zendesk-json")
    ref_rate = ref_count / ref_seconds
    print(f"{label}: {ref_count:,} messages, {ref_rate:10,.0f} messages/s, peak {ref_peak:,.0f} MB")
    formats = (
        ("helpscout-json", "helpscout.ndjson", write_helpscout),
        ("intercom-json", "intercom.ndjson", write_intercom),
        ("email", "mail.mbox", write_mbox),
    )
    for format_name, file_name, writer in formats:
        if only and format_name not in only:
            continue
        path = _cached(file_name, messages, writer)
        count, seconds, peak = measure_import(path, format_name)
        rate = count / seconds
        ratio = ref_rate / rate
        verdict = "ok" if ratio <= TARGET_RATIO else f"SLOWER than {TARGET_RATIO}x"
        print(
            f"{format_name:15} {count:,} messages, {rate:10,.0f} messages/s, "
            f"peak {peak:,.0f} MB; Zendesk/this = {ratio:.2f}x ({verdict})"
        )


if __name__ == "__main__":
    main()
