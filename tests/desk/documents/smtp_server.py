"""A real SMTP server on loopback for the tests: aiosmtpd with a test certificate made here,
STARTTLS or implicit TLS, and AUTH only over TLS. It keeps what each client sent, byte for byte."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

HOST = "127.0.0.1"


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    login: str | None


@dataclass
class Mailbox:
    user: str
    password: str
    ca_file: Path
    port: int = 0
    received: list[Received] = field(default_factory=list)
    refused_logins: int = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        login = session.auth_data.login.decode() if session.authenticated else None
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content, login)
        )
        return "250 Message accepted"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.user
            and auth_data.password.decode() == self.password
        )
        if not ok:
            self.refused_logins += 1
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (its own CA), as PEM files: (cert, key)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "breakup-desk test SMTP")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def smtp_server(folder: Path, security: str, user: str, password: str) -> Iterator[Mailbox]:
    """Serve on loopback until the block ends; ``security`` is "starttls" or "tls"."""
    cert, key = make_certificate(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    mailbox = Mailbox(user=user, password=password, ca_file=cert, port=_free_port())
    options: dict[str, Any] = {
        "authenticator": mailbox.authenticate,
        "auth_require_tls": True,
        "auth_required": True,
    }
    if security == "starttls":
        options.update(tls_context=context, require_starttls=True)
        controller = Controller(mailbox, hostname=HOST, port=mailbox.port, **options)
    else:  # the whole connection is TLS, but aiosmtpd counts only STARTTLS as TLS for AUTH:
        # offer AUTH without requiring it (the test checks the login happened)
        options.update(auth_require_tls=False, auth_required=False)
        controller = Controller(
            mailbox, hostname=HOST, port=mailbox.port, ssl_context=context, **options
        )
    controller.start()
    try:
        yield mailbox
    finally:
        controller.stop()
