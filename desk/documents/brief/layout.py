"""The brief's look: paragraph styles, the page furniture, charts as vector drawings, tables.

A sober report style: one dark ink, one navy accent, grey for secondary text, hairline rules,
light zebra rows in long tables. Every page carries the case number, "Confidential" and
"Page N of M" (counted when the document is saved, so the total is known).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.text import Text
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle
from svglib.fonts import register_font
from svglib.svglib import svg2rlg

from desk.charts.style import FONT
from desk.config import resource_path
from desk.documents.brief.tables import RowKeepingTable
from desk.documents.fonts import BOLD, ITALIC, REGULAR, has_cjk, register_fonts
from desk.documents.glyphs import draw_runs, runs
from desk.documents.glyphs import markup as para_markup

log = logging.getLogger(__name__)

INK = colors.HexColor("#1d2733")
GREY_HEX = "#5f6b7a"
GREY = colors.HexColor(GREY_HEX)
LIGHT = colors.HexColor("#8a95a3")
ACCENT_HEX = "#23395d"
ACCENT = colors.HexColor(ACCENT_HEX)
RULE = colors.HexColor("#c9d1db")
TINT = colors.HexColor("#eef2f7")
ZEBRA = colors.HexColor("#f6f8fa")
MET = colors.HexColor("#1e6b45")
MONO = "Courier"  # hex digits only: a standard PDF font needs no embedding

MARGINS = (20 * mm, 20 * mm, 22 * mm, 20 * mm)  # left, right, top, bottom
HASH_SIZE = 6.4  # points: a SHA-256 in Courier on one line of HASH_WIDTH
HASH_WIDTH = 92 * mm
CHART_DPI = 220  # the raster fallback when a chart cannot be drawn as vectors


def brief_styles(*, cjk: bool = False) -> dict[str, ParagraphStyle]:
    """The brief's paragraph styles; ``cjk`` (a Chinese brief) breaks lines between any two
    ideographs, as Chinese has no spaces to break at."""
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        wordWrap="CJK" if cjk else None,
    )
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10.5)
    return {
        "body": body,
        "small": small,
        "muted": ParagraphStyle("muted", parent=small, textColor=GREY),
        "kicker": ParagraphStyle(
            "kicker", parent=small, fontName=BOLD, textColor=ACCENT, fontSize=7.5
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=19, leading=23, spaceAfter=2
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10, textColor=GREY),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=2,
            spaceAfter=5,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3
        ),
        "point": ParagraphStyle("point", parent=body, fontName=BOLD, textColor=ACCENT),
        "lead": ParagraphStyle("lead", parent=body, fontSize=11, leading=15.5),
        "figure": ParagraphStyle(
            "figure", parent=body, fontName=BOLD, fontSize=19, leading=22, textColor=ACCENT
        ),
        "figure_label": ParagraphStyle(
            "figure_label", parent=small, fontSize=7.5, leading=9.5, textColor=GREY
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10.5),
        "cell_muted": ParagraphStyle(
            "cell_muted", parent=body, fontSize=7, leading=9, textColor=GREY
        ),
        "quote": ParagraphStyle("quote", parent=body, fontName=ITALIC, fontSize=8.5, leading=11.5),
        "quote_cjk": ParagraphStyle(
            "quote_cjk", parent=body, fontSize=8.5, leading=11.5, wordWrap="CJK"
        ),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=7.5, textColor=GREY),
        "hash": ParagraphStyle(
            "hash", parent=body, fontName=MONO, fontSize=HASH_SIZE, leading=HASH_SIZE + 2.5
        ),
        "box": ParagraphStyle("box", parent=body, fontSize=9.5, leading=13.5),
    }


def moment(value: dt.datetime) -> dt.datetime:
    """A sort key that orders aware and naive times together (naive ones are taken as UTC)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def clock(value: dt.datetime) -> str:
    """``21:05``, with the zone's name when the time carries one."""
    zone = value.tzname() if value.tzinfo is not None else None
    return f"{value:%H:%M}{f' {zone}' if zone else ''}"


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain ``text`` (escaped, CJK runs in the CJK font) as a paragraph."""
    return Paragraph(para_markup(text), style)


def two_lines(first: str, second: str, style: ParagraphStyle, *, mono: bool = False) -> Paragraph:
    """A table cell: ``first`` as it is, ``second`` under it, smaller and grey."""
    font = f" name='{MONO}'" if mono else ""
    return Paragraph(
        f"{para_markup(first)}<br/><font{font} size='{style.fontSize - 1}' color='{GREY_HEX}'>"
        f"{para_markup(second)}</font>",
        style,
    )


def quote_para(text: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """A quoted message: italic, or upright and wrapping between ideographs when it is CJK."""
    style = styles["quote_cjk"] if has_cjk(text) else styles["quote"]
    return Paragraph(f"“{para_markup(text)}”", style)


def hash_para(sha256: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph(sha256.lower(), styles["hash"])


def data_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    zebra: bool = True,
    padding: float = 4,
) -> RowKeepingTable:
    """A table that splits across pages, repeating its header row, with hairline rules, and
    never leaves a lone row on a page (see :mod:`desk.documents.brief.tables`)."""
    # splitInRow: a quote longer than a page continues on the next one instead of failing.
    table = RowKeepingTable(
        list(rows), colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if header:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ]
    if zebra:
        first = 1 if header else 0
        commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]))
    table.setStyle(TableStyle(commands))
    table.hAlign = "LEFT"
    return table


def tinted_box(content: Flowable, width: float) -> Table:
    """``content`` on a light tint with an accent bar on the left: for what must stand out."""
    box = Table([[content]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def chart_flowable(figure: Figure, width: float) -> Flowable:
    """``figure`` scaled to ``width``: vector (SVG through svglib) where it converts, else a
    PNG at :data:`CHART_DPI`, sharp in print either way.

    The SVG keeps its text as text (``svg.fonttype`` "none"), set in the same DejaVu Sans the
    chart was laid out with: four times faster to convert than glyph outlines, and the
    figures in the charts can be searched and copied from the PDF. A chart with a character
    DejaVu lacks (a Chinese title or name) is drawn with glyph outlines instead, each glyph
    from the font matplotlib's fallback chose: svglib sets a text in one font, with no
    fallback, and would draw those characters as empty boxes.
    """
    _chart_fonts()
    fig_width, fig_height = figure.get_size_inches()
    svg = io.BytesIO()
    fonttype = "path" if _beyond_dejavu(figure) else "none"
    # Only the SVG writer reads this setting, and only while this block runs.
    with matplotlib.rc_context({"svg.fonttype": fonttype, "svg.hashsalt": "brief"}):
        figure.savefig(svg, format="svg", facecolor="white", metadata={"Date": None})
    svg.seek(0)
    try:
        drawing = svg2rlg(svg)
    except Exception:  # svglib raises whatever its parser raises; fall back, never fail
        log.warning("a chart could not be drawn as vectors; embedding a PNG", exc_info=True)
        drawing = None
    if drawing is not None and drawing.width > 0:
        scale = width / drawing.width
        drawing.scale(scale, scale)
        drawing.width, drawing.height = width, drawing.height * scale
        drawing.hAlign = "CENTER"
        return drawing
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=CHART_DPI, facecolor="white")
    png.seek(0)
    return Image(png, width=width, height=width * fig_height / fig_width)


def _beyond_dejavu(figure: Figure) -> bool:
    """Whether any text of ``figure`` (tick labels included) has a character DejaVu lacks."""
    figure.draw_without_rendering()  # makes the tick labels
    register_fonts()
    dejavu = pdfmetrics.getFont(REGULAR).face.charToGlyph
    return any(
        ord(char) not in dejavu
        for text in figure.findobj(Text)
        for char in text.get_text()
        if not char.isspace()
    )


@functools.cache
def _chart_fonts() -> None:
    """Map the charts' font family (matplotlib's DejaVu Sans) onto the same font files.

    Under names of their own: svglib registers the font it maps to again, and registering
    a TrueType font resets its bold and italic mapping, which the brief's own ``Desk``
    family needs for ``<b>`` and ``<i>``.
    """
    fonts = resource_path("fonts")
    for weight, style, name, file in (
        ("normal", "normal", "Desk-Chart", "DejaVuSans.ttf"),
        ("bold", "normal", "Desk-Chart-Bold", "DejaVuSans-Bold.ttf"),
        ("700", "normal", "Desk-Chart-Bold", "DejaVuSans-Bold.ttf"),
        ("normal", "italic", "Desk-Chart-Italic", "DejaVuSans-Oblique.ttf"),
        ("normal", "oblique", "Desk-Chart-Italic", "DejaVuSans-Oblique.ttf"),
    ):
        register_font(FONT, str(fonts / file), weight=weight, style=style, rlgFontName=name)


@dataclass(frozen=True)
class Furniture:
    """What every page carries: a running head after the first page, and the footer."""

    case_id: int
    running_title: str
    company: str
    case_label: str = "Case #{case}"
    confidential: str = "Confidential"
    page_label: str = "Page {page} of {pages}"

    def first_page(self, canvas: Canvas, doc: Any) -> None:
        pass  # the summary page has its own title block

    def later_page(self, canvas: Canvas, doc: Any) -> None:
        left, right, top, _ = MARGINS
        page_width, page_height = canvas._pagesize
        y = page_height - top + 8 * mm
        canvas.saveState()
        canvas.setFillColor(GREY)
        draw_runs(canvas, left, y, self.running_title, REGULAR, 7.5)
        draw_runs(canvas, page_width - right, y, self.company, REGULAR, 7.5, right=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y - 2.5 * mm, page_width - right, y - 2.5 * mm)
        canvas.restoreState()

    def footer(self, canvas: Canvas, page: int, pages: int) -> None:
        left, right, _, bottom = MARGINS
        page_width = canvas._pagesize[0]
        y = bottom - 10 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 4 * mm, page_width - right, y + 4 * mm)
        canvas.setFillColor(ACCENT)
        label = self.case_label.format(case=self.case_id)
        draw_runs(canvas, left, y, label, BOLD, 7.5)
        canvas.setFillColor(GREY)
        after = left + canvas.stringWidth("  ", BOLD, 7.5) + _width(label, BOLD, 7.5)
        draw_runs(canvas, after, y, self.confidential, REGULAR, 7.5)
        number = self.page_label.format(page=page, pages=pages)
        draw_runs(canvas, page_width - right, y, number, REGULAR, 7.5, right=True)
        canvas.restoreState()


def _width(text: str, font: str, size: float) -> float:
    """The width :func:`draw_runs` gives ``text`` (CJK runs in the CJK font)."""
    return sum(
        float(
            pdfmetrics.stringWidth(run.text, REGULAR if run.placeholder else run.font or font, size)
        )
        for run in runs(text)
    )


def numbered_canvas(furniture: Furniture) -> Callable[..., Canvas]:
    """A canvas class that holds each page back until the end, then writes every footer with
    the page count (the usual two-pass-free "Page N of M" for platypus)."""

    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                furniture.footer(self, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas
