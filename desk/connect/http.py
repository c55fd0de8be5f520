"""A small JSON-over-HTTPS client on the standard library, patient with helpdesk APIs.

Helpdesk APIs are rate-limited and sometimes flaky, and a sync may run for an hour, so every
request here is retried the way the vendors ask: a ``429`` waits exactly what ``Retry-After``
says (seconds, or an HTTP date) and does not count as a failure; a ``5xx`` and a dropped
connection are retried with exponential backoff (``base * 2**n``, capped) a bounded number of
times. Other ``4xx`` are not retried: a wrong token stays wrong. The error a user sees names the
URL without its query and the status, never a header: the ``Authorization`` header carries the
token, and no message, log line or exception text may repeat it.

Requests go over kept-alive connections (:mod:`desk.connect.http_pool`), so that the threads of a
sync fetching one page's tickets at once share a few connections; a ``429`` seen by any of them
pauses them all. Behind a proxy (``HTTPS_PROXY``) requests go through ``urllib`` as before.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desk.connect.http_pool import ConnectionPool, Gate
from desk.errors import DeskError
from desk.ingest.streams import fast_json

USER_AGENT = "BreakupDesk/1 (+helpdesk sync)"
MAX_BODY = 64 << 20  # one API page; Zendesk's largest (1000 tickets) is a few MB
_LINK = re.compile(r'<([^>]*)>\s*;\s*[^,]*?rel="?([^",;]+)"?')
_REDIRECTS = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 10  # as urllib


class ConnectError(DeskError):
    """A helpdesk could not be reached, or refused us; one line, with no secret in it.
    ``status``: the HTTP status of a refusal (403: this token may not use that endpoint)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try: ``retries`` for 5xx/dropped connections, backoff ``base``..``cap``
    seconds; ``max_wait`` caps one Retry-After (a vendor asking for an hour is an error)."""

    retries: int = 5
    base: float = 0.5
    cap: float = 30.0
    max_wait: float = 900.0
    timeout: float = 60.0

    def backoff(self, attempt: int) -> float:
        return float(min(self.cap, self.base * (2**attempt)))


@dataclass(frozen=True, slots=True)
class Response:
    """A decoded JSON answer with the headers pagination needs."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: Any

    def link(self, rel: str = "next") -> str | None:
        """The URL of the RFC 8288 ``Link`` header's ``rel`` (Freshdesk, GitHub style)."""
        for url, found in _LINK.findall(self.headers.get("link", "")):
            if rel in found.split():
                return str(url)
        return None


@dataclass
class RetryLog:
    """What the client waited for, so that tests and the command can report it."""

    rate_limited: int = 0
    waited: float = 0.0
    retried: int = 0
    waits: list[float] = field(default_factory=list)


def safe_url(url: str) -> str:
    """``url`` without query or credentials, for messages (a query may hold an API key)."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def rate_limit_wait(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds a ``429`` asks us to wait, in whichever header the vendor documents:
    ``Retry-After`` (Zendesk, Freshdesk, Front), ``X-RateLimit-Retry-After`` in seconds
    (Help Scout), or ``X-RateLimit-Reset`` as a Unix time (Intercom). Lower-case names."""
    wait = retry_after(headers.get("retry-after"), now)
    if wait is None:
        wait = retry_after(headers.get("x-ratelimit-retry-after"), now)
    reset = headers.get("x-ratelimit-reset", "").strip()
    if wait is None and reset.isdigit():
        wait = max(0.0, int(reset) - (time.time() if now is None else now))
    return wait


class HttpClient:
    """GETs (and POSTs) JSON to one API with fixed headers (auth included), retrying as above."""

    def __init__(
        self,
        headers: Mapping[str, str],
        origin: str,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.origin = _origin(origin)
        self._headers = {"Accept": "application/json", "User-Agent": USER_AGENT, **headers}
        self.policy = policy or RetryPolicy()
        self.log = RetryLog()
        self._log_lock = threading.Lock()  # the log is written by every fetching thread
        self._opener = urllib.request.build_opener(_SameOriginRedirects(self.origin))
        self._sleep = sleep
        self.gate = Gate()
        self.pool: ConnectionPool | None = None
        if not _proxied(self.origin):
            self.pool = ConnectionPool(self.origin, self.policy.timeout)
            weakref.finalize(self, self.pool.close)  # no socket outlives its client

    def close(self) -> None:
        """Closes the kept-alive connections; a later request opens new ones."""
        if self.pool is not None:
            self.pool.close()

    def get(self, url: str, params: Mapping[str, str | int] | None = None) -> Response:
        return self.request("GET", url, params)

    def post(
        self,
        url: str,
        body: Mapping[str, Any],
        *,
        form: bool = False,
        params: Mapping[str, str | int] | None = None,
    ) -> Response:
        """POST ``body`` as JSON (a search) or, with ``form``, URL-encoded (an OAuth2 token)."""
        if form:
            data = urllib.parse.urlencode(body).encode()
            kind = "application/x-www-form-urlencoded"
        else:
            data, kind = json.dumps(body).encode(), "application/json"
        return self.request("POST", url, params, data, kind)

    def authorise(self, headers: Mapping[str, str]) -> None:
        """Replace the headers that authenticate (a fresh OAuth2 access token)."""
        self._headers.update(headers)

    def request(
        self,
        method: str,
        url: str,
        params: Mapping[str, str | int] | None = None,
        data: bytes | None = None,
        content_type: str | None = None,
    ) -> Response:
        if params:
            url = f"{url}{'&' if '?' in url else '?'}{urllib.parse.urlencode(params)}"
        if _target(url, self.origin) is None and _origin(url) != self.origin:
            # never send the token to another host
            raise ConnectError(f"{safe_url(url)}: is not on {self.origin}; not followed")
        failures = 0
        while True:
            self.gate.wait(self._sleep)  # another thread's 429 holds this request back too
            try:
                return self._once(url, method, data, content_type)
            except _Retry as retry:
                if retry.rate_limited:
                    wait = retry.wait if retry.wait is not None else self.policy.backoff(failures)
                    if wait > self.policy.max_wait:
                        raise ConnectError(
                            f"{safe_url(url)}: the helpdesk asks us to wait {wait:.0f} s "
                            "(rate limit); try again later"
                        ) from None
                    self.gate.close_for(wait)
                else:
                    if failures >= self.policy.retries:
                        raise ConnectError(
                            f"{safe_url(url)}: {retry.reason} after {failures + 1} tries"
                        ) from None
                    wait = self.policy.backoff(failures)
                    failures += 1
                with self._log_lock:
                    self.log.rate_limited += retry.rate_limited
                    self.log.retried += not retry.rate_limited
                    self.log.waited += wait
                    self.log.waits.append(wait)
                if not retry.rate_limited:
                    self._sleep(wait)  # the gate sleeps a 429's wait, for every thread

    def _once(
        self, url: str, method: str = "GET", data: bytes | None = None, kind: str | None = None
    ) -> Response:
        headers = {**self._headers, "Content-Type": kind} if kind else self._headers
        if self.pool is not None:
            return self._pooled(self.pool, url, method, data, headers)
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with self._opener.open(request, timeout=self.policy.timeout) as answer:
                raw = answer.read(MAX_BODY + 1)
                status = answer.status
                headers = {k.lower(): v for k, v in answer.headers.items()}
        except urllib.error.HTTPError as exc:
            headers = {k.lower(): v for k, v in exc.headers.items()} if exc.headers else {}
            exc.close()
            if exc.code == 429:
                raise _Retry("rate limited", rate_limit_wait(headers), True) from None
            if exc.code >= 500:
                raise _Retry(f"the helpdesk answered {exc.code}") from None
            raise ConnectError(_refusal(url, exc.code), exc.code) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            reason = getattr(exc, "reason", None) or type(exc).__name__
            raise _Retry(f"the connection failed ({reason})") from None
        return _decoded(url, status, headers, raw)

    def _pooled(
        self,
        pool: ConnectionPool,
        url: str,
        method: str,
        data: bytes | None,
        headers: Mapping[str, str],
    ) -> Response:
        """One request over a kept-alive connection, following same-origin redirects."""
        for _ in range(MAX_REDIRECTS + 1):
            target = _target(url, self.origin)
            if target is None:
                parts = urllib.parse.urlsplit(url)
                target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
            try:
                status, found, raw = pool.send(method, target, headers, data, MAX_BODY)
            except (http.client.HTTPException, OSError) as exc:
                raise _Retry(f"the connection failed ({type(exc).__name__})") from None
            location = found.get("location")
            if status not in _REDIRECTS or not location:
                break
            url = urllib.parse.urljoin(url, location)
            if _origin(url) != self.origin:
                raise ConnectError(f"{safe_url(url)}: a redirect off {self.origin}; not followed")
            if status not in (307, 308):  # as urllib: the others become a GET without a body
                method, data = "GET", None
                headers = {k: v for k, v in headers.items() if k != "Content-Type"}
        else:
            raise ConnectError(f"{safe_url(url)}: redirected more than {MAX_REDIRECTS} times")
        if status == 429:
            raise _Retry("rate limited", rate_limit_wait(found), True)
        if status >= 500:
            raise _Retry(f"the helpdesk answered {status}")
        if status >= 400:
            raise ConnectError(_refusal(url, status), status)
        return _decoded(url, status, found, raw)


def _decoded(url: str, status: int, headers: Mapping[str, str], raw: bytes) -> Response:
    """The answer's JSON, or one line saying why it cannot be read."""
    if len(raw) > MAX_BODY:
        raise ConnectError(f"{safe_url(url)}: the answer is over {MAX_BODY >> 20} MB")
    try:
        body = fast_json.loads(raw) if raw.strip() else None
    except (ValueError, RecursionError):  # RecursionError: nested past Python's limit
        raise ConnectError(f"{safe_url(url)}: the answer is not JSON we can read") from None
    return Response(url=url, status=status, headers=headers, body=body)


def _proxied(origin: str) -> bool:
    """Whether the environment sends requests to ``origin`` through a proxy (urllib's rules)."""
    parts = urllib.parse.urlsplit(origin)
    proxies = urllib.request.getproxies()
    if parts.scheme not in proxies:
        return False
    return not urllib.request.proxy_bypass(parts.hostname or "")


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only on the API's own origin: urllib would resend the token."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        if _origin(newurl) != self.origin:
            raise ConnectError(f"{safe_url(newurl)}: a redirect off {self.origin}; not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}".lower()


def _target(url: str, origin: str) -> str | None:
    """The request target (path and query) of ``url`` when it plainly is on ``origin``: it
    starts with the origin and a ``/``, which ends the host (so no ``@`` or longer host name
    can follow), and holds nothing ``urlsplit`` would drop or change (a fragment, an empty
    query, a tab or line break). Else ``None``, and the caller parses the URL in full: the
    same answer, without two parses for each of a sync's hundred thousand requests."""
    if not url.startswith(origin) or url[len(origin) : len(origin) + 1] != "/":
        return None
    if url.endswith("?") or any(c in url for c in _PARSED_AWAY):
        return None
    return url[len(origin) :]


_PARSED_AWAY = ("#", "\t", "\r", "\n")  # what urlsplit strips or splits off


def _refusal(url: str, code: int) -> str:
    if code in (401, 403):
        return f"{safe_url(url)}: the helpdesk refused the credentials ({code}); check the token"
    if code == 404:
        return f"{safe_url(url)}: not found (404); check the address of the helpdesk"
    return f"{safe_url(url)}: the helpdesk answered {code}"


class _Retry(Exception):
    def __init__(self, reason: str, wait: float | None = None, rate_limited: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait
        self.rate_limited = rate_limited
