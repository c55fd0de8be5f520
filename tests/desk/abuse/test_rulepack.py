"""Rule packs: the term syntax managers write, its heads, and the errors a bad edit gets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk.abuse.categories import ABUSE_CATEGORIES, Category
from desk.abuse.rulepack import available_languages, load_pack, parse_pack
from desk.abuse.term_syntax import term_heads, term_regex
from desk.errors import InputError
from tests.desk.abuse.conftest import SUPPORT_LANGUAGES


def _matches(term: str, text: str, cjk: bool = False) -> str | None:
    for start in range(len(text)):
        found = re.match(term_regex(term, cjk), text[start:])
        if found and (cjk or start == 0 or not text[start - 1].isalnum()):
            return found.group()
    return None


@pytest.mark.parametrize(
    ("term", "text", "expected"),
    [
        ("idiot*", "you idiots!", "idiots"),
        ("idiot", "idiotic", None),  # whole words only
        ("get ~ fired", "i'll get you and him fired", "get you and him fired"),
        ("get ~ fired", "get a b c d fired", None),  # more than three words between
        ("(sue|suing) you", "i am suing you", "suing you"),
        ("speak to (a|the) manager", "speak to   the manager", "speak to   the manager"),
        ("brain-?dead", "braindead", "braindead"),
        ("(get|put) me (to|through to)? (a|the) boss", "put me the boss", "put me the boss"),
        ("(una )?(cita|salir) conmigo", "salir conmigo", "salir conmigo"),
    ],
)
def test_term_syntax(term: str, text: str, expected: str | None) -> None:
    assert _matches(term, text) == expected


def test_chinese_terms_match_inside_runs_and_across_a_short_gap() -> None:
    assert _matches("白痴", "你是白痴吗", cjk=True) == "白痴"
    assert _matches("让你 被开除", "我一定让你马上被开除", cjk=True) == "让你马上被开除"
    assert _matches("让你 被开除", "让你。被开除", cjk=True) is None  # not across a sentence


@pytest.mark.parametrize(
    ("term", "heads"),
    [
        ("get ~ fired", ["get"]),
        ("(sue|suing) you", ["sue", "suing"]),
        ("stupid*", ["stupid"]),
        ("claim(ing)? fraud", ["claim"]),
        ("(one|1) star*", ["1", "one"]),
        ("(una )?(cita|salir) conmigo", ["cita", "salir", "una"]),
        ("(contact|speak to) my lawyer", ["contact", "speak"]),
    ],
)
def test_heads_are_what_every_match_starts_with(term: str, heads: list[str]) -> None:
    assert term_heads(term) == heads


def _pack(rule: str) -> dict[str, object]:
    import tomllib

    return tomllib.loads(f"[[rule]]\n{rule}\n")


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ('id = "x"\ncategory = "rudeness"\nterms = ["a"]', "unknown category 'rudeness'"),
        ('id = "x"\ncategory = "harassment"\nterms = []', "non-empty list"),
        ('id = "x"\ncategory = "harassment"\nweight = 2\nterms = ["a"]', "weight is a number"),
        ('id = "x"\ncategory = "harassment"\nterms = ["(the)? press"]', "must start with letters"),
        ('id = "x"\ncategory = "harassment"\nterms = ["*idiot"]', "cannot start with"),
        ('id = "x"\ncategory = "harassment"\nterms = ["(a ~ b) c"]', "'~' goes between words"),
        ('id = "x"\ncategory = "harassment"\nterms = ["(a|b c"]', "'(' without ')'"),
        ('id = "x"\ncategory = "harassment"\ntarget = "it"\nterms = ["a"]', "target is"),
        ('id = "x"\ncategory = "harassment"\nterms = ["a ?b"]', "cannot start with ?"),
    ],
)
def test_a_bad_rule_is_a_one_line_error_naming_the_rule(rule: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        parse_pack("en", _pack(rule))
    assert "rule x" in str(caught.value) or "unknown category" in str(caught.value)


def test_duplicate_ids_and_broken_toml_are_reported(tmp_path: Path) -> None:
    rule = '[[rule]]\nid = "x"\ncategory = "harassment"\nterms = ["a"]\n'
    with pytest.raises(InputError, match=r"duplicate rule ids: en\.x"):
        parse_pack("en", _pack(rule.removeprefix("[[rule]]\n") + rule))
    (tmp_path / "en.toml").write_text("[[rule]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"en\.toml: not valid TOML"):
        load_pack("en", tmp_path)


def test_every_shipped_pack_loads_and_covers_every_category() -> None:
    assert set(SUPPORT_LANGUAGES) <= set(available_languages())
    for language in SUPPORT_LANGUAGES:
        pack = load_pack(language)
        categories = {rule.category for rule in pack.rules}
        assert ABUSE_CATEGORIES | {Category.PROFANITY, Category.MANAGER_DEMAND} <= categories
        assert pack.context.second_person and pack.context.negation, language
        assert all(rule.id.startswith(f"{language}.") for rule in pack.rules)
