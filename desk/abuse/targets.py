"""Insults about a named agent in the third person: "Tom is a useless moron".

An insult aimed at "you" is the common case (:mod:`desk.abuse.scorer`), but customers also
write about the agent to the agent's colleagues: "your agent Priya is thick", "Ваш Антон
просто тупой баран", "那个客服是个废物". The agent reads it in the case file all the same,
so it counts as aimed at the staff. Swearing at a thing is not an insult to anyone: "the app
is useless", "this update is stupid".

Reading back from the insult, over linking words ("is", "a", "really") and other insulting
words ("useless" before "moron"), the first other word decides: a staff word of the pack
("agent", "whoever", "оператор", "客服") or a person's name (a capitalised word that is not a
common word of the language, with a linking word between it and the insult, so a capital at
the start of a sentence is not taken for a name; or a name with a staff preposition of the
pack after it, "Mark from billing is a clown", "Lisa på kundtjänst är dum") makes the insult
aimed at the staff; a thing ("app", "update", "программа") or anything else does not. A
first-person word between ("my son is an idiot", "I was a fool") means it is about the
writer's side, not the staff.

A dash between the name and the insult links them as "is" does: in Russian it is the copula
("Дарья — бесполезная дура"). Chat writes names in lower case: a word right after "your"
("ваш денис дебил", "your kevin is a moron") is the staff member it names, when the insult is
a noun (an adjective after an unlisted word is too often about a thing: "your checkout is
stupid").

Spanish describes the agent between commas before the verb: "Rubén, el del chat de esta
mañana, es un zopenco", "la señorita Paola, la que me atendió, es una inepta". When only
linking words stand between the clause's comma and the insult, the reading goes back across
one such apposition (opened by a relative, "el del", "la que", or a staff word) to the word
before it: a name or staff word makes it about the staff, "usted" or "tú" about the reader
("Usted, señorita, es una ignorante"); a thing or a relative of the writer does not ("Mi
hermano, el que tiene la línea, es un desastre").
"""

from __future__ import annotations

import re

from desk.abuse.language import is_function_word
from desk.abuse.rulepack import Context

_TOKEN = re.compile(r"[\w']+")
_WINDOW_TOKENS = 8
_CJK_WINDOW = 12
_MAX_NAME = 9  # longer capitalised words are mostly nouns ("Sökfunktionen är dum")
_DASH = re.compile(r"[—–]|(?<!\w)-(?!\w)")
# Words that open an apposition describing a person, by language ("el del chat", "la que me
# atendió", "ese de facturación"): the reading of an insult goes back across it to the name.
_APPOSITION_OPENERS: dict[str, frozenset[str]] = {
    "es": frozenset(
        {"el", "la", "los", "las", "ese", "esa", "aquel", "aquella", "uno", "una", "un"}
    ),
}
# Words that, second in an apposition, introduce a person by name: "..., un tal Rodrigo, es un
# incompetente" names the one insulted, whatever stands before the commas.
_NAMING: dict[str, frozenset[str]] = {"es": frozenset({"tal"})}
_APPOSITION_LINKS = frozenset({"de", "del", "que", "quien", "quién"})
# Words that open an apposition on their own: a relative ("Vanesa, que dice ser coordinadora,")
# or a staff preposition ("Marisa, de facturación,"), unless the next word makes it an adverb.
_RELATIVES: dict[str, frozenset[str]] = {"es": frozenset({"que", "quien", "de", "del"})}
_ADVERBIAL: dict[str, frozenset[str]] = {
    "es": frozenset(
        {"verdad", "hecho", "nuevo", "momento", "todas", "todos", "paso", "veras", "vez",
         "repente", "pronto", "todo", "acuerdo", "cualquier", "igual", "otro", "otra", "lo",
         "la", "esto", "eso"}
    ),
}  # fmt: skip
_MAX_APPOSITION = 12
# Words that hedge a name between commas ("Ahmed tror jag", "eller vad hon nu hette").
_HEDGES: dict[str, frozenset[str]] = {
    "sv": frozenset({"tror", "heter", "hette", "hetter", "kallas", "typ", "nåt", "något"}),
}
_MAX_VOCATIVE = 3  # words of a name or title said to the reader between commas
_SENTENCE_END = re.compile(r"[.!?;:\n]")


# Swedish "som" is "who" ("den som svarade är en idiot") and "like" ("jag står här som en idiot"):
# before an article it compares, and with the writer as the subject before it the insult is said
# of the writer; otherwise it stays about the staff ("agenten betedde sig som en idiot").
_SIMILES: dict[str, tuple[str, frozenset[str]]] = {"sv": ("som", frozenset({"en", "ett"}))}


def _simile(word: str, following: list[re.Match[str]], language: str) -> bool:
    simile = _SIMILES.get(language)
    return (
        simile is not None
        and word == simile[0]
        and bool(following)
        and following[0].group() in simile[1]
    )


def about_staff(
    text: str,
    lowered: str,
    clause_start: int,
    match_start: int,
    context: Context,
    language: str,
    cjk: bool,
    noun: bool = True,
) -> bool:
    """Whether the insult at ``match_start`` is said about a member of staff (see above);
    ``noun``: the insult is a noun ("дебил"), not an adjective ("stupid")."""
    if cjk:
        return _about_staff_cjk(lowered[clause_start:match_start], context)
    # Words from the normalised text ("f*cking" reads "fucking"), capitals from the original.
    original = list(_TOKEN.finditer(lowered, clause_start, match_start))[-2 * _WINDOW_TOKENS :]
    linked = False
    gap_end = match_start
    for index in range(len(original) - 1, -1, -1):
        token = original[index]
        word = lowered[token.start() : token.end()]
        linked = linked or _DASH.search(lowered, token.end(), gap_end) is not None
        gap_end = token.start()
        if word in context.first_person or word in context.things:
            return False
        if _simile(word, original[index + 1 : index + 2], language) and any(
            t.group() in context.first_person for t in original[:index]
        ):
            return False  # "jag står här som en idiot": like, not who, and said of the writer
        if word in context.third_person:  # ... unless it qualifies a thing: "support process"
            return not any(t.group() in context.things for t in original[max(0, index - 2) : index])
        if word in context.linking or word in context.insults:
            linked = linked or word in context.linking
            continue
        if not linked:
            return False
        if _is_name(text[token.start() : token.end()], language):
            return True
        if (  # "ваш денис дебил": a lower-case name after "your"
            noun
            and index > 0
            and original[index - 1].group() in context.possessive_second_person
            and word.isalpha()
            and not is_function_word(word, language)
        ):
            return True
        # "whoever answered my ticket is an idiot": a staff word leads the subject phrase.
        # "Mark from billing is a clown": a name, then one of the pack's staff prepositions.
        subject = original[max(0, index - _WINDOW_TOKENS) : index]
        for position in range(len(subject) - 1, -1, -1):
            earlier = subject[position].group()
            if (  # en, round 9: "the bloke I spoke to yesterday is a galah"
                language == "en"
                and earlier in context.first_person
                and position > 0
                and subject[position - 1].group() in context.third_person
            ):
                return True
            if earlier in context.things or earlier in context.first_person:
                return False
            if earlier in context.third_person:
                return True
            if (
                position + 1 < len(subject)
                and subject[position + 1].group() in context.staff_prepositions
                and _is_name(text[subject[position].start() : subject[position].end()], language)
            ):
                return True
        return False
    return linked and _across_apposition(text, lowered, clause_start, context, language)


def _across_apposition(
    text: str, lowered: str, clause_start: int, context: Context, language: str
) -> bool:
    """Whether the clause before the insult (linking words only) follows an apposition between
    commas that describes a member of staff, after a name or staff word: "Rubén, el del chat de
    esta mañana, es un zopenco", "la señorita Paola, la que me atendió, es una inepta"."""
    if language in _HEDGES:  # Swedish: a name hedged between commas (no openers there)
        return _across_hedge(text, lowered, clause_start, context, language)
    openers = _APPOSITION_OPENERS.get(language)
    commas = _between_commas(lowered, clause_start) if openers is not None else None
    if openers is None or commas is None:
        return False
    offset, inside, head = commas
    apposition = [t.group() for t in inside]
    first, second = apposition[0], apposition[1] if len(apposition) > 1 else ""
    describes = (
        first in context.third_person
        or (first in _RELATIVES.get(language, ()) and second not in _ADVERBIAL.get(language, ()))
        or (first in openers and (second in _APPOSITION_LINKS or second in context.third_person))
        or (first in context.possessive_second_person and second in context.third_person)
    )
    if any(word in context.things for word in apposition):
        return False
    if first in openers and second in _NAMING.get(language, ()) and len(apposition) > 2:
        return True  # "el operador del día 3, un tal Rodrigo, es un incompetente"
    word = head[-1].group()
    if word in context.second_person:  # "Usted, señorita, es una ignorante": the reader
        return describes or len(apposition) <= _MAX_VOCATIVE
    if word in context.things or word in context.first_person:
        return False
    if word in context.third_person:  # "Tu compañera, la rubia, es una borde"
        return describes or len(apposition) <= _MAX_VOCATIVE
    if not describes:
        return False
    name = text[offset + head[-1].start() : offset + head[-1].end()]
    return word in context.third_person or _is_name(name, language)


def _between_commas(
    lowered: str, clause_start: int
) -> tuple[int, list[re.Match[str]], list[re.Match[str]]] | None:
    """For a clause that starts right after a comma: where the 240 characters read before it
    start, the words between that comma and the one before it (at most
    :data:`_MAX_APPOSITION`), and the words from the sentence's start to that earlier comma
    (offsets into ``lowered[offset:]``); ``None`` when there is no such pair of commas in one
    sentence or either part is empty."""
    if clause_start < 1 or lowered[clause_start - 1] != ",":
        return None
    offset = max(0, clause_start - 240)
    before = lowered[offset : clause_start - 1]
    head_end = before.rfind(",")
    if head_end < 0 or _SENTENCE_END.search(before, head_end + 1) is not None:
        return None
    inside = list(_TOKEN.finditer(before, head_end + 1))
    ends = list(_SENTENCE_END.finditer(before, 0, head_end))
    head = list(_TOKEN.finditer(before, ends[-1].end() if ends else 0, head_end))
    if not inside or len(inside) > _MAX_APPOSITION or not head:
        return None
    return offset, inside, head


def _across_hedge(
    text: str, lowered: str, clause_start: int, context: Context, language: str
) -> bool:
    """Swedish hedges the agent's name between commas: "Killen i chatten igår, Ahmed tror jag,
    var en skitstövel", "Sanna som svarade, eller vad hon nu hette, är en idiot". About staff
    when the part between the commas holds a name, "hon"/"han" or a hedge word and the subject
    before it a staff word or a name (not "jag", not a thing)."""
    commas = _between_commas(lowered, clause_start)
    if commas is None:
        return False
    offset, inside, head = commas
    words = [t.group() for t in inside]
    if any(w in context.things for w in words) or any(
        t.group() in context.things or t.group() in context.first_person for t in head
    ):
        return False

    def named(token: re.Match[str]) -> bool:
        return _is_name(text[offset + token.start() : offset + token.end()], language)

    hedged = any(w in _HEDGES[language] or w in context.third_person for w in words) or any(
        named(t) for t in inside
    )
    return hedged and any(t.group() in context.third_person or named(t) for t in head)


def _is_name(word: str, language: str) -> bool:
    """A capitalised word that is not a common word of the language: a person's name."""
    return (
        2 <= len(word) <= _MAX_NAME
        and word[0].isupper()
        and word[1:].islower()
        and word.isalpha()
        and not is_function_word(word.lower(), language)
    )


def _about_staff_cjk(clause: str, context: Context) -> bool:
    """Chinese: a staff word in the characters before the insult, no thing or "I" after it."""
    tail = clause.replace(" ", "")[-_CJK_WINDOW:]
    ends = [tail.rfind(word) + len(word) for word in context.third_person if word in tail]
    if not ends:
        return False
    after = tail[max(ends) :]
    return not any(w in after for w in context.things) and not any(
        c in context.first_person for c in after
    )
