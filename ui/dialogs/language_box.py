"""The language part of Settings: a combo of the window's languages, each in its own name.

The choice is stored (``ui.settings.LANGUAGE``) and read once at start-up by ``ui/app.py``:
strings already on screen do not re-translate themselves, so the note says the change
applies at the next start rather than half-switching the open window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from ui import i18n


class LanguageBox(QGroupBox):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language"), parent)
        self.combo = QComboBox(self)
        system = dict(i18n.LANGUAGES)[i18n.system_language()]
        self.combo.addItem(self.tr("System language ({language})").format(language=system), "")
        for code, name in i18n.LANGUAGES:
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.note = QLabel(self.tr("A new language applies the next time Breakup Desk starts."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6368;")
        form = QFormLayout(self)
        form.addRow(self.tr("Window language:"), self.combo)
        form.addRow(self.note)

    def choice(self) -> str:
        """The language code chosen, or "" to follow the system."""
        return str(self.combo.currentData() or "")
