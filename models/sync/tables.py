"""What is shared: the synced tables, their keys, references and merge rules.

This module is the sync format.  Every record travels as a JSON object of its
columns (the local ``id`` left out) in which every reference to another record
is that record's global identity (a UUID), never a local id.  Records of the
tables with their own ``id`` are keyed by their UUID; the link tables (who is
in which delegation, attends which event, rides in which car...) by the UUIDs
of the two records they link, joined by ``:``.

A migration that adds a column to one of these tables must add it here too
and raise :data:`SYNC_FORMAT` (a test compares this list with the schema); a
server holding a higher format tells older apps to upgrade before they sync.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

#: Raised whenever the shape of a synced record changes.
#: 2: participations carry the comment sent with a reply.
SYNC_FORMAT: Final = 2

#: Columns that stay on one laptop (row versions bumped by each laptop's own writes).
LOCAL_ONLY: Final = frozenset({"id", "version", "row_version"})


def _cols(names: str) -> tuple[str, ...]:
    return tuple(names.split())


@dataclass(frozen=True)
class Table:
    """One synced table."""

    name: str
    #: Columns that travel, in schema order (references included, ``id`` excluded).
    columns: tuple[str, ...]
    #: Reference columns → the table they point to.
    refs: dict[str, str] = field(default_factory=dict)
    #: For link tables: the two reference columns that form the key.
    link: tuple[str, str] | None = None
    #: The reference column naming the event a record belongs to (confidentiality).
    event_ref: str | None = None
    #: Reference columns that must not be empty.
    required: frozenset[str] = frozenset()

    @property
    def is_link(self) -> bool:
        return self.link is not None

    @property
    def fields(self) -> tuple[str, ...]:
        """Columns that may change after the record exists (the key's columns cannot)."""
        return tuple(c for c in self.columns if not self.link or c not in self.link)


TABLES: Final = (
    Table(
        "organisations",
        ("name", "country", "sector", "kind", "profile", "website"),
    ),
    Table(
        "people",
        _cols(
            "family_name given_name name_japanese honorific position "
            "organisation_id email phone nationality languages dietary "
            "accessibility notes"
        ),
        refs={"organisation_id": "organisations"},
    ),
    Table(
        "delegations",
        ("name", "home_timezone", "head_id", "notes"),
        refs={"head_id": "people"},
    ),
    Table(
        "delegation_members",
        ("delegation_id", "person_id", "position"),
        refs={"delegation_id": "delegations", "person_id": "people"},
        link=("delegation_id", "person_id"),
        required=frozenset({"delegation_id", "person_id"}),
    ),
    Table(
        "venues",
        _cols("name address city region country timezone latitude longitude capacity access_notes"),
    ),
    Table(
        "rooms",
        ("venue_id", "position", "name", "capacity"),
        refs={"venue_id": "venues"},
        required=frozenset({"venue_id"}),
    ),
    Table(
        "travel_times",
        ("from_venue_id", "to_venue_id", "minutes"),
        refs={"from_venue_id": "venues", "to_venue_id": "venues"},
        link=("from_venue_id", "to_venue_id"),
        required=frozenset({"from_venue_id", "to_venue_id"}),
    ),
    Table(
        "events",
        _cols(
            "uid sequence title kind starts_at ends_at timezone venue_id room_id "
            "classification status objectives organiser_id meeting_point "
            "safety_notes host_contact_id notes created_at updated_at"
        ),
        refs={
            "venue_id": "venues",
            "room_id": "rooms",
            "organiser_id": "people",
            "host_contact_id": "people",
        },
    ),
    Table(
        "event_hosts",
        ("event_id", "organisation_id", "position"),
        refs={"event_id": "events", "organisation_id": "organisations"},
        link=("event_id", "organisation_id"),
        event_ref="event_id",
        required=frozenset({"event_id", "organisation_id"}),
    ),
    Table(
        "agenda_items",
        ("event_id", "position", "starts_at", "ends_at", "title", "speaker_id", "speaker_note"),
        refs={"event_id": "events", "speaker_id": "people"},
        event_ref="event_id",
        required=frozenset({"event_id"}),
    ),
    Table(
        "participations",
        ("event_id", "person_id", "position", "role", "reply", "comment"),
        refs={"event_id": "events", "person_id": "people"},
        link=("event_id", "person_id"),
        event_ref="event_id",
        required=frozenset({"event_id", "person_id"}),
    ),
    Table(
        "transport_legs",
        _cols(
            "event_id position departs_at arrives_at origin destination vehicle "
            "driver_contact notes"
        ),
        refs={"event_id": "events"},
        event_ref="event_id",
        required=frozenset({"event_id"}),
    ),
    Table(
        "leg_passengers",
        ("leg_id", "person_id", "position"),
        refs={"leg_id": "transport_legs", "person_id": "people"},
        link=("leg_id", "person_id"),
        required=frozenset({"leg_id", "person_id"}),
    ),
)

#: Tables by name; their order above is the order in which records can be
#: inserted (every reference points to a table listed earlier).
BY_NAME: Final = {t.name: t for t in TABLES}
ORDER: Final = {t.name: n for n, t in enumerate(TABLES)}

#: Fields whose concurrent changes are not a person's decision: the calendar
#: SEQUENCE and the time of the last change take the later value, the place of
#: a record in its list keeps the server's.
MERGE_MAX: Final = frozenset({"sequence", "updated_at"})
MERGE_SERVER: Final = frozenset({"position"})

#: The classification whose events (with their attendees, agenda, hosts and
#: transport) only cleared roles may receive.
CONFIDENTIAL: Final = "confidential"


def table(name: str) -> Table:
    try:
        return BY_NAME[name]
    except KeyError:
        raise ValueError(f"{name} is not a synced table") from None


def link_key(first: str, second: str) -> str:
    """The key of a link record from the UUIDs of the two records it links."""
    return f"{first}:{second}"
