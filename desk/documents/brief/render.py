"""The leadership brief: the case against one customer as a business case, in one PDF.

It answers the question a COO asks first, "isn't dealing with such people your job?": a
one-page summary (who, since when, how far out of line, which policy criteria are met, what
we recommend), then the cost and the charts, the incidents quoted by date, the warnings
already given, the attached files, and a closing page of hashes a reader can verify.

The frozen dataclasses of :mod:`desk.documents.brief.content` are the contract: the case model
fills them from the database and :func:`render_brief` turns them into the PDF, headless
(reportlab platypus, no Qt).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import PageBreak, SimpleDocTemplate

from desk.charts.words import Words, check_language
from desk.documents.brief.anonymise import anonymise
from desk.documents.brief.content import BriefContent
from desk.documents.brief.layout import MARGINS, Furniture, brief_styles, numbered_canvas
from desk.documents.brief.sections import (
    attachments_section,
    cost_section,
    incidents_section,
    verification_section,
    warnings_section,
)
from desk.documents.brief.summary import summary_page
from desk.documents.fonts import register_fonts
from desk.errors import InputError
from desk.outputs import publish

PAGE_SIZES = {"a4": A4, "letter": LETTER}


def render_brief(content: BriefContent, out: Path | BinaryIO, page_size: str = "A4") -> None:
    """Write the brief for ``content`` to ``out`` (a path, or a binary stream) as a PDF on
    ``page_size`` paper ("A4" or "Letter")."""
    paper = PAGE_SIZES.get(page_size.lower())
    if paper is None:
        raise InputError(f"unknown page size {page_size!r}; choose A4 or Letter")
    register_fonts()
    w = Words(check_language(content.lang))
    if content.anonymise_agents:
        content = anonymise(content)
    buffer = io.BytesIO()
    left, right, top, bottom = MARGINS
    doc = SimpleDocTemplate(
        buffer,
        pagesize=paper,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=w("pdf_title", name=content.customer_name, case=content.case_id),
        author=content.prepared_by,
        subject=w("pdf_subject", name=content.customer_name),
        creator="Breakup Desk",
        lang=w("pdf_lang"),
    )
    furniture = Furniture(
        case_id=content.case_id,
        running_title=w("running_title", name=content.customer_name),
        company=content.company,
        case_label=w("footer_case"),
        confidential=w("footer_confidential"),
        page_label=w("footer_page"),
    )
    styles = brief_styles(cjk=content.lang == "zh")
    width = doc.width
    story = [
        *summary_page(content, styles, width),
        PageBreak(),
        *cost_section(content, styles, width),
        *incidents_section(content, styles, width),
        *warnings_section(content, styles, width),
        *attachments_section(content, styles, width, doc.height),
        PageBreak(),
        *verification_section(content, styles, width),
    ]
    doc.build(
        story,
        onFirstPage=furniture.first_page,
        onLaterPages=furniture.later_page,
        canvasmaker=numbered_canvas(furniture),
    )
    if isinstance(out, Path):
        publish(out, buffer.getvalue())
    else:
        out.write(buffer.getvalue())
