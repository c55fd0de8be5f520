"""Turning the people an export names into customers and agents, without duplicates.

A customer is found by the vendor id first (identity ``(source, "id", value)``), then by any
of their email addresses (identity ``("email", "address", value)``): the same person under a
second vendor id or in another helpdesk's export is the same customer. When one person's
emails point at two existing customers, the two are merged and the merge is recorded.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, insert, select, update

from desk.db.bulk import (
    Growth,
    insert_for,
    insert_ignore,
    insert_rows,
    next_ids,
    select_in,
    time_param,
)
from desk.db.models import Agent, Customer, CustomerMerge, Identity, utcnow
from desk.ingest.records import Person
from desk.ingest.text.normalise import clean_text

EMAIL = "email"
_IDENTITY_COLUMNS = ("customer_id", "source", "kind", "value")
_IDENTITY_KEY = ("source", "kind", "value")
_CUSTOMER_COLUMNS = (
    "id",
    "display_name",
    "primary_email",
    "organisation",
    "monthly_revenue",
    "currency",
    "created_at",
)


def _same(value: Any) -> Any:
    return value


CACHE_LIMIT = 200_000  # vendor ids kept in memory per import (~30 MB); the rest are looked up


class PeopleResolver:
    """Caches vendor id → customer id and agent id for one import."""

    def __init__(self, connection: Connection, source: str, growth: Growth | None = None) -> None:
        self.connection = connection
        self.source = source
        # the planner's statistics of the identity table, kept in step (see Growth)
        self.growth = growth or Growth(connection)
        self._customers: dict[str, int] = {}
        self._agents: dict[str, int] = {}
        self.customers_new = 0
        self.customers_merged = 0

    # -- persons ------------------------------------------------------------------------

    def add_persons(self, persons: Sequence[Person]) -> None:
        latest = {(p.role, p.external_id): _clean_person(p) for p in persons}
        agents = [p for (role, _), p in latest.items() if role == "agent"]
        customers = [p for (role, _), p in latest.items() if role != "agent"]
        if agents:
            self._upsert_agents(agents)
        if customers:
            self._upsert_customers(customers)

    def _upsert_agents(self, agents: list[Person]) -> None:
        statement = insert_for(self.connection, Agent)
        statement = statement.on_conflict_do_update(
            index_elements=["source", "external_id"],
            set_={"name": statement.excluded.name, "email": statement.excluded.email},
        )
        rows = [
            {
                "source": self.source,
                "external_id": p.external_id,
                "name": p.name,
                "email": p.emails[0] if p.emails else None,
            }
            for p in agents
        ]
        self.connection.execute(statement, rows)

    def _upsert_customers(self, persons: list[Person]) -> None:
        known = self._lookup_ids([p.external_id for p in persons])
        updates = [p for p in persons if p.external_id in known]
        fresh = [p for p in persons if p.external_id not in known]
        for person in updates:
            values = _customer_values(person)
            if values:  # a second mention with nothing new (no name, address, ...) changes nothing
                self.connection.execute(
                    update(Customer).where(Customer.id == known[person.external_id]).values(values)
                )
            self._add_identities(known[person.external_id], person)
        by_email = self._lookup_emails({e for p in fresh for e in p.emails})
        new: list[Person] = []
        followers: list[tuple[Person, Person]] = []  # (person, the new person sharing an email)
        claimed: dict[str, Person] = {}
        for person in fresh:
            matches = sorted({by_email[e] for e in person.emails if e in by_email})
            if matches:
                kept = matches[0]
                for other in matches[1:]:
                    self._merge(kept, other, f"{self.source} user {person.external_id} has both")
                self._customers[person.external_id] = kept
                self._add_identities(kept, person)
                continue
            leader = next((claimed[e] for e in person.emails if e in claimed), None)
            if leader is not None:
                followers.append((person, leader))
                continue
            new.append(person)
            for email in person.emails:
                claimed.setdefault(email, person)
        self._create(new)
        for person, leader in followers:
            customer_id = self._customers[leader.external_id]
            self._customers[person.external_id] = customer_id
            self._add_identities(customer_id, person)

    def _create(self, persons: Sequence[Person]) -> None:
        if not persons:
            return
        rows = [
            {
                "display_name": f"{self.source.title()} user {p.external_id}",
                "primary_email": None,
                "organisation": None,
                "monthly_revenue": None,
                "currency": None,
                **_customer_values(p),
            }
            for p in persons
        ]
        ids = self._insert_customers(rows)
        self.customers_new += len(ids)
        for person, customer_id in zip(persons, ids, strict=True):
            self._customers[person.external_id] = customer_id
        identity_rows = [
            (row["customer_id"], row["source"], row["kind"], row["value"])
            for person, cid in zip(persons, ids, strict=True)
            for row in self._identity_rows(cid, person)
        ]
        insert_rows(self.connection, Identity, _IDENTITY_COLUMNS, identity_rows, _IDENTITY_KEY)
        self.growth.added(Identity, len(identity_rows))

    def _insert_customers(self, rows: list[dict[str, Any]]) -> list[int]:
        """Insert customer rows; their new ids, in order.

        The ids are chosen first, then the rows go in as plain tuples through
        :func:`insert_rows` (SQLAlchemy's per-row parameter processing of dicts cost more than
        the insert itself: ~40 µs a customer). SQLite cannot return ids in parameter order from
        one ``executemany``: the ids count on from the highest one, as SQLite would choose them
        itself (this transaction is the only writer). PostgreSQL draws them from the column's
        own sequence in one statement."""
        name = self.connection.dialect.name
        ids = next_ids(self.connection, Customer, len(rows))
        if ids is None:
            statement = insert(Customer).returning(Customer.id, sort_by_parameter_order=True)
            return list(self.connection.execute(statement, rows).scalars().all())
        created = time_param(self.connection)(utcnow())
        # SQLite has no decimal type: SQLAlchemy's Numeric stores a float there, as here.
        money = float if name == "sqlite" else _same
        tuples = [
            (
                customer_id,
                row["display_name"],
                row["primary_email"],
                row["organisation"],
                None if row["monthly_revenue"] is None else money(row["monthly_revenue"]),
                row["currency"],
                created,
            )
            for customer_id, row in zip(ids, rows, strict=True)
        ]
        # the identities and conversations refer to these ids: each must go in
        insert_rows(self.connection, Customer, _CUSTOMER_COLUMNS, tuples, ["id"], all_new=True)
        return ids

    def _add_identities(self, customer_id: int, person: Person) -> None:
        rows = self._identity_rows(customer_id, person)
        insert_ignore(self.connection, Identity, rows, ["source", "kind", "value"])
        self.growth.added(Identity, len(rows))

    def _identity_rows(self, customer_id: int, person: Person) -> list[dict[str, Any]]:
        rows = [
            {
                "customer_id": customer_id,
                "source": self.source,
                "kind": "id",
                "value": person.external_id,
            }
        ]
        rows += [
            {"customer_id": customer_id, "source": EMAIL, "kind": "address", "value": e}
            for e in person.emails
        ]
        rows += [
            {"customer_id": customer_id, "source": self.source, "kind": kind, "value": value}
            for kind, value in person.handles
        ]
        return rows

    def _merge(self, kept: int, merged: int, reason: str) -> None:
        """Merge customer ``merged`` into ``kept``: identities move, the merge is recorded."""
        moved = list(
            self.connection.scalars(select(Identity.id).where(Identity.customer_id == merged))
        )
        self.connection.execute(
            update(Identity).where(Identity.customer_id == merged).values(customer_id=kept)
        )
        self.connection.execute(
            update(Customer).where(Customer.id == merged).values(merged_into_id=kept)
        )
        self.connection.execute(
            insert(CustomerMerge).values(
                kept_id=kept, merged_id=merged, reason=reason, identity_ids=json.dumps(moved)
            )
        )
        for key, value in list(self._customers.items()):
            if value == merged:
                self._customers[key] = kept
        self.customers_merged += 1

    # -- lookups --------------------------------------------------------------------------

    def _lookup_ids(self, external_ids: Iterable[str]) -> dict[str, int]:
        if len(self._customers) > CACHE_LIMIT:  # memory flat at a million customers: the
            self._customers.clear()  # identity table answers what the cache forgot
        wanted = [e for e in set(external_ids) if e not in self._customers]
        rows = select_in(
            self.connection,
            Identity,
            ("value", "customer_id"),
            {"source": self.source, "kind": "id"},
            "value",
            wanted,
        )
        self._customers.update(rows)
        return {e: self._customers[e] for e in set(external_ids) if e in self._customers}

    def _lookup_emails(self, emails: set[str]) -> dict[str, int]:
        rows = select_in(
            self.connection,
            Identity,
            ("value", "customer_id"),
            {"source": EMAIL, "kind": "address"},
            "value",
            sorted(emails),
        )
        return dict(rows)

    def customers_for(self, external_ids: Sequence[str]) -> dict[str, int]:
        """Customer ids for vendor ids; people the export never described get a placeholder."""
        known = self._lookup_ids(external_ids)
        missing = sorted(set(external_ids) - known.keys())
        if missing:
            self._create([Person(external_id=e, role="customer") for e in missing])
        return {e: self._customers[e] for e in external_ids}

    def agents_for(self, external_ids: Sequence[str]) -> dict[str, int]:
        wanted = sorted({e for e in external_ids if e not in self._agents})
        if wanted:
            insert_ignore(
                self.connection,
                Agent,
                [{"source": self.source, "external_id": e} for e in wanted],
                ["source", "external_id"],
            )
            self.growth.added(Agent, len(wanted))
            rows = select_in(
                self.connection,
                Agent,
                ("external_id", "id"),
                {"source": self.source},
                "external_id",
                wanted,
            )
            self._agents.update(rows)
        return {e: self._agents[e] for e in external_ids if e in self._agents}


def _customer_values(person: Person) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if person.name:
        values["display_name"] = person.name[:300]
    if person.emails:
        values["primary_email"] = person.emails[0]
    if person.organisation:
        values["organisation"] = person.organisation
    if person.monthly_revenue is not None:
        values["monthly_revenue"] = person.monthly_revenue
        values["currency"] = person.currency
    return values


def _clean_person(person: Person) -> Person:
    """The person with text every database accepts (the same object when it already is)."""
    if _all_clean(person):
        return person
    changes: dict[str, Any] = {}
    for spec in dataclasses.fields(person):
        value = getattr(person, spec.name)
        if isinstance(value, str) and clean_text(value) is not value:
            changes[spec.name] = clean_text(value)
    if any(clean_text(e) is not e for e in person.emails):
        changes["emails"] = tuple(clean_text(e) for e in person.emails)
    return dataclasses.replace(person, **changes) if changes else person


def _all_clean(person: Person) -> bool:
    """Whether :func:`clean_text` would leave every text of ``person`` as it is: checked on
    them all joined, in C, instead of a Python call per field (almost every person is)."""
    parts = [person.external_id, person.role, person.name or "", person.organisation or ""]
    parts += (person.currency or "", *person.emails)
    try:
        text = "".join(parts)
    except TypeError:  # a field of another type: the field by field path decides
        return False
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True
