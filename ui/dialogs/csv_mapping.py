"""The mapping step for any CSV: say which column holds what, and see the first rows read."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.config import csv_profiles_dir
from desk.errors import DeskError
from desk.ingest.formats.csv_mapping import (
    COLUMN_FIELDS,
    CUSTOMER_VALUES,
    LABELS,
    ColumnMapping,
    ProfileStore,
    guess_mapping,
)
from desk.ingest.formats.generic_csv import Preview, preview_rows
from desk.ingest.streams.csv_rows import header_key
from ui.models.csv_preview import CsvPreviewModel

GUESS = ""  # the profile combo's item for the header's guess; saved profiles carry their name
TYPING_MS = 250  # re-read the preview this long after the last key typed in a text field
# Left column: when, what and which conversation; right column: who.
# The core's field names (desk/ingest/formats/csv_mapping.py LABELS), for lupdate to collect.
FIELD_NAMES = {
    "conversation": QT_TRANSLATE_NOOP("CsvMappingDialog", "conversation id"),
    "message_id": QT_TRANSLATE_NOOP("CsvMappingDialog", "message id"),
    "author": QT_TRANSLATE_NOOP("CsvMappingDialog", "author"),
    "author_email": QT_TRANSLATE_NOOP("CsvMappingDialog", "author email"),
    "is_customer": QT_TRANSLATE_NOOP("CsvMappingDialog", "is the customer (direction)"),
    "customer": QT_TRANSLATE_NOOP("CsvMappingDialog", "customer"),
    "time": QT_TRANSLATE_NOOP("CsvMappingDialog", "time"),
    "body": QT_TRANSLATE_NOOP("CsvMappingDialog", "body"),
    "subject": QT_TRANSLATE_NOOP("CsvMappingDialog", "subject"),
}
LEFT = ("time", "body", "conversation", "customer")
RIGHT = ("is_customer", "author", "author_email", "message_id", "subject")


def _mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with ``&`` before its first free letter, preferring the start of a word."""
    letters = [i for i, ch in enumerate(text) if ch.isalpha()]
    starts = [i for i in letters if i == 0 or not text[i - 1].isalpha()]
    for i in starts + letters:
        if text[i].casefold() not in taken:
            taken.add(text[i].casefold())
            return f"{text[:i]}&{text[i:]}"
    return text


class CsvMappingDialog(QDialog):
    """Maps the columns of one CSV, with a live preview of its first rows.

    Open it with ``open()`` and read :meth:`mapping` on ``accepted``.
    """

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        initial: ColumnMapping | None = None,
        profiles_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._store = ProfileStore(profiles_dir or csv_profiles_dir())
        self._applied: ColumnMapping | None = None  # the profile (or guess) last put in the form
        self._delimiter = initial.delimiter if initial else None
        self._profiles_error = ""
        self._lacking = ""  # the columns the chosen profile names that this file lacks
        self.setWindowTitle(self.tr("Map the columns of {file}").format(file=self._path.name))
        self.resize(900, 600)
        self._taken = {"o", "c"}  # the mnemonics of OK and Cancel
        try:
            self._file: Preview | None = preview_rows(
                self._path, ColumnMapping(delimiter=self._delimiter)
            )
            self._file_error = ""
        except DeskError as exc:
            self._file, self._file_error = None, str(exc)
        self._headers = self._file.headers if self._file else []

        self.profile_box = QComboBox(self)
        self.save_button = QPushButton(self)
        self.columns = {field: self._column_box() for field in COLUMN_FIELDS}
        self.customer_values = QLineEdit(self)
        self.customer_values.setPlaceholderText(
            self.tr("Empty: the usual ones ({values} …)").format(
                values=", ".join(CUSTOMER_VALUES[:6])
            )
        )
        self.customer_values.setToolTip(
            self.tr(
                "The values of the direction column that mean the customer wrote the row, "
                "separated by commas."
            )
        )
        self.time_format = QLineEdit(self)
        self.time_format.setPlaceholderText(self.tr("Optional, e.g. %d.%m.%Y %H:%M"))
        self.time_format.setToolTip(
            self.tr("A strptime pattern, for times the usual forms do not read (day first …).")
        )
        self.model = CsvPreviewModel(self)
        self.table = self._preview_table()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._lay_out()

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_MS)
        self._typing.timeout.connect(self.refresh)
        self._fill_profiles()
        self._start(initial)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.profile_box.activated.connect(self._on_profile_box_activated)
        for box in self.columns.values():
            box.currentIndexChanged.connect(self.refresh)
        for edit in (self.customer_values, self.time_format):
            edit.textChanged.connect(self._typing.start)
            edit.editingFinished.connect(self.refresh)

    # -- building -------------------------------------------------------------------------

    def _column_box(self) -> QComboBox:
        """A combo of the file's headers, each with a sample cell to recognise it by."""
        box = QComboBox(self)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(20)
        box.addItem(self.tr("(none)"), None)
        rows = self._file.rows if self._file else []
        for i, header in enumerate(self._headers):
            cells = (row[i] for row in rows if i < len(row))
            sample = " ".join(next((c for c in cells if c.strip()), "").split())
            if len(sample) > 24:
                sample = sample[:23] + "…"
            text = self.tr("{header} (e.g. {sample})") if sample else "{header}"
            box.addItem(text.format(header=header, sample=sample), header)
        return box

    def _preview_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CsvPreviewModel.BODY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CsvPreviewModel.PROBLEM, QHeaderView.ResizeMode.Stretch)
        return table

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(_mnemonic(text, self._taken), self)
        label.setBuddy(buddy)
        return label

    def _field_row(self, form: QFormLayout, field: str) -> None:
        text = self.tr(str(FIELD_NAMES.get(field, LABELS[field])))
        form.addRow(self._label(f"{text[:1].upper()}{text[1:]}:", self.columns[field]),
                    self.columns[field])  # fmt: skip

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Say which column holds what. The preview shows how the first rows will be read; "
                "a row with a problem is set aside at import, with the reason."
            ),
            self,
        )
        intro.setWordWrap(True)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self._label(self.tr("Profile:"), self.profile_box))
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.save_button)
        left, right = QFormLayout(), QFormLayout()
        for field in LEFT:
            self._field_row(left, field)
        left.insertRow(1, self._label(self.tr("Time format:"), self.time_format), self.time_format)
        for field in RIGHT:
            self._field_row(right, field)
        right.insertRow(
            1, self._label(self.tr("Customer values:"), self.customer_values), self.customer_values
        )
        forms = QHBoxLayout()
        forms.addLayout(left, 1)
        forms.addSpacing(18)
        forms.addLayout(right, 1)
        self.save_button.setText(_mnemonic(self.tr("Save as profile…"), self._taken))
        where = (
            self.tr("Preview of the first rows ({encoding}, “{delimiter}” between cells):").format(
                encoding=self._file.encoding, delimiter=self._file.delimiter
            )
            if self._file
            else self.tr("Preview of the first rows:")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(profile_row)
        layout.addLayout(forms)
        layout.addWidget(self._label(where, self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        order: list[QWidget] = [self.profile_box, self.save_button]
        order += [self.columns["time"], self.time_format]
        order += [self.columns[field] for field in LEFT[1:]]
        order += [self.columns["is_customer"], self.customer_values]
        order += [self.columns[field] for field in RIGHT[1:]]
        order += [self.table, *self.buttons.buttons()]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- the mapping ----------------------------------------------------------------------

    def mapping(self) -> ColumnMapping:
        """The mapping the form shows, named after its profile while it is unchanged."""
        values = tuple(v.strip().casefold() for v in self.customer_values.text().split(","))
        columns: dict[str, Any] = {f: box.currentData() or None for f, box in self.columns.items()}
        mapping = ColumnMapping(
            **columns,
            customer_values=tuple(v for v in values if v) or CUSTOMER_VALUES,
            time_format=self.time_format.text().strip() or None,
            delimiter=self._delimiter,
        )
        applied = self._applied
        if applied and applied.name and dataclasses.replace(mapping, name=applied.name) == applied:
            return applied
        return mapping

    def set_mapping(self, mapping: ColumnMapping) -> None:
        """Show ``mapping`` in the form (with the file's spelling of its headers) and re-read."""
        spelled = {header_key(h): h for h in self._headers}
        widgets: list[QWidget] = [*self.columns.values(), self.customer_values, self.time_format]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for field, box in self.columns.items():
                header = getattr(mapping, field)
                found = box.findData(spelled.get(header_key(header), header)) if header else 0
                box.setCurrentIndex(max(found, 0))
            values = mapping.customer_values
            self.customer_values.setText("" if values == CUSTOMER_VALUES else ", ".join(values))
            self.time_format.setText(mapping.time_format or "")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._delimiter = mapping.delimiter
        self._applied = mapping
        absent = mapping.absent_from(self._headers) if self._headers else []
        self._lacking = (
            self.tr("(This file has no column {names}.)").format(names=", ".join(absent))
            if absent
            else ""
        )
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read the first rows with the form's mapping, and say what is still needed."""
        self._typing.stop()
        self.customer_values.setEnabled(bool(self.columns["is_customer"].currentData()))
        if self._file is None:
            self._show(self._file_error, ready=False)
            return
        try:
            preview = preview_rows(self._path, self.mapping())
        except DeskError as exc:
            self.model.set_rows([])
            self._show(str(exc), ready=False)
            return
        self.model.set_rows(preview.mapped)
        self._show(self._describe(preview), ready=not preview.missing)

    def _describe(self, preview: Preview) -> str:
        # The combos offer only this file's columns, so a mapping read from the form names none
        # the file lacks (a profile's missing ones are said by _lacking).
        if preview.missing:
            return self.tr("Still needed: {needs}.").format(needs="; ".join(preview.missing))
        total = len(preview.mapped)
        problems = sum(1 for row in preview.mapped if row.problem)
        text = self.tr("Ready: {read} of {total} preview rows read.").format(
            read=total - problems, total=total
        )
        if problems:
            text += " " + self.tr(
                "{problems} with a problem will be set aside at import (see Problem)."
            ).format(problems=problems)
        return text

    def _show(self, text: str, *, ready: bool) -> None:
        self.status.setText(" ".join(t for t in (text, self._lacking, self._profiles_error) if t))
        self.ok_button.setEnabled(ready)

    # -- profiles -------------------------------------------------------------------------

    def _fill_profiles(self, current: str = GUESS) -> None:
        self.profile_box.clear()
        self.profile_box.addItem(self.tr("Guess from the header"), GUESS)
        try:
            names = self._store.names()
        except DeskError as exc:
            self._profiles_error = self.tr("(Saved profiles: {reason})").format(reason=exc)
            names = []
        for name in names:
            self.profile_box.addItem(name, name)
        self.profile_box.setCurrentIndex(max(self.profile_box.findData(current), 0))

    def _start(self, initial: ColumnMapping | None) -> None:
        """Start on ``initial``, else on a saved profile that fits the file, else the guess."""
        start = initial
        if start is None and self._headers:
            try:
                start = self._store.match(self._headers)
            except DeskError as exc:
                self._profiles_error = self.tr("(Saved profiles: {reason})").format(reason=exc)
        if start is None:
            start = guess_mapping(self._headers)
        self.profile_box.setCurrentIndex(max(self.profile_box.findData(start.name or GUESS), 0))
        self.set_mapping(start)

    @Slot(int)
    def _on_profile_box_activated(self, index: int) -> None:
        name = str(self.profile_box.itemData(index) or GUESS)
        try:
            chosen = self._store.load(name) if name else guess_mapping(self._headers)
        except DeskError as exc:
            self.status.setText(str(exc))
            return
        self.set_mapping(chosen)

    @Slot()
    def _on_save_clicked(self) -> None:
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Save the column mapping"))
        ask.setLabelText(self.tr("Profile name, for the next export of this kind:"))
        ask.setTextValue(self.mapping().name or self._path.stem)
        ask.textValueSelected.connect(self.save_profile)
        ask.finished.connect(ask.deleteLater)
        ask.open()

    @Slot(str)
    def save_profile(self, name: str) -> bool:
        """Save the form's mapping as the profile ``name``; the status line says how it went."""
        mapping = dataclasses.replace(self.mapping(), name=name.strip())
        try:
            replacing = mapping.name in self._store.names()
            self._store.save(mapping)
        except (DeskError, OSError) as exc:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=exc))
            return False
        self._profiles_error = ""
        self._fill_profiles(mapping.name)
        self._applied = mapping
        text = (
            self.tr("Saved as the profile “{name}”, replacing the one saved before.")
            if replacing
            else self.tr("Saved as the profile “{name}”.")
        )
        self.status.setText(text.format(name=mapping.name))
        return True
