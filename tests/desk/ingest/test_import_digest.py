"""The import's file digest: the batch stores the file's SHA-256 (of a folder: of its files'
names and bytes) and re-importing the same bytes is recognised."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.db.models import ImportBatch
from desk.ingest.loader import file_sha256, import_file
from tests.desk.ingest.test_zendesk_json import small_export


def test_the_batch_stores_the_files_sha256(engine: Engine, tmp_path: Path) -> None:
    path = small_export(tmp_path / "z.ndjson")
    expected = hashlib.sha256(path.read_bytes()).hexdigest()
    first = import_file(engine, path)
    assert first.sha256 == expected
    assert first.previously_imported is None
    again = import_file(engine, path)
    assert again.previously_imported is not None
    with Session(engine) as session:
        stored = session.scalars(select(ImportBatch.sha256).order_by(ImportBatch.id)).all()
    assert stored == [expected, expected]


def test_a_folders_digest_names_its_files(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.json").write_bytes(b"{}")
    (folder / "b.json").write_bytes(b"[]")
    expected = hashlib.sha256(b"a.json\0{}b.json\0[]").hexdigest()
    assert file_sha256(folder) == expected
