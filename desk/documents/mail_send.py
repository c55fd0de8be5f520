"""Sending a letter's e-mail through the company's own SMTP server.

Where the server is (host, port, user, STARTTLS or implicit TLS, an optional CA file for a
company CA, the From address) is a setting in the database; the password never is. It lives in
the OS keyring (Secret Service, the macOS Keychain, Windows Credential Locker) under
:data:`SERVICE`, or, on a machine without one (a server, CI), in the environment variable
:data:`PASSWORD_ENV`. Errors name the server and the keyring entry, never the password.
The connection is always encrypted and the server's certificate always checked.
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
from dataclasses import asdict, dataclass
from email.message import EmailMessage

import keyring
import keyring.errors
from keyring.backends import fail
from sqlalchemy.orm import Session

from desk.db.models import Setting, utcnow
from desk.errors import DeskError, InputError

SETTING_KEY = "outbound_mail"
SERVICE = "breakup-desk-smtp"
PASSWORD_ENV = "BREAKUP_DESK_SMTP_PASSWORD"
SECURITY = ("starttls", "tls")
TIMEOUT = 30.0


class MailError(DeskError):
    """The message could not be handed to the SMTP server; nothing was recorded as sent."""


@dataclass(frozen=True)
class MailSettings:
    from_address: str = ""  # the signatory's address: the letters' From
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_user: str = ""
    security: str = "starttls"  # "starttls" (port 587) or "tls" (implicit, port 465)
    ca_file: str | None = None  # a company CA to trust besides the system's

    @property
    def keyring_user(self) -> str:
        return f"{self.smtp_user}@{self.smtp_host}"


def load_mail_settings(session: Session) -> MailSettings:
    row = session.get(Setting, SETTING_KEY)
    data = json.loads(row.value) if row is not None else {}
    known = {k: v for k, v in data.items() if k in MailSettings.__annotations__}
    return MailSettings(**known)


def save_mail_settings(session: Session, settings: MailSettings) -> None:
    """Store the server settings (never a password: the dataclass has no field for one)."""
    if settings.security not in SECURITY:
        raise InputError(f"unknown security {settings.security!r}; choose starttls or tls")
    if not 0 < settings.smtp_port < 65536:
        raise InputError(f"port {settings.smtp_port} is not a TCP port")
    value = json.dumps(asdict(settings))
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=value))
    else:
        row.value = value
        row.updated_at = utcnow()
    session.commit()


def _keyring_usable() -> bool:
    return not isinstance(keyring.get_keyring(), fail.Keyring)


def store_password(settings: MailSettings, password: str) -> bool:
    """Keep the SMTP password in the OS keyring; ``False`` when the machine has none."""
    if not _keyring_usable():
        return False
    try:
        keyring.set_password(SERVICE, settings.keyring_user, password)
    except keyring.errors.KeyringError as exc:
        raise MailError(f"the keyring refused the password: {type(exc).__name__}") from None
    return True


def smtp_password(settings: MailSettings) -> str:
    """The password: the keyring's entry, else ``$BREAKUP_DESK_SMTP_PASSWORD``."""
    if _keyring_usable():
        try:
            found = keyring.get_password(SERVICE, settings.keyring_user)
        except keyring.errors.KeyringError:
            found = None
        if found:
            return found
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    raise InputError(
        f"no SMTP password for {settings.keyring_user}: store it with "
        f"`breakup-desk letter mail-password` (keyring service {SERVICE}) or set {PASSWORD_ENV}"
    )


def _context(settings: MailSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.ca_file:
        try:
            context.load_verify_locations(cafile=settings.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise InputError(f"{settings.ca_file}: not a CA certificate file ({exc})") from None
    return context


def send(message: EmailMessage, settings: MailSettings) -> None:
    """Hand ``message`` to the company's server over TLS, logging in when a user is set."""
    if not settings.smtp_host:
        raise InputError("set the SMTP server first: `breakup-desk letter mail-settings --host …`")
    password = smtp_password(settings) if settings.smtp_user else ""
    context = _context(settings)
    where = f"{settings.smtp_host}:{settings.smtp_port}"
    step = "TLS"
    try:
        if settings.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.smtp_host, settings.smtp_port, timeout=TIMEOUT, context=context
            )
        else:
            client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT)
        with client:
            if settings.security == "starttls":
                step = "STARTTLS"
                client.starttls(context=context)
            if settings.smtp_user:
                step = "AUTH (login)"
                client.login(settings.smtp_user, password)
            client.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(
            f"{where} refused the login of {settings.smtp_user}: {exc.smtp_code}"
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise MailError(f"{where} offers no {step}: check the port and --security") from None
    except smtplib.SMTPException as exc:
        raise MailError(f"{where}: {type(exc).__name__}: {_first_line(exc)}") from None
    except ssl.SSLError as exc:
        raise MailError(f"{where}: TLS failed ({exc.reason or exc.strerror})") from None
    except OSError as exc:
        raise MailError(f"{where}: {exc.strerror or type(exc).__name__}") from None


def _first_line(exc: Exception) -> str:
    text = str(exc).replace("\\n", " ").splitlines()
    return text[0] if text else ""
