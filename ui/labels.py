"""The names the window shows for the core's keys: flag categories, policy criteria, case
states and evidence kinds.

The core (``desk``) stores keys such as ``threat_legal`` or ``ready_for_review`` and never
imports Qt, so it cannot translate them; the window names them here, marked with
``QT_TRANSLATE_NOOP`` so that ``scripts/translations update`` collects them, and translates
at use time. A key this table does not know is shown as the core spells it, underscores as
spaces, rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


def policy_text(text: str) -> str:
    """A policy title or description in the window's language when it is the default's."""
    return QCoreApplication.translate(POLICY_CONTEXT, text)


def name(key: str | None) -> str:
    """The translated name of a core key (a category, criterion, case state or evidence kind)."""
    if not key:
        return ""
    key = str(key)
    source = NAMES.get(key)
    if source is None:
        return key.replace("_", " ")
    return QCoreApplication.translate(CONTEXT, str(source))
