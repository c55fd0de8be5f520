"""What the import dialog says when an import ends: true file by file, never "nothing" when
something went in.

Each file commits on its own, so after a failure or a Cancel some files may be in the database
and others not; the text lists both, then whether the new messages were read for abuse (and how
to retry when they were not). Strings are translated in the dialog's context.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from desk.ingest.loader import ImportSummary
from ui.dialogs.import_job import ImportOutcome

translate = QCoreApplication.translate  # lupdate reads translate("ImportDialog", …) calls


def outcome_lines(result: ImportOutcome) -> list[str]:
    """The outcome, one line each: the files imported, the files not, then the scan."""
    if not result.imported:
        if result.cancelled and len(result.failed) == 1:
            return [translate("ImportDialog", "Import cancelled. The database is as it was.")]
        lines = [translate("ImportDialog", "Nothing was imported; the database is as it was.")]
    else:
        lines = [translate("ImportDialog", "Imported:")] + [
            summary_line(s) for s in result.imported
        ]
        if result.failed or result.not_started:
            lines.append(translate("ImportDialog", "Not imported (the files above stay imported):"))
    lines += [
        translate("ImportDialog", "{file}: {reason}").format(file=f.path.name, reason=f.reason)
        for f in result.failed
    ]
    lines += [
        translate("ImportDialog", "{file}: not started (cancelled)").format(file=path.name)
        for path in result.not_started
    ]
    return lines + scan_lines(result)


def summary_line(s: ImportSummary) -> str:
    counts = (
        translate("ImportDialog", "%Ln new message(s)", None, s.messages_new),
        translate("ImportDialog", "%Ln new conversation(s)", None, s.conversations_new),
        translate("ImportDialog", "%Ln new customer(s)", None, s.customers_new),
        translate("ImportDialog", "%Ln merged", None, s.customers_merged),
        translate("ImportDialog", "%Ln record(s) rejected", None, s.rejected),
    )
    return translate("ImportDialog", "{file} ({format}): {counts}.").format(
        file=s.path.name, format=s.format_label, counts=", ".join(counts)
    )


def scan_lines(result: ImportOutcome) -> list[str]:
    """What the scan after the import found, or why the new messages have no flags yet."""
    if result.scan is not None:
        return [
            translate(
                "ImportDialog",
                "%Ln of the new messages have suggested flags to review.",
                None,
                result.scan.flagged_messages,
            )
        ]
    if not result.imported:
        return []
    if result.scan_error is not None:
        return [
            translate(
                "ImportDialog",
                "Imported, but reading the messages for abuse failed: {reason}. They have no "
                "suggested flags yet: press Scan again (here, once the cause is fixed) or run "
                "'breakup-desk scan'.",
            ).format(reason=result.scan_error)
        ]
    return [
        translate(
            "ImportDialog",
            "The imported messages were not read for abuse (the import was cancelled): press "
            "Scan again, or run 'breakup-desk scan'.",
        )
    ]


def show_rejections(parent: QWidget, summaries: Sequence[ImportSummary]) -> QDialog:
    """Open (non-modal to the app) the list of records the imported files rejected, and why."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("ImportDialog", "Rejected records"))
    text = QPlainTextEdit(dialog)
    text.setReadOnly(True)
    text.setPlainText(
        "\n".join(
            f"{s.path.name}: {r.where()}: {r.reason}" for s in summaries for r in s.rejections
        )
    )
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    box.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(box)
    dialog.resize(640, 360)
    dialog.open()
    return dialog
