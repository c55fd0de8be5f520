"""Issue #19 round 14: false alarms of the rules that round 13's check sets showed once they were
tuned on.

* English and Swedish: a filing or a post already made is reported, not threatened ("I submitted
  a complaint to the CFPB in May", "vi har taggat er på Instagram"), as in Spanish and Chinese.
* English and Swedish: an "or" after what the writer says they will not do joins a second thing
  they will not do ("Jag tänker inte göra någon chargeback eller dra det till domstol"); an
  order's "or" still starts the threat ("Don't ignore me or go to court").
* Spanish: "el sistema de ustedes es un chiste" is about the system ("de ustedes" says whose).
* Chinese: money already returned ("已经把钱退回来了"), a case already in court ("已经走法律程序了")
  and a dispute the bank already took up ("已经受理了我的拒付").

Variants written for this test (not the sentences of the development, check or training sets);
rules alone (no learned model), so a failure names the rule pack, not the model. The threats and
the insults aimed at the agent beside them still count."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I posted a bad review on Trustpilot after the install. Can I add a second unit?", "en"),
        (
            "We lodged a complaint with the ombudsman last year and it was settled. New question:",
            "en",
        ),
        ("I left a bad review on Trustpilot in March, all sorted since. One more question:", "en"),
        ("Jag gjorde en anmälan till Konsumentverket i våras, nu gäller det en ny order.", "sv"),
        ("Vi har taggat er på Instagram efter bröllopet, så fina bilder!", "sv"),
        (
            "Jag tänker inte göra en polisanmälan eller dra er till tingsrätten, jag vill ha svar.",
            "sv",
        ),
        ("I won't sue you or go to small claims, I just want a straight answer.", "en"),
        ("La página de ustedes es un desastre, no carga el carrito desde ayer.", "es"),
        ("El programa de ustedes es una basura, se cierra solo cada vez que lo abro.", "es"),
        ("银行已经把钱退回到我卡里了，这单可以关了。", "zh"),
        ("工伤的事我们已走法律程序，下周开庭，就不再麻烦你们了。", "zh"),
        ("发卡行已经受理了我的拒付申请，麻烦配合提供一下发货记录。", "zh"),
    ],
)
def test_a_step_taken_or_a_thing_insulted_is_not_abuse(text: str, language: str) -> None:
    assert abuse_found(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Refund me by Friday or I will file a complaint with the CFPB.", "en", "threat_legal"),
        (
            "I filed one complaint already and I will file a complaint with the CFPB again.",
            "en",
            "threat_legal",
        ),
        ("Don't ignore me or go to court, your choice.", "en", "threat_legal"),
        ("I won't wait any longer or you'll hear from my lawyer.", "en", "threat_legal"),
        (
            "Jag kommer att tagga er på Instagram om ni inte svarar idag.",
            "sv",
            "threat_public_shaming",
        ),
        ("Jag tänker inte vänta längre eller så drar jag er till domstol.", "sv", "threat_legal"),
        ("Ustedes son un chiste, no saben ni contestar un correo.", "es", "harassment"),
        ("El empleado de ustedes es un inútil, no sabe ni buscar un pedido.", "es", "harassment"),
        ("我已经联系好本地电视台了，你们看着办。", "zh", "threat_public_shaming"),
        ("我朋友是律师，已经在准备起诉你们的材料了。", "zh", "threat_legal"),
        ("再不退款我就拒付。", "zh", "threat_financial"),
    ],
)
def test_round14_the_threats_and_insults_beside_them_still_count(
    text: str, language: str, category: str
) -> None:
    assert category in [found for found, _ in abuse_found(text, language)]
