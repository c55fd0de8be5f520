"""The shared look: a sober board-slide style on the Okabe-Ito colour-blind-safe palette.

Charts are 16:9, titled at the top left with a one-line takeaway and a grey subtitle, with no
top or right frame, a light grid on the value axis only, and the numbers written on the bars.
"""

from __future__ import annotations

import functools
import logging
from typing import Literal

from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from desk.config import resource_path

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
# deficiency and in greyscale print.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}
CUSTOMER = OKABE_ITO["vermillion"]  # the customer in question, always
AVERAGE = OKABE_ITO["blue"]  # the average customer, always
REFERENCE = OKABE_ITO["sky_blue"]  # other reference figures (median, percentiles)
OTHERS = "#B8B8B8"  # everyone else
INCIDENT = OKABE_ITO["black"]
TEXT = "#222222"
MUTED = "#666666"
GRID = "#E3E3E3"
FONT = "DejaVu Sans"  # ships with matplotlib (and in resources/fonts): Latin, Cyrillic, Greek
CJK_FONT = "Droid Sans Fallback"  # resources/fonts, as in the PDFs: Chinese, Japanese, Korean
# matplotlib (3.6 and later) takes a list as a family and sets each glyph in the first font
# of the list that has it: a Chinese customer name or title is never a row of empty boxes.
FAMILY = [FONT, CJK_FONT]
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
              "DroidSansFallbackFull.ttf")  # fmt: skip

SLIDE = (10.0, 5.625)  # inches, 16:9
TITLE_SIZE = 17
SUBTITLE_SIZE = 11.5
LABEL_SIZE = 11
ANNOTATION_SIZE = 11
FOOTNOTE_SIZE = 8.5


@functools.cache
def register_chart_fonts() -> None:
    """Add the fonts of ``resources/fonts`` to matplotlib's font manager, once per process:
    the same files the PDFs embed, whatever fonts the machine has."""
    fonts = resource_path("fonts")
    for name in FONT_FILES:
        font_manager.fontManager.addfont(str(fonts / name))
    logging.getLogger("matplotlib.font_manager").addFilter(_no_bold_cjk_notice)


def _no_bold_cjk_notice(record: logging.LogRecord) -> bool:
    """Drop matplotlib's notice that the CJK font has no bold (it sets those glyphs in its
    only weight, as the PDFs do): said once per bold title, it would fill the terminal."""
    return CJK_FONT not in record.getMessage()


def new_figure(size: tuple[float, float] = SLIDE) -> Figure:
    register_chart_fonts()
    figure = Figure(figsize=size, dpi=100, facecolor="white", layout=None)
    return figure


def title_block(figure: Figure, title: str, subtitle: str = "", footnote: str = "") -> None:
    """A left-aligned takeaway title, a grey subtitle under it, and a small footnote.

    Placed in inches from the top, so a taller figure keeps the same header; a long title is
    set smaller rather than cut off (DejaVu Sans Bold averages about 0.62 em per character).
    """
    height = figure.get_figheight()
    left = 0.4 / figure.get_figwidth()
    figure.text(
        left,
        1 - 0.28 / height,
        title,
        fontsize=TITLE_SIZE,
        fontweight="bold",
        color=TEXT,
        family=FAMILY,
        ha="left",
        va="top",
        gid=_TITLE,
    )
    if subtitle:
        figure.text(
            left,
            1 - 0.72 / height,
            subtitle,
            fontsize=SUBTITLE_SIZE,
            color=MUTED,
            family=FAMILY,
            ha="left",
            va="top",
            gid=_SUBTITLE,
        )
    fit_title_block(figure)
    if footnote:
        figure.text(
            left,
            0.14 / height,
            footnote,
            fontsize=FOOTNOTE_SIZE,
            color=MUTED,
            family=FAMILY,
            ha="left",
            va="bottom",
        )


_TITLE, _SUBTITLE = "title-block:title", "title-block:subtitle"
# Points a character takes, per point of size: DejaVu Sans Bold and Book, on average.
_EM = {_TITLE: (TITLE_SIZE, 0.62), _SUBTITLE: (SUBTITLE_SIZE, 0.52)}


def fit_title_block(figure: Figure) -> None:
    """Set the title and subtitle as large as their figure's width allows (up to their usual
    sizes): again when a live canvas resizes the figure, so a narrow window shrinks them rather
    than cutting them off."""
    usable = (figure.get_figwidth() - 0.8) * 72
    get_renderer = getattr(figure.canvas, "get_renderer", None)  # drawn on Agg: measure
    for text in figure.texts:
        fit = _EM.get(text.get_gid() or "")
        if fit is None:
            continue
        size, em = fit
        if get_renderer is None:
            text.set_fontsize(min(size, usable / (em * max(1, len(text.get_text())))))
            continue
        text.set_fontsize(size)
        width = text.get_window_extent(get_renderer()).width * 72 / figure.dpi
        if width > usable:
            text.set_fontsize(size * usable / width)


def content_top(figure: Figure, gap: float = 0.0) -> float:
    """The figure fraction just below the title block (minus ``gap`` inches)."""
    return 1 - (1.3 + gap) / figure.get_figheight()


def plain_axes(axes: Axes, *, grid_axis: Literal["x", "y", ""] = "y") -> None:
    """No top/right frame, light grid on the value axis behind the data, quiet ticks."""
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color("#999999")
    axes.tick_params(colors=TEXT, labelsize=LABEL_SIZE - 1, length=3, labelfontfamily=FAMILY)
    axes.set_axisbelow(True)
    if grid_axis:
        axes.grid(axis=grid_axis, color=GRID, linewidth=0.8)
    axes.xaxis.label.set_color(TEXT)
    axes.yaxis.label.set_color(TEXT)
    axes.xaxis.label.set_fontsize(LABEL_SIZE)
    axes.yaxis.label.set_fontsize(LABEL_SIZE)


def capital(text: str) -> str:
    """``text`` with its first letter capital, the rest as written (unlike ``str.capitalize``)."""
    return text[:1].upper() + text[1:]


def fmt_number(value: float) -> str:
    """``897``, ``18``, ``5.3``, ``12,480``: no decimals once it is large or whole."""
    if abs(value) >= 100 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.1f}"


def fmt_ratio(ratio: float) -> str:
    """``50×``, ``3.4×``."""
    return f"{ratio:,.0f}×" if ratio >= 10 else f"{ratio:.1f}×"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"
