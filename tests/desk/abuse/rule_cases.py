"""What the phrase tests of the rule packs share: the rules alone (the learned signal off, so a
failure names the pack, not the model) and the abuse they find in a text, with its words."""

from __future__ import annotations

from functools import cache

from desk.abuse.categories import ABUSE_VALUES
from desk.abuse.detector import Detector, DetectorOptions


@cache
def rules_only(zh_model: bool = False) -> Detector:
    return Detector(DetectorOptions(learned=False, zh_model=zh_model))


def abuse_found(text: str, language: str, *, zh_model: bool = False) -> list[tuple[str, str]]:
    """(category, the words quoted) of each abuse hit of the rules in ``text``."""
    return [
        (h.category, text[h.start : h.end])
        for h in rules_only(zh_model).detect(text, language)
        if h.category in ABUSE_VALUES
    ]


def caught_and_quoted(text: str, language: str, category: str, quoted: str) -> bool:
    """Whether a hit of ``category`` quotes ``quoted`` (ignoring case)."""
    return any(
        c == category and quoted.lower() in span.lower() for c, span in abuse_found(text, language)
    )
