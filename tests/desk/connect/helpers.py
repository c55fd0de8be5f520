"""What the connector tests share: the same records as a file, and a database's contents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from tests.vendor_server.data import Desk
from tests.vendor_server.more_data import intercom_full

# The rows that say what was imported; ids, batch ids and insertion times are left out, as two
# databases filled by different runs number them differently.
CONTENTS = {
    "conversations": "SELECT c.source, c.external_id, c.subject, c.channel, c.status, "
    "c.created_at, c.updated_at, cu.primary_email, cu.display_name FROM conversation c "
    "JOIN customer cu ON cu.id = c.customer_id ORDER BY c.source, c.external_id",
    "messages": "SELECT m.source, m.external_id, c.external_id, m.author_kind, m.created_at, "
    "m.body_text, m.public, m.channel, a.external_id, cu.primary_email FROM message m "
    "JOIN conversation c ON c.id = m.conversation_id JOIN customer cu ON cu.id = m.customer_id "
    "LEFT JOIN agent a ON a.id = m.agent_id ORDER BY m.source, m.external_id",
    "customers": "SELECT display_name, primary_email, organisation, merged_into_id IS NULL "
    "FROM customer ORDER BY primary_email, display_name",
    "identities": "SELECT i.source, i.kind, i.value, cu.primary_email FROM identity i "
    "JOIN customer cu ON cu.id = i.customer_id ORDER BY i.source, i.kind, i.value",
    "agents": "SELECT source, external_id, name, email FROM agent ORDER BY source, external_id",
    "customer_summary": "SELECT cu.primary_email, s.customer_messages, s.conversations, "
    "s.workload, s.agents FROM customer_summary s JOIN customer cu ON cu.id = s.customer_id "
    "ORDER BY cu.primary_email",
}


def contents(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            name: [tuple(row) for row in connection.execute(text(query))]
            for name, query in CONTENTS.items()
        }


def export_file(desk: Desk, vendor: str, folder: Path) -> Path:
    """The desk's records as the vendor's JSON export the file importers read."""
    if vendor == "zendesk":
        path = folder / "zendesk.ndjson"
        lines = [json.dumps(user) for user in desk.users.values()]
        lines += [
            json.dumps({**ticket, "comments": desk.messages[key]})
            for key, ticket in desk.tickets.items()
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
    path = folder / "freshdesk.json"
    records: list[dict[str, Any]] = list(desk.users.values())
    records += [
        {**ticket, "conversations": desk.messages[key]} for key, ticket in desk.tickets.items()
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def export_more(desk: Desk, vendor: str, folder: Path) -> Path:
    """The desk's records as the Help Scout, Intercom or Front API dump the file readers read:
    each conversation with its threads, parts or messages inline (Intercom: contacts first)."""
    path = folder / f"{vendor}.ndjson"
    if vendor == "helpscout":
        lines = [
            {**c, "_embedded": {**(c.get("_embedded") or {}), "threads": desk.messages[c["id"]]}}
            for c in desk.tickets.values()
        ]
    elif vendor == "intercom":
        lines = list(desk.users.values()) + [intercom_full(desk, k) for k in desk.tickets]
    else:
        lines = [{**c, "messages": desk.messages[k]} for k, c in desk.tickets.items()]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path
