"""Help Scout, Intercom and Front, as the local vendor server answers them.

Each answers the endpoints its connector uses, checks credentials as the vendor does (Help
Scout: an access token it issued from ``POST /v2/oauth2/token`` for the right app id and
secret; Intercom and Front: the Bearer token), filters by the documented change-time parameter
and paginates the documented way:

- Help Scout: ``modifiedSince`` (at or after), ``page`` (1-based), ``page{number,totalPages}``
  and ``_links.next`` while another page follows; threads two to a page. The advanced search
  ``query=(email:"…")`` keeps the conversations of the customer with that address, and
  ``embed=threads`` puts each conversation's threads under ``_embedded.threads``.
- Intercom: ``POST …/search`` with ``updated_at >`` and ``pagination.starting_after``; the
  answer's ``pages.next.starting_after`` while another page follows. Contacts are also found
  by ``email =``, conversations by ``contact_ids =``; any other query is a 400, as Intercom
  answers a field it cannot search.
- Front: ``q[updated_after]`` (strictly after), ``limit``, and ``_pagination.next`` (a full URL
  with ``page_token``) or ``null``; messages two to a page. ``GET /contacts/{id}/conversations``
  takes the contact's e-mail alias (``alt:email:…``) and answers 404 for an unknown contact.

A 429 names its wait in the vendor's documented header (:func:`rate_limit_headers`).
"""

from __future__ import annotations

import base64
import re
import time
import urllib.parse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tests.vendor_server.more_data import VENDORS, intercom_full

if TYPE_CHECKING:
    from tests.vendor_server.server import VendorServer

Answer = tuple[int, Any, dict[str, str]]
THREADS_PER_PAGE = 2
__all__ = ["VENDORS", "answer", "authorised", "helpscout_token", "rate_limit_headers"]


def rate_limit_headers(vendor: str, wait: int) -> dict[str, str]:
    """The header each vendor documents for how long a 429 must wait."""
    if vendor == "helpscout":
        return {"X-RateLimit-Retry-After": str(wait), "X-RateLimit-Remaining-Minute": "0"}
    if vendor == "intercom":  # a Unix time, whole seconds
        return {"X-RateLimit-Reset": str(int(time.time()) + wait), "X-RateLimit-Remaining": "0"}
    return {"Retry-After": str(wait), "X-RateLimit-Remaining": "0"}


def authorised(server: VendorServer, header: str | None) -> bool:
    if not header or not header.startswith("Bearer "):
        return False
    given = header.removeprefix("Bearer ")
    if server.vendor == "helpscout":
        return given in server.issued
    return given == server.token


def answer(
    server: VendorServer, method: str, path: str, query: dict[str, str], body: Any
) -> Answer:
    """(status, JSON body, headers) of a request, or raise KeyError for a 404."""
    if server.vendor == "helpscout":
        return _helpscout(server, method, path, query)
    if server.vendor == "intercom":
        return _intercom(server, method, path, body)
    return _front(server, path, query)


def _token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"at:{offset}".encode()).decode()


def _offset(token: str | None) -> int:
    return int(base64.urlsafe_b64decode(token).decode().split(":")[1]) if token else 0


# -- Help Scout -------------------------------------------------------------------------------


def helpscout_token(server: VendorServer, form: dict[str, str]) -> Answer:
    """``POST /v2/oauth2/token``: an access token for the right client id and secret."""
    right = (server.email, server.token)  # email doubles as the app id here
    if (form.get("client_id"), form.get("client_secret")) != right:
        return 401, {"error": "invalid_client"}, {}
    if form.get("grant_type") != "client_credentials":
        return 400, {"error": "unsupported_grant_type"}, {}
    issued = f"hs-access-{len(server.issued) + 1}"
    server.issued.add(issued)
    return 200, {"token_type": "bearer", "access_token": issued, "expires_in": 7200}, {}


def _helpscout(server: VendorServer, method: str, path: str, query: dict[str, str]) -> Answer:
    parts = path.strip("/").split("/")
    if path == "/v2/users/me":
        return 200, {"id": 500, "email": "agent@example.com", "firstName": "Agent"}, {}
    if path == "/v2/conversations":
        server.served.lists += 1
        since = query.get("modifiedSince", "1970-01-01T00:00:00Z")
        email = _helpscout_email(query.get("query"))
        found = sorted(
            (
                c
                for c in server.desk.tickets.values()
                if c["modifiedAt"] >= since
                and (email is None or c["primaryCustomer"].get("email") == email)
            ),
            key=lambda c: (c["modifiedAt"], c["id"]),
        )
        if query.get("embed") == "threads":
            found = [{**c, "_embedded": {"threads": server.desk.messages[c["id"]]}} for c in found]
        return 200, _hal(server, path, query, "conversations", found, server.per_page), {}
    if parts[:2] == ["v2", "conversations"] and parts[3:] == ["threads"]:
        threads = server.desk.messages[int(parts[2])]
        return 200, _hal(server, path, query, "threads", threads, THREADS_PER_PAGE), {}
    raise KeyError(path)


def _helpscout_email(search: str | None) -> str | None:
    """The address of an advanced search ``(email:"…")``; any other search is not served here."""
    if search is None:
        return None
    found = re.fullmatch(r'\(email:"([^"()]+)"\)', search)
    if found is None:
        raise KeyError(f"a search this server does not answer: {search}")
    return found.group(1)


def _hal(
    server: VendorServer,
    path: str,
    query: dict[str, str],
    key: str,
    items: list[dict[str, Any]],
    size: int,
) -> dict[str, Any]:
    number = int(query.get("page", "1"))
    total = max(1, -(-len(items) // size))
    base = f"{server.url}{path}"

    def href(page: int) -> dict[str, str]:
        return {"href": f"{base}?{urllib.parse.urlencode({**query, 'page': page})}"}

    links = {"self": href(number), "first": href(1), "last": href(total)}
    links["page"] = {"href": f"{base}{{?page}}", "templated": True}  # type: ignore[dict-item]
    if number < total:
        links["next"] = href(number + 1)
    return {
        "_embedded": {key: items[(number - 1) * size : number * size]},
        "_links": links,
        "page": {"size": size, "totalElements": len(items), "totalPages": total, "number": number},
    }


# -- Intercom ---------------------------------------------------------------------------------


def _intercom(server: VendorServer, method: str, path: str, body: Any) -> Answer:
    parts = path.strip("/").split("/")
    if path == "/me":
        return 200, {"type": "admin", "id": "10553731", "email": "admin@example.com"}, {}
    if method == "POST" and path in ("/contacts/search", "/conversations/search"):
        server.served.lists += 1
        stream = parts[0]
        query = body.get("query") or {}
        wanted = _intercom_filter(stream, query)
        if wanted is None:
            return 400, {"type": "error.list", "errors": [{"code": "parameter_invalid"}]}, {}
        pool = server.desk.users if stream == "contacts" else server.desk.tickets
        found = sorted(
            (o for o in pool.values() if wanted(o)),
            key=lambda o: (o["updated_at"], o["id"]),
        )
        pagination = body.get("pagination") or {}
        size = min(int(pagination.get("per_page", 20)), server.per_page)
        start = _offset(pagination.get("starting_after"))
        chunk = found[start : start + size]
        pages: dict[str, Any] = {
            "type": "pages",
            "page": start // size + 1,
            "per_page": size,
            "total_pages": max(1, -(-len(found) // size)),
        }
        if start + size < len(found):
            pages["next"] = {"page": start // size + 2, "starting_after": _token(start + size)}
        if stream == "contacts":
            return (
                200,
                {"type": "list", "data": chunk, "total_count": len(found), "pages": pages},
                {},
            )
        listed = {"type": "conversation.list", "pages": pages, "total_count": len(found)}
        return 200, {**listed, "conversations": chunk}, {}
    if method == "GET" and parts[0] == "conversations" and len(parts) == 2:
        keys = [k for k, c in server.desk.tickets.items() if c["id"] == parts[1]]
        if not keys:
            raise KeyError(path)
        return 200, intercom_full(server.desk, keys[0]), {}
    raise KeyError(path)


def _intercom_filter(stream: str, query: dict[str, Any]) -> Callable[[Any], bool] | None:
    """What a search's single condition keeps; ``None`` for a query this server refuses."""
    field, operator, value = query.get("field"), query.get("operator"), query.get("value")
    if field == "updated_at" and operator == ">":
        after = int(value or 0)
        return lambda o: bool(o["updated_at"] > after)
    if stream == "contacts" and field == "email" and operator == "=":
        return lambda o: bool(o.get("email") == value)
    if stream == "conversations" and field == "contact_ids" and operator == "=":
        return lambda o: any(c["id"] == value for c in o["contacts"]["contacts"])
    return None


# -- Front ------------------------------------------------------------------------------------


def _front(server: VendorServer, path: str, query: dict[str, str]) -> Answer:
    parts = path.strip("/").split("/")
    if path == "/me":
        return 200, {"_links": {"self": f"{server.url}/me"}, "name": "Example Co"}, {}
    if path == "/conversations":
        server.served.lists += 1
        after = float(query.get("q[updated_after]", "0"))
        found = sorted(
            (c for c in server.desk.tickets.values() if c["updated_at"] > after),
            key=lambda c: (c["updated_at"], c["id"]),
        )
        size = min(int(query.get("limit", "50")), server.per_page)
        return 200, _front_page(server, path, query, found, size), {}
    if parts[0] == "contacts" and parts[2:] == ["conversations"]:
        alias = urllib.parse.unquote(parts[1])
        if not alias.startswith("alt:email:"):
            raise KeyError(path)
        email = alias.removeprefix("alt:email:")
        found = [c for c in server.desk.tickets.values() if c["recipient"]["handle"] == email]
        if not found:
            return 404, {"_error": {"status": 404, "title": "Not found"}}, {}
        size = min(int(query.get("limit", "50")), server.per_page)
        return 200, _front_page(server, path, query, found, size), {}
    if parts[0] == "conversations" and parts[2:] == ["messages"]:
        keys = [k for k, c in server.desk.tickets.items() if c["id"] == parts[1]]
        if not keys:
            raise KeyError(path)
        messages = server.desk.messages[keys[0]]
        return 200, _front_page(server, path, query, messages, THREADS_PER_PAGE), {}
    raise KeyError(path)


def _front_page(
    server: VendorServer,
    path: str,
    query: dict[str, str],
    items: list[dict[str, Any]],
    size: int,
) -> dict[str, Any]:
    start = _offset(query.get("page_token"))
    following = None
    if start + size < len(items):
        following = f"{server.url}{path}?" + urllib.parse.urlencode(
            {**query, "page_token": _token(start + size)}
        )
    return {
        "_pagination": {"next": following},
        "_links": {"self": f"{server.url}{path}"},
        "_results": items[start : start + size],
    }
