"""Issue #19 round 8 (Swedish): voices unlike the helpers' own. Swedish typed without å/ä/ö is
read as the pack's own words (desk/abuse/diacritics.py) rather than listed; Stockholm slang,
Finland-Swedish and formal letters reach each category as families (slurs in all their
inflections without a "du", slang insults, "passa dig noga", job/exposure/blackmail concepts).
Variants written for this file, apart from dev6_sv.tsv (the round's check set), with hard
negatives that share their words.

No sentence here is copied from the dev, dev2-dev6, support, holdout or training sets.
"""

from __future__ import annotations

import pytest

from desk.abuse import diacritics
from desk.abuse.language import detect_language
from desk.abuse.matcher import Matcher
from desk.abuse.rulepack import load_pack
from tests.desk.abuse.rule_cases import abuse_found


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_pack("sv"))


def test_only_swedish_gets_a_table() -> None:
    assert diacritics.table("en", ["you are"]) is None
    assert diacritics.table("sv", ["jävla"]) is not None


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("din javla mupp", "din jävla mupp"),  # a whole pack word
        ("helt vardelosa typer", "helt värdelösa typer"),  # a stem with its ending
        ("din kundtjanstkarring", "din kundtjänstkärring"),  # a compound's insult
        ("du ar sa dum", "du är så dum"),  # "sa" after "är" is "så"
        ("han sa att det funkar", "han sa att det funkar"),  # "sa" with who said it stays
        ("ni ska fa hora av mig", "ni ska få höra av mig"),  # "hora" after "få" is "höra"
    ],
)
def test_words_typed_without_the_three_letters_are_restored(
    matcher: Matcher, written: str, read: str
) -> None:
    restored = matcher.normalise(written)
    assert len(restored) == len(written)
    assert restored.startswith(read)


def test_a_word_with_a_digit_is_left_to_the_masks(matcher: Matcher) -> None:
    assert "där" not in matcher.normalise("jag d0dar dig")  # "dödar", not "d0där"


def test_a_message_that_types_the_letters_is_left_as_written(matcher: Matcher) -> None:
    assert matcher.normalise("din hora, jag vill höra mer") == "din hora, jag vill höra mer"
    assert matcher.normalise("Förstora bilden") == "förstora bilden"


def test_swedish_without_its_letters_is_read_as_swedish() -> None:
    assert detect_language("nar kommer paketet, jag maste ha det") == "sv"
    assert detect_language("when will the parcel arrive, I need it") == "en"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # typed without å/ä/ö
        ("du ar sa javla vardelos", "harassment"),
        ("din dumma karringjavel", "harassment"),
        ("nasta gang jag ser dig ar du dod", "threat_violence"),
        ("du kommer fa sparken for det har", "threat_job"),
        ("jag ska forstora ditt liv", "threat_violence"),
        ("du ar inget annat an en pajas", "harassment"),
        # Stockholm slang and English mixed in
        ("shuno du e len på riktigt", "harassment"),
        ("din lilla horunge, svara ordentligt", "harassment"),
        ("knulla din morsa bror", "harassment"),
        ("jag ska blåsa dig shuno", "threat_violence"),
        ("mina shunos hittar dig wallah", "threat_violence"),
        ("du e körd bror, vänta bara", "threat_violence"),
        ("passa dig jävligt noga du", "threat_violence"),
        ("hoppas du får cancer", "threat_violence"),
        ("min katt är smartare än dig", "harassment"),
        # Finland-Swedish and older formal writers
        ("du e int särskilt klok du, din tokstolle", "harassment"),
        ("Jag förväntar mig att medarbetaren omplaceras omgående.", "threat_job"),
        ("Jag förutsätter att handläggaren får en varning.", "threat_job"),
        ("jag kommer skriva till din chef om vad du gjort", "threat_job"),
        ("Jag kommer att namnge er personal i lokalpressen.", "threat_public_shaming"),
        ("Jag har tagit reda på hennes adress och tänker sprida den.", "threat_expose"),
        ("vi vet nog vart du tränar", "threat_expose"),
        ("jag har kollat upp ditt regnummer", "threat_expose"),
        ("hittade ditt regnummer på parkeringen", "threat_expose"),
        # hate with no "du": slurs in every inflection, groups with a derogatory verb
        ("svartskallarna i er växel begriper ingenting", "hate"),
        ("muslimer ska utvisas allihop", "hate"),
        ("muslimerna där hos er borde åka hem", "hate"),
        ("jävla somalier hela bunten", "hate"),
        ("du låter som en jävla arab i telefon", "hate"),
        # blackmail: my health or life, because of you; legal read right without å/ä/ö
        ("jag har panikattacker varje natt pga dig", "emotional_blackmail"),
        ("mina barn svälter pga er", "emotional_blackmail"),
        ("ni kommer fa hora fran min jurist", "threat_legal"),
        # financial: the bank told it was not me
        ("jag markerar dragningen som obehörig", "threat_financial"),
    ],
)
def test_round8_families_are_caught_and_named(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "sv")}


@pytest.mark.parametrize(
    "text",
    [
        "jag bor pa storgatan 4, kan ni leverera dit",
        "kan ni forstora bilden pa hemsidan",
        "jag ska hora av mig imorgon om fakturan",
        "han sa att ni stanger klockan fem",
        "javla skrivare, den fungerar aldrig",
        "det ar inte ditt fel, tack for hjalpen",
        "shuno ni e fett bra wallah",
        "passa dig för falska sms som ser ut att komma från oss",
        "min son har len hud och era blöjor gav utslag",
        "jag ska blåsa upp ballonger till kalaset, när kommer leveransen",
        "kom ut med en ny version snart hoppas jag",
        "min chef kommer att få fakturan på måndag",
        "jag förlorade jobbet, kan jag pausa abonnemanget?",
        "Jag blev kallad svartskalle av en kund och vill veta hur ni hanterar sånt.",
        "min granne är turk och tipsade om er",
        "jag mår dåligt pga förkylningen, kan vi ta det imorgon",
        "Banken säger att jag kan bestrida köpet om varan inte kommer.",
        "Jag har läst om er i Hufvudstadsbladet, bra artikel.",
        "Det var inte särskilt svårt att installera.",
        "vilken bil har ni för hemleveranser",
    ],
)
def test_round8_hard_negatives_stay_clean(text: str) -> None:
    assert abuse_found(text, "sv") == []
