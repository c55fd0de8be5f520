"""One HTTP/1.1 exchange on a kept-alive socket, without ``http.client``'s per-request cost.

A full sync is tens of thousands of small requests. ``http.client`` parses every answer's
headers with the ``email`` package's parser and validates every header it sends; measured on
a 10,000-ticket sync that was a third of the sync's own CPU, more than decoding the JSON. The
APIs a connector talks to answer plain HTTP/1.1 (no content encoding is asked for), so this
module writes the request line and headers itself and reads the status line, the headers (the
last of a repeated name wins, as the client's dict always kept it) and the body by
``Content-Length``, ``Transfer-Encoding: chunked`` or, failing both, to the end of the
connection. Interim ``1xx`` answers are skipped. A malformed answer raises
``http.client.HTTPException`` and a broken socket ``OSError``, which the client retries as
before. Used by :class:`desk.connect.http_pool.ConnectionPool` only; proxies go through
``urllib``.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
from collections.abc import Mapping
from typing import BinaryIO

MAX_LINE = 65536  # as http.client: a status or header line longer than this is refused
MAX_HEADERS = 100
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TARGET_REFUSED = re.compile(r"[\x00-\x20\x7f]")


class Wire:
    """One connection; ``exchange`` sends a request and reads its whole answer."""

    def __init__(
        self, host: str, port: int | None, timeout: float, context: ssl.SSLContext | None
    ) -> None:
        self._host = host
        self._port = port or (443 if context is not None else 80)
        self._timeout = timeout
        self._context = context
        default = 443 if context is not None else 80
        self._host_header = host if self._port == default else f"{host}:{self._port}"
        self._sock: socket.socket | None = None
        self._reader: BinaryIO | None = None

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def exchange(
        self, method: str, target: str, headers: Mapping[str, str], data: bytes | None, limit: int
    ) -> tuple[int, dict[str, str], bytes, bool]:
        """(status, lower-case headers, at most ``limit + 1`` bytes of body, reusable)."""
        if _TARGET_REFUSED.search(target):  # as http.client refuses it
            raise http.client.InvalidURL(f"a space or control character in {target[:80]!r}")
        _refuse_control(*headers.keys(), *headers.values())
        if self._sock is None:
            self._connect()
        assert self._sock is not None and self._reader is not None
        lines = [f"{method} {target} HTTP/1.1", f"Host: {self._host_header}"]
        lines.append("Accept-Encoding: identity")  # as http.client: no compressed answers
        lines += [f"{name}: {value}" for name, value in headers.items()]
        if data is not None or method in ("POST", "PUT", "PATCH"):
            lines.append(f"Content-Length: {len(data or b'')}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self._sock.sendall(head + data if data else head)
        status, found, version = self._head(self._reader)
        body, complete = self._body(self._reader, method, status, found, limit)
        closing = found.get("connection", "").lower()
        reusable = complete and (
            "close" not in closing if version == "HTTP/1.1" else "keep-alive" in closing
        )
        return status, found, body, reusable

    def _connect(self) -> None:
        sock = socket.create_connection((self._host, self._port), self._timeout)
        if self._context is not None:
            sock = self._context.wrap_socket(sock, server_hostname=self._host)
        else:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock
        self._reader = sock.makefile("rb")

    @staticmethod
    def _head(reader: BinaryIO) -> tuple[int, dict[str, str], str]:
        while True:
            line = reader.readline(MAX_LINE + 1)
            if not line:
                raise http.client.RemoteDisconnected("the connection closed without an answer")
            if len(line) > MAX_LINE:
                raise http.client.LineTooLong("status line")
            parts = line.decode("latin-1").split(None, 2)
            if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
                raise http.client.BadStatusLine(line.decode("latin-1", "replace").strip())
            status = int(parts[1])
            found = _headers(reader)
            if not 100 <= status < 200:
                return status, found, parts[0]

    @staticmethod
    def _body(
        reader: BinaryIO, method: str, status: int, found: Mapping[str, str], limit: int
    ) -> tuple[bytes, bool]:
        """The body (at most ``limit + 1`` bytes), and whether it was read to its end."""
        if method == "HEAD" or status in (204, 304):
            return b"", True
        if "chunked" in found.get("transfer-encoding", "").lower():
            return _chunked(reader, limit)
        length = found.get("content-length")
        if length is not None:
            if not length.strip().isdigit():
                raise http.client.HTTPException(f"bad Content-Length {length!r}")
            size = int(length)
            body = reader.read(min(size, limit + 1))
            if len(body) < min(size, limit + 1):
                raise http.client.IncompleteRead(body, size - len(body))
            return body, size <= limit
        return reader.read(limit + 1), False  # to the end of the connection


def _refuse_control(*texts: str) -> None:
    """A header with a control character is refused, as ``http.client`` refuses it (and a
    target with a space too): a vendor's next-page link must not add a header or a second
    request to ours (request splitting)."""
    for text in texts:
        if _CONTROL.search(text):
            raise http.client.InvalidURL(f"control character in {text[:80]!r}")


def _headers(reader: BinaryIO) -> dict[str, str]:
    found: dict[str, str] = {}
    for _ in range(MAX_HEADERS + 1):
        line = reader.readline(MAX_LINE + 1)
        if len(line) > MAX_LINE:
            raise http.client.LineTooLong("header line")
        if line in (b"\r\n", b"\n", b""):
            return found
        name, colon, value = line.decode("latin-1").partition(":")
        if colon:
            found[name.strip().lower()] = value.strip()
    raise http.client.HTTPException(f"more than {MAX_HEADERS} headers")


def _chunked(reader: BinaryIO, limit: int) -> tuple[bytes, bool]:
    parts: list[bytes] = []
    size_read = 0
    while True:
        line = reader.readline(MAX_LINE + 1)
        if not line:
            raise http.client.IncompleteRead(b"".join(parts))
        try:
            size = int(line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise http.client.HTTPException("bad chunk size") from None
        if size == 0:
            _headers(reader)  # the trailer, up to its blank line
            return b"".join(parts), True
        if size_read + size > limit + 1:
            parts.append(reader.read(limit + 1 - size_read))
            return b"".join(parts), False  # over the limit: the caller refuses it
        chunk = reader.read(size)
        if len(chunk) < size:
            raise http.client.IncompleteRead(chunk, size - len(chunk))
        parts.append(chunk)
        size_read += size
        reader.readline(MAX_LINE + 1)  # the CRLF after the chunk
