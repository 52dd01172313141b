"""Remake ``programme-v1.db``: a database as the first schema version left it.

Run from the repository root: ``python tests/data/make_v1_db.py``.  Only
migration 1 is applied, then a few rows are written with plain SQL, so the
file stays what a version-1 Delegation Desk would have written even after
later migrations are added.  The tests open a copy of it and check that it is
brought up to date without losing anything.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import sqlite_utils  # noqa: E402

from models.store.migrations import MIGRATIONS  # noqa: E402

TARGET = HERE / "programme-v1.db"
STAMP = "2026-11-20T09:00:00Z"


def build(target: Path = TARGET) -> Path:
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn, execute_plugins=False)
    with db.atomic():
        MIGRATIONS[0](db)
        conn.execute("PRAGMA user_version = 1")
    rows = [
        "INSERT INTO organisations (id, name, country, sector, kind) VALUES (?, ?, ?, ?, ?)",
        [
            (1, "JETRO", "JP", "trade promotion", "agency"),
            (2, "Lohum", "IN", "battery recycling", "company"),
        ],
        "INSERT INTO people (id, family_name, given_name, name_japanese, honorific, "
        "organisation_id, email, nationality, languages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, "Tanaka", "Aiko", "田中 愛子", "Ms", 1, "aiko.tanaka@example.jp", "JP", "ja,en"),
            (2, "Mehta", "Ravi", "", "Mr", 2, "ravi.mehta@example.in", "IN", "hi,en"),
        ],
        "INSERT INTO delegations (id, name, home_timezone, head_id) VALUES (?, ?, ?, ?)",
        [(1, "Japanese delegation", "Asia/Tokyo", 1)],
        "INSERT INTO delegation_members (delegation_id, person_id, position) VALUES (?, ?, ?)",
        [(1, 1, 0)],
        "INSERT INTO venues (id, name, city, timezone, latitude, longitude, capacity) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (1, "Embassy of Japan", "New Delhi", "Asia/Kolkata", 28.5975, 77.1855, 200),
            (2, "Lohum facility", "Greater Noida", "Asia/Kolkata", 28.4744, 77.5040, None),
        ],
        "INSERT INTO rooms (id, venue_id, position, name, capacity) VALUES (?, ?, ?, ?, ?)",
        [(1, 1, 0, "Hall", 120)],
        "INSERT INTO events (id, uid, sequence, title, kind, starts_at, ends_at, timezone, "
        "venue_id, room_id, classification, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                1,
                "v1-event-1@delegation-desk",
                2,
                "Battery and critical-mineral conference",
                "conference",
                "2026-12-01T04:30:00Z",
                "2026-12-01T08:30:00Z",
                "Asia/Kolkata",
                1,
                1,
                "public",
                "confirmed",
                STAMP,
                STAMP,
            ),
        ],
        "INSERT INTO event_hosts (event_id, organisation_id, position) VALUES (?, ?, ?)",
        [(1, 1, 0)],
        "INSERT INTO agenda_items (id, event_id, position, starts_at, ends_at, title, "
        "speaker_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(1, 1, 0, "2026-12-01T04:30:00Z", "2026-12-01T05:00:00Z", "Opening remarks", 1)],
        "INSERT INTO participations (event_id, person_id, position, role, reply) "
        "VALUES (?, ?, ?, ?, ?)",
        [(1, 1, 0, "speaker", "accepted"), (1, 2, 1, "attendee", "needs action")],
        "INSERT INTO travel_times (from_venue_id, to_venue_id, minutes) VALUES (?, ?, ?)",
        [(1, 2, 150)],
    ]
    with db.atomic():
        for sql, values in zip(rows[::2], rows[1::2], strict=True):
            conn.executemany(sql, values)
    conn.execute("VACUUM")
    conn.close()
    return target


if __name__ == "__main__":
    print(build())
