"""Offline language detection for the five rule-pack languages, cheap enough for 10^6 messages.

Script first: Han characters mean Chinese, Cyrillic means Russian. Latin-script text is told
apart (English, Spanish, Swedish) by counting frequent function words, and letters only one of
them uses (ñ ¿ ¡ á é í ó ú for Spanish, å ä ö for Swedish). A general detector such as lingua
knows 75 languages but, in its high-accuracy mode, reads a few hundred messages a second;
this one reads over 100,000 a second and, on support-desk messages, is as good for these three:
they share few function words. Text with no clue is English.
"""

from __future__ import annotations

import re

from desk.abuse import translit_ru

LANGUAGES = ("en", "es", "ru", "zh", "sv")
DEFAULT_LANGUAGE = "en"

_NON_LATIN = re.compile(r"[\u0400-\u04ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")

_STOPWORDS: dict[str, str] = {
    "en": """the and you your is are was were this that have has not it i my me to of for with
        be will would can can't don't i'm you're it's on at what why how who if or but so they
        them we our do does did just been from an all get got any please thanks a in again
        still now since again already when there their here about because should could which
        after before into out up no yes hi hello still every one two three week day month
        account invoice help need want know think why really very fix fixed working work""",
    "es": """el la los las que de y en un una es son por para con no su sus mi mis me te lo le
        se del al usted ustedes eres esto esta este está muy pero como más ya yo tu tú hay sí si
        nada todo gracias hola voy vais van ha han he a desde hoy ayer semana cuenta factura
        ayuda necesito quiero sigue otra vez cuando porque también todavía ahora después antes
        estoy tengo tiene hace puede pueden favor sin sobre donde qué cómo por qué""",
    "sv": """och att det är som en ett jag du ni inte på med för av har till den de om så var vi
        er ert era din ditt dina mig dig min mitt mina kan ska skulle här nu bara hej tack också
        eller men när vad varför hur blir får i alla hos dag tillbaka annars från efter sedan
        ingen inget mycket redan igen fortfarande måste vill behöver gör göra hade blev varit
        sig sin sitt sina hon han dem deras detta dessa något någon kommer under över mot utan
        vecka konto faktura hjälp
        ar pa nar ocksa maste nagon nagot nat nan hjalp fran gor gora behover tva darfor""",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
# A word two languages share ("de", "en", "me") says nothing: it counts for neither.
_LOOKUP: dict[str, str] = {
    word: lang
    for lang, words in _WORDS.items()
    for word in words
    if not any(word in other for name, other in _WORDS.items() if name != lang)
}
# Spanish chat and slang that no function-word list holds ("pinche naco, contesta bien" has
# none): regional address words, swearing, insults and everyday colloquial verbs and adverbs of
# Spain, Mexico, the River Plate, Chile, the Andes and the Caribbean, each written only in
# Spanish (not "we", "tio", "po", "era", "sea", "solo": English, Swedish or Russian in Latin
# letters). They count for Spanish in the score only; they are not function words.
_SLANG_ES = """es güey guey wey pinche pinches naco naca nacos pendejo pendeja pendejos pendejas
    cabrón cabron cabrona cabrones chingada chingado chingar chingas chingues verga mames neta
    ahorita órale orale ándale andale culero culera culeros mamón mamona jodido jodida joder
    coño cono hostia hostias gilipollas capullo cojones carajo mierda puta puto putos putas
    hijo hija madre idiota estúpido estupido estúpida estupida tonto tonta menso mensa baboso
    babosa che boludo boluda boludos pelotudo pelotuda forro forra laburo guita sos vos
    weón weon wn weona weones huevón huevon huevona cachai culiao culiado culiá weá wea fome
    aweonao cojudo cojuda pariguayo vaina chévere chevere mijo mija cállate callate callense
    contesta contesten contestas responde respondan respondes oye oiga oigan mira mire miren
    bien aquí aqui allá así asi eso esa ese esos esas nunca siempre bueno buena pues
    nadie mejor peor tienes estás hacer dijo dije pedido dinero plata entonces"""
for _slang in _SLANG_ES.split():
    _LOOKUP.setdefault(_slang, "es")
_WORD = re.compile(r"[a-z\u00e0-\u00ff']+")
_MARKERS = {"es": re.compile("[ñ¿¡áéíóú]"), "sv": re.compile("[åäö]")}


def is_function_word(word: str, language: str) -> bool:
    """Whether lower-cased ``word`` is one of the frequent words this module counts for
    ``language`` (any Latin-script language when ``language`` has no list of its own)."""
    words = _WORDS.get(language)
    if words is None:
        return any(word in other for other in _WORDS.values())
    return word in words


def detect_language(text: str) -> str:
    """The language code of ``text`` (one of :data:`LANGUAGES`); English when unsure."""
    if _NON_LATIN.search(text) is not None:
        han = len(_HAN.findall(text))
        cyrillic = len(_CYRILLIC.findall(text))
        latin = len(_LATIN.findall(text))
        if han >= cyrillic and han * 3 >= latin:
            return "zh"
        if cyrillic > han and cyrillic * 2 >= latin:
            return "ru"
        if cyrillic > han and translit_ru.looks_russian(text.lower()):
            return "ru"  # "ты debil": Cyrillic and Latin-script Russian mixed
    return latin_language(text.lower())


def latin_language(lowered: str) -> str:
    """English, Spanish or Swedish for lower-cased Latin-script text; Russian when it is
    Russian typed in Latin letters (:func:`desk.abuse.translit_ru.looks_russian`)."""
    scores = dict.fromkeys(_WORDS, 0.0)
    lookup = _LOOKUP
    russian = translit_ru.KNOWN
    maybe_russian = False
    for word in _WORD.findall(lowered):
        lang = lookup.get(word)
        if lang is not None:
            scores[lang] += 1.0
        elif word in russian:
            maybe_russian = True
    if maybe_russian and translit_ru.looks_russian(lowered):
        return "ru"  # "ty debil", "ya tebya naydu"
    if not lowered.isascii():
        for lang, marks in _MARKERS.items():
            if marks.search(lowered) is not None:
                scores[lang] += 1.5
    best = max(scores, key=scores.__getitem__)
    if scores[best] <= 0 or scores[best] == scores[DEFAULT_LANGUAGE]:
        return DEFAULT_LANGUAGE
    return best
