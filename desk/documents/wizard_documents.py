"""The breakup wizard's reads and writes that reach the documents: leadership's page (with
the letter's signatory), the business case and its brief, the letter's text, preview, and
stored or signed copy.

Each runs on one of the task runner's threads with its own session (``ui/`` never opens
one) and returns plain values that may cross to the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.analytics.cache import ReferenceCache
from desk.analytics.cost import CostSettings
from desk.analytics.stats import customer_stats
from desk.analytics.units import ALL_TIME, Unit
from desk.case import case_access
from desk.case.case_version import CaseWork
from desk.case.criteria import claimed_criteria, current_evidence
from desk.case.ladder import warnings_of
from desk.case.policy import load_policy
from desk.case.wizard_rules import BreakupDraft, latest_approval
from desk.charts.build import build_chart
from desk.charts.words import ENGLISH, Words
from desk.db.models import CaseState
from desk.documents.company_profile import load_signatory
from desk.documents.letter import render_letter
from desk.documents.letter_store import (
    LetterOptions,
    build_letter_context,
    draft_letter,
    store_signed,
)
from desk.documents.letter_text import fill
from desk.documents.preview import pdf_page_png
from desk.documents.signing import load_signer, sign_pdf

CHART_DPI = 150

# -- leadership's page ---------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    name: str
    title: str
    decided_on: dt.date
    decision: str  # "approved" | "declined"
    considered: bool
    note: str


@dataclass(frozen=True)
class LeadershipData:
    state: CaseState
    decision: Decision | None
    signatory: tuple[str, str]  # the letter's signatory (name, title), a hint for the approver
    claims: tuple[str, ...]  # the titles of the criteria the case claims
    evidence: int
    warnings: int


def read_leadership(session: Session, case_id: int) -> LeadershipData:
    case = case_access.get_case(session, case_id)
    approval = latest_approval(session, case_id)
    signatory = load_signatory(session)
    policy = load_policy(session)
    titles = {c.key: c.title for c in policy.criteria}
    return LeadershipData(
        state=case.state,
        decision=Decision(
            approval.approver_name,
            approval.approver_title,
            approval.decided_on,
            approval.decision,
            approval.adjustments_considered,
            approval.adjustments_note or "",
        )
        if approval is not None
        else None,
        signatory=(signatory.name, signatory.title),
        claims=tuple(titles.get(key, key) for key in claimed_criteria(case)),
        evidence=len(current_evidence(session, case_id)),
        warnings=len(warnings_of(session, case.customer_id)),
    )


def leadership_of(case_id: int) -> CaseWork[LeadershipData]:
    return lambda session, _expected: read_leadership(session, case_id)


# -- the business case and the brief -------------------------------------------------------


@dataclass(frozen=True)
class BusinessCase:
    name: str
    unit_label: str
    count: int
    mean: float
    ratio: float
    rank: int | None
    of: int
    hours: float
    cost: float
    currency: str
    team_share: float  # 0..1
    conversations: int
    agents: int
    handoffs: int
    chart_png: bytes


def load_business_case(
    engine: Engine, customer_id: int, cost: CostSettings, words: Words = ENGLISH
) -> BusinessCase:
    """The brief's headline figures and chart for one customer (runs on a worker); the chart
    in the language of ``words`` (the window's)."""
    unit = Unit.CUSTOMER_MESSAGES
    with Session(engine) as session:
        cache = ReferenceCache()
        stats = customer_stats(session, customer_id, ALL_TIME, cost, unit=unit, cache=cache)
        figure = build_chart(
            session,
            "headline",
            stats.customer_id,
            stats.name,
            unit,
            ALL_TIME,
            cache=cache,
            words=words,
        )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI)
    volume = stats.volume
    return BusinessCase(
        name=stats.name,
        unit_label=unit.label,
        count=volume.count,
        mean=volume.baseline.mean,
        ratio=volume.ratio_to_mean,
        rank=volume.rank,
        of=volume.of,
        hours=stats.cost.agent_hours,
        cost=stats.cost.cost,
        currency=stats.cost.currency,
        team_share=stats.cost.share_of_team_time,
        conversations=stats.handoffs.customer.conversations,
        agents=stats.handoffs.distinct_agents,
        handoffs=stats.handoffs.customer.agent_changes,
        chart_png=buffer.getvalue(),
    )


# -- the letter ----------------------------------------------------------------------------


def letter_options(draft: BreakupDraft) -> LetterOptions:
    return LetterOptions(
        language=draft.language,
        end_date=draft.end(),
        refund_months=draft.refund_months,
        refund_amount=draft.total(),
        currency=draft.currency or None,
        export_instructions=draft.export_instructions or None,
        body_override=draft.body or None,
    )


def template_body(engine: Engine, draft: BreakupDraft) -> str:
    """The letter's text filled in from the template of the draft's language (on a worker)."""
    with Session(engine) as session:
        context = build_letter_context(session, draft.case_id, letter_options(draft))
    return fill(context).body


def render_preview(engine: Engine, draft: BreakupDraft) -> bytes:
    """The first page of the letter as PNG bytes (run off the GUI thread)."""
    with Session(engine) as session:
        context = build_letter_context(session, draft.case_id, letter_options(draft))
    return pdf_page_png(render_letter(context, body_override=draft.body or None))


def save_letter(engine: Engine, draft: BreakupDraft, path: Path, actor: str) -> Path:
    """Store the letter on the case and write it to ``path`` (worker thread)."""
    with Session(engine) as session:
        draft_letter(session, draft.case_id, letter_options(draft), actor, out=path)
    return path


def sign_letter(
    engine: Engine, draft: BreakupDraft, p12: Path, password: bytes, out: Path, actor: str
) -> Path:
    """Store, sign and keep the signed copy on the case (worker thread)."""
    signer = load_signer(p12, password)
    with Session(engine) as session:
        letter = draft_letter(session, draft.case_id, letter_options(draft), actor)
        signed = sign_pdf(letter.pdf, signer)
        name = str(signer.signing_cert.subject.human_friendly)  # type: ignore[union-attr]
        store_signed(session, letter.id, signed, name, actor, out=out)
    return out
