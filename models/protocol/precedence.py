"""Order of precedence: who is greeted first, sits nearest the centre, rides in the lead car.

The rule, stated once:

1. **Rank.**  A person's rank is the row of their delegation's rank table
   (or the default table) that their position title matches; a coordinator
   may give anyone an explicit rank (a row number, 1 = the top row) instead.
   A title matches the row with the longest keyword it starts with (case,
   hyphens and extra spaces ignored, whole words only); a title matching
   nothing takes the table's catch-all row (one without keywords), else ranks
   after every row.
2. **Ties** (same rank) are broken, in turn, by: the head of a delegation
   first; government, then agency, association, investor, company; the
   organisation's name (A–Z); then family name, given name and id.

Host and guest sides are ranked separately (:func:`split_sides`).  The host
side of an event is everyone from the host country: the country of the
event's host organisations when they all share one, otherwise the venue's
country.  A person's country is their organisation's, else their nationality.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from models.entities import Delegation, Event, OrgKind, Person, Programme, Reply, Role
from models.protocol.entities import ProtocolBook, RankRow, RankTable, Side

#: The default rank table (edited per delegation by the coordinator).
DEFAULT_ROWS: tuple[RankRow, ...] = (
    RankRow("Minister", ("minister", "secretary of state", "cabinet secretary")),
    RankRow(
        "Vice-minister",
        ("vice minister", "state minister", "parliamentary vice minister", "deputy minister"),
    ),
    RankRow("Ambassador", ("ambassador", "high commissioner", "secretary", "charge d'affaires")),
    RankRow(
        "Director-general",
        (
            "director general",
            "deputy director general",
            "joint secretary",
            "additional secretary",
            "minister (",
            "senior adviser",
        ),
    ),
    RankRow(
        "Chief executive",
        (
            "president",
            "chairman",
            "chairperson",
            "chief executive",
            "ceo",
            "founder and ceo",
            "managing director",
            "managing partner",
            "managing executive officer",
            "senior managing officer",
            "senior executive officer",
            "executive vice president",
            "executive officer",
            "executive committee member",
        ),
    ),
    RankRow(
        "Director",
        (
            "director",
            "senior director",
            "executive director",
            "vice president",
            "senior vice president",
            "counsellor",
            "partner",
            "head",
            "chief",
            "senior general manager",
            "general manager",
            "deputy secretary general",
        ),
    ),
    RankRow(
        "Manager",
        (
            "manager",
            "senior manager",
            "deputy director",
            "deputy general manager",
            "chief manager",
            "associate vice president",
            "first secretary",
            "second secretary",
            "deputy secretary",
            "under secretary",
            "section chief",
            "senior representative",
            "principal",
            "investment director",
        ),
    ),
    RankRow("Staff", ()),
)

DEFAULT_TABLE = RankTable(None, DEFAULT_ROWS)

_ORG_KIND_ORDER = {
    OrgKind.GOVERNMENT: 0,
    OrgKind.AGENCY: 1,
    OrgKind.ASSOCIATION: 2,
    OrgKind.INVESTOR: 3,
    OrgKind.COMPANY: 4,
}

#: Roles that serve a meeting rather than sit at it as principals.
SUPPORT_ROLES = frozenset({Role.INTERPRETER, Role.LIAISON, Role.SECURITY, Role.DRIVER})

_NON_WORD = re.compile(r"[\s\-‐‑–—_]+")


def normalise_title(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _matches(title: str, keyword: str) -> bool:
    if not keyword or not title.startswith(keyword):
        return False
    rest = title[len(keyword) :]
    return not rest or not rest[0].isalnum() or not keyword[-1].isalnum()


@lru_cache(maxsize=64)
def _compiled(table: RankTable) -> tuple[int, tuple[tuple[str, int], ...]]:
    """(catch-all row, (normalised keyword, row) longest first; rows in order on a tie)."""
    catch_all = next((n for n, row in enumerate(table.rows) if not row.keywords), len(table.rows))
    pairs = [(normalise_title(k), n) for n, row in enumerate(table.rows) for k in row.keywords]
    pairs.sort(key=lambda pair: -len(pair[0]))  # stable: the earlier row wins a tie
    return catch_all, tuple(p for p in pairs if p[0])


@lru_cache(maxsize=8192)
def rank_in(table: RankTable, position: str) -> int:
    """The 0-based row of ``table`` that ``position`` matches.

    A title matching no keyword takes the first row without keywords (a
    catch-all such as "Staff"), or ranks after every row when there is none.
    """
    catch_all, pairs = _compiled(table)
    title = normalise_title(position)
    return next((n for key, n in pairs if _matches(title, key)), catch_all)


class Precedence:
    """Sort keys by the stated rule, for one programme (lookups made once)."""

    def __init__(self, programme: Programme, book: ProtocolBook | None = None) -> None:
        self.programme = programme
        self.book = book if book is not None else (programme.protocol or ProtocolBook())
        self._delegation: dict[int, Delegation] = {}
        for delegation in programme.delegations:
            for member in delegation.member_ids:
                self._delegation.setdefault(member, delegation)
        self._heads = {d.head_id for d in programme.delegations if d.head_id is not None}
        self._cache: dict[int, tuple[object, ...]] = {}

    def table(self, person_id: int) -> RankTable:
        delegation = self._delegation.get(person_id)
        found = self.book.table_for(delegation.id if delegation else None)
        return found or DEFAULT_TABLE

    def rank(self, person: Person) -> int:
        """0-based rank row (explicit rank if set, else by position title)."""
        assert person.id is not None
        explicit = self.book.explicit_ranks.get(person.id)
        if explicit is not None:
            return max(0, explicit - 1)
        return rank_in(self.table(person.id), person.position)

    def rank_label(self, person: Person) -> str:
        table = self.table(person.id or 0)
        n = self.rank(person)
        return table.rows[n].label if n < len(table.rows) else "Unranked"

    def key(self, person_id: int) -> tuple[object, ...]:
        found = self._cache.get(person_id)
        if found is not None:
            return found
        person = self.programme.person(person_id)
        if person is None:
            key: tuple[object, ...] = (1 << 30, True, 9, "\uffff", "\uffff", "\uffff", person_id)
        else:
            org = self.programme.organisation(person.organisation_id)
            key = (
                self.rank(person),
                person_id not in self._heads,
                _ORG_KIND_ORDER.get(org.kind, 9) if org else 9,
                org.name.casefold() if org else "\uffff",
                person.family_name.casefold(),
                person.given_name.casefold(),
                person_id,
            )
        self._cache[person_id] = key
        return key

    def order(self, person_ids: Iterable[int]) -> list[int]:
        return sorted(dict.fromkeys(person_ids), key=self.key)

    def host_country(self, event: Event) -> str:
        """The country whose people host ``event`` (see the module's rule)."""
        countries = {
            org.country
            for org in (self.programme.organisation(o) for o in event.host_organisation_ids)
            if org is not None and org.country
        }
        if len(countries) == 1:
            return countries.pop()
        venue = self.programme.venue(event.venue_id)
        return venue.country if venue is not None else ""

    def country_of(self, person_id: int) -> str:
        person = self.programme.person(person_id)
        if person is None:
            return ""
        org = self.programme.organisation(person.organisation_id)
        return (org.country if org is not None and org.country else "") or person.nationality

    def side(self, event: Event, person_id: int) -> Side:
        """Host or guest at ``event`` (see the module's rule)."""
        home = self.host_country(event)
        return Side.HOST if home and self.country_of(person_id) == home else Side.GUEST


def precedence(programme: Programme, person_ids: Iterable[int]) -> list[int]:
    """``person_ids`` in order of precedence (duplicates dropped); the stated rule above."""
    return Precedence(programme).order(person_ids)


def by_organisation(programme: Programme, person_ids: Iterable[int]) -> list[int]:
    """Rosters: organisations in order of their most senior member, and each
    organisation's people in order of precedence."""
    ordered = precedence(programme, person_ids)
    first: dict[int | None, int] = {}
    for n, pid in enumerate(ordered):
        person = programme.person(pid)
        first.setdefault(person.organisation_id if person else None, n)

    def key(item: tuple[int, int]) -> tuple[int, int]:
        n, pid = item
        person = programme.person(pid)
        return first[person.organisation_id if person else None], n

    return [pid for _, pid in sorted(enumerate(ordered), key=key)]


def attending(event: Event) -> list[int]:
    """Everyone on the event's list who has not declined."""
    return [p.person_id for p in event.participations if p.reply is not Reply.DECLINED]


def split_sides(
    programme: Programme, event: Event, person_ids: Sequence[int] | None = None
) -> dict[Side, list[int]]:
    """Host and guest sides of ``event``, each in order of precedence."""
    rules = Precedence(programme)
    chosen = attending(event) if person_ids is None else list(person_ids)
    sides: dict[Side, list[int]] = {Side.HOST: [], Side.GUEST: []}
    for pid in rules.order(chosen):
        sides[rules.side(event, pid)].append(pid)
    return sides
