"""Issue #19 round 5 (English): the families added after the second development set
(``dev2_en.tsv``) catch new variants written for this file, and leave alone the hard negatives
that share their words.

No sentence here is copied from the dev, dev2, support, holdout or training sets: a rule written
for one development line only would fail here.
"""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a named member of staff by department, and "and" / "was" between insult and subject
        ("Sandra in accounts is a total clown, tell her I said it.", "harassment"),
        ("Gary on the night shift was rude and thick as mince.", "harassment"),
        ("The lad in your warehouse is dumber than a sack of spanners.", "harassment"),
        ("that woman on the phone was dumb as a bag of hammers", "harassment"),
        ("Are you actually this dense or is it a training thing?", "harassment"),
        ("how r u so clueless, it's in the first line", "harassment"),
        ("Folks from your part of the world just can't run a helpdesk.", "hate"),
        ("People from your country are too lazy to read an email.", "hate"),
        ("My bank will claw it back and you'll be left with the fees.", "threat_financial"),
        ("Lloyds will take back every penny you charged me, count on it.", "threat_financial"),
        ("I'm asking Barclays to pull every payment you took since June.", "threat_financial"),
        ("Your home address is going on every forum I use.", "threat_expose"),
        ("I know which bus you take home, Aisha.", "threat_expose"),
        ("Spotted the red Fiat you drive home in. Cute sticker.", "threat_expose"),
        ("Sort it or the evening paper gets every email by Friday.", "threat_public_shaming"),
        ("The local radio will hear the lot unless I'm refunded.", "threat_public_shaming"),
        ("You'd leave an old man to freeze over one missing form?", "emotional_blackmail"),
        (
            "So you're happy letting a single mum go without because of a glitch?",
            "emotional_blackmail",
        ),
    ],
)
def test_round5_families_are_caught(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "en")}


@pytest.mark.parametrize(
    "text",
    [
        "Sandra in accounts is a star, please thank her.",
        "Someone on your forum said I was a moron for asking, please moderate it.",
        "The app in your store is a joke, it crashes on launch.",
        "Are you actually open this Saturday?",
        "People from your country office were very helpful on the phone.",
        "My bank clawed back the refund you sent twice, can you resend it once?",
        "My home address is going on the invoice, right?",
        "I know which bus goes to your office, see you at the meeting.",
        "The local paper gets our ads every week, can you update the logo?",
        "My dad is a pensioner and he'd like a paper statement, please.",
    ],
)
def test_round5_hard_negatives_stay_clean(text: str) -> None:
    assert abuse_found(text, "en") == []
