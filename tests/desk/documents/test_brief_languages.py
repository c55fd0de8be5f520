"""The leadership brief in the manager's language: every heading, sentence, number, chart and
policy name, read back from the PDF; the catalogue complete in every language."""

from __future__ import annotations

import datetime as dt
import io
import re
import string
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.case import cases, evidence, ladder
from desk.case.policy import default_policy, policy_from_dict, save_policy
from desk.charts.words import LANGUAGES, Words, catalogue, language_of
from desk.config import resource_path
from desk.db.engine import session_factory
from desk.db.models import Customer
from desk.documents.brief.assemble import brief_content
from desk.documents.brief.language import app_language
from desk.documents.brief.render import render_brief
from tests.desk.case.conftest import TEXTS, build_customer
from tests.desk.documents.test_brief_glyphs import FONT_FILES, _boxes, _cmap, _to_unicode

ACTOR = "Mia Manager"
ENGLISH_HEADINGS = (
    "LEADERSHIP BRIEF",
    "Ending the relationship with",
    "Why this is not simply part of the job",
    "The policy's criteria",
    "Warnings already given",
    "Recommendation",
    "What this customer costs the team",
    "Incidents, quoted from the record",
    "Verification",
    "Evidence items",
    "Audit chain head",
    "Preserve before blocking",
    "Confidential",
    "Page 1 of",
    "Figure 1.",
    "Their volume against the average customer",
    "Harassing, racist, sexist or homophobic language",  # the default policy's criteria
    "Threats, personal or professional",
    "Manager's callback",  # the ladder's first step
    "threat of violence",
    "Average customer",  # in the charts
    "cited incident",
)
PLURAL_FORMS = {"zero", "one", "two", "few", "many", "other"}


@pytest.fixture
def session(sqlite_engine: Engine) -> Iterator[Session]:
    with session_factory(sqlite_engine)() as s:
        yield s


def _leaves(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Every key of a language's table, dotted; a table of plural forms is one key."""
    keys: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, Mapping) and not set(value) <= PLURAL_FORMS:
            keys |= _leaves(value, f"{prefix}{key}.")
        else:
            keys[prefix + key] = value
    return keys


def _fields(value: Any) -> set[str]:
    texts = value.values() if isinstance(value, Mapping) else [value]
    return {f for t in texts for _, f, _, _ in string.Formatter().parse(str(t)) if f}


def test_every_key_is_in_every_language_with_the_plural_forms_it_needs() -> None:
    path = resource_path("brief", "strings.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert sorted(data) == sorted(LANGUAGES)
    english = _leaves(data["en"])
    for lang in LANGUAGES:
        keys = _leaves(data[lang])
        assert set(keys) == set(english), (lang, set(english) ^ set(keys))
        needed = set(Locale.parse(keys["locale"]).plural_form.tags) | {"other"}
        for key, value in keys.items():
            if isinstance(value, Mapping):
                assert needed <= set(value), f"{lang}.{key} lacks {needed - set(value)}"
            # A translation may leave a field out, never ask for one the brief does not give.
            assert _fields(value) <= _fields(english[key]) | {"Unit"}, f"{lang}.{key}"


def test_numbers_dates_and_plurals_follow_the_language() -> None:
    day = dt.date(2025, 3, 4)
    assert Words("en").day(day, long=True) == "4 March 2025"
    assert Words("es").day(day, long=True) == "4 de marzo de 2025"
    assert Words("ru").day(day, long=True) == "4 марта 2025"
    assert Words("zh").day(day) == "2025年3月4日"
    assert Words("sv").integer(1024) == "1\xa0024"
    assert Words("es").integer(12480) == "12.480"
    assert [Words("ru").plural("n.incident", n) for n in (1, 3, 5, 21)] == [
        "1 инцидент",
        "3 инцидента",
        "5 инцидентов",
        "21 инцидент",
    ]
    assert language_of("zh_CN") == "zh" and language_of("de") == "en" and language_of("") == "en"


@dataclass(frozen=True)
class Expected:
    headings: tuple[str, ...]  # headings, the policy's criteria and ladder step, a category


EXPECTED = {
    "es": Expected(
        (
            "INFORME PARA LA DIRECCIÓN",
            "Por qué esto no forma parte del trabajo",
            "Criterios de la política",
            "Advertencias ya dadas",
            "Lo que este cliente le cuesta al equipo",
            "Incidentes, citados del registro",
            "Verificación",
            "Confidencial",
            "Su volumen frente al cliente medio",
            "Lenguaje acosador, racista, sexista u homófobo",
            "llamada del responsable",
            "amenaza legal",
            "Cliente medio",
        )
    ),
    "ru": Expected(
        (
            "ЗАПИСКА ДЛЯ РУКОВОДСТВА",
            "Почему это не просто часть работы",
            "Критерии политики",
            "Уже вынесенные предупреждения",
            "Во что этот клиент обходится команде",
            "Инциденты: цитаты из переписки",
            "Проверка",
            "Конфиденциально",
            "Объём обращений в сравнении со средним клиентом",
            "Угрозы личного или профессионального характера",
            "звонок руководителя",
            "угроза судом",
            "Средний клиент",
        )
    ),
    "zh": Expected(
        (
            "管理层简报",
            "为什么这不只是工作的一部分",
            "政策标准",
            "已发出的警告",
            "该客户给团队带来的成本",
            "事件：原文引述",
            "核验",
            "机密",
            "其联系量与普通客户的对比",
            "人身或职业威胁",
            "主管回电",
            "法律威胁",
        )
    ),
    "sv": Expected(
        (
            "UNDERLAG TILL LEDNINGEN",
            "Varför detta inte bara hör till jobbet",
            "Policyns kriterier",
            "Varningar som redan getts",
            "Vad kunden kostar teamet",
            "Incidenter, citerade ur underlaget",
            "Verifiering",
            "Konfidentiellt",
            "Kundens volym jämfört med en genomsnittlig kund",
            "Hot, personliga eller yrkesmässiga",
            "samtal från chef",
            "rättsligt hot",
            "Genomsnittlig kund",
        )
    ),
}


def _case(session: Session, name: str = "Victor Krane") -> int:
    """A case with three incidents on three days, a warning by phone, and a legal threat."""
    fx = build_customer(session)
    session.get_one(Customer, fx.customer_id).display_name = name
    case = cases.open_case(session, fx.customer_id, ACTOR)
    for k, (word, category) in enumerate(
        (("idiot", "harassment"), ("chargeback", "threat_financial"), ("suing", "threat_legal"))
    ):
        start = TEXTS[k].index(word)
        evidence.add_quote(
            session,
            case.id,
            fx.message_ids[k],
            ACTOR,
            quote=TEXTS[k][start : start + len(word)],
            category=category,
        )
    ladder.record_warning(
        session,
        fx.customer_id,
        ACTOR,
        given_at=dt.datetime(2026, 3, 3, 12, 0),
        channel="phone",
        given_by="Mia Manager",
        text="Abuse of our agents is not acceptable.",
    )
    session.commit()
    return case.id


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def _render(session: Session, case_id: int, lang: str, *, charts: bool = True) -> bytes:
    content = brief_content(session, case_id, prepared_by=ACTOR, lang=lang, charts=charts)
    buffer = io.BytesIO()
    render_brief(content, buffer)
    return buffer.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_the_brief_in_each_language_has_its_headings_and_no_english_ones(
    session: Session, lang: str
) -> None:
    case_id = _case(session)
    pdf = _render(session, case_id, lang)
    text = _text(pdf)

    missing = [h for h in EXPECTED[lang].headings if h not in text]
    assert not missing, f"{lang}: {missing}"
    english = [h for h in ENGLISH_HEADINGS if h in text]
    assert not english, f"{lang} brief still says: {english}"
    title = Words(lang)("pdf_title", name="Victor Krane", case=case_id)
    assert PdfReader(io.BytesIO(pdf)).metadata.title == title


@pytest.mark.slow
def test_the_english_brief_is_unchanged_by_the_translations(session: Session) -> None:
    text = _text(_render(session, _case(session), "en", charts=False))
    for heading in ENGLISH_HEADINGS[:13]:
        assert heading in text
    assert "Harassing, racist, sexist or homophobic language" in text
    # The warning on 3 March came before the incident of 4 March.
    assert "1 warning did not change it: 1 incident followed the last one" in text


@pytest.mark.slow
def test_a_companys_own_policy_wording_is_shown_as_written(session: Session) -> None:
    case_id = _case(session)
    data = default_policy().to_dict()
    for item in (*data["criterion"], *data["ladder"]):
        item.pop("titles", None)  # as the app's policy editor saves it
    data["criterion"][1]["title"] = "Drohungen gegen unser Team"  # the company's own words
    save_policy(session, policy_from_dict(data), ACTOR)
    session.commit()

    text = _text(_render(session, case_id, "es", charts=False))
    assert "Drohungen gegen unser Team" in text  # as written, not translated nor dropped
    assert "Amenazas personales o profesionales" not in text
    # A title the company left as the default's keeps the default's translation.
    assert "Lenguaje acosador, racista, sexista u homófobo" in text


@pytest.mark.slow
def test_a_chinese_brief_sets_every_character_in_a_font_that_has_it(session: Session) -> None:
    """Per glyph, from the PDF: each font's characters are in that font's file, and no code 0
    (.notdef, drawn as a box) is shown; the charts with the Chinese name are outlines."""
    pdf = _render(session, _case(session, name="王小明"), "zh")
    reader = PdfReader(io.BytesIO(pdf))
    assert _boxes(reader) == {}
    used: dict[str, set[str]] = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            if "/ToUnicode" not in font:
                continue
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            chars = _to_unicode(font["/ToUnicode"].get_object().get_data())
            cmap = _cmap(FONT_FILES[name])
            missing = [c for c in chars if ord(c) not in cmap]
            assert not missing, f"{name} sets characters it has no glyph for: {missing}"
            used.setdefault(name, set()).update(chars)
    assert set("王小明管理层简报核验") <= used["DroidSansFallback"]
    assert "王小明" in _text(pdf)


def test_the_default_language_is_the_windows_setting(tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    assert app_language(settings) == "en"  # no file
    settings.write_text("[setting]\nlanguage=zh_CN\nhourly_cost=35\n", encoding="utf-8")
    assert app_language(settings) == "zh"
    settings.write_text("[setting]\nlanguage=\n", encoding="utf-8")
    assert app_language(settings) == "en"  # following the system: the core cannot know it
    settings.write_text("not an ini file [", encoding="utf-8")
    assert app_language(settings) == "en"


def test_the_catalogue_is_read_once_and_complete_for_the_charts() -> None:
    assert catalogue() is catalogue()
    assert re.fullmatch(r"第\d+", Words("zh").ordinal(1).replace("1", "1"))


def test_every_name_of_the_default_policy_is_translated_for_the_brief() -> None:
    policy = default_policy()
    for item in (*policy.criteria, *policy.ladder):
        assert sorted(dict(item.titles)) == sorted(set(LANGUAGES) - {"en"}), item.title
        assert item.title_in("en") == item.title and item.title_in("de") == item.title
    assert policy.criterion("threats").title_in("zh") == "人身或职业威胁"
    # Translations are wording, not the bar: a policy without them is the same policy.
    assert policy_from_dict(
        {**policy.to_dict(), "criterion": [
            {k: v for k, v in c.items() if k != "titles"} for c in policy.to_dict()["criterion"]
        ]}
    ) == policy  # fmt: skip
