"""Issue #19 round 12: false alarms of the rules that the round's development sets showed.

* Spanish: a rating already given is reported, not threatened ("ya califiqué al vendedor con una
  estrella"), as a filing in progress is ("estoy tramitando la queja"), and a chargeback the bank
  has already processed ("el contracargo ya lo tramitó mi banco").
* Chinese: a filing already made ("已向12315提交了投诉", "差评已经给了") and a curse told with whom
  it was aimed at ("有人骂管理员去死") are reported, not made.
* Russian (and every pack with a first-person pronoun): an insult set beside the writer's own
  "я" between commas ("Я, дура, сама перевела деньги") is the writer speaking of themself, not a
  word of address to the agent.

Variants written for this test (not the sentences of the development, check or training sets);
rules alone (no learned model), so a failure names the rule pack, not the model. The threats and
the insults aimed at the agent beside them still count."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Califiqué la tienda con una estrella porque tardó un mes, ¿dónde reclamo?", "es"),
        ("Puntué la app con una estrella en la Play Store, necesito recuperar mi cuenta.", "es"),
        ("Estoy tramitando la queja ante consumo como me dijeron, ¿qué dato pongo?", "es"),
        ("El contracargo ya lo tramitó mi banco la semana pasada; no me den de baja.", "es"),
        ("Я, дура, сама отдала код мошенникам, помогите заблокировать карту.", "ru"),
        ("Я, идиот, перепутал адрес доставки, можно поменять?", "ru"),
    ],
)
def test_a_step_reported_or_a_word_about_oneself_is_not_abuse(text: str, language: str) -> None:
    assert abuse_found(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        (
            "Si no me devuelven el dinero, les pondré una estrella en todas partes.",
            "es",
            "threat_public_shaming",
        ),
        ("Estoy harto: si mañana no está resuelto, haré un contracargo.", "es", "threat_financial"),
        ("Дура, верни деньги!", "ru", "harassment"),
        ("Я тебе говорю, дура, верни деньги!", "ru", "harassment"),
        ("Вы, идиоты, опять всё перепутали.", "ru", "harassment"),
    ],
)
def test_the_threats_and_insults_beside_them_still_count(
    text: str, language: str, category: str
) -> None:
    assert category in [found for found, _ in abuse_found(text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "我已经在银行申请了争议交易，麻烦你们开个商户说明。",
        "上个月已向12315提交了投诉，这次想问的是退货地址。",
        "差评已经给了，写的都是实话，这次想问发票怎么开。",
        "去年在12315投诉过一次，已经解决了，这次是别的问题。",
        "你们的司机在路上骂她是白痴，请给个说法。",
        "论坛里有人骂管理员去死，这种帖子能删吗？",
    ],
)
def test_chinese_a_filing_reported_or_a_curse_told_is_not_abuse(text: str) -> None:
    assert abuse_found(text, "zh") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("我已经受够了，明天就去银行申请拒付。", "threat_financial"),
        ("不退款我就向12315投诉你们。", "threat_legal"),
        ("再不处理我就给差评，让大家都看看。", "threat_public_shaming"),
        ("我骂她是白痴又怎样，你们那个客服就是白痴。", "harassment"),
        ("我朋友是律师，已经在准备起诉你们的材料了。", "threat_legal"),  # "already doing"
        ("你是白痴吗？", "harassment"),
    ],
)
def test_chinese_threats_and_insults_beside_them_still_count(text: str, category: str) -> None:
    assert category in [found for found, _ in abuse_found(text, "zh")]
