"""Asking a helpdesk to stop a customer from reaching the team, in the least destructive way
its API offers, and refusing where the API offers only deletion.

- **Zendesk**: ``PUT /api/v2/users/{id}`` with ``{"user": {"suspended": true}}``. A suspended
  end user cannot sign in or open tickets, and the flag is undone the same way; nothing is
  deleted. The id comes from ``GET /api/v2/users/search.json?query=email:…``.
- **Freshdesk**: API v2 can only *soft-delete* a contact (``DELETE /api/v2/contacts/{id}``),
  which hides their tickets from the team, and has no call that blocks one (blocking is in the
  agent interface: the contact's page, Block). So nothing is deleted: the contact is tagged
  ``breakup-desk-blocked`` with ``PUT /api/v2/contacts/{id}`` (its existing tags kept), and the
  answer says to finish the block on the contact's page.
- **Help Scout, Intercom, Front**: refused with a line that says why and what to do by hand
  (Intercom's ``POST /contacts/{id}/block`` exists only in its *Unstable* API version; Help
  Scout's and Front's public APIs have no block for a customer).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desk.connect.http import ConnectError
from desk.connect.vendor import Connector

FRESHDESK_TAG = "breakup-desk-blocked"
REFUSED = {
    "helpscout": "Help Scout's API has no call that blocks a customer; block them in Help Scout "
    "(the customer's profile) and note it on the case",
    "intercom": "Intercom can block a contact only through its Unstable API version "
    "(POST /contacts/{id}/block), which Breakup Desk does not use; block them in Intercom "
    "(the contact's page, Block)",
    "front": "Front's API has no call that blocks a contact; block them in Front "
    "(the contact, Block sender) and note it on the case",
    "imap": "a mailbox cannot block a sender; add a rule in the mail server instead",
}


@dataclass(frozen=True)
class BlockResult:
    """What the helpdesk did, as the case records it."""

    vendor: str
    external_id: str
    status: str  # "suspended" | "tagged"
    detail: str


def blockable(vendor: str) -> str | None:
    """Why ``vendor`` cannot be asked to block (None when it can), before anything is done."""
    return REFUSED.get(vendor)


def block_customer(connector: Connector, vendor: str, email: str) -> BlockResult:
    """Suspend (Zendesk) or tag (Freshdesk) the customer with address ``email``."""
    reason = blockable(vendor)
    if reason is not None:
        raise ConnectError(reason)
    if vendor == "zendesk":
        return _zendesk(connector, email)
    if vendor == "freshdesk":
        return _freshdesk(connector, email)
    raise ConnectError(f"blocking a customer is not supported for {vendor}")


def _zendesk(connector: Connector, email: str) -> BlockResult:
    url = f"{connector.base_url}/api/v2/users/search.json"
    found = _dict(connector.client.get(url, {"query": f"email:{email}"}).body, url).get("users")
    users = [u for u in found or [] if isinstance(u, dict) and u.get("email") == email]
    if not users:
        raise ConnectError(f"no Zendesk user has the address {email}")
    user_id = str(int(users[0]["id"]))
    put = f"{connector.base_url}/api/v2/users/{user_id}"
    answer = connector.client.request(
        "PUT", put, data=b'{"user": {"suspended": true}}', content_type="application/json"
    )
    user = _dict(answer.body, put).get("user")
    if not isinstance(user, dict) or user.get("suspended") is not True:
        raise ConnectError(f"Zendesk did not confirm that user {user_id} is suspended")
    return BlockResult("zendesk", user_id, "suspended", f"Zendesk user {user_id} suspended")


def _freshdesk(connector: Connector, email: str) -> BlockResult:
    url = f"{connector.base_url}/api/v2/contacts"
    body = connector.client.get(url, {"email": email}).body
    contacts = [c for c in body or [] if isinstance(c, dict)] if isinstance(body, list) else []
    if not contacts:
        raise ConnectError(f"no Freshdesk contact has the address {email}")
    contact = contacts[0]
    contact_id = str(int(contact["id"]))
    tags = [str(t) for t in contact.get("tags") or []]
    if FRESHDESK_TAG not in tags:
        tags.append(FRESHDESK_TAG)
    put = f"{connector.base_url}/api/v2/contacts/{contact_id}"
    answer = connector.client.request(
        "PUT", put, data=json.dumps({"tags": tags}).encode(), content_type="application/json"
    )
    if FRESHDESK_TAG not in (_dict(answer.body, put).get("tags") or []):
        raise ConnectError(f"Freshdesk did not confirm the tag on contact {contact_id}")
    return BlockResult(
        "freshdesk",
        contact_id,
        "tagged",
        f"Freshdesk contact {contact_id} tagged {FRESHDESK_TAG!r}: Freshdesk's API cannot block "
        "a contact without deleting it; finish the block on the contact's page (Block)",
    )


def _dict(body: Any, url: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ConnectError(f"{url.split('?')[0]}: expected a JSON object")
    return body
