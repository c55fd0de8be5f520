"""The per-line and per-record fast paths of the import read what the general paths read:
one JSON line decoded without ``json.loads``'s encoding detection, a Zendesk comment mapped
without a call per field, customers written as plain tuples."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.db.models import AuthorKind, Customer
from desk.ingest.formats.zendesk_json import ZendeskJson
from desk.ingest.limits import Limits
from desk.ingest.loader import import_file
from desk.ingest.records import Post, ReadStats, Rejection, Thread
from desk.ingest.streams.bounded_json import Refusal, loads
from tests.desk.ingest.test_zendesk_json import USERS, _comment, _ticket, write_ndjson

LINES = [
    b'{"a": 1, "b": [{"c": "d"}, {"e": null}]}',
    b'{"lone": "\\ud800 half", "nested": [[[1]]]}',  # an escaped lone surrogate
    '{"text": "Où est-il ? 你好"}'.encode(),
    '{"text": "\ud83d\ude00 wide", "x": [{}]}'.encode("utf-8", "surrogatepass"),
    '{"utf16": [1, {"x": 2}]}'.encode("utf-16-le"),  # json.loads detects UTF-16 itself
    '{"bom": [1, {"x": 2}]}'.encode("utf-8-sig"),
    b"[1, 2, {}]",
]


@pytest.mark.parametrize("raw", LINES)
def test_a_line_decodes_as_json_loads_decodes_it(raw: bytes) -> None:
    assert loads(raw, Limits()) == json.loads(raw)


def _error(call: Callable[[], object]) -> ValueError:
    try:
        call()
    except ValueError as exc:
        return exc
    raise AssertionError("no error")


@pytest.mark.parametrize("raw", [b'{"a": "\xff\xfe broken"}', b'{"a": [1, 2}', b"{"])
def test_a_bad_line_fails_as_json_loads_fails(raw: bytes) -> None:
    ours, theirs = _error(lambda: loads(raw, Limits())), _error(lambda: json.loads(raw))
    assert type(ours) is type(theirs)
    assert str(ours) == str(theirs)


def test_a_line_too_deep_is_still_refused_on_the_fast_path() -> None:
    raw = b'{"a": ' + b"[" * 40 + b"]" * 40 + b"}"
    with pytest.raises(Refusal):
        loads(raw, Limits(json_depth=30))
    assert loads(raw, Limits(json_depth=50)) == json.loads(raw)


def _thread(tmp_path: Path, comments: list[dict[str, object]]) -> Thread:
    path = write_ndjson(tmp_path / "z.ndjson", [*USERS, _ticket(7, 1, comments)])
    items = list(ZendeskJson(path).read(ReadStats()))
    threads = [item for item in items if isinstance(item, Thread)]
    assert len(threads) == 1, [item for item in items if isinstance(item, Rejection)]
    return threads[0]


def test_comments_map_to_the_same_posts_as_field_by_field(tmp_path: Path) -> None:
    system = {**_comment(3, 900, "Auto"), "via": {"channel": "rule"}}
    crlf = _comment(4, 1, "  two\r\nlines\r  ")
    html_only = {**_comment(5, 901, ""), "body": None, "html_body": "<p>Hi <b>there</b></p>"}
    unknown = {**_comment(6, 555, "Who?"), "id": None, "public": False}
    posts = _thread(
        tmp_path,
        [_comment(1, 1, "Mine"), _comment(2, 900, "Agent"), system, crlf, html_only, unknown],
    ).posts
    by_id = {post.external_id: post for post in posts}
    assert [by_id[i].author_kind for i in ("1", "2", "3", "4", "5")] == [
        AuthorKind.CUSTOMER,
        AuthorKind.AGENT,
        AuthorKind.SYSTEM,
        AuthorKind.CUSTOMER,
        AuthorKind.AGENT,
    ]
    assert by_id["4"].body_text == "two\nlines"
    assert by_id["5"].body_text == "Hi there" and by_id["5"].body_html == "<p>Hi <b>there</b></p>"
    assert by_id["7#5"].public is False and by_id["7#5"].author_kind is AuthorKind.AGENT
    assert by_id["1"].created_raw == posts[0].created_raw
    assert isinstance(by_id["1"].created_at, dt.datetime)


def test_a_comment_without_a_time_rejects_its_ticket(tmp_path: Path) -> None:
    path = write_ndjson(
        tmp_path / "z.ndjson", [*USERS, _ticket(7, 1, [{**_comment(1, 1, "x"), "created_at": ""}])]
    )
    rejections = [i for i in ZendeskJson(path).read(ReadStats()) if isinstance(i, Rejection)]
    assert [r.reason for r in rejections] == ["ticket 7: missing created_at"]


def test_posts_are_values_equal_and_hashed_by_their_fields() -> None:
    at = dt.datetime(2024, 1, 1)
    post = Post("1", AuthorKind.AGENT, at, "text")
    twin = Post(external_id="1", author_kind=AuthorKind.AGENT, created_at=at, body_text="text")
    assert post == twin and hash(post) == hash(twin)
    assert dataclasses.replace(post, body_text="other") != post
    assert len({post, twin}) == 1


def test_customers_written_as_tuples_read_back_as_the_orm_wrote_them(
    engine: Engine, tmp_path: Path
) -> None:
    paying = {
        "id": 42,
        "name": "Paying Pat",
        "email": "pat@example.com",
        "role": "end-user",
        "organization_name": "Pat Ltd",
        "user_fields": {"monthly_plan_amount": "123.45", "plan_currency": "eur"},
    }
    path = write_ndjson(tmp_path / "z.ndjson", [*USERS, paying, _ticket(7, 42, [])])
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    import_file(engine, path)
    with Session(engine) as session:
        pat = session.scalars(select(Customer).where(Customer.display_name == "Paying Pat")).one()
        ids = list(session.scalars(select(Customer.id).order_by(Customer.id)))
    assert (pat.primary_email, pat.organisation, pat.currency) == (
        "pat@example.com",
        "Pat Ltd",
        "EUR",
    )
    assert pat.monthly_revenue == Decimal("123.45")
    assert before - dt.timedelta(seconds=5) <= pat.created_at <= before + dt.timedelta(minutes=5)
    assert ids == list(range(ids[0], ids[0] + len(ids)))  # given in order, none skipped
