"""Talking to the mail server: one connection per run, one SMTP transaction per message.

:class:`SmtpSettings` says where and how (STARTTLS, TLS, or none for a local
relay); the password is kept out of ``repr`` and never stored.
:class:`Connection` hands one message to the server and classifies the
outcome, so that the outbox can tell apart what must be tried again (a 4xx
refusal, a connection lost before the message was handed over), what must
not be (5xx), and the one case SMTP leaves open: the connection lost after
the whole message was sent but before the server's reply.  That message may
have arrived; it is reported, never sent again by itself.
"""

from __future__ import annotations

import contextlib
import re
import smtplib
import ssl
from dataclasses import dataclass, field
from enum import StrEnum

from models.errors import AppError
from models.messages import Message
from models.os_reasons import os_reason

SECURITY_CHOICES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int | None = None
    security: str = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = 30.0

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    def check(self) -> None:
        problems = []
        if not self.host.strip():
            problems.append(Message("the mail server's host name is missing"))
        if self.security not in SECURITY_CHOICES:
            choices = ", ".join(SECURITY_CHOICES)
            problems.append(Message("security must be one of {choices}", choices=choices))
        if self.port is not None and not 0 < self.port < 65536:
            problems.append(Message("the port {port} is not a port number", port=self.port))
        if problems:
            listed = problems[0]
            for problem in problems[1:]:
                listed = Message("{first}; {rest}", first=listed, rest=problem)
            raise AppError(Message("The mail settings are not usable: {problems}.",
                                   problems=listed))  # fmt: skip


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # 4xx: the server asks to try again later
    REFUSED = "refused"  # 5xx: it will not take it
    UNSENT = "unsent"  # the connection was lost before the message was handed over
    UNCERTAIN = "uncertain"  # lost after the message was sent, before the reply


@dataclass(frozen=True, slots=True)
class Result:
    outcome: Outcome
    detail: str = ""


class Unreachable(AppError):
    """The server could not be reached or refused the session (login, TLS)."""


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}".strip()


_DOT = re.compile(rb"(?m)^\.")


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """One attempt with the first method both sides know (PLAIN, then LOGIN).

    ``smtplib.SMTP.login`` tries every method in turn after a refusal, and
    some servers drop the session instead of answering the second: the user
    would read "connection lost" instead of "wrong password".
    """
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    smtp.user, smtp.password = user, password
    for name, answer in (("PLAIN", smtp.auth_plain), ("LOGIN", smtp.auth_login)):
        if name in offered:
            smtp.auth(name, answer)
            return
    smtp.login(user, password)  # CRAM-MD5 only, or nothing offered: smtplib's own message


class Connection:
    """An open SMTP session (use as a context manager)."""

    def __init__(self, settings: SmtpSettings) -> None:
        settings.check()
        self.settings = settings
        self.smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Connection:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        s = self.settings
        where = f"{s.host}:{s.effective_port}"
        try:
            if s.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.effective_port, timeout=s.timeout,
                    context=ssl.create_default_context(),
                )  # fmt: skip
            else:
                smtp = smtplib.SMTP(s.host, s.effective_port, timeout=s.timeout)
            try:
                smtp.ehlo()
                if s.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
                    smtp.ehlo()
                if s.user:
                    _login(smtp, s.user, s.password)
            except BaseException:
                smtp.close()
                raise
        except smtplib.SMTPAuthenticationError as exc:
            raise Unreachable(
                Message(
                    "The mail server {where} refused the user name or password ({reply}).",
                    where=where,
                    reply=_reply(exc.smtp_code, exc.smtp_error),
                )
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise Unreachable(
                Message(
                    "The mail server {where} does not offer STARTTLS; choose TLS, or 'none' "
                    "only for a relay on this computer.",
                    where=where,
                )
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise Unreachable(
                Message(
                    "The mail server {where} cannot be reached ({reason}).",
                    where=where,
                    reason=os_reason(exc, reason or type(exc).__name__),
                )
            ) from None
        self.smtp = smtp

    def close(self) -> None:
        smtp, self.smtp = self.smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()

    def send(self, sender: str, recipient: str, data: bytes) -> Result:
        """One transaction: MAIL FROM, RCPT TO, DATA.  Never raises for SMTP
        refusals or a lost connection; the :class:`Result` says what happened."""
        smtp = self.smtp
        if smtp is None:
            return Result(Outcome.UNSENT, "not connected")
        handed_over = False
        try:
            code, text = smtp.mail(sender)
            if code != 250:
                return self._refused(code, text)
            code, text = smtp.rcpt(recipient)
            if code not in (250, 251):
                return self._refused(code, text)
            code, text = smtp.docmd("DATA")
            if code != 354:
                return self._refused(code, text)
            body = _DOT.sub(b"..", data)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            smtp.send(body + b".\r\n")
            handed_over = True
            code, text = smtp.getreply()
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self._drop()
            detail = Message(
                "the connection to the mail server was lost ({reason})",
                reason=os_reason(exc, str(exc or type(exc).__name__)),
            )
            return Result(Outcome.UNCERTAIN if handed_over else Outcome.UNSENT, detail)
        if code == 250:
            return Result(Outcome.SENT, _reply(code, text))
        return self._refused(code, text)

    def _refused(self, code: int, text: bytes) -> Result:
        try:
            if self.smtp is not None:
                self.smtp.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()
        if code == -1 or code == 421:  # the server is closing the session
            self._drop()
            return Result(Outcome.UNSENT, _reply(code, text))
        outcome = Outcome.RETRY if 400 <= code < 500 else Outcome.REFUSED
        return Result(outcome, _reply(code, text))

    def _drop(self) -> None:
        smtp, self.smtp = self.smtp, None
        if smtp is not None:
            with contextlib.suppress(OSError):
                smtp.close()

    @property
    def is_open(self) -> bool:
        return self.smtp is not None
