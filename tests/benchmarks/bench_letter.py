"""Letter PDF speed: rendering one letter (fonts embedded, signature field added).

Target: under 0.5 s per letter. Reference: reportlab drawing one page of plain text with a
built-in font, the floor any PDF letter pays.
"""

from __future__ import annotations

import io
import statistics
import time

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desk.documents.letter import render_letter
from tests.desk.documents.test_letter import context

TARGET_S = 0.5
RUNS = 15


def _timed(fn: object) -> float:
    samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _plain_page() -> None:
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    for line in range(40):
        canvas.drawString(72, 800 - line * 18, "The quick brown fox jumps over the lazy dog.")
    canvas.save()


def main() -> None:
    started = time.perf_counter()
    render_letter(context("en"))
    first = time.perf_counter() - started
    reference = _timed(_plain_page)
    print(f"first letter (registers fonts): {first * 1000:7.1f} ms")
    for language in ("en", "zh"):
        median = _timed(lambda language=language: render_letter(context(language)))
        print(
            f"letter ({language}), median of {RUNS}: {median * 1000:7.1f} ms  "
            f"target {TARGET_S * 1000:.0f} ms (ratio {median / TARGET_S:.2f})  "
            f"plain reportlab page {reference * 1000:.1f} ms (ratio {median / reference:.1f}x)"
        )


if __name__ == "__main__":
    main()
