"""Page 1 of the brief: the executive summary a COO can decide from without turning the page.

Who, since when, the headline figures, why this is more than a difficult customer, the
policy criteria met, the warnings already given, and the recommendation with the refund.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from desk.charts.style import fmt_number, fmt_ratio
from desk.documents.brief.content import BriefContent, BriefFigures
from desk.documents.brief.layout import (
    ACCENT,
    ACCENT_HEX,
    GREY,
    MET,
    RULE,
    count,
    day,
    moment,
    money,
    para,
    percent,
    tinted_box,
)
from desk.documents.fonts import BOLD
from desk.documents.glyphs import markup as para_markup

Styles = dict[str, ParagraphStyle]


def headline(figures: BriefFigures) -> str:
    """``882 conversations against an average customer's 18 — 49×, #1 of 1,024 customers``."""
    return (
        f"{figures.customer_interactions:,} {figures.unit_label} against an average "
        f"customer's {fmt_number(figures.mean_interactions)} — {fmt_ratio(figures.ratio)}, "
        f"{rank(figures)}"
    )


def rank(figures: BriefFigures) -> str:
    """``#1 of 1,024 customers``; a customer with no interaction in the period has no rank."""
    if figures.rank <= 0:
        return f"unranked among {figures.customers_total:,} customers"
    return f"#{figures.rank:,} of {figures.customers_total:,} customers"


def summary_page(content: BriefContent, styles: Styles, width: float) -> list[Flowable]:
    f = content.figures
    who = " · ".join(p for p in (content.organisation, content.customer_email) if p)
    by = content.prepared_by + (
        f", {content.prepared_by_title}" if content.prepared_by_title else ""
    )
    story: list[Flowable] = [
        para(
            f"LEADERSHIP BRIEF  ·  CASE #{content.case_id}  ·  {content.case_state.upper()}",
            styles["kicker"],
        ),
        Spacer(1, 2.5 * mm),
        para(f"Ending the relationship with {content.customer_name}", styles["title"]),
        para(who, styles["subtitle"]),
        Spacer(1, 1.5 * mm),
        para(
            f"Prepared by {by} for the leadership of {content.company}, "
            f"{day(content.prepared_on, long=True)}. Case opened {day(content.opened_on)}.",
            styles["muted"],
        ),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4 * mm, spaceAfter=4 * mm),
        Paragraph(
            f"<b>{para_markup(headline(f))}.</b> {para_markup(_since(content))}", styles["lead"]
        ),
        Spacer(1, 4 * mm),
        _key_figures(f, styles, width),
        Spacer(1, 5 * mm),
        para("Why this is not simply part of the job", styles["h2"]),
        *_why(content, styles, width),
        para("The policy's criteria", styles["h2"]),
        _criteria(content, styles, width),
    ]
    if content.warnings:
        story += [para("Warnings already given", styles["h2"]), *_warnings(content, styles)]
    story += [Spacer(1, 5 * mm), _recommendation(content, styles, width)]
    story.append(Spacer(1, 2.5 * mm))
    story.append(
        para(
            "Before anyone blocks this customer in the helpdesk: the case already holds its own "
            "copy of every quoted message, because helpdesks delete or archive a blocked "
            "customer's messages (see Verification).",
            styles["muted"],
        )
    )
    if content.anonymise_agents:
        story.append(
            para("Agent names are replaced by roles to protect the team.", styles["muted"])
        )
    return story


def _since(content: BriefContent) -> str:
    f = content.figures
    if f.first_contact is None:
        return ""
    text = f"{content.customer_name} has been in contact since {day(f.first_contact, long=True)}"
    if f.last_contact is not None:
        text += f", most recently on {day(f.last_contact, long=True)}"
    return text + "."


def _key_figures(f: BriefFigures, styles: Styles, width: float) -> Table:
    cards: list[tuple[str, str]] = [
        (fmt_ratio(f.ratio), f"the average customer's {f.unit_label}"),
        (
            f"#{f.rank:,}" if f.rank > 0 else "–",
            f"of {f.customers_total:,} customers by {f.unit_label}",
        ),
        (
            f"{fmt_number(f.hours_spent)} h",
            "of agent time" + (f", costing {money(f.cost, f.currency)}" if f.cost else ""),
        ),
    ]
    if f.team_time_share is not None:
        cards.append((percent(f.team_time_share), "of the whole team's support time"))
    else:
        cards.append((f"{f.agents_involved:,}", f"agents involved, {count(f.handoffs, 'handoff')}"))
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


def _why(content: BriefContent, styles: Styles, width: float) -> list[Flowable]:
    """Difficult is the job; this is not: abuse, a pattern, ignored warnings, and a cost."""
    f = content.figures
    met = [c for c in content.criteria if c.met]
    points = [
        (
            "Abuse, not difficulty",
            f"Meets {len(met)} of the {len(content.criteria)} criteria of our written policy, "
            "each backed by quoted, dated evidence.",
        ),
        (
            "A pattern, not a bad day",
            f"{count(len(content.incidents), 'incident')} on record. "
            f"{content.pattern_summary.rstrip('.')}.",
        ),
    ]
    if content.warnings:
        last = max(content.warnings, key=lambda w: moment(w.given_at))
        after = sum(1 for i in content.incidents if moment(i.when) > moment(last.given_at))
        warned = count(len(content.warnings), "warning").capitalize()
        points.append(
            (
                "Warnings ignored" if after else "Warnings given",
                f"{warned} did not change it: {count(after, 'incident')} followed the last one, "
                f"given on {day(last.given_at)}."
                if after
                else f"{warned} given so far, the last on {day(last.given_at)}.",
            )
        )
    cost = f"{fmt_number(f.hours_spent)} hours of agent time"
    if f.cost:
        cost += f" ({money(f.cost, f.currency)})"
    if f.team_time_share is not None:
        cost += f", {percent(f.team_time_share)} of the team's time"
    points.append(
        (
            "A cost to the team",
            f"{cost}, spread over {count(f.agents_involved, 'agent')} and "
            f"{count(f.handoffs, 'handoff')} as the customer is passed from one agent to the next.",
        )
    )
    rows = [[para(label, styles["point"]), para(text, styles["body"])] for label, text in points]
    table = Table(rows, colWidths=[42 * mm, width - 42 * mm])
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
        para(
            "Difficult customers are part of support; abuse aimed at the people doing it is not.",
            styles["body"],
        ),
        Spacer(1, 2 * mm),
        table,
    ]


def _criteria(content: BriefContent, styles: Styles, width: float) -> Table:
    mark_met = ParagraphStyle("met", parent=styles["cell"], textColor=MET)
    mark_not = ParagraphStyle("not_met", parent=styles["cell"], textColor=GREY)
    rows = []
    for criterion in content.criteria:
        rows.append(
            [
                Paragraph(
                    "✓ Met" if criterion.met else "– Not met",
                    mark_met if criterion.met else mark_not,
                ),
                para(criterion.title, styles["cell"]),
                para(count(criterion.evidence_count, "evidence item"), styles["cell_muted"]),
            ]
        )
    table = Table(rows, colWidths=[20 * mm, width - 50 * mm, 30 * mm])
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


def _warnings(content: BriefContent, styles: Styles) -> list[Flowable]:
    given = sorted(content.warnings, key=lambda w: moment(w.given_at))
    lines: list[Flowable] = []
    for w in given[-SUMMARY_WARNINGS:]:
        action = w.step_action.strip()
        if action[1:2].islower():  # "A manager's callback" reads on in lower case; "SMS" not
            action = action[:1].lower() + action[1:]
        step = f"ladder step {w.ladder_step}" + (f", {action}" if action else "")
        lines.append(
            para(f"{day(w.given_at)} — {step} ({w.channel}, {w.given_by})", styles["body"])
        )
    if len(given) > SUMMARY_WARNINGS:
        earlier = len(given) - SUMMARY_WARNINGS
        lines.append(
            para(
                f"… and {count(earlier, 'earlier warning')}, listed under Warnings.",
                styles["muted"],
            )
        )
    return lines


def _recommendation(content: BriefContent, styles: Styles, width: float) -> Table:
    refund = (
        f"Refund {count(content.refund_months, 'month')} of fees, offered without being asked."
        if content.refund_months
        else "No refund is proposed."
    )
    body = Paragraph(
        f'<font name="{BOLD}" color="{ACCENT_HEX}">Recommendation</font>'
        f"<br/>{para_markup(content.recommendation)}<br/><b>{para_markup(refund)}</b>",
        styles["box"],
    )
    return tinted_box(body, width)
