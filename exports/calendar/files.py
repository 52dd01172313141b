"""Writing calendar files atomically.

Each file is written to a temporary file in the destination folder and moved
into place with :func:`os.replace`, so a reader never sees half a file.  When
several files are written, all temporary files are complete before the first
is moved; if any write fails, none is moved and any existing files are left
as they were.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from exports.calendar.changes import IcsDocument
from models.errors import ExportError

# The process's umask, read once, so new files get the usual permissions
# (temporary files are created private).
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def _folder(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Cannot create the folder {path}: {exc.strerror or exc}.") from exc
    if not path.is_dir():
        raise ExportError(f"{path} is not a folder.")


def write_files(targets: Sequence[tuple[Path, bytes]]) -> list[Path]:
    """Write each ``(path, data)``; all or nothing as far as the file system allows."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in targets:
            _folder(path.parent)
            if path.is_dir():
                raise ExportError(f"{path} is a folder; give a file name ending in .ics.")
            handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                            dir=path.parent)  # fmt: skip
            staged.append((temp, path))
            try:
                mode = path.stat().st_mode & 0o777
            except FileNotFoundError:
                mode = 0o666 & ~_UMASK
            os.chmod(temp, mode)
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for temp, path in staged:
            os.replace(temp, path)
    except OSError as exc:
        raise ExportError(
            f"Cannot write {getattr(exc, 'filename', None) or 'the calendar file'}: "
            f"{exc.strerror or exc}. Nothing was written."
        ) from exc
    finally:
        for temp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
    return [path for _, path in staged]


def write_to_folder(documents: Sequence[IcsDocument], folder: Path) -> list[Path]:
    """Each document as ``folder/<document.name>``."""
    folder = Path(folder)
    _folder(folder)
    return write_files([(folder / doc.name, doc.data) for doc in documents])


def write_to_file(documents: Sequence[IcsDocument], path: Path) -> list[Path]:
    """The main document as ``path``; companions (cancellations for people
    removed from the event) beside it under their own names.  Paths are
    returned in the order of ``documents``."""
    path = Path(path)
    primary = next((d for d in documents if not d.companion), None)
    return write_files(
        [(path if doc is primary else path.parent / doc.name, doc.data) for doc in documents]
    )
