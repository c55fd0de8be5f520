"""Issue #19 round 7 (English): families written so that they catch phrasings nobody has written
yet, tried on variants written for this file (not the dev4/dev5 sentences): a broader insult
lexicon (British, Australian, Indian and American slang) with the existing target logic, more
staff words for insults in the third person, refusals to be served by a group, a card or app
named with what it is asked to do, regulators and consumer forums of several countries, a job,
bonus or contract said to be lost, where the agent works or lives and their social profiles,
an audience named with what it will be told, veiled violence, and harm laid at the agent's door.

No sentence here is copied from the dev, dev2, dev3, dev4, dev5, support, holdout or training
sets. The rules alone are tested (the learned signal off), so a failure names the pack.
"""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # insults: a wider lexicon, regional slang, the third person
        ("Honestly mate, you're a proper drongo.", "harassment"),
        ("Whoever set up my account is a total nincompoop.", "harassment"),
        ("Your associate Deepak is a dunce, kindly replace him.", "harassment"),
        ("The chap on the phone was an utter dingbat.", "harassment"),
        ("what a bozo, u cant even read a postcode", "harassment"),
        ("You absolute cockwomble, I said the BLUE one.", "harassment"),
        ("That cashier is a bleeding pinhead.", "harassment"),
        ("Listen here you pea-brained twit.", "harassment"),
        ("The lady at the counter is the most incompetent creature I've met.", "harassment"),
        ("you fuckwit, read the ticket", "harassment"),
        # hate: refusing to be served by a group, a name or a country used as contempt
        ("I refuse to be served by an immigrant, find me someone else.", "hate"),
        ("Not dealing with a Hindu, get me another agent.", "hate"),
        ("Your lot from Bangladesh can't do anything right.", "hate"),
        ("With a name like Ahmed, no wonder nothing works.", "hate"),
        ("Put a proper English bloke on, not you.", "hate"),
        # financial: a card or app named with what it is told to do
        ("Afterpay will be told to stop paying you by tonight.", "threat_financial"),
        ("I'm instructing Citibank to reverse the payment unless this is fixed.",
         "threat_financial"),
        ("Westpac will claw it back off you, don't worry.", "threat_financial"),
        ("ICICI gets a dispute from me tomorrow morning.", "threat_financial"),
        # legal: regulators and consumer forums of several countries
        ("Will be approaching the consumer court next week if this continues.", "threat_legal"),
        ("I'm lodging a complaint with AFCA and the TIO today.", "threat_legal"),
        ("Trading Standards are getting a full report from me.", "threat_legal"),
        ("Fine. The state attorney general can sort you out.", "threat_legal"),
        # job: getting the agent let go, losing a bonus or a contract
        ("I'll see to it that you're let go before Christmas.", "threat_job"),
        ("Kiss goodbye to your commission, sunshine.", "threat_job"),
        ("You'll be canned by Monday if I have anything to do with it.", "threat_job"),
        ("Your bonus is toast after my complaint.", "threat_job"),
        ("I'll get her booted off the team, watch.", "threat_job"),
        # exposure: where the agent works or lives, their profiles, public records
        ("I know you're based in the Pune office, second floor.", "threat_expose"),
        ("Found you on LinkedIn, Rebecca. Nice headshot.", "threat_expose"),
        ("Took me ten minutes on the electoral register to get your street.", "threat_expose"),
        ("Amazing how quickly you can find where a person lives these days, Mark.",
         "threat_expose"),
        ("I know which branch you work at and what time you leave.", "threat_expose"),
        # shaming: an audience named with what it will be told
        ("My book club will hear exactly how you treated me.", "threat_public_shaming"),
        ("Everyone on my street will know what kind of outfit you run.", "threat_public_shaming"),
        ("The Herald's consumer column is going to love this.", "threat_public_shaming"),
        ("your getting put on blast on my story tonight", "threat_public_shaming"),
        ("I'll put your full name on every forum I can find.", "threat_public_shaming"),
        ("You're going to be my next TikTok, sweetheart.", "threat_public_shaming"),
        # violence: veiled, and aimed at third persons
        ("Ya better watch yourself, pal.", "threat_violence"),
        ("Whoever did this, I'll kick their head in.", "threat_violence"),
        ("I can't promise I'll stay calm when I find you.", "threat_violence"),
        ("I never forget a face, Jason.", "threat_violence"),
        ("someone's gonna teach u a lesson u won't forget", "threat_violence"),
        ("hope u choke", "threat_violence"),
        # blackmail: harm laid at the agent's door
        ("If my daughter misses her chemo, that's on your hands.", "emotional_blackmail"),
        ("Could you live with yourself if I ended up on the street?", "emotional_blackmail"),
        ("We're losing the flat because of you, I hope you know that.", "emotional_blackmail"),
        ("Not sure I'll still be alive by Friday, and you did this.", "emotional_blackmail"),
        # second batch: idioms, groups, leverage said through outcomes
        ("Shut your gob, you tit.", "harassment"),
        ("What sort of dimwit answers a complaint like that?", "harassment"),
        ("He's about as useful as a paper umbrella.", "harassment"),
        ("All of you Romanians sound alike on the phone.", "hate"),
        ("Ladies shouldn't be running a warehouse, simple as.", "hate"),
        ("Monzo gets the whole story tonight, good luck keeping that money.", "threat_financial"),
        ("Your payment is being charged back as we speak.", "threat_financial"),
        ("Let the ombudsman decide, then.", "threat_legal"),
        ("Next stop is small claims, mate.", "threat_legal"),
        ("She won't last the month in that job after my letter.", "threat_job"),
        ("Good luck keeping your job once HR reads this.", "threat_job"),
        ("Your daughter goes to the primary on Elm Road, right?", "threat_expose"),
        ("I have your surname now and the town you live in.", "threat_expose"),
        ("Going on Mumsnet with this tonight, with your name.", "threat_public_shaming"),
        ("I'll make sure everyone at the school gate hears about it.", "threat_public_shaming"),
        ("Try that again and see what happens to you.", "threat_violence"),
        ("I won't be coming to the store for a chat, understand?", "threat_violence"),
        ("You've driven me to the edge and you don't even care.", "emotional_blackmail"),
        ("My kids are going hungry thanks to your company's greed.", "emotional_blackmail"),
        # third batch: comparisons, outcomes, audiences said without stock words
        ("Right, there isn't one brain cell between the pair of you.", "harassment"),
        ("My dog talks more sense than you, honestly.", "harassment"),
        ("Are you high? Read the order again.", "harassment"),
        ("Who lets immigrants run a helpline anyway.", "hate"),
        ("I'll tell Mastercard the goods never arrived, simple.", "threat_financial"),
        ("Section 75 claim incoming, don't say I didn't warn you.", "threat_financial"),
        ("Lawyers like my brother eat outfits like yours for breakfast.", "threat_legal"),
        ("I'll have your badge for this, young lady.", "threat_job"),
        ("A single complaint from me and you're history at that company.", "threat_job"),
        ("Your home address wasn't that hard to dig up.", "threat_expose"),
        ("I know your face and your car now, Sam.", "threat_expose"),
        ("The parents' WhatsApp group will hear all about this.", "threat_public_shaming"),
        ("Just wait until the press gets hold of this.", "threat_public_shaming"),
        ("Somebody's going to rearrange your features one day.", "threat_violence"),
        ("I know people who'll make you vanish.", "threat_violence"),
        ("Rock bottom, and it's because of you lot.", "emotional_blackmail"),
        # fourth batch
        ("Your team is a pack of useless baboons.", "harassment"),
        ("Is there a single real British person in that building?", "hate"),
        ("My card issuer will hear about this charge first thing.", "threat_financial"),
        ("Got an appointment with a solicitor about you on Thursday.", "threat_legal"),
        ("Hope your resume is polished, Derek.", "threat_job"),
        ("Looked you up last night. Lovely garden.", "threat_expose"),
        ("This will be all over Facebook by tonight unless someone rings me.",
         "threat_public_shaming"),
        ("I'm live streaming this chat for my followers.", "threat_public_shaming"),
        ("I'll wreck the shop to bits if I have to come in again.", "threat_violence"),
        ("You wouldn't want to run into me in person, pal.", "threat_violence"),
        ("Thinking about ending it all, and you're the reason.", "emotional_blackmail"),
        # chat and texting spellings
        ("stop behaving like a toddler n fix it", "harassment"),
        ("ugh ur pakistani, transfer me pls", "hate"),
        ("dispute szn lol", "threat_financial"),
        ("my solicitor is getting involved now", "threat_legal"),
        ("ur manager finna hear about this", "threat_job"),
        ("u ready to be jobless? cos ur gonna be", "threat_job"),
        ("putting ur name on my story tonight", "threat_public_shaming"),
        ("ur brand bout to be cancelled on tiktok", "threat_public_shaming"),
        ("ill pull up on ya after work", "threat_violence"),
        ("lucky im not standing there rn", "threat_violence"),
        ("cant cope anymore cuz of u", "emotional_blackmail"),
    ],
)  # fmt: skip
def test_round7_families_are_caught(text: str, category: str) -> None:
    assert category in {c for c, _words in abuse_found(text, "en")}


@pytest.mark.parametrize(
    "text",
    [
        # the new insult words about things, or as praise
        "The new dashboard is a bit of a dingbat design, but it works.",
        "My grandson calls his teddy a little drongo, can you engrave that on the mug?",
        "Please send the Dunce Cap costume in size M.",
        "The most helpful person I've ever dealt with, thank you Tanya.",
        # groups mentioned without contempt
        "Do you have an agent who speaks Hindi? My mother is more comfortable with it.",
        "I'm an immigrant myself and new to the country, which ID do you accept?",
        "With a name like mine, people always misspell it, please check the spelling.",
        # banks, regulators and cards in ordinary business
        "Afterpay told me the instalment failed, can you retry the payment?",
        "Westpac says the refund will take 5 business days to appear.",
        "Does AFCA cover disputes with your company? Asking for my records.",
        "I work for Trading Standards and would like a copy of your returns policy.",
        # jobs and bonuses without threat
        "My bonus arrived, so I'd like to upgrade to the annual plan.",
        "I was let go last month, can I pause my subscription?",
        "Your commission structure for resellers, where can I read it?",
        # offices, profiles, public records in ordinary business
        "I know you're based in Pune, what are your support hours in UK time?",
        "I found your company on LinkedIn, are you hiring?",
        "Which branch do I take the return to?",
        # audiences in good news
        "My book club loved the novel, we'll order five more copies.",
        "Everyone on my street loves the new bins, thanks.",
        "The Herald wrote a lovely piece about your shop.",
        # violence words about things and ordinary waiting
        "I'll be waiting outside my building for the driver from 10.",
        "Watch yourself on the icy steps when you deliver.",
        "I never forget a password, but your site keeps resetting mine.",
        "That update taught me a lesson about backups.",
        # hardship without blame
        "We're losing the flat next month, so please send the last bill to my sister.",
        "My daughter starts chemo next week, could the delivery be left with a neighbour?",
        # second batch
        "Shut the lid before you restart it, that's what the guide says.",
        "That charity shop is about as useful as a library, lovely people.",
        "Your payment is being processed, the app says, how long does it take?",
        "The ombudsman decided in my favour last year against another company.",
        "This battery won't last the week, is that normal?",
        "Good luck with the launch, the new range looks great.",
        "My daughter goes to school near your warehouse, can I collect the parcel?",
        "I'll be at your depot tomorrow to collect, what time do you open?",
        "Next time I see your driver I'll give him a biscuit, he's lovely.",
        "We're going hungry for your new menu, when does it launch?",
        # third batch
        "My dog loves the new bed, thanks.",
        "Are you open on Easter Monday?",
        "I told the bank the parcel never arrived, but it came today, sorry.",
        "Which branch do you work at? I'd like to bring the forms in person.",
        "Your Instagram is lovely, where was the summer shoot?",
        "The parents' WhatsApp group recommended your tutoring service.",
        "Wait until the sale starts, then order.",
        "Please rearrange the delivery for Tuesday.",
        # fourth batch
        "I looked you up on Google Maps, is there parking nearby?",
        "I found you on Facebook, do you deliver to Leeds?",
        "Is there a real person I can talk to, not a bot?",
        "I've booked an appointment with my solicitor about the house sale.",
        "My resume is attached for the vacancy.",
        # chat and texting spellings
        "posting my haul on my story later, tagged u",
        "catch u later, thx",
        "lucky me, it arrived early",
        "my lawyer is getting the paperwork ready for the house, can u send the invoice",
    ],
)
def test_round7_hard_negatives_stay_clean(text: str) -> None:
    assert abuse_found(text, "en") == []
