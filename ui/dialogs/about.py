"""The About dialog: the version, and every library the app ships with, with its licence.

The libraries are breakup-desk's requirements in the package metadata, followed through
their own requirements (extras only where asked for). In the PyInstaller bundle the spec
copies the metadata of exactly the distributions it bundles, so there the list is every
distribution found, and the licence texts come from those dist-info folders. The fonts in
``resources/fonts`` are listed with their licence files.
"""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, qVersion
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk import __version__
from desk.config import resource_path

APP = "breakup-desk"
_REQUIREMENT = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"""extra\s*==\s*['"]([^'"]+)['"]""")


@dataclass(frozen=True)
class Library:
    """A bundled library (or font) and its licence."""

    name: str
    version: str
    licence: str
    text: str  # the licence files' text, "" when the metadata carries none


def bundled_libraries(root: str = APP) -> list[Library]:
    """``root``'s requirements, and theirs, that are installed, sorted by name; and Python."""
    found = [Library("Python", platform.python_version(), "PSF-2.0", "")]
    seen = {_key(root)}  # the app itself is not a library
    queue = _requirements(root, set())
    if getattr(sys, "frozen", False):  # the bundle holds the metadata of what it bundles
        queue += [(str(dist.metadata["Name"]), set()) for dist in metadata.distributions()]
    while queue:
        name, extras = queue.pop()
        if _key(name) in seen:
            continue
        seen.add(_key(name))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform, or left out of the bundle
        found.append(
            Library(dist.metadata["Name"], dist.version, _licence(dist), _licence_text(dist))
        )
        queue += _requirements(name, extras)
    return sorted(found, key=lambda library: library.name.lower())


def bundled_fonts() -> list[Library]:
    """The fonts in resources/fonts, one per ``LICENSE-<name>.txt``."""
    return [
        Library(
            f"{path.stem.removeprefix('LICENSE-')} (font)", "", "see the text", path.read_text()
        )
        for path in sorted(resource_path("fonts").glob("LICENSE-*.txt"))
    ]


def _requirements(name: str, extras: set[str]) -> list[tuple[str, set[str]]]:
    """What ``name`` requires, with the extras asked for (``psycopg[binary]``)."""
    try:
        requires = metadata.requires(name) or []
    except metadata.PackageNotFoundError:
        return []
    wanted = []
    for line in requires:
        marker = line.split(";", 1)[1] if ";" in line else ""
        extra = _EXTRA.search(marker)
        if (extra is None or extra[1] in extras) and (match := _REQUIREMENT.match(line)):
            wanted.append((match[1], {e.strip() for e in (match[2] or "").split(",") if e}))
    return wanted


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(dist: metadata.Distribution, key: str) -> str:
    return str(dist.metadata[key]) if key in dist.metadata else ""


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    stated = _field(dist, "License").strip()
    if stated and "\n" not in stated and len(stated) <= 60:
        return stated
    classified = [
        c.rsplit(" :: ", 1)[1] for c in meta.get_all("Classifier") or [] if c.startswith("License")
    ]
    return " / ".join(classified) or "see the text"


def _licence_text(dist: metadata.Distribution) -> str:
    texts = []
    for name in dist.metadata.get_all("License-File") or []:
        # Metadata 2.4 keeps them in licenses/, older wheels at the top of the dist-info.
        text = _read(dist, f"licenses/{name}") or _read(dist, name)
        if text:
            texts.append(f"── {name} ──\n{text.strip()}\n")
    if not texts and "\n" in _field(dist, "License"):
        texts.append(_field(dist, "License"))
    return "\n".join(texts)


def _read(dist: metadata.Distribution, name: str) -> str | None:
    try:
        return dist.read_text(name)
    except UnicodeDecodeError:  # a few licence files are Latin-1 (FreeType's, for one)
        folder = getattr(dist, "_path", None)  # the dist-info folder of a PathDistribution
        return Path(folder, name).read_text("latin-1") if folder is not None else None


class AboutDialog(QDialog):
    """The version, the app's licence, and the bundled libraries with their licences."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AboutDialog", "Library"),
        QT_TRANSLATE_NOOP("AboutDialog", "Version"),
        QT_TRANSLATE_NOOP("AboutDialog", "Licence"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Breakup Desk"))
        self.resize(640, 560)
        self.libraries = bundled_libraries() + bundled_fonts()
        title = QLabel(f"<h2>Breakup Desk {__version__}</h2>", self)
        facts = QLabel(
            self.tr(
                "Licensed under the MIT licence. Python {python}, Qt {qt}, PySide6 {pyside}."
            ).format(python=platform.python_version(), qt=qVersion(), pyside=pyside_version),
            self,
        )
        facts.setWordWrap(True)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(str(c)) for c in self.COLUMNS])
        for library in self.libraries:
            row = [QStandardItem(library.name), QStandardItem(library.version)]
            row.append(QStandardItem(library.licence))
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Select a library to read its licence."))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(facts)
        layout.addWidget(QLabel(self.tr("Libraries and fonts included, and their licences:")))
        layout.addWidget(self.table, 3)
        layout.addWidget(self.text, 2)
        layout.addWidget(buttons)

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if rows:
            library = self.libraries[min(rows)]
            self.text.setPlainText(library.text or self.tr("(no licence text in its metadata)"))


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog without blocking; it deletes itself when closed."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
