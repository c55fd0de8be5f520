"""``letter make-certificate``, ``letter sign`` and ``letter verify`` as a user runs them.

A test certificate is made, a real letter PDF is signed with it and checked; what reaches
stdout, stderr and the logging system is asserted, in process and in a real subprocess
(where Python's last-resort log handler would print pyHanko's warnings on the terminal).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from desk.cli import main
from desk.documents.certificates import TEST_LABEL, make_test_certificate
from desk.documents.letter import render_letter
from desk.documents.signing import sign_pdf
from tests.desk.documents.certs import signer_from
from tests.desk.documents.test_letter import context

pytestmark = pytest.mark.slow  # makes keys and signs through the CLI in subprocesses

PASSWORD = "plum tree 42"


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_letter(context("en")))
    return path


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COO_PASSWORD", PASSWORD)
    return "COO_PASSWORD"


def no_pyhanko_records(caplog: pytest.LogCaptureFixture) -> bool:
    return not [r for r in caplog.records if r.name.startswith("pyhanko")]


def make_certificate(folder: Path, password: str, *extra: str) -> int:
    out = folder / "coo.p12"
    command = ["letter", "make-certificate", "--name", "Dana Whitfield", "--out", str(out)]
    return main([*command, "--password-env", password, *extra])


def test_make_certificate_is_a_labelled_one_year_signing_certificate(
    tmp_path: Path, password: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--email", "dana@lumen.example", "--org", "Lumen Ledger"]
    assert make_certificate(tmp_path, password, *args) == 0
    out = capsys.readouterr().out
    assert "TEST ONLY" in out.splitlines()[-1] and "company's CA" in out.splitlines()[-1]
    p12 = tmp_path / "coo.p12"
    assert stat.S_IMODE(p12.stat().st_mode) == 0o600 or os.name == "nt"
    key, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), PASSWORD.encode())
    assert isinstance(key, rsa.RSAPrivateKey) and key.key_size == 2048
    assert cert is not None
    assert cert == x509.load_pem_x509_certificate((tmp_path / "coo.pem").read_bytes())
    common = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
    assert common == f"Dana Whitfield ({TEST_LABEL})"
    unit = cert.subject.get_attributes_for_oid(x509.NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value
    assert unit == TEST_LABEL
    assert cert.issuer == cert.subject
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert lifetime == dt.timedelta(days=365)


def test_make_certificate_refuses_to_overwrite_without_force(
    tmp_path: Path, password: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert make_certificate(tmp_path, password) == 0
    first = (tmp_path / "coo.p12").read_bytes()
    capsys.readouterr()
    assert make_certificate(tmp_path, password, "--key", "ec") == 1
    err = capsys.readouterr().err
    refusal = f"{tmp_path / 'coo.p12'}: already exists (use --force to replace it)"
    assert err == f"breakup-desk: error: {refusal}\n"
    assert (tmp_path / "coo.p12").read_bytes() == first
    assert make_certificate(tmp_path, password, "--key", "ec", "--force") == 0
    key, _, _ = pkcs12.load_key_and_certificates(
        (tmp_path / "coo.p12").read_bytes(), PASSWORD.encode()
    )
    assert isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1"


def test_make_certificate_needs_a_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("NOT_SET_ANYWHERE", raising=False)
    assert make_certificate(tmp_path, "NOT_SET_ANYWHERE") == 1
    assert "NOT_SET_ANYWHERE is not set" in capsys.readouterr().err
    assert not (tmp_path / "coo.p12").exists()


def test_make_sign_verify_self_signed_then_trusted(
    tmp_path: Path,
    letter: Path,
    password: str,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert make_certificate(tmp_path, password) == 0
    signed = tmp_path / "signed.pdf"
    sign = ["letter", "sign", str(letter), "--p12", str(tmp_path / "coo.p12")]
    assert main([*sign, "--password-env", password, "--out", str(signed)]) == 0
    capsys.readouterr()
    assert main(["letter", "verify", str(signed)]) == 1
    result = capsys.readouterr()
    assert result.err == ""
    lines = result.out.splitlines()
    assert "Signature: intact, covers the whole document" in lines
    assert f"Signed by: Dana Whitfield ({TEST_LABEL})" in lines
    assert "Trusted: no - the signer's certificate is self-signed and not in your trust list" in (
        lines
    )
    assert lines[-1].startswith("Verdict: intact, signer not trusted: ")
    # The user decides to trust this very certificate: then it is VALID while it is valid.
    assert main(["letter", "verify", str(signed), "--trust", str(tmp_path / "coo.pem")]) == 0
    result = capsys.readouterr()
    assert result.out.splitlines()[-1] == "Verdict: VALID" and result.err == ""
    assert no_pyhanko_records(caplog)


def test_expired_self_signed_certificate_given_as_trusted_is_not_valid(
    tmp_path: Path, letter: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = make_test_certificate(
        "Dana Whitfield", b"x", days=30, now=dt.datetime.now(dt.UTC) - dt.timedelta(days=90)
    )
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(sign_pdf(letter.read_bytes(), signer_from(old.p12, b"x")))
    trusted = tmp_path / "old.pem"
    trusted.write_bytes(old.pem)
    assert main(["letter", "verify", str(signed), "--trust", str(trusted)]) == 1
    out = capsys.readouterr().out
    expected = f"intact, but the signer's certificate expired on {old.not_after:%Y-%m-%d}"
    assert out.splitlines()[-1] == f"Verdict: {expected}"


@pytest.mark.parametrize("problem", ["wrong password", "corrupt file"])
def test_sign_with_a_bad_certificate_file_is_one_line(
    problem: str,
    tmp_path: Path,
    letter: Path,
    password: str,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert make_certificate(tmp_path, password) == 0
    p12 = tmp_path / "coo.p12"
    if problem == "wrong password":
        monkeypatch.setenv(password, "not the password")
    else:
        p12.write_bytes(p12.read_bytes()[:200])
    capsys.readouterr()
    assert main(["letter", "sign", str(letter), "--p12", str(p12), "--password-env", password]) == 1
    err = capsys.readouterr().err
    assert err == f"breakup-desk: error: {p12}: wrong password or not a PKCS#12 file\n"
    assert no_pyhanko_records(caplog)
    assert not (tmp_path / "letter-signed.pdf").exists()


def test_sign_a_file_that_is_not_a_pdf_is_one_line(
    tmp_path: Path, password: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert make_certificate(tmp_path, password) == 0
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4 not really")
    capsys.readouterr()
    command = ["letter", "sign", str(plain), "--p12", str(tmp_path / "coo.p12")]
    assert main([*command, "--password-env", password]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"breakup-desk: error: {plain}: not a readable PDF")
    assert len(err.splitlines()) == 1


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def test_terminal_sees_no_traceback_or_pyhanko_log(tmp_path: Path, letter: Path) -> None:
    """A real process, where nothing configured logging: stderr holds our lines only."""
    made = make_test_certificate("Dana Whitfield", PASSWORD.encode())
    (tmp_path / "coo.p12").write_bytes(made.p12)
    wrong = run_cli(
        "letter", "sign", str(letter), "--p12", str(tmp_path / "coo.p12"),
        "--password-env", "COO_PASSWORD", env={"COO_PASSWORD": "nope"},
    )  # fmt: skip
    assert wrong.returncode == 1
    assert wrong.stderr == (
        f"breakup-desk: error: {tmp_path / 'coo.p12'}: wrong password or not a PKCS#12 file\n"
    )
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(sign_pdf(letter.read_bytes(), signer_from(made.p12, PASSWORD.encode())))
    checked = run_cli("letter", "verify", str(signed))
    assert checked.returncode == 1
    assert checked.stderr == ""
    assert "Traceback" not in checked.stdout
    assert "self-signed and not in your trust list" in checked.stdout.splitlines()[-1]


def test_logging_is_left_as_it_was(letter: Path) -> None:
    """The quieting is for the duration of the call only."""
    made = make_test_certificate("Dana Whitfield", PASSWORD.encode())
    sign_pdf(letter.read_bytes(), signer_from(made.p12, PASSWORD.encode()))
    assert logging.getLogger("pyhanko").propagate
    assert logging.getLogger("pyhanko_certvalidator").propagate
