"""Fonts for every PDF: DejaVu Sans (Latin, Cyrillic, Greek) with Droid Sans Fallback for CJK.

Both ship in ``resources/fonts`` and are embedded (subset) in each PDF, so Cyrillic and
Chinese quotes render on any reader, never as boxes. :func:`para_markup` escapes text for a
platypus ``Paragraph`` and switches runs of CJK characters to the CJK font.
"""

from __future__ import annotations

import functools
import re
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk.config import resource_path

REGULAR = "Desk"
BOLD = "Desk-Bold"
ITALIC = "Desk-Italic"
CJK = "Desk-CJK"

# CJK ideographs, kana, hangul, CJK punctuation and full-width forms.
_CJK_RUN = re.compile(
    "[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+"
)


@functools.cache
def register_fonts() -> None:
    """Register the fonts with reportlab once per process (safe to call often)."""
    fonts = resource_path("fonts")
    pdfmetrics.registerFont(TTFont(REGULAR, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(fonts / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont(CJK, str(fonts / "DroidSansFallbackFull.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 1, 0, CJK)
    addMapping(CJK, 0, 1, CJK)
    addMapping(CJK, 1, 1, CJK)


def has_cjk(text: str) -> bool:
    return _CJK_RUN.search(text) is not None


def para_markup(text: str) -> str:
    """``text`` escaped for a ``Paragraph``, with CJK runs set in the CJK font."""
    parts: list[str] = []
    last = 0
    for match in _CJK_RUN.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f'<font name="{CJK}">{escape(match.group())}</font>')
        last = match.end()
    parts.append(escape(text[last:]))
    return "".join(parts).replace("\n", "<br/>")
