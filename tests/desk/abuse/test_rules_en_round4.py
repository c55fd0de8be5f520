"""Issue #19 round 4 (English): the phrasing families added to ``resources/rules/en.toml`` catch
threats, hate and insults said without the pack's stock words, and leave alone the hard
negatives that share their words (a dispute already filed, a lawyer in ordinary business, an
honest review, praise, a negated threat).

The sentences were written for this file: not copied from the dev, support, holdout or
training sets, so that a rule written only for one training line would fail here.
"""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Carry on like this and I'll batter you, Craig.", "threat_violence"),
        ("You'll be drinking your dinner through a straw for a month.", "threat_violence"),
        ("Give me five minutes alone with him and he'll learn.", "threat_violence"),
        ("Better hope we never cross paths in Bolton.", "threat_violence"),
        ("I'll knock you spark out if I see you in the shop.", "threat_violence"),
        ("That engineer deserves a good hiding and I know where the depot is.", "threat_violence"),
        ("Refund me or this goes legal on Monday.", "threat_legal"),
        ("You'll be explaining yourselves to the judge at Bristol County Court.", "threat_legal"),
        ("Get ready for a lawsuit, you've picked the wrong customer.", "threat_legal"),
        ("The Energy Ombudsman is going to love this one.", "threat_legal"),
        ("Keep this up and you'll be clearing your desk, sunshine.", "threat_job"),
        ("I'm pushing for her dismissal, I've got the transcript.", "threat_job"),
        ("Let's see if you've still got a job once your area manager reads this.", "threat_job"),
        ("The people who pay your wages are getting a copy of this chat.", "threat_job"),
        ("I know which car park you use, I've seen you there.", "threat_expose"),
        ("Your son's football club posts the team photos online, you know.", "threat_expose"),
        ("I'll make sure your husband reads every word of this.", "threat_expose"),
        ("Your face and your surname will be all over Facebook by tonight.", "threat_expose"),
        ("Sky News would love a story about a firm that robs pensioners.", "threat_public_shaming"),
        ("I'll make sure this goes viral unless I get my money back.", "threat_public_shaming"),
        ("Watch what happens to your reviews if this isn't fixed.", "threat_public_shaming"),
        ("Pay me back or Visa will, and I know which one costs you more.", "threat_financial"),
        ("I'll just get the money back off you through the bank, watch me.", "threat_financial"),
        ("Your colleague Gemma is a condescending prat.", "harassment"),
        ("Honestly, you're about as useful as a chocolate teapot.", "harassment"),
        ("Was that Jordan? He has the IQ of a goldfish.", "harassment"),
        ("Can I talk to someone who actually speaks English this time?", "hate"),
        ("Put me through to a British agent, not someone abroad.", "hate"),
        ("Your sort shouldn't be allowed on the phones.", "hate"),
        ("I can't follow a thing through that accent of yours, pass me on.", "hate"),
        ("Hope your commission was worth it, I can't pay my rent now.", "emotional_blackmail"),
        ("If I'm not around by Friday you'll know why.", "emotional_blackmail"),
        ("If you had any decency you'd refund a pensioner.", "emotional_blackmail"),
        ("Don't think I won't call Amex about this.", "threat_financial"),
        ("I'll ring Lloyds and tell them it was fraud, simple.", "threat_financial"),
    ],
)
def test_round4_phrasings_are_caught(text: str, category: str) -> None:
    assert category in {c for c, _ in abuse_found(text, "en")}, text


@pytest.mark.parametrize(
    "text",
    [
        "No, I'm not going to dispute the charge, I'd rather you fixed it.",
        "I'm not planning to contest the payment, just tell me when the refund lands.",
        "The parcel finally arrived in one piece, thank you.",
        "Please clear my desk booking for Friday, I'm working from home.",
        "Our lawyers are happy with the contract, please send the final copy.",
        "I saw your advert on the front page of the local paper, do you deliver to Hull?",
        "Your viral video about the new blender made me buy one!",
        "My daughter's school uses your tablets and she loves them.",
        "I found your Instagram page and loved the new range.",
        "Could I speak to someone in Welsh, please? My nan prefers it.",
        "The accent colour on the dashboard is too bright.",
        "I'll leave an honest review when it turns up.",
        "Is your engineer able to come by when I'm not around, my neighbour has a key?",
        "I'm knocking off early today, please call tomorrow.",
        "The chocolate in the hamper arrived melted.",
        "I'll be waiting in for the courier all afternoon.",
        "I'll be there at ten to collect it.",
        "I read about your new store in the local paper.",
    ],
)
def test_round4_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "en") == [], text
