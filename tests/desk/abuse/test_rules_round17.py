"""Issue #19 rounds 17 and 18: false alarms of the rules that the check sets of rounds 15 and 17
showed once they were tuned on.

* Chinese "约吗" and "约你" are an approach only as such ("美女约吗", "约你出来"), not inside
  "预约吗" ("需要提前预约吗？") or "预约你们" (booking).
* English speech quoted in single quotation marks is quoted ("he messaged me saying 'I know where
  you live'"): a mark opens a quotation only at a word's start and closes it at a word's end,
  so apostrophes ("don't", "customers'") and elisions ("'em") do not.

Variants written for this test; rules alone (no learned model)."""

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


@pytest.mark.parametrize(
    "text",
    [
        "A buyer wrote 'I know where you live' under my listing. Please look into his account.",
        "Your courier yelled 'get out of the way you stupid cow' at my mum. She wants an apology.",
        "'I know where you live' is what the driver said to my wife. Please call me back.",
    ],
)
def test_speech_in_single_quotes_is_quoted(text: str) -> None:
    assert abuse_found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I'll get 'em all sacked. I know where you live.", "threat_expose"),
        ("The customers' data leaked again. You useless idiot, fix it.", "harassment"),
        ("Don't 'sir' me, you useless idiot.", "harassment"),
        ("I know where you live, 'mate'.", "threat_expose"),
    ],
)
def test_apostrophes_and_quoted_words_beside_a_threat_still_count(text: str, category: str) -> None:
    assert category in [found for found, _ in abuse_found(text, "en")]
