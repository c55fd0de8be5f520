"""The whole model of DESIGN.md as SQLAlchemy 2 typed ORM classes, one module per domain.

This package's face: ``from desk.db.models import Message`` is how the rest of the code reaches a
model, and importing it imports every model module, so that ``Base.metadata`` (Alembic's
``env.py``, ``create_all``, the bulk writer) holds every table. A new model module is imported
here, or its tables are missing from the schema.
"""

from desk.db.models.audit_trail import AuditEvent
from desk.db.models.calibration_records import CalibrationItem, CalibrationLabel, CalibrationSession
from desk.db.models.calls_and_checklist import CaseChecklist, CustomerBlock, PhoneCall
from desk.db.models.casework import (
    Approval,
    Attachment,
    Case,
    CaseState,
    CustomerWarning,
    Evidence,
    EvidenceKind,
)
from desk.db.models.correspondence import (
    Agent,
    AuthorKind,
    Conversation,
    Customer,
    CustomerMerge,
    Flag,
    FlagStatus,
    Identity,
    ImportBatch,
    Message,
    Rejection,
)
from desk.db.models.declarative import Base, utcnow
from desk.db.models.helpdesk_connections import HelpdeskConnection
from desk.db.models.letter_records import Letter, OutboundLetter
from desk.db.models.stored_settings import Setting
from desk.db.models.summary_distribution import SummaryDistribution
from desk.db.models.summary_tables import (
    CompanyMonth,
    ConversationSummary,
    CustomerMonth,
    CustomerSummary,
    DataVersion,
    SummaryState,
)

__all__ = [
    "Agent",
    "Approval",
    "Attachment",
    "AuditEvent",
    "AuthorKind",
    "Base",
    "CalibrationItem",
    "CalibrationLabel",
    "CalibrationSession",
    "Case",
    "CaseChecklist",
    "CaseState",
    "CompanyMonth",
    "Conversation",
    "ConversationSummary",
    "Customer",
    "CustomerBlock",
    "CustomerMerge",
    "CustomerMonth",
    "CustomerSummary",
    "CustomerWarning",
    "DataVersion",
    "Evidence",
    "EvidenceKind",
    "Flag",
    "FlagStatus",
    "HelpdeskConnection",
    "Identity",
    "ImportBatch",
    "Letter",
    "Message",
    "OutboundLetter",
    "PhoneCall",
    "Rejection",
    "Setting",
    "SummaryDistribution",
    "SummaryState",
    "utcnow",
]
