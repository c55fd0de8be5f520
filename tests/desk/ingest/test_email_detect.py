"""A mail saved whole (Help Scout's "original source") is recognised and imported.

The fixture has the shape such a file has: a long run of X-, ARC- and DKIM headers with long
folded values and a chain of Received headers before From, To and Subject, then a
multipart/alternative body. It used to be refused as "not a format Breakup Desk reads", as the
sniffer looked for From: in the first 12 lines only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.cli import main
from desk.db.models import Customer, Message
from desk.ingest.loader import import_file
from desk.ingest.mail.archives import EmailArchive
from desk.ingest.mail.detect import header_block, header_score
from desk.ingest.registry import detect, read_head


def _folded(name: str, value: str, width: int = 74) -> str:
    """``name: value`` folded as mail servers fold a long signature: tab-led lines of ``width``."""
    lines = [f"{name}: {value[:width]}"]
    lines += [f"\t{value[i : i + width]}" for i in range(width, len(value), width)]
    return "\r\n".join(lines)


def _blob(seed: str, size: int) -> str:
    """Base64 text of ``size`` characters or more, like a signature's ``b=`` value."""
    out = b""
    while len(out) * 4 // 3 < size:
        out += hashlib.sha512((seed + str(len(out))).encode()).digest()
    return base64.b64encode(out).decode()[:size]


def helpscout_original_source() -> bytes:
    """A customer's mail as Help Scout shows its original source (CRLF line ends)."""
    received = [
        _folded(
            "Received",
            f"from mail-{n}.google.com (mail-{n}.google.com. [209.85.128.{n}]) by mx.helpscout.net "
            f"with ESMTPS id {n}abc for <support@acme.example> (version=TLS1_3 "
            f"cipher=TLS_AES_128_GCM_SHA256 bits=128/128); Tue, 05 Mar 2024 09:1{n}:02 +0000",
        )
        for n in range(1, 7)
    ]
    dkim = (
        "v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=20230601; t=1709629920; "
        "x=1710234720; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date"
        f":message-id:reply-to; bh={_blob('bh', 44)}; b={_blob('dkim', 1400)}"
    )
    headers = [
        "X-Helpscout-Mailbox-Id: 245817",
        "X-Helpscout-Conversation-Id: 2518840173",
        "X-Helpscout-Thread-Id: 7391058223",
        "X-Helpscout-Customer-Id: 660310942",
        "Delivered-To: support@acme.example",
        *received[:3],
        _folded("X-Google-Smtp-Source", _blob("gss", 180)),
        _folded("X-Received", "by 2002:a05:6000:1846:b0:33e:1b2c:7a53 with SMTP id "
                + _blob("xr", 160)),
        _folded("ARC-Seal", f"i=1; a=rsa-sha256; t=1709629921; cv=none; d=google.com; "
                f"s=arc-20160816; b={_blob('seal', 1100)}"),
        _folded("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; "
                f"s=arc-20160816; h=to:subject:message-id:date:from:mime-version; "
                f"bh={_blob('ambh', 44)}; b={_blob('ams', 1100)}"),
        _folded("ARC-Authentication-Results", "i=1; mx.google.com; dkim=pass "
                "header.i=@example.org header.s=20230601 header.b=Qx7; spf=pass "
                "(google.com: domain of hana.berg@example.org designates 209.85.220.41 as "
                "permitted sender) smtp.mailfrom=hana.berg@example.org; dmarc=pass"),
        *received[3:],
        "Return-Path: <hana.berg@example.org>",
        "Received-SPF: pass (google.com: domain of hana.berg@example.org designates "
        "209.85.220.41 as permitted sender) client-ip=209.85.220.41;",
        _folded("Authentication-Results", "mx.google.com; dkim=pass header.i=@example.org "
                "header.s=20230601; spf=pass smtp.mailfrom=hana.berg@example.org; dmarc=pass "
                "(p=NONE sp=QUARANTINE dis=NONE) header.from=example.org"),
        _folded("DKIM-Signature", dkim),
        *(f"X-Helpscout-Tag-{n}: billing-escalation-{n}" for n in range(12)),
        "X-Gm-Message-State: " + _blob("gms", 60),
        "MIME-Version: 1.0",
        "From: Hana Berg <hana.berg@example.org>",
        "To: Acme Support <support@acme.example>",
        "Subject: Re: Invoice 4471 is still wrong",
        "Date: Tue, 5 Mar 2024 10:11:58 +0100",
        "Message-ID: <CAF=q7Zt4wQ+81Lh@mail.gmail.com>",
        'Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60718"',
    ]  # fmt: skip
    body = [
        "",
        "--000000000000a1b2c3d4e5f60718",
        'Content-Type: text/plain; charset="UTF-8"',
        "",
        "This is the third time I write about invoice 4471. Please fix it today.",
        "",
        "--000000000000a1b2c3d4e5f60718",
        'Content-Type: text/html; charset="UTF-8"',
        "",
        '<div dir=3D"ltr">This is the third time I write about invoice 4471. Please fix it '
        "today.</div>",
        "",
        "--000000000000a1b2c3d4e5f60718--",
        "",
    ]
    return "\r\n".join(headers + body).encode()


def test_the_fixture_has_the_shape_that_was_refused() -> None:
    raw = helpscout_original_source()
    lines = raw.split(b"\r\n")
    from_line = next(i for i, line in enumerate(lines) if line.startswith(b"From:"))
    assert from_line > 100 and raw.index(b"\r\n\r\n") > 5_000
    dkim = re.search(rb"\r\nDKIM-Signature:.*?\r\n(?=\S)", raw, re.DOTALL)
    assert dkim is not None and len(dkim[0]) > 1000 and dkim[0].count(b"\r\n\t") >= 15


@pytest.mark.parametrize("name", ["original.eml", "original-source"])
def test_helpscout_original_source_is_detected_and_imports_one_message(
    name: str, sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(helpscout_original_source())
    assert detect(path) is EmailArchive
    summary = import_file(sqlite_engine, path)
    assert (summary.messages_new, summary.conversations_new, summary.rejected) == (1, 1, 0)
    with Session(sqlite_engine) as session:
        message = session.scalars(select(Message)).one()
        customer = session.get(Customer, message.customer_id)
    assert customer is not None and customer.primary_email == "hana.berg@example.org"
    assert message.body_text.startswith("This is the third time I write about invoice 4471.")


@pytest.mark.slow
def test_helpscout_original_source_imports_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "original.eml"
    path.write_bytes(helpscout_original_source())
    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["--db", db, "import", "--json", str(path)]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert (result["format"], result["messages_new"], result["customers_new"]) == ("email", 1, 1)


def test_header_fields_in_any_order_and_lf_line_ends() -> None:
    head = (
        b"Subject: hi\nX-Mailer: x\nDate: Tue, 5 Mar 2024 10:11:58 +0100\nFrom: a@b.example\n\nhi"
    )
    assert header_score(head) > 0
    assert header_block(head) == ({b"subject", b"x-mailer", b"date", b"from"}, True)


def test_a_header_block_longer_than_the_head_is_still_mail(tmp_path: Path) -> None:
    """Received and signature headers filling the whole 64 KB head: From is past it."""
    raw = helpscout_original_source()
    start = raw.index(b"Received:")
    end = raw.index(b"\r\nX-Google-Smtp-Source")
    padded = raw[:start] + raw[start:end] * 100 + raw[start:]
    path = tmp_path / "long.eml"
    path.write_bytes(padded)
    head = read_head(path)
    assert b"\r\nFrom:" not in head
    assert detect(path) is EmailArchive


@pytest.mark.parametrize(
    "head",
    [
        b"id,subject,body\n1,Hello,From: me\n",  # a CSV
        b'{"from": "a@b.example", "to": "c@d.example", "subject": "hi"}\n',  # JSON
        b"Dear team,\nFrom: me\nTo: you\nSubject: hi\n",  # prose quoting headers
        b"\tcontinued\nFrom: a@b.example\nTo: c\nSubject: d\n\n",  # no field to continue
        b"From: a@b.example\nX-Mailer: x\n\nbody",  # From and nothing only mail has
    ],
)
def test_what_is_not_a_header_block_scores_nothing(head: bytes) -> None:
    assert header_score(head) == 0.0
