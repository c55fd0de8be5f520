"""A shared support mailbox over IMAP (Gmail, Microsoft 365, Dovecot, …), read like an mbox.

**The same reader as a file.** Each message goes through the e-mail archive importer's own
parsing (:func:`mail.piece_reader._read`), threading (:class:`Threader`) and grouping into
threads (:meth:`EmailArchive._threads`), and each batch through the file importers' loader, so a
sync of a folder and an import of the same messages as an mbox give the same conversations,
messages and customers (the ``mail`` source: ids are Message-IDs and thread ids, one namespace
with the file import). Line ends are made LF, and the server's arrival time (INTERNALDATE) stands
in for an mbox ``From `` line, which dates a message that has no Date header.

**Two passes.** Threads need every message before the first can be placed, and a new reply must
join the thread stored by an earlier sync. So every sync first reads the threading headers of
*every* message of the folders (``BODY.PEEK[HEADER.FIELDS (…)]``, a few hundred bytes each, in
batches of :data:`HEADER_BATCH`) into the threader, then fetches the bodies (``BODY.PEEK[]``)
of the messages after each folder's cursor only, :data:`BODY_BATCH` at a time (and at most
:data:`BODY_BYTES` per batch). Nothing is ever marked as seen: folders are EXAMINEd (read-only).

**Incremental and resumable.** A folder's cursor is ``{"uidvalidity", "last_uid", "company"}``,
saved with each batch in the batch's transaction (:mod:`desk.connect.sync`). A changed
UIDVALIDITY (the folder was rebuilt) means every body is fetched again; the loader's
``ON CONFLICT DO NOTHING`` on the Message-ID keeps each message once. The company (given, else
inferred from the whole mailbox at the first sync) is kept in the cursor, so a later sync does not
re-decide who the customers are.

**Bounded.** A message whose RFC822.SIZE is over the record limit (16 MiB, as for an mbox) is
never fetched: it is rejected in one line naming its folder and UID.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.connect.http import ConnectError, RetryLog, RetryPolicy
from desk.connect.imap_session import Endpoint, Fetched, ImapSession
from desk.connect.vendor import Connector, KnownPeople, Page, SyncRequest
from desk.errors import InputError
from desk.ingest.limits import MAX_RECORD_BYTES
from desk.ingest.mail.archives import EmailArchive
from desk.ingest.mail.company_domains import Company, company_from_option
from desk.ingest.mail.oversized import MARKER, oversized_reason
from desk.ingest.mail.piece_reader import _read
from desk.ingest.mail.threader import Threadable, Threader
from desk.ingest.records import Item

HEADER_BATCH = 500  # messages whose threading headers one UID FETCH asks for
BODY_BATCH = 100  # messages whose bodies one UID FETCH asks for (one loader transaction)
BODY_BYTES = 32 << 20  # and at most this many bytes of them
HEADERS = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES SUBJECT DATE FROM TO CC)]"
_EPOCH_LINE = b"From imap Thu Jan  1 00:00:00 1970\n"  # a message the server gave no time


@dataclass(slots=True)
class _Folder:
    """One folder as this sync sees it: its UIDVALIDITY, UIDs, sizes and threader nodes."""

    name: str
    validity: int
    uids: list[int]
    sizes: dict[int, int]
    nodes: dict[int, int]
    after: int  # the last UID already loaded (0: none)


class _Mapper(EmailArchive):
    """The archive reader's grouping of messages into threads, fed one batch at a time."""

    def __init__(self) -> None:
        super().__init__(Path("<imap>"))

    def threads(
        self, window: list[tuple[str | int, int, Any]], threader: Threader, company: Company
    ) -> list[Item]:
        return list(self._threads(window, threader, company))


def folders_of(account: Mapping[str, str]) -> list[str]:
    """The folders a connection reads (stored as a JSON list; INBOX when none was given)."""
    try:
        folders = json.loads(account.get("folders") or "[]")
    except ValueError:
        folders = []
    return [str(f) for f in folders if str(f).strip()] or ["INBOX"]


def stream_of(folder: str) -> str:
    return f"folder:{folder}"


def imap_base_url(host: str, port: int | None, starttls: bool) -> str:
    """``imaps://host:993`` (implicit TLS) or ``imap://host:143`` (STARTTLS)."""
    default = 143 if starttls else 993
    return Endpoint(host.strip(), port or default, starttls).url


def mailbox_account(
    host: str,
    port: int | None,
    *,
    starttls: bool,
    user: str,
    xoauth2: bool = False,
    folders: Sequence[str] = (),
    company_domains: Sequence[str] = (),
    ca_file: str | None = None,
) -> tuple[dict[str, str], str]:
    """What a mailbox's connection row keeps (never the password) and its ``imap(s)://``
    address: one definition for ``connect imap`` and the window's form."""
    if not host.strip():
        raise InputError("host: required")
    if not user.strip():
        raise InputError("user: required")
    if port is not None and not 0 < port < 65536:
        raise InputError(f"port {port}: not a port number")
    account = {
        "user": user.strip(),
        "auth": "xoauth2" if xoauth2 else "login",
        "folders": json.dumps([f.strip() for f in folders if f.strip()] or ["INBOX"]),
        "company_domains": json.dumps([d.strip() for d in company_domains if d.strip()]),
    }
    if ca_file:
        account["ca_file"] = ca_file
    return account, imap_base_url(host, port, starttls)


class ImapConnector(Connector):
    vendor = "imap"
    label = "IMAP mailbox"
    source = EmailArchive.source

    def __init__(
        self,
        base_url: str,
        account: Mapping[str, str],
        token: str,
        policy: RetryPolicy | None = None,
    ) -> None:
        # No HTTP here: the base class's client is not made. ``token`` is the password (LOGIN)
        # or the OAuth access token (XOAUTH2).
        self.base_url = base_url
        self.account = account
        self.endpoint = Endpoint.parse(base_url)
        self.folders = folders_of(account)
        self.log = RetryLog()
        self._secret = token
        self.header_batch = HEADER_BATCH
        self.body_batch = BODY_BATCH
        self.limit = MAX_RECORD_BYTES

    @staticmethod
    def auth_headers(account: Mapping[str, str], token: str) -> dict[str, str]:
        return {}

    def retry_log(self) -> RetryLog:
        return self.log

    def session(self) -> ImapSession:
        return ImapSession(
            self.endpoint,
            self.account.get("user", ""),
            self._secret,
            auth=self.account.get("auth", "login"),
            ca_file=self.account.get("ca_file") or None,
        )

    def check(self) -> str:
        with self.session() as imap:
            counts = [f"{folder}: {imap.examine(folder)[1]:,}" for folder in self.folders]
        return f"signed in as {self.account.get('user')}; messages in {', '.join(counts)}"

    def pages(self, request: SyncRequest, known: KnownPeople) -> Iterator[Page]:
        if request.customer:
            raise ConnectError("an IMAP mailbox cannot be synced for one customer; drop --customer")
        with self.session() as imap:
            threader = Threader()
            folders = [self._read_headers(imap, name, request, threader) for name in self.folders]
            company = self._company(request, threader)
            threader.finish(company)
            kept = sorted(company.domains) + sorted(company.addresses)
            mapper = _Mapper()
            for folder in folders:
                yield from self._bodies(imap, folder, request, threader, company, kept, mapper)

    # -- the first pass: threading headers of every message --------------------------------

    def _read_headers(
        self, imap: ImapSession, name: str, request: SyncRequest, threader: Threader
    ) -> _Folder:
        validity, _count = imap.examine(name)
        uids = imap.search()
        saved = request.cursors.get(stream_of(name))
        after = 0
        if isinstance(saved, dict) and saved.get("uidvalidity") == validity:
            after = int(saved.get("last_uid") or 0)
        folder = _Folder(name, validity, uids, {}, {}, after)
        for start in range(0, len(uids), self.header_batch):
            chunk = uids[start : start + self.header_batch]
            fetched = {f.uid: f for f in imap.fetch(chunk, HEADERS)}
            envelopes: list[Threadable | None] = []
            for uid in chunk:
                got = fetched.get(uid)
                folder.sizes[uid] = got.size if got else 0
                if got is None or got.size > self.limit:
                    envelopes.append(None)
                    continue
                read = _read(_with_from_line(got))
                envelopes.append(None if isinstance(read, str) else read[0])
            for uid, node in zip(chunk, threader.add_all(envelopes), strict=True):
                folder.nodes[uid] = node
        if request.since is not None:  # only what arrived since; no cursor moves
            since = set(imap.search(request.since.date()))
            folder.uids = [uid for uid in uids if uid in since]
        return folder

    def _company(self, request: SyncRequest, threader: Threader) -> Company:
        """Given (``--company-domain``), else as the first sync found it, else inferred."""
        given = company_from_option(json.loads(self.account.get("company_domains") or "[]"))
        if given is not None:
            return given
        for cursor in request.cursors.values():
            if isinstance(cursor, dict) and isinstance(cursor.get("company"), list):
                names = [str(n) for n in cursor["company"]]
                return Company(
                    frozenset(n for n in names if "@" not in n),
                    frozenset(n for n in names if "@" in n),
                    inferred=True,
                )
        return threader.infer_company()

    # -- the second pass: the bodies after the cursor ------------------------------------------

    def _bodies(
        self,
        imap: ImapSession,
        folder: _Folder,
        request: SyncRequest,
        threader: Threader,
        company: Company,
        kept: list[str],
        mapper: _Mapper,
    ) -> Iterator[Page]:
        stream = stream_of(folder.name)
        since = request.since is not None
        wanted = [uid for uid in folder.uids if uid > folder.after]
        imap.examine(folder.name)
        last = folder.after
        batches = list(self._batches(wanted, folder.sizes))
        for number, batch in enumerate(batches, 1):
            fetched = {
                f.uid: f
                for f in imap.fetch([u for u in batch if self._fits(folder, u)], "BODY.PEEK[]")
            }
            window: list[tuple[str | int, int, Any]] = []
            for uid in batch:
                where = f"{folder.name} UID {uid}"
                node = folder.nodes.get(uid, -1)
                window.append(
                    (
                        where,
                        -1 if not self._fits(folder, uid) else node,
                        self._stored(folder, uid, node, fetched.get(uid)),
                    )
                )
            last = max(last, batch[-1])
            cursor = None if since else self._cursor(folder, last, kept)
            label = f"{folder.name}: batch {number} of {len(batches)}"
            yield Page(stream, tuple(mapper.threads(window, threader, company)), cursor, label)
        if not batches and not since:  # nothing new: still note the folder's UIDVALIDITY
            yield Page(stream, (), self._cursor(folder, last, kept), f"{folder.name}: up to date")

    def _fits(self, folder: _Folder, uid: int) -> bool:
        return folder.sizes.get(uid, 0) <= self.limit

    def _stored(self, folder: _Folder, uid: int, node: int, got: Fetched | None) -> Any:
        """What the database takes of one message, else why it cannot be read (a string)."""
        size = folder.sizes.get(uid, 0)
        if size > self.limit:
            return oversized_reason(MARKER + f"{size} {self.limit}\n".encode())
        if got is None:
            return "the server did not return the message (expunged meanwhile?)"
        if node < 0:
            return "the message's headers cannot be read"
        read = _read(_with_from_line(got))
        return read if isinstance(read, str) else read[1]

    def _batches(self, uids: list[int], sizes: Mapping[int, int]) -> Iterator[list[int]]:
        batch: list[int] = []
        size = 0
        for uid in uids:
            each = min(sizes.get(uid, 0), self.limit + 1)
            if batch and (len(batch) >= self.body_batch or size + each > BODY_BYTES):
                yield batch
                batch, size = [], 0
            batch.append(uid)
            size += each
        if batch:
            yield batch

    @staticmethod
    def _cursor(folder: _Folder, last: int, kept: list[str]) -> dict[str, Any]:
        return {"uidvalidity": folder.validity, "last_uid": last, "company": kept}


def _with_from_line(got: Fetched) -> bytes:
    """The message as an mbox holds it: a ``From `` line with its arrival time, LF line ends."""
    if got.arrived is None:
        line = _EPOCH_LINE
    else:
        utc = got.arrived.astimezone(dt.UTC)
        line = f"From imap {utc.strftime('%a %b')} {utc.day:2d} {utc:%H:%M:%S %Y}\n".encode()
    return line + got.data.replace(b"\r\n", b"\n")
