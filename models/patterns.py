"""Regular expressions compiled when first used.

Python compiles a regular expression in Python code (parse, then optimise), a
fraction of a millisecond to a millisecond and a half each: compiled at import,
the window's start would pay for every check of every form before drawing its
first picture.  ``lazy(source)`` gives a function returning the compiled
pattern, compiled on its first call and kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache


def lazy(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    @cache
    def pattern() -> re.Pattern[str]:
        return re.compile(source, flags)

    return pattern
