"""Issue #19 round 9 (English): families for the weakest categories, tried on variants written
for this file (not the sentences of dev..dev6, support, holdout or training): regional insult
nouns and adjectives (UK, Australian, Indian, Nigerian, US Southern) under the usual target
logic, an insult aimed by a tail ("..., the lot of you"), "<adjective> fellow", dimness idioms,
superlative insults, staff described by a relative clause ("the bloke I spoke to is a galah"),
hitting verbs after a threat opener, bodily outcomes, removal of a people, the dole as a threat,
reports of misconduct to the agent's employer, legal action "heading your way", being made
infamous; and the hard negatives they must leave alone, with two precision fixes: violent verbs
in everyday idioms ("I'll shoot you an email") and friendly swearing in praise ("damn u guys are
fast").

The rules alone are tested (the learned signal off), so a failure names the pack.
"""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # insults: regional words, adjectives, tails, idioms, the third person
        ("Oi, you great duffer, the box said EXTRA LARGE.", "harassment"),
        ("Listen you blockhead, I've sent the photo twice.", "harassment"),
        ("You're gormless, mate, honestly.", "harassment"),
        ("Madam you are very senseless, I told you already the number.", "harassment"),
        ("Stupid fellow, why you are cutting my call again and again?", "harassment"),
        ("Clueless, the whole shower of you.", "harassment"),
        ("Not the brightest bulb in the box, are you?", "harassment"),
        ("Your colleague is a few sandwiches short of a picnic.", "harassment"),
        ("The lights are on but nobody's home with that lot in billing.", "harassment"),
        ("Priya is the worst twit I have ever dealt with.", "harassment"),
        ("The girl I chatted to on Friday is a complete and utter dill.", "harassment"),
        ("The fella we had on the phone this morning is a right dozy git.", "harassment"),
        ("Your man at the counter is an absolute liability.", "harassment"),
        ("You are a liar, plain and simple.", "harassment"),
        # violence: opener then a hitting verb; bodily outcomes; menace described
        ("I swear I'll lamp you if this happens again.", "threat_violence"),
        ("I'll flatten him when I see him at the depot.", "threat_violence"),
        ("Keep lying and I'll end up putting you in intensive care.", "threat_violence"),
        ("You are asking for a thumping, pal.", "threat_violence"),
        ("Wouldn't be shocked if somebody comes looking for you.", "threat_violence"),
        ("The minute I clap eyes on you, mate.", "threat_violence"),
        ("My cousins will be looking for you after this.", "threat_violence"),
        # hate without slurs
        ("Your sort ought to be deported, the lot of you.", "hate"),
        ("People like you are flooding this country and taking our jobs.", "hate"),
        ("Your type are vermin.", "hate"),
        ("Your kind keep coming here and ruining everything.", "hate"),
        # job: the dole, misconduct reported to the employer
        ("Get used to the breadline, pal.", "threat_job"),
        ("Writing to your head office about you tonight.", "threat_job"),
        ("I'll let your manager know you were extremely rude to me.", "threat_job"),
        # legal: action heading the agent's way, being shut down
        ("A writ is heading your way as we speak.", "threat_legal"),
        ("An Ofgem complaint is heading your way.", "threat_legal"),
        ("I'll have the council close your shop down.", "threat_legal"),
        # financial: the bank sent after the agent
        ("My card company will go after you lot for every penny.", "threat_financial"),
        # shaming: made infamous, on the news
        ("I'm going to make you internet famous, and not in a good way.", "threat_public_shaming"),
        ("You'll be tabloid news by the weekend.", "threat_public_shaming"),
        ("You'll read about yourself in the local paper on Thursday.", "threat_public_shaming"),
        ("I'll be spreading the word about you at every market I trade at.",
         "threat_public_shaming"),
        # blackmail: the agent as the reason for harm
        ("You'll be the reason my kids can't eat this week.", "emotional_blackmail"),
    ],
)  # fmt: skip
def test_round9_families_are_caught(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "en")}


@pytest.mark.parametrize(
    "text",
    [
        # violent verbs in everyday idioms
        "I'll shoot you an e-mail with the receipts tonight.",
        "Will hit you up tomorrow once the parcel is in.",
        "Ha, you beat me to it, I was just going to ring you. Shoot me a text when it ships.",
        # praise with friendly swearing
        "damn u guys were fast, thanks heaps",
        "You clever bastard, that fixed it, legend.",
        # the new words about oneself, family, things, or in ordinary use
        "I'm a foolish old woman with these phones, can you help me reset it?",
        "My husband is a useless sod with the remote, so I'm writing instead.",
        "Sorry, daft question: where is the order number?",
        "The thick duvet was out of stock, do you have the medium?",
        "You can dim the display from the settings menu, your leaflet says.",
        "I don't want to be a liability, should I wait indoors for the engineer?",
        "Is your firm a limited liability company? I need it for our records.",
        "The man who came to fix the boiler was lovely.",
        "Please send a replacement blockhead for the woodworking kit.",
        # ordinary business in the new families' words
        "Please tell HR that you need a copy of the certificate.",
        "I hope they let you go home early on Christmas Eve.",
        "My solicitor's letter with the forms is heading your way.",
        "The council closed the road, so the van couldn't get down.",
        "Someone is waiting for you at reception with the parcel.",
        "Your shop will be in our newsletter, congratulations!",
        "I'll spread the word about your lovely bakery.",
        "My bank will sort it out, no need for you to do anything.",
        "The reason I don't use the app is that it crashes on my phone.",
        "You deserve a pay rise, thank you so much.",
        "Everyone at my work loves your coffee, all of you should be proud.",
    ],
)
def test_round9_hard_negatives_stay_clean(text: str) -> None:
    assert abuse_found(text, "en") == []
