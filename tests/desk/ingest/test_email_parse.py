"""The fast paths (single-part text read from the bytes, RFC 5322 dates read by a pattern)
against the email package.

Every message of the real mbox samples and of the real-shaped fixtures is read both ways;
the bodies must be identical. The crafted messages check that the fast path is taken where it
should be (so a regression to the slow path shows), and refused where the email package would
read the message differently (multipart, a line that ends the headers early, bad base64).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.ingest.mail.header_values import RFC_DATE as _RFC_DATE
from desk.ingest.mail.header_values import package_date as _package_date
from desk.ingest.mail.header_values import parse_date as _date
from desk.ingest.mail.mbox_split import _FROM_LINE, _split
from desk.ingest.mail.parsing import (
    _single_part_body,
    body_of,
    read_body,
    read_head,
    read_message,
)
from tests.conftest import SHARED_DATA
from tests.desk.ingest.test_email_archive import _mail, support_mailbox

MBOXES = SHARED_DATA / "samples" / "mbox"


def _messages(path: Path) -> list[bytes]:
    with path.open("rb") as handle:
        return [raw for _line, raw in _split(handle)]


def _head(content_type: str, encoding: str = "", extra: str = "", eol: str = "\n") -> str:
    lines = [
        "From ann@c.example  Mon Mar  4 10:00:00 2024",
        "From: Ann <ann@c.example>",
        "Subject: Hello",
        "Message-ID: <x@c.example>",
        "Date: Mon, 04 Mar 2024 10:00:00 +0000",
    ]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    if encoding:
        lines.append(f"Content-Transfer-Encoding: {encoding}")
    if extra:
        lines.append(extra)
    return eol.join(lines) + eol + eol


FAST = {
    "no content type": _head("").encode() + b"Where is my order?\n\n> quoted\n",
    "latin-1 8bit": _head("text/plain; charset=ISO-8859-1", "8bit").encode()
    + "Caf\xe9 ferm\xe9.\n".encode("latin-1"),
    "quoted-printable": _head('text/plain; charset="utf-8"', "quoted-printable").encode()
    + b"Caf=C3=A9 is=\n closed =3D bad\n",
    "base64": _head("text/plain; charset=utf-8", "base64").encode() + b"V2hlcmUgaXMgbXkgb3JkZXI/\n",
    "html": _head("text/html; charset=utf-8").encode()
    + b"<p>This is <b>awful</b>.</p><blockquote>old</blockquote>",
    "crlf": _head("text/plain; charset=utf-8", eol="\r\n").encode() + b"Line one\r\nLine two\r\n",
    "folded content type": _head("text/plain;\n\tcharset=windows-1251").encode()
    + "Привет, где заказ?\n".encode("cp1251"),
    "no body": _head("text/plain").encode().rstrip(b"\n") + b"\n",
}
SLOW = {
    "multipart": _head('multipart/alternative; boundary="b1"').encode()
    + b"--b1\nContent-Type: text/plain\n\nplain part\n--b1\nContent-Type: text/html\n\n"
    b"<p>html</p>\n--b1--\n",
    "a line that ends the headers": _head("text/plain", extra="not a header line").encode()
    + b"body\n",
    "broken base64": _head("text/plain", "base64").encode() + b"V2hlcmUgaXMg=bXk\n",
    "unknown transfer encoding": _head("text/plain", "x-uuencode").encode() + b"begin 644\n",
}


@pytest.mark.parametrize("name", FAST)
def test_simple_messages_take_the_fast_path_and_read_as_the_email_package_reads_them(
    name: str,
) -> None:
    raw = FAST[name]
    assert _single_part_body(raw, read_head(raw)) is not None
    assert read_body(raw) == body_of(read_message(raw))


@pytest.mark.parametrize("name", SLOW)
def test_messages_the_fast_path_cannot_read_go_to_the_email_package(name: str) -> None:
    raw = SLOW[name]
    assert _single_part_body(raw, read_head(raw)) is None
    assert read_body(raw) == body_of(read_message(raw))


def test_every_fixture_message_reads_the_same_both_ways(tmp_path: Path) -> None:
    raws = _messages(support_mailbox(tmp_path / "support.mbox"))
    raws.append(_mail("A <a@c.example>", "b@d.example", "Hi", "q@c", "Mon, 4 Mar 2024", "x"))
    assert len(raws) == 10
    for raw in raws:
        assert read_body(raw) == body_of(read_message(raw))


@pytest.mark.skipif(not MBOXES.is_dir(), reason=f"{MBOXES} is absent")
def test_every_real_sample_message_reads_the_same_both_ways() -> None:
    fast = total = 0
    for path in sorted(MBOXES.glob("*")):
        if path.name == "README.md":
            continue
        for raw in _messages(path):
            total += 1
            fast += _single_part_body(raw, read_head(raw)) is not None
            assert read_body(raw) == body_of(read_message(raw)), f"{path.name}: {raw[:200]!r}"
    assert total >= 30 and 0 < fast < total  # both paths are exercised by real mail


SEPARATOR = b"From a@b.example  Mon Jan  1 00:00:00 2024"
MBOX = (
    b"\n \n" + SEPARATOR + b"\r\nSubject: one\r\n\r\n>From the start\r\n>>From here\r\n\r\n"
    b"From the desk of Ann\n\n" + SEPARATOR + b"\nSubject: two\n\nbody\n"
)


def test_the_mbox_splitter_finds_separators_and_unescapes_from_lines() -> None:
    messages = list(_split(io.BytesIO(MBOX)))
    assert [line for line, _ in messages] == [3, 11]
    first, second = (raw for _, raw in messages)
    # >From is unescaped once; a From line that is not a separator stays in the message.
    assert b"\r\nFrom the start\r\n>From here\r\n" in first
    assert first.endswith(b"From the desk of Ann\n\n")
    assert second == SEPARATOR + b"\nSubject: two\n\nbody\n"
    # Without a separator the file is one message (an .eml), nothing unescaped.
    assert list(_split(io.BytesIO(b"Subject: x\n\n>From me\n"))) == [
        (1, b"Subject: x\n\n>From me\n")
    ]
    assert list(_split(io.BytesIO(b"\n\n"))) == []


def _split_line_by_line(data: bytes) -> list[tuple[int, bytes]]:
    """The mbox rules read the plain way, a line at a time (the splitter before it cut the file
    into pieces): a separator starts with ``From ``, follows a blank line or the start, and
    carries a time and a year; ``>From`` loses one ``>`` after a separator."""
    messages: list[tuple[int, bytes]] = []
    lines: list[bytes] = []
    start, previous_blank = 0, True
    for number, line in enumerate(io.BytesIO(data), start=1):
        if previous_blank and line.startswith(b"From ") and _FROM_LINE.match(line.rstrip(b"\r\n")):
            if lines and (start or any(x.strip() for x in lines)):
                messages.append((start or 1, b"".join(lines)))
            lines, start = [line], number
        else:
            if start and re.match(rb">+From ", line):
                line = line[1:]
            lines.append(line)
        previous_blank = not line.strip()
    if lines and any(x.strip() for x in lines):
        messages.append((start or 1, b"".join(lines)))
    return messages


_MBOX_LINES = st.sampled_from(
    [
        SEPARATOR + b"\n",
        SEPARATOR + b"\r\n",
        b"From someone about something\n",
        b"From x@y  Tue Feb  2 10:00 2021",  # a separator at the very end, no newline
        b"\n",
        b"\r\n",
        b" \t\n",
        b">From here\n",
        b">>From there\n",
        b">From\n",
        b"Subject: hello\n",
        b"text \xff\xfe bytes\n",
        b"From",
    ]
)


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.lists(_MBOX_LINES, max_size=40), st.integers(min_value=1, max_value=200))
def test_the_mbox_splitter_reads_pieces_as_the_plain_line_by_line_rules(
    lines: list[bytes], size: int
) -> None:
    data = b"".join(lines)
    assert list(_split(io.BytesIO(data), size)) == _split_line_by_line(data)


_DATES = st.builds(
    "{}{} {} {} {}:{:02d}{} {}{:04d}{}".format,
    st.sampled_from(["", "Mon, ", "Tue,", "Sun,  ", "Xyz, "]),
    st.integers(0, 33),
    st.sampled_from(["Jan", "feb", "MAR", "Jun", "Sep", "Dec", "Foo"]),
    st.sampled_from([1, 1969, 1970, 2000, 2024, 2200, 2201, 9999]),
    st.integers(0, 25),
    st.integers(0, 61),
    st.sampled_from(["", ":00", ":59", ":60", ":7"]),
    st.sampled_from(["+", "-"]),
    st.integers(0, 2500),
    st.sampled_from(["", " (UTC)", "  (CET) ", " GMT"]),
)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(value=_DATES | st.text(max_size=40))
def test_the_fast_date_reading_agrees_with_the_email_package(value: str) -> None:
    assert _date(value) == (_package_date(value) if value else None)


def test_common_dates_take_the_fast_path() -> None:
    assert _RFC_DATE.fullmatch("Mon, 04 Mar 2024 10:00:00 +0130 (CET)") is not None
    assert _date("Mon, 04 Mar 2024 10:00:00 +0130 (CET)") == dt.datetime(2024, 3, 4, 8, 30)
    assert _date("4 Mar 2024 10:00 -0000") == dt.datetime(2024, 3, 4, 10, 0)
