"""A connection as a form gives it: the vendor's fields in, the checked connection out.

The window's "Connect a helpdesk" dialog asks for the same things as ``breakup-desk connect``
(a Zendesk subdomain and agent e-mail, a Freshdesk domain, a Help Scout app id; each with its
token) and needs the same two steps: one authenticated request that proves the token, then a
connection row with the token in the OS keyring. The token passes through here as an argument
only: it is never stored in the row, the settings or a message. A machine without a keyring
cannot keep it, so the form refuses to save there and points to ``--token-env``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desk.connect.freshdesk import freshdesk_base_url
from desk.connect.front import BASE_URL as FRONT_URL
from desk.connect.helpscout import BASE_URL as HELPSCOUT_URL
from desk.connect.http import ConnectError
from desk.connect.imap import mailbox_account
from desk.connect.intercom import BASE_URL as INTERCOM_URL
from desk.connect.secrets import forget_token, keyring_usable, store_token
from desk.connect.store import ConnectionInfo, add_connection, remove_connection
from desk.connect.sync import CONNECTORS
from desk.connect.zendesk import zendesk_base_url
from desk.db.handle import Engine
from desk.errors import InputError

# The vendors a form can connect, and the fields each requires besides the token ("base_url",
# another address for the API, is optional for every helpdesk).
FORM_FIELDS: dict[str, tuple[str, ...]] = {
    "zendesk": ("subdomain", "email"),
    "freshdesk": ("domain",),
    "helpscout": ("app_id",),
    "intercom": (),
    "front": (),
    "imap": ("host", "user"),
}
# Fields a vendor's form offers that may stay empty, and the choices it offers (the first is
# the default). A mailbox's folders and company domains are lists, comma-separated in a form.
OPTIONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "imap": ("port", "folders", "company_domains", "ca_file"),
}
CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "imap": {"security": ("ssl", "starttls"), "auth": ("login", "xoauth2")},
}
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")


def account_for(vendor: str, fields: Mapping[str, str]) -> tuple[dict[str, str], str]:
    """(what the connection row keeps, the API's address) from the form's fields."""
    if vendor not in FORM_FIELDS:
        raise InputError(f"{vendor!r}: not a helpdesk the form connects")
    values = {key: (fields.get(key) or "").strip() for key in (*FORM_FIELDS[vendor], "base_url")}
    for key in FORM_FIELDS[vendor]:
        if not values[key]:
            raise InputError(f"{key.replace('_', ' ')}: required")
    if vendor == "imap":
        return _mailbox_account(fields)
    if vendor == "zendesk":
        account = {"email": values["email"], "subdomain": values["subdomain"]}
        default = zendesk_base_url(values["subdomain"])
    elif vendor == "freshdesk":
        account, default = {"domain": values["domain"]}, freshdesk_base_url(values["domain"])
    elif vendor == "helpscout":
        account, default = {"app_id": values["app_id"]}, HELPSCOUT_URL
    else:
        account, default = {}, INTERCOM_URL if vendor == "intercom" else FRONT_URL
    base_url = values["base_url"] or default
    if not base_url.startswith(("https://", "http://")):
        raise InputError(f"address {base_url!r}: give an http(s):// address")
    return account, base_url


def _mailbox_account(fields: Mapping[str, str]) -> tuple[dict[str, str], str]:
    def value(key: str) -> str:
        return (fields.get(key) or "").strip()

    port_text = value("port")
    if port_text and not port_text.isdigit():
        raise InputError(f"port {port_text!r}: not a port number")
    for key, allowed in CHOICES["imap"].items():
        if value(key) not in ("", *allowed):
            raise InputError(f"{key} {value(key)!r}: one of {', '.join(allowed)}")
    return mailbox_account(
        value("host"),
        int(port_text) if port_text else None,
        starttls=value("security") == "starttls",
        user=value("user"),
        xoauth2=value("auth") == "xoauth2",
        folders=[f for f in value("folders").split(",") if f.strip()],  # "[Gmail]/All Mail"
        company_domains=re.split(r"[,\s]+", value("company_domains")),
        ca_file=value("ca_file") or None,
    )


def check_credentials(vendor: str, fields: Mapping[str, str], token: str) -> str:
    """One authenticated request with the form's values; who we are, in words."""
    if not token.strip():
        raise InputError("the token is empty")
    account, base_url = account_for(vendor, fields)
    return CONNECTORS[vendor](base_url, account, token.strip()).check()


def save_connection(
    engine: Engine, name: str, vendor: str, fields: Mapping[str, str], token: str
) -> ConnectionInfo:
    """Keep the token in the keyring and the rest in a connection row (checked beforehand)."""
    if not NAME.match(name):
        raise InputError(f"name {name!r}: use letters, digits, '.', '_' or '-'")
    if not keyring_usable():
        raise ConnectError(
            "no keyring on this machine to keep the token; connect from the command line "
            "with --token-env instead"
        )
    account, base_url = account_for(vendor, fields)
    info = add_connection(engine, name, vendor, base_url, account, None)  # refuses a taken name
    try:
        store_token(name, token.strip())
    except ConnectError:
        remove_connection(engine, name)  # no connection without its token
        raise
    return info


def forget_connection(engine: Engine, name: str) -> None:
    """Remove the connection and its token; what it imported stays."""
    remove_connection(engine, name)
    forget_token(name)
