"""Issue #19 round 9, Chinese: word families, on variants written for this test (not the
sentences of dev..dev6, support, holdout or training). A regulator or complaint platform (黑猫投诉,
工信部, 消协, 12315 also said aloud as 幺二三幺五) beside a complaint or case against "you";
a platform named beside 曝光 or 上热搜; "I can find where you live" in either order and Cantonese
起底; violence euphemisms (给老子等着, 等着 ... 出门小心, 撕烂你的嘴) and Cantonese 斩/过嚟打;
炒你鱿鱼; being driven to death; 聋/瞎, 大聪明, 脑袋装屎, 冚家铲; regional contempt with a
slur or a "scammer" a few characters on. Reported speech ("有人说", "有人在群里说") is someone
else's, as "他说" was already.

Rules alone (no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # regulators and complaint platforms beside a move against "you"
        ("再拖着不办我就上黑猫投诉告你们", "threat_legal"),
        ("工信部那边我会申诉你们 一个都跑不了", "threat_legal"),
        ("我要打幺二三幺五投诉 你们等着", "threat_legal"),
        ("这事我已经在黑猫投诉上立案了 等着吧", "threat_legal"),
        # a platform beside 曝光, 热搜
        ("信不信我发个视频到快手曝光你", "threat_public_shaming"),
        ("我要让你们公司上热搜", "threat_public_shaming"),
        ("不退钱就曝光到各大平台", "threat_public_shaming"),
        # where you live, in either order; Cantonese 起底
        ("我能查到你住哪 你信不信", "threat_expose"),
        ("你以为我查不到你家在哪吗", "threat_expose"),
        ("你叫什么 住哪 我都会查出来的", "threat_expose"),
        ("我起你底 睇你仲敢唔敢", "threat_expose"),
        # violence euphemisms, Cantonese
        ("你给老子等着", "threat_violence"),
        ("你们等着 出门小心", "threat_violence"),
        ("看我不撕烂你的嘴", "threat_violence"),
        ("信不信我打爆你的头", "threat_violence"),
        ("我搵人斬你", "threat_violence"),
        ("你咪走 我而家過嚟打你", "threat_violence"),
        # job, Cantonese
        ("我要佢炒你魷魚", "threat_job"),
        ("等陣我叫老細炒咗你", "threat_job"),
        # driven to death
        ("我现在就站在窗边 你们看着办", "emotional_blackmail"),
        ("我要是死了 就是你们逼死的", "emotional_blackmail"),
        ("我都想去死了 你们还这样对我", "emotional_blackmail"),
        # insults: pinyin, Cantonese, Taiwanese, mainland slang
        ("tmd你是聋了吗", "harassment"),
        ("你係咪傻㗎 講極都唔明", "harassment"),
        ("你腦袋是裝屎喔", "harassment"),
        ("客服你是个大聪明吧 我服了", "harassment"),
        ("你是脑袋被门挤了吧", "harassment"),
        ("冚家鏟 你哋班客服", "harassment"),
        ("你個低B", "harassment"),
        # regional contempt a few characters from the slur
        ("你们客服全是河南人吧 一个个骗子", "hate"),
        ("广东佬就是奸", "hate"),
        ("大陸仔客服冇禮貌", "hate"),
    ],
)
def test_round9_families_are_caught_and_named(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "zh")}, abuse_found(text, "zh")


@pytest.mark.parametrize(
    "text",
    [
        # someone else's words, reported
        "有人说你们家是骗子 我不太信",
        "网上有人说要去12315投诉你们 是真的吗",
        "有人在群里说要去市场监管局告你们 真的假的",
        # the same words, no threat
        "我真是个傻子 把地址写错了",
        "你等着 我去拿一下发票",
        "出门小心 外面下雨了",
        "我已经在12315登记过了 你们回访一下就好",
        "市场监管局让我先联系你们协商",
        "热搜上说你们要降价 是真的吗",
        "我在小红书上看到你们的推荐",
        "我打你电话一直没人接",
        "我想死你们了 终于到货了",
        "我们那边广东人多 发货快吗",
        "屌 部機又死機",
    ],
)
def test_round9_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "zh") == []
