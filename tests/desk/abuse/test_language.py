"""Offline language detection: script first, then function words for Latin-script text."""

from __future__ import annotations

import pytest

from desk.abuse.language import detect_language
from tests.desk.abuse.conftest import SUPPORT_LANGUAGES, support_set


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("我对你们的服务非常失望。", "zh"),
        ("Я очень разочарован вашим сервисом.", "ru"),
        ("Estoy muy decepcionado con su servicio.", "es"),
        ("Jag är mycket besviken på er service.", "sv"),
        ("I am very disappointed with your service.", "en"),
        ("Invoice INV-2041 PDF", "en"),  # no clue: English
        ("Ошибка в export.csv", "ru"),  # Cyrillic outweighs a Latin file name
    ],
)
def test_detects_the_five_languages(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("language", SUPPORT_LANGUAGES)
def test_every_support_message_is_read_in_its_language(language: str) -> None:
    wrong = [m.text for m in support_set(language) if detect_language(m.text) != language]
    assert wrong == []
