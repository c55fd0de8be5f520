"""Issue #19 round 4, Swedish: the phrasing families customers use without the pack's stock
words (veiled violence, "I know people who…", the bank or card company by name, the consumer
bodies and courts of Sweden and Finland, the press and the sites by name, the boss and the
agent's career described, what is known about the agent's life, hate in plain words without a
slur, insults about a named agent in the third person, self-harm as leverage) are caught by the
rules and quoted; the hard negatives that share their words (the customer's own knife, address
or bus, a dispute already filed, a lawyer or a summons in ordinary business, a review or a
newspaper without leverage, praise of a named agent, the customer's own age or language) stay
unflagged.

Rules alone (no learned model), so a failure names the rule pack, not the model. The phrasings
here are worded apart from the training file's, so they test the families, not the lines."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found, caught_and_quoted


@pytest.mark.parametrize(
    ("text", "category", "quoted"),
    [
        ("Mina polare vet redan var du brukar äta lunch.", "threat_violence", "polare"),
        ("Du kommer att få på käften nästa gång.", "threat_violence", "på käften"),
        (
            "Jag har vänner som gärna tar hand om dig efter jobbet.",
            "threat_violence",
            "tar hand om dig",
        ),
        ("Sov gott i natt, Hanna, medan du fortfarande kan.", "threat_violence", "medan du"),
        ("Om jag var du skulle inte gå hem ensam i kväll.", "threat_violence", "ensam"),
        ("Du kommer aldrig att jobba inom den här branschen igen.", "threat_job", "branschen"),
        ("Jag ser till att det blir din sista vecka där.", "threat_job", "sista vecka"),
        ("Fortsätt så, snart får du städa ur skrivbordet.", "threat_job", "skrivbordet"),
        ("Du har inte kvar jobbet efter i morgon, lita på det.", "threat_job", "kvar jobbet"),
        (
            "Vår bolagsjurist är redan inkopplad, så ni har en dag på er.",
            "threat_legal",
            "inkopplad",
        ),
        ("Ni kommer att stå för alla rättegångskostnaderna.", "threat_legal", "rättegångskostnad"),
        ("Jag driver det här till hovrätten om det behövs.", "threat_legal", "hovrätten"),
        (
            "Handelsbanken får ta hand om det här, ni ser aldrig de pengarna.",
            "threat_financial",
            "Handelsbanken",
        ),
        ("Jag anmäler dragningen som obehörig i kväll.", "threat_financial", "obehörig"),
        ("Jag vet vilken skola din dotter går i.", "threat_expose", "skola"),
        ("Jag kollade upp dig på Ratsit i går.", "threat_expose", "Ratsit"),
        (
            "Din man skulle säkert bli intresserad av hur du pratar med folk.",
            "threat_expose",
            "intresserad",
        ),
        (
            "Expressen ska få höra hur ni behandlar pensionärer.",
            "threat_public_shaming",
            "Expressen",
        ),
        ("Jag startar en tråd på Flashback om er i kväll.", "threat_public_shaming", "Flashback"),
        ("Jag tar upp det här i min podd nästa vecka.", "threat_public_shaming", "podd"),
        ("Säg till Fredrik att han har en hjärna som en ärta.", "harassment", "hjärna som en ärta"),
        ("Maria är en ynklig klåpare och borde skämmas.", "harassment", "klåpare"),
        ("Typiskt utlänningar att aldrig förstå något.", "hate", "Typiskt utlänningar"),
        ("Jag vill ha någon som talar riktig svenska.", "hate", "riktig svenska"),
        ("Du är alldeles för gammal för att jobba med datorer.", "hate", "för gammal"),
        ("Tack vare dig får mina barn ingen mat i helgen.", "emotional_blackmail", "tack vare dig"),
        ("Jag gör mig själv illa om jag inte får svar.", "emotional_blackmail", "illa"),
        ("Kan du leva med dig själv efter det här?", "emotional_blackmail", "leva med dig själv"),
    ],
)
def test_round4_phrasings_are_caught_and_quoted(text: str, category: str, quoted: str) -> None:
    assert caught_and_quoted(text, "sv", category, quoted), abuse_found(text, "sv")


@pytest.mark.parametrize(
    "text",
    [
        "Kniven jag har från er har ett glapp i skaftet, kan jag få en ny?",
        "Jag väntar utanför butiken, öppnar ni klockan tio?",
        "Jag har fått en stämning från ett inkassobolag, kan ni bekräfta att fakturan är betald?",
        "Vi har många följare och vill gärna samarbeta om ett inlägg.",
        "Jag har redan anmält ärendet till ARN, vi inväntar deras beslut.",
        "Banken har spärrat mitt kort, kan jag betala med faktura istället?",
        "Vår jurist vill läsa avtalet innan vi skriver på.",
        "Jag läste om er i Expressen i går, grattis till priset!",
        "Tom var fantastisk i telefon, ge honom beröm från mig.",
        "Jag är för gammal för att fatta de här apparna, kan ni hjälpa mig?",
        "Min svenska är inte så bra, finns det support på finska?",
        "Jag tar bussen hem klockan fem, ring gärna efter det.",
        "Jag har bytt adress, här är den nya för fakturan.",
        "Min dotter går i skolan i Lund, kan paketet gå dit?",
        "Jag har ett klagomål på leveransen, inte på någon av er.",
        "Appen är dummare än en tegelsten, den hittar ingenting.",
        "Om du råkar ut för något problem med appen, vad gör jag då?",
        "Vi kopplar in vår jurist för avtalsgranskningen.",
        "När är din sista dag innan semestern?",
        "Kan ni lägga upp inspelningen av webbinariet på YouTube?",
        "Er bil står och blockerar min infart.",
        "Jag har kompisar som besöker er butik i Lund.",
        "Mina barn är inte födda här men pratar svenska.",
        "Jag gjorde mig illa på er cykel, bromsen släppte.",
        "Jag berättar om er i min podd, ni är fantastiska!",
        "Se till att jag får en varning innan ni stänger av tjänsten.",
        "Tack, jag har sparat dina bilder på installationen.",
    ],
)
def test_round4_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "sv") == []
