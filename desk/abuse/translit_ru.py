"""Russian typed in Latin letters ("ty debil", "ya tebya naydu", "vernu cherez bank"), read in
Cyrillic for the ru pack and the learned model.

People without a Russian keyboard, or in a hurry, write Russian in Latin letters, by no one
scheme: "shch", "sch" or "w" for щ, "ya" or "ja" for я, "y" for ы and й, "'" for ь, chat digits
("4to" for "что", "xoro6o" for "хорошо"). Language detection read such text as English, and
the Russian pack never saw it. This module does two things:

- :func:`looks_russian` tells Latin-script Russian from English, Spanish and Swedish by words
  only Russian writes that way (pronouns, particles, common verbs and swear words) and by letter
  clusters no one of the three writes ("zh", "kh", "tsya", "'y", endings "-iy", "-yy");
- :func:`reading` gives the Cyrillic reading of a message's Latin words (a Cyrillic word, a
  number, an e-mail keep their letters), with an offset map: a transliteration is not one for
  one ("shch" is one letter, "ck" two), so every character of the reading remembers the span of
  the original it came from, and :meth:`Reading.original` maps a hit's span back to offsets
  into the stored text, which is what a manager is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Longest first: "shch" before "sh", "tsya" before "ts". The values are lower-case Cyrillic.
_CHUNKS: dict[str, str] = {
    "shch": "щ", "tsya": "тся", "sch": "щ", "zh": "ж", "kh": "х", "ch": "ч", "sh": "ш",
    "ts": "ц", "ya": "я", "ja": "я", "yu": "ю", "ju": "ю", "yo": "ё", "jo": "ё", "ye": "е",
    "ck": "ск", "ph": "ф",
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у",
    "f": "ф", "y": "ы", "h": "х", "x": "х", "c": "ц", "w": "ш", "q": "к", "j": "й", "'": "ь",
    "4": "ч", "6": "ш", "3": "з", "ž": "ж", "š": "ш", "č": "ч",
}  # fmt: skip
_CHUNK = re.compile("|".join(re.escape(c) for c in sorted(_CHUNKS, key=len, reverse=True)))
_VOWELS = frozenset("aeiouy")
# A word of Latin letters (with an inner apostrophe for ь, and chat digits inside letters); a
# word touching Cyrillic, "@" or "." + letters (an address) is left alone.
_LATIN_WORD = re.compile(
    r"(?<![\w@.])(?:[a-zžšč][a-zžšč'346]*[a-zžšč']|[a-z]|[346][a-zžšč][a-zžšč'346]*)(?![\w@]|\.\w)"
)
_WORD = re.compile(r"[a-z'346]+")
_CYRILLIC_WORD = re.compile(r"[а-яё]{2,}")
_CYRILLIC = re.compile(r"[а-яё]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words only Russian writes so (in Latin letters): none is an English, Spanish or Swedish word.
_WORDS = _words(
    """
    ty tebya tebe toboy tvoy tvoya tvoe tvoyo tvoi tvoego tvoih tvoikh menya mne mnoy moy moya
    moyo moi moego vy vam vami vash vasha vashe vashi vashego vashey vashih vashikh
    eto eta etot etu eti etim etogo chto shto 4to chtoby kak kakoy kakaya kakie kakiye kakih
    esli kogda potomu pochemu uzhe ujeshche eshche eshe esche eshchyo tolko nado nuzhno mozhno
    budu budet budete budesh budesh' bylo byl byla byli vot ved' zhe tozhe takoy
    takie tut tam zdes' seychas segodnya zavtra vchera skoro sovsem ochen' ochen vsyo vse vsem
    vsekh vseh nikto nichego nikogda gde kuda otkuda kotoryy kotoraya kotorye pri cherez posle
    mezhdu dlya bez bolshe bol'she menshe dengi den'gi deneg banke sud sude sudom
    yurist politsiyu politsiya zhalobu zhaloba otzyv otzyvy rabotu rabota rabote uvolyat uvolyu
    uvolit uvolen nachalstvo nachal'stvo rukovodstvo rukovodstvu direktoru vernite
    verni vernu vernut vernete otvet otvette otvetite otvechayte pishu napishu napisal skazal
    skazali khochu hochu mogu mozhesh mozhete znayu znaesh znaete dumayu ponyal ponyala poka
    privet zdravstvuyte spasibo pozhaluysta izvinite blyat blya blyad suka suki pizdets pizdec
    khuy huy khuynya huynya nahuy nakhuy pidor pidoras debil debily debil'nyy durak
    tupoy tupaya tupye urod urody mudak mudaki svoloch' svoloch gandon zasranets kozel kozly
    ubyu ub'yu ubiyu naydu naydem pozhaleesh pozhaleete gotov'tes gotovtes zhdi zhdite
    podam podayu podadim zasuzhu zasudim isk prokuraturu prokuratura rospotrebnadzor zayavlenie
    otzovu otmenyu vernuli vernul platezh spisanie spisali uvolyu uvolili nachalnik nachal'niku
    blin opyat opyat' snova vsegda zachem skolko skol'ko prosto voobshche vobshche tipa ladno
    khorosho horosho plokho ploho pomogite pochinite isprav'te ispravte sdelayte pozvonite
    zakaz zakaza zakazu dostavka dostavku dostavki prilozhenie prilozheniye sayt podderzhka
    podderzhku podderzhke podderzhki rabotaet rabotayet operatora rubley chego kakogo
    loh lokh lox lohi chmo tvar' tvar mraz' mraz gnida gnidy kretin kretiny dolboeb dolboyob
    dolbaeb dolboyeb uebok ueban pridurok pridurki tupica tupitsa bydlo hamlo hamka shalava
    shlyukha shluha ovtsa ovca kozel kozly baran barany skotina svin'ya zhirnaya zhirnyy
    khrena hrena nichego sdelat' sdelat poluchil poluchila oplatil oplatila oplata kartu karty
    """
)
_CLUSTERS = re.compile(
    r"zh|kh|shch|tsya|iy$|yy$|[^aeiouy]ya$|[^aeiouy]yu$|uyu$|yat$|yut$|[ae]esh$|..[oe]go$"
)
# Short words Russian shares with other tongues ("ya", "no", "na"): half a clue, and never
# counted for the other tongue either.
_WEAK = _words("ne na ya iz ot za po vas nu net da li ili i a v s k u o")
# Word ends that Russian writes with a soft sign a Latin writer often leaves out: "-ешь",
# "-ишь" (the second person: "ponimaesh", "pozhaleesh"), "-юсь" ("zhaluyus", "boyus").
_SOFT_DROPPED = re.compile(r"^...+(?:[еи]ш|[аеиоуя]юс)$")
_SOFT_END = re.compile(r"(?:[aeiy]t|sh|ch|[aeiou]l)'$")
_NOT_CLUES = _words("khaki sheikh khan zhang playa nya yahoo")  # other tongues'
_ENGLISH_ENDINGS = frozenset(("t", "s", "m", "re", "ve", "ll", "d", ""))  # don't, it's, i'm...


# Mat, which no other tongue writes so, counts twice: a one-word "blyat" is Russian.
_MAT = _words("blyat blyad pizdets pizdec khuy huy nahuy nakhuy pidor pidoras mudak")
KNOWN = _WORDS | _MAT  # a message without one of these is not read as Russian


def looks_russian(lowered: str) -> bool:
    """Whether lower-cased Latin-script (or mixed) ``lowered`` is Russian: at least two clues
    (a word of :data:`_WORDS`, half a clue for a Russian letter cluster, two for a Cyrillic
    word or mat; one and a half with no other tongue's word) and more clues than the English,
    Spanish or Swedish function words found in it."""
    from desk.abuse.language import is_function_word  # the cycle: language imports this module

    words = _WORD.findall(lowered)
    if KNOWN.isdisjoint(words) and lowered.isascii():
        return False  # no listed word, no Cyrillic: not read word by word
    clues = 2.0 * len(_CYRILLIC_WORD.findall(lowered)) if not lowered.isascii() else 0.0
    others = weak = 0.0
    for word in words:
        if _SOFT_END.search(word) is not None:  # "otmenit'", "budesh'": a soft sign at the end
            clues += 0.5
        word = word.strip("'")
        if word in _WORDS:
            clues += 2.0 if word in _MAT else 1.0
        elif word in _WEAK:
            weak += 0.5
        elif is_function_word(word, ""):
            others += 1.0
        elif len(word) > 2 and word not in _NOT_CLUES and _cluster(word):
            clues += 0.5
    if clues < 1.0:  # "da po po": the shared short words alone say nothing
        return False
    clues += weak
    return (clues >= 2.0 or (clues >= 1.5 and not others)) and clues > others


def _russian_word(word: str) -> bool:
    """Whether a Latin word of a mixed message is Russian ("debil", "den'gi", "4mo")."""
    return (
        word.strip("'") in KNOWN
        or _cluster(word)
        or any(c in "346" for c in word)
        or _SOFT_END.search(word) is not None
    )


def _cluster(word: str) -> bool:
    """Whether ``word`` holds letters only Latin-script Russian writes: "zh", "kh", "-iy", a
    soft sign inside ("den'gi", "ub'yu"; not an English "don't", "we're", "it'll")."""
    if "'" in word:
        head, _, tail = word.rpartition("'")
        if len(head) > 1 and head[-1] not in _VOWELS and tail not in _ENGLISH_ENDINGS:
            return True
    return _CLUSTERS.search(word) is not None


@dataclass(frozen=True)
class Reading:
    """``text`` in Cyrillic where it was Latin-script Russian; ``starts[i]``, ``ends[i]``: the
    span of the original that character ``i`` of ``text`` came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    length: int  # of the original

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``text[start:end]`` was read from."""
        if not self.starts:
            return start, end
        begin = self.starts[start] if start < len(self.starts) else self.length
        if end <= start:
            return begin, begin
        return begin, self.ends[min(end, len(self.ends)) - 1]


def reading(text: str) -> Reading | None:
    """The Cyrillic reading of the Latin words of a Russian ``text``, or ``None`` when it has
    none (a Cyrillic message: the common case costs one regex search)."""
    lowered = text.lower()
    if len(lowered) != len(text) or _LATIN_WORD.search(lowered) is None:
        return None
    if _CYRILLIC.search(lowered) is not None and not any(
        _russian_word(word.group()) for word in _LATIN_WORD.finditer(lowered)
    ):
        return None  # a Cyrillic message naming "PayPal" or "iPhone" is read as it is
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for word in _LATIN_WORD.finditer(lowered):
        for index in range(done, word.start()):
            parts.append(text[index])
            starts.append(index)
            ends.append(index + 1)
        begun = len(parts)
        for chunk in _CHUNK.finditer(lowered, word.start(), word.end()):
            cyrillic = _cyrillic(lowered, chunk.start(), chunk.group(), word.start())
            if text[chunk.start()].isupper():
                cyrillic = (
                    cyrillic.upper()
                    if text[chunk.start() : chunk.end()].isupper()
                    else (cyrillic[:1].upper() + cyrillic[1:])
                )
            for letter in cyrillic:
                parts.append(letter)
                starts.append(chunk.start())
                ends.append(chunk.end())
        if _SOFT_DROPPED.search("".join(parts[begun:]).lower()) is not None:
            parts.append("ь")  # "ponimaesh", "zhaluyus": the soft sign people leave out
            starts.append(starts[-1])
            ends.append(ends[-1])
        done = word.end()
    for index in range(done, len(text)):
        parts.append(text[index])
        starts.append(index)
        ends.append(index + 1)
    return Reading("".join(parts), tuple(starts), tuple(ends), len(text))


def _cyrillic(lowered: str, start: int, chunk: str, word_start: int) -> str:
    """One chunk's Cyrillic: "y" is "й" after a vowel ("moy", "naydu") and "ы" elsewhere
    ("ty", "debily"); a word's first "e" is "э" in "eto", "etot" (else "е": "esli")."""
    previous = lowered[start - 1] if start > word_start else ""
    if chunk == "y":
        return "й" if previous in _VOWELS else "ы"
    if chunk == "e" and start == word_start and lowered.startswith("et", start):
        return "э"
    if chunk == "'" and (not previous or previous in _VOWELS):
        return ""  # an apostrophe that is not a soft sign ("'debil'") reads as nothing
    return _CHUNKS[chunk]
