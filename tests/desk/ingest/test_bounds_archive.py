"""Archives expand within the room there is, and a killed run's temporary copy goes at start."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desk.errors import InputError
from desk.ingest.loader import import_file
from desk.ingest.tempdirs import make_temp_dir, remove_orphans
from tests.desk.ingest.test_zendesk_json import USERS, _comment, _ticket


def _export() -> bytes:
    lines = [json.dumps(u) for u in USERS]
    lines.append(json.dumps(_ticket(10, 1, [_comment(100, 1, "Hello.")])))
    return ("\n".join(lines) + "\n").encode()


def _padded(blank_bytes: int) -> bytes:
    """An export followed by blank lines: it deflates about a thousand times."""
    return _export() + b"\n" * blank_bytes


def _refused(engine: Engine, path: Path, temp: Path, **options: int) -> str:
    temp.mkdir(exist_ok=True)
    with pytest.raises(InputError) as caught:
        import_file(engine, path, options={"temp_dir": str(temp), **options})
    assert list(temp.iterdir()) == []  # nothing written, or the partial copy deleted
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_zip_expanding_beyond_the_free_space_is_refused_before_writing(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tickets.ndjson", _export())
    temp = tmp_path / "temp"
    temp.mkdir()
    reserve = shutil.disk_usage(temp).free  # leaves no room at all
    message = _refused(sqlite_engine, path, temp, max_free_space_reserve=reserve)
    assert message.startswith(f"{path}: tickets.ndjson expands beyond the 0 bytes allowed by ")
    assert f"the free space of {temp}" in message


def test_a_gzip_that_lies_about_its_size_is_stopped_at_the_ceiling_and_cleaned_up(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "export.ndjson.gz"
    packed = bytearray(gzip.compress(_padded(3_000_000)))
    packed[-4:] = (1).to_bytes(4, "little")  # the declared size: one byte
    path.write_bytes(packed)
    message = _refused(
        sqlite_engine, path, tmp_path / "temp", archive_max_bytes=1_500_000, max_ratio=10**6
    )
    assert message == (
        f"{path}: export.ndjson expands beyond the 1,500,000 bytes allowed by the ceiling for "
        "archives; refused"
    )


def test_a_compression_bomb_is_refused_by_its_ratio(sqlite_engine: Engine, tmp_path: Path) -> None:
    gz = tmp_path / "bomb.ndjson.gz"
    gz.write_bytes(gzip.compress(_padded(2_000_000), compresslevel=9))
    message = _refused(sqlite_engine, gz, tmp_path / "temp", max_ratio_floor=1_000_000)
    assert "more than 200 times its packed size: a compression bomb, refused" in message
    zipped = tmp_path / "bomb.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tickets.ndjson", _padded(2_000_000))
    message = _refused(sqlite_engine, zipped, tmp_path / "temp", max_ratio_floor=1_000_000)
    assert message.startswith(f"{zipped}: tickets.ndjson expands to over 1.9 MiB from ")


def test_a_small_archive_still_imports_and_leaves_no_copy(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "export.ndjson.gz"
    path.write_bytes(gzip.compress(_padded(100_000)))  # ratio ~ 300, under the floor
    temp = tmp_path / "temp"
    temp.mkdir()
    summary = import_file(sqlite_engine, path, options={"temp_dir": str(temp)})
    assert summary.messages_new == 1
    assert list(temp.iterdir()) == []


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_temporary_folder_of_a_dead_run_is_removed_and_a_live_ones_kept(
    tmp_path: Path,
) -> None:
    dead = tmp_path / f"breakup-desk-archive-{_dead_pid()}-abc"
    (dead / "inner").mkdir(parents=True)
    (dead / "inner" / "1-tickets.ndjson").write_bytes(b"{}\n")
    live = tmp_path / f"breakup-desk-archive-{os.getppid()}-def"  # our parent is running
    live.mkdir()
    mine = make_temp_dir("archive", tmp_path)
    other = tmp_path / "someone-else-123-x"
    other.mkdir()
    assert remove_orphans(tmp_path) == [dead]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, mine.name, other.name])
    assert mine.name.startswith(f"breakup-desk-archive-{os.getpid()}-")
