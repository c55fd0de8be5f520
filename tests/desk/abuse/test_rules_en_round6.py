"""Issue #19 round 6 (English): the families added after the third development set
(``dev3_en.tsv``) catch new variants written for this file, and the hard negatives that share
their words stay clean: a chargeback, dispute or call to the bank counts when it is promised or
held over the reader, not when it is reported, asked about or already filed; a negation right
after the speaker ("I'm not going to call my bank") lowers the threat; a disclaimer taken back
("not a threat, it's a promise") no longer lowers one.

No sentence here is copied from the dev, dev2, dev3, support, holdout or training sets: a rule
written for one development line only would fail here. The rules alone are tested (the learned
signal off), so a failure names the pack.
"""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a disclaimer taken back in the next words does not lower the threat
        ("This is not a threat, it's a promise: my solicitor will be in touch by Friday.",
         "threat_legal"),
        ("Not a threat, just a fact: refund me or I'm filing a chargeback.", "threat_financial"),
        # insults without a listed word
        ("Honestly, the guy who answered has the brains of a goldfish.", "harassment"),
        ("You have the common sense of a potato, mate.", "harassment"),
        ("Pathetic excuse for a manager, that Karen woman.", "harassment"),
        ("Leave the thinking to the adults and put someone else on.", "harassment"),
        ("You Pakistanis are all the same, can't get anything right.", "hate"),
        ("Are all you women this slow at maths?", "hate"),
        # a dispute promised, with a time or a condition
        ("My Amex dispute goes in first thing Monday unless I hear back.", "threat_financial"),
        ("Otherwise I'm disputing the lot with my bank.", "threat_financial"),
        ("Fine, I'm ringing my bank.", "threat_financial"),
        ("I will be contacting Visa about this.", "threat_financial"),
        # legal steps described rather than named
        ("I've instructed my lawyer to start proceedings on Monday.", "threat_legal"),
        ("You haven't got a leg to stand on, and my solicitor agrees.", "threat_legal"),
        ("Sort it or she takes the case, and she's very good.", "threat_legal"),
        # the agent's job, implied
        ("Would be a shame if your appraisal reflected this chat.", "threat_job"),
        ("I'm emailing your director and asking for you to be sacked.", "threat_job"),
        # exposing: who the agent is, where and when they go
        ("You're the Tom who drives the silver Golf and parks on Queen Street, aren't you?",
         "threat_expose"),
        ("I sat outside your office on Tuesday and watched you leave at half five.",
         "threat_expose"),
        ("Followed you to the station after work yesterday, you looked tired.", "threat_expose"),
        # shaming through someone else's audience
        ("My neighbour is at the Herald. She'd love this story.", "threat_public_shaming"),
        ("Fix it or Trustpilot. Your call.", "threat_public_shaming"),
        ("I'm putting all of this on Yelp unless you call me back today.", "threat_public_shaming"),
        ("Enjoy your 1-star rating, it's going up tonight.", "threat_public_shaming"),
        ("I've got 8,000 subscribers, shall I tell them about your service?",
         "threat_public_shaming"),
        # violence in idioms
        ("I'll tear your arms off if you hang up again.", "threat_violence"),
        ("If I get my hands on you there won't be much left.", "threat_violence"),
        ("Somebody should give you a good hiding.", "threat_violence"),
        ("I swear I'll wring your scrawny neck.", "threat_violence"),
        ("You'll be picking your teeth up off the pavement.", "threat_violence"),
        ("Mess this up again and I'll break every bone in your body.", "threat_violence"),
        ("You won't like what happens when I find you.", "threat_violence"),
        ("Say that again and see what happens to your face.", "threat_violence"),
        ("You're lucky there's a screen between us.", "threat_violence"),
        ("I'm contacting BBC Watchdog tomorrow morning about you.", "threat_public_shaming"),
        ("Everyone at my church will know what kind of company you are.",
         "threat_public_shaming"),
        ("Hope you like job hunting.", "threat_job"),
        ("God you're thick.", "harassment"),
        ("Your colleague Sam is a lying snake.", "harassment"),
    ],
)  # fmt: skip
def test_round6_families_are_caught(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "en")}


@pytest.mark.parametrize(
    "text",
    [
        # disputes and chargebacks reported, asked about or already filed
        "Can you confirm whether you received the chargeback notice from Amex?",
        "Visa says the chargeback was closed in your favour, so I'll pay the balance.",
        "I filed a dispute with my bank last month and they asked me to contact you first.",
        "Will a chargeback affect my subscription?",
        "My PayPal claim goes in automatically after 20 days according to their site, right?",
        # the bank named for an ordinary reason, or negated right after the speaker
        "I'll call my bank to ask why the payment was declined.",
        "I'm going to my bank tomorrow to set up a direct debit for you.",
        "I'm not going to call my bank, please just fix the charge.",
        "I will never ring Visa over a fiver, just refund it when you can.",
        # a disclaimer that stays one
        "Not a threat, I promise, but I did raise a dispute with Visa.",
        # the new families' words about things, places and good news
        "The new search has the attention span of a goldfish, it forgets my filters.",
        "This printer has the brains of a brick, it never finds the network.",
        "Leave the thinking to the algorithm, they said. Well, it's broken.",
        "Our solicitor was instructed to start proceedings against the old landlord, not you.",
        "It's a shame if your review process takes this long, I'd like to leave feedback.",
        "I saw you come out with a new version, looks good.",
        "I waited outside your shop for 20 minutes on Saturday but it never opened.",
        "Let me know when you leave the office so I can call before then.",
        "The Herald would love this story about your charity work, who is your press contact?",
        "Our reading group has 200 members, should I tell them about the bulk discount?",
        "Visa sent me a letter about the duplicate charge, what should I tell them?",
        "You people are brilliant, thank you.",
        "Every bone in my body aches after assembling this wardrobe.",
        "My kid tore the arms off his teddy, do you sell replacement parts?",
        "Can't wait to get my hands on the new model!",
        "We're a charity with 40 members, can we get a discount?",
        # an honest review, or one already left, without leverage
        "I'll be writing a review on Yelp after the delivery arrives.",
        "I've left a 1 star review because the item broke, but your support has been good.",
        "Can I post a photo on Google or only text?",
        "Let's see what happens when I restart the router.",
        "I saw it on BBC Watchdog last year, is this the same product?",
        "I'm going to the BBC website to check the weather, but your widget is broken.",
        "You won't believe what happens when I press the blue button.",
        "I wonder what happens to your data when I delete my account?",
        "Lucky there's a phone number on the box, the chat was down.",
        "Good luck with the job hunting season, we're hiring too!",
    ],
)
def test_round6_hard_negatives_stay_clean(text: str) -> None:
    assert abuse_found(text, "en") == []
