"""Import speed of the CSV, XML and other export formats against Zendesk JSON.

Twitter (TWCS), Freshdesk (API JSON and ticket CSV), Zendesk (CSV and XML), Front (analytics CSV
and API JSON), any CSV through a mapping, and a gzip archive: for each, an export of
``BENCH_MESSAGES`` messages (default 1,000,000; ``BREAKUP_BENCH_FORMAT_MESSAGES`` to run smaller)
is generated once into the benchmark folder with the same conversation plan as
``bench_formats_api``, then imported into a fresh SQLite database in a subprocess. The reference
is the Zendesk JSON importer on exports of the same size: the demo export, and a Zendesk NDJSON
with the same plan as the formats here; the ratio is the faster reference's rate / the format's
rate (the issue's target: at most 1.5). The ticket-list CSVs (Zendesk's has no messages,
Freshdesk's one per ticket, its description) write one conversation per row, which costs the
loader far more than a message in a conversation of ten: they are measured in tickets per second
against Zendesk JSON of the same shape (one ticket, one comment).

Run: ``python -m tests.benchmarks formats_exports`` (``BREAKUP_BENCH_ONLY=twitter-csv,csv`` for
some formats only).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from tests.benchmarks.bench_formats_api import (
    START,
    TARGET_RATIO,
    _cached,
    _iso,
    _plan,
    _reference,
    _sentence,
    write_zendesk,
)
from tests.benchmarks.bench_import import measure_import
from tests.benchmarks.data import BENCH_MESSAGES

Writer = Callable[[IO[str], int], None]
COMPANIES = ("AcmeHelp", "AcmeCares", "AcmeBilling")


def _twitter_time(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def _local(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def write_twitter(out: IO[str], messages: int) -> None:
    """TWCS rows; each thread's replies listed before the tweets they answer, as in the dataset."""
    rng = random.Random(11)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id",
            "in_response_to_tweet_id",
        ]
    )  # fmt: skip
    tweet = 1
    for number, customer, count in _plan(messages):
        start = START + number * 600
        handle = COMPANIES[number % len(COMPANIES)]
        rows = []
        for i in range(count):
            inbound = i % 2 == 0
            author = str(100_000 + customer) if inbound else handle
            mention = f"@{handle}" if inbound else f"@{100_000 + customer}"
            rows.append(
                [
                    str(tweet + i),
                    author,
                    "True" if inbound else "False",
                    _twitter_time(start + i * 60),
                    f"{mention} {_sentence(rng)} &amp; more",
                    str(tweet + i + 1) if i + 1 < count else "",
                    str(tweet + i - 1) if i else "",
                ]
            )
        writer.writerows(reversed(rows))
        tweet += count


def write_freshdesk_json(out: IO[str], messages: int) -> None:
    """Tickets with ``include=requester,conversations``, one per line."""
    rng = random.Random(12)
    for number, customer, count in _plan(messages):
        start = START + number * 600
        conversations = [
            {
                "id": number * 100 + i,
                "ticket_id": number,
                "user_id": customer if i % 2 == 0 else 900 + i % 5,
                "incoming": i % 2 == 0,
                "private": i % 7 == 6,
                "body": f"<div>{_sentence(rng)}</div>",
                "body_text": _sentence(rng),
                "created_at": _iso(start + i * 60),
            }
            for i in range(1, count)
        ]
        ticket = {
            "id": number,
            "requester_id": customer,
            "responder_id": 900,
            "subject": f"Ticket {number}",
            "status": 2,
            "source": 1,
            "fr_escalated": False,
            "created_at": _iso(start),
            "description": f"<div>{_sentence(rng)}</div>",
            "description_text": _sentence(rng),
            "requester": {"id": customer, "name": f"Customer {customer}",
                          "email": f"c{customer}@example.com"},
            "conversations": conversations,
        }  # fmt: skip
        out.write(json.dumps(ticket) + "\n")


def write_freshdesk_csv(out: IO[str], messages: int) -> None:
    rng = random.Random(13)
    writer = csv.writer(out)
    writer.writerow(
        ["Ticket ID", "Subject", "Description", "Status", "Priority", "Source", "Agent",
         "Created time", "Last update time", "Agent interactions", "Customer interactions",
         "Full name", "Contact ID", "Email"]
    )  # fmt: skip
    customers = max(1, messages // 10)
    for ticket in range(messages):
        customer = rng.randrange(customers)
        writer.writerow(
            [ticket, f"Ticket {ticket}", _sentence(rng), "Open", "Low", "Email", "Ann",
             _local(START + ticket * 60), _local(START + ticket * 60 + 30), 1, 1,
             f"Customer {customer}", customer, f"c{customer}@example.com"]
        )  # fmt: skip


def write_zendesk_csv(out: IO[str], messages: int) -> None:
    rng = random.Random(14)
    writer = csv.writer(out)
    writer.writerow(
        ["Summation column", "Id", "Requester", "Requester id", "Requester email", "Subject",
         "Status", "Priority", "Via", "Created at", "Updated at", "Organization"]
    )  # fmt: skip
    customers = max(1, messages // 10)
    for ticket in range(messages):
        customer = rng.randrange(customers)
        writer.writerow(
            [1, ticket, f"Customer {customer}", customer, f"c{customer}@example.com",
             _sentence(rng)[:40], "Open", "Normal", "Mail", _local(START + ticket * 60),
             _local(START + ticket * 60 + 30), ""]
        )  # fmt: skip


def write_zendesk_xml(out: IO[str], messages: int) -> None:
    rng = random.Random(15)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tickets type="array">\n')
    for number, customer, count in _plan(messages):
        start = START + number * 600
        out.write(
            f'<ticket>\n<nice-id type="integer">{number}</nice-id>\n'
            f'<requester-id type="integer">{customer}</requester-id>\n'
            f'<created-at type="datetime">{_iso(start)}</created-at>\n'
            f"<subject>Ticket {number}</subject>\n"
            f'<status-id type="integer">1</status-id>\n<via-id type="integer">4</via-id>\n'
            '<comments type="array">\n'
        )
        for i in range(count):
            author = customer if i % 2 == 0 else 900_000 + i % 5
            out.write(
                f'<comment><author-id type="integer">{author}</author-id>'
                f'<created-at type="datetime">{_iso(start + i * 60)}</created-at>'
                f'<is-public type="boolean">{"false" if i % 7 == 6 else "true"}</is-public>'
                f"<value>{escape(_sentence(rng))} &amp; more</value></comment>\n"
            )
        out.write("</comments>\n</ticket>\n")
    out.write("</tickets>\n")


def write_front_csv(out: IO[str], messages: int) -> None:
    rng = random.Random(16)
    writer = csv.writer(out)
    writer.writerow(
        ["Message ID", "Conversation ID", "Direction", "Status", "Inbox", "Message date",
         "Author", "From", "To", "Contact name", "Contact handle", "Extract", "Subject"]
    )  # fmt: skip
    for number, customer, count in _plan(messages):
        start = START + number * 600
        contact = f"c{customer}@example.com"
        for i in range(count):
            inbound = i % 2 == 0
            writer.writerow(
                [
                    f"msg_{number}_{i}",
                    f"cnv_{number}",
                    "Inbound" if inbound else "Outbound",
                    "Archived",
                    "Support",
                    _local(start + i * 60),
                    "" if inbound else f"Agent {i % 5}",
                    contact if inbound else "support@acme.example",
                    "support@acme.example" if inbound else contact,
                    f"Customer {customer}",
                    contact,
                    _sentence(rng),
                    f"Ticket {number}" if i == 0 else "",
                ]
            )


def write_front_json(out: IO[str], messages: int) -> None:
    """One API page of a conversation's messages per line."""
    rng = random.Random(17)
    for number, customer, count in _plan(messages):
        start = START + number * 600
        contact = f"c{customer}@example.com"
        link = {
            "related": {"conversation": f"https://acme.api.frontapp.com/conversations/cnv_{number}"}
        }
        results = []
        for i in range(count):
            inbound = i % 2 == 0
            author = None if inbound else {"id": f"tea_{i % 5}", "first_name": "Agent",
                                           "last_name": str(i % 5)}  # fmt: skip
            results.append(
                {
                    "_links": link,
                    "id": f"msg_{number}_{i}",
                    "type": "email",
                    "is_inbound": inbound,
                    "created_at": start + i * 60 + 0.25,
                    "body": f"<p>{_sentence(rng)}</p>",
                    "text": _sentence(rng),
                    "author": author,
                    "recipients": [
                        {"handle": contact, "role": "from" if inbound else "to"},
                        {"handle": "support@acme.example", "role": "to" if inbound else "from"},
                    ],
                }
            )
        out.write(json.dumps({"_pagination": {"next": None}, "_results": results}) + "\n")


def write_generic_csv(out: IO[str], messages: int) -> None:
    rng = random.Random(18)
    writer = csv.writer(out)
    writer.writerow(["Ticket ID", "Created At", "From", "From Email", "Direction", "Message"])
    for number, customer, count in _plan(messages):
        start = START + number * 600
        for i in range(count):
            inbound = i % 2 == 0
            writer.writerow(
                [
                    f"T-{number}",
                    _local(start + i * 60),
                    f"Customer {customer}" if inbound else f"Agent {i % 5}",
                    f"c{customer}@example.com" if inbound else f"agent{i % 5}@desk.example",
                    "inbound" if inbound else "outbound",
                    _sentence(rng),
                ]
            )


def _gzipped(source: Path) -> Path:
    target = source.with_name(source.name + ".gz")
    if not target.exists():
        partial = target.with_suffix(".partial")
        with source.open("rb") as raw, gzip.open(partial, "wb", compresslevel=3) as packed:
            shutil.copyfileobj(raw, packed, 1 << 20)
        partial.rename(target)
    return target


FORMATS: tuple[tuple[str, str, Writer], ...] = (
    ("twitter-csv", "twcs.csv", write_twitter),
    ("freshdesk-json", "freshdesk.ndjson", write_freshdesk_json),
    ("freshdesk-csv", "freshdesk-tickets.csv", write_freshdesk_csv),
    ("zendesk-csv", "zendesk-tickets.csv", write_zendesk_csv),
    ("zendesk-xml", "zendesk-tickets.xml", write_zendesk_xml),
    ("front-csv", "front-messages.csv", write_front_csv),
    ("front-json", "front-messages.ndjson", write_front_json),
    ("csv", "any.csv", write_generic_csv),
)


def write_zendesk_tickets(out: IO[str], messages: int) -> None:
    """The ticket-list formats' own shape in Zendesk JSON: one ticket per message, its only
    comment by the requester (the reference for a one-row-per-ticket export)."""
    rng = random.Random(19)
    customers = max(1, messages // 10)
    for ticket in range(messages):
        customer = rng.randrange(customers)
        at = _iso(START + ticket * 60)
        comment = {"id": ticket, "author_id": customer, "body": _sentence(rng), "public": True,
                   "created_at": at}  # fmt: skip
        out.write(
            json.dumps(
                {
                    "id": ticket,
                    "requester_id": customer,
                    "subject": f"T {ticket}",
                    "via": {"channel": "email"},
                    "created_at": at,
                    "comments": [comment],
                }
            )
            + "\n"
        )


TICKET_LISTS = ("freshdesk-csv", "zendesk-csv")


def _rate(label: str, path: Path) -> float:
    count, seconds, peak = measure_import(path, "zendesk-json")
    rate = count / seconds
    print(f"{label}: {count:,} messages, {rate:10,.0f} messages/s, peak {peak:,.0f} MB")
    return rate


def main() -> None:
    messages = int(os.environ.get("BREAKUP_BENCH_FORMAT_MESSAGES", BENCH_MESSAGES))
    only = {n for n in os.environ.get("BREAKUP_BENCH_ONLY", "").split(",") if n}
    references = [_reference(messages)]
    if references[0][0] != "Zendesk JSON (generated)":  # also the same plan as the formats below
        references.append(
            ("Zendesk JSON (same plan)", _cached("zendesk.ndjson", messages, write_zendesk))
        )
    ref_rate = max(_rate(label, path) for label, path in references)  # the faster reference
    ticket_rate = 0.0
    if not only or only & set(TICKET_LISTS):
        tickets = _cached("zendesk-tickets.ndjson", messages, write_zendesk_tickets)
        ticket_rate = _rate("Zendesk JSON (one comment per ticket)", tickets)
    runs: list[tuple[str, Path]] = []
    for format_name, file_name, writer in FORMATS:
        if not only or format_name in only:
            runs.append((format_name, _cached(file_name, messages, writer)))
    if not only or "archive" in only:
        runs.append(("archive", _gzipped(_cached("front-messages.csv", messages, write_front_csv))))
    for format_name, path in runs:
        count, seconds, peak = measure_import(path, format_name)
        unit, reference, against = "messages", ref_rate, "Zendesk"
        if format_name in TICKET_LISTS:  # one conversation per row: against the same shape
            count, unit = messages, "tickets"
            reference, against = ticket_rate, "Zendesk 1-per-ticket"
        rate = count / seconds
        ratio = reference / rate
        verdict = "ok" if ratio <= TARGET_RATIO else f"SLOWER than {TARGET_RATIO}x"
        name = f"{format_name} (gz of front-csv)" if format_name == "archive" else format_name
        print(
            f"{name:26} {count:,} {unit}, {rate:10,.0f} {unit}/s, peak {peak:,.0f} MB; "
            f"{against}/this = {ratio:.2f}x ({verdict})"
        )


if __name__ == "__main__":
    main()
