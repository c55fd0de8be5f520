"""The local server's answers to a block: Zendesk's user suspension, Freshdesk's contact update.

- Zendesk ``PUT /api/v2/users/{id}`` (``.json`` optional) with ``{"user": {...}}``: the user's
  fields are updated (``suspended``) and the user is returned as ``{"user": …}``.
- Freshdesk ``PUT /api/v2/contacts/{id}`` with the fields to change (``tags``): the contact is
  returned. ``DELETE /api/v2/contacts/{id}`` (a soft delete) is answered too, so that a test can
  prove it is never called.

Each such request is kept in :func:`calls` (method, path, body), what a test checks.
"""

from __future__ import annotations

import weakref
from typing import Any, Protocol

METHODS = ("PUT", "DELETE")


class _Server(Protocol):
    vendor: str

    @property
    def desk(self) -> Any: ...


_CALLS: weakref.WeakKeyDictionary[Any, list[tuple[str, str, Any]]] = weakref.WeakKeyDictionary()


def calls(server: Any) -> list[tuple[str, str, Any]]:
    """The block requests ``server`` answered, in order."""
    return _CALLS.setdefault(server, [])


def answer(server: _Server, method: str, path: str, body: Any) -> tuple[int, Any, dict[str, str]]:
    """(status, JSON body, headers); raises KeyError (a 404) for anything else."""
    parts = path.strip("/").removesuffix(".json").split("/")
    calls(server).append((method, path, body))
    if server.vendor == "zendesk" and method == "PUT" and parts[:3] == ["api", "v2", "users"]:
        user = server.desk.users[int(parts[3])]
        user.update((body or {}).get("user") or {})
        return 200, {"user": user}, {}
    if server.vendor == "freshdesk" and parts[:3] == ["api", "v2", "contacts"] and len(parts) == 4:
        contact = server.desk.users[int(parts[3])]
        if method == "DELETE":
            contact["deleted"] = True
            return 204, None, {}
        contact.update(body or {})
        return 200, contact, {}
    raise KeyError(path)
