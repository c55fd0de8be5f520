"""The IMAP session's small pieces, checked against the RFCs' own examples."""

from __future__ import annotations

import base64

import pytest

from desk.connect.http import ConnectError
from desk.connect.imap import imap_base_url
from desk.connect.imap_session import Endpoint, mailbox_name, uid_sets, xoauth2


def test_folder_names_are_quoted_and_non_ascii_is_modified_utf7() -> None:
    # RFC 3501, section 5.1.3's example
    assert mailbox_name("~peter/mail/台北/日本語") == '"~peter/mail/&U,BTFw-/&ZeVnLIqe-"'
    assert mailbox_name("Sent & Done") == '"Sent &- Done"'
    assert mailbox_name('a "b" \\ c') == '"a \\"b\\" \\\\ c"'
    assert mailbox_name("INBOX") == '"INBOX"'


def test_uids_become_the_shortest_sequence_set() -> None:
    assert uid_sets([1, 2, 3, 5, 7, 8, 9, 20]) == "1:3,5,7:9,20"
    assert uid_sets([4]) == "4"
    assert uid_sets([]) == ""


def test_the_xoauth2_response_is_the_documented_one() -> None:
    # Google's documented example (developers.google.com/gmail/imap/xoauth2-protocol)
    encoded = base64.b64encode(
        xoauth2("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")
    )
    assert encoded == (
        b"dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52"
        b"YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
    )


def test_addresses_name_the_tls_mode_and_refuse_anything_else() -> None:
    assert imap_base_url("imap.gmail.com", None, starttls=False) == "imaps://imap.gmail.com:993"
    assert imap_base_url("mail.acme.test", None, starttls=True) == "imap://mail.acme.test:143"
    assert Endpoint.parse("imap://mail.acme.test:1143") == Endpoint("mail.acme.test", 1143, True)
    with pytest.raises(ConnectError, match="not an imaps://"):
        Endpoint.parse("https://mail.acme.test")
