"""Helpers for the signals tests: messages in a database, the hand-labelled support sets."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desk.db.models import AuthorKind, Conversation, Customer, Message

DATA = Path(__file__).parent / "data"
SUPPORT_LANGUAGES = ("en", "es", "ru", "zh", "sv")
_ids = itertools.count(1)


@dataclass(frozen=True)
class Labelled:
    abusive: bool
    kind: str  # the category of an abusive message, or why another one is not abusive
    text: str


def support_set(language: str, stem: str = "support") -> list[Labelled]:
    """The hand-written support-desk messages of ``language`` (data/<stem>_<lang>.tsv):
    ``support``, ``holdout`` or ``dev`` (the issue #19 development sets)."""
    lines = (DATA / f"{stem}_{language}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0] == ["label", "kind", "text"]
    return [Labelled(label == "1", kind, text) for label, kind, text in rows[1:]]


def add_customer(
    session: Session,
    name: str,
    texts: list[str],
    author: AuthorKind = AuthorKind.CUSTOMER,
    customer: Customer | None = None,
) -> tuple[Customer, list[int]]:
    """A customer (new unless given) with one conversation holding ``texts``; message ids."""
    if customer is None:
        customer = Customer(display_name=name, primary_email=f"{name.lower()}@example.test")
        session.add(customer)
        session.flush()
    start = dt.datetime(2025, 3, 1, 9, 0)
    conversation = Conversation(
        source="test",
        external_id=f"c{next(_ids)}",
        customer_id=customer.id,
        created_at=start,
        status="open",
    )
    session.add(conversation)
    session.flush()
    messages = [
        Message(
            source="test",
            external_id=f"m{next(_ids)}",
            conversation_id=conversation.id,
            customer_id=customer.id,
            author_kind=author,
            created_at=start + dt.timedelta(hours=i),
            public=True,
            body_text=text,
            body_sha256="0" * 64,
        )
        for i, text in enumerate(texts)
    ]
    session.add_all(messages)
    session.commit()
    return customer, [m.id for m in messages]
