"""The leadership brief: read back from the PDF, on A4 and US Letter, named and anonymised."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from pypdf import PdfReader
from reportlab.lib.fonts import tt2ps

from desk.analytics.handoffs import HandoffFigures, Handoffs
from desk.analytics.timeline import Incident, MonthPoint, Timeline
from desk.analytics.units import Period, Unit
from desk.analytics.volume import Baseline, CustomerVolume
from desk.charts.distribution import distribution_chart
from desk.charts.handoffs import handoffs_chart
from desk.charts.headline import headline_chart
from desk.charts.timeline import timeline_chart
from desk.documents.brief import layout as brief_layout
from desk.documents.brief.content import (
    BriefAttachment,
    BriefChart,
    BriefContent,
    BriefCriterion,
    BriefEvidence,
    BriefFigures,
    BriefIncident,
    BriefWarning,
)
from desk.documents.brief.render import render_brief
from desk.documents.fonts import BOLD, ITALIC, REGULAR
from desk.errors import InputError

pytestmark = pytest.mark.slow  # renders the brief PDF again and again

CUSTOMER = "Victor Krane"
AGENTS = ("Maria Lopez", "Tom Becker", "Aiko Sato")
HEADLINE = "882 conversations against an average customer's 18 — 49×, #1 of 1,024 customers"
QUOTES = (  # (quote, category, criterion); the agent names are there on purpose
    (
        "You are useless, Maria. I will make sure you are fired.",
        "Getting an agent disciplined",
        "Threats",
    ),
    ("Я напишу вашему генеральному директору, и вас всех уволят.", "Threat", "Threats"),
    ("我会向银行申请拒付，并对所有扣款提出争议。", "Chargeback threat", "Threats"),
    (
        "Tom Becker is an idiot and I will post his photo everywhere.",
        "Exposing an agent",
        "Threats",
    ),
    (
        "Shut up and do your job, you stupid woman.",
        "Sexist language",
        "Harassing or discriminatory language",
    ),
    (
        "Every one of you is worthless. Again nothing works.",
        "Harassment",
        "Harassing or discriminatory language",
    ),
)


def sha(text: str | bytes) -> str:
    return hashlib.sha256(text.encode() if isinstance(text, str) else text).hexdigest()


def incidents(n: int) -> list[BriefIncident]:
    start = dt.datetime(2025, 3, 4, 21, 5)
    made = []
    for k in range(n):
        quote, category, criterion = QUOTES[k % len(QUOTES)]
        made.append(
            BriefIncident(
                when=start + dt.timedelta(days=9 * k, hours=k % 7),
                conversation_ref=f"#{48213 + 37 * (k // 2)}",
                author=CUSTOMER,
                quote=quote if k < len(QUOTES) else f"{quote} ({k})",
                category=category,
                criterion=criterion,
                sha256=sha(f"message {k}: {quote}"),
            )
        )
    return made


def screenshot_png() -> bytes:
    """A small "screenshot of a social media post", drawn with matplotlib."""
    figure = Figure(figsize=(4.8, 1.6), dpi=100, facecolor="#f5f8fa")
    figure.text(0.04, 0.78, "@victorkrane  ·  12 Sep 2025", fontsize=9, color="#536471")
    figure.text(
        0.04,
        0.45,
        "Lumen Ledger support: Maria Lopez is the worst.\nEveryone go tell her.",
        fontsize=11,
        color="#0f1419",
    )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def charts() -> list[BriefChart]:
    unit = Unit.CONVERSATIONS
    base = Baseline(unit, 1_024, 18_432, 18.0, 7.0, 61.0, 190.0)
    volume = CustomerVolume(7, unit, Period(), 882, base, 49.0, 126.0, 1, 1_024, 100.0, 0.048)
    histogram = ((1, 300), (2, 220), (5, 180), (12, 150), (18, 90), (40, 60), (150, 23), (882, 1))
    months = tuple(
        MonthPoint(dt.date(2023 + m // 12, m % 12 + 1, 1), c, 1.5)
        for m, c in enumerate([4, 9, 14, 12, 20, 25, 22, 31, 28, 35, 30, 26, 33, 29, 38])
    )
    flags = (Incident(dt.datetime(2023, 11, 3, 21, 5), "threat", 1, 1),)
    handoffs = Handoffs(
        HandoffFigures(882, 3.1, 2.4, 31, 7), 14, HandoffFigures(18_000, 1.2, 0.2, 3_000, 6), 2.5
    )
    return [
        BriefChart("Conversations against the average customer", headline_chart(volume, CUSTOMER)),
        BriefChart(
            "Where the customer sits among all customers",
            distribution_chart(histogram, volume, CUSTOMER),
        ),
        BriefChart(
            "Conversations per month", timeline_chart(Timeline(unit, months, flags), CUSTOMER)
        ),
        BriefChart("Agents passed the customer along", handoffs_chart(handoffs, CUSTOMER)),
    ]


def sample_content(incident_count: int = len(QUOTES), **changes: object) -> BriefContent:
    found = incidents(incident_count)
    png = screenshot_png()
    pdf = b"%PDF-1.4 an email the customer sent to our CEO"
    values: dict[str, object] = {
        "case_id": 42,
        "company": "Lumen Ledger",
        "customer_name": CUSTOMER,
        "customer_email": "victor@krane-logistics.example",
        "organisation": "Krane Logistics",
        "case_state": "Ready for review",
        "opened_on": dt.date(2026, 11, 2),
        "prepared_by": "Dana Whitfield",
        "prepared_on": dt.date(2026, 11, 23),
        "figures": BriefFigures(
            customer_interactions=882,
            mean_interactions=18.0,
            ratio=49.0,
            rank=1,
            customers_total=1_024,
            unit_label="conversations",
            first_contact=dt.date(2023, 3, 3),
            last_contact=dt.date(2026, 11, 14),
            conversations=882,
            messages=4_210,
            agents_involved=14,
            handoffs=31,
            hours_spent=412.5,
            cost=Decimal("18562.50"),
            currency="USD",
            team_time_share=0.031,
        ),
        "criteria": [
            BriefCriterion(
                "harassment", "Harassing, racist, sexist or homophobic language", 9, True
            ),
            BriefCriterion("threats", "Threats, personal or professional", 6, True),
            BriefCriterion("history", "A history of bad behaviour with no sign of change", 3, True),
        ],
        "pattern_summary": "Incidents on 7 days across 5 conversations "
        "(policy: ≥3 days, ≥2 conversations): met",
        "recommendation": "End the relationship at the end of the current billing period, "
        "in a letter from the COO that cites the incidents by date.",
        "refund_months": 6,
        "charts": charts(),
        "incidents": found,
        "warnings": [
            BriefWarning(
                dt.datetime(2025, 3, 5, 10, 0),
                "phone",
                "Maria Lopez",
                "Explained that abuse of our agents is not acceptable and that the "
                "next incident moves the account to a specialist.",
                1,
                "A manager's callback the next day",
            ),
            BriefWarning(
                dt.datetime(2025, 4, 2, 15, 30),
                "email",
                "Tom Becker",
                "Written warning: contact moves to email only; one more incident ends "
                "the relationship.",
                3,
                "Email-only contact",
            ),
        ],
        "attachments": [
            BriefAttachment("post-2025-09-12.png", "image/png", len(png), sha(png), png),
            BriefAttachment("email-to-ceo.pdf", "application/pdf", len(pdf), sha(pdf), pdf),
        ],
        "evidence": [
            *(
                BriefEvidence(
                    k + 1,
                    1,
                    "quote",
                    f"Quote from {i.conversation_ref}, {i.when:%d %b %Y}",
                    i.criterion,
                    i.sha256,
                )
                for k, i in enumerate(found[:8])
            ),
            BriefEvidence(
                20,
                2,
                "note",
                "Call notes by Maria Lopez after the first warning",
                None,
                sha("note v2"),
            ),
            BriefEvidence(21, 1, "file", "post-2025-09-12.png", "Threats", sha(png)),
        ],
        "audit_head_hash": sha("audit head"),
        "agent_names": list(AGENTS),
    }
    values.update(changes)
    return BriefContent(**values)  # type: ignore[arg-type]


def render(content: BriefContent, page_size: str = "A4") -> PdfReader:
    buffer = io.BytesIO()
    render_brief(content, buffer, page_size)
    return PdfReader(io.BytesIO(buffer.getvalue()))


def page_texts(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def squash(text: str) -> str:
    """Without whitespace: wrapped lines (and CJK wrapped between characters) compare equal."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def a4() -> PdfReader:
    return render(sample_content())


def test_summary_page_answers_the_question(a4: PdfReader) -> None:
    first = page_texts(a4)[0]
    assert HEADLINE in first
    assert "Ending the relationship with Victor Krane" in first
    assert "since 3 March 2023" in first
    assert "412 h" in first and "$18,562.50" in first and "3.1%" in first
    for title in ("Harassing, racist, sexist or homophobic language", "Threats, personal"):
        assert title in first
    assert "Incidents on 7 days across 5 conversations" in first
    assert "Refund 6 months of fees" in first
    assert "2 warnings did not change it" in first
    assert "What this customer costs" in page_texts(a4)[1]  # the summary is one page


@pytest.mark.parametrize(("page_size", "points"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_page_size_and_footer_on_every_page(page_size: str, points: tuple[int, int]) -> None:
    reader = render(sample_content(), page_size)
    texts = page_texts(reader)
    assert len(texts) >= 5
    for number, (page, text) in enumerate(zip(reader.pages, texts, strict=True), start=1):
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == points
        assert f"Page {number} of {len(texts)}" in text
        assert "Case #42" in text and "Confidential" in text


def test_every_incident_date_and_quote_including_cyrillic_and_chinese(a4: PdfReader) -> None:
    text = " ".join(page_texts(a4))
    for incident in sample_content().incidents:
        assert f"{incident.when.day} {incident.when:%b %Y}" in text
        assert squash(incident.quote) in squash(text), incident.quote
        assert incident.category in text
    assert "Я напишу вашему генеральному директору" in text
    assert "我会向银行申请拒付" in squash(text)


def test_hashes_are_listed_for_verification(a4: PdfReader) -> None:
    texts = page_texts(a4)
    last = squash(texts[-1])
    content = sample_content()
    for item in content.evidence:
        assert item.sha256 in last, item.summary
    for incident in content.incidents:  # quotes not among the evidence items too
        assert incident.sha256 in squash(" ".join(texts[-2:]))
    assert content.audit_head_hash in last
    assert "breakup-desk audit verify" in texts[-1]
    assert "Zendesk deletes tickets marked as spam after 30 days" in " ".join(texts)
    for attachment in content.attachments:
        assert attachment.sha256 in squash(" ".join(texts))


def test_fonts_cover_cyrillic_and_chinese(a4: PdfReader) -> None:
    fonts = set()
    for page in a4.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts)
    assert any("DroidSansFallback" in f for f in fonts)


def test_charts_are_vectors_and_images_are_shown(a4: PdfReader) -> None:
    images = [image for page in a4.pages for image in page.images]
    assert len(images) == 1  # the attached screenshot; the four charts are drawings
    assert images[0].image is not None and images[0].image.width == 480


def test_chart_text_stays_searchable_and_bold_survives_the_charts(a4: PdfReader) -> None:
    text = " ".join(page_texts(a4))
    assert "126× the median customer" in text  # drawn as text, not as glyph outlines
    # Mapping the charts' fonts must not reset the brief's own family: <b> stays bold.
    assert tt2ps(REGULAR, 1, 0) == BOLD and tt2ps(REGULAR, 0, 1) == ITALIC


def test_a_chart_falls_back_to_a_sharp_png(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_: object) -> None:
        raise ValueError("unsupported SVG")

    monkeypatch.setattr(brief_layout, "svg2rlg", broken)
    content = sample_content(charts=charts()[:1], attachments=[])
    images = [image for page in render(content).pages for image in page.images]
    assert len(images) == 1
    assert images[0].image is not None
    assert images[0].image.width >= 200 * 6.3  # ≥ 200 dpi over a 16:9 figure 10 in wide


def test_long_incident_table_repeats_its_header() -> None:
    reader = render(sample_content(60, charts=[]))
    with_header = [t for t in page_texts(reader) if "Where, who What was written" in t]
    assert len(with_header) >= 2
    assert "(59)" in " ".join(page_texts(reader))


def test_a_quote_longer_than_a_page_and_many_warnings_still_lay_out() -> None:
    content = sample_content(3, charts=[])
    rant = "You people are useless and I will keep writing. " * 150
    first = replace(content.incidents[0], quote=rant)
    content = replace(
        content, incidents=[first, *content.incidents[1:]], warnings=content.warnings * 4
    )
    texts = page_texts(render(content))
    pages = [n for n, t in enumerate(texts) if "keepwriting" in squash(t)]
    assert len(pages) >= 2  # the row continues on the next page, none of it lost
    assert " ".join(texts).count("useless") == 150
    assert "… and 5 earlier warnings" in texts[0] and "Recommendation" in texts[0]


def test_anonymised_agents_become_stable_roles() -> None:
    content = sample_content(anonymise_agents=True)
    text = " ".join(page_texts(render(content)))
    for name in (*AGENTS, "Maria", "Tom Becker"):
        assert name not in text, name
    # Numbered by first appearance: Maria in the first quote, Tom in the fourth.
    assert "You are useless, [Agent 1]." in text
    assert "[Agent 2] is an idiot" in text
    assert re.search(r"Phone Agent 1", text) and re.search(r"Email Agent 2", text)
    assert "Agent names are replaced by roles" in text
    assert "Victor Krane" in text  # the customer is not an agent
    again = " ".join(page_texts(render(content)))
    assert again == text


def test_anonymise_without_a_name_list_uses_warning_givers() -> None:
    content = sample_content(anonymise_agents=True, agent_names=[])
    text = " ".join(page_texts(render(content)))
    assert "Maria Lopez" not in text and "Tom Becker" not in text
    assert "You are useless, [Agent 1]." in text  # Maria, by her first name
    assert "[Agent 2] is an idiot" in text


def test_writes_to_a_path_and_refuses_unknown_paper(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    content = sample_content(charts=[])
    render_brief(content, target, "letter")
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(InputError, match="choose A4 or Letter"):
        render_brief(content, tmp_path / "other.pdf", "A5")
    with pytest.raises(InputError, match="cannot write"):
        render_brief(content, tmp_path / "missing" / "brief.pdf")


def test_contract_is_frozen() -> None:
    content = sample_content(charts=[])
    with pytest.raises(AttributeError):
        content.case_id = 7  # type: ignore[misc]
    assert replace(content, case_id=7).case_id == 7
