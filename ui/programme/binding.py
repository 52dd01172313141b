"""Keep ``None`` alive under PySide6 6.12 on CPython 3.11.

There, every call of a Qt method that returns nothing (``painter.setPen``,
``label.setText``...) drops a reference to ``None``, as every ``emit`` drops one
to ``True`` (which the application's start-up looks after).  Painting the
timeline makes hundreds of such calls, so after a few minutes of scrolling the
count would reach zero and the interpreter would abort ("deallocating None").
``None`` lives as long as the interpreter, so a count no program can use up is
harmless; Python 3.12 made it immortal and needs nothing.  Idempotent.
"""

from __future__ import annotations

import ctypes
import sys

_PLENTY = 1 << 40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, first field of every object
    if count.value < _PLENTY:
        count.value += _PLENTY
