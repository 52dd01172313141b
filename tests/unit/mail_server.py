"""A real SMTP server on the loopback interface (aiosmtpd), for the mail tests.

It keeps every message it accepts; tests can make it refuse a recipient
(4xx or 5xx), drop the connection before a given message is accepted, or be
"down" (closing every new session at once).
"""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class Behaviour:
    #: address -> list of replies to give to RCPT TO, one per attempt ("250 OK" when used up)
    rcpt_replies: dict[str, list[str]] = field(default_factory=dict)
    #: drop the connection at RCPT TO of the n-th transaction (1-based), then be down
    drop_at: int | None = None
    #: drop after the message's data was received, without storing or answering
    drop_after_data_at: int | None = None
    down: bool = False


class Handler:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.behaviour = Behaviour()
        self.transactions = 0
        self.logins: list[tuple[str, str]] = []

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:  # fmt: skip
        if self.behaviour.down:
            server.transport.close()
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:  # fmt: skip
        self.transactions += 1
        b = self.behaviour
        if b.drop_at is not None and self.transactions == b.drop_at:
            b.down = True
            server.transport.close()
            return "421 closing"
        replies = b.rcpt_replies.get(address)
        if replies:
            reply = replies.pop(0)
            if not reply.startswith("2"):
                return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        b = self.behaviour
        if b.drop_after_data_at is not None and self.transactions == b.drop_after_data_at:
            b.drop_after_data_at = None
            server.transport.close()
            return "451 closing"
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      envelope.original_content))  # fmt: skip
        return "250 Message accepted"


class MailServer:
    def __init__(self, port: int | None = None, **kwargs: Any) -> None:
        self.handler = Handler()
        self.port = port or free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     **kwargs)  # fmt: skip

    def start(self) -> MailServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    @property
    def behaviour(self) -> Behaviour:
        return self.handler.behaviour

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.recipients]
