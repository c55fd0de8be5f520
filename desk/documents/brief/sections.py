"""The brief after its summary: the cost and the charts, the incidents, the warnings, the
attached files, and the closing verification page."""

from __future__ import annotations

import io
from collections import Counter

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    TableStyle,
)

from desk.charts.style import fmt_number
from desk.documents.brief.content import BriefAttachment, BriefContent, BriefIncident
from desk.documents.brief.layout import (
    GREY_HEX,
    HASH_WIDTH,
    MONO,
    RULE,
    chart_flowable,
    clock,
    count,
    data_table,
    day,
    hash_para,
    moment,
    money,
    para,
    percent,
    quote_para,
    tinted_box,
    two_lines,
)
from desk.documents.brief.summary import rank
from desk.documents.brief.tables import KeepWithFirstRows, RowKeepingTable
from desk.documents.glyphs import has_placeholder
from desk.documents.glyphs import markup as para_markup

Styles = dict[str, ParagraphStyle]

VERIFY_COMMAND = "breakup-desk audit verify --head"
SHOWN_IMAGES = ("image/png", "image/jpeg", "image/jpg")
PRESERVE = (
    "<b>Preserve before blocking.</b> Helpdesks destroy the record when a customer is blocked: "
    "Zendesk deletes tickets marked as spam after 30 days, Intercom archives a blocked "
    "person's conversations, Freshdesk deletes the contact and their tickets. This case keeps "
    "its own copy of every quoted message, with the hash it had when it was captured, so the "
    "evidence outlives the block. Block the customer only after the case is approved."
)


def cost_section(content: BriefContent, styles: Styles, width: float) -> list[Flowable]:
    f = content.figures
    months = _months(content)
    rows = [
        ("Contact period", f"{day(f.first_contact)} – {day(f.last_contact)}{months}"),
        ("Conversations", f"{f.conversations:,}"),
        ("Messages", f"{f.messages:,}"),
        (
            f"{f.unit_label.capitalize()} against the average",
            f"{f.customer_interactions:,} vs {fmt_number(f.mean_interactions)}"
            + (
                f" (median {fmt_number(f.median_interactions)})"
                if f.median_interactions is not None
                else ""
            ),
        ),
        ("Rank", rank(f)),
        ("Agents involved", f"{f.agents_involved:,}"),
        ("Handoffs between agents", f"{f.handoffs:,}"),
        ("Agent time", f"{fmt_number(f.hours_spent)} hours"),
        ("Cost of that time", money(f.cost, f.currency)),
        ("Share of the team's time", percent(f.team_time_share)),
    ]
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:] + [("", "")] * (2 * half - len(rows))
    label_w, value_w = 0.27 * width, 0.23 * width
    table = data_table(
        [
            [
                para(a, styles["cell_muted"]),
                para(b, styles["cell"]),
                para(c, styles["cell_muted"]),
                para(d, styles["cell"]),
            ]
            for (a, b), (c, d) in zip(left, right, strict=True)
        ],
        [label_w, value_w, label_w, value_w],
        header=False,
        zebra=False,
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    story: list[Flowable] = [
        para("What this customer costs the team", styles["h1"]),
        para(
            "Agent time is every minute agents spent on this customer's conversations; the cost "
            "applies the team's loaded hourly rate. Each handoff is a conversation passed from "
            'one agent to another, the "hot potato" pattern that spreads the strain.',
            styles["body"],
        ),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 6 * mm),
    ]
    for number, chart in enumerate(content.charts, start=1):
        story.append(
            KeepTogether(
                [
                    para(f"Figure {number}. {chart.title}", styles["h2"]),
                    Spacer(1, 1 * mm),
                    chart_flowable(chart.figure, width),
                    Spacer(1, 5 * mm),
                ]
            )
        )
    return story


def opening(title: str, intro: str, styles: Styles) -> list[Flowable]:
    """A section's heading and introduction; :func:`with_table` keeps them with its rows."""
    return [
        Spacer(1, 4 * mm),
        para(title, styles["h1"]),
        para(intro, styles["body"]),
        Spacer(1, 3 * mm),
    ]


def with_table(lead: list[Flowable], table: RowKeepingTable | None = None) -> list[Flowable]:
    """``lead`` (a heading and what introduces the table) on the same page as the table's
    first rows, or on its own kept whole when there is no table: never a heading alone at
    the foot of a page."""
    return [KeepTogether(lead) if table is None else KeepWithFirstRows(lead, table)]


def header_row(styles: Styles, *titles: str) -> list[Flowable]:
    return [para(title, styles["head"]) for title in titles]


def _months(content: BriefContent) -> str:
    first, last = content.figures.first_contact, content.figures.last_contact
    if first is None or last is None:
        return ""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return f" ({count(months, 'month')})"


def incidents_section(content: BriefContent, styles: Styles, width: float) -> list[Flowable]:
    incidents = sorted(content.incidents, key=lambda i: moment(i.when))
    title = "Incidents, quoted from the record"
    if not incidents:
        return with_table(opening(title, "No incidents are recorded in this case.", styles))
    exceptions = ["agent names, replaced by roles in brackets"] if content.anonymise_agents else []
    if any(has_placeholder(i.quote) for i in incidents):
        exceptions.append(
            "text a PDF cannot set (emoji, right-to-left scripts such as Arabic or Hebrew), "
            "shown by a marked placeholder such as [emoji]"
        )
    edited = f", except {' and '.join(exceptions)}" if exceptions else ""
    vouch = (
        f"Quotes are exact and unedited{edited}; the fingerprint under each reference is the "
        "start of the message's SHA-256 at capture, listed in full on the Verification page."
        if not content.altered_evidence
        else "These quotes CANNOT be vouched for as unedited: evidence in the database no "
        "longer matches what was recorded when it was captured ("
        + "; ".join(content.altered_evidence)
        + ")."
    )
    story = opening(
        title,
        f"{count(len(incidents), 'incident')} from {day(incidents[0].when, long=True)} to "
        f"{day(incidents[-1].when, long=True)}, oldest first. {vouch}",
        styles,
    )
    story[-1:-1] = [Spacer(1, 1.5 * mm), para(_by_criterion(incidents), styles["muted"])]
    rows = [header_row(styles, "Date", "Where, who", "What was written", "Category")]
    for incident in incidents:
        rows.append(
            [
                two_lines(day(incident.when), clock(incident.when), styles["cell"]),
                two_lines(
                    f"{incident.conversation_ref}\n{incident.author}",
                    f"{incident.sha256[:12].lower()}…",
                    styles["cell"],
                    mono=True,
                ),
                quote_para(incident.quote, styles),
                two_lines(incident.category, incident.criterion, styles["cell"]),
            ]
        )
    return with_table(story, data_table(rows, [24 * mm, 29 * mm, width - 85 * mm, 32 * mm]))


def _by_criterion(incidents: list[BriefIncident]) -> str:
    """``Threats: 20 · Harassing or discriminatory language: 10``, most first."""
    counts = Counter(i.criterion or "No criterion" for i in incidents)
    return "By criterion: " + " · ".join(f"{name} {n:,}" for name, n in counts.most_common())


def warnings_section(content: BriefContent, styles: Styles, width: float) -> list[Flowable]:
    title = "Warnings already given"
    if not content.warnings:
        return with_table(opening(title, "No warning is on record for this customer.", styles))
    story = opening(
        title,
        "Our policy gives a repeat offender warnings on a ladder before the relationship "
        "ends; slurs and threats of violence skip it. These are the warnings on record, "
        "with the step of the ladder each one was.",
        styles,
    )
    rows = [header_row(styles, "Date", "Ladder step", "How, by whom", "What was said")]
    for w in sorted(content.warnings, key=lambda w: moment(w.given_at)):
        rows.append(
            [
                para(day(w.given_at), styles["cell"]),
                two_lines(f"Step {w.ladder_step}", w.step_action, styles["cell"]),
                para(f"{w.channel.capitalize()}\n{w.given_by}", styles["cell"]),
                para(w.text, styles["cell"]),
            ]
        )
    return with_table(story, data_table(rows, [24 * mm, 38 * mm, 30 * mm, width - 92 * mm]))


def attachments_section(
    content: BriefContent, styles: Styles, width: float, height: float
) -> list[Flowable]:
    if not content.attachments:
        return []
    story = opening(
        "Attached files",
        "Files the case holds beside the helpdesk record, such as screenshots of posts on "
        "social media. Images are shown below; other files are listed with their hash."
        + (
            " Images are shown as captured: names in them are not replaced by roles."
            if content.anonymise_agents
            else ""
        ),
        styles,
    )
    rows = [header_row(styles, "File", "Type", "Size", "SHA-256")]
    for a in content.attachments:
        rows.append(
            [
                para(a.name, styles["cell"]),
                para(a.mime_type, styles["cell_muted"]),
                para(_size(a.size), styles["cell"]),
                hash_para(a.sha256, styles),
            ]
        )
    story = with_table(story, data_table(rows, [width - 136 * mm, 26 * mm, 16 * mm, HASH_WIDTH]))
    for a in content.attachments:
        image = _image(a, width * 0.75, height * 0.42)
        if image is not None:
            framed = data_table(
                [[image]], [image.drawWidth + 2], header=False, zebra=False, padding=1
            )
            framed.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, RULE)]))
            story.append(KeepTogether([Spacer(1, 6 * mm), para(a.name, styles["h2"]), framed]))
    return story


def _image(attachment: BriefAttachment, max_width: float, max_height: float) -> Image | None:
    if attachment.mime_type.lower() not in SHOWN_IMAGES:
        return None
    try:
        reader = ImageReader(io.BytesIO(attachment.data))
        pixels_w, pixels_h = reader.getSize()
    except Exception:  # a damaged image is listed with its hash, not shown
        return None
    scale = min(max_width / pixels_w, max_height / pixels_h)
    image = Image(io.BytesIO(attachment.data), width=pixels_w * scale, height=pixels_h * scale)
    image.hAlign = "LEFT"
    return image


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def verification_section(content: BriefContent, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        para("Verification", styles["h1"]),
        para(
            "Everything in this brief comes from the case file, where nothing is edited in "
            "place: a correction is a new version and the old one stays readable. Each item "
            "below carries its SHA-256 fingerprint, which changes if a single character "
            "changes. Every change to the case is written to an append-only audit log in "
            "which each event's hash covers the one before it; the head of that chain, when "
            "this brief was written, is printed at the end of this page.",
            styles["body"],
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            f"To verify, run <font name='{MONO}'>{VERIFY_COMMAND}</font> with "
            "the head hash below against the case database: it recomputes every link of the "
            "chain, reports the first broken one if any, and checks that this brief's head is "
            "still in the chain, so the log was neither altered nor cut short since.",
            styles["body"],
        ),
        Spacer(1, 4 * mm),
    ]
    rows = [header_row(styles, "Item", "Kind", "What it is", "SHA-256")]
    for e in content.evidence:
        rows.append(
            [
                para(f"#{e.id} v{e.version}", styles["cell"]),
                para(e.kind, styles["cell_muted"]),
                two_lines(e.summary, f"Supports: {e.criterion}", styles["cell"])
                if e.criterion
                else para(e.summary, styles["cell"]),
                hash_para(e.sha256, styles),
            ]
        )
    story += with_table(
        [para("Evidence items", styles["h2"])],
        data_table(rows, [15 * mm, 15 * mm, width - 30 * mm - HASH_WIDTH, HASH_WIDTH]),
    )
    listed = {e.sha256.lower() for e in content.evidence}
    quoted = [i for i in content.incidents if i.sha256.lower() not in listed]
    if quoted:
        lead = [
            para("Quoted messages", styles["h2"]),
            para(
                "The SHA-256 of each quoted message's full text when it was captured.",
                styles["muted"],
            ),
            Spacer(1, 1.5 * mm),
        ]
        rows = [header_row(styles, "Date", "Conversation", "SHA-256")]
        for i in sorted(quoted, key=lambda i: moment(i.when)):
            rows.append(
                [
                    para(f"{day(i.when)} {clock(i.when)}", styles["cell"]),
                    para(i.conversation_ref, styles["cell"]),
                    hash_para(i.sha256, styles),
                ]
            )
        story += with_table(
            lead, data_table(rows, [34 * mm, width - 34 * mm - HASH_WIDTH, HASH_WIDTH])
        )
    story += [Spacer(1, 5 * mm), _head_box(content, styles, width)]
    story += [Spacer(1, 4 * mm), tinted_box(Paragraph(PRESERVE, styles["box"]), width)]
    return story


def _head_box(content: BriefContent, styles: Styles, width: float) -> Flowable:
    head = para_markup(content.audit_head_hash.lower())
    return KeepTogether(
        [
            tinted_box(
                Paragraph(
                    "<b>Audit chain head</b>, the hash of the last event when this brief was "
                    f"written<br/><font name='{MONO}' size='8.5'>{head}</font><br/>"
                    f"<font size='7.5' color='{GREY_HEX}'>To check it:</font><br/>"
                    f"<font name='{MONO}' size='7'>{VERIFY_COMMAND} {head}</font>",
                    styles["box"],
                ),
                width,
            )
        ]
    )
