"""Why the system refused: an operating-system error's reason, for a message.

``"… cannot be read: Permission denied."``: the command line prints the system's
own words, exactly as it always has.  The window writes the common reasons in its
language: :func:`os_reason` returns them as a :class:`SystemReason`, a
:class:`~models.messages.Message` whose English is the system's text and whose
template — chosen by the error number, so the system's spelling of it does not
matter — is the catalogue's key (``ui/core_text.py`` lists them); a reason not
known here stays the system's text in every language.
"""

from __future__ import annotations

import errno
from typing import Any

from models.messages import Message

#: Error number → the template the window translates (the words of the GNU C library).
REASONS: dict[int, str] = {
    errno.ENOENT: "No such file or directory",
    errno.EACCES: "Permission denied",
    errno.EPERM: "Operation not permitted",
    errno.EISDIR: "Is a directory",
    errno.ENOTDIR: "Not a directory",
    errno.ENOTEMPTY: "Directory not empty",
    errno.ENOSPC: "No space left on device",
    errno.EDQUOT: "Disk quota exceeded",
    errno.EROFS: "Read-only file system",
    errno.EFBIG: "File too large",
    errno.EEXIST: "File exists",
    errno.ENAMETOOLONG: "File name too long",
    errno.ELOOP: "Too many levels of symbolic links",
    errno.EIO: "Input/output error",
    errno.EBUSY: "Device or resource busy",
    errno.ETXTBSY: "Text file busy",
    errno.EMFILE: "Too many open files",
    errno.ENXIO: "No such device or address",
    errno.ENODEV: "No such device",
    errno.ESTALE: "Stale file handle",
    errno.EXDEV: "Invalid cross-device link",
    errno.ECONNREFUSED: "Connection refused",
    errno.ECONNRESET: "Connection reset by peer",
    errno.ECONNABORTED: "Software caused connection abort",
    errno.ETIMEDOUT: "Connection timed out",
    errno.EHOSTUNREACH: "No route to host",
    errno.ENETUNREACH: "Network is unreachable",
    errno.EPIPE: "Broken pipe",
}

#: A host name that cannot be looked up (``socket.gaierror``: numbers of its own, by name).
LOOKUP_REASONS: dict[str, str] = {
    "EAI_NONAME": "Name or service not known",
    "EAI_AGAIN": "Temporary failure in name resolution",
}

#: A time-out without an error number (``socket.timeout``: "timed out").
TIMED_OUT = "timed out"


class SystemReason(Message):
    """The system's words for an error (its ``str``), translated by ``key`` in the window."""

    def __new__(cls, key: str, text: str) -> SystemReason:
        made = str.__new__(cls, text)
        made.key = key
        made.args = {}
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (SystemReason, (self.key, str(self)))


def os_reason(exc: BaseException, text: str | None = None) -> str:
    """The reason ``exc`` gives (``text`` when given, else its ``strerror`` or its text);
    a :class:`SystemReason` when the error behind it — ``exc`` or one it was raised
    from, as a network library wraps a refused connection — is a common one."""
    said = text if text is not None else _text(exc)
    key = _key(exc)
    return SystemReason(key, said) if key is not None else said


def _text(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return str(exc.strerror)
    return str(exc) or type(exc).__name__


def _key(exc: BaseException) -> str | None:
    import socket  # when an error is met: the window starts without it

    lookup = {getattr(socket, name, None): key for name, key in LOOKUP_REASONS.items()}
    seen: set[int] = set()
    found: BaseException | None = exc
    while found is not None and id(found) not in seen:
        seen.add(id(found))
        if isinstance(found, socket.gaierror):
            return lookup.get(found.errno)
        if isinstance(found, OSError) and found.errno in REASONS:
            return REASONS[found.errno]
        if isinstance(found, TimeoutError) and found.errno is None:
            return TIMED_OUT
        inner = [a for a in found.args if isinstance(a, BaseException)]
        found = found.__cause__ or found.__context__ or (inner[0] if inner else None)
    return None
