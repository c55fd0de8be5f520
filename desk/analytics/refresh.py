"""Keeping the summary tables up to date (what they hold: :mod:`desk.analytics.summary`).

* :func:`rebuild` recomputes everything from the messages: the migration that created the
  tables does the same; an import calls it when it wrote to many customers, or found the
  summary behind.
* :func:`refresh_customers` recomputes the rows of a few customers and the company's months
  they are active in (a merge, or a small import); :func:`refresh_conversations` the handoffs
  of a few conversations.
* :class:`ImportRefresh` notes what an import writes and applies it at the end, in the same
  transaction, so the summary is never seen half done.

Each statement is an ``INSERT … SELECT`` over the same GROUP BY the analytics ran before, with
the ids in scope, so the figures are the same whichever way they are read. A customer's totals
are its months' rows summed, with its distinct agents counted on the agents' replies: one pass
of the messages fewer than grouping them all by customer again. The company-wide
distributions of those rows (:mod:`desk.analytics.distribution`) move with them: counted
afresh by a rebuild, by the difference of the rows removed and added otherwise.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from desk.analytics.distribution import DistributionDelta, rebuild_distribution
from desk.analytics.handoffs import per_conversation
from desk.analytics.sql import month_key
from desk.analytics.summary import (
    Executor,
    is_current,
    row_counts,
    state_values,
    stored_counts,
)
from desk.analytics.units import ALL_TIME
from desk.db.bulk import chunks
from desk.db.models import (
    AuthorKind,
    CompanyMonth,
    Conversation,
    ConversationSummary,
    Customer,
    CustomerMonth,
    CustomerSummary,
    Message,
    SummaryState,
)

CHUNK = 5000
REBUILD_SHARE = 0.25  # an import touching more than this share of customers rebuilds instead
# Ids an import notes for an incremental refresh, at most: past this it rebuilds instead, and
# memory stays flat however large the import (a million customers' ids took ~120 MB).
NOTED_LIMIT = 250_000
SUMMARY_LOCK = 0x5355_4D4D  # "SUMM": the advisory lock that serialises summary writers
_UNITS = ("customer_messages", "conversations", "workload")


def rebuild(db: Executor) -> None:
    """Recompute every summary row from the messages and conversations."""
    _take_turns(db)
    for table in (CustomerSummary, CustomerMonth, CompanyMonth, ConversationSummary):
        db.execute(delete(table))
    _insert_months(db, true(), true())
    _insert_customers(db, true(), true())  # from the months just inserted
    _insert_company_months(db, true())
    _insert_conversations(db, true())
    rebuild_distribution(db)
    mark_current(db)


def refresh_customers(db: Executor, customer_ids: Iterable[int]) -> None:
    """Recompute these customers' totals and the company's totals in their months."""
    _take_turns(db)
    months: set[str] = set()
    distribution = DistributionDelta(db)
    for chunk in chunks(sorted(set(customer_ids)), CHUNK):
        months |= _months_of(db, chunk)
        distribution.remove_customers(chunk)
        db.execute(delete(CustomerSummary).where(CustomerSummary.customer_id.in_(chunk)))
        db.execute(delete(CustomerMonth).where(CustomerMonth.customer_id.in_(chunk)))
        messages = Message.customer_id.in_(chunk)
        conversations = Conversation.customer_id.in_(chunk)
        _insert_months(db, messages, conversations)
        _insert_customers(db, CustomerMonth.customer_id.in_(chunk), messages)
        distribution.add_customers(chunk)
        months |= _months_of(db, chunk)
    distribution.apply()
    for some in chunks(sorted(months), CHUNK):
        db.execute(delete(CompanyMonth).where(CompanyMonth.month.in_(some)))
        _insert_company_months(db, CustomerMonth.month.in_(some))


def refresh_conversations(db: Executor, conversation_ids: Iterable[int]) -> None:
    """Recompute the handoffs of these conversations."""
    _take_turns(db)
    distribution = DistributionDelta(db)
    for chunk in chunks(sorted(set(conversation_ids)), CHUNK):
        distribution.remove_conversations(chunk)
        db.execute(
            delete(ConversationSummary).where(ConversationSummary.conversation_id.in_(chunk))
        )
        _insert_conversations(db, Message.conversation_id.in_(chunk))
        distribution.add_conversations(chunk)
    distribution.apply()


def mark_current(db: Executor) -> None:
    """Record that the summary reflects the messages and conversations as they are now."""
    db.execute(delete(SummaryState))
    db.execute(insert(SummaryState).values(id=1, **state_values(db)))


class ImportRefresh:
    """What an import writes, noted as it goes and applied by :meth:`apply` at its end.

    Create it before the import writes anything: it checks then that the summary is current,
    since an incremental refresh can only keep a summary current, not repair one. A caller that
    knows the summary is stale already (a first sync, which rebuilds it once at its end) says
    so with ``current=False``, and the check, two counts over the whole tables, is skipped.
    """

    def __init__(self, db: Executor, *, current: bool | None = None) -> None:
        self._db = db
        self._was_current = is_current(db) if current is None else current
        self.customers: set[int] = set()
        self.conversations: set[int] = set()
        self.overflow = False  # more ids than NOTED_LIMIT were noted: rebuild

    def note(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Message or conversation rows about to be inserted (whether new or not)."""
        if self.overflow:
            return
        for row in rows:
            self.customers.add(row["customer_id"])
            conversation = row.get("conversation_id")
            if conversation is not None:
                self.conversations.add(conversation)
        self._bound()

    def note_ids(self, customers: Iterable[int], conversations: Iterable[int] = ()) -> None:
        """The same as :meth:`note`, given the ids themselves (the loader's hot path)."""
        if self.overflow:
            return
        self.customers.update(customers)
        self.conversations.update(conversations)
        self._bound()

    def _bound(self) -> None:
        if len(self.customers) + len(self.conversations) > NOTED_LIMIT:
            self.overflow = True
            self.customers.clear()
            self.conversations.clear()

    def touches_many(self, customers: int) -> bool:
        """Whether the import touched so many of ``customers`` that a rebuild is cheaper."""
        return self.overflow or len(self.customers) > REBUILD_SHARE * customers

    def apply(self, customers: int | None = None) -> None:
        """Bring the summary up to date with what was noted (``customers``: the customer
        count, when the caller has just read it)."""
        db = self._db
        if self._was_current and stored_counts(db) == row_counts(db):
            if not is_current(db):  # PostgreSQL's version moved with inserts that added nothing
                mark_current(db)
            return  # nothing new was written
        if customers is None:
            customers = int(db.scalar(select(func.count()).select_from(Customer)) or 0)
        if not self._was_current or self.touches_many(customers):
            rebuild(db)
            return
        refresh_customers(db, self.customers)
        refresh_conversations(db, self.conversations)
        mark_current(db)


def _take_turns(db: Executor) -> None:
    """On PostgreSQL, wait for any other transaction refreshing the summary to end: two that
    delete and re-insert the same rows at once would collide on their primary keys. (SQLite
    has one writer at a time already.) The lock is held to the end of this transaction."""
    if _dialect(db) == "postgresql":
        db.execute(select(func.pg_advisory_xact_lock(SUMMARY_LOCK)))


def _dialect(db: Executor) -> str:
    bind = db.get_bind() if isinstance(db, Session) else db
    return bind.dialect.name


def _months_of(db: Executor, customer_ids: Collection[int]) -> set[str]:
    rows = db.scalars(
        select(CustomerMonth.month).distinct().where(CustomerMonth.customer_id.in_(customer_ids))
    )
    return set(rows)


def _month_totals(messages: ColumnElement[bool], conversations: ColumnElement[bool]) -> Select[Any]:
    """Per customer and month: the three units."""
    public = Message.public == true()
    own = case((and_(Message.author_kind == AuthorKind.CUSTOMER, public), 1), else_=0)
    zero = literal(0, Integer)
    message_keys: list[ColumnElement[Any]] = [
        Message.customer_id.label("customer_id"),
        month_key(Message.created_at).label("month"),
    ]
    conversation_keys: list[ColumnElement[Any]] = [
        Conversation.customer_id.label("customer_id"),
        month_key(Conversation.created_at).label("month"),
    ]
    both = union_all(
        select(
            *message_keys,
            func.sum(own).label("customer_messages"),
            zero.label("conversations"),
            func.sum(case((public, 1), else_=0)).label("workload"),
        )
        .where(messages)
        .group_by(*message_keys),
        select(*conversation_keys, zero, func.count(), zero)
        .where(conversations)
        .group_by(*conversation_keys),
    ).subquery("both_sources")
    keys = [both.c.customer_id, both.c.month]
    sums = [func.sum(both.c[name]).label(name) for name in _UNITS]
    return select(*keys, *sums).group_by(*keys)


def _insert_customers(
    db: Executor, months: ColumnElement[bool], messages: ColumnElement[bool]
) -> None:
    """The customers' totals: their months' rows (``months``, inserted just before) summed,
    and the distinct agents who replied to them, counted on their ``messages``. One pass of
    the messages (the agents' public replies) instead of a second pass of all of them by
    customer: the months hold every message and conversation once, and a count of distinct
    agents is the one figure that cannot be summed over months."""
    zero = literal(0, Integer)
    month = CustomerMonth.__table__.c
    replies = and_(Message.author_kind == AuthorKind.AGENT, Message.public == true())
    both = union_all(
        select(
            month.customer_id.label("customer_id"),
            *(month[name].label(name) for name in _UNITS),
            zero.label("agents"),
        ).where(months),
        select(
            Message.customer_id.label("customer_id"),
            zero,
            zero,
            zero,
            func.count(Message.agent_id.distinct()),
        )
        .where(messages, replies)
        .group_by(Message.customer_id),
    ).subquery("both_sources")
    names = [*_UNITS, "agents"]
    totals = select(
        both.c.customer_id, *(func.sum(both.c[name]).label(name) for name in names)
    ).group_by(both.c.customer_id)
    db.execute(insert(CustomerSummary).from_select(["customer_id", *names], totals))


def _insert_months(
    db: Executor, messages: ColumnElement[bool], conversations: ColumnElement[bool]
) -> None:
    totals = _month_totals(messages, conversations)
    columns = ["customer_id", "month", *_UNITS]
    db.execute(insert(CustomerMonth).from_select(columns, totals))


def _insert_company_months(db: Executor, months: ColumnElement[bool]) -> None:
    volumes = [func.sum(CustomerMonth.__table__.c[name]) for name in _UNITS]
    active = [func.sum(case((CustomerMonth.__table__.c[name] > 0, 1), else_=0)) for name in _UNITS]
    columns = ["month", *_UNITS, *(f"{name}_customers" for name in _UNITS)]
    statement = (
        select(CustomerMonth.month, *volumes, *active).where(months).group_by(CustomerMonth.month)
    )
    db.execute(insert(CompanyMonth).from_select(columns, statement))


def _insert_conversations(db: Executor, scope: ColumnElement[bool]) -> None:
    per = per_conversation(scope, ALL_TIME)
    db.execute(
        insert(ConversationSummary).from_select(["conversation_id", "agents", "changes"], per)
    )
