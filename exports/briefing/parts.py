"""Building blocks shared by the pack sections: context, paragraphs, tables, times."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from exports.briefing.labels import EN, Labels
from exports.briefing.scripts import needs_shaping
from exports.briefing.styles import (
    ALERT,
    BAND,
    Styles,
    base_table_commands,
    get_styles,
    plain_table_style,
    shaped_style,
    table_style,
)
from exports.briefing.text import markup, one_line
from models.entities import (
    Classification,
    Delegation,
    Event,
    Organisation,
    Person,
    Programme,
    Role,
    Venue,
)
from models.errors import Cancelled
from models.timezones import abbreviation, in_zone

#: Space a heading needs below it (heading, a table header and two rows), in points.
KEEP_WITH_HEADING = 110.0

#: Width of the text area on A4 with 50 pt margins, in points.
TEXT_WIDTH = 495.0

ROLE_ORDER = {role: n for n, role in enumerate(Role)}

#: How a list of people is ordered (rosters, a delegation's members); by
#: default the order of precedence (:mod:`models.protocol.precedence`).
PersonOrder = Callable[[Programme, Sequence[Person]], list[Person]]


def by_name(programme: Programme, people: Sequence[Person]) -> list[Person]:
    """Family name, given name: an order for lists where rank does not matter."""
    return sorted(people, key=lambda p: (p.sort_key, p.id or 0))


@dataclass
class Entry:
    """One line of the contents: a heading's bookmark key, its text and depth."""

    key: str
    title: str
    level: int


@dataclass
class Context:
    """What every section needs while one pack is put together."""

    programme: Programme
    check_cancel: Callable[[], None]
    styles: Styles = field(default_factory=get_styles)
    entries: list[Entry] = field(default_factory=list)
    labels: Labels = EN
    notes: bool = False  # ruled notes pages after each event
    numbered: bool = True  # section numbers in headings (1, 1.2)
    order: PersonOrder | None = None  # None: by precedence
    _delegations: dict[int, Delegation] | None = None
    _precedence: Any = None
    _numbers: list[int] = field(default_factory=list)

    def delegation_of(self, person_id: int) -> Delegation | None:
        if self._delegations is None:
            found: dict[int, Delegation] = {}
            for delegation in self.programme.delegations:
                for member in delegation.member_ids:
                    found.setdefault(member, delegation)
            self._delegations = found
        return self._delegations.get(person_id)

    def ordered(self, people: Sequence[Person]) -> list[Person]:
        """``people`` in the pack's order: precedence unless another order was given."""
        if self.order is not None:
            return self.order(self.programme, people)
        if self._precedence is None:
            from models.protocol.precedence import Precedence

            self._precedence = Precedence(self.programme)
        rules = self._precedence
        return sorted(people, key=lambda p: rules.key(p.id) if p.id is not None else (1 << 31,))

    def heading(
        self,
        text: str,
        level: int,
        key: str,
        style: Any = None,
        keep: float = KEEP_WITH_HEADING,
        numbered: bool = True,
    ) -> list[Any]:
        """A numbered heading that appears in the contents and the PDF outline.

        It starts a new page when less than ``keep`` points are left, so it
        never sits alone at the foot of a page.  (``keepWithNext`` would lay out
        the whole following table once more just to decide: slow for a
        1,000-row roster.)
        """
        from reportlab.platypus import CondPageBreak

        from exports.briefing.flowables import classes

        if self.numbered and numbered:
            del self._numbers[level + 1 :]
            while len(self._numbers) <= level:
                self._numbers.append(0)
            self._numbers[level] += 1
            text = ".".join(map(str, self._numbers[: level + 1])) + " " + text
        plain = one_line(text)
        self.entries.append(Entry(key, plain, level))
        chosen = style or (self.styles.h1 if level == 0 else self.styles.h2)
        if needs_shaping(text):
            chosen = shaped_style(chosen)
        return [CondPageBreak(keep), classes().Heading(markup(text), chosen, key, plain, level)]


def cancel_check(cancel: Any) -> Callable[[], None]:
    """A function raising :class:`Cancelled` once ``cancel`` (Event or callable) is set."""
    if cancel is None:
        return lambda: None
    is_set = cancel.is_set if hasattr(cancel, "is_set") else cancel

    def check() -> None:
        if is_set():
            raise Cancelled("The briefing pack was cancelled; no file was written.")

    return check


# -- text --------------------------------------------------------------------------


def subheading(text: str | None, style: Any) -> list[Any]:
    """A heading outside the contents, kept with what follows it (see Context.heading)."""
    from reportlab.platypus import CondPageBreak

    from exports.briefing.flowables import classes

    return [CondPageBreak(KEEP_WITH_HEADING), classes().Bold(markup(text), style)]


def paragraph(text_markup: str, style: Any) -> Any:
    """A Paragraph of markup made here; shaped when it holds an Indian script."""
    from reportlab.platypus import Paragraph

    if needs_shaping(text_markup):
        style = shaped_style(style)
    return Paragraph(text_markup, style)


def para(text: str | None, style: Any) -> Any:
    """A paragraph showing ``text`` literally."""
    return paragraph(markup(text), style)


def unbroken(text: str) -> str:
    """``text`` with no-break spaces, for values that must stay on one line (phone
    numbers, number plates; reportlab does not break at hyphens)."""
    return text.replace(" ", "\u00a0")


def address_markup(text: str, width: float, style: Any) -> str:
    """Markup of an e-mail address or web address that breaks only after ``@`` or ``.``.

    Where the whole address fits in ``width`` it is one unbroken word; where it
    does not, it is cut at the last ``@`` or ``.`` that fits, line by line.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = one_line(text)
    font, size = style.fontName, style.fontSize

    def fits(piece: str) -> bool:
        return bool(stringWidth(piece, font, size) <= width)

    if fits(text):
        return markup(text)
    lines: list[str] = []
    rest = text
    while rest and not fits(rest):
        cuts = [i + 1 for i, ch in enumerate(rest) if ch in "@." and fits(rest[: i + 1])]
        cut = cuts[-1] if cuts else next((i + 1 for i, ch in enumerate(rest) if ch in "@."), 0)
        if not cut or cut >= len(rest):
            break
        lines.append(rest[:cut])
        rest = rest[cut:]
    lines.append(rest)
    return "<br/>".join(markup(line) for line in lines)


def rich(parts: Iterable[tuple[str, str | None]], style: Any) -> Any:
    """A paragraph of pieces, each (tag, text): tag ``""`` plain, or a colour like ``#b00020``.

    Only this module writes tags; the texts are escaped.
    """
    out = []
    for tag, text in parts:
        if not text:
            continue
        body = markup(text)
        out.append(f'<font color="{tag}">{body}</font>' if tag else body)
    return paragraph("<br/>".join(out), style)


def person_name(person: Person | None) -> str:
    """``Dr\u00a0Aiko Tanaka``: an honorific never ends a line apart from the name."""
    if person is None:
        return "(unknown person)"
    if person.honorific and (person.given_name or person.family_name):
        name = " ".join(p for p in (person.given_name, person.family_name) if p)
        return f"{person.honorific}\u00a0{name}"
    return person.display_name or person.family_name


def org_name(programme: Programme, org_id: int | None) -> str:
    org = programme.organisation(org_id)
    return org.name if org else ""


def country_name(code: str) -> str:
    from models.entities import COUNTRY_NAMES

    return COUNTRY_NAMES.get(code, code)


def address_of(venue: Venue) -> str:
    """Street, city and region on one line, without repeating what the street names."""
    parts = [venue.address] + [p for p in (venue.city, venue.region) if p not in venue.address]
    return ", ".join(p for p in parts if p)


def org_line(org: Organisation) -> str:
    country = country_name(org.country)
    return " · ".join(p for p in (str(org.kind).capitalize(), country, org.sector) if p)


def marking_of(events: Iterable[Event]) -> Classification:
    """The highest classification among ``events`` (public when there are none)."""
    return max(
        (e.classification for e in events), key=lambda c: c.rank, default=Classification.PUBLIC
    )


def marking_text(level: Classification) -> str:
    return EN.marking(level)


# -- time --------------------------------------------------------------------------


def span_with_label(start: datetime, end: datetime, zone: str, labels: Labels = EN) -> str:
    """``Tue 1 Dec 2026, 10:00–11:30 IST (India)``."""
    a, b = in_zone(start, zone), in_zone(end, zone)
    head = f"{labels.day_month_year(a)}, {a:%H:%M}"
    if a.date() == b.date():
        text = f"{head}–{b:%H:%M} {abbreviation(end, zone)}"
    else:
        text = f"{head} – {labels.day_month(b)} {b:%H:%M} {abbreviation(end, zone)}"
    return f"{text} ({labels.zone_name(zone)})"


def side_by_side(value: datetime, venue_zone: str, other_zone: str, labels: Labels = EN) -> str:
    """``Tue 1 Dec 10:00 IST (India) · 13:30 JST (Japan)``; the second time carries
    its own day when it falls on another date."""
    first = in_zone(value, venue_zone)
    text = (
        f"{labels.day_month(first)} {first:%H:%M} "
        f"{abbreviation(value, venue_zone)} ({labels.zone_name(venue_zone)})"
    )
    if other_zone and other_zone != venue_zone:
        second = in_zone(value, other_zone)
        day = "" if second.date() == first.date() else f"{labels.day_month(second)} "
        text += (
            f" · {day}{second:%H:%M} {abbreviation(value, other_zone)} "
            f"({labels.zone_name(other_zone)})"
        )
    return text


def clock_span(
    start: datetime, end: datetime, zone: str, day: bool = False, labels: Labels = EN
) -> str:
    """``10:00–11:30 IST``, with the weekday and date first when ``day`` is true."""
    a, b = in_zone(start, zone), in_zone(end, zone)
    head = f"{labels.day_month(a)} " if day else ""
    tail = f"{b:%H:%M}" if a.date() == b.date() else f"{labels.day_month(b)} {b:%H:%M}"
    return f"{head}{a:%H:%M}–{tail} {abbreviation(end, zone)}"


def home_clock_span(
    start: datetime, end: datetime, venue_zone: str, home_zone: str, labels: Labels = EN
) -> str:
    """The same span in the home zone, with its date when that differs from the venue's."""
    if not home_zone or home_zone == venue_zone:
        return ""
    other_day = in_zone(start, home_zone).date() != in_zone(start, venue_zone).date()
    return clock_span(start, end, home_zone, day=other_day, labels=labels)


# -- tables ------------------------------------------------------------------------


def data_table(
    headers: Sequence[Any] | None,
    rows: list[list[Any]],
    widths: Sequence[float],
    extra: Sequence[tuple[Any, ...]] = (),
    repeat: int = 1,
) -> Any:
    """A table whose first ``repeat`` rows (the header band) repeat on every page it
    spans; cells wrap.  Without ``headers`` there is no band (the first row repeats)."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table

    head_style = get_styles().cell_head
    data = list(rows)
    if headers is not None:
        header = [
            paragraph(markup(h), head_style) if isinstance(h, str) and h else h for h in headers
        ]
        data.insert(0, header)
    table = Table(data, colWidths=list(widths), repeatRows=repeat, splitInRow=1)
    commands = [
        (*c[:3], HexColor(c[3]), *c[4:])
        if len(c) > 3 and isinstance(c[3], str) and c[3].startswith("#")
        else c
        for c in extra
    ]
    table.setStyle(table_style(*commands) if headers is not None else plain_table_style(*commands))
    return table


def facts_table(pairs: Sequence[tuple[str, Any]], label_width: float = 120) -> Any:
    """A label/value table without a header (cover facts, venue details)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    styles = get_styles()
    rows = [
        [
            paragraph(markup(label), styles.cell_group),
            value if not isinstance(value, str) else paragraph(markup(value), styles.body),
        ]
        for label, value in pairs
    ]
    table = Table(rows, colWidths=[label_width, TEXT_WIDTH - label_width], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                *base_table_commands(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(BAND)),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def cancelled_banner(what: str = "event", labels: Labels = EN) -> Any:
    return para(labels.cancelled_banner.format(what=what), get_styles().cancelled)


def tentative_banner(labels: Labels = EN) -> Any:
    return para(labels.tentative_note, get_styles().tentative)


def alert_text(text: str, style: Any) -> Any:
    return rich([(ALERT, text)], style)
