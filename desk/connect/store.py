"""The connection rows: create, list, find, remove, and move a stream's cursor.

Cursors are JSON per stream (``{"tickets": {...}, "users": {...}}``). :func:`save_cursor` takes
the caller's open connection, so the cursor is written in the same transaction as the page of
records it follows: a sync killed anywhere resumes from its last committed page.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.orm import Session

from desk.db.models import HelpdeskConnection, utcnow
from desk.errors import InputError, NotFoundError


@dataclass(frozen=True, slots=True)
class ConnectionInfo:
    """One connection, as the command and a sync need it (never a secret)."""

    name: str
    vendor: str
    base_url: str
    account: Mapping[str, str]
    token_env: str | None
    cursors: Mapping[str, Any]
    last_sync_at: dt.datetime | None


def _info(row: HelpdeskConnection) -> ConnectionInfo:
    return ConnectionInfo(
        name=row.name,
        vendor=row.vendor,
        base_url=row.base_url,
        account=json.loads(row.account or "{}"),
        token_env=row.token_env,
        cursors=json.loads(row.cursors or "{}"),
        last_sync_at=row.last_sync_at,
    )


def add_connection(
    engine: Engine,
    name: str,
    vendor: str,
    base_url: str,
    account: Mapping[str, str],
    token_env: str | None,
) -> ConnectionInfo:
    """Store a new connection; a name already in use is refused (remove it first)."""
    with engine.begin() as connection:
        taken = connection.scalar(
            select(HelpdeskConnection.id).where(HelpdeskConnection.name == name)
        )
        if taken is not None:
            raise InputError(f"a connection named {name!r} exists; remove it or pick --name")
        connection.execute(
            insert(HelpdeskConnection),
            {
                "name": name,
                "vendor": vendor,
                "base_url": base_url,
                "account": json.dumps(dict(account)),
                "token_env": token_env,
                "cursors": "{}",
            },
        )
    return get_connection(engine, name)


def list_connections(engine: Engine) -> list[ConnectionInfo]:
    with Session(engine) as session:
        rows = session.scalars(select(HelpdeskConnection).order_by(HelpdeskConnection.name))
        return [_info(row) for row in rows]


def get_connection(engine: Engine, name: str | None) -> ConnectionInfo:
    """The connection ``name``; without a name, the only one there is."""
    known = list_connections(engine)
    if name is None:
        if len(known) == 1:
            return known[0]
        if not known:
            raise NotFoundError("no helpdesk is connected; run 'breakup-desk connect' first")
        names = ", ".join(c.name for c in known)
        raise InputError(f"several helpdesks are connected ({names}); name one")
    for info in known:
        if info.name == name:
            return info
    raise NotFoundError(f"no connection named {name!r}; see 'breakup-desk connections'")


def remove_connection(engine: Engine, name: str) -> None:
    with engine.begin() as connection:
        gone = connection.execute(
            delete(HelpdeskConnection).where(HelpdeskConnection.name == name)
        ).rowcount
    if not gone:
        raise NotFoundError(f"no connection named {name!r}; see 'breakup-desk connections'")


def save_cursor(connection: Connection, name: str, stream: str, cursor: Any) -> None:
    """Move ``stream``'s cursor, inside the caller's transaction (with the page it follows)."""
    raw = connection.scalar(
        select(HelpdeskConnection.cursors).where(HelpdeskConnection.name == name)
    )
    cursors = json.loads(raw or "{}")
    cursors[stream] = cursor
    connection.execute(
        update(HelpdeskConnection)
        .where(HelpdeskConnection.name == name)
        .values(cursors=json.dumps(cursors, sort_keys=True))
    )


def mark_synced(connection: Connection, name: str) -> None:
    connection.execute(
        update(HelpdeskConnection)
        .where(HelpdeskConnection.name == name)
        .values(last_sync_at=utcnow())
    )
