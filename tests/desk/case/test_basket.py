"""The basket read for the app: grouped by criterion, in the case's order, read-only reasons."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from desk.case import cases, evidence, evidence_corrections
from desk.case.basket import OTHER_TITLE, basket, customer_basket, order_within
from desk.db.models import CaseState, EvidenceKind
from tests.desk.case.conftest import Fixture

ACTOR = "Mia Manager"


def test_items_grouped_by_criterion_in_the_case_order(session: Session, victor: Fixture) -> None:
    assert customer_basket(session, victor.customer_id) is None
    case = cases.open_case(session, victor.customer_id, ACTOR)
    chargeback = evidence.add_quote(
        session,
        case.id,
        victor.message_ids[1],
        ACTOR,
        quote="chargeback",
        category="threat_financial",
    )
    note = evidence.add_note(session, case.id, "Called him back.", ACTOR)
    idiot = evidence.add_quote(
        session, case.id, victor.message_ids[0], ACTOR, quote="idiot", category="harassment"
    )
    suing = evidence.add_quote(
        session, case.id, victor.message_ids[2], ACTOR, quote="suing", category="threat_legal"
    )
    evidence_corrections.reorder(
        session, case.id, [suing.id, note.id, idiot.id, chargeback.id], ACTOR
    )
    found = customer_basket(session, victor.customer_id)
    assert found is not None and found.case_id == case.id
    assert found.editable and found.state_label == "draft"
    assert [g.key for g in found.groups] == ["harassment_language", "threats", None]
    assert found.groups[-1].title == OTHER_TITLE
    assert [[i.id for i in g.items] for g in found.groups] == [
        [idiot.id],
        [suing.id, chargeback.id],
        [note.id],
    ]
    assert found.order == (suing.id, note.id, idiot.id, chargeback.id)
    assert ("threats", "Threats, personal or professional") in found.criteria
    assert "pattern" not in dict(found.criteria)  # the incidents show a pattern
    item = found.item(note.id)
    assert item is not None and item.kind == EvidenceKind.NOTE
    assert item.text == "Called him back." and item.when is not None

    removal = evidence_corrections.remove(session, idiot.id, ACTOR)
    restored = evidence_corrections.restore(session, removal.id, ACTOR)
    again = basket(session, case.id)
    assert again.version > found.version
    assert [i.id for i in again.groups[0].items] == [restored.id]
    assert again.groups[0].items[0].version == 3


def test_a_case_past_draft_says_why_it_is_read_only(session: Session, victor: Fixture) -> None:
    case = cases.open_case(session, victor.customer_id, ACTOR)
    for day, (word, category) in enumerate(
        [("idiot", "harassment"), ("chargeback", "threat_financial"), ("suing", "threat_legal")]
    ):
        evidence.add_quote(
            session, case.id, victor.message_ids[day], ACTOR, quote=word, category=category
        )
    cases.submit(session, case.id, ACTOR)
    found = basket(session, case.id)
    assert found.state == CaseState.READY_FOR_REVIEW and not found.editable
    assert found.read_only_reason == (
        f"Case #{case.id} is ready for review: withdraw it from review to change its evidence."
    )


def test_order_within_one_group() -> None:
    assert order_within([1, 2, 3, 4, 5], [5, 3, 1]) == [5, 2, 3, 4, 1]
    assert order_within([1, 2], []) == [1, 2]
    with pytest.raises(ValueError, match="each of its items once"):
        order_within([1, 2], [3])
    with pytest.raises(ValueError, match="each of its items once"):
        order_within([1, 2], [1, 1])
