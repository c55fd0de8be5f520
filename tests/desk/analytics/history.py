"""A small support history whose every statistic is worked out by hand in the tests.

Customers (all times 2024, UTC; 1 Jan 2024 was a Monday):

* Dana (#dana): conversation 1 opened Wed 10 Jan: she writes at 09:00, 09:30 and 22:00; agent
  A1 answers on the 11th at 10:00, then A2 at 11:00; A3 leaves an internal note at 11:30; Dana
  writes again Mon 15 Jan 12:00 (four days after the last reply: a reopen); A1 answers at 13:00.
  Conversation 2 opened Sat 3 Feb: Dana writes at 10:00, an auto-reply (system) at 10:01, A3
  answers Mon 5 Feb. Monthly revenue 50 USD.
* Ben: conversation 3, Mon 22 Jan: he writes at 10:00, a CC'd colleague (other) at 10:30, A1
  answers at 11:00; a customer-authored internal note (public false) on the 23rd.
* Cleo: conversation 4, Mon 12 Feb: she writes at 10:00 and 10:05, A2 answers at 12:00 and 12:30.
* Dev: conversation 5, Fri 1 Mar: only an outbound message from A3.
* Eve: no conversation at all.

Flags: confirmed on Dana's 22:00 message and on Cleo's first; suggested on Dana's 15 Jan
message; dismissed on her 3 Feb message.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from desk.db.models import (
    Agent,
    AuthorKind,
    Conversation,
    Customer,
    Flag,
    FlagStatus,
    Message,
)


@dataclass(frozen=True)
class History:
    dana: int
    ben: int
    cleo: int
    dev: int
    eve: int
    messages: dict[str, int]


_ids = itertools.count(1)


def at(day: str, time: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"2024-{day}T{time}")


def add_conversation(
    session: Session,
    customer: Customer,
    opened: dt.datetime,
    messages: list[tuple[str, AuthorKind, Agent | None, dt.datetime, bool]],
) -> dict[str, Message]:
    """One conversation and its messages: (label, author, agent, time, public)."""
    n = next(_ids)
    conversation = Conversation(
        source="test",
        external_id=f"c{n}",
        customer_id=customer.id,
        created_at=opened,
        status="solved",
    )
    session.add(conversation)
    session.flush()
    made = {}
    for label, kind, agent, when, public in messages:
        message = Message(
            source="test",
            external_id=f"m{next(_ids)}",
            conversation_id=conversation.id,
            customer_id=customer.id,
            author_kind=kind,
            agent_id=agent.id if agent else None,
            created_at=when,
            public=public,
            body_text=label,
            body_sha256="0" * 64,
        )
        session.add(message)
        made[label] = message
    session.flush()
    return made


def build_history(session: Session) -> History:
    a1, a2, a3 = (Agent(source="test", external_id=f"a{i}", name=f"A{i}") for i in (1, 2, 3))
    people = {
        name: Customer(display_name=name, primary_email=f"{name.lower()}@example.test")
        for name in ("Dana", "Ben", "Cleo", "Dev", "Eve")
    }
    people["Dana"].monthly_revenue = Decimal("50.00")
    people["Dana"].currency = "USD"
    session.add_all([a1, a2, a3, *people.values()])
    session.flush()
    c, a, s, o = AuthorKind.CUSTOMER, AuthorKind.AGENT, AuthorKind.SYSTEM, AuthorKind.OTHER
    m: dict[str, Message] = {}
    m |= add_conversation(
        session,
        people["Dana"],
        at("01-10", "09:00"),
        [
            ("m1", c, None, at("01-10", "09:00"), True),
            ("m2", c, None, at("01-10", "09:30"), True),
            ("m3", c, None, at("01-10", "22:00"), True),
            ("m4", a, a1, at("01-11", "10:00"), True),
            ("m5", a, a2, at("01-11", "11:00"), True),
            ("m6", a, a3, at("01-11", "11:30"), False),
            ("m7", c, None, at("01-15", "12:00"), True),
            ("m8", a, a1, at("01-15", "13:00"), True),
        ],
    )
    m |= add_conversation(
        session,
        people["Dana"],
        at("02-03", "10:00"),
        [
            ("m9", c, None, at("02-03", "10:00"), True),
            ("m10", s, None, at("02-03", "10:01"), True),
            ("m11", a, a3, at("02-05", "09:00"), True),
        ],
    )
    m |= add_conversation(
        session,
        people["Ben"],
        at("01-22", "10:00"),
        [
            ("m12", c, None, at("01-22", "10:00"), True),
            ("m20", o, None, at("01-22", "10:30"), True),
            ("m13", a, a1, at("01-22", "11:00"), True),
            ("m19", c, None, at("01-23", "09:00"), False),
        ],
    )
    m |= add_conversation(
        session,
        people["Cleo"],
        at("02-12", "10:00"),
        [
            ("m14", c, None, at("02-12", "10:00"), True),
            ("m15", c, None, at("02-12", "10:05"), True),
            ("m16", a, a2, at("02-12", "12:00"), True),
            ("m17", a, a2, at("02-12", "12:30"), True),
        ],
    )
    m |= add_conversation(
        session,
        people["Dev"],
        at("03-01", "09:00"),
        [
            ("m18", a, a3, at("03-01", "09:00"), True),
        ],
    )
    for label, status in (
        ("m3", FlagStatus.CONFIRMED),
        ("m14", FlagStatus.CONFIRMED),
        ("m7", FlagStatus.SUGGESTED),
        ("m9", FlagStatus.DISMISSED),
    ):
        session.add(
            Flag(
                message_id=m[label].id,
                category="threat",
                rule_id="test.threat",
                start=0,
                end=2,
                score=0.9,
                status=status,
            )
        )
    session.commit()
    return History(
        dana=people["Dana"].id,
        ben=people["Ben"].id,
        cleo=people["Cleo"].id,
        dev=people["Dev"].id,
        eve=people["Eve"].id,
        messages={label: message.id for label, message in m.items()},
    )


def merge(session: Session, merged: int, into: int) -> None:
    session.get_one(Customer, merged).merged_into_id = into
    session.commit()
