"""The abuse categories the detector suggests, and the policy criterion each one supports.

The policy has three criteria: ``harassment_language``, ``threats`` and ``pattern`` (a history
with no sign of change, which the case file builds from many incidents, not from one message).
The soft signals (profanity at the company, shouting, demands for a manager) support no
criterion on their own: anger at the company is not abuse.
"""

from __future__ import annotations

import enum

HARASSMENT_LANGUAGE = "harassment_language"
THREATS = "threats"
PATTERN = "pattern"
CRITERIA = (HARASSMENT_LANGUAGE, THREATS, PATTERN)


class Category(enum.StrEnum):
    HARASSMENT = "harassment"
    HATE = "hate"
    SEXUAL = "sexual_harassment"
    THREAT_VIOLENCE = "threat_violence"
    THREAT_JOB = "threat_job"
    THREAT_EXPOSE = "threat_expose"
    THREAT_FINANCIAL = "threat_financial"
    THREAT_LEGAL = "threat_legal"
    THREAT_PUBLIC_SHAMING = "threat_public_shaming"
    EMOTIONAL_BLACKMAIL = "emotional_blackmail"
    PROFANITY = "profanity"
    SHOUTING = "shouting"
    MANAGER_DEMAND = "manager_demand"

    @property
    def label(self) -> str:
        return LABELS[self]

    @property
    def criterion(self) -> str | None:
        """The policy criterion this category supports, or ``None`` for a soft signal."""
        return CRITERION[self]

    @property
    def is_abuse(self) -> bool:
        return CRITERION[self] is not None


LABELS: dict[Category, str] = {
    Category.HARASSMENT: "Harassment (insult aimed at a person)",
    Category.HATE: "Hate (racist, sexist, homophobic or religious slur)",
    Category.SEXUAL: "Sexual harassment",
    Category.THREAT_VIOLENCE: "Threat of violence",
    Category.THREAT_JOB: "Threat to the agent's job",
    Category.THREAT_EXPOSE: "Threat to expose the agent",
    Category.THREAT_FINANCIAL: "Financial threat (chargeback, dispute, fraud claim)",
    Category.THREAT_LEGAL: "Legal threat",
    Category.THREAT_PUBLIC_SHAMING: "Public shaming threat (social media, reviews)",
    Category.EMOTIONAL_BLACKMAIL: "Emotional blackmail",
    Category.PROFANITY: "Profanity at the company or product",
    Category.SHOUTING: "Shouting (capitals, !!!)",
    Category.MANAGER_DEMAND: "Demand for a manager",
}

CRITERION: dict[Category, str | None] = {
    Category.HARASSMENT: HARASSMENT_LANGUAGE,
    Category.HATE: HARASSMENT_LANGUAGE,
    Category.SEXUAL: HARASSMENT_LANGUAGE,
    Category.THREAT_VIOLENCE: THREATS,
    Category.THREAT_JOB: THREATS,
    Category.THREAT_EXPOSE: THREATS,
    Category.THREAT_FINANCIAL: THREATS,
    Category.THREAT_LEGAL: THREATS,
    Category.THREAT_PUBLIC_SHAMING: THREATS,
    Category.EMOTIONAL_BLACKMAIL: THREATS,
    Category.PROFANITY: None,
    Category.SHOUTING: None,
    Category.MANAGER_DEMAND: None,
}

ABUSE_CATEGORIES = frozenset(c for c in Category if c.is_abuse)
ABUSE_VALUES = frozenset(c.value for c in ABUSE_CATEGORIES)  # for stored category strings
SOFT_CATEGORIES = frozenset(c for c in Category if not c.is_abuse)


def criterion_of(category: str) -> str | None:
    """The criterion for a stored category string; unknown categories support none."""
    try:
        return Category(category).criterion
    except ValueError:
        return None
