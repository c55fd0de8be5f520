"""A calibration session's report as a PDF, for the team meeting that follows it.

Set in the brief's styles (:mod:`desk.documents.brief.layout`: DejaVu Sans, Droid Sans
Fallback for CJK runs, one navy accent), so it reads as one of the desk's documents. Quoted
messages are customers' own words: every run goes through :func:`desk.documents.glyphs.markup`
so that no character prints as an empty box. The file is written by
:func:`desk.outputs.publish` after its audit event commits.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desk.abuse.calibration import VERDICT_LABELS
from desk.abuse.calibration_report import (
    CalibrationReport,
    ItemOutcome,
    build_report,
    kappa_text,
    percent,
)
from desk.abuse.categories import Category
from desk.case.audit import append_event
from desk.documents.brief.layout import MARGINS, RULE, ZEBRA, brief_styles
from desk.documents.fonts import BOLD, register_fonts
from desk.documents.glyphs import markup
from desk.outputs import publish

QUOTE_CHARS = 280


def category_name(value: str | None) -> str:
    if not value:
        return "–"
    try:
        return Category(value).label
    except ValueError:
        return value


def _table(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
            ]
        )
    )
    return table


def _items_table(items: list[ItemOutcome], styles: dict[str, Any], width: float) -> Table:
    cell, muted = styles["cell"], styles["cell_muted"]
    rows: list[list[Any]] = [[Paragraph(h, styles["head"]) for h in ("#", "Message", "Votes")]]
    for item in items:
        text = item.text if len(item.text) <= QUOTE_CHARS else item.text[:QUOTE_CHARS] + "…"
        detector = ", ".join(category_name(c) for c in item.detector) or "nothing"
        rows.append(
            [
                Paragraph(str(item.position), cell),
                [
                    Paragraph(markup(text), styles["quote"]),
                    Paragraph(markup(f"Detector: {detector}"), muted),
                ],
                [
                    Paragraph(markup(item.votes_text), cell),
                    Paragraph(markup(category_name(item.team_category)), muted),
                ],
            ]
        )
    return _table(rows, [0.06 * width, 0.64 * width, 0.30 * width])


def story(report: CalibrationReport, width: float) -> list[Any]:
    """The report's flowables: agreement, the disagreements, the detector's figures."""
    s = brief_styles()
    info = report.session
    people = ", ".join(report.participants) or "nobody yet"
    parts: list[Any] = [
        Paragraph(f"Calibration session #{info.id}", s["title"]),
        Paragraph(
            markup(
                f"Started {info.created_at} by {info.created_by} · {info.messages} messages · "
                f"seed {info.seed} · labelled by {people}"
            ),
            s["subtitle"],
        ),
        Spacer(1, 10),
        Paragraph("Do we agree with each other?", s["h1"]),
        Paragraph(
            f"Fleiss' kappa {kappa_text(report.fleiss)}: {report.fleiss_band} agreement "
            f"(Landis &amp; Koch), over the {report.complete_items} messages everyone labelled "
            f"as {', '.join(VERDICT_LABELS.values())}.",
            s["lead"],
        ),
    ]
    if report.pairs:
        rows: list[list[Any]] = [["Pair", "Messages", "Cohen's kappa", "Agreement"]]
        rows += [
            [markup(f"{p.first} · {p.second}"), p.items, kappa_text(p.kappa), p.band]
            for p in report.pairs
        ]
        rows = [[Paragraph(str(c), s["cell"]) for c in row] for row in rows]
        parts.append(_table(rows, [0.4 * width, 0.15 * width, 0.2 * width, 0.25 * width]))
    sections = (
        ("Abusive to the team, not flagged by the detector", report.missed),
        ("Flagged by the detector, not abusive to the team", report.over_flagged),
        ("The team is split", report.split),
    )
    parts.append(Paragraph("Where we part from the detector", s["h1"]))
    for title, items in sections:
        parts.append(Paragraph(f"{title} ({len(items)})", s["h2"]))
        if items:
            parts.append(_items_table(items, s, width))
        else:
            parts.append(Paragraph("None.", s["muted"]))
    d = report.detector
    parts += [
        Paragraph("The detector against the team's majority", s["h1"]),
        Paragraph(
            f"Precision {percent(d.precision)}, recall {percent(d.recall)} "
            f"({d.tp} caught, {d.fp} flagged wrongly, {d.fn} missed).",
            s["lead"],
        ),
    ]
    if report.by_category:
        rows = [["Category", "Precision", "Recall", "Caught", "Wrong", "Missed"]]
        rows += [
            [category_name(c), percent(p.precision), percent(p.recall), p.tp, p.fp, p.fn]
            for c, p in report.by_category.items()
        ]
        rows = [[Paragraph(markup(str(c)), s["cell"]) for c in row] for row in rows]
        parts.append(_table(rows, [0.4 * width] + [0.12 * width] * 5))
    return parts


def render_report(report: CalibrationReport) -> bytes:
    """The PDF's bytes (A4)."""
    register_fonts()
    buffer = io.BytesIO()
    left, right, top, bottom = MARGINS
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=f"Calibration session #{report.session.id}",
        author=report.session.created_by,
        creator="Breakup Desk",
        lang="en",
    )
    doc.build(story(report, doc.width))
    return buffer.getvalue()


def write_report_pdf(engine: Engine, session_id: int, out: Path, actor: str) -> str:
    """Write session ``session_id``'s report to ``out`` once its audit event is committed;
    returns the PDF's SHA-256."""
    with Session(engine) as session:
        data = render_report(build_report(session, session_id))

        def record(digest: str) -> None:
            append_event(
                session,
                actor=actor,
                action="calibration.report_written",
                case_id=None,
                detail={"session": session_id, "file": out.name, "sha256": digest},
            )
            session.commit()

        return publish(out, data, record)
