"""The few one-line errors of the core that a manager meets in the normal course of work,
in the window's language.

The core (``desk``) speaks English, to the CLI and the logs, and cannot translate (it never
imports Qt). Most of its errors name a file, a line or a value and stay as written; the ones
here are fixed sentences that the window shows on a page a manager reaches without doing
anything wrong (the export page before the company profile is set), so they are matched
word for word and translated. ``tests/ui/test_i18n_core_errors.py`` fails when the core
rewords one of them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreErrors"

KNOWN: dict[str, object] = {  # the core's text → the catalogue's source (the same words)
    "set the company profile first (name and address) in Settings": QT_TRANSLATE_NOOP(
        "CoreErrors", "set the company profile first (name and address) in Settings"
    ),
}


def error_text(exc: BaseException) -> str:
    """``str(exc)`` in the window's language when it is one of :data:`KNOWN`, else as is."""
    text = str(exc) or type(exc).__name__
    source = KNOWN.get(text)
    return QCoreApplication.translate(CONTEXT, str(source)) if source is not None else text
