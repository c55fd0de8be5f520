"""The import dialog: pick files, see the detected format, import with progress and Cancel.

A CSV that no vendor format claims is read through a column mapping: the Columns… button (or
Import, for a file whose columns are not known yet) opens the mapping step for it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

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

from desk.config import csv_profiles_dir
from desk.errors import Cancelled, DeskError, InputError
from desk.ingest.generic_csv import preview_rows, resolve_mapping
from desk.ingest.loader import ImportSummary, import_file
from desk.ingest.mapping import ColumnMapping
from desk.ingest.registry import FORMATS, detect, get_format
from desk.progress import Progress
from desk.signals.scan import ScanResult, scan_messages
from ui.dialogs.csv_mapping import CsvMappingDialog
from ui.workers import TaskRunner

POLL_MS = 100
AUTO = ""
CSV = "csv"  # the registry's name for any CSV read through a column mapping


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
        self._mappings: dict[Path, ColumnMapping] = {}  # set in the mapping step, per file
        self._csv_paths: set[Path] = set()  # files read as any CSV, through a mapping
        self._unmapped: list[Path] = []  # of those, the files whose columns are not known yet

        self.files = QListWidget(self)
        self.files.setMaximumHeight(110)
        add = QPushButton(self.tr("Add files…"), self)
        add.clicked.connect(self._on_add_clicked)
        self.format_box = QComboBox(self)
        self.format_box.addItem(self.tr("Detect from the content"), AUTO)
        for fmt in FORMATS:
            self.format_box.addItem(fmt.label, fmt.name)
        self.columns_button = QPushButton(self.tr("Co&lumns…"), self)
        self.columns_button.setToolTip(self.tr("Say which column of a CSV holds what"))
        self.columns_button.clicked.connect(self._on_columns_clicked)
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
        format_row = QHBoxLayout()
        format_row.addWidget(self.format_box, 1)
        format_row.addWidget(self.columns_button)
        form.addRow(self.tr("Format:"), format_row)
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
        self._csv_paths, self._unmapped = set(), []
        chosen = self.format_box.currentData()
        if not self._paths:
            self.detected.setText(self.tr("Add the files your helpdesk exported."))
            self.start.setEnabled(False)
        elif chosen not in (AUTO, CSV):
            self.detected.setText(self.tr("Every file will be read as this format."))
            self.start.setEnabled(True)
        else:
            lines = [self._detect(path, chosen == CSV) for path in self._paths]
            self.detected.setText("\n".join(text for text, _ in lines))
            self.start.setEnabled(all(ok for _, ok in lines))
        self.columns_button.setEnabled(bool(self._csv_paths))

    def _detect(self, path: Path, as_csv: bool) -> tuple[str, bool]:
        """The detection line for ``path`` and whether it can be imported; a file read as any
        CSV is noted in ``_csv_paths`` (and in ``_unmapped`` while its columns are unknown)."""
        if as_csv or path in self._mappings:
            fits = path in self._mappings or _fits_without_mapping(path)
        else:
            try:
                fmt = detect(path)
            except InputError as exc:
                if _csv_headers(path) is None:
                    return str(exc), False
                fits = False  # a table whose columns no format places: the mapping step reads it
            except DeskError as exc:
                return str(exc), False
            else:
                if fmt.name != CSV:
                    return f"{path.name}: {fmt.label}", True
                fits = True
        self._csv_paths.add(path)
        if path in self._mappings:
            text = self.tr("{file}: any CSV, with the columns as you mapped them")
        elif fits:
            text = self.tr(
                "{file}: any CSV, columns from its header or a profile (Columns… to check)"
            )
        else:
            self._unmapped.append(path)
            text = self.tr("{file}: a CSV whose columns need mapping: choose Columns…")
        return text.format(file=path.name), True

    @Slot()
    def _on_columns_clicked(self) -> None:
        row = self.files.currentRow()
        current = self._paths[row] if 0 <= row < len(self._paths) else None
        if current in self._csv_paths:
            self.open_mapping(current)
        else:
            first = next((p for p in self._paths if p in self._csv_paths), None)
            if first is not None:
                self.open_mapping(self._unmapped[0] if self._unmapped else first)

    def open_mapping(self, path: Path, *, then_import: bool = False) -> CsvMappingDialog:
        """Open the mapping step for ``path``; its mapping is kept for the import once accepted.

        With ``then_import``, the import goes on (to the next file's mapping, or to the import).
        """
        dialog = CsvMappingDialog(path, self, initial=self._mappings.get(path))
        dialog.accepted.connect(lambda: self._on_mapping_accepted(path, dialog, then_import))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_mapping_accepted(self, path: Path, dialog: CsvMappingDialog, then_import: bool) -> None:
        self._mappings[path] = dialog.mapping()
        self._update_detection()
        if then_import:
            self.start_import()

    def mapping_for(self, path: Path) -> ColumnMapping | None:
        """The mapping set for ``path`` in the mapping step, if any."""
        return self._mappings.get(path)

    # -- running --------------------------------------------------------------------------

    @Slot()
    def start_import(self) -> None:
        if self._unmapped:
            self.open_mapping(self._unmapped[0], then_import=True)
            return
        chosen = self.format_box.currentData() or None
        plan: list[tuple[Path, str | None, dict[str, Any] | None]] = [
            (path, CSV, self._csv_options(path))
            if path in self._csv_paths
            else (path, chosen, None)
            for path in self._paths
        ]
        engine = self._engine
        progress = Progress(None, "bytes")
        self._progress = progress

        scanned: list[ScanResult] = []
        self._scanned = scanned

        def job() -> list[ImportSummary]:
            summaries = [
                import_file(engine, path, format_name=name, options=options, progress=progress)
                for path, name, options in plan
            ]
            # Read what was added for abuse, so the customers' pages show suggested flags.
            # The import is committed by now: a scan that fails leaves it in place.
            with contextlib.suppress(DeskError):
                scanned.append(scan_messages(engine, batch_ids=[s.batch_id for s in summaries]))
            return summaries

        self.start.setEnabled(False)
        self.format_box.setEnabled(False)
        self.columns_button.setEnabled(False)
        self.outcome.setText(self.tr("Importing…"))
        self._timer.start()
        self._runner.run(job, self._on_job_done, self._on_job_failed, write=True)

    def _csv_options(self, path: Path) -> dict[str, Any]:
        """The import's options for a file read as any CSV: its mapping, and the profiles."""
        options: dict[str, Any] = {"profiles_dir": str(csv_profiles_dir())}
        if path in self._mappings:
            options["mapping"] = self._mappings[path]
        return options

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


def _csv_headers(path: Path) -> list[str] | None:
    """The header of ``path`` if it is a table of at least three columns (time, body and
    customer, the fewest a mapping needs) in a CSV's extension; else None."""
    if path.is_dir() or path.suffix.lower() not in get_format(CSV).extensions:
        return None
    try:
        headers = preview_rows(path, limit=0).headers
    except DeskError:
        return None
    return headers if len(headers) >= 3 else None


def _fits_without_mapping(path: Path) -> bool:
    """Whether a saved profile or the guess from the header covers the columns of ``path``."""
    headers = _csv_headers(path)
    if headers is None:
        return False
    try:
        mapping = resolve_mapping({"profiles_dir": str(csv_profiles_dir())}, headers)
    except DeskError:
        return False
    return mapping.complete and not mapping.absent_from(headers)
