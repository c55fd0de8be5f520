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

from desk.charts.words import Words
from desk.documents.brief.content import BriefAttachment, BriefContent, BriefIncident
from desk.documents.brief.layout import (
    GREY_HEX,
    HASH_WIDTH,
    MONO,
    RULE,
    chart_flowable,
    clock,
    data_table,
    hash_para,
    moment,
    para,
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


def cost_section(content: BriefContent, styles: Styles, width: float) -> list[Flowable]:
    w = Words(content.lang)
    f = content.figures
    unit = w.name("unit", f.unit_label)
    median = (
        w("vs_median", n=w.number(f.median_interactions))
        if f.median_interactions is not None
        else ""
    )
    rows = [
        (w("c_period"), f"{w.day(f.first_contact)} – {w.day(f.last_contact)}{_months(content, w)}"),
        (w("c_conversations"), w.integer(f.conversations)),
        (w("c_messages"), w.integer(f.messages)),
        (
            w("c_against", unit=unit[:1].upper() + unit[1:]),
            w("vs", n=w.integer(f.customer_interactions), mean=w.number(f.mean_interactions))
            + median,
        ),
        (w("c_rank"), rank(f, w)),
        (w("c_agents"), w.integer(f.agents_involved)),
        (w("c_handoffs"), w.integer(f.handoffs)),
        (w("c_time"), w("hours", n=w.number(f.hours_spent))),
        (w("c_cost"), w.money(f.cost, f.currency)),
        (w("c_share"), w.percent(f.team_time_share)),
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
        para(w("h_cost"), styles["h1"]),
        para(w("cost_intro"), styles["body"]),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 6 * mm),
    ]
    for number, chart in enumerate(content.charts, start=1):
        story.append(
            KeepTogether(
                [
                    para(w("figure", n=number, title=chart.title), styles["h2"]),
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


def _months(content: BriefContent, w: Words) -> str:
    first, last = content.figures.first_contact, content.figures.last_contact
    if first is None or last is None:
        return ""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return f" ({w.plural('n.month', months)})"


def incidents_section(content: BriefContent, styles: Styles, width: float) -> list[Flowable]:
    w = Words(content.lang)
    incidents = sorted(content.incidents, key=lambda i: moment(i.when))
    title = w("h_incidents")
    if not incidents:
        return with_table(opening(title, w("no_incidents"), styles))
    exceptions = [w("except_agents")] if content.anonymise_agents else []
    if any(has_placeholder(i.quote) for i in incidents):
        exceptions.append(w("except_placeholders"))
    edited = w("except", what=w("and").join(exceptions)) if exceptions else ""
    vouch = (
        w("vouch", edited=edited)
        if not content.altered_evidence
        else w("cannot_vouch", altered="; ".join(content.altered_evidence))
    )
    story = opening(
        title,
        w(
            "incidents_intro",
            incidents=w.plural("n.incident", len(incidents)),
            first=w.day(incidents[0].when, long=True),
            last=w.day(incidents[-1].when, long=True),
            vouch=vouch,
        ),
        styles,
    )
    story[-1:-1] = [Spacer(1, 1.5 * mm), para(_by_criterion(incidents, w), styles["muted"])]
    rows = [header_row(styles, w("t_date"), w("t_where"), w("t_written"), w("t_category"))]
    for incident in incidents:
        rows.append(
            [
                two_lines(w.day(incident.when), clock(incident.when), styles["cell"]),
                two_lines(
                    f"{incident.conversation_ref}\n{incident.author}",
                    f"{incident.sha256[:12].lower()}…",
                    styles["cell"],
                    mono=True,
                ),
                quote_para(incident.quote, styles),
                two_lines(
                    incident.category,
                    " · ".join(x for x in (incident.criterion, incident.source) if x),
                    styles["cell"],
                ),
            ]
        )
    return with_table(story, data_table(rows, [24 * mm, 29 * mm, width - 88 * mm, 35 * mm]))


def _by_criterion(incidents: list[BriefIncident], w: Words) -> str:
    """``Threats: 20 · Harassing or discriminatory language: 10``, most first."""
    counts = Counter(i.criterion or w("no_criterion") for i in incidents)
    return w("by_criterion") + " · ".join(
        f"{name} {w.integer(n)}" for name, n in counts.most_common()
    )


def warnings_section(content: BriefContent, styles: Styles, width: float) -> list[Flowable]:
    w = Words(content.lang)
    title = w("h_warnings")
    if not content.warnings:
        return with_table(opening(title, w("no_warnings"), styles))
    story = opening(title, w("warnings_intro"), styles)
    rows = [header_row(styles, w("t_date"), w("t_step"), w("t_how"), w("t_said"))]
    for warning in sorted(content.warnings, key=lambda x: moment(x.given_at)):
        channel = w.name("channels", warning.channel)
        rows.append(
            [
                para(w.day(warning.given_at), styles["cell"]),
                two_lines(w("step", step=warning.ladder_step), warning.step_action, styles["cell"]),
                para(f"{channel[:1].upper()}{channel[1:]}\n{warning.given_by}", styles["cell"]),
                para(warning.text, styles["cell"]),
            ]
        )
    return with_table(story, data_table(rows, [24 * mm, 38 * mm, 30 * mm, width - 92 * mm]))


def attachments_section(
    content: BriefContent, styles: Styles, width: float, height: float
) -> list[Flowable]:
    w = Words(content.lang)
    if not content.attachments:
        return []
    story = opening(
        w("h_attachments"),
        w("attachments_intro") + (w("attachments_anonymised") if content.anonymise_agents else ""),
        styles,
    )
    rows = [header_row(styles, w("t_file"), w("t_type"), w("t_size"), "SHA-256")]
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
    w = Words(content.lang)
    command = f"<font name='{MONO}'>{VERIFY_COMMAND}</font>"
    story: list[Flowable] = [
        para(w("h_verification"), styles["h1"]),
        para(w("verification_intro"), styles["body"]),
        Spacer(1, 2 * mm),
        Paragraph(
            para_markup(w("verify_how", command="\0")).replace("\0", command), styles["body"]
        ),
        Spacer(1, 4 * mm),
    ]
    rows = [header_row(styles, w("t_item"), w("t_kind"), w("t_what"), "SHA-256")]
    for e in content.evidence:
        rows.append(
            [
                para(f"#{e.id} v{e.version}", styles["cell"]),
                para(w.name("kinds", e.kind), styles["cell_muted"]),
                two_lines(e.summary, w("supports", criterion=e.criterion), styles["cell"])
                if e.criterion
                else para(e.summary, styles["cell"]),
                hash_para(e.sha256, styles),
            ]
        )
    story += with_table(
        [para(w("h_evidence"), styles["h2"])],
        data_table(rows, [15 * mm, 17 * mm, width - 32 * mm - HASH_WIDTH, HASH_WIDTH]),
    )
    listed = {e.sha256.lower() for e in content.evidence}
    quoted = [i for i in content.incidents if i.sha256.lower() not in listed]
    if quoted:
        lead = [
            para(w("h_quoted"), styles["h2"]),
            para(w("quoted_intro"), styles["muted"]),
            Spacer(1, 1.5 * mm),
        ]
        rows = [header_row(styles, w("t_date"), w("t_conversation"), "SHA-256")]
        for i in sorted(quoted, key=lambda i: moment(i.when)):
            rows.append(
                [
                    para(f"{w.day(i.when)} {clock(i.when)}", styles["cell"]),
                    para(i.conversation_ref, styles["cell"]),
                    hash_para(i.sha256, styles),
                ]
            )
        story += with_table(
            lead, data_table(rows, [34 * mm, width - 34 * mm - HASH_WIDTH, HASH_WIDTH])
        )
    story += [Spacer(1, 5 * mm), _head_box(content, styles, width, w)]
    preserve = f"<b>{para_markup(w('preserve_title'))}</b> {para_markup(w('preserve'))}"
    story += [Spacer(1, 4 * mm), tinted_box(Paragraph(preserve, styles["box"]), width)]
    return story


def _head_box(content: BriefContent, styles: Styles, width: float, w: Words) -> Flowable:
    head = para_markup(content.audit_head_hash.lower())
    return KeepTogether(
        [
            tinted_box(
                Paragraph(
                    f"<b>{para_markup(w('head_title'))}</b>{para_markup(w('head_text'))}"
                    f"<br/><font name='{MONO}' size='8.5'>{head}</font><br/>"
                    f"<font size='7.5' color='{GREY_HEX}'>{para_markup(w('head_check'))}</font>"
                    f"<br/><font name='{MONO}' size='7'>{VERIFY_COMMAND} {head}</font>",
                    styles["box"],
                ),
                width,
            )
        ]
    )
