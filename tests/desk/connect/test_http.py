"""The HTTP client's rules: Retry-After in both forms, Link headers, capped backoff, and a token
that is never sent to another host."""

from __future__ import annotations

import email.utils
import time

import pytest

from desk.connect.http import (
    ConnectError,
    HttpClient,
    Response,
    RetryPolicy,
    rate_limit_wait,
    retry_after,
    safe_url,
)
from tests.desk.connect.conftest import TOKEN
from tests.vendor_server.data import zendesk_desk
from tests.vendor_server.server import VendorServer


def test_retry_after_takes_seconds_and_http_dates() -> None:
    now = time.time()
    assert retry_after("7") == 7.0
    assert retry_after(email.utils.formatdate(now + 30, usegmt=True), now=now) == pytest.approx(
        30, abs=1
    )
    assert retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert retry_after("soon") is None
    assert retry_after(None) is None


def test_the_next_link_is_found_among_others() -> None:
    header = (
        '<https://a.freshdesk.com/api/v2/tickets?page=1>; rel="prev", '
        '<https://a.freshdesk.com/api/v2/tickets?page=3&per_page=100>; rel="next"'
    )
    answer = Response("u", 200, {"link": header}, [])
    assert answer.link() == "https://a.freshdesk.com/api/v2/tickets?page=3&per_page=100"
    assert answer.link("last") is None
    assert Response("u", 200, {}, []).link() is None


def test_backoff_doubles_up_to_its_cap() -> None:
    policy = RetryPolicy(base=0.5, cap=4)
    assert [policy.backoff(n) for n in range(6)] == [0.5, 1, 2, 4, 4, 4]


def test_messages_name_the_url_without_its_query_or_credentials() -> None:
    url = "https://user:pw@acme.zendesk.com:8443/api/v2/x.json?api_key=abc"
    assert safe_url(url) == "https://acme.zendesk.com:8443/api/v2/x.json"


def test_a_page_link_to_another_host_is_not_followed_with_the_token() -> None:
    with (
        VendorServer("zendesk", zendesk_desk(2), token=TOKEN) as ours,
        VendorServer("zendesk", zendesk_desk(2), token=TOKEN) as other,
    ):
        client = HttpClient({"Authorization": "Basic x"}, ours.url, RetryPolicy(retries=0))
        with pytest.raises(ConnectError, match="is not on"):
            client.get(f"{other.url}/api/v2/users/me.json")
        assert other.served.requests == 0


def test_a_429_wait_is_read_from_each_vendor_s_documented_header() -> None:
    now = 1_700_000_000.25
    assert rate_limit_wait({"retry-after": "3"}, now) == 3.0  # Zendesk, Freshdesk, Front
    assert rate_limit_wait({"x-ratelimit-retry-after": "7"}, now) == 7.0  # Help Scout
    assert rate_limit_wait({"x-ratelimit-reset": "1700000002"}, now) == 1.75  # Intercom
    assert rate_limit_wait({"x-ratelimit-reset": "1699999990"}, now) == 0.0  # already past
    both = {"retry-after": "4", "x-ratelimit-reset": "1700000060"}
    assert rate_limit_wait(both, now) == 4.0  # Retry-After, when sent, says it exactly
    assert rate_limit_wait({}, now) is None  # no header: the client backs off on its own
