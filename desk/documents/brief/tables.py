"""Tables that break across pages the way a reader expects: never a lone row.

A long table in the brief (the incidents, the evidence hashes) may run over several pages,
its header repeated on each. Left to itself, platypus breaks it wherever the page ends: a
page can then close on the header and one row, or the next page hold the header and the
table's last row alone, and a section's heading can sit at the foot of a page with one row
under it. :class:`RowKeepingTable` breaks only where at least :data:`MIN_ROWS` body rows stay
on each side, and :class:`KeepWithFirstRows` takes a heading over to the next page together
with those first rows when they do not fit under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, LongTable

MIN_ROWS = 2  # body rows a page keeps on either side of a break in a table


class RowKeepingTable(LongTable):  # type: ignore[misc]
    """A :class:`LongTable` that breaks only between :data:`MIN_ROWS` body rows and more.

    reportlab's ``rowSplitRange`` does the refusing; platypus builds each part of a broken
    table through the same class, so every later part refuses alike. A table whose first
    rows would not fit even on a fresh page (a row taller than a page) breaks as reportlab
    would, rather than not at all.
    """

    _rowSplitRange: tuple[int, int] | None  # noqa: N815 (reportlab's attribute)

    def __init__(self, data: Sequence[Sequence[Any]], *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self._rowSplitRange = self._split_range()

    def _split_range(self) -> tuple[int, int]:
        """Break after the header and MIN_ROWS rows at the earliest, MIN_ROWS from the end at
        the latest (as reportlab's ``rowSplitRange``: first and last row of a first part)."""
        return self._head() + MIN_ROWS, -MIN_ROWS

    def _head(self) -> int:
        return self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)

    def onSplit(self, part: RowKeepingTable, by_row: int = 1) -> None:
        # reportlab carries the range over to the parts in this table's row numbers; each
        # part keeps the same rule in its own.
        part._rowSplitRange = part._split_range()

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if parts:
            return parts
        frame = getattr(self, "_frame", None)
        fresh = float(getattr(frame, "_aH", avail_height))  # a whole frame, as on the next page
        if sum(self._rowHeights[: self.lead_rows()]) <= fresh:
            return []  # the next page can start it well: move it there whole
        kept: tuple[int, int] | None = self._rowSplitRange
        self._rowSplitRange = None
        try:
            forced: list[Flowable] = super().split(avail_width, avail_height)
        finally:
            self._rowSplitRange = kept
        return forced

    def lead_rows(self) -> int:
        """How many rows (header included) must fit under a heading for the table to start."""
        head = self._head()
        body = len(self._cellvalues) - head
        # A table too short to break leaving MIN_ROWS on each side moves as a whole.
        return head + (body if body < 2 * MIN_ROWS else MIN_ROWS)


class KeepWithFirstRows(KeepTogether):  # type: ignore[misc]
    """A section's opening (heading, introduction) kept on one page with its table's first
    rows: moved to the next page with them when they do not fit, while the rest of the table
    flows on as it will (a KeepTogether of the whole table would push every long table to
    a fresh page)."""

    def __init__(self, opening: Sequence[Flowable], table: RowKeepingTable) -> None:
        super().__init__([*opening, table])
        self._opening = list(opening)
        self._table = table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        result: tuple[float, float] = super().wrap(avail_width, avail_height)
        # KeepTogether moves its content to the next frame when ``_H`` does not fit: make
        # that the height of the opening and the table's first rows, not of the whole.
        opening = sum(
            f.wrap(avail_width, avail_height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            for f in self._opening
        )
        self._table.wrap(avail_width, avail_height)
        self._H = opening + sum(self._table._rowHeights[: self._table.lead_rows()])
        return result
