"""A customer calling themself a name ("I'm an idiot, I typed the wrong address") is not abuse
of the agent, in every language; the same word said to the agent still is. (Found on the
round-8 Russian check set: "я идиот, перепутал адрес" was flagged as harassment.)"""

from __future__ import annotations

import pytest

from desk.abuse.categories import ABUSE_VALUES
from desk.abuse.detector import default_detector


def _abusive(text: str) -> bool:
    return any(hit.category in ABUSE_VALUES for hit in default_detector().detect(text))


@pytest.mark.parametrize(
    "text",
    [
        "I'm such an idiot, I typed the wrong email address. Sorry!",
        "Soy un idiota, puse mal el correo. Perdón.",
        "Soy una tonta, se me olvidó la contraseña otra vez.",
        "Я идиот, перепутал адрес почты.",
        "Я дура, забыла пароль.",
        "Jag är en idiot, skrev fel mejladress.",
        "我真是个白痴，邮箱填错了。",
    ],
)
def test_the_writer_of_themself_is_not_flagged(text: str) -> None:
    assert not _abusive(text)


@pytest.mark.parametrize(
    "text",
    [
        "You're an idiot.",
        "Eres un idiota.",
        "Sos una tonta, te lo dije tres veces.",
        "Ты идиот.",
        "Вы дура, я же написала адрес.",
        "Du är en idiot.",
    ],
)
def test_the_same_word_said_to_the_agent_still_is(text: str) -> None:
    assert _abusive(text)
