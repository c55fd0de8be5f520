"""The names the window shows for the core's keys: flag categories, policy criteria, case
states and evidence kinds.

The core (``desk``) stores keys such as ``threat_legal`` or ``ready_for_review`` and never
imports Qt, so it cannot translate them; the window names them here, marked with
``QT_TRANSLATE_NOOP`` so that ``scripts/translations update`` collects them, and translates
at use time. A key this table does not know is shown as the core spells it, underscores as
spaces, rather than hidden.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.case.policy import default_policy
from ui import i18n

CONTEXT = "Labels"

NAMES: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    # Flag categories (desk/abuse/categories.py)
    "harassment": QT_TRANSLATE_NOOP("Labels", "harassment"),
    "hate": QT_TRANSLATE_NOOP("Labels", "hate"),
    "sexual_harassment": QT_TRANSLATE_NOOP("Labels", "sexual harassment"),
    "threat_violence": QT_TRANSLATE_NOOP("Labels", "threat of violence"),
    "threat_job": QT_TRANSLATE_NOOP("Labels", "threat to the agent's job"),
    "threat_expose": QT_TRANSLATE_NOOP("Labels", "threat to expose the agent"),
    "threat_financial": QT_TRANSLATE_NOOP("Labels", "financial threat"),
    "threat_legal": QT_TRANSLATE_NOOP("Labels", "legal threat"),
    "threat_public_shaming": QT_TRANSLATE_NOOP("Labels", "public shaming threat"),
    "emotional_blackmail": QT_TRANSLATE_NOOP("Labels", "emotional blackmail"),
    "profanity": QT_TRANSLATE_NOOP("Labels", "profanity"),
    "shouting": QT_TRANSLATE_NOOP("Labels", "shouting"),
    "manager_demand": QT_TRANSLATE_NOOP("Labels", "demand for a manager"),
    # Policy criteria (desk/abuse/categories.py CRITERIA)
    "harassment_language": QT_TRANSLATE_NOOP("Labels", "harassment language"),
    "threats": QT_TRANSLATE_NOOP("Labels", "threats"),
    "pattern": QT_TRANSLATE_NOOP("Labels", "pattern"),
    # Case states (desk/db/models.py CaseState)
    "draft": QT_TRANSLATE_NOOP("Labels", "draft"),
    "ready_for_review": QT_TRANSLATE_NOOP("Labels", "ready for review"),
    "approved": QT_TRANSLATE_NOOP("Labels", "approved"),
    "declined": QT_TRANSLATE_NOOP("Labels", "declined"),
    "letter_issued": QT_TRANSLATE_NOOP("Labels", "letter issued"),
    "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
    # Flag statuses (desk/db/models.py FlagStatus)
    "suggested": QT_TRANSLATE_NOOP("Labels", "suggested"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "confirmed"),
    "dismissed": QT_TRANSLATE_NOOP("Labels", "dismissed"),
    # Evidence kinds (desk/db/models.py EvidenceKind)
    "quote": QT_TRANSLATE_NOOP("Labels", "quote"),
    "conversation": QT_TRANSLATE_NOOP("Labels", "conversation"),
    "note": QT_TRANSLATE_NOOP("Labels", "note"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "attachment"),
}

# The default policy's texts (resources/policy/default.toml) and the warning channels
# (desk/case/ladder.py CHANNELS). A manager's own wording is shown as written: Qt hands back
# a text it has no translation for.
POLICY_CONTEXT = "Policy"
POLICY_DEFAULTS = (
    QT_TRANSLATE_NOOP("Policy", "Harassing, racist, sexist or homophobic language"),
    QT_TRANSLATE_NOOP("Policy", "Insults aimed at a person, slurs, sexual harassment of an agent."),
    QT_TRANSLATE_NOOP("Policy", "Threats, personal or professional"),
    QT_TRANSLATE_NOOP(
        "Policy",
        "Threats of violence, chargebacks or bank disputes, legal action, getting an agent "
        "disciplined or fired, exposing an agent, public shaming, emotional blackmail.",
    ),
    QT_TRANSLATE_NOOP("Policy", "A history of bad behaviour with no sign of change"),
    QT_TRANSLATE_NOOP(
        "Policy",
        "Incidents on several days in several conversations, continuing after warnings. "
        "Backed by the incidents of the other criteria when the pattern rule is met.",
    ),
    QT_TRANSLATE_NOOP("Policy", "Manager's callback"),
    QT_TRANSLATE_NOOP(
        "Policy",
        "A manager calls the customer back the next day to explain what is not acceptable.",
    ),
    QT_TRANSLATE_NOOP("Policy", "Specialist routing"),
    QT_TRANSLATE_NOOP("Policy", "The customer's contacts are routed to a specialist team."),
    QT_TRANSLATE_NOOP("Policy", "Email-only contact"),
    QT_TRANSLATE_NOOP("Policy", "Contact by email only; no more phone or chat."),
    QT_TRANSLATE_NOOP("Policy", "End of the relationship"),
    QT_TRANSLATE_NOOP("Policy", "The relationship ends; the account is handed over to legal."),
)
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Labels", "phone"),
    "email": QT_TRANSLATE_NOOP("Labels", "email"),
    "chat": QT_TRANSLATE_NOOP("Labels", "chat"),
    "letter": QT_TRANSLATE_NOOP("Labels", "letter"),
    "in person": QT_TRANSLATE_NOOP("Labels", "in person"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}
NAMES.update(CHANNELS)
# What a figure counts (desk/analytics/units.py Unit.label, which the core hands over as text).
NAMES.update(
    {
        "messages written": QT_TRANSLATE_NOOP("Labels", "messages written"),
        "conversations opened": QT_TRANSLATE_NOOP("Labels", "conversations opened"),
        "messages in their conversations": QT_TRANSLATE_NOOP(
            "Labels", "messages in their conversations"
        ),
    }
)


def policy_text(text: str) -> str:
    """A policy title or description in the window's language when it is the default's.

    A title takes the default policy's own translation (``titles`` in
    resources/policy/default.toml), the one the leadership brief prints, so the window and
    the brief name a criterion alike; other texts come from the catalogue."""
    translated = _default_titles().get(text)
    if translated is not None:
        return translated.get(i18n.title_language(), text)
    return QCoreApplication.translate(POLICY_CONTEXT, text)


@cache
def _default_titles() -> dict[str, dict[str, str]]:
    """The default policy's English titles → {language: title}."""
    policy = default_policy()
    titles = {c.title: dict(c.titles) for c in policy.criteria}
    titles.update({s.title: dict(s.titles) for s in policy.ladder})
    return titles


def name(key: str | None) -> str:
    """The translated name of a core key (a category, criterion, case state or evidence kind)."""
    if not key:
        return ""
    key = str(key)
    source = NAMES.get(key)
    if source is None:
        return key.replace("_", " ")
    return QCoreApplication.translate(CONTEXT, str(source))


# The import formats (desk/ingest/registry.py FORMATS), by their stable name; the vendors' product
# names stay as the vendors write them.
FORMAT_CONTEXT = "Formats"
FORMAT_LABELS: dict[str, object] = {
    "zendesk-json": QT_TRANSLATE_NOOP("Formats", "Zendesk JSON (API responses or NDJSON export)"),
    "helpscout-json": QT_TRANSLATE_NOOP(
        "Formats", "Help Scout Mailbox API (conversations with threads, customers)"
    ),
    "intercom-json": QT_TRANSLATE_NOOP(
        "Formats", "Intercom conversations (REST API objects, list pages or NDJSON)"
    ),
    "email": QT_TRANSLATE_NOOP("Formats", "Email archive (mbox, .eml, or a folder of them)"),
    "twitter-csv": QT_TRANSLATE_NOOP("Formats", "Customer Support on Twitter (TWCS dataset CSV)"),
    "freshdesk-json": QT_TRANSLATE_NOOP(
        "Formats", "Freshdesk API v2 (tickets, conversations, contacts)"
    ),
    "freshdesk-csv": QT_TRANSLATE_NOOP("Formats", "Freshdesk ticket export (CSV)"),
    "zendesk-csv": QT_TRANSLATE_NOOP(
        "Formats", "Zendesk CSV (ticket export or a view exported as CSV)"
    ),
    "zendesk-xml": QT_TRANSLATE_NOOP("Formats", "Zendesk XML export (tickets, users)"),
    "front-csv": QT_TRANSLATE_NOOP("Formats", "Front analytics export (messages or events CSV)"),
    "front-json": QT_TRANSLATE_NOOP(
        "Formats", "Front Core API (messages, comments, conversations)"
    ),
    "csv": QT_TRANSLATE_NOOP("Formats", "Any CSV of messages (with a column mapping)"),
    "archive": QT_TRANSLATE_NOOP("Formats", "ZIP or gzip archive of exports"),
}


def format_label(name: str, label: str) -> str:
    """An import format's description in the window's language (``label``: the core's)."""
    source = FORMAT_LABELS.get(name)
    return QCoreApplication.translate(FORMAT_CONTEXT, str(source)) if source else label


# The helpdesk connectors (desk/connect/sync.py CONNECTORS): a vendor's product name stays as
# the vendor writes it; only a generic one is translated.
CONNECTOR_LABELS: dict[str, object] = {
    "imap": QT_TRANSLATE_NOOP("Labels", "IMAP mailbox"),
}


def connector_label(key: str, label: str) -> str:
    """A connector's name in the window's language (``label``: the core's)."""
    source = CONNECTOR_LABELS.get(key)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else label
