"""Issue #19 round 7 (Swedish): families, not sentences. Chat spellings ("du e", "ja vet",
"dej") reach every term, an insult as a compound's last word is found ("kärringjävel"), a
name hedged between commas is still staff, and each threat category is read as a target plus
a leverage concept. Variants written for this file, apart from dev4_sv.tsv and dev5_sv.tsv,
with hard negatives that share their words.

No sentence here is copied from the dev, dev2-dev5, support, holdout or training sets.
"""

from __future__ import annotations

import pytest

from desk.abuse.matcher import Matcher
from desk.abuse.rulepack import load_pack
from desk.abuse.spellings import with_variants
from tests.desk.abuse.rule_cases import abuse_found


def test_chat_spellings_are_added_to_whole_words_only() -> None:
    assert with_variants("sv", ["(du|ni) är döda?"]) == ["(du|ni) (är|e) döda?"]
    assert with_variants("sv", ["(jag|vi) ska slå (dig|er)"]) == [
        "(jag|ja|vi) ska slå (dig|dej|er)"
    ]
    assert with_variants("sv", ["är*", "(ta livet av mig|dö)"]) == [
        "är*",
        "(ta livet av (mig|mej)|dö)",
    ]
    assert with_variants("en", ["you are"]) == ["you are"]


def test_a_compound_match_spans_the_whole_word() -> None:
    text = "Din dumjävel."
    _lowered, matches = Matcher(load_pack("sv")).find(text)
    assert any(text[m.start : m.end].lower() == "dumjävel" for m in matches)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # compounds and slang, aimed at the reader or at named staff
        ("Du är en sån kundtjänstidiot att jag baxnar.", "harassment"),
        ("hörru din supportkärring, svara nu", "harassment"),
        ("Vilken datortönt du är.", "harassment"),
        ("Er tekniker Jonas var en riktig fårskalle i telefon.", "harassment"),
        ("Den nya killen, Oskar heter han visst, är en jubelidiot.", "harassment"),
        ("du e så jävla blåst asså", "harassment"),
        ("Tjena dumbommen, läs mejlet igen.", "harassment"),
        ("aldrig mött en sån fjant som dej", "harassment"),
        ("du e ju helt störd i huvet", "harassment"),
        ("Är du en j*vla nolla eller?", "harassment"),
        # hate
        (
            "Låt mig tala med en svensk istället för en sån där invandrare som inte kan språket.",
            "hate",
        ),
        ("Jag vill bli hjälpt av en karl, inte av en kvinna.", "hate"),
        ("Araber som du förstår ju inte svenska.", "hate"),
        ("Ni har bara invandrare där som inte kan prata.", "hate"),
        # financial
        ("Jag häver betalningen hos Swedbank om inget händer.", "threat_financial"),
        ("Fakturan reklamerar jag via kortbolaget i morgon.", "threat_financial"),
        ("Då blir det en Klarnareklamation, enkelt.", "threat_financial"),
        ("Jag har bett SEB att stoppa dragningen.", "threat_financial"),
        ("ja kräver tillbaka pengarna via kreditkortet", "threat_financial"),
        # legal
        ("Vi får väl ses i hovrätten då.", "threat_legal"),
        ("Då blir det polisanmälan på er.", "threat_legal"),
        ("Jag sätter juristen på er nu.", "threat_legal"),
        ("Räkna med en stämning inom kort.", "threat_legal"),
        ("Kronofogden ska få veta hur ni sköter er.", "threat_legal"),
        ("Jag sparar allt som underlag till tingsrätten.", "threat_legal"),
        # job
        ("Er vd kommer att få ett långt brev om dig.", "threat_job"),
        ("Jag kräver att hon omplaceras från kundtjänst.", "threat_job"),
        ("Hoppas du får sparken, ärligt.", "threat_job"),
        ("hej då jobbet för din del", "threat_job"),
        ("Din chef har redan fått skärmdumparna.", "threat_job"),
        ("Ni kommer inte att jobba kvar där länge till, någon av er.", "threat_job"),
        # exposure
        ("Enkelt att ta reda på vart du bor med Ratsit.", "threat_expose"),
        ("Din svarta Audi står utanför, eller hur?", "threat_expose"),
        ("Jag googlade dig, Malin. Intressanta bilder.", "threat_expose"),
        ("Jag vet vilken förskola ditt barn går på.", "threat_expose"),
        ("Ditt efternamn och foto läggs ut på Flashback ikväll.", "threat_expose"),
        ("Kanske ska jag ringa din mamma och berätta.", "threat_expose"),
        # shaming
        ("Jag skickar hela korrespondensen till Expressen.", "threat_public_shaming"),
        ("Kvällspressen är redan tipsad om er.", "threat_public_shaming"),
        ("Hela byn ska få veta hur ni behandlar folk.", "threat_public_shaming"),
        ("Mina följare på Instagram får se allt i kväll.", "threat_public_shaming"),
        ("Jag lägger ut chattloggen på Reddit.", "threat_public_shaming"),
        ("Jag skriver i varenda grupp på Facebook om er.", "threat_public_shaming"),
        # violence
        ("Vänta bara du, jag vet hur du ser ut.", "threat_violence"),
        ("Får jag tag på dig så.", "threat_violence"),
        ("Du ska få en omgång du sent glömmer.", "threat_violence"),
        ("ja ska göra dej illa", "threat_violence"),
        ("du e död, hör du det", "threat_violence"),
        # emotional blackmail
        ("Jag orkar knappt inte leva längre efter det här.", "emotional_blackmail"),
        ("Jag har panikångest varje natt på grund av dig.", "emotional_blackmail"),
        ("Hoppas ni är nöjda nu när mina barn inte får någon julklapp.", "emotional_blackmail"),
        ("Om något händer mig så vet ni varför.", "emotional_blackmail"),
        # third batch: "as stupid as you", the unnegated claim, complaints, harm in time
        ("Aldrig sett någon lika slarvig som du.", "harassment"),
        ("Ni är ena riktiga latmaskar där borta.", "harassment"),
        ("Killen i växeln, Kim eller vad han hette, är en ren dumskalle.", "harassment"),
        ("Jag har sagt till banken att jag aldrig godkände dragningen.", "threat_financial"),
        ("Ett klagomål om dig ligger hos din chef, se om du är kvar efter helgen.", "threat_job"),
        ("Mina grabbar vill gärna snacka med dig efter stängning.", "threat_violence"),
        ("Tro inte att du är trygg bara för att du sitter i Malmö.", "threat_violence"),
        ("Ni bär hela ansvaret om jag hamnar på akuten.", "emotional_blackmail"),
        ("Jag sätter dit er för det här.", "threat_legal"),
        ("Konsumentverket får hela underlaget på måndag.", "threat_legal"),
    ],
)
def test_round7_families_are_caught_and_named(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "sv")}


@pytest.mark.parametrize(
    "text",
    [
        "Mitt marsvin har ätit upp laddsladden, finns det en ny?",
        "Vi såg en elefant på zoo, och appen visade fel karta.",
        "Jag vill att din chef får veta hur bra du skötte det.",
        "Hur häver jag ett köp inom ångerrätten?",
        "Banken sa att jag kan bestrida köpet, men jag vill hellre lösa det med er.",
        "Jag vet vilken bil jag ska köpa, tack för tipsen.",
        "Min bil står på verkstaden, kan leveransen vänta?",
        "Har ni en Facebookgrupp för användare?",
        "Appen, tror jag, är värdelös just nu.",
        "Hela byn använder er tjänst, den är bra.",
        "Jag mår dåligt idag så jag svarar i morgon.",
        "Min advokat har bett om en kopia av kvittot.",
        "Vem är ansvarig för fakturor hos er?",
        "Du ska få se att det ordnar sig, skrev min fru.",
        "Fy fan vad dum jag var som glömde lösenordet.",
        "Jag är en sån idiot, jag skrev fel nummer.",
        "Ratsit visar fel adress för vårt företag.",
        "Den här buggen tar livet av mig, finns det en lösning?",
        "Jag orkar inte mer med den här routern, kan ni byta den?",
        "Hoppas ni är nöjda med betyget jag gav er!",
        "Jag tar med mina kompisar och handlar hos er i helgen.",
        "Min advokat tar hand om bodelningen och behöver avtalet.",
        "Kan ni lägga upp inspelningen av webbinariet på YouTube?",
        "Jag häver köpet inom ångerrätten, hur skickar jag tillbaka varan?",
        "Jag får ont i huvudet av all reklam.",
        "Precis som du sa fungerar det nu, tack.",
    ],
)
def test_round7_hard_negatives_stay_clean(text: str) -> None:
    assert abuse_found(text, "sv") == []
