"""Signing a letter with the executive's certificate.

pyHanko signs the letter's empty signature field (PAdES baseline B-B; B-T when a timestamp
authority URL is given) with a visible stamp. Checking a signed letter lives in
:mod:`desk.documents.signature_check`; ``verify_pdf`` is re-exported here for older callers.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from asn1crypto import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers, timestamps
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner
from pyhanko.stamp import TextStampStyle

from desk.documents.pyhanko_log import quiet_pyhanko
from desk.documents.signature_check import SignatureCheck, allows_signing, verify_pdf
from desk.errors import InputError

__all__ = ["SignatureCheck", "load_signer", "sign_pdf", "signature_fields", "verify_pdf"]


def load_signer(p12: Path, password: bytes | None) -> signers.SimpleSigner:
    """The signer in a PKCS#12 file, or one clear line (wrong password, expired certificate).

    The file is opened with cryptography first: pyHanko's own ``load_pkcs12`` logs a
    traceback on a wrong password before returning ``None``, which used to reach the terminal.
    """
    try:
        data = p12.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p12}: no such certificate file") from None
    except OSError as exc:
        raise InputError(f"{p12}: cannot read the certificate file ({exc.strerror})") from None
    try:
        key, cert, _others = pkcs12.load_key_and_certificates(data, password)
    except (ValueError, TypeError):
        hint = "" if password else " (no password was given)"
        raise InputError(f"{p12}: wrong password or not a PKCS#12 file{hint}") from None
    if key is None or cert is None:
        raise InputError(f"{p12}: the file holds no private key and certificate to sign with")
    with quiet_pyhanko():
        signer: signers.SimpleSigner = signers.SimpleSigner.load_pkcs12_data(
            data, other_certs=[], passphrase=password
        )
    certificate: x509.Certificate = signer.signing_cert
    validity = certificate["tbs_certificate"]["validity"]
    now = dt.datetime.now(dt.UTC)
    not_after = validity["not_after"].native
    if not_after < now:
        raise InputError(
            f"{p12}: the certificate of {certificate.subject.human_friendly} expired on "
            f"{not_after:%Y-%m-%d}"
        )
    if validity["not_before"].native > now:
        raise InputError(
            f"{p12}: the certificate is not valid before {validity['not_before'].native:%Y-%m-%d}"
        )
    if not allows_signing(certificate):
        raise InputError(
            f"{p12}: the certificate's key usage does not allow signing documents "
            "(it needs digitalSignature or nonRepudiation)"
        )
    return signer


def signature_fields(pdf: bytes) -> list[tuple[str, bool]]:
    """(name, filled) for every signature field in ``pdf``; not a PDF is a one-line error."""
    try:
        with quiet_pyhanko():
            reader = PdfFileReader(io.BytesIO(pdf))
            return [
                (name, value is not None)
                for name, value, _ref in fields.enumerate_sig_fields(reader, filled_status=None)
            ]
    except (PdfReadError, ValueError) as exc:
        raise InputError(f"not a readable PDF ({' '.join(str(exc).split())})") from None


def sign_pdf(
    pdf: bytes,
    signer: signers.SimpleSigner,
    *,
    field_name: str | None = None,
    tsa_url: str | None = None,
    reason: str = "Approved and signed",
) -> bytes:
    """Sign the (first empty, or named) signature field; returns the signed PDF."""
    empty = [name for name, filled in signature_fields(pdf) if not filled]
    if field_name is None:
        if not empty:
            raise InputError("the letter has no empty signature field to sign")
        field_name = empty[0]
    elif field_name not in empty:
        raise InputError(f"no empty signature field named {field_name!r} in the letter")
    meta = PdfSignatureMetadata(
        field_name=field_name,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
    )
    timestamper = timestamps.HTTPTimeStamper(tsa_url) if tsa_url else None
    stamp = TextStampStyle(stamp_text="Digitally signed by %(signer)s\n%(ts)s")
    pdf_signer = PdfSigner(meta, signer=signer, timestamper=timestamper, stamp_style=stamp)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    try:
        with quiet_pyhanko():
            out = pdf_signer.sign_pdf(writer)
    except timestamps.TimestampRequestError as exc:
        raise InputError(f"the timestamp authority {tsa_url} did not answer ({exc})") from None
    return bytes(out.getvalue())
