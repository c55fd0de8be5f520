"""A self-signed signing certificate for trying out letter signing, clearly marked as a test.

Real letters are signed with a certificate from the company's own PKI or a commercial CA.
This one exists so that a team can try ``letter sign`` and ``letter verify`` before it has
one; its name says "TEST ONLY" so that every letter signed with it (the visible stamp, the
stored signer, ``letter verify``) shows that it is not a real signature.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desk.errors import InputError

TEST_LABEL = "TEST ONLY - not for real letters"
TEST_NOTE = (
    "Note: this self-signed certificate is for TEST ONLY - letters signed with it say so and "
    "verify as not trusted; for real letters use a PKCS#12 (.p12/.pfx) signing certificate "
    "from your company's CA or a commercial document-signing CA."
)
KeyType = Literal["rsa", "ec"]


@dataclass(frozen=True)
class SelfSignedCertificate:
    """A new key and certificate: the password-protected PKCS#12 and the public PEM."""

    p12: bytes
    pem: bytes
    subject: str
    not_after: dt.datetime


def make_test_certificate(
    name: str,
    password: bytes,
    *,
    email: str | None = None,
    organisation: str | None = None,
    days: int = 365,
    key_type: KeyType = "rsa",
    now: dt.datetime | None = None,
) -> SelfSignedCertificate:
    """A self-signed certificate for ``name``, usable for signing only, valid ``days`` days.

    RSA 2048 is the default because every PDF reader accepts it; EC P-256 is smaller.
    Key usage is digitalSignature + nonRepudiation (critical), and it is not a CA.
    """
    name = name.strip()
    if not name:
        raise InputError("the certificate needs a name (--name)")
    if not 1 <= days <= 3650:
        raise InputError(f"--days must be between 1 and 3650, not {days}")
    if not password:
        raise InputError("the certificate needs a non-empty password")
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey = (
        rsa.generate_private_key(public_exponent=65537, key_size=2048)
        if key_type == "rsa"
        else ec.generate_private_key(ec.SECP256R1())
    )
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, f"{name} ({TEST_LABEL})")]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, TEST_LABEL))
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attributes)
    start = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(minutes=5)  # allow clock skew
    end = start + dt.timedelta(days=days)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False
        )
    cert = builder.sign(key, hashes.SHA256())
    p12 = pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, None, serialization.BestAvailableEncryption(password)
    )
    return SelfSignedCertificate(
        p12=p12,
        pem=cert.public_bytes(serialization.Encoding.PEM),
        subject=cert.subject.rfc4514_string(),
        not_after=cert.not_valid_after_utc,
    )


def write_new(path: Path, data: bytes, *, force: bool = False, private: bool = False) -> None:
    """Write ``data`` to a file that must not exist yet (unless ``force``).

    A private file (the key) is created readable by its owner only.
    """
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    flags |= os.O_TRUNC if force else os.O_EXCL
    try:
        descriptor = os.open(path, flags, 0o600 if private else 0o644)
    except FileExistsError:
        raise InputError(f"{path}: already exists (use --force to replace it)") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror}") from None
    with os.fdopen(descriptor, "wb") as out:
        if private:
            os.chmod(path, 0o600)  # a replaced (--force) file keeps its old mode otherwise
        out.write(data)
