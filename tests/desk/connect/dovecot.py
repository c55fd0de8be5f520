"""A real Dovecot IMAP server on loopback for the IMAP connector's tests.

Started from a minimal generated configuration with every path in a temporary folder (base_dir,
state_dir, log, the maildirs), a passwd-file with one user, and TLS with a certificate made here
by the ``cryptography`` package and signed by a test CA that no system trusts. It listens on two
free ports of 127.0.0.1: implicit TLS and STARTTLS. Run as root (CI), Dovecot insists that its
login processes run as ``dovenull`` and mail as a non-root user: the mail then belongs to
``nobody`` and the folder is made traversable. The mailbox is filled over IMAP APPEND from the
real mbox samples, read in place.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import imaplib
import ipaddress
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desk.ingest.mail.mbox_split import _split

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "support@acme.test"
PASSWORD = "imap-Pass-9q7Zx!"  # greppable: it must never show up in a file or a log


def missing_dovecot() -> str | None:
    """Why the server cannot run here, or None."""
    if not Path(DOVECOT).exists():
        return "dovecot is not installed (apt-get install dovecot-imapd)"
    if os.geteuid() == 0:
        for name in ("dovenull", "dovecot", "nobody"):
            try:
                pwd.getpwnam(name)
            except KeyError:
                return f"the system user {name!r} is missing (it comes with dovecot-core)"
    return None


def _signal_group(group: int, number: int) -> bool:
    """Send ``number`` to the server's process group; whether any process was left in it."""
    try:
        os.killpg(group, number)
    except ProcessLookupError:
        return False
    return True


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Dovecot:
    """``with Dovecot() as server:``; ``server.stop()``/``start()`` keep the mail."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="bd-dovecot-"))
        self.root.chmod(0o755)
        self.ssl_port = free_port()
        self.starttls_port = free_port()
        self.ca_file = self.root / "ca.pem"
        self._process: subprocess.Popen[bytes] | None = None
        self._write_certificates()
        self._write_config()

    # -- set-up -------------------------------------------------------------------------------

    def _write_certificates(self) -> None:
        now = dt.datetime.now(dt.UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "breakup-desk test CA")])
        ca = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                critical=True,
            )
            .sign(ca_key, hashes.SHA256())
        )
        key = ec.generate_private_key(ec.SECP256R1())
        names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
        server = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        self.ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        (self.root / "server.pem").write_bytes(server.public_bytes(serialization.Encoding.PEM))
        (self.root / "server.key").write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )

    def _write_config(self) -> None:
        root = self.root
        for folder in ("base", "state", "mail", "home"):
            (root / folder).mkdir()
        if os.geteuid() == 0:
            mail_uid, mail_gid = pwd.getpwnam("nobody")[2:4]
            login, internal, chroot = "dovenull", "dovecot", ""
            for folder in ("mail", "home"):
                os.chown(root / folder, mail_uid, mail_gid)
        else:
            mail_uid, mail_gid = os.getuid(), os.getgid()
            login = internal = pwd.getpwuid(os.getuid()).pw_name
            chroot = "service imap-login {\n  chroot =\n}\nservice anvil {\n  chroot =\n}\n"
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{mail_uid}:{mail_gid}::\n")
        (root / "dovecot.conf").write_text(
            f"""base_dir = {root}/base
state_dir = {root}/state
instance_name = bd-test-{self.ssl_port}
protocols = imap
listen = 127.0.0.1
log_path = {root}/dovecot.log
default_login_user = {login}
default_internal_user = {internal}
first_valid_uid = 1
mail_location = maildir:{root}/mail/%n
ssl = yes
ssl_cert = <{root}/server.pem
ssl_key = <{root}/server.key
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/home/%n
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.starttls_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.ssl_port}
    ssl = yes
  }}
}}
{chroot}"""
        )

    # -- running ------------------------------------------------------------------------------

    def start(self) -> None:
        config = str(self.root / "dovecot.conf")
        self._process = subprocess.Popen(
            [DOVECOT, "-F", "-c", config],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group: stop() ends every child
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"dovecot exited: {self.log()}")
            try:
                with imaplib.IMAP4_SSL("127.0.0.1", self.ssl_port, ssl_context=self.context()):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not answer within 15 s: {self.log()}")

    def stop(self) -> None:
        """Stop the server and every process it started (a connection open now breaks: the
        master alone would leave a running session serving its client for a while)."""
        process, self._process = self._process, None
        if process is None:
            return
        group = process.pid  # the session leader's pid is the group's id
        _signal_group(group, signal.SIGTERM)
        process.wait(15)
        deadline = time.monotonic() + 5
        while _signal_group(group, 0) and time.monotonic() < deadline:
            time.sleep(0.05)
        _signal_group(group, signal.SIGKILL)
        if process.stderr is not None:
            process.stderr.close()

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else "(no log)"

    @property
    def url(self) -> str:
        return f"imaps://127.0.0.1:{self.ssl_port}"

    def context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    # -- the mailbox, as a mail client would fill it ---------------------------------------------

    def client(self) -> imaplib.IMAP4_SSL:
        imap = imaplib.IMAP4_SSL("127.0.0.1", self.ssl_port, ssl_context=self.context())
        imap.login(USER, PASSWORD)
        return imap

    def deliver_mbox(self, mbox: Path, folder: str = "INBOX") -> int:
        """APPEND every message of ``mbox`` (split as the importer splits it) to ``folder``,
        dated by its ``From `` line as a mail client's import would; the count delivered."""
        imap = self.client()
        try:
            if folder != "INBOX":
                imap.create(folder)
            count = 0
            with mbox.open("rb") as handle:
                for _line, raw in _split(handle):
                    self.append(imap, folder, raw)
                    count += 1
            return count
        finally:
            imap.logout()

    @staticmethod
    def append(imap: imaplib.IMAP4, folder: str, raw: bytes) -> None:
        first, _, rest = raw.partition(b"\n")
        when: dt.datetime | str | None = None
        if first.startswith(b"From "):
            raw = rest
            parts = first.decode("ascii", "replace").split()
            try:
                when = email.utils.parsedate_to_datetime(" ".join(parts[-5:]))
            except (TypeError, ValueError, IndexError):
                when = None
            if when is not None and when.tzinfo is None:
                when = when.replace(tzinfo=dt.UTC)
        status, data = imap.append(folder, "", when or dt.datetime.now(dt.UTC), raw)
        assert status == "OK", data

    def flags(self, folder: str = "INBOX") -> list[bytes]:
        imap = self.client()
        try:
            imap.select(folder, readonly=True)
            _status, data = imap.uid("FETCH", "1:*", "(FLAGS)")
            return [d for d in data if isinstance(d, bytes)]
        finally:
            imap.logout()
