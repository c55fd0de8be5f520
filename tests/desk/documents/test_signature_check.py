"""What ``verify_pdf`` calls VALID, and the plain words it gives when a letter is not.

Every case signs a real letter PDF with a real certificate and reads the signature back with
pyHanko. Expired and not-yet-valid certificates are loaded with pyHanko directly, because
``load_signer`` rightly refuses them: these letters stand for ones signed with a wrong clock
or an old certificate, which the checker must catch on its own.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.generic import NameObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import timestamps
from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner

from desk.documents.certificates import make_test_certificate
from desk.documents.letter import render_letter, signature_field_name
from desk.documents.signature_check import verify_pdf
from desk.documents.signing import sign_pdf
from tests.desk.documents.certs import PASSWORD, Pki, asn1, make_pki, signer_from
from tests.desk.documents.test_letter import context

pytestmark = pytest.mark.slow  # generates certificate chains and signs PDFs

NOW = dt.datetime.now(dt.UTC)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def letter() -> bytes:
    return render_letter(context("en"))


def test_leaf_of_a_trusted_ca_is_valid(pki: Pki, letter: bytes) -> None:
    [check] = verify_pdf(sign_pdf(letter, signer_from(pki.p12.read_bytes())), [pki.ca])
    assert check.ok and check.verdict == "VALID"
    lines = check.lines()
    assert "Signature: intact, covers the whole document" in lines
    assert "Signed by: Dana Whitfield, Lumen Ledger" in lines
    assert (
        "Trusted: yes - it chains to Lumen Ledger Test CA, Lumen Ledger, which you trust" in lines
    )
    assert lines[-1] == "Verdict: VALID"


def test_expired_leaf_of_a_trusted_ca_is_not_valid_and_says_when(pki: Pki, letter: bytes) -> None:
    signed = sign_pdf(letter, signer_from(pki.expired_p12.read_bytes()))
    [check] = verify_pdf(signed, [pki.ca])
    expiry = f"{NOW - dt.timedelta(days=35):%Y-%m-%d}"
    assert check.intact and check.whole_file
    assert not check.trusted and not check.ok
    assert check.verdict == f"intact, but the signer's certificate expired on {expiry}"
    assert check.lines()[-1] == f"Verdict: intact, but the signer's certificate expired on {expiry}"


def test_not_yet_valid_leaf_is_not_valid(pki: Pki, letter: bytes) -> None:
    [check] = verify_pdf(sign_pdf(letter, signer_from(pki.future_p12.read_bytes())), [pki.ca])
    start = f"{NOW + dt.timedelta(days=30):%Y-%m-%d}"
    assert not check.ok
    assert check.verdict == f"intact, but the signer's certificate is not valid until {start}"


def test_leaf_without_its_ca_in_the_trust_list_is_not_trusted(pki: Pki, letter: bytes) -> None:
    [check] = verify_pdf(sign_pdf(letter, signer_from(pki.p12.read_bytes())), [])
    assert not check.ok
    assert check.verdict.startswith("intact, signer not trusted: ")
    assert "no trusted certificates were given" in check.verdict


def test_self_signed_is_untrusted_unless_listed_and_then_only_while_valid(
    tmp_path: Path, letter: bytes
) -> None:
    fresh = make_test_certificate("Dana Whitfield", PASSWORD)
    signed = sign_pdf(letter, signer_from(fresh.p12))
    [untrusted] = verify_pdf(signed, [])
    assert not untrusted.ok
    assert untrusted.verdict == (
        "intact, signer not trusted: the signer's certificate is self-signed and not in your "
        "trust list"
    )
    assert "Issued by: itself (self-signed)" in untrusted.lines()
    # Listed as trusted by the user: that very certificate is the trust anchor.
    [listed] = verify_pdf(signed, [asn1(fresh.pem)])
    assert listed.ok
    assert "Trusted: yes - you listed this very certificate as trusted" in listed.lines()
    # An expired self-signed certificate stays expired even when listed (pyHanko alone
    # trusts an anchor unconditionally).
    old = make_test_certificate("Dana Whitfield", PASSWORD, days=30, now=NOW - dt.timedelta(60))
    [expired] = verify_pdf(sign_pdf(letter, signer_from(old.p12)), [asn1(old.pem)])
    assert not expired.trusted and not expired.ok
    assert expired.verdict == (
        f"intact, but the signer's certificate expired on {old.not_after:%Y-%m-%d}"
    )
    note = [line for line in expired.lines() if line.startswith("Trusted: ")]
    assert note == [
        f"Trusted: no - the signer's certificate expired on {old.not_after:%Y-%m-%d} "
        "(no trusted timestamp proves the signature was made before then)"
    ]


def test_listed_certificate_whose_key_usage_forbids_signing_is_not_trusted(
    letter: bytes,
) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dana Whitfield")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(
            x509.KeyUsage(False, False, True, False, False, False, False, False, False),
            critical=True,  # keyEncipherment only
        )
        .sign(key, hashes.SHA256())
    )
    p12 = pkcs12.serialize_key_and_certificates(None, key, cert, None, serialization.NoEncryption())
    pem = cert.public_bytes(serialization.Encoding.PEM)
    [check] = verify_pdf(sign_pdf(letter, signer_from(p12, None)), [asn1(pem)])
    assert not check.ok
    assert "not meant for signing" in check.verdict


def test_changed_byte_and_later_update_are_not_valid(pki: Pki, letter: bytes) -> None:
    signed = sign_pdf(letter, signer_from(pki.p12.read_bytes()))
    position = signed.index(b"Lumen Ledger")
    [flipped] = verify_pdf(signed[:position] + b"X" + signed[position + 1 :], [pki.ca])
    assert not flipped.intact and not flipped.ok
    assert flipped.verdict == "NOT VALID: the document was changed after signing"
    assert "Signature: BROKEN: the signed content no longer matches the signature" in (
        flipped.lines()
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = NameObject("/xx")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    [extended] = verify_pdf(out.getvalue(), [pki.ca])
    assert extended.intact and extended.trusted
    assert not extended.whole_file and not extended.ok
    assert extended.verdict.startswith("NOT VALID: the document was changed after signing")
    assert (
        "Signature: intact, but does NOT cover the whole document: changed after signing"
        in extended.lines()
    )


def test_trusted_timestamp_proves_the_certificate_was_valid_when_signing(
    pki: Pki, letter: bytes
) -> None:
    """Signed (and timestamped) 100 days ago, while the certificate was valid: still VALID."""
    when = NOW - dt.timedelta(days=100)
    stamper = timestamps.DummyTimeStamper(pki.tsa_cert, pki.tsa_key, fixed_dt=when)
    meta = PdfSignatureMetadata(field_name=signature_field_name("Dana Whitfield"))
    signer = signer_from(pki.expired_p12.read_bytes())
    out = PdfSigner(meta, signer=signer, timestamper=stamper).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(letter))
    )
    [check] = verify_pdf(out.getvalue(), [pki.ca])
    assert check.timestamped
    assert check.ok, check.lines()
    assert f"Signed at: {when:%Y-%m-%d %H:%M} UTC (trusted timestamp)" in check.lines()
    # Without the CA, the timestamp proves nothing: judged today, the certificate expired.
    [untrusted] = verify_pdf(out.getvalue(), [])
    assert not untrusted.timestamped and not untrusted.ok


def test_pyhanko_log_records_stay_off_the_root_logger(
    letter: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    fresh = make_test_certificate("Dana Whitfield", PASSWORD)
    signed = sign_pdf(letter, signer_from(fresh.p12))
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        verify_pdf(signed, [])
    assert [r for r in caplog.records if r.name.startswith("pyhanko")] == []
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
