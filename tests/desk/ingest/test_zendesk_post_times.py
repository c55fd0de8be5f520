"""A Zendesk comment's time, channel and ``public`` flag read inline (the per-message fast path
of ``ZendeskJson._post``) exactly as :func:`desk.ingest.text.normalise.parse_time` and the
field-by-field conversions read them, whatever form the export gives them in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desk.ingest.formats.zendesk_json import ZendeskJson
from desk.ingest.records import Post, ReadStats, Rejection, Thread
from desk.ingest.text.normalise import parse_time
from tests.desk.ingest.test_zendesk_json import USERS, _comment, _ticket, write_ndjson


def _read(tmp_path: Path, **fields: Any) -> Post | Rejection:
    comment = {**_comment(1, 1, "Hello"), **fields}
    path = write_ndjson(tmp_path / "z.ndjson", [*USERS, _ticket(7, 1, [comment])])
    items = list(ZendeskJson(path).read(ReadStats()))
    threads = [i for i in items if isinstance(i, Thread)]
    if threads:
        return threads[0].posts[0]
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert len(rejections) == 1
    return rejections[0]


@pytest.mark.parametrize(
    "raw",
    [
        "2024-03-01T09:15:00Z",
        "2024-03-01T09:15:00.250Z",
        "2024-03-01 09:15:00Z",
        "2024-03-01T09:15:00+02:00",
        "2024-03-01T09:15:00",
        1709284500,  # Unix seconds
        1709284500250,  # Unix milliseconds
        "1709284500",
    ],
)
def test_a_comment_time_is_what_parse_time_makes_of_it(tmp_path: Path, raw: object) -> None:
    post = _read(tmp_path, created_at=raw)
    assert isinstance(post, Post)
    assert post.created_at == parse_time(raw)
    assert post.created_at.tzinfo is None
    assert post.created_raw == str(raw)


@pytest.mark.parametrize("raw", ["yesterday", "2024-03-01T09:15:00+02:00Z", "Z", True])
def test_a_comment_time_that_is_not_one_rejects_the_ticket_in_parse_times_words(
    tmp_path: Path, raw: object
) -> None:
    rejection = _read(tmp_path, created_at=raw)
    assert isinstance(rejection, Rejection)
    with pytest.raises(ValueError, match="not a time") as expected:
        parse_time(raw)
    assert rejection.reason == f"ticket 7: {expected.value}"


@pytest.mark.parametrize(
    ("via", "channel"),
    [
        ({"channel": "email"}, "email"),
        ({"channel": "  web  "}, "web"),
        ({"channel": ""}, None),
        ({"channel": 5}, None),
        ({"channel": ["email"]}, None),
        ({}, None),
        ("email", None),
        (None, None),
    ],
)
def test_a_comment_channel_is_its_trimmed_text(tmp_path: Path, via: object, channel: str) -> None:
    post = _read(tmp_path, via=via)
    assert isinstance(post, Post)
    assert post.channel == channel


@pytest.mark.parametrize(
    ("public", "expected"), [(True, True), (False, False), (0, False), (1, True), ("no", True)]
)
def test_a_comment_public_flag_is_its_truth(tmp_path: Path, public: object, expected: bool) -> None:
    post = _read(tmp_path, public=public)
    assert isinstance(post, Post)
    assert post.public is expected
