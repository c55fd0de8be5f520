"""Swedish typed without å, ä and ö, read as the words of the pack it stands for.

Many writers type Swedish without its three letters: on a foreign keyboard, from a phone set to
English, or from habit ("din javla idiot", "jag ska doda dig", "vet var du bor, akta dig nar du
gar hem"). A pack written with å/ä/ö missed every such message, and writing each term twice
never ends. So, for a language listed here, a message with none of the letters has its words
compared with the pack's own words folded (å → a, ä → a, ö → o): a token that equals a folded
pack word is restored to it ("javla" → "jävla", "pa" → "på"), a longer token that starts with a
folded pack word of five letters or more gets it as its stem ("vardelosa" → "värdelösa",
"forstora" → "förstöra"), and an insult at the end of a compound is restored there too
("supportkarring" → "supportkärring"). The text keeps its length, so spans stay offsets into the
stored text.

A folded form that is itself a word of the pack ("hora", "sa"), or that two pack words share
("las": "läs", "lås"), is left as written: only the unambiguous folds are restored, a few
everyday ones win over a rarer word (:data:`_PREFERRED`: "far" is "får"), and a few ambiguous
ones are read by their neighbours: "sa" is "så" unless it says who said what ("han sa att"
stays), "hora" after "få"/"ska"/"att" is "höra" ("din hora" stays). A message that writes any
of the three letters is left alone (its writer types them, and an "a" there is an "a"), but
for those neighbour-read words after their cue (:data:`BY_PREVIOUS`: "du e sa jävla dum").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

FOLD = str.maketrans("åäö", "aao")
LANGUAGES = frozenset({"sv"})
_CACHE_SIZE = 50_000  # tokens whose reading is kept (the everyday words repeat in every message)
MIN_STEM = 5  # letters a pack word needs to be restored as the stem of a longer token
# Insults that end a compound ("supportkärring"): restored inside a token, after three letters.
COMPOUND_TAILS = ("jävel", "jävl", "kärring", "tönt")
_MARKED = frozenset("åäö")
_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"[^\W_]+")  # digits too: "d0dar" is the masks' to read, not "dar"
_KEEP = frozenset({"do"})  # English "do" in a mixed message is not Swedish "dö"
# Everyday words a pack's terms may not hold but its sentences need ("inget annat an en clown",
# "du vet val", "det racker nu"). A fold two of them share ("gang": "gång", "gäng") is skipped.
_SMALL_WORDS = """
    än när så på får fått då här också även ändå ännu väl nästa vänta väntar väntat räcker
    gånger två både själv själva hör hört säga säger sagt sätt sätta sätter åt åka åker åkt över
    öppna kör köra köpa köpt köpet fråga frågor frågan svårt måste först förra före förstå
    förstår försöka försöker försökt förklara förklarat förklarade förlåt förlora förtjänar hämta
    hända händer hände hänt lämna lämnar lämnat läsa läser läst lära nån nåt någon något några
    nästan ändra ändrat längre länge människa människor tänka tänker tänkt tänk träffa vägen
    världen väldigt värre värst äta äter ögon hjälp hjälpa hjälper hjälpt bäst bättre säker säkert
    trött dålig dåligt därför där dör död döda dödar mår må ångra följa kläder städa
"""
# Folds that win over a rarer word of the same spelling ("ta sig an", "min far", "ett år").
_PREFERRED = {"an": "än", "far": "får", "ar": "är"}
# "sa" typed for "så" ("fixa det, annars sa gor jag...") unless it says who said ("han sa att").
_SAID_BY = frozenset(
    {
        "han", "hon", "hen", "du", "jag", "ja", "ni", "vi", "de", "dom", "man", "nån", "nan",
        "någon", "ngn", "ju", "också", "ocksa", "killen", "tjejen", "agenten", "handläggaren",
        "handlaggaren", "chefen", "mamma", "pappa", "kollegan", "kollegor", "personalen",
    }
)  # fmt: skip
_SAID_BEFORE = frozenset({"att", "till", "ju", "emot", "nej", "ja", "det"})
# An ambiguous word in a message that writes å/ä/ö, restored only after one of these words.
BY_PREVIOUS: dict[str, tuple[str, frozenset[str]]] = {
    "sa": ("så", frozenset({"ar", "är", "e", "va", "var", "vara", "blir", "bli", "inte", "helt"})),
    "hora": ("höra", frozenset({"fa", "få", "fick", "att", "ska", "vill", "kan", "lat", "låt"})),
}

_CUED = re.compile(r"(?<!\w)(?:" + "|".join(BY_PREVIOUS) + r")(?!\w)")


@dataclass(frozen=True)
class Table:
    """Folded pack words (``"javla"`` → ``"jävla"``), for the tokens of one language."""

    words: dict[str, str]
    stems: dict[str, str]  # folded → word, the words of MIN_STEM letters or more
    longest: int
    tails: tuple[tuple[str, str], ...]
    cache: dict[str, str | None] = field(default_factory=dict, compare=False)  # token → restored


def table(language: str, words: Iterable[str]) -> Table | None:
    """The restoring table for ``language`` built from its pack's words, or None when the
    language is not one that is written without its letters."""
    if language not in LANGUAGES:
        return None
    vocabulary = {w for text in (*words, _SMALL_WORDS) for w in _WORD.findall(text.lower())}
    originals: dict[str, set[str]] = {}
    for word in vocabulary:
        if _MARKED.isdisjoint(word):
            continue
        originals.setdefault(word.translate(FOLD), set()).add(word)
    restored = {
        folded: next(iter(found))
        for folded, found in originals.items()
        if len(found) == 1 and folded not in vocabulary and folded not in _KEEP
    }
    restored.update(_PREFERRED)
    stems = {f: w for f, w in restored.items() if len(f) >= MIN_STEM}
    tails = tuple((t.translate(FOLD), t) for t in COMPOUND_TAILS)
    return Table(restored, stems, max(map(len, stems), default=0), tails)


def restore(lowered: str, found: Table) -> str:
    """``lowered`` with its folded pack words restored (same length); when it writes å, ä or ö
    anywhere, only the words of :data:`BY_PREVIOUS` after their cue."""
    marked = not _MARKED.isdisjoint(lowered)
    if marked and _CUED.search(lowered) is None:
        return lowered
    chars: list[str] | None = None
    tokens = [m for m in _TOKEN.finditer(lowered) if m.group().isalpha()]  # not "d0dar"
    cache = found.cache
    for index, m in enumerate(tokens):
        token = m.group()
        previous = tokens[index - 1].group() if index else ""
        fixed = _in_context(token, previous, tokens[index + 1 :], marked)
        if fixed is None and not marked and len(token) > 1 and token.isascii():
            if token in cache:
                fixed = cache[token]
            else:
                fixed = _restore_token(token, found)
                if len(cache) >= _CACHE_SIZE:
                    cache.clear()
                cache[token] = fixed
        if fixed is not None:
            chars = chars if chars is not None else list(lowered)
            chars[m.start() : m.end()] = fixed
    return "".join(chars) if chars is not None else lowered


def _in_context(token: str, previous: str, after: list[re.Match[str]], marked: bool) -> str | None:
    """An ambiguous word read by its neighbours: "sa" is "så" unless it says who said what."""
    if token in BY_PREVIOUS and previous in BY_PREVIOUS[token][1]:
        return BY_PREVIOUS[token][0]
    if token == "sa" and not marked and previous not in _SAID_BY:
        following = after[0].group() if after else ""
        return None if following in _SAID_BEFORE else "så"
    return None


def _restore_token(token: str, found: Table) -> str | None:
    word = found.words.get(token)
    if word is not None:
        return word
    fixed = token
    for length in range(min(len(token) - 1, found.longest), MIN_STEM - 1, -1):
        stem = found.stems.get(token[:length])
        if stem is not None:
            fixed = stem + token[length:]
            break
    for folded, tail in found.tails:  # "kundtjanstkarring": the stem, then the insult
        at = fixed.find(folded, 3)
        if at >= 3:
            fixed = fixed[:at] + tail + fixed[at + len(folded) :]
            break
    return fixed if fixed != token else None
