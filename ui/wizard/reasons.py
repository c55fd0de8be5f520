"""The wizard's reasons a page is not complete, in the window's language.

``desk.case.wizard_rules`` returns each reason as a :class:`~desk.case.wizard_rules.Reason`:
the English sentence the CLI prints, with a stable key and the numbers in it. The core cannot
translate (it never imports Qt), and translating its English by lookup would break the day a
word changes; so the window says each key here, through ``QT_TRANSLATE_NOOP`` so that
``scripts/translations update`` collects them. A reason this table does not know is shown as
the core wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.case.wizard_rules import Reason
from ui import labels

CONTEXT = "WizardReasons"

TEXTS: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    "refund_months": QT_TRANSLATE_NOOP("WizardReasons", "Refund between 0 and 36 months."),
    "total_not_a_number": QT_TRANSLATE_NOOP("WizardReasons", "The refund total is not a number."),
    "total_missing": QT_TRANSLATE_NOOP(
        "WizardReasons", "Type the monthly amount or the refund total."
    ),
    "total_negative": QT_TRANSLATE_NOOP("WizardReasons", "The refund cannot be negative."),
    "total_too_large": QT_TRANSLATE_NOOP("WizardReasons", "The refund total is too large."),
    "currency": QT_TRANSLATE_NOOP(
        "WizardReasons", "The currency is a three-letter code, such as USD or EUR."
    ),
    "end_missing": QT_TRANSLATE_NOOP("WizardReasons", "Choose the date the service ends."),
    "end_in_the_past": QT_TRANSLATE_NOOP("WizardReasons", "The service cannot end in the past."),
    "export_missing": QT_TRANSLATE_NOOP(
        "WizardReasons", "Say how the customer can export their data."
    ),
    "legal_unchecked": QT_TRANSLATE_NOOP(
        "WizardReasons", "Confirm that the contract was checked with legal (business customers)."
    ),
    "letter_empty": QT_TRANSLATE_NOOP("WizardReasons", "The letter has no text."),
    "nothing_backed": QT_TRANSLATE_NOOP(
        "WizardReasons",
        "No evidence backs any criterion yet: add quotes of the customer's messages from "
        "their page first.",
    ),
    "unbacked": QT_TRANSLATE_NOOP("WizardReasons", "No evidence backs {titles}: do not claim it."),
    "nothing_claimed": QT_TRANSLATE_NOOP(
        "WizardReasons", "Tick at least one criterion that the evidence backs."
    ),
    "pattern_not_met": QT_TRANSLATE_NOOP(
        "WizardReasons",
        "The pattern rule is not met (incidents {counts}; the policy asks for {minimum}). One "
        "bad day is not a pattern: add incidents from other days.",
    ),
    "approver_missing": QT_TRANSLATE_NOOP("WizardReasons", "Give the approver's name and title."),
    "decision_missing": QT_TRANSLATE_NOOP(
        "WizardReasons", "Choose the decision: approve or decline."
    ),
    "adjustments_unanswered": QT_TRANSLATE_NOOP(
        "WizardReasons", "Answer whether reasonable adjustments were considered."
    ),
    "adjustments_not_considered": QT_TRANSLATE_NOOP(
        "WizardReasons",
        "The case cannot be approved until reasonable adjustments for the customer's "
        "disability or circumstances have been considered.",
    ),
}


def _say(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _join(days: str, conversations: str) -> str:
    """The days and the conversations side by side (a language may want a comma)."""
    return QCoreApplication.translate("WizardReasons", "{days} {conversations}").format(
        days=days, conversations=conversations
    )


def pattern_counts(days: int, conversations: int) -> str:
    """ "on 3 days in 2 conversations" in the window's language (plural forms per language)."""
    on_days = QCoreApplication.translate("WizardReasons", "on %n day(s)", None, days)
    within = QCoreApplication.translate(
        "WizardReasons", "in %n conversation(s)", None, conversations
    )
    return _join(on_days, within)


def pattern_minimum(min_days: int, min_conversations: int) -> str:
    """The policy's bar: "at least 3 days in at least 2 conversations"."""
    days = QCoreApplication.translate("WizardReasons", "at least %n day(s)", None, min_days)
    within = QCoreApplication.translate(
        "WizardReasons", "in at least %n conversation(s)", None, min_conversations
    )
    return _join(days, within)


def reason_text(reason: str) -> str:
    """``reason`` in the window's language; as written when it is not a keyed reason."""
    if not isinstance(reason, Reason) or reason.key not in TEXTS:
        return reason
    text = _say(str(TEXTS[reason.key]))
    values = reason.values
    if reason.key == "unbacked":
        titles = "; ".join(labels.policy_text(t) for t in values["titles"])
        return text.format(titles=titles)
    if reason.key == "pattern_not_met":
        counts = pattern_counts(values["days"], values["conversations"])
        minimum = pattern_minimum(values["min_days"], values["min_conversations"])
        return text.format(counts=counts, minimum=minimum)
    return text
