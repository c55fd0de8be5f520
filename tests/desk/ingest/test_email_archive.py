"""Email archives: the real mbox samples through the command line, and real-shaped fixtures for
threading, company domains, quoted text, charsets and damaged messages."""

from __future__ import annotations

import email
import email.policy
import email.utils
import json
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.cli import main
from desk.db.engine import open_database
from desk.db.models import (
    Agent,
    AuthorKind,
    Conversation,
    Customer,
    ImportBatch,
    Message,
    Setting,
)
from desk.errors import Cancelled
from desk.ingest.loader import import_file
from desk.ingest.mail.archives import EmailArchive
from desk.ingest.mail.mbox_split import _split_chunk
from desk.ingest.registry import detect
from desk.progress import Progress
from tests.conftest import shared_data

pytestmark = pytest.mark.slow  # real archives through the CLI and worker processes

SAMPLES = (
    "perceval_email_multipart_encoding.txt",
    "perceval_mbox_complex.mbox",
    "perceval_mbox_iso8859_encoding.mbox",
    "perceval_mbox_multipart.mbox",
    "perceval_mbox_single.mbox",
    "py4e_mbox-short.txt",
)


def _count(engine: Engine, model: Any) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _independent_counts(path: Path) -> tuple[int, int, int]:
    """(customers, conversations, messages) read with the standard library alone.

    Messages: ``From `` lines after a blank line. Conversations: sets of Message-IDs linked by
    In-Reply-To/References. Customers: distinct senders of each conversation's first message
    (none of these archives has a company address as a sender, so none is an agent).
    """
    chunks: list[list[bytes]] = []
    previous_blank = True
    for line in path.read_bytes().splitlines(keepends=True):
        if line.startswith(b"From ") and previous_blank:
            chunks.append([])
        if chunks:
            chunks[-1].append(line)
        previous_blank = not line.strip()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    first_sender: dict[str, tuple[Any, str]] = {}
    messages = []
    for chunk in chunks:
        message = email.message_from_bytes(b"".join(chunk), policy=email.policy.compat32)
        ids = re.findall(r"<([^<>\s]+)>", str(message.get("Message-ID", "")))
        links = re.findall(
            r"<([^<>\s]+)>", f"{message.get('In-Reply-To', '')} {message.get('References', '')}"
        )
        own = ids[0].lower()
        for link in links:
            parent[find(link.lower())] = find(own)
        sender = str(message.get("From", ""))
        obfuscated = re.match(r"\s*([\w.+%-]+) at ([\w.-]+)", sender)
        if obfuscated:
            address = f"{obfuscated[1]}@{obfuscated[2]}"
        else:
            address = email.utils.parseaddr(sender)[1]
        date = email.utils.parsedate_to_datetime(str(message["Date"]))
        messages.append((own, date, address.lower()))
    for own, date, address in messages:
        root = find(own)
        if root not in first_sender or date < first_sender[root][0]:
            first_sender[root] = (date, address)
    return len({a for _, a in first_sender.values()}), len(first_sender), len(messages)


@pytest.mark.parametrize("name", SAMPLES)
def test_real_mbox_samples_import_through_the_cli_with_counts_read_independently(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = shared_data("samples", "mbox", name)
    assert detect(path) is EmailArchive
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert main(["--db", url, "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{EmailArchive.label} (detected)" in out
    customers, conversations, messages = _independent_counts(path)
    engine = open_database(url)
    try:
        assert _count(engine, Customer) == customers
        assert _count(engine, Conversation) == conversations
        assert _count(engine, Message) == messages
        with Session(engine) as session:
            texts = list(session.scalars(select(Message.body_text)))
            assert all(t.strip() for t in texts)
            assert not any("\ufffd\ufffd" in t for t in texts)
    finally:
        engine.dispose()


def test_eight_bit_headers_and_obfuscated_list_addresses_are_read(sqlite_engine: Engine) -> None:
    import_file(sqlite_engine, shared_data("samples", "mbox", "perceval_mbox_single.mbox"))
    import_file(
        sqlite_engine, shared_data("samples", "mbox", "perceval_mbox_iso8859_encoding.mbox")
    )
    with Session(sqlite_engine) as session:
        names = dict(session.execute(select(Customer.primary_email, Customer.display_name)).all())
    assert names == {
        "goran@domain.com": "Göran Lastname",
        "lucíacharlie@wellsfargo.com": "Lucía Charlie",
    }


# -- a support mailbox, real-shaped ---------------------------------------------------------


def _mail(
    sender: str,
    to: str,
    subject: str,
    msgid: str,
    date: str,
    body: str,
    *,
    refs: str = "",
    charset: str = "utf-8",
    html: bool = False,
    from_line: str = "",
) -> bytes:
    address = email.utils.parseaddr(sender)[1]
    head = from_line or f"From {address}  Mon Mar  4 10:00:00 2024"
    lines = [
        head,
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {subject}",
        f"Message-ID: <{msgid}>",
        f"Date: {date}",
        "MIME-Version: 1.0",
        f"Content-Type: text/{'html' if html else 'plain'}; charset={charset}",
        "Content-Transfer-Encoding: 8bit",
    ]
    if refs:
        lines += [
            f"In-Reply-To: <{refs.split()[-1]}>",
            f"References: {' '.join(f'<{r}>' for r in refs.split())}",
        ]
    return ("\n".join(lines) + "\n\n").encode("ascii") + body.encode(charset) + b"\n\n"


def support_mailbox(path: Path) -> Path:
    support = "Acme Support <support@acme.example>"
    parts = [
        _mail(
            "Ann Smith <ann@customer.example>",
            support,
            "Refund please",
            "m1@customer.example",
            "Mon, 04 Mar 2024 10:00:00 +0000",
            "I want my money back.\n",
        ),
        _mail(
            "Bob Agent <bob@acme.example>",
            "ann@customer.example",
            "Re: Refund please",
            "m2@acme.example",
            "Mon, 04 Mar 2024 11:00:00 +0000",
            "We are looking into it.\n\n-- \nBob Agent\nAcme Support\n\n"
            "On Mon, 4 Mar 2024 at 10:00, Ann Smith <ann@customer.example> wrote:\n"
            "> I want my money back.\n",
            refs="m1@customer.example",
        ),
        _mail(
            "Ann Smith <ann@customer.example>",
            support,
            "RE: Refund please",
            "m3@customer.example",
            "Mon, 04 Mar 2024 12:00:00 +0000",
            "Café owner here. Not good enough!\n\n-----Original Message-----\n"
            "From: Bob Agent\nSent: Monday\nTo: Ann\nSubject: Re: Refund please\n\n"
            "We are looking into it.\n",
            refs="m1@customer.example m2@acme.example",
            charset="cp1252",
        ),
        _mail(
            "Carol <carol@partner.example>",
            support,
            "Re: Refund please",
            "m4@partner.example",
            "Mon, 04 Mar 2024 13:00:00 +0000",
            "I am Ann's accountant.\n",
            refs="m1@customer.example m3@customer.example",
        ),
        _mail(
            "Dan <dan@shop.example>",
            support,
            "Order 42",
            "d1@shop.example",
            "Tue, 05 Mar 2024 09:00:00 +0100",
            "Where is order 42?\n",
        ),
        _mail(
            "Dan <dan@shop.example>",
            support,
            "SV: Order 42",
            "d2@shop.example",
            "Tue, 05 Mar 2024 10:00:00 +0100",
            "Hallå?\n\nDen 5 mars 2024 kl. 09:00 skrev Dan <dan@shop.example>:\n> Where?\n",
        ),
        _mail(
            "Ann Smith <ann@customer.example>",
            support,
            "New problem",
            "m5@customer.example",
            "Wed, 06 Mar 2024 10:00:00 +0000",
            "<html><body><p>This is <b>awful</b>.</p><blockquote>old text</blockquote>"
            "</body></html>",
            html=True,
        ),
        _mail(
            "Eve <eve@mail.example>",
            support,
            "Question",
            "e1@mail.example",
            "Thu, 07 Mar 2024 10:00:00 +0000",
            ">From the start it failed.\nBye\n",
        ),
        _mail(
            "Zed <zed@x.example>",
            support,
            "Broken",
            "z1@x.example",
            "not a date",
            "No date here.\n",
            from_line="From zed@x.example 99:99 9999",
        ),
    ]
    path.write_bytes(b"".join(parts))
    return path


def _by_id(session: Session) -> dict[str, Message]:
    return {m.external_id: m for m in session.scalars(select(Message))}


def test_threads_people_quotes_and_charsets_with_company_domains_given(
    engine: Engine, tmp_path: Path
) -> None:
    path = support_mailbox(tmp_path / "support.mbox")
    summary = import_file(engine, path, options={"company_domains": ["acme.example"]})
    assert summary.format_name == "email"
    assert summary.messages_new == 8
    assert summary.rejected == 1
    assert summary.rejections[0].reason == "no readable Date header or mbox date"
    assert summary.rejections[0].line is not None
    # Refund thread (4 messages), order 42 (subject fallback "SV:"), HTML mail, Eve's.
    assert summary.conversations_new == 4
    with Session(engine) as session:
        customers = set(session.scalars(select(Customer.primary_email)))
        assert customers == {"ann@customer.example", "dan@shop.example", "eve@mail.example"}
        agents = set(session.scalars(select(Agent.email)))
        assert agents == {"bob@acme.example"}
        messages = _by_id(session)
        assert messages["m1@customer.example"].author_kind == AuthorKind.CUSTOMER
        assert messages["m2@acme.example"].author_kind == AuthorKind.AGENT
        assert messages["m4@partner.example"].author_kind == AuthorKind.OTHER
        assert messages["m2@acme.example"].body_text == "We are looking into it."
        reply = messages["m3@customer.example"]
        assert reply.body_text == "Café owner here. Not good enough!"
        assert reply.body_html is not None and "Original Message" in reply.body_html
        assert messages["d2@shop.example"].body_text == "Hallå?"
        assert (
            messages["d2@shop.example"].conversation_id
            == messages["d1@shop.example"].conversation_id
        )
        html = messages["m5@customer.example"]
        assert "awful" in html.body_text and "old text" not in html.body_text
        assert html.body_html is not None and "<blockquote>" in html.body_html
        assert messages["e1@mail.example"].body_text == "From the start it failed.\nBye"
        refund = session.get_one(Conversation, messages["m1@customer.example"].conversation_id)
        assert refund.subject == "Refund please"
        assert len(refund.messages) == 4
        assert {m.conversation_id for m in messages.values() if m.external_id.startswith("m")} == {
            refund.id,
            messages["m5@customer.example"].conversation_id,
        }


def _placement(engine: Engine) -> dict[str, tuple[str, str | None, str]]:
    """Message-ID → (its conversation's thread id, subject, customer) as stored."""
    with Session(engine) as session:
        rows = session.execute(
            select(
                Message.external_id,
                Conversation.external_id,
                Conversation.subject,
                Customer.primary_email,
            )
            .join(Conversation, Message.conversation_id == Conversation.id)
            .join(Customer, Conversation.customer_id == Customer.id)
        )
        return {m: (c, subject, customer) for m, c, subject, customer in rows}


def test_messages_are_placed_alike_whatever_the_spill_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spilled messages are grouped into threads a window at a time; a thread split across
    windows (here: every message its own batch and window) must end up the same as one read
    whole."""
    path = support_mailbox(tmp_path / "support.mbox")
    whole = open_database(f"sqlite:///{tmp_path / 'whole.sqlite3'}")
    import_file(whole, path, options={"company_domains": ["acme.example"]})
    monkeypatch.setattr("desk.ingest.mail.archives.WINDOW", 1)
    monkeypatch.setattr("desk.ingest.mail.archives.CHUNK", 1)
    split = open_database(f"sqlite:///{tmp_path / 'split.sqlite3'}")
    summary = import_file(split, path, options={"company_domains": ["acme.example"]})
    assert summary.messages_new == 8 and summary.conversations_new == 4
    assert _placement(split) == _placement(whole)
    assert len({thread for thread, _, _ in _placement(whole).values()}) == 4


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="worker processes need two cores or more")
def test_a_large_archive_is_read_by_worker_processes_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = support_mailbox(tmp_path / "support.mbox")
    serial = open_database(f"sqlite:///{tmp_path / 'serial.sqlite3'}")
    alone = import_file(serial, path, options={"company_domains": ["acme.example"]})
    pieces: list[int] = []  # the messages in each piece a worker was given

    class CountingPool(ProcessPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
            pieces.extend(sum(1 for _ in _split_chunk(*piece)) for piece in args[0])
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr("desk.ingest.mail.archives.PARALLEL_BYTES", 0)
    monkeypatch.setattr("desk.ingest.mail.archives.CHUNK", 600)
    monkeypatch.setattr("desk.ingest.mail.archives.ProcessPoolExecutor", CountingPool)
    parallel = open_database(f"sqlite:///{tmp_path / 'parallel.sqlite3'}")
    shared = import_file(parallel, path, options={"company_domains": ["acme.example"]})
    assert sum(pieces) == 9 and len(pieces) > 3  # every message went through the workers
    assert _placement(parallel) == _placement(serial)
    assert (shared.messages_new, shared.conversations_new) == (8, 4)
    assert shared.rejections == alone.rejections
    with Session(serial) as one, Session(parallel) as other:
        bodies = {m.external_id: (m.body_text, m.body_html) for m in _by_id(one).values()}
        assert {m.external_id: (m.body_text, m.body_html) for m in _by_id(other).values()} == bodies


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="worker processes need two cores or more")
def test_a_folder_of_eml_files_goes_to_the_workers_several_files_a_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "mails"
    folder.mkdir()
    date = "Mon, 04 Mar 2024 10:00:00 +0000"
    for i in range(12):
        mail = _mail(
            f"c{i % 3}@customer.example", "help@acme.example", f"Order {i}", f"o{i}@x", date, "?"
        )
        (folder / f"{i:02}.eml").write_bytes(mail.split(b"\n", 1)[1])  # no mbox From line
    (folder / "12.eml").write_bytes(b"Subject: no date, no sender\n\nHello\n")
    options = {"company_domains": ["acme.example"]}
    alone = open_database(f"sqlite:///{tmp_path / 'serial.sqlite3'}")
    serial = import_file(alone, folder, options=options)
    jobs: list[int] = []  # files a job carried

    class CountingPool(ProcessPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
            jobs.append(len(args[0]))
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr("desk.ingest.mail.archives.PARALLEL_BYTES", 0)
    monkeypatch.setattr("desk.ingest.mail.archives.CHUNK", 1000)
    monkeypatch.setattr("desk.ingest.mail.archives.ProcessPoolExecutor", CountingPool)
    engine = open_database(f"sqlite:///{tmp_path / 'parallel.sqlite3'}")
    shared = import_file(engine, folder, options=options)
    assert sum(jobs) == 13 and len(jobs) < 13 and max(jobs) > 1
    assert (shared.messages_new, shared.rejected) == (serial.messages_new, serial.rejected)
    assert (shared.messages_new, shared.rejected) == (12, 1)
    assert shared.rejections == serial.rejections
    assert shared.rejections[0].reason.startswith("12.eml: ")
    assert _placement(engine) == _placement(alone)


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="worker processes need two cores or more")
def test_cancel_in_the_first_pass_stops_the_workers_and_leaves_the_database_as_it_was(
    sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "many.mbox"
    date = "Mon, 04 Mar 2024 10:00:00 +0000"
    mails = [
        _mail(f"c{i}@customer.example", "support@acme.example", f"Order {i}", f"o{i}@x", date, "?")
        for i in range(400)
    ]
    path.write_bytes(b"".join(mails))
    monkeypatch.setattr("desk.ingest.mail.archives.PARALLEL_BYTES", 0)
    monkeypatch.setattr("desk.ingest.mail.archives.CHUNK", 1000)
    monkeypatch.setattr("desk.ingest.mail.archives.TICK", 20)
    seen: list[tuple[int, int | None]] = []

    def cancel_once_reading(progress: Progress) -> None:
        if progress.done > 0:
            seen.append((progress.done, progress.total))
            progress.cancel()

    with pytest.raises(Cancelled):
        import_file(sqlite_engine, path, progress=Progress(on_update=cancel_once_reading))
    done, total = seen[0]
    assert total is not None and 0 < done <= total // 2  # while the first pass was reading
    assert multiprocessing.active_children() == []
    with Session(sqlite_engine) as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 0
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_company_domains_from_the_setting_and_reimport_changes_nothing(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    with Session(sqlite_engine) as session:
        session.add(Setting(key="company_domains", value=json.dumps(["acme.example"])))
        session.commit()
    path = support_mailbox(tmp_path / "support.mbox")
    first = import_file(sqlite_engine, path)
    assert first.customers_new == 3
    again = import_file(sqlite_engine, path)
    assert (again.messages_new, again.conversations_new, again.customers_new) == (0, 0, 0)


def test_company_domain_is_inferred_from_who_writes_to_everyone(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    support = "support@acme.example"
    mails = []
    for number, customer in enumerate(["a@one.example", "b@two.example", "c@three.example"]):
        mails.append(
            _mail(
                customer,
                support,
                f"Help {number}",
                f"q{number}@x",
                f"Mon, 04 Mar 2024 1{number}:00:00 +0000",
                "Help me.\n",
            )
        )
        mails.append(
            _mail(
                "Agent <agent@acme.example>",
                customer,
                f"Re: Help {number}",
                f"r{number}@acme.example",
                f"Mon, 04 Mar 2024 1{number}:30:00 +0000",
                "Done.\n",
                refs=f"q{number}@x",
            )
        )
    path = tmp_path / "inbox.mbox"
    path.write_bytes(b"".join(mails))
    summary = import_file(sqlite_engine, path)
    assert (summary.customers_new, summary.conversations_new, summary.messages_new) == (3, 3, 6)
    with Session(sqlite_engine) as session:
        kinds = dict(session.execute(select(Message.external_id, Message.author_kind)).all())
    assert kinds["r0@acme.example"] == AuthorKind.AGENT
    assert kinds["q2@x"] == AuthorKind.CUSTOMER


def test_a_folder_of_eml_files_imports_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mails"
    (folder / "sub").mkdir(parents=True)
    (folder / "1.eml").write_bytes(
        _mail(
            "Ann <ann@c.example>",
            "help@acme.example",
            "Hi",
            "f1@c.example",
            "Mon, 04 Mar 2024 10:00:00 +0000",
            "First.\n",
        ).split(b"\n", 1)[1]
    )
    (folder / "sub" / "2.EML").write_bytes(
        _mail(
            "Help <help@acme.example>",
            "ann@c.example",
            "Re: Hi",
            "f2@acme.example",
            "Mon, 04 Mar 2024 11:00:00 +0000",
            "Second.\n",
            refs="f1@c.example",
        )
    )
    (folder / "notes.txt").write_text("not mail")
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert main(["--db", url, "identities", "company-domains", "acme.example"]) == 0
    assert main(["--db", url, "import", str(folder)]) == 0
    assert f"{EmailArchive.label} (detected)" in capsys.readouterr().out
    engine = open_database(url)
    try:
        assert (
            _count(engine, Customer),
            _count(engine, Conversation),
            _count(engine, Message),
        ) == (1, 1, 2)
        assert main(["--db", url, "import", str(folder)]) == 0
        assert "imported before" in capsys.readouterr().out
    finally:
        engine.dispose()


def test_unknown_charsets_and_broken_mime_do_not_stop_the_import(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    good = _mail(
        "Ann <ann@c.example>",
        "help@acme.example",
        "Hi",
        "u1@c.example",
        "Mon, 04 Mar 2024 10:00:00 +0000",
        "plain",
    )
    odd = (
        good.replace(b"charset=utf-8", b"charset=x-unknown-8bit")
        .replace(b"u1@c.example>", b"u2@c.example>")
        .replace(b"plain", "caf\xe9 \xff".encode("latin-1"))
    )
    eight_bit_from = b"From \xe9t\xe9@c.example  Mon Mar  4 10:00:00 2024\n" + odd.split(b"\n", 1)[
        1
    ].replace(b"u2@", b"u3@").replace(b"Subject: Hi", b"Subject: H\xe9llo")
    path = tmp_path / "odd.mbox"
    path.write_bytes(good + odd + eight_bit_from)
    summary = import_file(sqlite_engine, path)
    assert summary.messages_new == 3 and summary.rejected == 0
    with Session(sqlite_engine) as session:
        texts = _by_id(session)
        assert texts["u2@c.example"].body_text.startswith("caf")
        subjects = set(session.scalars(select(Conversation.subject)))
        assert "Héllo" in subjects
