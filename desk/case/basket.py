"""The evidence basket: a case's current evidence grouped by criterion, as plain values.

What the app shows beside a customer's conversations, read in one go so that a worker thread
can hand it to the window: frozen dataclasses, no database objects. Items are grouped under the
policy's criteria (in the policy's order, the pattern criterion left out: the incidents
themselves show a pattern) and, last, "Notes and other" for items filed under none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.case.case_access import canonical_customer, get_case, open_case_of, state_label
from desk.case.evidence_items import views
from desk.case.policy import (
    PATTERN_CRITERION,
    Policy,
    default_policy,
    load_policy,
    translated_titles,
)
from desk.db.models import CaseState, EvidenceKind

OTHER_TITLE = "Notes and other"


@dataclass(frozen=True, slots=True)
class BasketItem:
    id: int
    kind: EvidenceKind
    criterion: str | None
    category: str | None
    text: str  # the quote, the note, the file's name or the conversation's subject
    note: str | None
    when: dt.datetime | None  # the message's time for quotes, else when it was added
    author: str | None
    version: int
    created_by: str
    message_id: int | None = None  # a quote: the message and the span of it quoted
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class BasketGroup:
    key: str | None  # the criterion; None for notes and other
    title: str
    items: tuple[BasketItem, ...]
    # The title in other languages ("es", "zh", …): the policy's translations, as the brief
    # shows them (desk.case.policy.translated_titles); none for notes and other, whose title
    # the window names from the key.
    titles: tuple[tuple[str, str], ...] = ()

    def title_in(self, lang: str) -> str:
        """The title in ``lang`` (a brief language: "zh", not "zh_CN"), else as written."""
        return dict(self.titles).get(lang, self.title)


@dataclass(frozen=True, slots=True)
class Basket:
    case_id: int
    customer_id: int
    state: CaseState
    version: int  # the case's version: a later read of the same case has a higher one
    read_only_reason: str | None  # why the evidence cannot change now (None: a draft)
    groups: tuple[BasketGroup, ...]
    criteria: tuple[tuple[str, str], ...]  # (key, title) an item can be filed under
    order: tuple[int, ...]  # every item's id in the case's order

    @property
    def editable(self) -> bool:
        return self.read_only_reason is None

    @property
    def state_label(self) -> str:
        return state_label(self.state)

    def quoted(self) -> dict[int, list[tuple[int, int]]]:
        """The spans of messages the case quotes, by message id."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for group in self.groups:
            for item in group.items:
                if item.message_id is not None and item.start is not None and item.end is not None:
                    spans.setdefault(item.message_id, []).append((item.start, item.end))
        return spans

    def item(self, evidence_id: int) -> BasketItem | None:
        for group in self.groups:
            for item in group.items:
                if item.id == evidence_id:
                    return item
        return None


def read_only_reason(case_id: int, state: CaseState) -> str | None:
    """Why evidence cannot change in this state, in words a manager can act on."""
    if state == CaseState.DRAFT:
        return None
    hint = (
        "withdraw it from review to change its evidence"
        if state == CaseState.READY_FOR_REVIEW
        else "its evidence is kept as it was decided"
    )
    return f"Case #{case_id} is {state_label(state)}: {hint}."


def basket(session: Session, case_id: int) -> Basket:
    """Case ``case_id``'s current evidence, grouped by criterion, in the case's order."""
    case = get_case(session, case_id)
    policy = load_policy(session)
    fileable = tuple((c.key, c.title) for c in policy.criteria if c.key != PATTERN_CRITERION)
    titles = _titles_by_key(policy)
    items = [
        BasketItem(
            id=view.item.id,
            kind=view.item.kind,
            criterion=view.item.criterion,
            category=view.item.category,
            text=(view.item.note if view.item.kind == EvidenceKind.NOTE else view.item.quote) or "",
            note=view.item.note if view.item.kind != EvidenceKind.NOTE else None,
            when=view.item.message_time or view.item.created_at,
            author=view.item.message_author,
            version=view.version,
            created_by=view.item.created_by,
            message_id=view.item.message_id,
            start=view.item.quote_start,
            end=view.item.quote_end,
        )
        for view in views(session, case_id)
    ]
    keys = {key for key, _title in fileable}
    groups = [
        BasketGroup(key, title, tuple(i for i in items if i.criterion == key), titles.get(key, ()))
        for key, title in fileable
    ]
    groups.append(
        BasketGroup(None, OTHER_TITLE, tuple(i for i in items if i.criterion not in keys))
    )
    return Basket(
        case_id=case.id,
        customer_id=case.customer_id,
        state=case.state,
        version=case.version,
        read_only_reason=read_only_reason(case.id, case.state),
        groups=tuple(groups),
        criteria=fileable,
        order=tuple(i.id for i in items),
    )


def _titles_by_key(policy: Policy) -> dict[str, tuple[tuple[str, str], ...]]:
    """Criterion key → (language, title) pairs, for every language the policy or the default
    policy translates a title into."""
    languages = sorted(
        {lang for c in (*policy.criteria, *default_policy().criteria) for lang, _t in c.titles}
    )
    found: dict[str, list[tuple[str, str]]] = {c.key: [] for c in policy.criteria}
    for lang in languages:
        for key, title in translated_titles(policy, lang)[0].items():
            found[key].append((lang, title))
    return {key: tuple(pairs) for key, pairs in found.items()}


def customer_basket(session: Session, customer_id: int) -> Basket | None:
    """The basket of the customer's open case (through merges), or None without one."""
    case = open_case_of(session, canonical_customer(session, customer_id).id)
    return None if case is None else basket(session, case.id)


def order_within(order: Sequence[int], group_order: Sequence[int]) -> list[int]:
    """The case's order after one group's items were put in ``group_order``: they take the
    places the group's items held, and every other item keeps its place."""
    moved = set(group_order)
    if len(moved) != len(group_order) or not moved <= set(order):
        raise ValueError("the group's new order must list each of its items once")
    slots = iter(group_order)
    return [next(slots) if evidence_id in moved else evidence_id for evidence_id in order]
