"""How the brief's tables break across pages, read back page by page from the PDF."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk.documents.brief.content import BriefEvidence
from tests.desk.documents.test_brief import page_texts, render, sample_content, sha, squash

pytestmark = pytest.mark.slow  # each test lays out long briefs page by page (tens of seconds)

INCIDENTS_HEADING = "Incidents, quoted from the record"
QUOTED_HEADING = "Quoted messages"
EVIDENCE_HEADING = "Evidence items"


def rows_by_page(texts: list[str], markers: list[str]) -> list[int]:
    """How many of the table's rows (each found by its own marker) each page holds."""
    return [sum(marker in squash(text) for marker in markers) for text in texts]


def check_table(name: str, texts: list[str], markers: list[str], heading: str) -> list[str]:
    """Why the table breaks badly, if it does: a page holding one row of it, or its heading
    on a page without its first rows."""
    problems = []
    counts = rows_by_page(texts, markers)
    assert sum(counts) == len(markers), f"{name}: {counts}"  # every row once, none lost
    if len(markers) >= 2:
        lone = [page + 1 for page, n in enumerate(counts) if n == 1]
        if lone:
            problems.append(f"{name}: a lone row on page(s) {lone}, rows per page {counts}")
    first = next(page for page, n in enumerate(counts) if n)
    if heading not in texts[first]:
        problems.append(f"{name}: heading not on page {first + 1} with the first rows {counts}")
    return problems


def test_no_table_leaves_a_lone_row_or_a_lone_heading_on_a_page() -> None:
    # Every count from 1 to 60 incidents moves the breaks across every position a page can
    # end at; with the warnings and the files out, the tables meet the page foot directly.
    base = sample_content(60, charts=[], attachments=[])
    # No quote among the evidence items: the Quoted messages table lists every incident.
    base = replace(
        base,
        warnings=base.warnings[:1],
        evidence=[e for e in base.evidence if e.kind != "quote"],
    )
    problems = []
    for n in range(1, 61):
        content = replace(base, incidents=base.incidents[:n])
        texts = page_texts(render(content))
        fingerprints = [f"{i.sha256[:12]}…" for i in content.incidents]  # incidents table
        problems += check_table(f"{n} incidents", texts, fingerprints, INCIDENTS_HEADING)
        hashes = [i.sha256 for i in content.incidents]  # in full on the Verification pages
        problems += check_table(f"{n} quoted messages", texts, hashes, QUOTED_HEADING)
    assert not problems, "\n".join(problems)


def test_a_heading_lower_and_lower_on_the_page_keeps_its_first_rows() -> None:
    # The Quoted messages heading comes after the Evidence items table: each item more
    # moves it down the Verification page until it must go over to the next one.
    base = sample_content(6, charts=[], attachments=[])
    notes = [
        BriefEvidence(100 + k, 1, "note", f"Call notes {k}", None, sha(f"note {k}"))
        for k in range(45)
    ]
    problems = []
    for n in range(1, len(notes) + 1):
        texts = page_texts(render(replace(base, evidence=notes[:n])))
        items = [e.sha256 for e in notes[:n]]
        problems += check_table(f"{n} evidence items", texts, items, EVIDENCE_HEADING)
        hashes = [i.sha256 for i in base.incidents]
        problems += check_table(f"after {n} items: quoted", texts, hashes, QUOTED_HEADING)
    assert not problems, "\n".join(problems)
