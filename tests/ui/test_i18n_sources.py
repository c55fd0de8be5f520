"""The core's keys and texts reach the window translated: case states, flag statuses, the
wizard's reasons, policy titles, import formats, the one core error a manager meets on the
export page, reminders and the charts. Each test runs the window's code under the Swedish
catalogue (the .ts compiled as a start would) and reads what a manager would see."""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desk.analytics.units import Unit
from desk.case.basket import Basket, BasketGroup
from desk.case.criteria import PatternStatus
from desk.case.policy import default_policy
from desk.case.reminders import Reminder
from desk.case.wizard_rules import BreakupDraft, approval_problems, cause_problems, terms_problems
from desk.db.models import CaseState, FlagStatus
from desk.errors import InputError
from desk.ingest.registry import FORMATS
from ui import i18n, labels
from ui.core_errors import KNOWN, error_text
from ui.dialogs.policy_editor import PolicyEditor
from ui.models.evidence_tree import EvidenceTreeModel
from ui.views.welcome import WelcomePage
from ui.wizard import reasons
from ui.wizard.cause_page import CausePage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def swedish(qapp: object, tmp_path: Path) -> Iterator[None]:
    installed = i18n.install("sv", cache=tmp_path)
    assert installed.language == "sv"
    try:
        yield
    finally:
        installed.remove()
        QLocale.setDefault(QLocale("en_US"))


def test_every_core_key_has_a_name() -> None:
    """A state, a status or a unit the core adds fails here until the window names it."""
    keys = [*CaseState, *FlagStatus]
    assert [k.value for k in keys if k.value not in labels.NAMES] == []
    assert [u.label for u in Unit if u.label not in labels.NAMES] == []


def test_case_states_and_flag_statuses_are_translated(swedish: None) -> None:
    assert labels.name(CaseState.READY_FOR_REVIEW) == "redo för granskning"
    assert labels.name(FlagStatus.SUGGESTED.value) == "föreslagen"
    assert labels.name(Unit.CUSTOMER_MESSAGES.label) == "skrivna meddelanden"
    assert labels.name("email") == "e-post"


def reason_keys() -> set[str]:
    """Every key desk/case/wizard_rules.py gives a Reason, read from its source."""
    tree = ast.parse((ROOT / "desk" / "case" / "wizard_rules.py").read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Reason"
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_wizard_reason_has_a_text_in_the_window() -> None:
    keys = reason_keys()
    assert len(keys) >= 18
    assert sorted(keys - set(reasons.TEXTS)) == []


def test_the_wizard_reasons_are_translated_and_the_cli_keeps_english(swedish: None) -> None:
    said = approval_problems("", "", None, None)
    assert said[2] == "Answer whether reasonable adjustments were considered."  # the CLI's
    assert [reasons.reason_text(r) for r in said] == [
        "Ange beslutsfattarens namn och titel.",
        "Välj beslut: godkänn eller avslå.",
        "Svara på om skäliga anpassningar har övervägts.",
    ]
    draft = BreakupDraft(case_id=1, monthly_amount="10", end_date="2999-01-01")
    draft.export_instructions = "x"
    assert [reasons.reason_text(r) for r in terms_problems(draft)] == [
        "Bekräfta att avtalet har granskats av juristerna (företagskunder)."
    ]
    pattern = PatternStatus(1, 1, 3, 2, ())
    text = reasons.reason_text(cause_problems([], pattern, [])[0])
    assert text.startswith("Inga bevis stöder något kriterium än")
    assert reasons.pattern_counts(1, 2) == "på 1 dag i 2 konversationer"
    assert reasons.pattern_minimum(3, 1) == "minst 3 dagar i minst 1 konversation"


def test_the_pattern_line_is_worded_by_the_window(qtbot: QtBot, swedish: None) -> None:
    page = CausePage()
    qtbot.addWidget(page)
    assert page.pattern_text(PatternStatus(4, 3, 3, 2, ())) == (
        "✔ Mönsterregeln uppfylld: incidenter på 4 dagar i 3 konversationer "
        "(policyn kräver minst 3 dagar i minst 2 konversationer)."
    )
    skipped = page.pattern_text(PatternStatus(1, 1, 3, 2, ("hate",)))
    assert skipped.startswith("✔ Mönsterregeln ej uppfylld") and "hat" in skipped


def test_policy_titles_are_the_briefs_and_notes_and_other_is_named(
    qapp: object, swedish: None
) -> None:
    policy = default_policy()
    first = policy.criteria[0]
    group = BasketGroup(first.key, first.title, (), first.titles)
    other = BasketGroup(None, "Notes and other", ())
    model = EvidenceTreeModel()
    model.set_basket(
        Basket(1, 1, CaseState.DRAFT, 1, None, (group, other), ((first.key, first.title),), ())
    )
    shown = [str(model.index(row, 0).data()) for row in range(2)]
    assert shown == [f"{dict(first.titles)['sv']} (0)", "Anteckningar och annat (0)"]
    assert labels.policy_text(first.title) == dict(first.titles)["sv"]
    assert labels.policy_text("A company's own title") == "A company's own title"


def test_the_policy_editor_shows_translations_and_keeps_the_stored_words(
    qtbot: QtBot, swedish: None
) -> None:
    editor = PolicyEditor(default_policy())
    qtbot.addWidget(editor)
    title = editor.criteria.item(0, 1)
    assert title is not None and title.text() == dict(default_policy().criteria[0].titles)["sv"]
    assert editor.policy() == default_policy()  # saved as written, not in Swedish
    title.setText("Vårt eget kriterium")
    assert editor.policy().criteria[0].title == "Vårt eget kriterium"


def test_every_import_format_is_named_in_the_window(swedish: None) -> None:
    """The catalogue's English is the core's description word for word: a reworded format
    fails here until the window's table follows."""
    assert {f.name: f.label for f in FORMATS} == {
        name: str(source) for name, source in labels.FORMAT_LABELS.items()
    }
    assert labels.format_label("freshdesk-csv", "") == "Freshdesk-ärendeexport (CSV)"
    assert labels.format_label("new-format", "New format") == "New format"


def test_the_core_errors_the_window_translates_are_still_the_cores(swedish: None) -> None:
    core = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "desk").rglob("*.py"))
    assert [text for text in KNOWN if f'"{text}"' not in core] == []
    missing = InputError("set the company profile first (name and address) in Settings")
    assert error_text(missing) == (
        "fyll först i företagsprofilen (namn och adress) under Inställningar"
    )
    assert error_text(InputError("x.csv: line 3: no body")) == "x.csv: line 3: no body"


def test_reminders_are_worded_by_the_window(qtbot: QtBot, swedish: None) -> None:
    page = WelcomePage()
    qtbot.addWidget(page)
    due = dt.date(2026, 5, 1)
    restriction = Reminder("restriction review", due, 7, "Victor Krane", "…", due, 2)
    assert page.reminder_text(restriction, dt.date(2026, 5, 4)) == (
        "Victor Krane, fall #7: se över begränsningen från 2026-05-01 (steg 2), skulle ha "
        "gjorts 2026-05-01 (för 3 dagar sedan)."
    )
    review = Reminder("case review", due, None, "Ruby Brown", "…")
    assert page.reminder_text(review, due).endswith("brevet utlovade, ska göras i dag.")


def test_the_window_language_names_the_policy_language(qapp: object, tmp_path: Path) -> None:
    """Simplified Chinese is "zh_CN" to the window and "zh" to the policy and the charts."""
    installed = i18n.install("zh_CN", cache=tmp_path)
    try:
        assert (i18n.window_language(), i18n.title_language()) == ("zh_CN", "zh")
        title = default_policy().criteria[0]
        assert labels.policy_text(title.title) == dict(title.titles)["zh"]
    finally:
        installed.remove()
        QLocale.setDefault(QLocale("en_US"))
    assert i18n.title_language() == "en"
