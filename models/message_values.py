"""Values a :class:`~models.messages.Message` is filled with that read differently in
each language: a description at the head of a sentence, an event's times, a moment, a
typed time, a zone, a duration, a person's name, a list of names.  ``str`` gives the
English form; ``localized(language)`` any other.

Apart from :mod:`models.messages`: clash descriptions, reports and the problems of a
typed time use them; the window draws its first picture without defining these
dataclasses (about 3 ms of its start on Python 3.11).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from models import locale_text


@dataclass(frozen=True)
class Capitalized:
    """A description at the head of an English sentence, its first letter made a
    capital (``start`` → ``Start``, ``departure of Delhi → Noida`` → ``Departure of
    Delhi → Noida``); other languages write the description as they translate it."""

    text: str  # a Message, or plain text

    def __str__(self) -> str:
        text = str(self.text)
        return text[:1].upper() + text[1:]

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class _English:
    """A value shown in English by ``str``/``format`` and in other languages by ``localized``."""

    def __str__(self) -> str:
        return self.localized("en")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def localized(self, language: str) -> str:  # pragma: no cover - every subclass has one
        raise NotImplementedError


@dataclass(frozen=True)
class Span(_English):
    """An event's times: ``Tue 1 Dec 10:00–11:00 IST`` (``12月1日(火) 10:00–11:00 IST``)."""

    start: datetime  # local, in ``zone``
    end: datetime  # local
    abbreviation: str
    with_day: bool = True

    def localized(self, language: str) -> str:
        head = f"{locale_text.short_date(self.start.date(), language)} " if self.with_day else ""
        if self.end.date() == self.start.date():
            tail = f"{self.end:%H:%M}"
        else:
            tail = f"{locale_text.short_date(self.end.date(), language)} {self.end:%H:%M}"
        return f"{head}{self.start:%H:%M}–{tail} {self.abbreviation}"


@dataclass(frozen=True)
class Clock(_English):
    """A moment: ``10:00 IST``, with its day when asked (``Tue 1 Dec 10:00 IST``)."""

    local: datetime
    abbreviation: str
    with_day: bool = False

    def localized(self, language: str) -> str:
        day = f"{locale_text.short_date(self.local.date(), language)} " if self.with_day else ""
        zone = f" {self.abbreviation}" if self.abbreviation else ""
        return f"{day}{self.local:%H:%M}{zone}"


@dataclass(frozen=True)
class Typed(_English):
    """A local date and time as a person types it: ``2026-12-01 10:00``
    (``2026年12月1日 10:00``)."""

    local: datetime

    def localized(self, language: str) -> str:
        if language == "ja":
            return f"{self.local.year}年{self.local.month}月{self.local.day}日 {self.local:%H:%M}"
        return f"{self.local:%Y-%m-%d %H:%M}"


@dataclass(frozen=True)
class Zone(_English):
    """A time zone: its IANA name (``Europe/London``), in Japanese the place when
    the language has a name for it (``ロンドン``)."""

    name: str

    def localized(self, language: str) -> str:
        if language == "ja":
            return locale_text.known_zone_name(self.name, language) or self.name
        return self.name


@dataclass(frozen=True)
class Duration(_English):
    """``45 min``, ``2 h``, ``1 h 20 min`` (``1時間20分``)."""

    minutes: int

    def localized(self, language: str) -> str:
        hours, rest = divmod(self.minutes, 60)
        if language == "ja":
            return (f"{hours}時間" if hours else "") + (f"{rest}分" if rest or not hours else "")
        if not hours:
            return f"{rest} min"
        return f"{hours} h {rest} min" if rest else f"{hours} h"


@dataclass(frozen=True)
class Name(_English):
    """A person's name: ``Aiko Tanaka`` in English, ``田中 愛子`` / ``Tanaka Aiko`` in Japanese."""

    english: str
    family: str = ""
    given: str = ""
    japanese: str = ""

    def localized(self, language: str) -> str:
        if language == "en" or not (self.family or self.japanese):
            return self.english
        return locale_text.person_name(self.family, self.given, language, self.japanese)


@dataclass(frozen=True)
class Names(_English):
    """``Aiko Tanaka, Ravi Mehta and 3 others`` (``田中 愛子、Mehta Ravi ほか3名``)."""

    names: tuple[Any, ...]
    others: int = 0

    def localized(self, language: str) -> str:
        shown = [n.localized(language) if hasattr(n, "localized") else str(n) for n in self.names]
        if language == "ja":
            text = "、".join(shown)
            return f"{text} ほか{self.others}名" if self.others else text
        if self.others:
            shown.append(f"{self.others} {'other' if self.others == 1 else 'others'}")
        if len(shown) <= 1:
            return "".join(shown)
        return ", ".join(shown[:-1]) + " and " + shown[-1]

    @property
    def many(self) -> bool:
        """Whether English needs a plural verb ("are" rather than "is")."""
        return len(self.names) + self.others > 1


def names(items: Sequence[Any], others: int = 0) -> Names:
    return Names(tuple(items), others)
