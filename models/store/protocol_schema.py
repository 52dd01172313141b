"""The protocol tables, as first created by their migration.

Shipped schema: never edit this text; change the tables with a new migration.

Vehicles name their transport leg by id without a foreign key: an event's
legs are rewritten (same ids) whenever the event is saved, and a cascade
would drop the vehicles each time.  Vehicles go with their event instead.
"""

PROTOCOL_SCHEMA_1 = """
    CREATE TABLE rank_rows (
        id INTEGER PRIMARY KEY,
        delegation_id INTEGER REFERENCES delegations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        keywords TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX rank_rows_delegation ON rank_rows(delegation_id, position);

    CREATE TABLE person_ranks (
        person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
        rank INTEGER NOT NULL CHECK (rank >= 1)
    );

    CREATE TABLE seating_plans (
        event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        layout TEXT NOT NULL
    );
    CREATE TABLE seats (
        event_id INTEGER NOT NULL REFERENCES seating_plans(event_id) ON DELETE CASCADE,
        seat_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        side TEXT,
        table_no INTEGER NOT NULL DEFAULT 1,
        x REAL NOT NULL,
        y REAL NOT NULL,
        person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        PRIMARY KEY (event_id, seat_key)
    );

    CREATE TABLE badge_tokens (
        token TEXT PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
        delegation_id INTEGER REFERENCES delegations(id) ON DELETE CASCADE,
        issued_at TEXT NOT NULL
    );
    CREATE INDEX badge_tokens_person ON badge_tokens(person_id);

    CREATE TABLE checkins (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        arrived_at TEXT NOT NULL,
        PRIMARY KEY (event_id, person_id)
    );

    CREATE TABLE vehicles (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        leg_id INTEGER NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        plate TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        seats INTEGER NOT NULL CHECK (seats >= 0),
        driver TEXT NOT NULL DEFAULT '',
        driver_phone TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX vehicles_event ON vehicles(event_id, leg_id);
    CREATE TABLE vehicle_passengers (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (vehicle_id, person_id)
    );

    CREATE TABLE gifts (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        given_on TEXT,
        direction TEXT NOT NULL,
        giver TEXT NOT NULL,
        recipient TEXT NOT NULL,
        description TEXT NOT NULL,
        value TEXT,
        currency TEXT NOT NULL DEFAULT 'INR',
        notes TEXT NOT NULL DEFAULT ''
    )
"""
