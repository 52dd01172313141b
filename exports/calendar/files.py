"""Writing calendar files: where each document goes.

The writing itself is :func:`exports.files.write_files` (atomic, all or
nothing); this module creates the output folder and names the files.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from exports.calendar.changes import IcsDocument
from exports.files import make_folder, write_files


def _folder(path: Path) -> None:
    make_folder(path)  # owner-only when created


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
    _folder(path.parent)
    primary = next((d for d in documents if not d.companion), None)
    return write_files(
        [(path if doc is primary else path.parent / doc.name, doc.data) for doc in documents]
    )
