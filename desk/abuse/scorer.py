"""From raw rule matches to scored hits: who the words are aimed at, negation, quotation.

- *Directed*: a ``target = "person"`` term counts as abuse only when it is aimed at the
  reader: a second-person word ("you", "ты", "usted", "你") shortly before it in the same
  clause (for an adjective, with only linking words between: "you are so useless", but not
  "you sell a useless app"; for a noun, with no first-person word between: "you called me an
  idiot" is about the writer), or right after it ("inepto estás hecho", "dum är du"), a
  possessive just before a noun ("din dumma idiot"), or the noun said as a vocative ("...,
  idiot!"). Otherwise the term is dropped, or kept as the rule's ``undirected`` category.
- *Negated* ("I'm not saying you're an idiot", "I won't sue") and *quoted or reported*
  ("he called me an idiot", "my husband said he'd sue", text inside quotation marks) lower
  the score. A negation reaches to the next comma or dash ("Не вернёте деньги — подам в
  суд" is a threat), and one inside a condition stays there ("если не вернёте деньги подам
  в суд"); whose words they are is read by :mod:`desk.abuse.speech`.
- *Shouting* (a run of words in capitals, "!!!") is found here too: a soft signal.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import cache
from itertools import chain
from unicodedata import category

from desk.abuse.categories import ABUSE_VALUES, Category
from desk.abuse.matcher import RawMatch
from desk.abuse.rulepack import CJK_LANGUAGES, Context
from desk.abuse.speech import (
    called_then_told,
    interjection,
    negation_in_condition,
    reported,
    wished,
)
from desk.abuse.targets import about_staff

FLAG_THRESHOLD = 0.5
# Professional moves a customer may name without threatening ("I already filed a dispute with
# my bank; this is not a threat"): the pack's disclaimers lower these, never violence.
DISCLAIMABLE = frozenset(
    {
        Category.THREAT_FINANCIAL.value,
        Category.THREAT_LEGAL.value,
        Category.THREAT_PUBLIC_SHAMING.value,
    }
)
NEGATED = 0.3
QUOTED = 0.3
UNDIRECTED = 0.7
SHOUTING_SCORE = 0.6

_WINDOW = 80
_DIRECTED_TOKENS = 6
_NEGATION_TOKENS = 6
_CJK_NEGATION_CHARS = 12
_TOKEN = re.compile(r"[\w']+")
_CLAUSE_END = re.compile(r"[.!?;:\n,。！？；：，、]")
# A dash ends a clause for negation as a comma does ("Не вернёте деньги — подам в суд"), but
# not for who is addressed: in Russian it is also the copula ("Вы — идиоты").
_DASH = re.compile(r"[—–]|\s-\s")
# en, round 9: a violent verb aimed at "you" that is an everyday idiom by what follows it:
# "I'll shoot you an email", "hit you up later", "I'll beat you to it".
_EN_IDIOM_AFTER = re.compile(
    r"\s+(?:(?:a|an|the)\s+(?:quick\s+)?(?:e-?mail|text|message|line|note|dm|pm|link|copy|"
    r"reply|invoice|quote|call|ring|reminder|update)\b|to\s+(?:it|the\s+punch)\b)"
)
_EN_HIT_UP = re.compile(r"\s+up\b(?!\s+and\b)")  # "hit you up later", not "beat you up"
_CONDITION_TOKENS = 1  # words of its own a condition needs between its negation and a match
_OPEN_QUOTES = "“«„「『"
_CLOSE_QUOTES = "”»」』"
_A_NOT_A = re.compile(r"(.)不\1")
_CJK_POSSESSIVE = re.compile(r"(?:你们|您们|你|您)的")
_CAPS_RUN = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}(?:[\s,.!?'-]+[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,}){2,}(?!\w)")
_BANGS = re.compile(r"[!！?？]{3,}")


@dataclass(frozen=True)
class Hit:
    """One suggested flag: a category on the span ``text[start:end]``."""

    category: str
    start: int
    end: int
    rule_id: str
    score: float
    language: str


def score_matches(
    text: str,
    lowered: str,
    matches: list[RawMatch],
    language: str,
    context: Context,
    floor: float = FLAG_THRESHOLD,
) -> list[Hit]:
    """The hits scoring at least ``floor`` (by default: worth flagging), in text order."""
    cjk = language in CJK_LANGUAGES
    hits: list[Hit] = []
    disclaimed = disclaims(lowered, context)
    for match in matches:
        rule = match.rule
        category = rule.category.value
        score = rule.weight
        before = lowered[max(0, match.start - _WINDOW) : match.start]
        clause = _after_last(before, _CLAUSE_END)
        clause_start = match.start - len(clause)
        if (
            rule.target == "person"
            and not _directed(lowered, match, clause, context, language)
            and not about_staff(
                text, lowered, clause_start, match.start, context, language, cjk, rule.vocative
            )
        ):
            if rule.undirected is None:
                continue
            category = rule.undirected.value
            score *= UNDIRECTED
        if category == "harassment" and _praised(lowered, match, context):
            score *= NEGATED  # "qué cabrón, lo arreglaste, mil gracias": friendly swearing
        scope = _after_last(clause, _DASH)
        if rule.negatable and (
            _negated(scope, context, language)
            or _negated_after(lowered, match.end, context)
            or _negated_subject(lowered[match.start : match.end], context, language)
        ):
            score *= NEGATED
        if (
            language == "en"
            and category == "threat_violence"
            and (
                _EN_IDIOM_AFTER.match(lowered, match.end)
                or (
                    lowered[match.start : match.end].endswith(("hit you", "hit u", "hit ya"))
                    and _EN_HIT_UP.match(lowered, match.end)
                )
            )
        ):
            score *= NEGATED  # "I'll shoot you an email": an idiom, not a blow
        if _quoted(text, match.start, language) or reported(
            lowered, clause_start, match.start, context, language
        ):
            score *= QUOTED  # quoted or reported speech: "he called me an idiot"
        if disclaimed and category in DISCLAIMABLE:
            score *= NEGATED
        elif (
            category in DISCLAIMABLE
            and _done(scope + _first_word(lowered, match.start, match.end, cjk), context, language)
            and not _undone(lowered, match.start, match.end, context)  # "…立案了 等着吧"
        ):
            score *= NEGATED  # "ya puse la denuncia", "puse una reseña": done, not threatened
        if score >= floor:
            hits.append(Hit(category, match.start, match.end, rule.id, round(score, 3), language))
    hits.extend(shouting(text, language))
    return dedupe(hits) if len(hits) > 1 else hits


def _praised(lowered: str, match: RawMatch, context: Context) -> bool:
    """Whether the insult matched is one of the pack's words of friendly address
    (``affectionate``: "cabrón", "boludo") in a message that praises in the pack's words
    (``praise``: "eres un genio", "me salvaste"): swearing said as praise, not abuse."""
    if not context.praise or not context.affectionate:
        return False
    said = lowered[match.start : match.end]
    if not any(said.startswith(word) for word in context.affectionate):
        return False
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", lowered) for p in context.praise)


_UNDONE_WINDOW = 30  # characters after a disclaimer in which the pack's words take it back


def disclaims(lowered: str, context: Context) -> bool:
    """Whether the (lower-cased) text says, in its pack's words, that it is not a threat; not
    when the pack's ``disclaimers_undone`` follow it ("not a threat, it's a promise")."""
    anywhere = _any_phrase(context.disclaimers)
    if anywhere is None or anywhere.search(lowered) is None:
        return False  # most messages: one search instead of a find per disclaimer (126 in es)
    for disclaimer in context.disclaimers:
        at = lowered.find(disclaimer)
        while at >= 0:
            end = at + len(disclaimer)
            if not _undone(lowered, end, end, context):
                return True
            at = lowered.find(disclaimer, end)
    return False


def _undone(lowered: str, start: int, end: int, context: Context) -> bool:
    """Whether the pack's ``disclaimers_undone`` stand from ``start`` to shortly after ``end``:
    what was said before is taken back ("not a threat, it's a promise", "已经立案了 等着吧")."""
    after = lowered[start : end + _UNDONE_WINDOW]
    return any(word in after for word in context.disclaimers_undone)


_Trie = dict[str, "_Trie"]


@cache
def _any_phrase(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern that finds any of ``phrases`` anywhere (as ``str.find`` would), written as
    a trie ("no (?:es|te) ...") so that the regex engine tries each character once: over the
    demo's messages 5 µs a message for Spanish's 126 disclaimers, where a flat alternation
    took 17 µs and a ``find`` per phrase 34 µs."""
    if not phrases:
        return None
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return re.compile(_trie_source(trie))


def _trie_source(node: _Trie) -> str:
    branches = [re.escape(c) + _trie_source(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _after_last(text: str, boundary: re.Pattern[str]) -> str:
    last = None
    for last in boundary.finditer(text):  # noqa: B007 - we want the last one
        pass
    return text if last is None else text[last.end() :]


def _tokens(clause: str, cjk: bool) -> list[str]:
    if cjk:
        return list(_CJK_POSSESSIVE.sub("的的", clause).replace(" ", ""))
    return _TOKEN.findall(clause)


# The word of a possessive that follows its noun: "el sistema de ustedes" is the system.
_OF: dict[str, str] = {"es": "de"}


def _directed(lowered: str, match: RawMatch, clause: str, context: Context, language: str) -> bool:
    """Whether the words of ``match`` are aimed at the reader (see the module docstring)."""
    cjk = language in CJK_LANGUAGES
    tokens = _tokens(clause, cjk)
    # A match that itself holds "you" ("fuck you", "you idiot") is directed.
    if any(t in context.second_person for t in _tokens(lowered[match.start : match.end], cjk)):
        return True
    window = tokens[-(_DIRECTED_TOKENS + 2 if cjk else _DIRECTED_TOKENS) :]
    of = _OF.get(language)
    for index in range(len(window) - 1, -1, -1):
        if window[index] in context.second_person:
            if index > 0 and window[index - 1] == of:
                continue  # "el sistema de ustedes es un chiste": whose, not who (the system)
            between = window[index + 1 :]
            if match.rule.vocative:  # a noun: "you hopeless idiot", "are you an idiot"
                # ... but not "your app is a piece of shit": a thing between is the target.
                return not any(t in context.first_person or t in context.things for t in between)
            # An adjective: only linking words between ("you are so useless"), so that
            # "you sell a useless app" is about the app.
            return all(t in context.linking for t in between)
    # Spanish and Swedish may put the verb after: "menudo inepto estás hecho", "dum är du".
    after = lowered[match.end : match.end + 12]
    end = _CLAUSE_END.search(after)
    following = _tokens(after[: end.start()] if end else after, cjk)[:2]
    if following and following[0] in context.second_person:
        return True
    if following[1:] and following[0] in context.linking and following[1] in context.second_person:
        return True
    if called_then_told(lowered, match.end, tokens, context, language):
        return True
    if not match.rule.vocative:
        return False
    if any(t in context.possessive_second_person for t in tokens[-2:]):  # "din dumma idiot"
        return True
    # "..., idiot!" or "Mira, pedazo de imbécil," said to the reader.
    if len(tokens) <= (2 if cjk else 1) or all(t in context.linking for t in tokens):
        if not tokens and interjection(lowered, match.start, match.end, language):
            return False  # "Skit, det funkar inte": swearing at the situation
        if _beside_the_writer(lowered, match.start - len(clause), context):
            return False  # "Я, (старая) дура, сама перевела деньги": the writer, of themself
        if any(t in context.first_person for t in tokens):
            return False  # "Я идиот, перепутал адрес", "Soy un idiota": the writer, of themself
        rest = lowered[match.end : match.end + 3].lstrip()
        # ..., or an emoji or other symbol after it ("перечитай мой вопрос, клоун 🤡")
        return not rest or rest[0] in ".,!?;:…。！？，；" or category(rest[0]).startswith("S")
    return False


def _first_word(lowered: str, start: int, end: int, cjk: bool) -> str:
    """The first word of a match (in Chinese its first character), read with the words before
    it where a term opens with the word that says the step was taken ("escribí en Trustpilot")
    or with a preposition the word fuses with ("已|向12315提交了投诉")."""
    if cjk:
        return lowered[start]
    found = _TOKEN.search(lowered, start, end)
    return found.group() if found else ""


def _beside_the_writer(lowered: str, clause_start: int, context: Context) -> bool:
    """Whether the clause before a match set off by commas is the writer's own pronoun alone
    ("Я, дура, …", "Yo, tonto de mí, …"): the word is said of the writer, in apposition."""
    before = lowered[max(0, clause_start - 40) : clause_start].rstrip()
    if not before.endswith(","):
        return False
    words = _TOKEN.findall(_after_last(before[:-1], _CLAUSE_END))
    return len(words) == 1 and words[0] in context.first_person


def _negated(clause: str, context: Context, language: str) -> bool:
    """A negation shortly before, with no new subject or clause break after it: "I don't
    want to file a chargeback", but not "if you don't refund me I'll file a chargeback", nor
    a negation inside a condition with words of its own before the match ("если не вернёте
    деньги подам в суд", "Fixar ni inte det går banken in")."""
    return _said_before(clause, context, language, context.negation, contractions=True)


def _done(clause: str, context: Context, language: str) -> bool:
    """One of the pack's ``done`` words shortly before, read as a negation is: "ya puse la
    denuncia", but not "ya puse la queja y si no me devuelven el dinero pondré una denuncia".

    ``clause`` ends with the match's first word (see :func:`_first_word`). In Chinese the
    pack's ``done_touching`` words count only touching the match: "已经在" before a verb is
    "already doing" ("已经在准备起诉材料" is leverage), before a place "already at"
    ("已经在|信用卡中心申请了争议"); "已经走" right before is done ("已经走|法律程序了")."""
    if not (context.done or context.done_touching):
        return False
    if language in CJK_LANGUAGES:
        body = clause.replace(" ", "")
        if any(
            body.endswith(w) or body[:-1].endswith(w)
            for w in chain(context.done, context.done_touching)
        ):
            return True
    return _said_before(clause, context, language, context.done)


def _said_before(
    clause: str,
    context: Context,
    language: str,
    words: frozenset[str],
    *,
    contractions: bool = False,  # English "n't" counts as one of ``words``
) -> bool:
    """One of ``words`` shortly before the end of ``clause``, with no new subject or clause
    break after it and not inside a condition (see :func:`_negated`)."""
    if (
        language in CJK_LANGUAGES
    ):  # negations are whole words here ("不会", "从来不"), found in the last characters
        # "是不是", "会不会": a question (A-not-A), not a negation.
        tail = _A_NOT_A.sub("是否", clause.replace(" ", ""))[-_CJK_NEGATION_CHARS:]
        ends = [tail.rfind(word) + len(word) for word in words if word in tail]
        return bool(ends) and not any(
            c in context.first_person or c in context.breaks for c in tail[max(ends) :]
        )
    every = _TOKEN.findall(clause)
    tokens = every[-_NEGATION_TOKENS:]
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token in words or (contractions and token.endswith("n't")):
            after = tokens[index + 1 :]
            at = len(every) - len(tokens) + index
            if any(
                t in context.first_person
                or (
                    t in context.breaks
                    and not wished(after, i, language)
                    and not _coordinated(every[max(0, at - 3) : at], after, i, context, language)
                )
                for i, t in enumerate(after)
            ):
                return False
            own = [t for t in after if t not in context.linking]
            return not (
                len(own) >= _CONDITION_TOKENS and negation_in_condition(every, at, language)
            )
    return False


# "or" joining two things the writer says they will not do: "Jag tänker inte göra någon
# chargeback eller dra det här till domstol", "I won't dispute it or go to court".
# Not Russian, whose "или" before a finite verb starts the alternative ("Я не буду ждать или
# подам в суд"), nor Spanish, which seldom names the writer before "no".
_COORDINATORS: dict[str, frozenset[str]] = {"en": frozenset({"or"}), "sv": frozenset({"eller"})}


def _coordinated(
    before: list[str], after: list[str], index: int, context: Context, language: str
) -> bool:
    """Whether ``after[index]``, a break, is an "or" that joins a second thing to what the
    writer has just said they will not do (``before``: the words before the negation hold the
    writer, "jag tänker inte", "I won't"), and not another subject ("I won't wait or you'll
    hear from my lawyer"). An order's "or" stays a break: "Don't ignore me or go to court"."""
    return (
        after[index] in _COORDINATORS.get(language, frozenset())
        and any(t in context.first_person for t in before)
        and not (index + 1 < len(after) and after[index + 1] in context.second_person)
    )


def _last_clause(sentence: str) -> str:
    """The last clause of a sentence, lower-cased, without its closing punctuation."""
    lowered = sentence.lower().rstrip(" .!?…。！？\n\t")
    return _after_last(_after_last(lowered, _CLAUSE_END), _DASH)


def sentence_negated(sentence: str, context: Context, language: str) -> bool:
    """Whether the last clause of ``sentence`` says its words will not happen, as a rule's
    match on its last word would be judged ("I will not sue you", "No voy a denunciaros",
    "Я не буду подавать в суд", "我不会起诉你们"; not "if you don't refund me I'll sue").

    The learned signal has no trigger word, only the sentence that carried it: this keeps it
    from reading a threat into a sentence that rules it out, the judgement the rules make."""
    clause = _last_clause(sentence)
    if language in CJK_LANGUAGES:  # as a match of the clause's last two characters
        body = clause.replace(" ", "")
        return len(body) > 2 and _negated(body[:-2], context, language)
    words = list(_TOKEN.finditer(clause))
    if len(words) < 2:
        return False
    return _negated(clause[: words[-1].start()], context, language) or _negated_after(
        clause, 0, context
    )


def negated_by_writer(sentence: str, context: Context, language: str) -> bool:
    """Whether :func:`sentence_negated` holds and the negation is the writer's own: a
    first-person word just before it in the last clause ("I will not sue", "We will never take
    this to court", "我不会起诉你们"), or, where the pronoun is usually left out, a first-person
    verb right after it ("No voy a denunciaros"). Not "he'd better not be behind it" or "мало ему
    не покажется": a veiled threat says "not" of someone else."""
    if not sentence_negated(sentence, context, language):
        return False
    clause = _last_clause(sentence)
    if language in CJK_LANGUAGES:
        body = clause.replace(" ", "")
        where = min((body.find(w) for w in context.negation if w in body), default=-1)
        return where >= 0 and any(
            p in body[max(0, where - 4) : where] for p in context.first_person
        )
    tokens = _TOKEN.findall(clause)
    at = next((i for i, t in enumerate(tokens) if t in context.negation or t.endswith("n't")), None)
    if at is None:  # negated after the words ("отзыв писать не буду"): the writer's
        return True
    if any(t in context.first_person for t in tokens[max(0, at - 3) : at]):
        return True
    # No subject before it, and the verb after it in the first person: "No voy a denunciaros",
    # "Не буду подавать в суд" (not "No vas a tener tanta suerte", "y no para arreglar nada").
    before = [t for t in tokens[:at] if t not in context.linking]
    verb = tokens[at + 1] if at + 1 < len(tokens) else ""
    return not before and verb.endswith(_FIRST_PERSON_VERB.get(language, ()))


# The endings of a verb in the first person, where the pronoun is usually left out.
_FIRST_PERSON_VERB: dict[str, tuple[str, ...]] = {
    "es": ("o", "é", "oy", "mos"),
    "ru": ("у", "ю", "ем", "им", "ём"),
}


# Languages whose terms may start at the speaker ("I'm going to call my bank"): a negation
# right after that subject ("I'm not going to call my bank") is inside the match.
_SUBJECT_NEGATION_LANGUAGES = frozenset({"en"})


def _negated_subject(matched: str, context: Context, language: str) -> bool:
    """Whether a match that starts with a first-person subject negates it in its next two
    words ("I'm not going to call my bank", "I will never ring Visa"); a negation later in
    the match is the term's own ("you won't have a job")."""
    if language not in _SUBJECT_NEGATION_LANGUAGES:
        return False
    tokens = _TOKEN.findall(matched)
    if len(tokens) < 3 or tokens[0] not in context.first_person:
        return False
    return any(t in context.negation or t.endswith("n't") for t in tokens[1:3])


def _negated_after(lowered: str, end: int, context: Context) -> bool:
    """One of the pack's ``negation_after`` phrases within a few words after the match, in
    the same clause: Russian puts it there ("плохой отзыв писать не буду"). A phrase that
    ends with a clause's closing mark must touch the match and end its clause: the match's
    own verb completed ("向卫健委反映|过了，" is done; "投诉|过了再说" is a plan, and
    "住在哪一栋我都打听过了，" says what the writer found out)."""
    if not context.negation_after:
        return False
    after = lowered[end : end + 30]
    stops = [m.start() for m in (_CLAUSE_END.search(after), _DASH.search(after)) if m]
    after = after[: min(stops) + 1] if stops else after
    return any(
        after.startswith(phrase) if _CLAUSE_END.match(phrase[-1]) else phrase in after
        for phrase in context.negation_after
    )


# Languages whose words hold no apostrophe, so that 'single quotes' open a quotation.
_SINGLE_QUOTE_LANGUAGES = frozenset({"es", "ru"})


def _quoted(text: str, start: int, language: str = "") -> bool:
    """Whether ``start`` lies inside quotation marks opened in the 200 characters before it."""
    before = text[max(0, start - 200) : start]
    if before.count('"') % 2 == 1:
        return True
    if language in _SINGLE_QUOTE_LANGUAGES and before.count("'") % 2 == 1:
        return True  # "leí 'os voy a denunciar' en Twitter"
    if language in _APOSTROPHE_LANGUAGES and _single_quoted(text, start):
        return True  # "another seller messaged me saying 'I know where you live'"
    opened = sum(before.count(q) for q in _OPEN_QUOTES)
    closed = sum(before.count(q) for q in _CLOSE_QUOTES)
    if opened > closed:
        return True
    if language in _REPLY_QUOTE_LANGUAGES and _in_quoted_reply(text, start):
        return True
    # Swedish and Finnish write ”quote” with the same mark on both sides.
    return "“" not in before and before.count("”") % 2 == 1


# Languages whose words hold apostrophes ("don't", "customers'"): a single quotation mark opens a
# quotation only at a word's start and closes it only at a word's end, and the quotation must
# close after the match ("he wrote 'I know where you live' under my review"). A word that
# begins with an elision mark is not a quotation ("I'll get 'em fired").
_APOSTROPHE_LANGUAGES = frozenset({"en"})
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[{:,;—–-]))'(?=[^\s'])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'])'(?=$|[\s.,!?;:)\]}—–-])")
_ELISION = re.compile(r"(?:em|cause|cos|bout|til|till|n|round|tis|twas|ere|ave|ow|ello)\b")


def _single_quoted(text: str, start: int) -> bool:
    """Whether ``start`` lies between single quotation marks (see :data:`_SINGLE_OPEN`) opened
    in the 200 characters before it and closed in the 200 after."""
    opened = -1
    for found in _SINGLE_OPEN.finditer(text, max(0, start - 200), start + 1):
        if found.start() < start and not _ELISION.match(text, found.end()):
            opened = found.end()
    if opened < 0 or _SINGLE_CLOSE.search(text, opened, start) is not None:
        return False
    return _SINGLE_CLOSE.search(text, start, start + 200) is not None


# ru, round 9: a reply under the agent's answer quoted as "> ...": the first sentence of that line
# is the agent's ("> Вы идиот? Вот это мне написал ваш оператор"); what follows is the writer's.
_REPLY_QUOTE_LANGUAGES = frozenset({"ru"})
_SENTENCE_END = re.compile(r"[.!?…]")


def _in_quoted_reply(text: str, start: int) -> bool:
    """Whether ``start`` lies in the first sentence of a line that starts with ">"."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    stripped = line.lstrip()
    return stripped.startswith(">") and not _SENTENCE_END.search(stripped)


def shouting(text: str, language: str) -> list[Hit]:
    """Capitals over three or more words, or ``!!!``: a soft signal on the first run."""
    spans: list[tuple[int, int, str]] = []
    if language not in CJK_LANGUAGES and not text.islower():
        caps = _CAPS_RUN.search(text)
        if caps is not None:
            spans.append((caps.start(), caps.end(), "builtin.shouting.capitals"))
    if "!!" in text or "！！" in text or "??" in text or "？？" in text:
        bangs = _BANGS.search(text)
        if bangs is not None:
            spans.append((bangs.start(), bangs.end(), "builtin.shouting.exclamations"))
    return [
        Hit(Category.SHOUTING.value, start, end, rule, SHOUTING_SCORE, language)
        for start, end, rule in spans
    ]


def dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per overlapping span and category (the best), no soft hit under an abuse hit.

    Hits are taken best first; one is dropped when it overlaps a kept hit of its own category
    or any kept abuse hit. The kept spans are looked up by bisection (see :class:`_Spans`),
    not compared with every kept hit, so a message with many hits costs n log n, not n².
    """
    abuse = ABUSE_VALUES
    ranked = sorted(hits, key=lambda h: (h.category not in abuse, -h.score, h.start))
    kept: list[Hit] = []
    abuse_spans = _Spans()  # every kept abuse hit: a new hit may overlap none of them
    soft_spans: dict[str, _Spans] = {}  # kept soft hits, by category
    for hit in ranked:
        is_abuse = hit.category in abuse
        own = abuse_spans if is_abuse else soft_spans.setdefault(hit.category, _Spans())
        if abuse_spans.overlaps(hit.start, hit.end) or own.overlaps(hit.start, hit.end):
            continue
        kept.append(hit)
        own.add(hit.start, hit.end)
    return sorted(kept, key=lambda h: (h.start, h.end, h.category))


class _Spans:
    """Spans ``[start, end)`` of which no two overlap, sorted by ``(start, end)``.

    No two overlap, so their ends rise with their starts: of the spans starting before
    ``end``, the last one reaches furthest, and it alone decides whether ``[start, end)``
    overlaps any of them.
    """

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span ``s`` has ``s.start < end and start < s.end``."""
        before = bisect_left(self._spans, (end,))  # the spans that start before ``end``
        return before > 0 and start < self._spans[before - 1][1]

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
