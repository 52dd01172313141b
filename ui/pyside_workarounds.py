"""Work around defects of the Qt binding that would otherwise crash the window.

PySide6 6.12 on CPython 3.11: every ``SignalInstance.emit()`` called from
Python returns ``True`` without taking a new reference, so each emit takes one
reference from ``True``.  After some thousands of emits (a day of editing) the
count reaches zero and the interpreter aborts ("bool_dealloc: deallocating
True or False").  ``True`` lives as long as the interpreter anyway, so giving
it a very large number of extra references up front is harmless and makes the
lost ones irrelevant.  CPython 3.12 and later make ``True`` immortal and need
nothing.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40
_applied = False


def apply() -> None:
    """Make the binding's lost references to ``True`` harmless (idempotent)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _applied = True
        return
    # ob_refcnt is the first field of every object in a release build of CPython
    ctypes.c_ssize_t.from_address(id(True)).value += _EXTRA_REFERENCES
    _applied = True
