"""Issue #19 round 17: a false alarm of the rules that round 15's check sets showed once they
were tuned on. Chinese "约吗" and "约你" are an approach only as such ("美女约吗", "约你出来"), not
inside "预约吗" ("需要提前预约吗？") or "预约你们" (booking). Variants written for this test; rules
alone (no learned model)."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    "text", ["博物馆周一开门吗？需要提前预约吗？", "我想预约你们下周六上午的保洁服务"]
)
def test_a_booking_is_not_an_approach(text: str) -> None:
    assert abuse_found(text, "zh") == []


@pytest.mark.parametrize("text", ["客服小姐姐约吗？", "下班了约你出来喝酒", "约炮吗"])
def test_the_approach_still_counts(text: str) -> None:
    assert "sexual_harassment" in [found for found, _ in abuse_found(text, "zh")]
