"""A shared mailbox synced from a real Dovecot over TLS equals importing the same mbox from a
file; later syncs take only what is new; a sync cut short resumes to the same database; a rebuilt
folder (new UIDVALIDITY) doubles nothing; oversized messages are rejected unfetched; nothing is
marked as seen; untrusted certificates are refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from desk.connect.http import ConnectError
from desk.connect.imap import ImapConnector
from desk.connect.store import add_connection, get_connection
from desk.connect.sync import SyncSummary, connector_for, sync
from desk.db.engine import open_database
from desk.errors import NotFoundError
from desk.ingest.loader import import_file
from desk.progress import Progress
from tests.conftest import shared_data
from tests.desk.connect.dovecot import PASSWORD, USER, Dovecot, missing_dovecot
from tests.desk.connect.helpers import contents

pytestmark = pytest.mark.slow  # a real IMAP server per test

SAMPLES = (  # the real mail samples, delivered in this order (and imported in this order)
    "perceval_email_multipart_encoding.txt",
    "perceval_mbox_complex.mbox",
    "perceval_mbox_iso8859_encoding.mbox",
    "perceval_mbox_multipart.mbox",
    "perceval_mbox_single.mbox",
    "py4e_mbox-short.txt",
)


@pytest.fixture
def server() -> Iterator[Dovecot]:
    reason = missing_dovecot()
    if reason:
        pytest.skip(reason)
    with Dovecot() as running:
        yield running


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """The samples as one folder of mbox files (links to the files in place), in order."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for number, name in enumerate(SAMPLES):
        (folder / f"{number}-{name}.mbox").symlink_to(shared_data("samples", "mbox", name))
    return folder


def database(tmp_path: Path, name: str) -> Engine:
    return open_database(f"sqlite:///{tmp_path / name}")


def deliver(server: Dovecot, archive: Path, folder: str = "INBOX") -> int:
    return sum(server.deliver_mbox(path, folder) for path in sorted(archive.iterdir()))


def imap_sync(
    engine: Engine,
    server: Dovecot,
    folders: tuple[str, ...] = ("INBOX",),
    batch: int = 5,
    limit: int | None = None,
    progress: Progress | None = None,
) -> SyncSummary:
    try:
        info = get_connection(engine, "mailbox")
    except NotFoundError:
        account = {"user": USER, "ca_file": str(server.ca_file), "folders": json.dumps(folders)}
        info = add_connection(engine, "mailbox", "imap", server.url, account, None)
    connector = connector_for(info, PASSWORD)
    assert isinstance(connector, ImapConnector)
    connector.body_batch = batch
    if limit is not None:
        connector.limit = limit
    return sync(engine, info, connector=connector, progress=progress)


def file_import(tmp_path: Path, archive: Path) -> dict[str, list[tuple[Any, ...]]]:
    engine = database(tmp_path, "file.sqlite3")
    import_file(engine, archive, format_name="email")
    found = contents(engine)
    engine.dispose()
    return found


def test_a_sync_equals_the_file_import_then_takes_only_what_is_new(
    server: Dovecot, archive: Path, tmp_path: Path
) -> None:
    delivered = deliver(server, archive)
    expected = file_import(tmp_path, archive)
    engine = database(tmp_path, "imap.sqlite3")
    first = imap_sync(engine, server)
    got = contents(engine)
    assert got == expected  # every conversation, message, customer, agent and summary row
    assert first.messages_new == len(expected["messages"]) > 20
    assert first.conversations_new == len(expected["conversations"]) > 5
    assert first.pages == -(-delivered // 5)  # batches of five: one transaction each
    assert not any(b"\\Seen" in line for line in server.flags())  # EXAMINE and BODY.PEEK[]

    again = imap_sync(engine, server)
    assert (again.messages_new, again.conversations_new, again.messages_seen) == (0, 0, 0)
    assert contents(engine) == expected

    # a customer answers the latest message: the next sync takes exactly that reply, into the
    # conversation the message it answers is in
    with engine.connect() as connection:
        answered, conversation = connection.execute(
            text(
                "SELECT m.external_id, c.external_id FROM message m JOIN conversation c "
                "ON c.id = m.conversation_id ORDER BY m.created_at DESC LIMIT 1"
            )
        ).one()
    reply = (
        f"From: A Customer <customer@example.org>\nTo: {USER}\n"
        f"Subject: Re: still broken\nDate: Sun, 06 Dec 2026 10:00:00 +0000\n"
        f"Message-ID: <reply-1@example.org>\nIn-Reply-To: <{answered}>\n\nIt is still broken.\n"
    ).encode()
    imap = server.client()
    server.append(imap, "INBOX", reply)
    imap.logout()
    third = imap_sync(engine, server)
    assert (third.messages_new, third.conversations_new, third.messages_seen) == (1, 0, 1)
    with engine.connect() as connection:
        joined = connection.execute(
            text(
                "SELECT c.external_id FROM message m JOIN conversation c "
                "ON c.id = m.conversation_id WHERE m.external_id = 'reply-1@example.org'"
            )
        ).scalar_one()
    assert joined == conversation
    engine.dispose()


def test_a_sync_cut_short_by_the_server_going_away_resumes_to_the_same_database(
    server: Dovecot, archive: Path, tmp_path: Path
) -> None:
    deliver(server, archive)
    expected = file_import(tmp_path, archive)
    engine = database(tmp_path, "imap.sqlite3")

    def stop_after_two(progress: Progress) -> None:
        if progress.done == 2:
            server.stop()

    with pytest.raises(ConnectError, match=r"imaps://127\.0\.0\.1:\d+: .*while fetching"):
        imap_sync(engine, server, progress=Progress(None, "pages", stop_after_two))
    halfway = contents(engine)
    # Two pages loaded, and at most three more fetched ahead before the server went away.
    assert 0 < len(halfway["messages"]) <= 25 < len(expected["messages"])
    server.start()
    resumed = imap_sync(engine, server)
    assert resumed.resumed_batches  # the cut-short batch was closed and handed back
    assert resumed.messages_new == len(expected["messages"]) - len(halfway["messages"])
    assert contents(engine) == expected
    engine.dispose()


def test_a_rebuilt_folder_new_uidvalidity_is_read_again_and_doubles_nothing(
    server: Dovecot, archive: Path, tmp_path: Path
) -> None:
    delivered = deliver(server, archive, "Support")
    engine = database(tmp_path, "imap.sqlite3")
    imap_sync(engine, server, folders=("Support",))
    before = contents(engine)
    validity = get_connection(engine, "mailbox").cursors["folder:Support"]["uidvalidity"]
    imap = server.client()
    assert imap.delete("Support")[0] == "OK"
    imap.logout()
    deliver(server, archive, "Support")
    again = imap_sync(engine, server, folders=("Support",))
    cursor = get_connection(engine, "mailbox").cursors["folder:Support"]
    assert cursor["uidvalidity"] != validity
    assert cursor["last_uid"] == delivered
    assert again.messages_seen > 0  # every body fetched again …
    assert (again.messages_new, again.conversations_new) == (0, 0)  # … and kept once
    assert contents(engine) == before
    engine.dispose()


def test_oversized_messages_are_rejected_one_line_each_and_the_rest_load(
    server: Dovecot, archive: Path, tmp_path: Path
) -> None:
    deliver(server, archive)
    imap = server.client()
    imap.select("INBOX", readonly=True)
    _status, data = imap.uid("FETCH", "1:*", "(UID RFC822.SIZE)")
    imap.logout()
    sizes = {}
    for line in data:
        assert isinstance(line, bytes)
        words = line.decode().replace("(", " ").replace(")", " ").split()
        sizes[int(words[words.index("UID") + 1])] = int(words[words.index("RFC822.SIZE") + 1])
    limit = sorted(sizes.values())[len(sizes) * 3 // 4]
    too_big = sorted(uid for uid, size in sizes.items() if size > limit)
    assert too_big
    whole = imap_sync(database(tmp_path, "whole.sqlite3"), server)
    engine = database(tmp_path, "capped.sqlite3")
    capped = imap_sync(engine, server, limit=limit)
    assert capped.rejected == whole.rejected + len(too_big)
    oversized = [r for r in capped.rejections if "over" in r.reason and "allowed" in r.reason]
    assert [r.reason.split(":")[0] for r in oversized] == [f"INBOX UID {u}" for u in too_big]
    assert all("\n" not in r.reason for r in oversized)
    assert capped.messages_seen == whole.messages_seen - len(too_big)
    engine.dispose()


@pytest.mark.parametrize("starttls", [False, True])
def test_an_untrusted_certificate_is_refused_unless_its_ca_is_given(
    server: Dovecot, starttls: bool
) -> None:
    url = f"imap://127.0.0.1:{server.starttls_port}" if starttls else server.url
    with pytest.raises(ConnectError) as refused:
        ImapConnector(url, {"user": USER}, PASSWORD).check()
    said = str(refused.value)
    assert "certificate is not trusted" in said and "--ca-file" in said
    assert PASSWORD not in said and len(said.splitlines()) == 1
    trusted = ImapConnector(url, {"user": USER, "ca_file": str(server.ca_file)}, PASSWORD)
    assert trusted.check().startswith(f"signed in as {USER}")
    with pytest.raises(ConnectError, match="refused the user name or password") as wrong:
        ImapConnector(url, {"user": USER, "ca_file": str(server.ca_file)}, "not-it").check()
    assert "not-it" not in str(wrong.value)


def test_two_folders_sync_like_one_archive_of_their_files(
    server: Dovecot, archive: Path, tmp_path: Path
) -> None:
    files = sorted(archive.iterdir())
    for path in files[:-1]:
        server.deliver_mbox(path, "Sent")  # the folders are read in the order given
    server.deliver_mbox(files[-1], "INBOX")
    expected = file_import(tmp_path, archive)
    engine = database(tmp_path, "imap.sqlite3")
    summary = imap_sync(engine, server, folders=("Sent", "INBOX"), batch=50)
    assert contents(engine) == expected
    assert summary.pages == 2  # one batch per folder
    assert set(get_connection(engine, "mailbox").cursors) == {"folder:Sent", "folder:INBOX"}
    engine.dispose()
