"""Issue #19 round 5, Russian: the families behind the misses of the second development set
(dev2_ru.tsv) caught as families, on variants written for this test (not the dev2 sentences):
an insult about a named agent "из поддержки", "with your people" as hate, "all of you <group>
are the same", the bank "will take it from you", a complaint or claim already drafted, "how long
will you last", "you'll be looking for a new job", when the agent leaves home, a blog with its
audience, wrecking the office, a warning "смотри, чтобы тебе голову не проломили", blame for
what may happen. The hard negatives share their words: "я не говорю, что вы дурак" is not an
insult, a complaint already registered is a fact, a status question about a dispute is not a
threat, and a name "с твоим именем" in a shaming threat is named as shaming.

Rules alone (no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found, caught_and_quoted


@pytest.mark.parametrize(
    ("text", "category", "quoted"),
    [
        ("Ваша Оля из поддержки полная бестолочь.", "harassment", "бестолочь"),
        ("Этот ваш консультант двух слов связать не может.", "harassment", "двух слов"),
        ("С твоим народом договориться невозможно.", "hate", "народом"),
        ("Вы все, узбеки, одинаковые, только время тянете.", "hate", "узбеки"),
        ("Альфа у вас спишет всё обратно, не сомневайтесь.", "threat_financial", "спишет"),
        ("Заявление в прокуратуру готово, завтра отправлю.", "threat_legal", "прокуратуру"),
        ("Ждите повестку, я не шучу.", "threat_legal", "повестку"),
        ("Интересно, сколько вы ещё проработаете после моей жалобы.", "threat_job", "проработаете"),
        ("Пойдёшь искать другую работу, это я тебе обещаю.", "threat_job", "искать другую работу"),
        ("Я знаю, во сколько вы выходите из офиса.", "threat_expose", "выходите"),
        ("Узнал, где ваш кабинет, так что до встречи.", "threat_expose", "кабинет"),
        ("У меня паблик на сто тысяч подписчиков, готовьтесь.", "threat_public_shaming", "паблик"),
        ("Разнесу там всё вместе с вашим начальником.", "threat_violence", "разнесу"),
        ("Гляди, чтобы тебе нос не сломали по дороге домой.", "threat_violence", "нос"),
        (
            "Если отключите свет, будете виноваты в том, что случится.",
            "emotional_blackmail",
            "виноваты",
        ),
        ("Мне незачем жить после такого.", "emotional_blackmail", "незачем жить"),
        (
            "Опубликую эти скриншоты в инстаграм с твоим именем.",
            "threat_public_shaming",
            "скриншоты",
        ),
    ],
)
def test_round5_phrasings_are_caught_and_quoted(text: str, category: str, quoted: str) -> None:
    assert caught_and_quoted(text, "ru", category, quoted), abuse_found(text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Я не говорю, что ваш оператор идиот, просто он не понял вопрос.",
        "Не утверждаю, что вы дураки, но инструкция написана непонятно.",
        "Юрист спрашивает, закрыт ли спор по платежу за май.",
        "Моя жалоба в прокуратуру уже зарегистрирована, пишу вам для сведения.",
        "Сколько вы ещё будете работать сегодня? Хочу успеть приехать.",
        "Во сколько вы открываетесь утром?",
        "Ваш народный тариф мне очень нравится.",
        "Банк вернёт мне деньги сам, спасибо, вопрос закрыт.",
        "У меня блог про путешествия, можно написать про ваш сервис хороший отзыв?",
    ],
)
def test_round5_hard_negatives_stay_unflagged(text: str) -> None:
    assert abuse_found(text, "ru") == []
