"""The disclaimer check looks for all of a pack's disclaimers with one search (a trie-shaped
pattern) before reading them one by one: it must find exactly what a find per phrase finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.abuse.rulepack import Context, load_pack
from desk.abuse.scorer import disclaims

DATA = Path(__file__).parent / "data"


def _one_by_one(lowered: str, context: Context) -> bool:
    for disclaimer in context.disclaimers:
        at = lowered.find(disclaimer)
        while at >= 0:
            end = at + len(disclaimer)
            if not any(w in lowered[end : end + 30] for w in context.disclaimers_undone):
                return True
            at = lowered.find(disclaimer, end)
    return False


@pytest.mark.parametrize("language", ["en", "es", "ru", "sv", "zh"])
def test_every_disclaimer_is_found_wherever_it_stands(language: str) -> None:
    context = load_pack(language).context
    for phrase in context.disclaimers:
        for text in (phrase, f"hola {phrase}", f"{phrase}.", f"x{phrase}x y"):
            assert disclaims(text, context) == _one_by_one(text, context), text


@pytest.mark.parametrize("language", ["en", "es", "ru", "sv", "zh"])
def test_the_development_messages_read_as_before(language: str) -> None:
    context = load_pack(language).context
    texts = [
        line.split("\t")[-1].lower()
        for path in sorted(DATA.glob(f"dev*_{language}.tsv"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(texts) > 100
    found = [disclaims(t, context) for t in texts]
    assert found == [_one_by_one(t, context) for t in texts]
    assert any(found)  # the sets hold disclaimers: the comparison is not all False
