"""A local Zendesk, Freshdesk, Help Scout, Intercom or Front on 127.0.0.1 (port 0), with the
faults a real one has. The last three are answered by :mod:`tests.vendor_server.more_apis`.

It answers the endpoints the connectors use, checks each request's HTTP Basic credentials the
way the vendor does (Zendesk ``{email}/token:{token}``, Freshdesk ``{api key}:X``), and paginates
as the vendor documents it: Zendesk's cursor-based incremental export (``after_cursor``,
``end_of_stream``), Freshdesk's ``page``/``per_page`` with a ``Link: <…>; rel="next"`` header.
Zendesk's ticket event export and ``show_many`` are in :mod:`tests.vendor_server.zendesk_events`.
Connections are kept alive (HTTP/1.1) as a vendor's are.

Faults, by the number of the request (1 = the first the server answers):

- ``rate_limit``: {n: seconds}: that request gets ``429`` saying to wait that long in the
  vendor's documented header (``Retry-After``; Help Scout ``X-RateLimit-Retry-After``;
  Intercom ``X-RateLimit-Reset``, a Unix time), once;
- ``errors``: a set of n: that request gets ``500``, once;
- ``drops``: a set of n: the connection is closed without an answer, once;
- ``dead_after_lists``: after that many list pages (export or list endpoints) have been
  served, every later request is dropped: a helpdesk that went away mid-sync.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.vendor_server import block_api, more_apis, zendesk_events
from tests.vendor_server.data import Desk

KEEP_ALIVE = 15.0  # seconds an idle connection stays open (nginx: 75, Apache: 5)


@dataclass
class Faults:
    rate_limit: dict[int, int] = field(default_factory=dict)
    errors: set[int] = field(default_factory=set)
    drops: set[int] = field(default_factory=set)
    dead_after_lists: int | None = None


@dataclass
class Served:
    """What the server saw: request count, list pages served, 429s sent and when."""

    requests: int = 0
    lists: int = 0
    rate_limited_at: list[float] = field(default_factory=list)
    times: list[float] = field(default_factory=list)  # when each request arrived (monotonic)
    wall: list[float] = field(default_factory=list)  # the same, as Unix times
    paths: list[str] = field(default_factory=list)
    in_flight: int = 0  # requests being answered now (a slow answer counts from its arrival)
    peak: int = 0  # the most answered at once: how many a client sent concurrently
    connections: set[tuple[str, int]] = field(default_factory=set)  # client (host, port)s


class VendorServer:
    """``with VendorServer("zendesk", desk, token=...) as server:`` → ``server.url``."""

    def __init__(
        self,
        vendor: str,
        desk: Desk,
        *,
        token: str,
        email: str = "agent@example.com",
        per_page: int = 10,
        faults: Faults | None = None,
        delay: float = 0.0,
    ) -> None:
        self.delay = delay  # seconds before each answer: a slow helpdesk, to kill a sync in
        self.comment_page = 2  # Zendesk comments a page: small, so links.next is exercised
        self.vendor = vendor
        self.desk = desk
        self.token = token
        self.email = email
        self.per_page = per_page
        self.faults = faults or Faults()
        self.served = Served()
        self.issued: set[str] = set()  # Help Scout access tokens handed out
        self.admin = True  # False: the token is an agent's (Zendesk's event export is 403)
        self.lock = threading.Lock()
        self._logs: dict[str, tuple[int, list[tuple[str, int]]]] = {}  # see _stream_log
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> VendorServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    # -- authentication --------------------------------------------------------------------

    def authorised(self, header: str | None) -> bool:
        if self.vendor in more_apis.VENDORS:
            return more_apis.authorised(self, header)
        if not header or not header.startswith("Basic "):
            return False
        try:
            pair = base64.b64decode(header[6:]).decode()
        except ValueError:
            return False
        if self.vendor == "zendesk":
            return pair == f"{self.email}/token:{self.token}"
        return pair == f"{self.token}:X"

    # -- answers ---------------------------------------------------------------------------

    def answer(
        self, path: str, query: dict[str, str], method: str = "GET", body: Any = None
    ) -> tuple[int, Any, dict[str, str]]:
        """(status, JSON body, extra headers) for a request, or raise KeyError for a 404."""
        if method in block_api.METHODS:
            return block_api.answer(self, method, path, body)
        if self.vendor in more_apis.VENDORS:
            return more_apis.answer(self, method, path, query, body)
        if self.vendor == "zendesk":
            return self._zendesk(path, query)
        return self._freshdesk(path, query)

    def _zendesk(self, path: str, query: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        parts = path.strip("/").split("/")
        if path == "/api/v2/users/me.json":
            return 200, {"user": {"id": 9000, "email": self.email, "name": "Agent"}}, {}
        if path == zendesk_events.EVENTS and not self.admin:
            return 403, {"error": "Forbidden", "description": "You do not have access"}, {}
        if path in zendesk_events.PATHS:
            return 200, zendesk_events.answer(self, path, query), {}
        if parts[:3] == ["api", "v2", "incremental"] and parts[4:] == ["cursor.json"]:
            return 200, self._zendesk_export(parts[3], query), {}
        if path == "/api/v2/users/search.json":
            email = query.get("query", "").removeprefix("email:")
            found = [u for u in self.desk.users.values() if u["email"] == email]
            return 200, {"users": found, "next_page": None, "count": len(found)}, {}
        if parts[:3] == ["api", "v2", "users"] and parts[4:] == ["tickets", "requested.json"]:
            mine = [t for t in self.desk.tickets.values() if t["requester_id"] == int(parts[3])]
            return 200, {"tickets": mine, "next_page": None, "count": len(mine)}, {}
        if parts[:3] == ["api", "v2", "tickets"] and parts[4:] == ["comments.json"]:
            return 200, self._zendesk_comments(int(parts[3]), query), {}
        raise KeyError(path)

    def _zendesk_export(self, stream: str, query: dict[str, str]) -> dict[str, Any]:
        self.served.lists += 1
        log = self._stream_log(stream)
        if "cursor" in query:
            start = int(base64.urlsafe_b64decode(query["cursor"]).decode().split(":")[1])
        else:
            since = dt.datetime.fromtimestamp(int(query.get("start_time", "0")), dt.UTC)
            records = self.desk.users if stream == "users" else self.desk.tickets
            start = next(
                (i for i, (_, key) in enumerate(log) if _time(records[key]) >= since), len(log)
            )
        chunk = log[start : start + self.per_page]
        records = self.desk.users if stream == "users" else self.desk.tickets
        end = start + len(chunk)
        cursor = base64.urlsafe_b64encode(f"{stream}:{end}".encode()).decode()
        after_url = f"{self.url}/api/v2/incremental/{stream}/cursor.json?cursor={cursor}"
        return {
            stream: [records[key] for _, key in chunk],
            "after_url": after_url,
            "before_url": None,
            "after_cursor": cursor,
            "before_cursor": None,
            "end_of_stream": end >= len(log),
        }

    def _stream_log(self, stream: str) -> list[tuple[str, int]]:
        """The log's entries of ``stream``, made again only when the log grew: filtering the
        whole log for every page made a 100,000-ticket export quadratic."""
        made = self._logs.get(stream)
        if made is None or made[0] != len(self.desk.log):
            made = (len(self.desk.log), [entry for entry in self.desk.log if entry[0] == stream])
            self._logs[stream] = made
        return made[1]

    def _zendesk_comments(self, ticket_id: int, query: dict[str, str]) -> dict[str, Any]:
        comments = self.desk.messages[ticket_id]
        size = self.comment_page
        start = int(query.get("page[after]", "0"))
        more = start + size < len(comments)
        base = f"{self.url}/api/v2/tickets/{ticket_id}/comments.json"
        return {
            "comments": comments[start : start + size],
            "meta": {"has_more": more, "after_cursor": str(start + size), "before_cursor": None},
            "links": {"prev": None, "next": f"{base}?page[after]={start + size}" if more else None},
        }

    def _freshdesk(self, path: str, query: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        parts = path.strip("/").split("/")
        if path == "/api/v2/agents/me":
            return 200, {"id": 7000, "contact": {"email": "agent@example.com"}}, {}
        if path == "/api/v2/tickets":
            tickets = list(self.desk.tickets.values())
            if "email" in query:
                wanted = {k for k, c in self.desk.users.items() if c["email"] == query["email"]}
                tickets = [t for t in tickets if t["requester_id"] in wanted]
            else:
                tickets = _since(tickets, query.get("updated_since"))
            if query.get("include") != "description":
                tickets = [_without_description(t) for t in tickets]
            return self._freshdesk_page(path, tickets, query)
        if path == "/api/v2/contacts":
            contacts = _since(list(self.desk.users.values()), query.get("_updated_since"))
            if "email" in query:
                contacts = [c for c in contacts if c["email"] == query["email"]]
            return self._freshdesk_page(path, contacts, query)
        if parts[:3] == ["api", "v2", "tickets"] and parts[4:] == ["conversations"]:
            return self._freshdesk_page(path, self.desk.messages[int(parts[3])], query)
        raise KeyError(path)

    def _freshdesk_page(
        self, path: str, items: list[dict[str, Any]], query: dict[str, str]
    ) -> tuple[int, Any, dict[str, str]]:
        self.served.lists += not path.endswith("conversations")
        page = int(query.get("page", "1"))
        size = min(int(query.get("per_page", "30")), self.per_page)
        chunk = items[(page - 1) * size : page * size]
        headers: dict[str, str] = {}
        if page * size < len(items):
            following = urllib.parse.urlencode({**query, "page": page + 1})
            headers["Link"] = f'<{self.url}{path}?{following}>; rel="next"'
        return 200, chunk, headers


def _time(obj: dict[str, Any]) -> dt.datetime:
    return dt.datetime.fromisoformat(str(obj["updated_at"]).replace("Z", "+00:00"))


def _since(items: list[dict[str, Any]], since: str | None) -> list[dict[str, Any]]:
    if since:
        moment = dt.datetime.fromisoformat(since.replace("Z", "+00:00"))
        items = [i for i in items if _time(i) >= moment]
    return sorted(items, key=lambda i: (_time(i), i["id"]))


def _without_description(ticket: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in ticket.items() if k not in ("description", "description_text")}


def _handler(owner: VendorServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # Keep-alive as a vendor's API does: HTTP/1.1, every answer with its Content-Length,
        # idle connections closed after a while, and no Nagle delay between headers and body.
        protocol_version = "HTTP/1.1"
        timeout = KEEP_ALIVE
        disable_nagle_algorithm = True
        _headers_buffer: list[bytes]  # BaseHTTPRequestHandler's, undeclared in its stubs

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_POST(self) -> None:
            self.do_GET("POST")

        def do_PUT(self) -> None:
            self.do_GET("PUT")

        def do_DELETE(self) -> None:
            self.do_GET("DELETE")

        def do_GET(self, method: str = "GET") -> None:
            arrived = _now()
            with owner.lock:
                owner.served.in_flight += 1
                owner.served.peak = max(owner.served.peak, owner.served.in_flight)
                owner.served.connections.add(self.client_address[:2])
            try:
                self._answer(method, arrived)
            finally:
                with owner.lock:
                    owner.served.in_flight -= 1

        def _answer(self, method: str, arrived: float) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if owner.delay:
                time.sleep(owner.delay)
            with owner.lock:
                owner.served.requests += 1
                owner.served.times.append(arrived)
                owner.served.wall.append(time.time())
                number = owner.served.requests
                owner.served.paths.append(self.path)
                faults = owner.faults
                dead = (
                    faults.dead_after_lists is not None
                    and owner.served.lists >= faults.dead_after_lists
                )
                if dead or number in faults.drops:
                    faults.drops.discard(number)
                    self.close_connection = True
                    self.connection.shutdown(2)  # closed without a word
                    return
                if number in faults.rate_limit:
                    wait = faults.rate_limit.pop(number)
                    owner.served.rate_limited_at.append(arrived)
                    self._send(
                        429,
                        b"Number of allowed API requests per minute exceeded",
                        _rate_limit_headers(owner.vendor, wait),
                        "text/plain",
                    )
                    return
                if number in faults.errors:
                    faults.errors.discard(number)
                    self._send(500, b'{"error": "InternalError"}', {})
                    return
                split = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(split.query))
                if owner.vendor == "helpscout" and split.path == "/v2/oauth2/token":
                    form = dict(urllib.parse.parse_qsl(raw.decode()))
                    status, body, headers = more_apis.helpscout_token(owner, form)
                    self._send(status, json.dumps(body).encode(), headers)
                    return
                if not owner.authorised(self.headers.get("Authorization")):
                    self._send(401, b'{"error": "Couldn\'t authenticate you"}', {})
                    return
                try:
                    payload = json.loads(raw) if raw else None
                    status, body, headers = owner.answer(split.path, query, method, payload)
                except KeyError:
                    self._send(404, b'{"error": "InvalidEndpoint"}', {})
                    return
            self._send(status, json.dumps(body).encode(), headers)

        def _send(
            self, status: int, body: bytes, headers: dict[str, str], kind: str = "application/json"
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self._headers_buffer.extend((b"\r\n", body))  # end_headers, with the body:
            self.flush_headers()  # one write, as a real server's buffered answer

    return Handler


def _rate_limit_headers(vendor: str, wait: int) -> dict[str, str]:
    if vendor in more_apis.VENDORS:
        return more_apis.rate_limit_headers(vendor, wait)
    return {"Retry-After": str(wait), "X-Rate-Limit-Remaining": "0"}


def _now() -> float:
    return time.monotonic()
