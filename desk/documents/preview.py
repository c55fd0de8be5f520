"""A PDF page as a PNG, for previews (the wizard shows the letter exactly as it will print)."""

from __future__ import annotations

import io

import pypdfium2

from desk.errors import InputError


def pdf_page_png(pdf: bytes, page: int = 0, scale: float = 1.3) -> bytes:
    """Page ``page`` of ``pdf`` rendered by PDFium, as PNG bytes."""
    try:
        document = pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError as exc:
        raise InputError(f"cannot render the PDF: {exc}") from exc
    try:
        if not 0 <= page < len(document):
            raise InputError(f"the PDF has no page {page + 1}")
        image = document[page].render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()
    finally:
        document.close()
