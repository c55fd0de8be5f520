"""The contract of the leadership brief: the frozen values the case model fills from the
database and the renderer turns into a PDF.

They live in a module of their own, below everything that reads them (anonymise, summary,
sections, render), so that those modules form a one-way chain instead of each reaching back
into the renderer for the types it lays out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from matplotlib.figure import Figure


@dataclass(frozen=True)
class BriefFigures:
    """The numbers behind the business case; ``unit_label`` names what was counted."""

    customer_interactions: int
    mean_interactions: float
    ratio: float
    rank: int
    customers_total: int
    unit_label: str  # "conversations" or "messages"
    first_contact: dt.date | None
    last_contact: dt.date | None
    conversations: int
    messages: int
    agents_involved: int
    handoffs: int
    hours_spent: float
    cost: Decimal | None
    currency: str
    team_time_share: float | None  # 0..1
    median_interactions: float | None = None


@dataclass(frozen=True)
class BriefCriterion:
    key: str
    title: str
    evidence_count: int
    met: bool


@dataclass(frozen=True)
class BriefIncident:
    when: dt.datetime
    conversation_ref: str
    author: str
    quote: str
    category: str
    criterion: str
    sha256: str
    source: str = ""  # "model: <category> (score)" when the learned signal flagged it


@dataclass(frozen=True)
class BriefWarning:
    given_at: dt.datetime
    channel: str
    given_by: str
    text: str
    ladder_step: int
    step_action: str


@dataclass(frozen=True)
class BriefAttachment:
    """An attached file: PNG and JPEG images are shown scaled, anything else is listed."""

    name: str
    mime_type: str
    size: int
    sha256: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class BriefEvidence:
    id: int
    version: int
    kind: str
    summary: str
    criterion: str | None
    sha256: str


@dataclass(frozen=True)
class BriefChart:
    title: str
    figure: Figure


@dataclass(frozen=True)
class BriefContent:
    case_id: int
    company: str
    customer_name: str
    customer_email: str
    organisation: str | None
    case_state: str
    opened_on: dt.date
    prepared_by: str
    prepared_on: dt.date
    figures: BriefFigures
    criteria: list[BriefCriterion]
    pattern_summary: str
    recommendation: str
    refund_months: int
    charts: list[BriefChart]
    incidents: list[BriefIncident]
    warnings: list[BriefWarning]
    attachments: list[BriefAttachment]
    evidence: list[BriefEvidence]
    audit_head_hash: str
    anonymise_agents: bool = False
    # Names to replace by "Agent N" when ``anonymise_agents`` is set; when empty, every
    # incident author other than the customer and everyone who gave a warning counts.
    agent_names: list[str] = field(default_factory=list)
    prepared_by_title: str = ""
    # Evidence that no longer matches what its audit event recorded at capture, one line
    # each (desk.case.integrity); when any, the brief does not call its quotes unedited.
    altered_evidence: tuple[str, ...] = ()
    # The brief's language (desk.charts.words LANGUAGES): every heading, sentence, number
    # and date; the texts above are already in it (or, for a company's own policy, as written).
    lang: str = "en"
