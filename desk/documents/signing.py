"""Signing a letter with the executive's certificate, and checking a signed letter.

pyHanko signs the letter's empty signature field (PAdES baseline B-B; B-T when a timestamp
authority URL is given) with a visible stamp. Verification reports whether the signed bytes are
intact, who signed, when, and whether anything was changed after signing.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers, timestamps
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext

from desk.errors import InputError


@dataclass(frozen=True)
class SignatureCheck:
    """What a signed PDF says about its signature."""

    field: str
    signer: str
    signed_at: dt.datetime | None
    intact: bool  # the signed bytes hash to what was signed
    valid: bool  # the signature over that hash is cryptographically valid
    trusted: bool  # the signer's certificate chains to a trusted root given to verify()
    whole_file: bool  # nothing was added or changed after signing

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.whole_file


def load_signer(p12: Path, password: bytes | None) -> signers.SimpleSigner:
    """The signer in a PKCS#12 file, or a clear error (wrong password, expired certificate)."""
    if not p12.is_file():
        raise InputError(f"{p12}: no such certificate file")
    try:
        signer: signers.SimpleSigner | None = signers.SimpleSigner.load_pkcs12(  # type: ignore[no-untyped-call]
            p12, passphrase=password
        )
    except (ValueError, OSError) as exc:
        raise InputError(f"{p12}: cannot open the certificate ({exc})") from exc
    if signer is None:
        raise InputError(f"{p12}: cannot open the certificate: wrong password or not PKCS#12")
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
    return signer


def signature_fields(pdf: bytes) -> list[tuple[str, bool]]:
    """(name, filled) for every signature field in ``pdf``."""
    reader = PdfFileReader(io.BytesIO(pdf))
    return [
        (name, value is not None)
        for name, value, _ref in fields.enumerate_sig_fields(reader, filled_status=None)
    ]


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
    out = pdf_signer.sign_pdf(writer)
    return bytes(out.getvalue())


def verify_pdf(
    pdf: bytes, trust_roots: list[x509.Certificate] | None = None
) -> list[SignatureCheck]:
    """Check every signature in ``pdf``; an unsigned or unreadable PDF is a clear error."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        embedded = reader.embedded_signatures
    except (PdfReadError, ValueError) as exc:
        raise InputError(f"not a readable PDF: {exc}") from exc
    if not embedded:
        raise InputError("the PDF carries no signature")
    context = ValidationContext(trust_roots=trust_roots or [], allow_fetching=False)
    checks = []
    for signature in embedded:
        status = validate_pdf_signature(signature, context)
        checks.append(
            SignatureCheck(
                field=signature.field_name,
                signer=status.signing_cert.subject.human_friendly,
                signed_at=status.signer_reported_dt,
                intact=bool(status.intact),
                valid=bool(status.valid),
                trusted=bool(status.trusted),
                whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
            )
        )
    return checks
