"""Text for reportlab paragraphs with no empty boxes: a font chain, and visible placeholders.

reportlab draws a character its font lacks as an empty box (the ``.notdef`` glyph) and has no
automatic fallback. A brief that quotes "😡" or "مرحبا" as boxes misleads its reader: the
quote looks complete and is not. So every character is set in the first font of the chain
that has a glyph for it (DejaVu Sans, then Droid Sans Fallback for CJK), and what no font can
show is replaced by a marked placeholder: ``[emoji]``, ``[Arabic text]``.

Right-to-left scripts (Arabic, Hebrew, …) are always replaced, although DejaVu has their
letters: reportlab without its optional ``rlbidi`` (not on PyPI) cannot reorder them, and
Arabic also needs its letters joined (shaping). Set left to right and unjoined, a quote would
read backwards: worse than a placeholder that says what was there. The quote's SHA-256 in the
brief is of the original text, so a reader can still check it in the app.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desk.documents.fonts import BOLD, CJK, ITALIC, REGULAR, register_fonts

PLACEHOLDER_COLOUR = "#9a4d00"
EMOJI = "[emoji]"
_RTL = ("R", "AL")
# Characters that belong to the emoji before them: joiners, variation selectors, skin tones,
# the keycap and tag characters.
_EMOJI_TAIL = frozenset(
    [0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)]
)


@dataclass(frozen=True)
class Run:
    """A piece of text and how to set it: ``font`` None keeps the paragraph's font,
    ``placeholder`` marks text replaced because no font can show it."""

    text: str
    font: str | None = None
    placeholder: bool = False


@functools.cache
def _cmap(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


@functools.cache
def _everywhere() -> frozenset[int]:
    """Code points every DejaVu face has: safe in any paragraph style (bold, italic)."""
    return _cmap(REGULAR) & _cmap(BOLD) & _cmap(ITALIC)


@functools.cache
def _upright() -> frozenset[int]:
    return _cmap(REGULAR) & _cmap(BOLD)


def font_for(char: str) -> str | None:
    """The font of the chain that shows ``char``, None for "the paragraph's own"; raises
    LookupError when no font of the chain has it."""
    code = ord(char)
    if code in _everywhere() or unicodedata.category(char) in ("Cc", "Zl", "Zp"):
        return None
    if code in _upright():
        return REGULAR
    if code in _cmap(CJK):
        return CJK
    raise LookupError(char)


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in _RTL


def _is_emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0x1F000 <= ord(char) <= 0x1FAFF


def _script(char: str) -> str:
    """``Arabic``, ``Hebrew``: the first word of the character's Unicode name."""
    word = unicodedata.name(char, "unknown").split(" ")[0]
    return word if len(word) <= 3 else word.capitalize()  # "CJK", "Arabic"


def _rtl_end(text: str, start: int) -> int:
    """The end of the right-to-left run at ``start``: its letters, their marks, and the
    spaces, digits and punctuation between two of its letters."""
    end = start + 1
    while end < len(text):
        if _is_rtl(text[end]) or unicodedata.bidirectional(text[end]) == "NSM":
            end += 1
            continue
        ahead = end
        while ahead < len(text) and not _is_rtl(text[ahead]) and not text[ahead].isalpha():
            ahead += 1
        if ahead < len(text) and _is_rtl(text[ahead]):
            end = ahead
            continue
        return end
    return end


def _emoji_end(text: str, start: int) -> int:
    """The end of a run of emoji the chain cannot show, with their joiners and modifiers."""
    end = start + 1
    while end < len(text):
        char = text[end]
        if ord(char) in _EMOJI_TAIL or unicodedata.category(char) == "Mn":
            end += 1
        elif _is_emoji(char) and _uncovered(char):
            end += 1
        else:
            break
    return end


def _uncovered(char: str) -> bool:
    try:
        font_for(char)
    except LookupError:
        return True
    return False


def runs(text: str) -> list[Run]:
    """``text`` cut into runs of one font each, with what no font shows replaced."""
    out: list[Run] = []
    i = 0
    while i < len(text):
        char = text[i]
        if _is_rtl(char):
            end = _rtl_end(text, i)
            out.append(Run(f"[{_script(char)} text]", placeholder=True))
        elif _uncovered(char):
            if _is_emoji(char) or ord(char) in _EMOJI_TAIL:
                end = _emoji_end(text, i)
                out.append(Run(EMOJI, placeholder=True))
            else:
                end = i + 1
                while end < len(text) and _uncovered(text[end]) and not _is_emoji(text[end]):
                    end += 1
                out.append(Run(f"[{_script(char)} text]", placeholder=True))
        else:
            font = font_for(char)
            end = i + 1
            while end < len(text) and not _is_rtl(text[end]) and not _uncovered(text[end]):
                if font_for(text[end]) != font:
                    break
                end += 1
            out.append(Run(text[i:end], font))
        i = end
    return out


def has_placeholder(text: str) -> bool:
    """Whether ``text`` has anything the PDF shows as a placeholder."""
    return any(run.placeholder for run in runs(text))


def draw_runs(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *, right: bool = False
) -> None:
    """Draw ``text`` on a canvas from ``x`` (or ending at ``x`` when ``right``) in ``font``,
    switching fonts as :func:`markup` does: for page furniture, which is no paragraph."""
    pieces = [(run.text, REGULAR if run.placeholder else run.font or font) for run in runs(text)]
    if right:
        x -= sum(canvas.stringWidth(piece, name, size) for piece, name in pieces)
    for piece, name in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += canvas.stringWidth(piece, name, size)


def markup(text: str) -> str:
    """``text`` escaped for a platypus ``Paragraph``, each run in a font that shows it and
    placeholders marked in colour; newlines become line breaks."""
    parts: list[str] = []
    for run in runs(text):
        body = escape(run.text).replace("\n", "<br/>")
        if run.placeholder:
            parts.append(f'<font name="{REGULAR}" color="{PLACEHOLDER_COLOUR}">{body}</font>')
        elif run.font is not None:
            parts.append(f'<font name="{run.font}">{body}</font>')
        else:
            parts.append(body)
    return "".join(parts)
