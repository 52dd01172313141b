"""Numbered schema migrations.

``PRAGMA user_version`` holds the number of the last migration applied; each
migration runs in one transaction together with the bump of that number, so a
database is never left half-migrated.  A database from a newer version is
refused before anything is written.  Add a migration by appending a function
to :data:`MIGRATIONS`; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

#: ``PRAGMA application_id`` of a Delegation Desk database ("DDsk").
APPLICATION_ID = 0x4444736B


_V1_SQL = """
    CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        country TEXT NOT NULL DEFAULT '',
        sector TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        profile TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX organisations_name ON organisations(name COLLATE NOCASE);

    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        family_name TEXT NOT NULL,
        given_name TEXT NOT NULL DEFAULT '',
        name_japanese TEXT NOT NULL DEFAULT '',
        honorific TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        organisation_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        nationality TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        dietary TEXT NOT NULL DEFAULT '',
        accessibility TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX people_organisation ON people(organisation_id);
    CREATE INDEX people_name ON people(family_name COLLATE NOCASE, given_name COLLATE NOCASE);
    CREATE INDEX people_email ON people(email COLLATE NOCASE);

    CREATE TABLE delegations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        home_timezone TEXT NOT NULL,
        head_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE delegation_members (
        delegation_id INTEGER NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (delegation_id, person_id)
    );
    CREATE INDEX delegation_members_person ON delegation_members(person_id);

    CREATE TABLE venues (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        timezone TEXT NOT NULL,
        latitude REAL,
        longitude REAL,
        capacity INTEGER,
        access_notes TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE rooms (
        id INTEGER PRIMARY KEY,
        venue_id INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        capacity INTEGER
    );
    CREATE INDEX rooms_venue ON rooms(venue_id);

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sequence INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        timezone TEXT NOT NULL,
        venue_id INTEGER REFERENCES venues(id) ON DELETE RESTRICT,
        room_id INTEGER REFERENCES rooms(id) ON DELETE RESTRICT,
        classification TEXT NOT NULL,
        status TEXT NOT NULL,
        objectives TEXT NOT NULL DEFAULT '',
        organiser_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        meeting_point TEXT NOT NULL DEFAULT '',
        safety_notes TEXT NOT NULL DEFAULT '',
        host_contact_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX events_starts ON events(starts_at);
    CREATE INDEX events_venue ON events(venue_id);
    CREATE INDEX events_room ON events(room_id);

    CREATE TABLE event_hosts (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (event_id, organisation_id)
    );
    CREATE INDEX event_hosts_organisation ON event_hosts(organisation_id);

    CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        title TEXT NOT NULL,
        speaker_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        speaker_note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX agenda_items_event ON agenda_items(event_id);

    CREATE TABLE participations (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        role TEXT NOT NULL,
        reply TEXT NOT NULL,
        PRIMARY KEY (event_id, person_id)
    );
    CREATE INDEX participations_person ON participations(person_id);

    CREATE TABLE transport_legs (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        departs_at TEXT NOT NULL,
        arrives_at TEXT NOT NULL,
        origin TEXT NOT NULL,
        destination TEXT NOT NULL,
        vehicle TEXT NOT NULL DEFAULT '',
        driver_contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX transport_legs_event ON transport_legs(event_id);
    CREATE TABLE leg_passengers (
        leg_id INTEGER NOT NULL REFERENCES transport_legs(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (leg_id, person_id)
    );
    CREATE INDEX leg_passengers_person ON leg_passengers(person_id);

    CREATE TABLE travel_times (
        from_venue_id INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
        to_venue_id INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
        minutes INTEGER NOT NULL,
        PRIMARY KEY (from_venue_id, to_venue_id)
    );
"""


def _v1_initial(db: sqlite_utils.Database) -> None:
    """Organisations, people, delegations, venues, events and what hangs off them."""
    for statement in _split(_V1_SQL):
        db.conn.execute(statement)
    db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _split(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _v2_export_log(db: sqlite_utils.Database) -> None:
    """What was sent to whom, so re-exports can carry only what changed."""
    for statement in _split(
        """
        CREATE TABLE export_log (
            id INTEGER PRIMARY KEY,
            exported_at TEXT NOT NULL,
            channel TEXT NOT NULL,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            event_uid TEXT NOT NULL,
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            recipient TEXT NOT NULL DEFAULT '',
            method TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            fingerprint TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX export_log_event ON export_log(event_uid, person_id);
        CREATE INDEX export_log_person ON export_log(person_id)
        """
    ):
        db.conn.execute(statement)


#: Tables whose rows carry a row version (see :mod:`models.store.versions`).
VERSIONED_TABLES = ("organisations", "people", "delegations", "venues", "rooms", "events")


def _v3_row_versions(db: sqlite_utils.Database) -> None:
    """A row version on every editable record, so a save can tell it is not stale."""
    for table in VERSIONED_TABLES:
        db.conn.execute(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


def _v4_outbox_and_caldav(db: sqlite_utils.Database) -> None:
    """The e-mail outbox (messages to send, per recipient, with what each tells)
    and the state of calendars published over CalDAV (one row per resource)."""
    for statement in _split(
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            recipient TEXT NOT NULL,
            sender TEXT NOT NULL,
            subject TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            message BLOB NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error TEXT NOT NULL DEFAULT '',
            sent_at TEXT
        );
        CREATE INDEX outbox_status ON outbox(status, id);
        CREATE INDEX outbox_person ON outbox(person_id);
        CREATE TABLE outbox_items (
            outbox_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            channel TEXT NOT NULL,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            event_uid TEXT NOT NULL,
            method TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            fingerprint TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (outbox_id, position)
        );
        CREATE INDEX outbox_items_uid ON outbox_items(event_uid);
        CREATE TABLE caldav_resources (
            calendar_url TEXT NOT NULL,
            event_uid TEXT NOT NULL,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            href TEXT NOT NULL,
            etag TEXT NOT NULL DEFAULT '',
            fingerprint TEXT NOT NULL,
            published_at TEXT NOT NULL,
            PRIMARY KEY (calendar_url, event_uid)
        )
        """
    ):
        db.conn.execute(statement)


def _v5_protocol(db: sqlite_utils.Database) -> None:
    """Protocol: rank tables, seating plans, badge tokens, check-ins, vehicles, gifts."""
    from models.store.protocol_schema import PROTOCOL_SCHEMA_1

    for statement in _split(PROTOCOL_SCHEMA_1):
        db.conn.execute(statement)


def _v6_scheduler(db: sqlite_utils.Database) -> None:
    """Meeting requests, availability, organisations' base venues, locked events."""
    for statement in _split(
        """
        CREATE TABLE meeting_requests (
            id INTEGER PRIMARY KEY,
            requester_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
            target_org_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
            target_person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
            priority TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL,
            interpreter TEXT NOT NULL DEFAULT '',
            venue_id INTEGER REFERENCES venues(id) ON DELETE SET NULL,
            venue_rule TEXT NOT NULL DEFAULT 'host',
            not_before TEXT,
            not_after TEXT,
            notes TEXT NOT NULL DEFAULT '',
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL
        );
        CREATE INDEX meeting_requests_requester ON meeting_requests(requester_id);
        CREATE INDEX meeting_requests_event ON meeting_requests(event_id);
        CREATE TABLE meeting_request_attendees (
            request_id INTEGER NOT NULL REFERENCES meeting_requests(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (request_id, person_id)
        );
        CREATE TABLE availability (
            id INTEGER PRIMARY KEY,
            person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
            organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
            starts_at TEXT NOT NULL,
            ends_at TEXT NOT NULL,
            busy INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE organisation_bases (
            organisation_id INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
            venue_id INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE
        );
        CREATE TABLE event_locks (
            event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE
        )
        """
    ):
        db.conn.execute(statement)


def _v7_team_sync(db: sqlite_utils.Database) -> None:
    """Working as a team: global identities, the outbox and its capture triggers."""
    from models.sync import capture

    capture.create_local_tables(db.conn)
    capture.install(db.conn)


def _v8_reply_comments(db: sqlite_utils.Database) -> None:
    """The comment an attendee sent with their reply (why they decline, say)."""
    from models.sync import capture

    db.conn.execute("ALTER TABLE participations ADD COLUMN comment TEXT NOT NULL DEFAULT ''")
    capture.install(db.conn)  # the capture triggers take the new column too


def _v9_conflict_problems(db: sqlite_utils.Database) -> None:
    """A conflict keeps the problems of a merge the rules refused as messages (JSON of
    template and values), so the window can say them in its own language."""
    db.conn.execute("ALTER TABLE sync_conflicts ADD COLUMN problems TEXT")


def _v10_share_scheduler(db: sqlite_utils.Database) -> None:
    """The scheduler's tables are shared with the team: their changes are captured, and
    in a file of a team its records get their global identities."""
    from models.sync import capture, local

    capture.install(db.conn)
    if db.conn.execute("SELECT 1 FROM sync_local").fetchone():
        local.assign_identities(db.conn)


def _v11_share_protocol(db: sqlite_utils.Database) -> None:
    """The protocol's tables are shared with the team: their changes are captured, and
    in a file of a team its records get their global identities."""
    from models.sync import capture, local

    capture.install(db.conn)
    if db.conn.execute("SELECT 1 FROM sync_local").fetchone():
        local.assign_identities(db.conn)


def _v12_capture_in_teams_only(db: sqlite_utils.Database) -> None:
    """The change-capture triggers only in a file that belongs to a team: a file used
    alone drops them (SQLite then reads a tenth of the schema it read at each open,
    and its writes pay nothing for capture); joining or creating a team installs
    them.  A later migration that changes a synced table's columns calls
    ``capture.refresh``."""
    from models.sync import capture

    capture.refresh(db.conn)


Migration = Callable[["sqlite_utils.Database"], None]

#: Migration N is ``MIGRATIONS[N - 1]``.
MIGRATIONS: list[Migration] = [
    _v1_initial,
    _v2_export_log,
    _v3_row_versions,
    _v4_outbox_and_caldav,
    _v5_protocol,
    _v6_scheduler,
    _v7_team_sync,
    _v8_reply_comments,
    _v9_conflict_problems,
    _v10_share_scheduler,
    _v11_share_protocol,
    _v12_capture_in_teams_only,
]

LATEST_VERSION = len(MIGRATIONS)
