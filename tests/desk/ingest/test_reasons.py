"""Rejection reasons are one printable line of bounded length, whatever the file held."""

from __future__ import annotations

import ijson
import pytest

from desk.ingest.text.reasons import error_text, readable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("ticket 7: missing created_at", "ticket 7: missing created_at"),
        ("id \x1b[2J\x07 bad", "id \\x1b[2J\\x07 bad"),
        ("two\nlines\r", "two\\nlines\\r"),
        ("right\u202eto left", "right\\u202eto left"),
        (b"byte \xdb here".decode("utf-8", "surrogateescape"), "byte \\xdb here"),
        ("Grüße, 東京", "Grüße, 東京"),
    ],
)
def test_readable_escapes_what_a_terminal_would_act_on(text: str, shown: str) -> None:
    assert readable(text) == shown


def test_readable_cuts_long_text_without_splitting_an_escape() -> None:
    assert readable("a" * 500, 10) == "a" * 9 + "…"
    assert readable("abcdefgh\x1b", 10) == "abcdefgh…"  # "\x1b" takes four: it does not fit


def test_error_text_gives_the_parsers_words_not_a_bytes_literal() -> None:
    with pytest.raises(ijson.JSONError) as caught:
        list(ijson.items(b"\xdb\x18\x15 not json \x1b[2J", "users.item"))
    shown = error_text(caught.value)
    assert shown.isprintable() and not shown.startswith("b'") and "\\x" not in shown
    assert "error" in shown
