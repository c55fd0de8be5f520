"""The import's file digest: the batch stores the file's SHA-256 (of a folder: of its files'
names and bytes) and re-importing the same bytes is recognised."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desk.db.models import ImportBatch
from desk.errors import Cancelled
from desk.ingest.digest import Digest, DigestCancelled
from desk.ingest.loader import file_sha256, import_file
from desk.progress import Progress
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


def test_the_digest_read_beside_the_import_is_the_files(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(bytes(range(256)) * 20_000)  # several blocks
    assert Digest(path).result() == hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_digests_error_reaches_the_import(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Digest(tmp_path / "gone.ndjson").result()


def test_a_stopped_digest_ends_between_blocks(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * (3 << 20))
    with pytest.raises(DigestCancelled):
        file_sha256(path, stopped=lambda: True)


def test_stop_ends_an_unfinished_digest(tmp_path: Path) -> None:
    path = tmp_path / "sparse.bin"
    with path.open("wb") as handle:
        handle.truncate(4 << 30)  # 4 GiB of holes: seconds to hash, no disk used
    digest = Digest(path)
    digest.stop()
    with pytest.raises(DigestCancelled):
        digest.result()


def _digest_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "import-digest"]


def test_a_cancelled_import_stops_its_digest_and_records_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    path = small_export(tmp_path / "z.ndjson")
    progress = Progress(1, "bytes")
    progress.cancel()
    with pytest.raises(Cancelled):
        import_file(engine, path, progress=progress)
    assert _digest_threads() == []
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0
