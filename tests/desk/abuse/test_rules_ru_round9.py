"""Issue #19 round 9, Russian: families aimed at what round 8 left on long messages and replies
under a quoted agent line, and at violence and exposure said indirectly. An insult noun paired
with an insulting adjective said to the reader ("бестолочи криворукие"); an insult noun placed in
"your" department ("с каким-то дегенератом из вашего отдела"); "you have gone stupid/insolent"
verbs ("отупел", "оборзели"); "see you in court" and "we will settle it through the court";
demands to fire or punish, and a bonus taken away ("лишит его премии"); "post it in every group"
and "you will have no customers left"; waiting at the exit after the shift, "ходи с оглядкой";
the agent's car or schedule noticed. Three older rules misfired and are narrowed: going to the bank
for a statement is no chargeback threat; a bare "из-за вас" is no blackmail unless harm to the
writer is named in the same sentence; the bare word "чарджбэк" (a dispute open or done) is a
threat only with a verb of doing it or a warning. And the first sentence of a "> ..." line is the
agent's answer quoted, not the writer's words (desk/abuse/scorer.py, Russian only for now).

No sentence here is copied from the dev, dev2-dev7, support, holdout or training sets. Rules alone
(no learned model), so a failure names the rule pack, not the model."""

from __future__ import annotations

import pytest

from tests.desk.abuse.rule_cases import abuse_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ну спасибо за ответ, лентяи безмозглые.", "harassment"),
        ("Мне снова отписались шаблоном, криворукие бездари.", "harassment"),
        ("> Проверьте настройки. Сами проверяйте, идиоты конченые", "harassment"),
        ("Вторую неделю переписываюсь с каким-то придурком из вашей бухгалтерии.", "harassment"),
        ("Вчера попался хам из вашего колл-центра, слова сказать не дал.", "harassment"),
        ("Вы там совсем оборзели, третий раз переносите доставку?", "harassment"),
        ("Ты что, отупела от своих скриптов?", "harassment"),
        ("Охренели вы что ли, такие проценты ставить?", "harassment"),
        ("Увидимся в суде, господа.", "threat_legal"),
        ("В арбитраже поговорим, раз по-хорошему не понимаете.", "threat_legal"),
        ("Значит, будем решать через суд и прокуратуру.", "threat_legal"),
        ("Адвокат уже в курсе, так что советую поторопиться с возвратом.", "threat_legal"),
        ("Настаиваю уволить этого консультанта, это моё последнее слово.", "threat_job"),
        ("Прошу наказать сотрудницу, которая бросила трубку.", "threat_job"),
        ("Пусть руководитель лишит эту девицу квартальной премии.", "threat_job"),
        ("Без премии ты останешься, это я тебе устрою.", "threat_job"),
        ("Раскидаю этот позор по всем пабликам района, не сомневайтесь.", "threat_public_shaming"),
        ("Во все чаты нашего города напишу, как вы тут работаете.", "threat_public_shaming"),
        ("Расскажу в отзывах всё, покупателей у вас не останется.", "threat_public_shaming"),
        ("Сделаю видос о том, как вы кидаете пенсионеров.", "threat_public_shaming"),
        ("Подкараулим у проходной после смены, потолкуем.", "threat_violence"),
        ("Дождёмся тебя на парковке, не переживай.", "threat_violence"),
        ("Теперь гуляй с оглядкой, умник.", "threat_violence"),
        ("Куртка у тебя приметная, я запомнил.", "threat_expose"),
        ("Я выяснил, в каком филиале ты сидишь и до скольки у тебя смена.", "threat_expose"),
        ("Приметная у тебя машина, серебристая такая.", "threat_expose"),
        ("Из-за вас у меня давление и бессонница, довольны?", "emotional_blackmail"),
        ("Ну значит чарджбэк, сами виноваты.", "threat_financial"),
        ("Ты шо, совсем дурной? Я ж тебе русским языком пишу.", "harassment"),
        ("За свои слова ответишь, оператор.", "threat_violence"),
        ("Спросим с вас по понятиям, не сомневайся.", "threat_violence"),
        ("Смотрите, допрыгаетесь.", "threat_violence"),
        ("Вломлю тебе при встрече.", "threat_violence"),
        ("Башку снесу этому консультанту.", "threat_violence"),
        ("Одна жалоба директору, и вылетишь с работы со свистом.", "threat_job"),
        ("> Ваш запрос принят. Да плевать мне, идиоты безмозглые", "harassment"),
        ("Чарджбэк будет, можете не сомневаться.", "threat_financial"),
    ],
)
def test_a_round9_family_is_caught_in_its_category(text: str, category: str) -> None:
    found = abuse_found(text, "ru")
    assert category in {c for c, _ in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "Подскажите, можно ли обратиться в банк за справкой о переводе, или её выдаёте вы?",
        "Я обращусь в банк за выпиской и пришлю вам её для сверки.",
        "Из-за вас я и перешла в этот тариф, очень выгодно, спасибо.",
        "Из-за вашей акции я купила два чайника, теперь один подарю маме.",
        "Меня в вашем чате назвали идиотом, прошу разобраться.",
        "Я совсем отупел после ночной смены, не тот код ввёл, извините.",
        "В суде мне сказали принести от вас справку о покупке, как её заказать?",
        "Подожду курьера у выхода из торгового центра, напишите, когда подъедет.",
        "Мы подождём у выхода, вынесите, пожалуйста, заказ к машине.",
        "Машина у курьера была приметная, поэтому я его сразу узнала, спасибо ему.",
        "Прошу премировать сотрудницу Лиану, она очень помогла.",
        "Меня на работе лишили премии, поэтому прошу отсрочку платежа.",
        "Я за свои слова отвечаю: заказ пришёл целым, спасибо.",
        "Приложение вылетает при входе, исправьте, пожалуйста.",
        "Шо за дурная система, третий раз пароль сбрасывается.",
        "Бесполезные обновления и кривые кнопки, исправьте уже.",
        "У меня открыт чарджбэк по старому заказу, подскажите, что вам нужно от меня?",
        "Деньги пришли обратно по чарджбэку ещё весной, это вам для сверки.",
        "> Сами вы дура! Так мне ответили в вашем чате, разберитесь, пожалуйста.",
        "Добрый день.\n> Ты тупой? Это сообщение пришло мне от вашего бота, что это было?",
    ],
)
def test_a_round9_hard_negative_stays_clean(text: str) -> None:
    assert abuse_found(text, "ru") == []
