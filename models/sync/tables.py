"""What is shared: the synced tables, their keys, references and merge rules.

This module is the sync format.  Every record travels as a JSON object of its
columns (the local ``id`` left out) in which every reference to another record
is that record's global identity (a UUID), never a local id.  Records of the
tables with their own ``id`` are keyed by their UUID; the others by their key
columns (:attr:`Table.key`), joined by ``:`` — references as the UUIDs of the
records they name, own columns as they are: the link tables (who is in which
delegation, attends which event, rides in which car...) by the UUIDs of the two
records they link, an event's lock or seating plan by the event's UUID, a seat
by the event's UUID and the seat's key, a badge by its token.

A migration that adds a column to one of these tables must add it here too
and raise :data:`SYNC_FORMAT` (a test compares this list with the schema); a
server holding a higher format tells older apps to upgrade before they sync.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

#: Raised whenever the shape of a synced record changes.
#: 2: participations carry the comment sent with a reply.
#: 3: the scheduler's tables are shared (meeting requests and their attendees,
#:    availability, organisations' base venues, locked events).
#: 4: the protocol's tables are shared (rank tables and ranks, seating plans and seats,
#:    badges, check-ins, vehicles and their passengers, gifts).
SYNC_FORMAT: Final = 4

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
    #: The columns that identify a record of a table without an ``id`` of its own:
    #: references, then at most one column of its own (last, so that it may hold ``:``).
    #: Empty: the record has its own ``id``, shared as a UUID.
    key: tuple[str, ...] = ()
    #: The reference column naming the event a record belongs to (confidentiality).
    event_ref: str | None = None
    #: The reference column naming the record whose event this one belongs to (a
    #: passenger belongs to its leg's event, a request's attendee to its request's).
    parent: str | None = None
    #: Reference columns that must not be empty.
    required: frozenset[str] = frozenset()
    #: References without a foreign key in the file (a vehicle's transport leg): they
    #: travel as UUIDs but do not keep the record they name from being deleted.  A
    #: laptop that deletes the leg keeps its vehicles (an undo brings the leg back with
    #: its id); the others keep them too: a record received with a loose reference to a
    #: record not here holds the id that record had there, or one promised to it, so
    #: that the record, put back by an undo, is linked again everywhere.
    loose: frozenset[str] = frozenset()
    #: The format in which the table became shared (a server upgraded from an older
    #: format receives these tables' records from the lead's file).
    since: int = 1

    def __post_init__(self) -> None:
        own = [c for c in self.key if c not in self.refs]
        if (
            not set(self.key) <= set(self.columns)
            or len(own) > 1
            or own[:1] != [c for c in self.key[-1:] if c not in self.refs]
        ):
            raise ValueError(f"{self.name}: a key is references then at most one own column")
        for column in (self.event_ref, self.parent, *self.required, *self.loose):
            if column is not None and column not in self.refs:
                raise ValueError(f"{self.name}: {column} is not a reference column")

    @property
    def own_id(self) -> bool:
        """Whether records are identified by an ``id`` of their own (shared as a UUID)."""
        return not self.key

    @property
    def is_link(self) -> bool:
        return len(self.key) == 2 and all(c in self.refs for c in self.key)

    @property
    def fields(self) -> tuple[str, ...]:
        """Columns that may change after the record exists (the key's columns cannot)."""
        return tuple(c for c in self.columns if c not in self.key)

    def make_key(self, values: dict[str, Any]) -> str | None:
        """The key of a record from its key columns in the sync format (references as
        UUIDs); None when a part is missing."""
        parts = [values.get(c) for c in self.key]
        if any(p is None for p in parts):
            return None
        return ":".join(str(p) for p in parts)

    def split_key(self, key: str) -> dict[str, str]:
        """The key columns' values (references as UUIDs) of a record's key."""
        return dict(zip(self.key, key.split(":", len(self.key) - 1), strict=True))


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
        key=("delegation_id", "person_id"),
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
        key=("from_venue_id", "to_venue_id"),
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
        key=("event_id", "organisation_id"),
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
        key=("event_id", "person_id"),
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
        key=("leg_id", "person_id"),
        parent="leg_id",
        required=frozenset({"leg_id", "person_id"}),
    ),
    # The scheduler's tables (format 3): a request turned into a confidential event
    # belongs to that event, and so do its attendees.
    Table(
        "meeting_requests",
        _cols(
            "requester_id target_org_id target_person_id priority duration_minutes "
            "interpreter venue_id venue_rule not_before not_after notes event_id"
        ),
        refs={
            "requester_id": "organisations",
            "target_org_id": "organisations",
            "target_person_id": "people",
            "venue_id": "venues",
            "event_id": "events",
        },
        event_ref="event_id",
        required=frozenset({"requester_id"}),
        since=3,
    ),
    Table(
        "meeting_request_attendees",
        ("request_id", "person_id", "position"),
        refs={"request_id": "meeting_requests", "person_id": "people"},
        key=("request_id", "person_id"),
        parent="request_id",
        required=frozenset({"request_id", "person_id"}),
        since=3,
    ),
    Table(
        "availability",
        _cols("person_id organisation_id starts_at ends_at busy notes"),
        refs={"person_id": "people", "organisation_id": "organisations"},
        since=3,
    ),
    Table(
        "organisation_bases",
        ("organisation_id", "venue_id"),
        refs={"organisation_id": "organisations", "venue_id": "venues"},
        key=("organisation_id",),
        required=frozenset({"organisation_id", "venue_id"}),
        since=3,
    ),
    Table(
        "event_locks",
        ("event_id",),
        refs={"event_id": "events"},
        key=("event_id",),
        event_ref="event_id",
        required=frozenset({"event_id"}),
        since=3,
    ),
    # The protocol's tables (format 4): what belongs to a confidential event (its seating,
    # check-ins, vehicles and their passengers, gifts, the event's badges) goes only to
    # cleared roles; rank tables, ranks and a delegation's badges go to everyone.
    Table(
        "rank_rows",
        ("delegation_id", "position", "label", "keywords"),
        refs={"delegation_id": "delegations"},
        since=4,
    ),
    Table(
        "person_ranks",
        ("person_id", "rank"),
        refs={"person_id": "people"},
        key=("person_id",),
        required=frozenset({"person_id"}),
        since=4,
    ),
    Table(
        "seating_plans",
        ("event_id", "layout"),
        refs={"event_id": "events"},
        key=("event_id",),
        event_ref="event_id",
        required=frozenset({"event_id"}),
        since=4,
    ),
    Table(
        "seats",
        _cols("event_id seat_key position label side table_no x y person_id"),
        refs={"event_id": "events", "person_id": "people"},
        key=("event_id", "seat_key"),
        event_ref="event_id",
        required=frozenset({"event_id"}),
        since=4,
    ),
    Table(
        "badge_tokens",
        ("token", "person_id", "event_id", "delegation_id", "issued_at"),
        refs={"person_id": "people", "event_id": "events", "delegation_id": "delegations"},
        key=("token",),
        event_ref="event_id",
        required=frozenset({"person_id"}),
        since=4,
    ),
    Table(
        "checkins",
        ("event_id", "person_id", "arrived_at"),
        refs={"event_id": "events", "person_id": "people"},
        key=("event_id", "person_id"),
        event_ref="event_id",
        required=frozenset({"event_id", "person_id"}),
        since=4,
    ),
    Table(
        "vehicles",
        _cols("event_id leg_id position plate kind seats driver driver_phone notes"),
        refs={"event_id": "events", "leg_id": "transport_legs"},
        event_ref="event_id",
        required=frozenset({"event_id", "leg_id"}),
        loose=frozenset({"leg_id"}),
        since=4,
    ),
    Table(
        "vehicle_passengers",
        ("vehicle_id", "person_id", "position"),
        refs={"vehicle_id": "vehicles", "person_id": "people"},
        key=("vehicle_id", "person_id"),
        parent="vehicle_id",
        required=frozenset({"vehicle_id", "person_id"}),
        since=4,
    ),
    Table(
        "gifts",
        _cols("event_id given_on direction giver recipient description value currency notes"),
        refs={"event_id": "events"},
        event_ref="event_id",
        required=frozenset({"event_id"}),
        since=4,
    ),
)

#: Tables by name; their order above is the order in which records can be
#: inserted (every reference points to a table listed earlier).
BY_NAME: Final = {t.name: t for t in TABLES}
ORDER: Final = {t.name: n for n, t in enumerate(TABLES)}

#: Fields whose concurrent changes are not a person's decision: the calendar
#: SEQUENCE and the time of the last change take the later value, the place of
#: a record in its list keeps the server's, an arrival the earlier time.
MERGE_MAX: Final = frozenset({"sequence", "updated_at"})
#: ... and the earlier value wins (a person checked in at two desks arrived at the first).
MERGE_MIN: Final = frozenset({"arrived_at"})
MERGE_SERVER: Final = frozenset({"position"})
#: Tables whose ``position`` is typed by a person (someone's job title), not a place in
#: a list: merged like any other field, a concurrent change a conflict.
TYPED_POSITION: Final = frozenset({"people"})

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
