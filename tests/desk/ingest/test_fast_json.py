"""``fast_json.loads`` gives exactly what ``json.loads`` gives, value or error, on the JSON where
orjson and the standard library differ (imports and syncs decode every line and page with it)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable

import pytest

from desk.ingest.limits import Limits
from desk.ingest.streams import fast_json
from desk.ingest.streams.bounded_json import Refusal, loads

SAME = [
    b'{"ticket": {"id": 7, "subject": "Caf\\u00e9", "tags": ["a", "b"]}}',
    b'{"a": 1, "a": 2}',  # the last duplicate wins in both
    b'{"body": "half \\ud83d of a pair"}',  # orjson refuses a lone surrogate
    b'{"id": 123456789012345678901234567890}',  # orjson would make it a float
    b'{"id": -9223372036854775809}',
    b'{"x": 1e400, "y": -1e400}',  # orjson refuses; json gives infinities
    b'{"x": -0.0, "y": 0.1, "z": 1.5e-320}',
    b'\xef\xbb\xbf{"bom": true}',
    '{"utf16": 1}'.encode("utf-16"),
    b'  [1, 2, {"nested": [null, false]}]  ',
]
BROKEN = [b'{"id": 1,', b'{"bad": "\xff"}', b"", b"{} {}"]


@pytest.mark.parametrize("raw", SAME)
def test_the_value_is_the_standard_librarys(raw: bytes) -> None:
    ours, theirs = fast_json.loads(raw), json.loads(raw)
    assert repr(ours) == repr(theirs)
    assert type(ours) is type(theirs)


def test_nan_comes_through_as_json_reads_it() -> None:
    assert math.isnan(fast_json.loads(b'{"score": NaN}')["score"])


@pytest.mark.parametrize("raw", BROKEN)
def test_what_neither_reads_fails_with_the_standard_librarys_error(raw: bytes) -> None:
    def error(loads: Callable[[bytes], object]) -> tuple[type[Exception], str]:
        try:
            loads(raw)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            return type(exc), str(exc)
        raise AssertionError(f"{raw!r} was read")

    assert error(fast_json.loads) == error(json.loads)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"id": 1234567890123456789}', True),  # 19 digits
        (b'{"id": 123456789012345678}', False),  # 18
        (b'{"a": 123456789012, "b": 1234567}', False),  # runs apart are not one run
        (b'{"x": 0.12345678901234567890}', True),  # a long fraction too
        (b'{"n": "caf\xc3\xa9 \xd9\xa1\xd9\xa2\xd9\xa3"}', False),  # only ASCII digits count
        (b"", False),
        (b"9" * 19, True),
    ],
)
def test_a_long_digit_run_is_found_as_the_pattern_finds_it(raw: bytes, expected: bool) -> None:
    assert fast_json.has_long_digit_run(raw) is expected
    assert (re.search(rb"[0-9]{19}", raw) is not None) is expected


def test_one_scan_shows_the_digit_runs_and_the_brackets_a_line_opens() -> None:
    scanned = fast_json.scan(b'{"id": 12, "a": [{"b": "[x]"}]}')
    assert scanned == b"[" + b" " * 6 + b"00" + b" " * 7 + b"[[" + b" " * 6 + b"[" + b" " * 6
    assert scanned.count(b"[") == 4  # "{" and "[" alike, quoted ones too: a bound, not a depth
    assert fast_json.loads(b'{"id": 1234567890123456789}', fast_json.scan(b"")) == {
        "id": 1234567890123456789
    }


@pytest.mark.parametrize(
    ("raw", "refused"),
    [
        (b'{"a": [{"b": [1]}]}', True),  # four levels of both kinds
        (b'{"a": [{"b": 1}]}', False),  # three
        (b'[[["{{{{"]]]', False),  # brackets in a string open nothing
    ],
)
def test_a_line_deeper_than_the_limit_is_refused_whichever_brackets_open_it(
    raw: bytes, refused: bool
) -> None:
    if refused:
        with pytest.raises(Refusal):
            loads(raw, Limits(json_depth=3))
    else:
        assert loads(raw, Limits(json_depth=3)) == json.loads(raw)
