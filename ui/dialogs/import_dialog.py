"""The import dialog: pick files, see the detected format, import with progress and Cancel."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from desk.errors import Cancelled, DeskError
from desk.ingest.loader import ImportSummary, import_file
from desk.ingest.registry import FORMATS, detect
from desk.progress import Progress
from desk.signals.scan import ScanResult, scan_messages
from ui.workers import TaskRunner

POLL_MS = 100
AUTO = ""


class ImportDialog(QDialog):
    """Imports one or more export files in a worker, leaving the window responsive.

    Signals:
        imported(object): the list of :class:`ImportSummary` once every file is in.
    """

    imported = Signal(object)

    def __init__(
        self,
        engine: Engine,
        runner: TaskRunner,
        paths: list[Path] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import helpdesk exports"))
        self.setMinimumWidth(620)
        self._engine = engine
        self._runner = runner
        self._paths: list[Path] = []
        self._progress: Progress | None = None
        self._summaries: list[ImportSummary] = []
        self._scanned: list[ScanResult] = []

        self.files = QListWidget(self)
        self.files.setMaximumHeight(110)
        add = QPushButton(self.tr("Add files…"), self)
        add.clicked.connect(self._on_add_clicked)
        self.format_box = QComboBox(self)
        self.format_box.addItem(self.tr("Detect from the content"), AUTO)
        for fmt in FORMATS:
            self.format_box.addItem(fmt.label, fmt.name)
        self.detected = QLabel(self)
        self.detected.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.rate = QLabel(self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_rejections = QPushButton(self.tr("Show rejected records…"), self)
        self.show_rejections.setVisible(False)
        self.show_rejections.clicked.connect(self._on_show_rejections_clicked)

        self.buttons = QDialogButtonBox(self)
        self.start = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setVisible(False)
        self.start.clicked.connect(self.start_import)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.close_button.clicked.connect(self.accept)

        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Files:"), files_row)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow("", self.detected)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.rate)
        layout.addWidget(self.outcome)
        layout.addWidget(self.show_rejections, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.format_box.currentIndexChanged.connect(self._update_detection)
        self.add_paths(paths or [])

    # -- choosing files -------------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self._paths:
                self._paths.append(path)
                self.files.addItem(str(path))
        self._update_detection()

    @Slot()
    def _on_add_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose helpdesk exports"),
            "",
            self.tr(
                "Exports (*.json *.ndjson *.jsonl *.csv *.xml *.mbox *.eml *.zip *.gz);;"
                "All files (*)"
            ),
        )
        self.add_paths([Path(n) for n in names])

    @Slot()
    def _update_detection(self) -> None:
        if not self._paths:
            self.detected.setText(self.tr("Add the files your helpdesk exported."))
            self.start.setEnabled(False)
            return
        if self.format_box.currentData() != AUTO:
            self.detected.setText(self.tr("Every file will be read as this format."))
            self.start.setEnabled(True)
            return
        lines = []
        ok = True
        for path in self._paths:
            try:
                lines.append(f"{path.name}: {detect(path).label}")
            except DeskError as exc:
                ok = False
                lines.append(str(exc))
        self.detected.setText("\n".join(lines))
        self.start.setEnabled(ok)

    # -- running --------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        chosen = self.format_box.currentData() or None
        paths = list(self._paths)
        engine = self._engine
        progress = Progress(None, "bytes")
        self._progress = progress

        scanned: list[ScanResult] = []
        self._scanned = scanned

        def job() -> list[ImportSummary]:
            summaries = [
                import_file(engine, path, format_name=chosen, progress=progress) for path in paths
            ]
            # Read what was added for abuse, so the customers' pages show suggested flags.
            # The import is committed by now: a scan that fails leaves it in place.
            with contextlib.suppress(DeskError):
                scanned.append(scan_messages(engine, batch_ids=[s.batch_id for s in summaries]))
            return summaries

        self.start.setEnabled(False)
        self.format_box.setEnabled(False)
        self.outcome.setText(self.tr("Importing…"))
        self._timer.start()
        self._runner.run(job, self._on_job_done, self._on_job_failed, write=True)

    @Slot()
    def _on_timer_timeout(self) -> None:
        progress = self._progress
        if progress is None:
            return
        if progress.total:
            self.bar.setValue(int(1000 * min(1.0, progress.done / progress.total)))
        eta = progress.eta
        eta_text = self.tr(", about {s} s left").format(s=int(eta)) if eta is not None else ""
        self.rate.setText(
            self.tr("{done:.1f} of {total:.1f} MB, {rate:.1f} MB/s{eta}").format(
                done=progress.done / 1e6,
                total=(progress.total or 0) / 1e6,
                rate=progress.rate / 1e6,
                eta=eta_text,
            )
        )

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._progress is not None and self._timer.isActive():
            self._progress.cancel()
            self.cancel.setEnabled(False)
            self.outcome.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _finish(self) -> None:
        self._timer.stop()
        self._on_timer_timeout()
        self.cancel.setVisible(False)
        self.start.setVisible(False)
        self.close_button.setVisible(True)

    def _on_job_done(self, result: object) -> None:
        assert isinstance(result, list)
        self._summaries = result
        self._finish()
        self.bar.setValue(1000)
        lines = []
        for s in self._summaries:
            text = self.tr(
                "{file} ({format}): {messages} new messages, {conversations} new conversations, "
                "{customers} new customers, {merged} merged, {rejected} records rejected."
            ).format(
                file=s.path.name,
                format=s.format_label,
                messages=f"{s.messages_new:,}",
                conversations=f"{s.conversations_new:,}",
                customers=f"{s.customers_new:,}",
                merged=f"{s.customers_merged:,}",
                rejected=f"{s.rejected:,}",
            )
            lines.append(text)
        for scan in self._scanned:
            lines.append(
                self.tr("{flagged} of the new messages have suggested flags to review.").format(
                    flagged=f"{scan.flagged_messages:,}"
                )
            )
        self.outcome.setText("\n".join(lines))
        self.show_rejections.setVisible(any(s.rejected for s in self._summaries))
        self.imported.emit(self._summaries)

    def _on_job_failed(self, exc: BaseException) -> None:
        self._finish()
        self.bar.setValue(0)
        if isinstance(exc, Cancelled):
            self.outcome.setText(self.tr("Import cancelled. The database is as it was."))
        elif isinstance(exc, DeskError):
            self.outcome.setText(self.tr("Nothing was imported: {reason}").format(reason=exc))
        else:
            self.outcome.setText(
                self.tr(
                    "Nothing was imported: an internal error occurred ({kind}: {reason})."
                ).format(kind=type(exc).__name__, reason=exc)
            )

    @Slot()
    def _on_show_rejections_clicked(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Rejected records"))
        text = QPlainTextEdit(dialog)
        text.setReadOnly(True)
        text.setPlainText(
            "\n".join(
                f"{s.path.name}: {r.where()}: {r.reason}"
                for s in self._summaries
                for r in s.rejections
            )
        )
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        box.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(box)
        dialog.resize(640, 360)
        dialog.open()

    @property
    def summaries(self) -> list[ImportSummary]:
        return self._summaries
