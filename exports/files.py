"""Writing exported files atomically: the one writer every export uses.

Each file is written to a temporary file in its destination folder and moved
into place with :func:`os.replace`, so a reader never sees half a file.  When
several files are written, all temporary files are complete before the first
is moved; if any write fails, none is moved and existing files are left as
they were.  A new file gets the usual permissions (the process's umask); a
replaced file keeps its own.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from models.errors import ExportError

# The process's umask, read once at import (temporary files are created private).
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_files(targets: Sequence[tuple[Path, bytes]], *, private: bool = False) -> list[Path]:
    """Write each ``(path, data)``; all or nothing as far as the file system allows.

    The folders must exist: a missing one is an :class:`ExportError`.  With
    ``private`` every file is readable by its owner only (0600), replaced or new.
    """
    staged: list[tuple[str, Path]] = []
    current = targets[0][0] if targets else Path()
    try:
        for path, data in targets:
            current = path
            if path.is_dir():
                raise ExportError(f"{path} is a folder; give a file name.")
            handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                            dir=path.parent)  # fmt: skip
            staged.append((temp, path))
            try:
                mode = path.stat().st_mode & 0o777
            except FileNotFoundError:
                mode = 0o666 & ~_UMASK
            if private:
                mode = 0o600
            os.chmod(temp, mode)
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
            f"Cannot write {current}: {exc.strerror or exc}. Nothing was written."
        ) from exc
    finally:
        for temp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
    return [path for _, path in staged]


def write_file(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> Path:
    """Write one file atomically (owner-only with ``private``); returns its path."""
    return write_files([(Path(path), data)], private=private)[0]
