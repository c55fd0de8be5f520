"""Rule packs: one TOML file per language under ``resources/rules/``, written for managers.

A rule names a category, a weight (0..1; 0.5 or more is flagged) and a list of terms. A term is
a word or a phrase in a small syntax that needs no regular-expression knowledge:

- words are matched whole and case-insensitively; a space matches any run of spaces or
  punctuation between two words (in Chinese, where nothing separates words, a space allows a
  gap of up to six characters, and a term matches inside a longer run of characters);
- ``*`` at the end of a word matches any ending (``идиот*`` finds идиот, идиота, идиотом);
- ``~`` between words allows up to three other words in between (``get ~ fired``); ``~~``
  allows up to twelve within the same sentence (no ``.``, ``!``, ``?`` or line break between):
  two concepts meeting anywhere in a sentence (``напишу ~~ (в цб|в фас)``);
- ``(a|b)`` offers alternatives (they may hold spaces: ``(speak|talk) to``), and ``?`` makes
  the letter or group before it optional.

A term must start with letters or with a ``(a|b)`` group: its possible first letters are its
*heads*, which the matcher looks for before it tries the term.

``target = "person"`` means the term is abuse only when aimed at a person (second person near
it, or said as a vocative, "..., idiot!"); otherwise it is dropped, or, with
``undirected = "profanity"``, kept as that softer category.

This module reads the packs; :mod:`desk.abuse.term_syntax` compiles their terms.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from desk.abuse import spellings
from desk.abuse.categories import Category
from desk.abuse.term_syntax import compile_terms
from desk.config import resource_path
from desk.errors import InputError

CJK_LANGUAGES = frozenset({"zh"})


@dataclass(frozen=True)
class Rule:
    """One rule of a pack. ``parts`` holds, for each term and each literal head it can start
    with, the head and the regex of the rest of the term: the matcher folds the heads of a
    whole pack into one trie-shaped regex and puts each rest after its head."""

    id: str
    category: Category
    weight: float
    terms: tuple[str, ...]
    target: str = "any"  # "any" or "person"
    undirected: Category | None = None  # the category kept when not aimed at a person
    vocative: bool = True
    negatable: bool = True  # whether "not"/"never" before it lowers the score
    parts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Context:
    """The words that say who an insult is aimed at, and whether it is negated or reported."""

    second_person: frozenset[str] = frozenset()
    linking: frozenset[str] = frozenset()
    possessive_second_person: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    breaks: frozenset[str] = frozenset()  # "if", "or": a negation before them does not count
    third_person: frozenset[str] = frozenset()  # "agent", "whoever": insults about staff count
    things: frozenset[str] = frozenset()  # "app", "update": insults about a thing do not
    # "this is not a threat": said in the message, it lowers its professional threats (bank,
    # court, reviews), never a threat of violence.
    disclaimers: frozenset[str] = frozenset()
    negation_after: frozenset[str] = frozenset()  # "отзыв писать не буду": negated after
    # "ya puse la denuncia": a step already taken (the pack's words for it, read as a negation
    # is) is reported, not threatened; lowers the disclaimable threats only.
    done: frozenset[str] = frozenset()
    # Chinese: ``done`` words read as done only right before the match ("已经走|法律程序了", but
    # "已经在准备起诉" is leverage).
    done_touching: frozenset[str] = frozenset()
    # "not a threat, it's a promise": words just after a disclaimer that take it back.
    disclaimers_undone: frozenset[str] = frozenset()
    # "Mark from billing is a clown": a name and one of these before the insult name staff.
    staff_prepositions: frozenset[str] = frozenset()
    # "qué cabrón, lo arreglaste, mil gracias": a swear word of friendly address ("affectionate")
    # in a message that praises ("praise") is not an insult (es).
    praise: frozenset[str] = frozenset()
    affectionate: frozenset[str] = frozenset()
    insults: frozenset[str] = frozenset()  # not read from TOML: the person-only rules' words


_CONTEXT_KEYS = (
    "second_person",
    "linking",
    "possessive_second_person",
    "first_person",
    "negation",
    "reporting",
    "breaks",
    "third_person",
    "things",
    "disclaimers",
    "negation_after",
    "done",
    "done_touching",
    "disclaimers_undone",
    "staff_prepositions",
    "praise",
    "affectionate",
)


@dataclass(frozen=True)
class ModelGate:
    """When a language's learned model may flag a message on its own: at ``alone`` probability
    or more, and only if one of the ``groups`` words occurs (hate needs a group to aim at)."""

    alone: float = 1.01  # never, unless the pack says so
    groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class RulePack:
    language: str
    rules: tuple[Rule, ...]
    context: Context
    path: Path | None = None
    model: ModelGate = ModelGate()

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def rules_dir() -> Path:
    return resource_path("rules")


def available_languages(directory: Path | None = None) -> tuple[str, ...]:
    base = directory or rules_dir()
    return tuple(sorted(p.stem for p in base.glob("*.toml")))


@cache
def load_pack(language: str, directory: Path | None = None) -> RulePack:
    """The rule pack for ``language`` (cached; call :func:`reload_packs` after an edit)."""
    path = (directory or rules_dir()) / f"{language}.toml"
    if not path.exists():
        raise InputError(f"no rule pack for language {language!r} ({path} is missing)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path.name}: not valid TOML: {exc}") from exc
    return parse_pack(language, data, path)


def reload_packs() -> None:
    """Forget the cached packs, so that the next scan reads the edited files."""
    load_pack.cache_clear()


def parse_pack(language: str, data: dict[str, object], path: Path | None = None) -> RulePack:
    where = path.name if path else language
    context_data = data.get("context", {})
    if not isinstance(context_data, dict):
        raise InputError(f"{where}: [context] must be a table")
    unknown = sorted(set(context_data) - set(_CONTEXT_KEYS))
    if unknown:
        raise InputError(f"{where}: unknown [context] keys: {', '.join(unknown)}")
    context = Context(**{key: _words(context_data.get(key, []), where) for key in _CONTEXT_KEYS})
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        raise InputError(f"{where}: rules are written as [[rule]] tables")
    rules = tuple(_rule(language, raw, where) for raw in raw_rules)
    context = replace(context, insults=_insult_words(rules))
    ids = [r.id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InputError(f"{where}: duplicate rule ids: {', '.join(duplicates)}")
    return RulePack(language, rules, context, path, _model_gate(data.get("model", {}), where))


def _insult_words(rules: tuple[Rule, ...]) -> frozenset[str]:
    """The plain words of the person-only rules ("useless", "тупой"): read over, like linking
    words, between an insult and the person it is about ("Tom is a useless moron")."""
    words: set[str] = set()
    for rule in rules:
        if rule.target == "person":
            for term in rule.terms:
                words.update(w.rstrip("*") for w in term.lower().split() if w.rstrip("*").isalpha())
    return frozenset(words)


def _model_gate(value: object, where: str) -> ModelGate:
    if not isinstance(value, dict):
        raise InputError(f"{where}: [model] must be a table")
    alone = value.get("alone", ModelGate.alone)
    groups = value.get("groups", [])
    if not isinstance(alone, int | float) or not isinstance(groups, list):
        raise InputError(f"{where}: [model] has a number 'alone' and a list 'groups'")
    return ModelGate(float(alone), tuple(str(g).lower() for g in groups))


def _words(value: object, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: context entries are lists of words")
    return frozenset(v.lower() for v in value)


def _rule(language: str, raw: object, where: str) -> Rule:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: a [[rule]] must be a table")
    rule_id = str(raw.get("id", ""))
    if not rule_id:
        raise InputError(f"{where}: a rule has no id")
    try:
        category = Category(str(raw.get("category")))
    except ValueError:
        raise InputError(
            f"{where}: rule {rule_id}: unknown category {raw.get('category')!r}"
        ) from None
    undirected = raw.get("undirected")
    if undirected is not None and undirected not in {c.value for c in Category}:
        raise InputError(f"{where}: rule {rule_id}: unknown undirected category {undirected!r}")
    terms = raw.get("terms", [])
    if not isinstance(terms, list) or not terms or not all(isinstance(t, str) for t in terms):
        raise InputError(f"{where}: rule {rule_id}: 'terms' must be a non-empty list of strings")
    weight = raw.get("weight", 0.8)
    if not isinstance(weight, int | float) or not 0 <= weight <= 1:
        raise InputError(f"{where}: rule {rule_id}: weight is a number from 0 to 1")
    target = str(raw.get("target", "any"))
    if target not in {"any", "person"}:
        raise InputError(f"{where}: rule {rule_id}: target is 'any' or 'person'")
    if language == "ru":  # the matcher reads ё as е
        terms = [t.replace("ё", "е").replace("Ё", "Е") for t in terms]
    terms = spellings.with_variants(language, terms)  # "du e", "ja vet", "dej" (sv)
    try:
        parts = compile_terms(terms, language in CJK_LANGUAGES)
    except InputError as exc:
        raise InputError(f"{where}: rule {rule_id}: {exc}") from exc
    return Rule(
        id=f"{language}.{rule_id}",
        category=category,
        weight=float(weight),
        terms=tuple(terms),
        target=target,
        undirected=Category(undirected) if undirected else None,
        vocative=bool(raw.get("vocative", True)),
        negatable=bool(raw.get("negatable", True)),
        parts=parts,
    )
