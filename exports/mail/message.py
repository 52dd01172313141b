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

Parts are quoted-printable or base64, headers RFC 2047-encoded, so the whole
message is 7-bit and any server takes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from exports.calendar.changes import IcsDocument


@dataclass(frozen=True, slots=True)
class Mailbox:
    """A name and an address."""

    name: str
    address: str

    def header(self) -> Address:
        local, _, domain = self.address.rpartition("@")
        return Address(display_name=self.name, username=local, domain=domain)


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
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = organiser.header()
    if sender and sender.casefold() != organiser.address.casefold():
        msg["Sender"] = sender
    msg["To"] = recipient.header()
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text, cte="quoted-printable")
    if len(documents) == 1:
        document = documents[0]
        msg.add_alternative(
            document.data, maintype="text", subtype="calendar", cte="base64",
            params={"method": document.method, "charset": "UTF-8"},
        )  # fmt: skip
        msg.add_attachment(
            document.data, maintype="application", subtype="ics", filename="invite.ics"
        )
    else:
        for document in documents:
            msg.add_attachment(
                document.data, maintype="text", subtype="calendar", cte="base64",
                filename=document.name, params={"method": document.method, "charset": "UTF-8"},
            )  # fmt: skip
    return msg.as_bytes()
