"""The leadership brief of a case, assembled from the database and rendered to PDF.

:func:`brief_content` gathers what the brief says (figures, charts, incidents, warnings,
files, evidence hashes, the audit head; the incidents come from
:mod:`desk.documents.brief.incidents`); :mod:`desk.documents.brief.render` lays it out.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.analytics.cost import DEFAULT_COST, CostSettings
from desk.analytics.merges import member_ids
from desk.analytics.stats import customer_stats
from desk.analytics.units import ALL_TIME, Unit, unit_source
from desk.case import calls, case_access, evidence_items, integrity
from desk.case import ladder as warnings
from desk.case.audit import append_event, head_hash
from desk.case.criteria import (
    PatternStatus,
    claimed_criteria,
    criteria_status,
    pattern_status,
)
from desk.case.policy import load_policy, translated_titles
from desk.charts.build import build_chart
from desk.charts.timeline import timeline_chart
from desk.charts.words import SOURCE, Words, check_language
from desk.db.models import (
    Agent,
    Attachment,
    Customer,
    EvidenceKind,
    Message,
)
from desk.documents.brief.content import (
    BriefAttachment,
    BriefChart,
    BriefContent,
    BriefCriterion,
    BriefEvidence,
    BriefFigures,
    BriefWarning,
)
from desk.documents.brief.incidents import brief_incidents, conversation_refs, mark_learned
from desk.documents.brief.render import render_brief
from desk.documents.company_profile import load_company
from desk.outputs import publish

CHARTS = ("headline", "distribution", "timeline", "handoffs")  # titled by chart_<kind>


def brief_content(
    session: Session,
    case_id: int,
    *,
    prepared_by: str,
    cost: CostSettings = DEFAULT_COST,
    anonymise_agents: bool = False,
    charts: bool = True,
    lang: str = SOURCE,
) -> BriefContent:
    """What the brief of case ``case_id`` says, in ``lang`` (see desk.charts.words)."""
    w = Words(check_language(lang))
    case = case_access.get_case(session, case_id)
    customer = session.get_one(Customer, case.customer_id)
    policy = load_policy(session)
    company = load_company(session)
    cache = ReferenceCache()
    stats = customer_stats(session, customer.id, ALL_TIME, cost, cache=cache)
    unit = Unit.CUSTOMER_MESSAGES
    items = evidence_items.views(session, case_id)
    plain = [v.item for v in items]
    pattern = pattern_status(plain, policy)
    claimed = claimed_criteria(case)
    titles, steps = translated_titles(policy, w.lang)  # the brief names criteria, not keys
    criteria = [
        BriefCriterion(
            s.key, titles.get(s.key, s.title), s.evidence, s.backed and (s.claimed or not claimed)
        )
        for s in criteria_status(plain, policy, claimed)
    ]
    volume = stats.volume
    first_contact, last_contact = _contact_span(session, stats.customer_id, unit)
    figures = BriefFigures(
        customer_interactions=volume.count,
        mean_interactions=volume.baseline.mean,
        ratio=volume.ratio_to_mean,
        rank=volume.rank or 0,
        customers_total=volume.of,
        unit_label=unit.label,
        first_contact=first_contact,
        last_contact=last_contact,
        conversations=stats.handoffs.customer.conversations,
        messages=stats.messages.count,
        agents_involved=stats.handoffs.distinct_agents,
        handoffs=stats.handoffs.customer.agent_changes,
        hours_spent=stats.cost.agent_hours,
        cost=Decimal(f"{stats.cost.cost:.2f}"),
        currency=stats.cost.currency,
        team_time_share=stats.cost.share_of_team_time,
    )
    quotes = [v.item for v in items if v.item.kind == EvidenceKind.QUOTE]
    conv_refs = conversation_refs(session, [q.conversation_id for q in quotes])
    incidents = brief_incidents(quotes, conv_refs, customer.display_name, titles, w)
    incidents = mark_learned(session, quotes, incidents)
    given = [
        BriefWarning(
            given_at=g.given_at,
            channel=g.channel,
            given_by=g.given_by,
            text=g.text,
            ladder_step=g.ladder_step,
            step_action=steps.get(g.ladder_step, ""),
        )
        for g in warnings.warnings_of(session, customer.id)
    ]
    attachment_ids = [v.item.attachment_id for v in items if v.item.attachment_id is not None]
    recordings = calls.recording_labels(session, case_id)  # calls' recordings, with duration
    attachment_ids += list(recordings)
    attachments = [
        BriefAttachment(recordings.get(a.id, a.name), a.mime_type, a.size, a.sha256, a.data)
        for a in session.scalars(
            select(Attachment).where(Attachment.id.in_(attachment_ids)).order_by(Attachment.id)
        )
    ]
    listed = [
        BriefEvidence(
            id=v.item.id,
            version=v.version,
            kind=v.item.kind.value,
            summary=_summary(v.item.quote or v.item.note or ""),
            criterion=titles.get(v.item.criterion, v.item.criterion) if v.item.criterion else None,
            sha256=v.digest,
        )
        for v in items
    ]
    return BriefContent(
        case_id=case.id,
        company=company.name or w("your_company"),
        customer_name=customer.display_name,
        customer_email=customer.primary_email or "",
        organisation=customer.organisation,
        case_state=w.name("states", case.state.value)
        if w.lang != SOURCE
        else case_access.state_label(case.state),
        opened_on=case.opened_at.date(),
        prepared_by=prepared_by,
        prepared_on=dt.date.today(),
        figures=figures,
        criteria=criteria,
        pattern_summary=pattern.describe() if w.lang == SOURCE else _pattern(pattern, w),
        recommendation=_recommendation(customer.display_name, case.refund_months or 6, criteria, w),
        refund_months=case.refund_months or policy.refund_months,
        charts=[
            BriefChart(
                w(f"chart_{kind}"),
                timeline_chart(
                    stats.timeline,
                    customer.display_name,
                    [i.when for i in incidents],
                    incident_label="cited incident",
                    words=w,
                )
                if kind == "timeline"
                else build_chart(
                    session,
                    kind,
                    customer.id,
                    customer.display_name,
                    unit,
                    ALL_TIME,
                    cache=cache,
                    words=w,
                ),
            )
            for kind in CHARTS
        ]
        if charts
        else [],
        incidents=incidents,
        warnings=given,
        attachments=attachments,
        evidence=listed,
        audit_head_hash=head_hash(session),
        anonymise_agents=anonymise_agents,
        agent_names=_agent_names(session, customer.id),
        altered_evidence=tuple(a.describe() for a in integrity.verify_case(session, case_id)),
        lang=w.lang,
    )


def _contact_span(
    session: Session, customer_id: int, unit: Unit
) -> tuple[dt.date | None, dt.date | None]:
    """The days of the customer's first and last message (merged customers included).

    Not the timeline's months: their dates are each month's first day, and a customer last
    heard from on 14 March was said to have written "most recently on 1 March".
    """
    source = unit_source(unit, ALL_TIME)
    first, last = session.execute(
        select(func.min(source.at), func.max(source.at)).where(
            source.customer.in_(member_ids(session, customer_id)), *source.where
        )
    ).one()
    return _day_of(first), _day_of(last)


def _day_of(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):  # SQLite's MIN/MAX of a DateTime column comes back as text
        return dt.datetime.fromisoformat(value).date()
    return value if isinstance(value, dt.date) else None


def _summary(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _agent_names(session: Session, customer_id: int) -> list[str]:
    """The agents who answered the customer, in order of first reply."""
    rows = session.execute(
        select(Agent.name, Message.created_at)
        .join(Message, Message.agent_id == Agent.id)
        .where(Message.customer_id == customer_id, Agent.name.is_not(None))
        .order_by(Message.created_at)
    )
    names: dict[str, None] = {}
    for name, _ in rows:
        names.setdefault(str(name), None)
    return list(names)


def _pattern(pattern: PatternStatus, w: Words) -> str:
    """:meth:`PatternStatus.describe` in the brief's language."""
    text = w(
        "pattern_text",
        days=w.plural("n.day", pattern.days),
        conversations=w.plural("n.conversation", pattern.conversations),
        min_days=pattern.min_days,
        min_conversations=pattern.min_conversations,
        state=w("pattern_met") if pattern.met else w("pattern_not_met"),
    )
    if pattern.skip_categories and not pattern.met:
        names = ", ".join(w.name("categories", c) for c in pattern.skip_categories)
        text += w("pattern_skips", categories=names)
    return text


def _recommendation(name: str, months: int, criteria: list[BriefCriterion], w: Words) -> str:
    met = [c.title.lower() for c in criteria if c.met]
    if not met:
        return w("recommend_not", name=name)
    return w("recommend", name=name, grounds="; ".join(met), months=w.plural("n.month", months))


def write_brief(
    session: Session,
    case_id: int,
    out: Path,
    *,
    paper: str = "a4",
    anonymise_agents: bool = False,
    prepared_by: str = "",
    cost: CostSettings = DEFAULT_COST,
    lang: str = SOURCE,
) -> str:
    """Render the brief to ``out``; audit it with the PDF's hash; return that hash.

    The file takes the new brief only once its audit event is committed
    (:func:`desk.outputs.publish`): a failure leaves the old file as it was.
    """
    case = case_access.get_case(session, case_id)
    content = brief_content(
        session,
        case_id,
        prepared_by=prepared_by or case.opened_by,
        cost=cost,
        anonymise_agents=anonymise_agents,
        lang=lang,
    )
    buffer = io.BytesIO()
    render_brief(content, buffer, page_size="Letter" if paper.lower() == "letter" else "A4")

    def record(digest: str) -> None:
        append_event(
            session,
            actor=prepared_by or case.opened_by,
            action="brief.written",
            case_id=case_id,
            detail={
                "sha256": digest,
                "paper": paper,
                "anonymised": anonymise_agents,
                "language": content.lang,
            },
        )
        session.commit()

    try:
        return publish(out, buffer.getvalue(), record)
    except BaseException:
        session.rollback()
        raise
