"""Issue #19 round 5 (Swedish): the families added after the second development set
(``dev2_sv.tsv``) catch new variants written for this file, and leave alone the hard negatives
that share their words.

No sentence here is copied from the dev, dev2, support, holdout or training sets.
"""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Maria på lagret är en total idiot, hälsa henne det.", "harassment"),
        ("Han i växeln är dum som en kålrot.", "harassment"),
        ("hur korkad kan man bli, det står i första raden", "harassment"),
        ("Hur inkompetent är du egentligen?", "harassment"),
        ("Människor från ert land klarar inte av kundtjänst.", "hate"),
        ("Betala tillbaka, annars sköter Handelsbanken det åt mig.", "threat_financial"),
        ("Kortbolaget kommer dra tillbaka varenda krona ni tagit.", "threat_financial"),
        ("Om en vecka jobbar du inte där, det lovar jag.", "threat_job"),
        ("Er vd kommer att få höra exakt hur du svarade mig.", "threat_job"),
        ("Jag vet vilken buss du tar hem, Sanna.", "threat_expose"),
        ("Har sett var du parkerar på morgonen.", "threat_expose"),
        ("Din hemadress hamnar på Flashback ikväll.", "threat_expose"),
        ("Löser ni inte det så får Expressen hela konversationen.", "threat_public_shaming"),
        ("Lokalradion ska få höra allt om er.", "threat_public_shaming"),
        ("Ni lämnar alltså en sjuk man att frysa för en blankett?", "emotional_blackmail"),
    ],
)
def test_round5_families_are_caught(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "sv")}


@pytest.mark.parametrize(
    "text",
    [
        "Maria på lagret är en stjärna, tacka henne från mig.",
        "Jag kommer till ert kontor på onsdag för avtalsmötet.",
        "Vi kommer till er butik imorgon för att hämta beställningen.",
        "Hur lång tid kan man vara utan internet innan ni kompenserar?",
        "Banken drog tillbaka en betalning av misstag, kan ni skicka fakturan igen?",
        "Jobbar du inte där längre? Jag fick ett mejl från din kollega.",
        "Jag vet vilken buss som går till ert kontor, vi ses på mötet.",
        "Min adress hamnar på fakturan, eller hur?",
        "Min pappa är pensionär och vill ha fakturan på papper.",
    ],
)
def test_round5_hard_negatives_stay_clean(text: str) -> None:
    assert abuse_found(text, "sv") == []
