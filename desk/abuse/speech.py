"""Whose words a match is, and which clause it stands in: reported speech, conditions,
interjections. The scorer (:mod:`desk.abuse.scorer`) asks these questions of every match.

- *Reported speech*: "my husband said he'd sue you", "mi jefe dice que sois unos inútiles",
  "我老公说要去告你们" report what someone else said or means to do; the customer did not
  threaten or insult anyone. "I said I'd sue you" is the customer's own threat. So a
  reporting word of the pack counts when the word before it names someone else ("he",
  "husband", "jefe", "муж": not "I"/"we", nor a function word, as in tweets' "rather be
  called ..."), or when "me" follows it ("he called me an idiot"), and the writer does not
  speak again after it ("... so I'll sue"). Spanish writes the person in the verb: the pack
  lists only third-person forms ("dijo", "dice"). A clause opened by "that" ("Муж сказал,
  что подаст в суд") continues the reporting clause before its comma.
- *Conditions*: "if you don't refund me, ..." holds a negation that belongs to the condition,
  not to the threat after it ("если не вернёте деньги подам в суд"; Swedish also writes the
  condition verb-first without "om": "Fixar ni inte det går banken in").
- *Interjections*: "Skit, det funkar inte", "Damn, it crashed again" swear about the
  situation; a swear word that opens a clause and is followed by a comma is not a vocative.

The word lists here are grammar (pronouns, conjunctions), not vocabulary a manager tunes, so
they live in code beside the rule they serve rather than in the rule packs.
"""

from __future__ import annotations

import re

from desk.abuse.language import is_function_word
from desk.abuse.rulepack import Context

_TOKEN = re.compile(r"[\w']+(?:-[\w']+)*")  # "кто-то" one word, as THIRD_PERSON lists it
_REPORT_TOKENS = 10  # words read back from a match for a reporting word
_CJK_REPORT_CHARS = 16

# The writer as the subject of a reporting verb: "I said", "я сказал", "jag sa", "yo dije".
SELF_SUBJECT: dict[str, frozenset[str]] = {
    "en": frozenset(
        {"i", "i'm", "im", "i'll", "i'd", "i've", "we", "we're", "we'll", "we'd", "we've"}
    ),
    "es": frozenset({"yo", "nosotros", "nosotras"}),
    "ru": frozenset({"я", "мы"}),
    "sv": frozenset({"jag", "vi"}),
    "zh": frozenset({"我", "我们"}),
}
# Pronouns of someone else as a subject: "he said", "hon sa", "она сказала".
THIRD_PERSON: dict[str, frozenset[str]] = {
    "en": frozenset({"he", "she", "they", "someone", "somebody"}),
    "es": frozenset({"él", "ella", "ellos", "ellas", "alguien"}),
    "ru": frozenset({"он", "она", "они", "кто-то"}),
    "sv": frozenset({"han", "hon", "de", "dom", "någon"}),
}
# Words that open a reported clause after a comma: "сказал, что ...", "said, that ...".
COMPLEMENTIZERS: dict[str, frozenset[str]] = {
    "en": frozenset({"that"}),
    "es": frozenset({"que"}),
    "ru": frozenset({"что", "чтобы", "мол", "будто", "якобы"}),
    "sv": frozenset({"att"}),
}
# Words that open a condition: a negation after them stays inside the condition.
CONDITIONALS: dict[str, frozenset[str]] = {
    "en": frozenset({"if", "unless", "until"}),
    "es": frozenset({"si", "mientras"}),
    "ru": frozenset({"если", "ежели", "пока"}),
    "sv": frozenset({"om", "ifall", "tills"}),
}
# Words that open a condition only right before its negation: "Como no me lo devolváis, os
# denuncio" (but "como cliente no voy a denunciar a nadie" is a negation).
CONDITIONALS_BEFORE_NEGATION: dict[str, frozenset[str]] = {"es": frozenset({"como"})}
# Words of time that may stand between such a conditional and its negation ("como mañana no").
TIME_BEFORE_NEGATION: dict[str, frozenset[str]] = {
    "es": frozenset({"mañana", "hoy", "pronto", "antes", "luego"}),
}
# Object pronouns of the writer before a reporting verb in the third person: someone else said
# or did it to the writer ("un cliente me amenazó con un contracargo", "me dijo que era un inútil").
WRITER_OBJECT_BEFORE_VERB: dict[str, frozenset[str]] = {"es": frozenset({"me", "nos"})}
# ... told in the past: in the present it is often advice the writer means to use ("he hablado
# con el banco y me dicen que con una llamada os quitan el cobro").
PRESENT_REPORTS: dict[str, frozenset[str]] = {
    "es": frozenset({"dice", "dicen", "opina", "piensa", "pregunta", "preguntan"})
}
# Words after which the writer speaks again ("me dijo que esperara y ahora le pongo una queja").
WRITER_RESUMES: dict[str, frozenset[str]] = {
    "es": frozenset({"ahora", "pero", "entonces", "pues", "así", "asi"})
}
# Passive reporting verbs: the writer (or anyone) was called it by someone else.
PASSIVE_REPORTING: dict[str, frozenset[str]] = {"sv": frozenset({"kallad", "kallades", "kallats"})}
# Languages that may put the writer after the reporting verb ("decía yo", "dije yo").
SUBJECT_AFTER_VERB = frozenset({"es"})
# Languages that write a condition verb-first, without a conjunction ("Fixar ni inte det ...").
VERB_FIRST_CONDITIONS = frozenset({"sv"})
# Languages whose "not saying that ..." ("Я не говорю, что вы дурак") takes the words after it out
# of the writer's mouth, as reported speech does: the comma before "что" ends the clause, so the
# scorer's negation does not reach the insult on its own.
NEGATED_REPORTS = frozenset({"ru"})
# Swear words said about the situation when they open a clause and a comma follows.
INTERJECTIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"shit", "damn", "dammit", "fuck", "crap", "hell", "bloody hell", "christ"}),
    "es": frozenset({"mierda", "joder", "hostia", "hostias", "coño", "carajo", "leche"}),
    "ru": frozenset({"блин", "блять", "блядь", "бля", "черт", "сука", "пиздец", "епт"}),
    "sv": frozenset({"skit", "jävlar", "jäklar", "fan", "helvete", "satan", "fasen", "shit"}),
    "zh": frozenset(),
}
# Chinese: who may be the subject of "说" in reported speech ("我老公说", "同事说", "律师说").
ZH_REPORTERS = (
    "他们", "她们", "他", "她", "老公", "老婆", "丈夫", "妻子", "媳妇", "爱人", "对象", "同事",
    "朋友", "律师", "银行", "婆婆", "公公", "岳母", "丈母娘", "妈妈", "爸爸", "我妈", "我爸",
    "家人", "家里人", "亲戚", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "男朋友",
    "女朋友", "闺蜜", "室友", "同学", "老板", "领导", "邻居", "别人", "人家", "大家", "网友",
    "客服", "经理", "老师", "法务",
    "有人",  # round 9: "有人说你们是骗子", "网上有人说要去12315" report someone else
    # round 13: people met through the service ("司机在车上一直说外地人没素质")
    "司机", "师傅", "快递员", "骑手", "店员", "买家", "卖家", "乘客", "客人",
)  # fmt: skip
_ZH_SAY_TO = "跟对和给向"  # "我跟他说": the writer speaks, "他" is who they speak to
_ZH_NOT_SAYING = "话明实真白服法"  # 说话, 说明, 说实话, 说真的, 说白了, 说服, 说法
# round 12: a curse told with its object after it ("骂管理员去死", "骂她笨") names who was cursed; a
# writer cursing says "我" before the verb ("我骂她废物"), read above as the writer's own words.
_ZH_CURSED = "骂"
_ZH_CURSED_OBJECTS = (
    "他", "她", "管理员", "客服", "员工", "司机", "快递员", "店员", "主播", "别人",
)  # fmt: skip
# round 13: an adverb between the subject and the verb ("司机在车上一直说")
_ZH_ADVERB = re.compile(r"(?:一直|总是|老是|居然|竟然|还|又|也|都)$")
_ZH_PLACE = re.compile(r"在[^，,。！？!?\s我你]{1,6}?[里上中内]$")  # round 9: "在群里", "在网上"


def reported(
    lowered: str, clause_start: int, match_start: int, context: Context, language: str
) -> bool:
    """Whether the match at ``match_start`` stands in speech reported from someone else."""
    if language == "zh":
        return _reported_zh(lowered[clause_start:match_start], lowered[:clause_start], context)
    tokens = _TOKEN.findall(lowered, clause_start, match_start)
    if tokens and tokens[0] in COMPLEMENTIZERS.get(language, ()):
        # "Муж сказал, что подаст в суд": the clause continues the one before the comma.
        before = lowered[max(0, clause_start - 80) : max(0, clause_start - 1)]
        cut = re.split(r"[.!?;\n]", before)[-1]
        tokens = _TOKEN.findall(cut) + tokens
    tokens = tokens[-_REPORT_TOKENS:]
    self_subject = SELF_SUBJECT.get(language, frozenset())
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index] not in context.reporting:
            continue
        if tokens[index] in PASSIVE_REPORTING.get(language, ()):
            return True  # "jag blev kallad svartskalle": someone else's word for the writer
        if language in NEGATED_REPORTS and index > 0 and tokens[index - 1] in context.negation:
            return True  # "Я не говорю, что вы дурак": the writer says it is not said
        if any(t in self_subject for t in tokens[max(0, index - 2) : index]):
            return False  # "I said I'd sue you", "я сказал, что подам в суд"
        after = tokens[index + 1 :]
        if language in SUBJECT_AFTER_VERB and after and after[0] in self_subject:
            return False  # "Ya decía yo que con ese nombre ...": the writer's own words
        if after and after[0] in context.first_person:
            return True  # "he called me an idiot"
        if (
            index > 0
            and tokens[index - 1] in WRITER_OBJECT_BEFORE_VERB.get(language, ())
            and tokens[index] not in PRESENT_REPORTS.get(language, ())
        ):
            resumes = WRITER_RESUMES.get(language, frozenset())
            return not any(t in self_subject or t in resumes for t in after)  # "me amenazó con"
        # "my husband said he'd sue", but not "the invoice says X so I'll file a chargeback".
        named = index > 0 and _named_subject(tokens[index - 1], context, language)
        return named and not any(t in self_subject for t in after)
    return False


def _named_subject(word: str, context: Context, language: str) -> bool:
    """Whether ``word``, just before a reporting verb, names someone other than the writer
    and the reader: "he", "муж", "chefen", "jefe" (but not "be" in "rather be called", nor a
    thing: "the app says")."""
    if word in THIRD_PERSON.get(language, ()) or word in context.third_person:
        return True
    return (
        word.isalpha()
        and word not in context.first_person
        and word not in context.second_person
        and word not in context.linking
        and word not in context.negation
        and word not in context.things
        and not is_function_word(word, language)
    )


def _reported_zh(clause: str, earlier: str, context: Context) -> bool:
    """Chinese: a reporting character after a third-person subject ("同事说给你们打个一星")
    or before "我" ("他骂我是废物"), and no "我" of the writer after it."""
    tail = clause.replace(" ", "")
    if not any(r in tail for r in context.reporting):
        # "老公说，要去告你们": the clause before the comma ends with the reporting word.
        previous = re.split(r"[。！？；\n]", earlier.replace(" ", ""))[-1].rstrip("，,：:")
        if previous and previous[-1] in context.reporting:
            tail = previous + "，" + tail
    tail = tail[-_CJK_REPORT_CHARS:]
    for index in range(len(tail) - 1, -1, -1):
        if tail[index] not in context.reporting:
            continue
        if tail[index + 1 : index + 2] and tail[index + 1] in _ZH_NOT_SAYING:
            continue
        before, after = tail[:index], tail[index + 1 :]
        before = _ZH_PLACE.sub("", _ZH_ADVERB.sub("", before))  # "有人在群里(一直)说": a place
        subject = next((r for r in ZH_REPORTERS if before.endswith(r)), None)
        if before.endswith("我") or before.endswith("我们"):
            return False  # "我说了要去告你们": the writer's own words
        if after.startswith("我"):
            return True  # "他骂我是废物"
        if tail[index] in _ZH_CURSED and before and after.startswith(_ZH_CURSED_OBJECTS):
            return True  # "有人骂管理员去死", "司机骂她笨": someone else's curse, told
        if subject is None:
            return False
        said_to = before[: -len(subject)][-1:]
        if said_to and said_to in _ZH_SAY_TO:
            return False  # "我跟他说": the writer speaks
        return "我" not in after  # "他说完我就要告你们": the writer speaks again
    return False


def negation_in_condition(tokens: list[str], negation: int, language: str) -> bool:
    """Whether the negation ``tokens[negation]`` stands inside a condition that opens the
    clause ("if you don't refund me", "om ni inte", "fixar ni inte det": verb first)."""
    conditionals = CONDITIONALS.get(language, frozenset())
    if any(t in conditionals for t in tokens[:negation]):
        return True
    if negation > 0 and tokens[negation - 1] in CONDITIONALS_BEFORE_NEGATION.get(language, ()):
        return True
    if (  # "Como mañana no vea el abono ...": a word of time between
        negation > 1
        and tokens[negation - 2] in CONDITIONALS_BEFORE_NEGATION.get(language, ())
        and tokens[negation - 1] in TIME_BEFORE_NEGATION.get(language, ())
    ):
        return True
    return (
        language in VERB_FIRST_CONDITIONS
        and 1 <= negation <= 3
        and len(tokens) > 1
        and tokens[1] in _SECOND_PERSON_SUBJECT.get(language, ())
    )


_SECOND_PERSON_SUBJECT: dict[str, frozenset[str]] = {"sv": frozenset({"ni", "du"})}


def interjection(lowered: str, start: int, end: int, language: str) -> bool:
    """Whether the words at ``start:end`` are a swear word opening its clause and followed by
    a comma: "Skit, det funkar inte igen" swears about the situation, at nobody."""
    if lowered[start:end].strip() not in INTERJECTIONS.get(language, frozenset()):
        return False
    rest = lowered[end : end + 3].lstrip()
    return rest[:1] in {",", "，"}


# Verbs of wanting or saying whose "que", right after the negation and the verb, carries the
# negation on: "No quiero que te despidan", "Nadie pretende que te sancionen", "Jamás diría que
# eres un payaso" (a "que" elsewhere still breaks the clause).
_WISH_VERBS: dict[str, frozenset[str]] = {
    "es": frozenset(
        {
            "quiero", "quiere", "queremos", "quieren", "quería", "quisiera", "pretendo", "pretende",
            "busco", "busca", "pido", "pide", "pedimos", "deseo", "desea", "espero", "intento",
            "diría", "diria", "digo", "dije",
        }
    ),
}  # fmt: skip


def wished(after: list[str], index: int, language: str) -> bool:
    """Whether ``after[index]`` is the "que" right after the negated verb of wanting or saying
    ("no quiero que ..."; not "no sirves y quiero que ...", whose wish is not negated)."""
    wishes = _WISH_VERBS.get(language, frozenset())
    return index == 1 and after[1] == "que" and after[0] in wishes


# Spanish: an insult that opens the message, alone or after a call for attention or other
# swear words, and is followed by an order or a "you" is said to the reader: "Culiao inútil,
# responde", "oye weon culiao contesta de una vez", "p*to inútil, te pregunté otra cosa".
_VOCATIVE_OPENERS: dict[str, frozenset[str]] = {
    "es": frozenset(
        {"oye", "oiga", "oigan", "che", "mira", "mire", "escucha", "escuche", "eh", "ey", "hey",
         "vamos", "venga", "culiao", "culiado", "culiá", "weon", "weón", "huevón", "huevon",
         "jodido", "jodida", "pinche", "puto", "puta", "maldito", "maldita", "so"}
    ),
}  # fmt: skip
_ORDERS: dict[str, frozenset[str]] = {
    "es": frozenset(
        {"responde", "respóndeme", "respondeme", "contesta", "contéstame", "contestame", "atiende",
         "aprende", "lee", "léete", "escucha", "escúchame", "escuchame", "haz", "hazlo", "dime",
         "explícame", "explicame", "cállate", "callate", "espabila", "ponte", "pásame", "pasame",
         "arregla", "arréglalo", "arreglalo", "devuélveme", "devuelveme", "trabaja", "ayúdame",
         "ayudame", "fíjate", "fijate", "revisa", "entiende", "muévete", "muevete", "despierta",
         "busca", "sigue", "resuelve", "soluciona", "deja", "déjate", "dejate", "apúrate",
         "apurate", "date", "vete", "lárgate", "largate", "pon", "mándame", "mandame",
         # usted and ustedes
         "responda", "respóndame", "respondame", "conteste", "contésteme", "contesteme", "atienda",
         "aprenda", "lea", "escuche", "escúcheme", "haga", "dígame", "digame", "explíqueme",
         "cállese", "callese", "páseme", "paseme", "arregle", "devuélvame", "ayúdeme", "ayudeme",
         "fíjese", "fijese", "revise", "entienda", "resuelva", "solucione", "váyase", "ponga",
         "respondan", "contesten", "atiendan", "hagan", "díganme", "arreglen", "ayúdenme",
         # voseo
         "respondé", "contestá", "atendé", "aprendé", "leé", "escuchá", "hacé", "decime",
         "arreglá", "devolveme", "revisá", "entendé", "movete", "resolvé", "dejá", "andate",
         "poné"}
    ),
}  # fmt: skip
_SENTENCE_STOP = re.compile(r"[.?;:\n]")
_ORDER_FILLERS = frozenset({"ya", "y", "pues", "anda", "venga", "bien"})


def called_then_told(
    lowered: str, end: int, tokens: list[str], context: Context, language: str
) -> bool:
    """Whether an insult that opens its clause (only calls for attention, linking or other
    swear words before it) is followed, in the same sentence, by an order or a "you"."""
    orders = _ORDERS.get(language)
    if orders is None or len(tokens) > 3:
        return False
    if any(t in context.things or t in context.first_person for t in tokens):
        return False  # "Estúpida app, ayúdame", "Mi hijo, tonto él, mira ..."
    openers = _VOCATIVE_OPENERS.get(language, frozenset())
    if len(tokens) > 1 and not all(
        t in openers or t in context.linking or t in context.insults for t in tokens
    ):
        return False  # one word before may be another insult: "Tarado inútil, contéstame"
    after = lowered[end : end + 40]
    stop = _SENTENCE_STOP.search(after)
    following = _TOKEN.findall(after[: stop.start()] if stop else after)
    if following[:1] and following[0] in _ORDER_FILLERS:
        following = following[1:]
    return bool(following) and (following[0] in orders or following[0] in context.second_person)
