"""The import dialog: pick files, see the detected format, import with progress and Cancel.

A CSV that no vendor format claims is read through a column mapping: the Columns… button (or
Import, for a file whose columns are not known yet) opens the mapping step for it.

Each file is committed on its own (see :mod:`ui.dialogs.import_job`), so the outcome is told
file by file: what went in, with its counts, and what did not, with the reason. A scan for
abuse that fails after the import is said too, with a Scan again button.
"""

from __future__ import annotations

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
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.abuse.detector import DetectorOptions
from desk.abuse.scan import ScanResult
from desk.config import csv_profiles_dir
from desk.db.handle import Engine
from desk.errors import DeskError, InputError
from desk.ingest.formats.csv_mapping import ColumnMapping
from desk.ingest.formats.generic_csv import preview_rows, resolve_mapping
from desk.ingest.loader import ImportSummary
from desk.ingest.registry import FORMATS, detect, get_format
from desk.progress import Progress
from ui import labels
from ui.dialogs.csv_mapping import CsvMappingDialog
from ui.dialogs.import_job import ImportOutcome, reason_of, run_imports, scan_imported
from ui.dialogs.import_outcome import outcome_lines, show_rejections
from ui.workers import TaskRunner

POLL_MS = 100
AUTO = ""
CSV = "csv"  # the registry's name for any CSV read through a column mapping


class ImportDialog(QDialog):
    """Imports one or more export files in a worker, leaving the window responsive.

    ``detector_options`` choose the rule packs the scan after the import reads (the shipped
    ones by default).

    Signals:
        imported(object): the list of :class:`ImportSummary` of the files that went in,
            whenever at least one did (even when others failed); again once a retried scan
            has added their flags. The main window reloads the customer list on it.
    """

    imported = Signal(object)

    def __init__(
        self,
        engine: Engine,
        runner: TaskRunner,
        paths: list[Path] | None = None,
        parent: QWidget | None = None,
        *,
        detector_options: DetectorOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import helpdesk exports"))
        self.setMinimumWidth(620)
        self._engine = engine
        self._runner = runner
        self._paths: list[Path] = []
        self._progress: Progress | None = None
        self._detector_options = detector_options
        self._outcome = ImportOutcome()
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
            self.format_box.addItem(labels.format_label(fmt.name, fmt.label), fmt.name)
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
        self.scan_again = QPushButton(self.tr("&Scan again"), self)
        self.scan_again.setToolTip(self.tr("Read the imported messages for abuse again"))
        self.scan_again.setVisible(False)
        self.scan_again.clicked.connect(self._on_scan_again_clicked)

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
        actions = QHBoxLayout()
        actions.addWidget(self.show_rejections)
        actions.addWidget(self.scan_again)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # An explicit minimum overrides the layout's: keep the labels whole in any language.
        self.setMinimumWidth(max(620, self.minimumSizeHint().width()))

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
                    return f"{path.name}: {labels.format_label(fmt.name, fmt.label)}", True
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
        engine, options = self._engine, self._detector_options
        progress = Progress(None, "bytes")
        self._progress = progress

        def job() -> ImportOutcome:
            return run_imports(engine, plan, progress, options)

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
        assert isinstance(result, ImportOutcome)
        self._outcome = result
        self._finish()
        if not result.failed:
            self.bar.setValue(1000)
        self._show_outcome()
        if result.imported:
            self.imported.emit(result.imported)

    def _on_job_failed(self, exc: BaseException) -> None:
        # run_imports reports each file's failure itself: reaching here is a bug in the job.
        self._finish()
        self.bar.setValue(0)
        self.outcome.setText(
            self.tr("The import stopped: {reason}. Files finished before it stay imported.").format(
                reason=reason_of(exc)
            )
        )

    def _show_outcome(self) -> None:
        result = self._outcome
        self.outcome.setText("\n".join(outcome_lines(result)))
        self.show_rejections.setVisible(any(s.rejected for s in result.imported))
        self.scan_again.setVisible(bool(result.imported) and result.scan is None)
        self.scan_again.setEnabled(True)

    @Slot()
    def _on_scan_again_clicked(self) -> None:
        engine, options = self._engine, self._detector_options
        batch_ids = self._outcome.batch_ids
        self.scan_again.setEnabled(False)
        self.outcome.setText(self.outcome.text() + "\n" + self.tr("Scanning again…"))
        self._runner.run(
            lambda: scan_imported(engine, batch_ids, options),
            self._on_rescanned,
            self._on_rescan_failed,
            write=True,
        )

    def _on_rescanned(self, scan: object) -> None:
        assert isinstance(scan, ScanResult)
        self._outcome.scan, self._outcome.scan_error = scan, None
        self._show_outcome()
        self.imported.emit(self._outcome.imported)  # the list shows the new flags

    def _on_rescan_failed(self, exc: BaseException) -> None:
        self._outcome.scan_error = reason_of(exc)
        self._show_outcome()

    @Slot()
    def _on_show_rejections_clicked(self) -> None:
        show_rejections(self, self._outcome.imported)

    @property
    def summaries(self) -> list[ImportSummary]:
        """The files that went in, in the order they were imported."""
        return self._outcome.imported

    @property
    def import_outcome(self) -> ImportOutcome:
        """What the last import did, file by file (empty before one ran)."""
        return self._outcome


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
