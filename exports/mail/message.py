"""iMIP messages (RFC 6047): an e-mail that calendar clients read as an invitation.

One message goes to one recipient.  With one change it is laid out as
Outlook, Gmail and Apple Mail expect an invitation::

    multipart/mixed
      multipart/alternative
        text/plain                                   a readable summary, both time zones
        text/calendar; charset=UTF-8; method=REQUEST the invitation (or CANCEL)
      application/ics; name=invite.ics               the same file, for clients that want one

The ``method`` parameter on the MIME part matters: Outlook and Gmail act on
it (a cancellation only removes the event with ``method=CANCEL`` there), not
only on METHOD inside the file.  A batch of several changes for one person
(:func:`exports.mail.plan.plan_messages` with ``changed_only``) is one
message: the summary, then each change as a ``text/calendar`` part of its own
with its method (each calendar object holds one UID, as iTIP wants).

Headers are folded and RFC 2047-encoded by the standard library's e-mail
policy; the body is written here: the summary quoted-printable, calendars
base64, so the whole message is 7-bit and any server takes it.  A calendar
shared by many recipients (the shared form of a large event) is encoded once,
not once per message: the standard library's generator spent most of a
send's planning time re-encoding the same bytes.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.quoprimime import body_encode
from email.utils import format_datetime, formataddr
from functools import lru_cache
from typing import Any

from exports.calendar.changes import IcsDocument

CRLF = "\r\n"
_POLICY = policy.SMTP


@dataclass(frozen=True, slots=True)
class Mailbox:
    """A name and an address."""

    name: str
    address: str

    def header(self) -> Address:
        local, _, domain = self.address.rpartition("@")
        return Address(display_name=self.name, username=local, domain=domain)


def _header(name: str, value: Any) -> str:
    """``Name: value`` folded and encoded as RFC 5322 and RFC 2047 want, CRLF-ended."""
    name, header = _POLICY.header_store_parse(name, value)
    return str(_POLICY.fold(name, header))


@lru_cache(maxsize=64)
def _from_header(organiser: Mailbox) -> str:
    return _header("From", organiser.header())


@lru_cache(maxsize=32)
def _base64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF)


def _text_part(text: str) -> str:
    # Quoted-printable of the UTF-8 bytes (read as Latin-1 so each byte is one character).
    body = body_encode(text.encode("utf-8").decode("latin-1"), maxlinelen=76, eol=CRLF)
    return (
        'Content-Type: text/plain; charset="utf-8"' + CRLF
        + "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF
        + body + CRLF
    )  # fmt: skip


def _calendar_part(document: IcsDocument, *, attached: bool) -> str:
    head = f'Content-Type: text/calendar; charset="UTF-8"; method="{document.method}"'
    if attached:
        head += f'; name="{document.name}"' + CRLF
        head += f'Content-Disposition: attachment; filename="{document.name}"'
    return (head + CRLF + "Content-Transfer-Encoding: base64" + CRLF + CRLF
            + _base64(document.data))  # fmt: skip


def _ics_attachment(document: IcsDocument) -> str:
    return (
        'Content-Type: application/ics; name="invite.ics"' + CRLF
        + 'Content-Disposition: attachment; filename="invite.ics"' + CRLF
        + "Content-Transfer-Encoding: base64" + CRLF + CRLF
        + _base64(document.data)
    )  # fmt: skip


def _multipart(subtype: str, parts: Sequence[str]) -> str:
    boundary = f"=_{uuid.uuid4().hex}"
    body = "".join(f"--{boundary}{CRLF}{part}{CRLF}" for part in parts)
    return (f'Content-Type: multipart/{subtype}; boundary="{boundary}"' + CRLF + CRLF
            + body + f"--{boundary}--" + CRLF)  # fmt: skip


def message_bytes(
    *,
    organiser: Mailbox,
    recipient: Mailbox,
    sender: str,
    subject: str,
    text: str,
    documents: Sequence[IcsDocument],
    date: datetime,
    message_id: str,
) -> bytes:
    """The whole message, CRLF line ends, ready for SMTP.

    ``sender``: the mailbox that actually sends, when it is not the
    organiser's (it becomes the Sender header, From stays the organiser).
    """
    head = _from_header(organiser)
    if sender and sender.casefold() != organiser.address.casefold():
        head += f"Sender: {sender}{CRLF}"
    # formataddr quotes or RFC 2047-encodes the name as needed, far faster than parsing.
    head += f"To: {formataddr((recipient.name, recipient.address), charset='utf-8')}{CRLF}"
    head += _header("Subject", subject)
    head += f"Date: {format_datetime(date)}{CRLF}Message-ID: {message_id}{CRLF}"
    head += "Auto-Submitted: auto-generated" + CRLF + "MIME-Version: 1.0" + CRLF
    if len(documents) == 1:
        alternative = _multipart("alternative", [
            _text_part(text), _calendar_part(documents[0], attached=False)])  # fmt: skip
        body = _multipart("mixed", [alternative, _ics_attachment(documents[0])])
    else:
        parts = [_text_part(text)] + [_calendar_part(d, attached=True) for d in documents]
        body = _multipart("mixed", parts)
    return (head + body).encode("ascii")
