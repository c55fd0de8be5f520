"""Page 6, export: save the letter for the COO to sign, or sign it now with a certificate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk.documents.letter_outbox import email_draft_work
from desk.documents.wizard_documents import save_letter, sign_letter
from ui.core_errors import error_text
from ui.wizard.base import DraftPage


class ExportPage(DraftPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("DraftPage", "Export"),
            QT_TRANSLATE_NOOP(
                "DraftPage",
                "Save the letter for the executive to sign, or sign it now with a certificate "
                "file.",
            ),
            parent,
        )
        self.next_steps = QLabel(
            self.tr(
                "<b>What happens next</b><ol>"
                "<li>Save the PDF and give it to the signatory, or sign it here with their "
                "certificate (PAdES). The case moves to <i>letter issued</i> and every step is "
                "in its audit log.</li>"
                "<li>Send the signed letter, then refund the customer as it says.</li>"
                "<li>Only then block the customer in your helpdesk: blocking deletes or "
                "archives their messages there. This case keeps its own copy of every message "
                "it quotes.</li></ol>"
            ),
            self,
        )
        self.next_steps.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save PDF for signing…"), self)
        self.sign_button = QPushButton(self.tr("Sign now with a certificate…"), self)
        self.email_button = QPushButton(self.tr("E-mail draft…"), self)
        self.email_button.setToolTip(
            self.tr("An .eml draft of the signed letter for your mail program, kept on the case")
        )
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.sign_button)
        row.addWidget(self.email_button)
        row.addStretch(1)
        self.body.addWidget(self.next_steps)
        self.body.addSpacing(8)
        self.body.addLayout(row)
        self.body.addWidget(self.result)
        self.body.addStretch(1)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.sign_button.clicked.connect(self._on_sign_clicked)
        self.email_button.clicked.connect(self._on_email_clicked)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        draft = self.breakup.draft
        if draft.letter_path or draft.signed_path:
            self._show_done()

    def problems(self) -> list[str]:
        if self.wizard() is None:
            return []
        draft = self.breakup.draft
        if not draft.letter_path and not draft.signed_path:
            return [self.tr("Save the letter or sign it to finish.")]
        return []

    def _default_name(self, suffix: str) -> str:
        return str(Path.home() / f"letter-case-{self.breakup.draft.case_id}{suffix}.pdf")

    def _on_save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), self._default_name(""), "PDF (*.pdf)"
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        draft, engine, actor = self.breakup.draft, self.breakup.engine, self.breakup.actor
        self._busy(True)
        self.breakup.run(
            lambda: save_letter(engine, draft, path, actor),
            lambda _path: self._on_saved(path, signed=False),
            self._on_failed,
            write=True,
        )

    def _on_sign_clicked(self) -> None:
        p12, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate (PKCS#12)"), "", "PKCS#12 (*.p12 *.pfx)"
        )
        if not p12:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Certificate password"), self.tr("Password:"), QLineEdit.EchoMode.Password
        )
        if ok:
            self.sign_with(Path(p12), password.encode(), Path(self._default_name("-signed")))

    def sign_with(self, p12: Path, password: bytes, out: Path) -> None:
        draft, engine, actor = self.breakup.draft, self.breakup.engine, self.breakup.actor
        self._busy(True)
        self.breakup.run(
            lambda: sign_letter(engine, draft, p12, password, out, actor),
            lambda _path: self._on_saved(out, signed=True),
            self._on_failed,
            write=True,
        )

    def _on_email_clicked(self) -> None:
        default = str(Path.home() / f"letter-case-{self.breakup.draft.case_id}.eml")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the e-mail draft"), default, "E-mail (*.eml)"
        )
        if name:
            self.email_to(Path(name))

    def email_to(self, path: Path) -> None:
        """Draft the signed letter's e-mail on the writer; the file follows the record."""
        self._busy(True)
        self.breakup.run_case(
            email_draft_work(self.breakup.draft.case_id, path, self.breakup.actor),
            lambda _id: self._on_emailed(path),
            self._on_failed,
        )

    def _on_emailed(self, path: Path) -> None:
        self._busy(False)
        self.result.setText(
            self.tr(
                "The e-mail draft is at {path}: open it in your mail program to send it."
            ).format(path=path)
        )

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.sign_button.setEnabled(not busy)
        self.email_button.setEnabled(not busy)

    def _on_saved(self, path: Path, *, signed: bool) -> None:
        self._busy(False)
        if signed:
            self.breakup.draft.signed_path = str(path)
        else:
            self.breakup.draft.letter_path = str(path)
        self.breakup.save_draft()
        self._show_done()
        self.changed()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.result.setText(error_text(exc))

    def _show_done(self) -> None:
        draft = self.breakup.draft
        lines = []
        if draft.letter_path:
            lines.append(
                self.tr("The letter for signing is at {path}.").format(path=draft.letter_path)
            )
        if draft.signed_path:
            lines.append(
                self.tr("The signed letter is at {path}; a copy is kept on the case.").format(
                    path=draft.signed_path
                )
            )
        lines.append(self.tr("The case is now: letter issued."))
        self.result.setText("\n".join(lines))
