"""The matcher: spans are offsets into the stored text, whatever normalising it needed."""

from __future__ import annotations

import pytest

from desk.abuse.matcher import Matcher
from desk.abuse.rulepack import load_pack


def _found(language: str, text: str) -> list[tuple[str, str]]:
    _, matches = Matcher(load_pack(language)).find(text)
    return [(m.rule.id, text[m.start : m.end]) for m in matches]


def test_one_regex_per_language_and_the_most_specific_term_wins() -> None:
    matcher = Matcher(load_pack("en"))
    _, [match] = matcher.find("fuck you")  # insult.phrase and profanity both start here
    assert (match.rule.id, match.end) == ("en.insult.phrase", 8)


@pytest.mark.parametrize(
    "text", ["Вы идиот", "Вы идиоты", "с этим идиотом", "Этих идиотов", "ИДИОТКА"]
)
def test_russian_inflections_are_one_stem(text: str) -> None:
    assert ("ru.insult.noun", text.split()[-1]) in _found("ru", text)


def test_russian_yo_masks_and_latin_lookalikes_keep_the_original_span() -> None:
    assert _found("ru", "Я подам на вас в суд, чёрт") == [
        ("ru.threat.legal", "подам на вас в суд"),
        ("ru.profanity", "чёрт"),
    ]
    assert ("ru.insult.noun", "и*иот") in _found("ru", "Вы и*иот.")
    assert ("ru.insult.noun", "дeбил") in _found("ru", "Ты дeбил")  # a Latin "e" inside


def test_chinese_needs_no_spaces() -> None:
    assert _found("zh", "我的律师会联系你们，我要起诉你们。") == [
        ("zh.threat.legal", "我的律师会联系"),
        ("zh.threat.legal", "起诉"),
    ]


def test_curly_apostrophes_and_case_do_not_shift_spans() -> None:
    text = "Honestly YOU’RE GOING TO BE FIRED"
    [(rule, words)] = _found("en", text)
    assert (rule, words) == ("en.threat.job", "YOU’RE GOING TO BE FIRED")


def test_words_inside_other_words_do_not_match() -> None:
    assert _found("en", "the classic scunthorpe assessment") == []
