"""The letter PDF: letterhead, recipient, date, subject, body, incidents, and a signature block
with an empty AcroForm signature field named for the signatory (or a scanned signature).

:func:`render_letter` is the one renderer: the wizard's preview and the stored letter are the
same bytes for the same input.
"""

from __future__ import annotations

import io
import re
from typing import Any

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from desk.documents.fonts import BOLD, REGULAR, register_fonts
from desk.documents.glyphs import markup as para_markup
from desk.documents.letter_text import FilledLetter, LetterContext, fill, template_values
from desk.errors import InputError

PAPERS = {"a4": A4, "letter": LETTER}
SIGNATURE_BOX = (62 * mm, 20 * mm)
GREY = colors.HexColor("#5f6b7a")
INK = colors.HexColor("#1d2733")


def signature_field_name(signatory: str) -> str:
    """``Signature_Dana_Whitfield``: PDF field names may not contain periods."""
    cleaned = re.sub(r"[^\w]+", "_", signatory, flags=re.UNICODE).strip("_")
    return f"Signature_{cleaned or 'Signatory'}"


class _SignaturePlace(Flowable):  # type: ignore[misc]
    """An empty signature line that remembers where, on which page, it was drawn."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.found: dict[str, Any] = {}

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber() - 1
        self.found.update(page=page, box=(x, y, x + self.width, y + self.height))
        self.canv.setStrokeColor(GREY)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 0, self.width, 0)


def _styles(language: str) -> dict[str, ParagraphStyle]:
    wrap = "CJK" if language == "zh" else None  # break lines between ideographs, not at spaces
    base = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=10.5, leading=15, textColor=INK, wordWrap=wrap
    )
    return {
        "body": base,
        "company": ParagraphStyle("company", parent=base, fontName=BOLD, fontSize=17, leading=21),
        "address": ParagraphStyle("address", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        "date": ParagraphStyle("date", parent=base, alignment=TA_RIGHT),
        "subject": ParagraphStyle("subject", parent=base, fontName=BOLD, fontSize=11.5, leading=16),
        "quote": ParagraphStyle("quote", parent=base, fontSize=10, leading=14),
        "sign": ParagraphStyle("sign", parent=base, leading=14),
    }


def render_letter(
    context: LetterContext,
    *,
    paper: str = "a4",
    template: str | None = None,
    body_override: str | None = None,
) -> bytes:
    """The letter as PDF bytes. ``body_override`` replaces the filled template's body (the
    wizard lets the manager edit it); the subject still comes from the template."""
    if paper not in PAPERS:
        raise InputError(f"unknown paper {paper!r}; choose a4 or letter")
    register_fonts()
    filled = fill(context, template)
    if body_override is not None:
        filled = FilledLetter(subject=filled.subject, body=body_override.strip())
    styles = _styles(context.language)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAPERS[paper],
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=filled.subject,
        author=f"{context.signatory_name}, {context.signatory_title}, {context.company_name}",
        subject=f"Letter to {context.customer_name}",
        creator="Breakup Desk",
        lang=context.language,
    )
    place = _SignaturePlace(*SIGNATURE_BOX)
    story = [*_letterhead(context, styles), *_recipient(context, styles)]
    story.append(Paragraph(para_markup(_format_date_line(context)), styles["date"]))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(para_markup(filled.subject), styles["subject"]))
    story.append(Spacer(1, 4 * mm))
    story.extend(_body(filled.body, styles))
    story.append(KeepTogether(_signature_block(context, place, styles)))
    doc.build(story)
    pdf = buffer.getvalue()
    if context.signature_image is None:
        pdf = _add_signature_field(pdf, signature_field_name(context.signatory_name), place.found)
    return pdf


def _format_date_line(context: LetterContext) -> str:
    return str(template_values(context)["date"])


def _letterhead(context: LetterContext, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    items: list[Flowable] = []
    if context.logo is not None and context.logo.is_file():
        logo = Image(str(context.logo))
        scale = min(1.0, (14 * mm) / max(1, logo.imageHeight))
        logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
        logo.hAlign = "LEFT"
        items.append(logo)
    items.append(Paragraph(para_markup(context.company_name), styles["company"]))
    if context.company_address:
        address = " · ".join(line.strip() for line in context.company_address.splitlines())
        items.append(Paragraph(para_markup(address), styles["address"]))
    items.append(
        HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=3 * mm, spaceAfter=8 * mm)
    )
    return items


def _recipient(context: LetterContext, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    lines = [context.customer_name]
    if context.customer_organisation:
        lines.append(context.customer_organisation)
    if context.customer_address:
        lines.extend(line.strip() for line in context.customer_address.splitlines())
    return [Paragraph(para_markup("\n".join(lines)), styles["body"]), Spacer(1, 6 * mm)]


def _body(body: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []
    bullets: list[str] = []

    def flush_bullets() -> None:
        if bullets:
            story.append(
                ListFlowable(
                    [
                        ListItem(Paragraph(para_markup(b), styles["quote"]), leftIndent=12)
                        for b in bullets
                    ],
                    bulletType="bullet",
                    start="•",
                    leftIndent=14,
                    bulletFontName=REGULAR,
                )
            )
            story.append(Spacer(1, 3 * mm))
            bullets.clear()

    for block in re.split(r"\n\s*\n", body):
        lines = block.splitlines()
        if lines and all(line.startswith("- ") for line in lines):
            bullets.extend(line[2:] for line in lines)
            flush_bullets()
            continue
        flush_bullets()
        story.append(Paragraph(para_markup(block.strip()), styles["body"]))
        story.append(Spacer(1, 3.5 * mm))
    flush_bullets()
    return story


def _signature_block(
    context: LetterContext, place: _SignaturePlace, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    block: list[Flowable] = [Spacer(1, 2 * mm)]
    if context.signature_image is not None:
        image = Image(str(context.signature_image))
        scale = min(
            SIGNATURE_BOX[0] / max(1, image.imageWidth),
            SIGNATURE_BOX[1] / max(1, image.imageHeight),
        )
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        image.hAlign = "LEFT"
        block.append(image)
    else:
        block.append(place)
    block.append(Spacer(1, 1.5 * mm))
    text = (
        f"<b>{para_markup(context.signatory_name)}</b><br/>{para_markup(context.signatory_title)}"
    )
    text += f"<br/>{para_markup(context.company_name)}"
    block.append(Paragraph(text, styles["sign"]))
    return block


def _add_signature_field(pdf: bytes, name: str, found: dict[str, Any]) -> bytes:
    """Append the empty, visible signature field where the signature line was drawn."""
    if "box" not in found:
        raise InputError("the letter has no place for a signature")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    x1, y1, x2, y2 = (round(v) for v in found["box"])
    append_signature_field(
        writer, SigFieldSpec(sig_field_name=name, on_page=found["page"], box=(x1, y1, x2, y2))
    )
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()
