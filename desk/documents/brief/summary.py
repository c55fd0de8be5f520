"""Page 1 of the brief: the executive summary a COO can decide from without turning the page.

Who, since when, the headline figures, why this is more than a difficult customer, the
policy criteria met, the warnings already given, and the recommendation with the refund.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from desk.charts.style import capital
from desk.charts.words import Words
from desk.documents.brief.content import BriefContent, BriefFigures
from desk.documents.brief.layout import (
    ACCENT,
    ACCENT_HEX,
    GREY,
    MET,
    RULE,
    moment,
    para,
    tinted_box,
)
from desk.documents.fonts import BOLD
from desk.documents.glyphs import markup as para_markup

Styles = dict[str, ParagraphStyle]


def headline(figures: BriefFigures, w: Words) -> str:
    """``882 conversations against an average customer's 18 — 49×, #1 of 1,024 customers``."""
    return w(
        "headline",
        count=w.integer(figures.customer_interactions),
        unit=w.name("unit", figures.unit_label),
        Unit=capital(w.name("unit", figures.unit_label)),
        mean=w.number(figures.mean_interactions),
        ratio=w.ratio(figures.ratio),
        rank=rank(figures, w),
    )


def rank(figures: BriefFigures, w: Words) -> str:
    """``#1 of 1,024 customers``; a customer with no interaction in the period has no rank."""
    total = w.integer(figures.customers_total)
    if figures.rank <= 0:
        return w("unranked", total=total)
    return w("rank", rank=w.integer(figures.rank), total=total)


def summary_page(content: BriefContent, styles: Styles, width: float) -> list[Flowable]:
    w = Words(content.lang)
    f = content.figures
    who = " · ".join(p for p in (content.organisation, content.customer_email) if p)
    by = content.prepared_by + (
        f", {content.prepared_by_title}" if content.prepared_by_title else ""
    )
    story: list[Flowable] = [
        para(
            w("kicker", case=content.case_id, state=content.case_state.upper()),
            styles["kicker"],
        ),
        Spacer(1, 2.5 * mm),
        para(w("title", name=content.customer_name), styles["title"]),
        para(who, styles["subtitle"]),
        Spacer(1, 1.5 * mm),
        para(
            w(
                "prepared",
                by=by,
                company=content.company,
                on=w.day(content.prepared_on, long=True),
                opened=w.day(content.opened_on),
            ),
            styles["muted"],
        ),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4 * mm, spaceAfter=4 * mm),
        Paragraph(
            f"<b>{para_markup(headline(f, w))}</b> {para_markup(_since(content, w))}",
            styles["lead"],
        ),
        Spacer(1, 4 * mm),
        _key_figures(f, styles, width, w),
        Spacer(1, 5 * mm),
        para(w("h_why"), styles["h2"]),
        *_why(content, styles, width, w),
        para(w("h_criteria"), styles["h2"]),
        _criteria(content, styles, width, w),
    ]
    if content.warnings:
        story += [para(w("h_warnings"), styles["h2"]), *_warnings(content, styles, w)]
    story += [Spacer(1, 5 * mm), _recommendation(content, styles, width, w)]
    story.append(Spacer(1, 2.5 * mm))
    story.append(para(w("preserve_note"), styles["muted"]))
    if content.anonymise_agents:
        story.append(para(w("anonymised_note"), styles["muted"]))
    return story


def _since(content: BriefContent, w: Words) -> str:
    f = content.figures
    if f.first_contact is None:
        return ""
    if f.last_contact is None:
        return w("since", name=content.customer_name, first=w.day(f.first_contact, long=True))
    return w(
        "since_until",
        name=content.customer_name,
        first=w.day(f.first_contact, long=True),
        last=w.day(f.last_contact, long=True),
    )


def _key_figures(f: BriefFigures, styles: Styles, width: float, w: Words) -> Table:
    unit = w.name("unit", f.unit_label)
    cards: list[tuple[str, str]] = [
        (w.ratio(f.ratio), w("card_ratio", unit=unit)),
        (
            w("rank_short", rank=w.integer(f.rank)) if f.rank > 0 else "–",
            w("card_rank", total=w.integer(f.customers_total), unit=unit),
        ),
        (
            w("hours_short", n=w.number(f.hours_spent)),
            w("card_time")
            + (w("card_costing", cost=w.money(f.cost, f.currency)) if f.cost else ""),
        ),
    ]
    if f.team_time_share is not None:
        cards.append((w.percent(f.team_time_share), w("card_share")))
    else:
        cards.append(
            (
                w.integer(f.agents_involved),
                w("card_agents", handoffs=w.plural("n.handoff", f.handoffs)),
            )
        )
    cells = [
        [para(big, styles["figure"]), para(label, styles["figure_label"])] for big, label in cards
    ]
    table = Table([cells], colWidths=[width / len(cards)] * len(cards))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBEFORE", (0, 0), (-1, -1), 2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def _why(content: BriefContent, styles: Styles, width: float, w: Words) -> list[Flowable]:
    """Difficult is the job; this is not: abuse, a pattern, ignored warnings, and a cost."""
    f = content.figures
    met = [c for c in content.criteria if c.met]
    points = [
        (w("why_abuse"), w("why_abuse_text", met=len(met), total=len(content.criteria))),
        (
            w("why_pattern"),
            w(
                "why_pattern_text",
                incidents=w.plural("n.incident", len(content.incidents)),
                summary=content.pattern_summary.rstrip("."),
            ),
        ),
    ]
    if content.warnings:
        last = max(content.warnings, key=lambda x: moment(x.given_at))
        after = sum(1 for i in content.incidents if moment(i.when) > moment(last.given_at))
        warned = w.plural("n.warning_given", len(content.warnings))
        points.append(
            (
                w("why_ignored") if after else w("why_given"),
                w(
                    "why_ignored_text",
                    warned=warned,
                    after=w.plural("n.incident_followed", after),
                    day=w.day(last.given_at),
                )
                if after
                else w("why_given_text", warned=warned, day=w.day(last.given_at)),
            )
        )
    cost = w("cost_hours", n=w.number(f.hours_spent))
    if f.cost:
        cost += f" ({w.money(f.cost, f.currency)})"
    if f.team_time_share is not None:
        cost += w("cost_share", share=w.percent(f.team_time_share))
    points.append(
        (
            w("why_cost"),
            w(
                "why_cost_text",
                cost=cost,
                agents=w.plural("n.agent", f.agents_involved),
                handoffs=w.plural("n.handoff", f.handoffs),
            ),
        )
    )
    rows = [[para(label, styles["point"]), para(text, styles["body"])] for label, text in points]
    table = Table(rows, colWidths=[44 * mm, width - 44 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    table.hAlign = "LEFT"
    return [
        para(w("why_intro"), styles["body"]),
        Spacer(1, 2 * mm),
        table,
    ]


def _criteria(content: BriefContent, styles: Styles, width: float, w: Words) -> Table:
    mark_met = ParagraphStyle("met", parent=styles["cell"], textColor=MET)
    mark_not = ParagraphStyle("not_met", parent=styles["cell"], textColor=GREY)
    rows = []
    for criterion in content.criteria:
        rows.append(
            [
                para(
                    w("met") if criterion.met else w("not_met"),
                    mark_met if criterion.met else mark_not,
                ),
                para(criterion.title, styles["cell"]),
                para(w.plural("n.evidence_item", criterion.evidence_count), styles["cell_muted"]),
            ]
        )
    table = Table(rows, colWidths=[26 * mm, width - 60 * mm, 34 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


SUMMARY_WARNINGS = 3  # the most recent ones; the Warnings section lists them all


def _warnings(content: BriefContent, styles: Styles, w: Words) -> list[Flowable]:
    given = sorted(content.warnings, key=lambda x: moment(x.given_at))
    lines: list[Flowable] = []
    for warning in given[-SUMMARY_WARNINGS:]:
        action = warning.step_action.strip()
        if action[1:2].islower():  # "A manager's callback" reads on in lower case; "SMS" not
            action = action[:1].lower() + action[1:]
        step = w("ladder_step", step=warning.ladder_step)
        if action:
            step = w("step_action", step=step, action=action)
        lines.append(
            para(
                w(
                    "warning_line",
                    day=w.day(warning.given_at),
                    step=step,
                    channel=w.name("channels", warning.channel),
                    by=warning.given_by,
                ),
                styles["body"],
            )
        )
    if len(given) > SUMMARY_WARNINGS:
        earlier = len(given) - SUMMARY_WARNINGS
        lines.append(para(w.plural("n.earlier_warning", earlier), styles["muted"]))
    return lines


def _recommendation(content: BriefContent, styles: Styles, width: float, w: Words) -> Table:
    refund = (
        w.plural("n.refund", content.refund_months) if content.refund_months else w("no_refund")
    )
    body = Paragraph(
        f'<font name="{BOLD}" color="{ACCENT_HEX}">{para_markup(w("h_recommendation"))}</font>'
        f"<br/>{para_markup(content.recommendation)}<br/><b>{para_markup(refund)}</b>",
        styles["box"],
    )
    return tinted_box(body, width)
