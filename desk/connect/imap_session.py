"""IMAP over TLS with the standard library's :mod:`imaplib`: sign in, EXAMINE, UID SEARCH/FETCH.

Only what a read-only sync of a shared mailbox needs, and nothing that could change the mailbox:
folders are opened with EXAMINE (read-only) and bodies are fetched as ``BODY.PEEK[]``, so no
message is ever marked as seen.

**TLS always.** ``imaps://host:993`` is implicit TLS; ``imap://host:143`` means STARTTLS, and a
server that does not offer it is refused (no plaintext sign-in). Certificates are checked against
the system's CAs, or ``ca_file`` for a private CA; host names are checked too.

**Sign-in.** ``LOGIN`` with a password (an app password for Gmail or Microsoft 365), or
``AUTHENTICATE XOAUTH2`` with an OAuth access token. Getting that token means registering an OAuth
app with Google or Microsoft: that is the user's step, outside this program, which only sends the
token it is given.

Every failure becomes one :class:`ConnectError` line naming the server, with the secret scrubbed
from anything the server or :mod:`imaplib` said.
"""

from __future__ import annotations

import base64
import datetime as dt
import imaplib
import re
import ssl
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import ParamSpec, TypeVar
from urllib.parse import urlsplit

from desk.connect.http import ConnectError

IMPLICIT_TLS_PORT = 993
STARTTLS_PORT = 143
TIMEOUT = 60.0  # seconds a read may wait for the server

P = ParamSpec("P")
R = TypeVar("R")
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_INTERNALDATE = re.compile(rb'\bINTERNALDATE "([^"]+)"')


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where the server is: ``imaps://`` (implicit TLS) or ``imap://`` (STARTTLS)."""

    host: str
    port: int
    starttls: bool

    @classmethod
    def parse(cls, url: str) -> Endpoint:
        parts = urlsplit(url)
        if parts.scheme not in ("imaps", "imap") or not parts.hostname:
            raise ConnectError(f"{url!r}: not an imaps://host:port or imap://host:port address")
        starttls = parts.scheme == "imap"
        port = parts.port or (STARTTLS_PORT if starttls else IMPLICIT_TLS_PORT)
        return cls(parts.hostname, port, starttls)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'imap' if self.starttls else 'imaps'}://{host}:{self.port}"


@dataclass(frozen=True, slots=True)
class Fetched:
    """One message of a UID FETCH: its UID, size, arrival time and the bytes asked for."""

    uid: int
    size: int
    arrived: dt.datetime | None  # INTERNALDATE, aware
    data: bytes


def xoauth2(user: str, token: str) -> bytes:
    """The SASL XOAUTH2 initial response (Google's and Microsoft's documented format)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01".encode()


def mailbox_name(folder: str) -> str:
    """A folder name as an IMAP quoted string, non-ASCII in modified UTF-7 (RFC 3501 5.1.3)."""
    out: list[str] = []
    pending = ""
    for char in folder + "\0":
        if char != "\0" and not (" " <= char <= "~"):
            pending += char
            continue
        if pending:
            utf16 = pending.encode("utf-16-be")
            out.append("&" + base64.b64encode(utf16).decode().rstrip("=").replace("/", ",") + "-")
            pending = ""
        if char == "&":
            out.append("&-")
        elif char != "\0":
            out.append(char)
    quoted = "".join(out).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}"'


def uid_sets(uids: Sequence[int]) -> str:
    """Sorted UIDs as an IMAP sequence set: ``1:5,7,9:12``."""
    parts: list[str] = []
    start = prev = -1
    for uid in uids:
        if uid == prev + 1:
            prev = uid
            continue
        if start >= 0:
            parts.append(str(start) if start == prev else f"{start}:{prev}")
        start = prev = uid
    if start >= 0:
        parts.append(str(start) if start == prev else f"{start}:{prev}")
    return ",".join(parts)


class ImapSession:
    """One signed-in connection; a context manager that logs out (or drops) on leaving."""

    def __init__(
        self,
        endpoint: Endpoint,
        user: str,
        secret: str,
        *,
        auth: str = "login",
        ca_file: str | None = None,
        timeout: float = TIMEOUT,
    ) -> None:
        self.endpoint = endpoint
        self._user = user
        self._secret = secret
        self._auth = auth
        self._ca_file = ca_file
        self._timeout = timeout
        self._imap: imaplib.IMAP4 | None = None

    def __enter__(self) -> ImapSession:
        self._imap = self._guarded("connecting", self._connect)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        imap, self._imap = self._imap, None
        if imap is None:
            return
        try:
            if exc is None:
                imap.logout()
            else:
                imap.shutdown()
        except (OSError, imaplib.IMAP4.error):
            pass

    # -- signing in ---------------------------------------------------------------------------

    def _context(self) -> ssl.SSLContext:
        try:
            return ssl.create_default_context(cafile=self._ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ConnectError(f"--ca-file {self._ca_file}: cannot be read ({exc})") from None

    def _connect(self) -> imaplib.IMAP4:
        context, end = self._context(), self.endpoint
        imap: imaplib.IMAP4
        if end.starttls:
            imap = imaplib.IMAP4(end.host, end.port, timeout=self._timeout)
            if "STARTTLS" not in imap.capabilities:
                imap.shutdown()
                raise ConnectError(f"{end.url}: the server offers no STARTTLS; use --ssl")
            imap.starttls(context)
        else:
            imap = imaplib.IMAP4_SSL(end.host, end.port, ssl_context=context, timeout=self._timeout)
        try:
            if self._auth == "xoauth2":
                imap.authenticate("XOAUTH2", lambda _challenge: xoauth2(self._user, self._secret))
            else:
                imap.login(self._user, self._secret)
        except imaplib.IMAP4.error as exc:
            imap.shutdown()
            said = self._scrub(str(exc))
            how = "the OAuth token" if self._auth == "xoauth2" else "the user name or password"
            raise ConnectError(f"{end.url}: the server refused {how} ({said})") from None
        return imap

    # -- reading ------------------------------------------------------------------------------

    def examine(self, folder: str) -> tuple[int, int]:
        """Open ``folder`` read-only; its (UIDVALIDITY, number of messages)."""
        imap = self._open()
        status, data = self._guarded(f"opening {folder!r}", imap.select, mailbox_name(folder), True)
        if status != "OK":
            said = self._scrub(_text(data))
            raise ConnectError(f"{self.endpoint.url}: folder {folder!r} cannot be opened ({said})")
        validity = imap.response("UIDVALIDITY")[1]
        if not validity or not validity[0]:
            raise ConnectError(f"{self.endpoint.url}: folder {folder!r} has no UIDVALIDITY")
        return int(validity[0]), int(data[0] or 0) if data and data[0] else 0

    def search(self, since: dt.date | None = None) -> list[int]:
        """The UIDs of the open folder (arrived on or after ``since``), ascending."""
        criteria = ("SINCE", since.strftime("%d-%b-%Y")) if since else ("ALL",)
        status, data = self._guarded("searching", self._open().uid, "SEARCH", *criteria)
        if status != "OK":
            raise ConnectError(f"{self.endpoint.url}: UID SEARCH failed ({_text(data)})")
        return sorted({int(n) for chunk in data if chunk for n in chunk.split()})

    def fetch(self, uids: Sequence[int], items: str) -> list[Fetched]:
        """UID FETCH ``items`` (always with UID, RFC822.SIZE and INTERNALDATE) of ``uids``."""
        if not uids:
            return []
        wanted = f"(UID RFC822.SIZE INTERNALDATE{' ' + items if items else ''})"
        status, data = self._guarded("fetching", self._open().uid, "FETCH", uid_sets(uids), wanted)
        if status != "OK":
            raise ConnectError(f"{self.endpoint.url}: UID FETCH failed ({_text(data)})")
        asked = set(uids)
        return [f for f in _parse_fetch(data) if f.uid in asked]

    # -- plumbing -----------------------------------------------------------------------------

    def _open(self) -> imaplib.IMAP4:
        if self._imap is None:
            raise ConnectError(f"{self.endpoint.url}: not connected")
        return self._imap

    def _guarded(self, doing: str, call: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        """``call``, its failures turned into one line naming the server (no secret)."""
        url = self.endpoint.url
        try:
            return call(*args, **kwargs)
        except ConnectError:
            raise
        except ssl.SSLCertVerificationError as exc:
            raise ConnectError(
                f"{url}: the server's certificate is not trusted ({exc.verify_message}); "
                "give --ca-file with the CA that signed it"
            ) from None
        except TimeoutError:
            raise ConnectError(
                f"{url}: no answer within {self._timeout:.0f} s while {doing}"
            ) from None
        except imaplib.IMAP4.abort as exc:
            said = self._scrub(str(exc))
            raise ConnectError(f"{url}: the connection broke while {doing} ({said})") from None
        except imaplib.IMAP4.error as exc:
            raise ConnectError(f"{url}: {doing} failed ({self._scrub(str(exc))})") from None
        except ssl.SSLError as exc:
            raise ConnectError(f"{url}: TLS failed while {doing} ({exc.reason})") from None
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise ConnectError(f"{url}: cannot reach the server while {doing} ({reason})") from None

    def _scrub(self, text: str) -> str:
        """What the server said, without the secret (nor imaplib's ``b'…'`` around it)."""
        if len(text) > 2 and text[:2] in ("b'", 'b"') and text[-1] == text[1]:
            text = text[2:-1]
        return text.replace(self._secret, "***") if self._secret else text


def _text(data: object) -> str:
    if isinstance(data, list | tuple):
        return " ".join(_text(d) for d in data if d is not None)
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return str(data)


def _parse_fetch(data: Sequence[object]) -> Iterator[Fetched]:
    """Each message of a FETCH answer: a tuple (meta, literal) then the closing bytes, or bytes
    alone when nothing was a literal. The items may come in any order around the literal."""
    records: list[tuple[bytes, bytes]] = []
    for part in data:
        if isinstance(part, tuple) and len(part) == 2:
            records.append((bytes(part[0]), bytes(part[1])))
        elif isinstance(part, bytes) and records and (part == b")" or part.startswith(b" ")):
            meta, literal = records[-1]
            records[-1] = (meta + part, literal)
        elif isinstance(part, bytes):
            records.append((part, b""))
    for meta, literal in records:
        uid = _UID.search(meta)
        if uid is None:
            continue  # an unsolicited FETCH (flags): not ours
        size = _SIZE.search(meta)
        arrived = _INTERNALDATE.search(meta)
        yield Fetched(
            int(uid.group(1)),
            int(size.group(1)) if size else len(literal),
            _internaldate(arrived.group(1)) if arrived else None,
            literal,
        )


def _internaldate(value: bytes) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(value.decode("ascii").strip(), "%d-%b-%Y %H:%M:%S %z")
    except (UnicodeDecodeError, ValueError):
        return None
