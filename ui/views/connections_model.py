"""The connections table: name, helpdesk, address and last sync, over what ``desk`` returns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from desk.connect.store import ConnectionInfo
from desk.connect.sync import CONNECTORS
from ui import labels
from ui.formatting import iso_date_time
from ui.models.headered import AnyIndex, RowsTableModel


class ConnectionsModel(RowsTableModel[ConnectionInfo]):
    """One row per connection; ``ObjectRole`` gives its :class:`ConnectionInfo`."""

    NAME, VENDOR, ADDRESS, LAST_SYNC = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConnectionsModel", "Name"),
        QT_TRANSLATE_NOOP("ConnectionsModel", "Helpdesk"),
        QT_TRANSLATE_NOOP("ConnectionsModel", "Address"),
        QT_TRANSLATE_NOOP("ConnectionsModel", "Last sync"),
    )

    def rows(self) -> list[ConnectionInfo]:
        return list(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.row_at(index)
        if info is None:
            return None
        if role == self.ObjectRole:
            return info
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.NAME:
            return info.name
        if column == self.VENDOR:
            found = CONNECTORS.get(info.vendor)
            return labels.connector_label(info.vendor, found.label) if found else info.vendor
        if column == self.ADDRESS:
            return info.base_url
        if column == self.LAST_SYNC:
            if info.last_sync_at is None:
                return self.tr("never")
            return self.tr("{time} UTC").format(time=iso_date_time(info.last_sync_at))
        return None
