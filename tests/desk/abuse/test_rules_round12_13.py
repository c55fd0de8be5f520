"""Issue #19 rounds 12 and 13: false alarms of the rules that each round's development sets showed.

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


# Round 13, from the false alarms of round 12's check sets once they were tuned on.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Jag känner mig som en idiot, jag skrev fel kod två gånger.", "sv"),
        ("Appen säger levererat och jag står här i regnet som en idiot. Hjälp.", "sv"),
        ("Я, старая дура, опять забыла пароль, подскажите, как сбросить.", "ru"),
        ("В игре мне написали 'убью тебя, нуб' и дальше мат. Почему бан не выдали?", "ru"),
        ("He presentado una hoja de reclamaciones en la OMIC y espero su respuesta.", "es"),
        ("Escribí en Trustpilot lo que pasó con la maleta, tal cual fue.", "es"),
        ("我上周已向发卡行申请了这笔交易的拒付，还需要补充什么材料？", "zh"),
        ("差评我已经写了，都是实话，不用联系我改评。", "zh"),
        ("司机在车上一直说外地人没素质，让我很不舒服。", "zh"),
    ],
)
def test_round13_a_simile_a_quote_or_a_step_taken_is_not_abuse(text: str, language: str) -> None:
    assert abuse_found(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Agenten betedde sig som en idiot mot min mamma.", "sv", "harassment"),
        ("Du beter dig som en idiot.", "sv", "harassment"),
        ("Убью тебя, если не вернёшь деньги.", "ru", "threat_violence"),
        ("Si no me devuelven el dinero, escribiré en Trustpilot.", "es", "threat_public_shaming"),
        ("不退款我就申请拒付。", "zh", "threat_financial"),
        ("外地人没素质，你们客服也一样。", "zh", "hate"),
    ],
)
def test_round13_the_insults_and_threats_beside_them_still_count(
    text: str, language: str, category: str
) -> None:
    assert category in [found for found, _ in abuse_found(text, language)]
