"""Issue #19 round 6 (Swedish): the families added after the third development set
(``dev3_sv.tsv``) catch new variants written for this file, name the right category, and leave
alone the hard negatives that share their words.

No sentence here is copied from the dev, dev2, dev3, support, holdout or training sets.
"""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hon på ekonomi har hjärnan i fickan, det märks.", "harassment"),
        ("Er tekniker är inte den vassaste kniven i lådan.", "harassment"),
        ("Är du invandrare eller? Det märks på svaren.", "hate"),
        ("Är ni araber eller? Inget fungerar här.", "hate"),
        ("Jag säger åt Klarna att återkalla köpet.", "threat_financial"),
        ("Kortföretaget ska få veta hur ni sköter er, räkna med det.", "threat_financial"),
        ("Formuläret om återkrav ligger ifyllt framför mig.", "threat_financial"),
        ("Vill ni att Kronofogden tittar på era metoder?", "threat_legal"),
        ("Det vore trist om Konsumentombudsmannen fick veta det här.", "threat_legal"),
        ("Inget svar idag, då går jag vidare till en advokat.", "threat_legal"),
        ("Din LinkedIn avslöjar att du slutar vid fyra.", "threat_expose"),
        ("Vi vet var du tränar, Maja.", "threat_expose"),
        ("Jag har ditt personnummer, det åker ut på nätet.", "threat_expose"),
        ("Ett inlägg på Reddit om er kommer upp i kväll om inget händer.", "threat_public_shaming"),
        ("Jag ser till att alla jag känner får veta vad ni gör.", "threat_public_shaming"),
        ("Jag spelar in en video om hur ni lurade mig.", "threat_public_shaming"),
        ("Nån borde skjuta hela personalen på ert kontor.", "threat_violence"),
        ("Jag knäcker alla fingrar du har.", "threat_violence"),
        ("Passa dig ordentligt på väg hem ikväll.", "threat_violence"),
    ],
)
def test_round6_families_are_caught_and_named(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "sv")}


@pytest.mark.parametrize(
    "text",
    [
        "Jag skriver gärna ett omdöme på Trustpilot när jag fått varan.",
        "Har lämnat en recension på Google, fyra stjärnor och en kommentar om frakten.",
        "Konsumentverket tittar på nya regler för returer, påverkar det er?",
        "ARN fick höra båda sidor och beslutet kom i går, tack för ert svar.",
        "Jag vet när ni stänger, jag kommer innan dess.",
        "Jag bor på Drottninggatan numera, ändra adressen tack.",
        "Kan ni göra en video om hur appen installeras?",
        "Jag har bestridit köpet hos banken redan, det är inget hot.",
        "Min chef kallade mig korkad när beställningen blev fel.",
    ],
)
def test_round6_hard_negatives_stay_clean(text: str) -> None:
    assert abuse_found(text, "sv") == []
