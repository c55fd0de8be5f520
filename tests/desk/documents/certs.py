"""Test certificates: a CA, signers (valid, expired, not yet valid) in PKCS#12, and a TSA."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign import signers

PASSWORD = b"correct horse"


@dataclass(frozen=True)
class Pki:
    p12: Path
    expired_p12: Path
    future_p12: Path  # valid from a month from now
    ca: asn1_x509.Certificate
    tsa_cert: asn1_x509.Certificate  # a timestamp authority issued by the CA
    tsa_key: asn1_keys.PrivateKeyInfo


def _name(common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Lumen Ledger"),
        ]
    )


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_pki(folder: Path) -> Pki:
    now = dt.datetime.now(dt.UTC)
    ca_key = _key()
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Lumen Ledger Test CA"))
        .issuer_name(_name("Lumen Ledger Test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=3 * 365))  # older than every leaf
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )

    def signer(path: Path, start: dt.datetime, end: dt.datetime) -> Path:
        key = _key()
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name("Dana Whitfield"))
            .issuer_name(ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,
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
            .sign(ca_key, hashes.SHA256())
        )
        data = pkcs12.serialize_key_and_certificates(
            b"signer", key, cert, [ca_cert], serialization.BestAvailableEncryption(PASSWORD)
        )
        path.write_bytes(data)
        return path

    tsa_key = _key()
    tsa_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Lumen Ledger Test TSA"))
        .issuer_name(ca_cert.subject)
        .public_key(tsa_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=2 * 365))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return Pki(
        p12=signer(folder / "coo.p12", now - dt.timedelta(days=1), now + dt.timedelta(days=365)),
        expired_p12=signer(
            folder / "expired.p12", now - dt.timedelta(days=400), now - dt.timedelta(days=35)
        ),
        future_p12=signer(
            folder / "future.p12", now + dt.timedelta(days=30), now + dt.timedelta(days=400)
        ),
        ca=asn1_x509.Certificate.load(ca_cert.public_bytes(serialization.Encoding.DER)),
        tsa_cert=asn1_x509.Certificate.load(tsa_cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(
            tsa_key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
    )


def signer_from(p12: bytes, password: bytes | None = PASSWORD) -> signers.SimpleSigner:
    """Any certificate, valid today or not (``load_signer`` would refuse the invalid ones)."""
    signer: signers.SimpleSigner = signers.SimpleSigner.load_pkcs12_data(
        p12, other_certs=[], passphrase=password
    )
    return signer


def asn1(pem: bytes) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(
        x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    )
