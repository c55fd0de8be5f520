"""Issue #19 round 5, Chinese: the families behind the misses of the second development set
(dev2_zh.tsv) caught as families, on variants written for this test (not the dev2 sentences):
asking for an agent of another origin, telling the bank "not received" or "not authorised",
having the bank take the money back, a 12315 complaint already drafted, "you won't last to the
end of the month", the agent's estate, feed and child, smashing the shop, dying at the
company's door, "the stupidest employee". The hard negatives share their words: China Life
(中国人寿) is not hate, asking when a shop opens is not exposure, a status question about a
dispute is not a threat.

Rules alone (no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found, caught_and_quoted


@pytest.mark.parametrize(
    ("text", "category", "quoted"),
    [
        ("换个本地人来接待我，外地的听不懂。", "hate", "本地人"),
        ("老外客服就算了，给我换人。", "hate", "老外客服"),
        ("我就跟支付宝那边说没收到货。", "threat_financial", "没收到"),
        ("我会叫银行把钱全部追回来。", "threat_financial", "银行"),
        ("等着被扣款吧你们。", "threat_financial", "扣款"),
        ("黑猫投诉我已经写好了，随时发。", "threat_legal", "黑猫投诉"),
        ("你这种服务干不到年底。", "threat_job", "干不到年底"),
        ("我保证你丢饭碗。", "threat_job", "丢饭碗"),
        ("你住哪栋楼我都清楚。", "threat_expose", "哪栋"),
        ("你抖音我都刷遍了。", "threat_expose", "刷遍"),
        ("你老婆长得挺漂亮啊。", "threat_expose", "漂亮"),
        ("我明天就去你们门店砸了它。", "threat_violence", "砸"),
        ("你等着，我找人收拾你。", "threat_violence", "收拾你"),
        ("我就死在你们营业厅里。", "emotional_blackmail", "死在你们"),
        ("我老人有个三长两短就找你。", "emotional_blackmail", "找你"),
        ("你是我见过最笨的客服。", "harassment", "最笨的客服"),
        ("我会把截图发到小红书，让大家看看。", "threat_public_shaming", "小红书"),
    ],
)
def test_round5_phrasings_are_caught_and_quoted(text: str, category: str, quoted: str) -> None:
    assert caught_and_quoted(text, "zh", category, quoted), abuse_found(text, "zh")


@pytest.mark.parametrize(
    "text",
    [
        "我要中国人寿的理赔单。",
        "你们门店每天几点开门？",
        "财务问上周那笔拒付处理好了吗？",
        "银行说我的卡没问题，那为什么扣款失败？",
        "这是我见过最好的客服，谢谢你。",
        "我把截图发给你们了，请查收。",
        "我老公说你们挺负责的。",
    ],
)
def test_round5_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "zh") == []
