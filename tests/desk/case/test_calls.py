"""Phone calls as contact centres log them: the recording recognised by its bytes, hashed at
capture through the audited path, shown by ``case show`` and listed in the brief."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import wave
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from desk.case import case_access, cases
from desk.case.audio import duration_of, sniff_audio
from desk.case.audit import case_events, verify_chain
from desk.case.calls import altered_recordings, calls_of, log_call, recording_data
from desk.cli import main
from desk.db.engine import session_factory
from desk.db.models import Attachment, PhoneCall
from desk.documents.brief.assemble import brief_content
from desk.documents.brief.render import render_brief
from desk.errors import InputError
from tests.desk.case.conftest import Fixture, build_customer

ACTOR = "Mia Manager"
AT = "2026-03-05T10:15"


def mp3_bytes(frames: int = 40) -> bytes:
    """Constant-bit-rate MPEG-1 Layer III: 128 kbit/s, 44.1 kHz, 417-byte frames of silence."""
    header = bytes([0xFF, 0xFB, 0x90, 0x64])
    return (header + bytes(417 - 4)) * frames


def wav_bytes(seconds: float = 1.5, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(int(seconds * rate) * 2))
    return buffer.getvalue()


def test_audio_is_known_by_its_first_bytes() -> None:
    assert sniff_audio("a.mp3", mp3_bytes()) == "audio/mpeg"
    assert sniff_audio("a.bin", b"ID3\x04\x00\x00\x00\x00\x00\x00" + mp3_bytes(1)) == "audio/mpeg"
    assert sniff_audio("a.wav", wav_bytes()) == "audio/wav"
    assert sniff_audio("a.ogg", b"OggS\x00\x02" + bytes(30)) == "audio/ogg"
    assert sniff_audio("a.m4a", b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00") == "audio/mp4"
    with pytest.raises(InputError, match=r"^x\.mp3 is not audio: it starts like text$"):
        sniff_audio("x.mp3", b"Call notes: the customer shouted at Sam.\n")
    with pytest.raises(InputError, match="it starts like a PNG image"):
        sniff_audio("shot.wav", b"\x89PNG\r\n\x1a\n" + bytes(20))
    with pytest.raises(InputError, match="not audio: it starts like an MP4 of brand 'qt  '"):
        sniff_audio("film.m4a", b"\x00\x00\x00\x20ftypqt  ")
    assert duration_of("audio/wav", wav_bytes(1.5)) == pytest.approx(1.5)
    # 40 frames × 417 bytes × 8 bits / 128 kbit/s
    assert duration_of("audio/mpeg", mp3_bytes(40)) == pytest.approx(40 * 417 * 8 / 128_000)
    assert duration_of("audio/ogg", b"OggS") is None


def test_a_call_with_its_recording_is_one_audited_change(
    session: Session, victor: Fixture, tmp_path: Path
) -> None:
    case_id = cases.open_case(session, victor.customer_id, ACTOR).id
    version = case_access.get_case(session, case_id).version
    recording = tmp_path / "call-0305.mp3"
    recording.write_bytes(mp3_bytes())
    call = log_call(
        session,
        case_id,
        ACTOR,
        at=dt.datetime(2026, 3, 5, 10, 15),
        agent="Sam Agent",
        said="Called Sam an idiot and said he would have him fired.",
        warnings_given=2,
        manager_told=True,
        recording=recording,
    )
    digest = hashlib.sha256(mp3_bytes()).hexdigest()
    assert (call.recording_sha256, call.recording_type) == (digest, "audio/mpeg")
    assert call.duration_text() == "0:01"
    assert calls_of(session, case_id) == [call]
    assert case_access.get_case(session, case_id).version == version + 1
    [event] = [e for e in case_events(session, case_id) if e.action == "call.logged"]
    detail = json.loads(event.detail)
    assert (detail["sha256"], detail["warnings_given"], detail["manager_told"]) == (digest, 2, True)
    assert verify_chain(session).broken_at is None
    assert recording_data(session, call.id) == ("call-0305.mp3", "audio/mpeg", mp3_bytes())
    assert altered_recordings(session, case_id) == []
    # The recording edited in the database no longer matches its capture.
    session.execute(update(Attachment).values(data=b"ID3" + bytes(40)))
    session.commit()
    assert altered_recordings(session, case_id) == [
        f"call #{call.id}: its recording no longer matches what was captured"
    ]


def test_a_renamed_text_file_is_refused_and_nothing_is_written(
    session: Session, victor: Fixture, tmp_path: Path
) -> None:
    case_id = cases.open_case(session, victor.customer_id, ACTOR).id
    fake = tmp_path / "x.mp3"
    fake.write_text("Call notes: the customer shouted at Sam.\n")
    with pytest.raises(InputError, match=r"^x\.mp3 is not audio: it starts like text$"):
        log_call(
            session,
            case_id,
            ACTOR,
            at=dt.datetime(2026, 3, 5, 10, 15),
            agent="Sam Agent",
            said="Shouting.",
            recording=fake,
        )
    assert session.scalars(select(PhoneCall)).all() == []
    assert session.scalars(select(Attachment)).all() == []


@pytest.mark.slow
def test_the_call_is_in_case_show_and_in_the_brief_with_its_hash(
    sqlite_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with session_factory(sqlite_engine)() as session:
        fx = build_customer(session)
        case_id = cases.open_case(session, fx.customer_id, ACTOR).id
    url = str(sqlite_engine.url)
    recording = tmp_path / "call.wav"
    recording.write_bytes(wav_bytes(2.0))
    digest = hashlib.sha256(recording.read_bytes()).hexdigest()
    base = ["-q", "--db", url, "case", "--as", ACTOR]
    args = ["log-call", str(case_id), "--at", AT, "--agent", "Sam Agent", "--warned", "1"]
    assert main([*base, *args, "--said", "Swore at Sam", "--recording", str(recording)]) == 0
    out = capsys.readouterr().out
    assert f"sha256 {digest}" in out and "0:02" in out
    fake = tmp_path / "y.wav"
    fake.write_text("not a recording")
    assert main([*base, *args, "--said", "x", "--recording", str(fake)]) == 1
    assert "y.wav is not audio: it starts like text" in capsys.readouterr().err
    assert main([*base, "show", str(case_id)]) == 0
    shown = capsys.readouterr().out
    assert "Calls (1)" in shown and f"recording call.wav (0:02) sha256 {digest}" in shown

    with session_factory(sqlite_engine)() as session:
        content = brief_content(session, case_id, prepared_by=ACTOR)
    buffer = io.BytesIO()
    render_brief(content, buffer)
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(buffer).pages)
    assert digest in text
    assert "call.wav(call2026-03-0510:15,SamAgent,0:02)" in text
