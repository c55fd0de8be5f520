"""Everyday written variants of a language's small words, added to every term of its pack.

Swedish chat writes the short forms it speaks: "du e död", "ja vet var du bor", "passa dej",
"me mig", "nån borde". A pack written in standard spelling ("du är", "jag vet", "dig") missed
every such message, and listing both spellings rule by rule never ends. So, for a language
listed here, each whole word of a term that has variants becomes a group of them when the
pack is read ("(du|ni) är döda?" → "(du|ni) (är|e) döda?"; inside a group, "(jag|vi)" →
"(jag|ja|vi)"). Words joined to a wildcard or an optional mark are left as written.
"""

from __future__ import annotations

import re

VARIANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "är": ("e",),
        "jag": ("ja",),
        "dig": ("dej",),
        "mig": ("mej",),
        "något": ("nåt", "nått"),
        "någon": ("nån", "ngn"),
        "med": ("me",),
        "vara": ("va",),
        "och": ("o",),
        "sådana": ("såna", "sånna"),
        "sådan": ("sån",),
        # round 8: Finland-Swedish "int", chat "de e" for "det är", "kmr", "mkt"
        "inte": ("int",),
        "det": ("de",),
        "kommer": ("kmr",),
        "mycket": ("mkt",),
    },
}
_WORD = re.compile(r"[^\W\d_]+")
_JOINED = frozenset("*?")


def with_variants(language: str, terms: list[str]) -> list[str]:
    """``terms`` with the language's spelling variants of whole words added (unchanged when
    the language has none)."""
    table = VARIANTS.get(language)
    if not table:
        return terms
    return [_expand(term, table) for term in terms]


def _expand(term: str, table: dict[str, tuple[str, ...]]) -> str:
    out: list[str] = []
    last = 0
    for found in _WORD.finditer(term):
        word = found.group()
        variants = table.get(word.lower())
        before = term[found.start() - 1] if found.start() else " "
        after = term[found.end()] if found.end() < len(term) else " "
        if variants is None or before in _JOINED or after in _JOINED:
            continue
        depth = term.count("(", 0, found.start()) - term.count(")", 0, found.start())
        alternatives = "|".join((word, *variants))
        if depth == 0 and before.isspace() and after.isspace():
            replacement = f"({alternatives})"
        elif depth > 0 and before in "(|" and after in ")|":
            replacement = alternatives
        elif depth > 0 and before.isspace() and after in " )|":
            replacement = f"({alternatives})"  # a word of a phrase inside a group
        else:
            continue
        out.append(term[last : found.start()])
        out.append(replacement)
        last = found.end()
    out.append(term[last:])
    return "".join(out)
