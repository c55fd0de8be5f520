"""What the right pane says before any customer is picked, instead of an empty page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PickCustomerHint(QWidget):
    """Tells a manager on a first start what the list is and what to do with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Pick a customer"), self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.text = QLabel(
            self.tr(
                "Pick a customer on the left to see their volume against the average "
                "customer, their conversations and the messages flagged for review.\n\n"
                "The list is sorted by messages written, so the customers who take the "
                "most of your team's time come first; “vs average” says how many times the "
                "average customer's volume that is. Search by name, email or organisation, "
                "or right-click the column headers to show more columns."
            ),
            self,
        )
        self.text.setWordWrap(True)
        # The words sit in a column of readable width. A wrapped label placed with an alignment
        # flag loses its height-for-width and gets clipped, so the column is centred with
        # stretches around a box that holds the labels unaligned.
        box = QWidget(self)
        box.setMaximumWidth(480)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for label in (self.title, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
