"""Leadership brief speed: 200 quoted incidents and 4 charts written to a PDF.

Target: under 3 s. References: the same 200 rows as a plain reportlab table (built-in font, no
charts, no page furniture), the floor any such PDF pays; and the brief without its charts, to
show what the four vector charts cost.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate

from desk.documents.brief.content import BriefContent
from desk.documents.brief.render import render_brief
from tests.desk.documents.test_brief import charts, sample_content

TARGET_S = 3.0
INCIDENTS = 200
RUNS = 5


def _timed(fn: Callable[[], object], runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _plain_table(content: BriefContent) -> None:
    style = getSampleStyleSheet()["BodyText"]
    rows = [["Date", "Conversation", "What was written", "Category"]]
    rows += [
        [
            f"{i.when:%d %b %Y %H:%M}",
            i.conversation_ref,
            Paragraph(i.quote.replace("&", "&amp;").replace("<", "&lt;"), style),
            i.category,
        ]
        for i in content.incidents
    ]
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    doc.build([LongTable(rows, colWidths=[90, 70, 250, 90], repeatRows=1)])


def _pages(content: BriefContent) -> int:
    out = io.BytesIO()
    render_brief(content, out)
    return out.getvalue().count(b"/Type /Page\n")


def main() -> None:
    started = time.perf_counter()
    figures = charts()
    built = time.perf_counter() - started
    content = sample_content(INCIDENTS, charts=figures)
    bare = replace(content, charts=[])

    started = time.perf_counter()
    render_brief(content, io.BytesIO())
    first = time.perf_counter() - started
    median = _timed(lambda: render_brief(content, io.BytesIO()))
    letter = _timed(lambda: render_brief(content, io.BytesIO(), "Letter"))
    no_charts = _timed(lambda: render_brief(bare, io.BytesIO()))
    plain = _timed(lambda: _plain_table(content))

    print(f"building the 4 chart figures (the caller's work, not timed below): {built:.2f} s")
    print(f"first brief (registers fonts): {first:.2f} s")
    print(
        f"brief, {INCIDENTS} incidents + 4 charts, {_pages(content)} pages, A4, median of "
        f"{RUNS}: {median:.2f} s  target {TARGET_S:.0f} s (ratio {median / TARGET_S:.2f})  "
        f"plain reportlab table of the same rows {plain:.2f} s (ratio {median / plain:.1f}x)"
    )
    print(f"the same on US Letter: {letter:.2f} s (ratio to target {letter / TARGET_S:.2f})")
    print(
        f"without the charts: {no_charts:.2f} s, so the 4 vector charts cost "
        f"{median - no_charts:.2f} s ({(median - no_charts) / 4 * 1000:.0f} ms each)"
    )
    if median > TARGET_S:
        print(f"SLOWER THAN THE TARGET: {median:.2f} s > {TARGET_S:.0f} s")


if __name__ == "__main__":
    main()
