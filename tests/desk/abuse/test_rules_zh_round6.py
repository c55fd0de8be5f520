"""Issue #19 round 6, Chinese: the families behind the misses of the third development set
(dev3_zh.tsv), on variants written for this test (not the dev3 sentences): insults by
comparison ("傻得像条狗"), "the most incompetent agent", a region given as the reason for an
insult, telling the bank the payment was not the writer's, "shall I get the consumer
association in", "let's see if you can keep working here", pinning the company on forums and
group chats, guilt as leverage ("你晚上睡得着吗"). The hard negatives share their words: the
writer's own lost job is not a job threat, a region named kindly is not hate, a dispute already
settled is not a threat, nor
money the bank already returned ("已经退回来了").

Rules alone (no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("他傻得像条狗一样，根本没法沟通。", "harassment"),
        ("你是我遇到过的最愚蠢的工作人员。", "harassment"),
        ("你是甘肃的吗？难怪这么笨。", "hate"),
        ("怪不得你是乡下人，什么都不懂。", "hate"),
        ("我会通知发卡行这笔交易不是我本人买的。", "threat_financial"),
        ("信不信我找市场监管局来查你们？", "threat_legal"),
        ("我倒要看看你还能不能在这里干下去。", "threat_job"),
        ("不处理的话我就去业主群挂你们。", "threat_public_shaming"),
        ("我要发个帖子，配上你的工号和照片。", "threat_public_shaming"),
        ("害我被罚款，你晚上睡得着吗？", "emotional_blackmail"),
    ],
)
def test_round6_phrasings_are_caught_and_named(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "zh")}, abuse_found(text, "zh")


@pytest.mark.parametrize(
    "text",
    [
        "我要是因为快递延误丢了工作，就得重新找了，唉，能帮我加急吗？",
        "我是河南的，能发到郑州吗？",
        "信用卡中心说那笔钱已经退回来了，谢谢你们。",
        "消协已经调解好了，我们就按方案处理吧。",
        "我在论坛上看到你们的新品，挺好看的。",
        "我晚上睡得很晚，可以晚点打电话给我吗？",
    ],
)
def test_round6_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "zh") == []
