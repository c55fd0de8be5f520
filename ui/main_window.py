"""The main window: for now a welcome page and the database in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.models import Customer, Message


class MainWindow(QMainWindow):
    """Breakup Desk's main window."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self.setWindowTitle(self.tr("Breakup Desk"))
        self.resize(1100, 720)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome = QLabel(central)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        layout.addWidget(self.welcome)
        self.setCentralWidget(central)
        self.refresh()

    def refresh(self) -> None:
        with Session(self._engine) as session:
            customers = session.scalar(select(func.count()).select_from(Customer)) or 0
            messages = session.scalar(select(func.count()).select_from(Message)) or 0
        if customers:
            text = self.tr("{customers} customers, {messages} messages").format(
                customers=f"{customers:,}", messages=f"{messages:,}"
            )
        else:
            text = self.tr(
                "Welcome to Breakup Desk.\n\nThe database is empty: import a helpdesk export "
                "with 'breakup-desk import FILE', or try the demo with 'breakup-desk demo'."
            )
        self.welcome.setText(text)
        self.statusBar().showMessage(
            self.tr("Database: {url}").format(url=self._engine.url.render_as_string())
        )
