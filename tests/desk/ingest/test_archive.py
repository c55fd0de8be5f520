"""Exports in .zip and .gz archives: every member imported, dangerous archives refused."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.models import Conversation, ImportBatch
from desk.errors import InputError
from desk.ingest.formats.zendesk_json import ZendeskJson
from desk.ingest.loader import import_file
from desk.ingest.registry import detect
from desk.ingest.streams.compressed import Archive
from tests.conftest import shared_data
from tests.desk.ingest.test_zendesk_csv_xml import TICKETS_XML, USERS_XML
from tests.desk.ingest.test_zendesk_json import small_export


def _zip(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.slow
def test_zip_of_a_zendesk_xml_export(engine: Engine, tmp_path: Path) -> None:
    path = _zip(
        tmp_path / "export.zip",
        {
            "tickets.xml": TICKETS_XML,
            "users.xml": USERS_XML,
            "__MACOSX/._tickets.xml": b"\x00\x05\x16\x07",
            ".DS_Store": b"\x00\x00\x00\x01Bud1",
            "README.txt": "Exported by Zendesk",
        },
    )
    assert detect(path) is Archive
    summary = import_file(engine, path)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (2, 5, 2)
    assert [r.reason for r in summary.rejections] == [
        "README.txt: not an export Breakup Desk reads; skipped"
    ]
    assert summary.format_name == "archive"
    with Session(engine) as session:
        sources = set(session.scalars(select(Conversation.source)))
        assert sources == {"zendesk"}  # the members' helpdesk, so the JSON export joins them
        assert session.get_one(ImportBatch, summary.batch_id).encoding == "utf-8"


def test_gz_of_a_real_twitter_sample_imports_like_the_plain_file(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    sample = shared_data("samples", "twitter", "twcs_kaggle_sample.csv")
    packed = tmp_path / "twcs.csv.gz"
    packed.write_bytes(gzip.compress(sample.read_bytes()))
    summary = import_file(sqlite_engine, packed)
    assert (summary.messages_new, summary.conversations_new, summary.rejected) == (93, 27, 0)
    assert summary.encoding == "utf-8"


def test_zip_members_rejections_name_the_member(sqlite_engine: Engine, tmp_path: Path) -> None:
    export = small_export(tmp_path / "export.ndjson").read_text()
    path = _zip(tmp_path / "z.zip", {"zendesk/export.ndjson": export + '{"id": 99, "req'})
    summary = import_file(sqlite_engine, path)
    assert summary.conversations_new == 2
    [rejection] = summary.rejections
    assert rejection.reason.startswith("zendesk/export.ndjson: the line is cut off")
    assert rejection.line == 7


def test_an_archive_inside_an_archive_is_skipped_not_opened(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    """A member is detected among the formats of single files only: a nested .zip or .gz
    scores as no format (not as the archive reader), so it is named and skipped."""
    export = small_export(tmp_path / "export.ndjson").read_bytes()
    inner = _zip(tmp_path / "inner.zip", {"more.ndjson": export}).read_bytes()
    path = _zip(
        tmp_path / "outer.zip",
        {"export.ndjson": export, "inner.zip": inner, "again.ndjson.gz": gzip.compress(export)},
    )
    assert [m.format for m in Archive(path).members] == [ZendeskJson, None, None]
    summary = import_file(sqlite_engine, path)
    assert summary.conversations_new == 2
    assert sorted(r.reason for r in summary.rejections) == [
        "again.ndjson.gz: not an export Breakup Desk reads; skipped",
        "inner.zip: not an export Breakup Desk reads; skipped",
    ]


@pytest.mark.parametrize("name", ["../escape.json", "/etc/passwd", "C:/windows/x.json"])
def test_members_that_escape_the_archive_are_refused(
    name: str, sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = _zip(tmp_path / "evil.zip", {"ok.json": "{}", name: "{}"})
    with pytest.raises(InputError, match="escapes the archive"):
        import_file(sqlite_engine, path)


@pytest.mark.slow
def test_archives_expanding_beyond_the_limit_are_refused(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    big = small_export(tmp_path / "export.ndjson").read_bytes() * 50
    zipped = _zip(tmp_path / "big.zip", {"export.ndjson": big})
    with pytest.raises(InputError, match="would expand to"):
        import_file(sqlite_engine, zipped, options={"archive_max_bytes": 10_000})
    packed = tmp_path / "big.ndjson.gz"
    packed.write_bytes(gzip.compress(big))  # gzip declares no size: the bytes are counted
    with pytest.raises(InputError, match="expands beyond"):
        import_file(sqlite_engine, packed, options={"archive_max_bytes": 10_000})
    with Session(sqlite_engine) as session:
        assert session.scalar(select(func.count()).select_from(Conversation)) == 0


def test_an_archive_mixing_helpdesks_is_refused(sqlite_engine: Engine, tmp_path: Path) -> None:
    freshdesk = [{"id": 1, "requester_id": 2, "created_at": "2024-01-01T00:00:00Z",
                  "fr_escalated": False, "subject": "x"}]  # fmt: skip
    path = _zip(
        tmp_path / "mixed.zip",
        {"tickets.xml": TICKETS_XML, "freshdesk.json": json.dumps(freshdesk)},
    )
    with pytest.raises(InputError, match="mixes exports of several helpdesks"):
        import_file(sqlite_engine, path)


def test_a_damaged_archive_is_a_clear_error(sqlite_engine: Engine, tmp_path: Path) -> None:
    whole = _zip(tmp_path / "whole.zip", {"tickets.xml": TICKETS_XML * 20}).read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match=r"cut\.zip"):
        import_file(sqlite_engine, cut, format_name="archive")
