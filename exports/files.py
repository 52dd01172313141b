"""Writing exported files atomically: the one writer every export uses.

Each file is written to a temporary file in its destination folder and moved
into place with :func:`os.replace`, so a reader never sees half a file.  When
several files are written, all temporary files are complete before the first
is moved; if any write fails, none is moved and existing files are left as
they were.  Every file written is readable by its owner only (0600), new or
replaced: an invite or a briefing pack may name who sits in a closed-door
meeting.  A target that exists but is not a regular file (a device, a pipe,
a socket) is refused, never replaced.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from models.errors import ExportError
from models.messages import Message
from models.os_reasons import os_reason

#: Permissions of every file written.
FILE_MODE = 0o600


def check_target(path: Path) -> None:
    """Refuse a folder, a device, a pipe or anything else that is not a regular file."""
    if path.is_dir():
        raise ExportError(Message("{path} is a folder; give a file name.", path=str(path)))
    if path.exists() and not path.is_file():
        raise ExportError(
            Message(
                "{path} is not a regular file (a device, a pipe or a socket); give the name of "
                "a new or ordinary file. Nothing was written.",
                path=str(path),
            )
        )


def make_folder(path: Path) -> None:
    """Create an output folder (and missing parents) readable by the owner only."""
    from models.paths import make_private_folder

    try:
        make_private_folder(path)
    except OSError as exc:
        raise ExportError(
            Message(
                "Cannot create the folder {path}: {reason}.",
                path=str(path),
                reason=os_reason(exc),
            )
        ) from exc
    if not path.is_dir():
        raise ExportError(Message("{path} is not a folder.", path=str(path)))


def write_files(targets: Sequence[tuple[Path, bytes]]) -> list[Path]:
    """Write each ``(path, data)``; all or nothing as far as the file system allows.

    The folders must exist: a missing one is an :class:`ExportError`.  Every
    file is readable by its owner only (0600), replaced or new.
    """
    staged: list[tuple[str, Path]] = []
    current = targets[0][0] if targets else Path()
    try:
        for path, data in targets:
            current = path
            check_target(path)
            handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                            dir=path.parent)  # fmt: skip
            staged.append((temp, path))
            os.chmod(temp, FILE_MODE)
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for temp, path in staged:
            current = path
            os.replace(temp, path)
    except OSError as exc:
        # Name the file the user asked for, never the temporary one.
        raise ExportError(
            Message(
                "Cannot write {path}: {reason}. Nothing was written.",
                path=str(current),
                reason=os_reason(exc),
            )
        ) from exc
    finally:
        for temp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
    return [path for _, path in staged]


def write_file(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write one file atomically (owner-only); returns its path."""
    return write_files([(Path(path), data)])[0]
