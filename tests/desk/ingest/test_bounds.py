"""Hostile records stay bounded: each one over a limit is rejected alone, the rest imported."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine

from desk.ingest.limits import Limits
from desk.ingest.loader import import_file
from desk.ingest.records import ReadStats, Rejection
from desk.ingest.streams.csv_rows import CsvFile, CsvRow
from desk.ingest.streams.json_records import Found, records
from tests.desk.ingest.test_zendesk_json import USERS, _comment, _ticket

DEEP = 20_000  # "[" in the hostile record: json.loads gives up at about 1,000, and ijson.items
# would keep 2.5 * DEEP**2 bytes of path strings (1 GB); the benchmark uses 100,000


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _tickets() -> list[str]:
    deep = _ticket(12, 1, [_comment(120, 1, "deep")])
    deep["custom"] = "@DEEP@"
    return [
        json.dumps(_ticket(10, 1, [_comment(100, 1, "First.")])),
        json.dumps(deep).replace('"@DEEP@"', _nested(DEEP)),
        json.dumps(_ticket(11, 2, [_comment(110, 2, "Third.")])),
    ]


def test_a_deeply_nested_ndjson_line_is_rejected_and_its_neighbours_imported(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "nested.ndjson"
    lines = [json.dumps(u) for u in USERS] + _tickets()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = import_file(sqlite_engine, path)
    assert (summary.conversations_new, summary.messages_new) == (2, 2)
    [rejection] = summary.rejections
    assert (rejection.line, rejection.reason) == (
        len(USERS) + 2,
        "nested deeper than 64 levels; record skipped",
    )


def test_a_deeply_nested_record_of_a_json_document_is_rejected_alone(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    """ijson's own items() would keep a path string per level: gigabytes for this record."""
    path = tmp_path / "nested.json"
    users = json.dumps(USERS)
    path.write_text(f'{{"users": {users}, "tickets": [{", ".join(_tickets())}]}}', "utf-8")
    summary = import_file(sqlite_engine, path)
    assert (summary.conversations_new, summary.messages_new) == (2, 2)
    assert [(r.record, r.reason) for r in summary.rejections] == [
        (2, "tickets record 2: nested deeper than 64 levels; record skipped")
    ]


def test_the_depth_limit_is_an_option_and_counts_levels_exactly(tmp_path: Path) -> None:
    path = tmp_path / "page.json"
    path.write_text('[{"id": 1, "a": [[1]]}, {"id": 2, "a": [[[1]]]}, {"id": 3}]', "utf-8")
    found = list(records(path, ReadStats(), {}, Limits(json_depth=3)))
    assert [f.value["id"] for f in found if isinstance(f, Found)] == [1, 3]
    assert [(r.record, r.reason) for r in found if isinstance(r, Rejection)] == [
        (2, "nested deeper than 3 levels; record skipped")
    ]


def test_a_line_longer_than_the_limit_is_rejected_and_reading_goes_on(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "long.ndjson"
    long_ticket = _ticket(12, 1, [_comment(120, 1, "x" * 10_000)])
    lines = [json.dumps(u) for u in USERS]
    lines += [json.dumps(_ticket(10, 1, [_comment(100, 1, "Hi.")])), json.dumps(long_ticket)]
    lines += [json.dumps(_ticket(11, 2, [_comment(110, 2, "Bye.")]))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = import_file(sqlite_engine, path, options={"max_line_bytes": 4096})
    assert (summary.conversations_new, summary.messages_new) == (2, 2)
    [rejection] = summary.rejections
    assert rejection.line == len(USERS) + 2
    assert rejection.reason.startswith("the line is ")
    assert rejection.reason.endswith(" KiB long, more than the 4.0 KiB allowed; skipped")


def test_a_csv_line_longer_than_the_limit_is_rejected_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"id,body\n1,short\n2,{'y' * 5000}\n3,after\n", encoding="utf-8")
    with CsvFile(path, limits=Limits(line_bytes=300)) as table:
        rows = list(table.rows())
    assert [r.cells for r in rows if isinstance(r, CsvRow)] == [["1", "short"], ["3", "after"]]
    [rejection] = [r for r in rows if isinstance(r, Rejection)]
    assert rejection.line == 3
    assert "a line of 4.9 KiB, more than the 300 bytes allowed" in rejection.reason


def _mail(number: int, body: str) -> str:
    return (
        f"From sender{number}@example.com Mon Mar  4 09:0{number}:00 2024\n"
        f"From: Sender {number} <sender{number}@example.com>\n"
        "To: help@desk.example\n"
        f"Subject: Message {number}\n"
        f"Date: Mon, 04 Mar 2024 09:0{number}:00 +0000\n"
        f"Message-ID: <m{number}@example.com>\n\n"
        f"{body}\n\n"
    )


def test_an_mbox_message_over_the_record_limit_is_skipped_with_its_line(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "archive.mbox"
    huge = "\n".join(["z" * 99] * 6000)  # 600 KB: over the limit by more than a read block
    path.write_text(_mail(1, "Hello.") + _mail(2, huge) + _mail(3, "Goodbye."), "utf-8")
    summary = import_file(sqlite_engine, path, options={"max_record_bytes": 10_000})
    assert summary.messages_new == 2
    [rejection] = summary.rejections
    assert rejection.line == 10
    assert "more than the 9.8 KiB allowed; skipped" in rejection.reason
