"""Issue #19 round 3: the rule families built from how a threat or an insult is put together
(presence, family and property, arson, a judge or a solicitor with leverage, an employer's
action against the agent, Russian insult stems with their endings) catch phrasings written for
these tests, and leave the same words alone where nobody is threatened.

The sentences were written for this file: not copied from the dev, support or training sets.
"""

from __future__ import annotations

import pytest

from desk.abuse.categories import ABUSE_VALUES
from desk.abuse.detector import Detector, DetectorOptions


@pytest.fixture(scope="module")
def rules() -> Detector:
    return Detector(DetectorOptions(learned=False))


def _categories(detector: Detector, text: str, language: str) -> set[str]:
    return {h.category for h in detector.detect(text, language) if h.category in ABUSE_VALUES}


@pytest.mark.parametrize(
    ("language", "text", "category"),
    [
        ("en", "We know where your kids go to school.", "threat_violence"),
        ("en", "I'll be waiting outside when you finish your shift.", "threat_violence"),
        ("en", "Shame if your car got its windows smashed tonight.", "threat_violence"),
        ("en", "Pay up or you'll end up in a wheelchair.", "threat_violence"),
        ("en", "Expect a letter before action from me on Friday.", "threat_legal"),
        ("en", "I'm reporting your firm to Trading Standards tomorrow.", "threat_legal"),
        ("en", "One call to head office and you won't have a job.", "threat_job"),
        ("en", "I'll see to it that you get written up for this.", "threat_job"),
        ("es", "Sé a qué hora sales del trabajo.", "threat_violence"),
        ("es", "Te voy a dar una paliza en cuanto te vea.", "threat_violence"),
        ("ru", "Знаю, где ты живёшь, так что не расслабляйся.", "threat_violence"),
        ("ru", "Подожду тебя после смены у входа.", "threat_violence"),
        ("ru", "Ты растяпа и неумеха.", "harassment"),
        ("ru", "Ты совсем конченый?", "harassment"),
        ("sv", "Vi vet när du slutar för dagen.", "threat_violence"),
        ("sv", "Jag ska knäcka käken på dig.", "threat_violence"),
        ("zh", "我知道你住哪，晚上回家路上小心点。", "threat_violence"),
        ("zh", "信不信我废了你。", "threat_violence"),
    ],
)
@pytest.mark.slow
def test_a_threat_or_insult_put_together_from_its_parts_is_caught(
    rules: Detector, language: str, text: str, category: str
) -> None:
    assert category in _categories(rules, text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll hit the refresh button and try again."),
        ("en", "I'll kill the old session and log in again."),
        ("en", "I know where the problem is: the billing address."),
        ("en", "Our lawyers will review the new contract on Monday."),
        ("en", "Could you ask your manager whether the refund was approved?"),
        ("es", "Sé dónde está el fallo, es la dirección de envío."),
        ("ru", "Я знаю, где ошибка: в адресе доставки."),
        ("ru", "Не думаю, что вы виноваты, процесс запутанный."),
        ("sv", "Jag vet var felet ligger, det är adressen."),
        ("zh", "我知道问题在哪，是收货地址填错了。"),
    ],
)
def test_the_same_words_without_a_threat_are_left_alone(
    rules: Detector, language: str, text: str
) -> None:
    assert _categories(rules, text, language) == set()
