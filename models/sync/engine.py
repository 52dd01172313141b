"""Working as a team: create, join, sync, status, conflicts and their resolution.

The command line and the window call these functions with an open local
connection (a :class:`~models.store.Store`'s) and nothing else; each opens its
own server connection.  A sync pushes first, then pulls, each step in its own
transactions, and records on both sides where it is, so that a sync cut short
at any point (network drop, kill -9) leaves both sides consistent and the next
sync simply carries on:

1. the laptop notes in its file which outbox entries form the batch it is
   about to push, under a new batch id;
2. the server applies the batch and stores its answer under that id, in one
   transaction (a repeated batch id gets the stored answer);
3. the laptop clears those outbox entries and records the conflicts, in one
   transaction;
4. the laptop reads what changed since its last pull, in one server snapshot,
   and applies it with the new log position, in one transaction.
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import compress, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from models.errors import InUse, NotFound, ValidationError
from models.message_values import Name
from models.messages import Message
from models.store.protocol import superseded_badges
from models.sync import capture, local, recheck, remote, server
from models.sync.connect import Offline, connect, parse_url
from models.sync.local import StoredConflict, settings, write
from models.sync.merge import Change
from models.sync.server import TeamError
from models.sync.tables import SYNC_FORMAT, TABLES, table
from models.sync.upgrade_merge import (
    MergeReport,
    deletions_waiting,
    merge_newly_shared,
    newly_shared,
)

if TYPE_CHECKING:
    from models.protocol.checkin import BadgeToken


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _require(conn: sqlite3.Connection) -> local.TeamSettings:
    found = settings(conn)
    if found is None:
        raise TeamError(
            Message("This file does not belong to a team: make it the team's programme with "
                    "'team create', or start a copy of a team's programme with 'team join'.")
        )  # fmt: skip
    return found


def _already(conn: sqlite3.Connection) -> TeamError:
    team = settings(conn)
    return TeamError(
        Message("This file already belongs to a team ({server}).",
                server=team.server if team else "")
    )  # fmt: skip


# -- create and join ----------------------------------------------------------------


@dataclass(frozen=True)
class TeamReport:
    server: str
    user: str
    role: str
    records: int
    head: int


def create(conn: sqlite3.Connection, url: str, programme: str = "") -> TeamReport:
    """Make this file's programme the team's shared programme on an empty server database."""
    clean, user = parse_url(url)
    if settings(conn) is not None:
        raise _already(conn)
    with connect(url) as pg, write(conn):
        local.assign_identities(conn)
        ids = local.Identities(conn, whole=True)
        records = [
            (t, key, data) for t in TABLES for key, data in local.local_records(conn, t, ids)
        ]
        with pg.transaction():
            server.create_schema(pg, programme)
            count = remote.upload(pg, records, f"create:{uuid.uuid4()}")
        conn.executemany(
            "INSERT INTO sync_records (tbl, key, version) VALUES (?, ?, 1)",
            [(t.name, key) for t, key, _ in records],
        )
        local.enter_team(conn, clean, user, "lead", SYNC_FORMAT, count, _now())
    return TeamReport(clean, user, "lead", count, count)


def join(conn: sqlite3.Connection, url: str) -> TeamReport:
    """Make this (new, empty) file a copy of the team's programme, as this person may see it."""
    clean, user = parse_url(url)
    if settings(conn) is not None:
        raise _already(conn)
    filled = [t.name for t in TABLES if conn.execute(f"SELECT 1 FROM {t.name} LIMIT 1").fetchone()]
    if filled:
        raise TeamError(
            Message("Joining makes a new copy of the team's programme, but this file already "
                    "holds a programme; join with a new file (--db NEW.db).")
        )  # fmt: skip
    with connect(url) as pg:
        server.handshake(pg)
        role = server.my_role(pg)
        head = 0
        count = 0
        with write(conn):
            local_ids: dict[str, dict[str, int]] = {}
            types = {
                t.name: {
                    r[1]: str(r[2]).upper() for r in conn.execute(f"PRAGMA table_info({t.name})")
                }
                for t in TABLES
            }
            with _indexes_set_aside(conn, [t.name for t in TABLES]), _no_cycle_collection():
                for head, t, rows in remote.snapshot(pg, types):  # noqa: B007 - the last counts
                    count += _insert_bulk(conn, t, rows, local_ids)
            # after the copy: what came from the team is not news
            local.enter_team(conn, clean, user, role, SYNC_FORMAT, head, _now())
    return TeamReport(clean, user, role, count, head)


def _insert_bulk(
    conn: sqlite3.Connection,
    t: Any,
    rows: list[tuple[Any, ...]],
    local_ids: dict[str, dict[str, int]],
) -> int:
    """Rows of (key, version, *columns) into the local table, references translated.

    The rows go in in the order of their global identities, and new records get
    their local ids in that order: every B-tree written here (the table's own key,
    a link table's two local ids, ``sync_ids`` by id and by identity,
    ``sync_records``) then grows at its end instead of at random places.  The work
    is done a column at a time (``zip``, dictionaries' ``get``), not a row at a time:
    at 100,000 people a loop per row in Python cost more than SQLite's inserts.
    """
    if not rows:
        return 0
    rows.sort(key=itemgetter(0))
    present = {r[1] for r in conn.execute(f"PRAGMA table_info({t.name})")}
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    keys, versions, cells = columns[0], columns[1], columns[2:]
    dropped: set[int] = set()
    for n, c in enumerate(t.columns):
        if c not in t.refs:
            continue
        targets = local_ids.setdefault(t.refs[c], {})
        gids = cells[n]
        translated = [None if g is None else targets.get(g) for g in gids]
        if c in t.loose:  # a record deleted since (a vehicle's leg): kept, as it is there,
            # with the id the record will have here should it come back
            promised: dict[str, int] = {}
            for g, found in zip(gids, translated, strict=True):
                if g is not None and found is None and g not in promised:
                    promised[g] = len(targets) + len(promised) + 1
            conn.executemany(
                "INSERT INTO sync_ids (tbl, local_id, gid, alive) VALUES (?, ?, ?, 0)",
                [(t.refs[c], i, g) for g, i in promised.items()],
            )
            translated = [
                promised[g] if g is not None and found is None else found
                for g, found in zip(gids, translated, strict=True)
            ]
        elif c in t.required:  # a required reference to a record this person may not see
            dropped.update(i for i, g in enumerate(gids) if g is not None and translated[i] is None)
        cells[n] = translated
    kept_columns = [c for c in t.columns if c in present]
    values = [cells[n] for n, c in enumerate(t.columns) if c in present]
    if dropped:
        keep = [i not in dropped for i in range(len(keys))]
        keys, versions = list(compress(keys, keep)), list(compress(versions, keep))
        values = [list(compress(v, keep)) for v in values]
    names = kept_columns
    if t.own_id:
        mine = local_ids.setdefault(t.name, {})
        first = len(mine) + 1
        ids = range(first, first + len(keys))
        mine.update(zip(keys, ids, strict=True))
        names = ["id", *kept_columns]
        values = [ids, *values]
        conn.executemany(
            "INSERT INTO sync_ids (tbl, local_id, gid) VALUES (?, ?, ?)",
            zip(repeat(t.name), ids, keys),
        )
    conn.executemany(
        f"INSERT INTO {t.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        zip(*values, strict=True),
    )
    conn.executemany(
        "INSERT INTO sync_records (tbl, key, version) VALUES (?, ?, ?)",
        zip(repeat(t.name), keys, versions),
    )
    return len(keys)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The garbage collector's cycle search paused while a whole programme is read
    (hundreds of thousands of tuples, none in a cycle: each search would walk them all
    again); restored as it was, even on error."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextlib.contextmanager
def _indexes_set_aside(conn: sqlite3.Connection, tables: list[str]) -> Iterator[None]:
    """Inside a write transaction: the tables' secondary indexes dropped while the
    tables fill, and made again (one sort each) once they are full.  Indexes kept up
    row by row are written at random places (names, e-mail addresses); a rollback
    brings them back with everything else."""
    marks = ", ".join("?" for _ in tables)
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tables,
    ).fetchall()
    for name, _ in found:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in found:
        conn.execute(sql)


# -- sync ---------------------------------------------------------------------------


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    new_conflicts: int = 0
    conflicts: list[StoredConflict] = field(default_factory=list)
    waiting: int = 0
    head: int = 0
    skipped: int = 0
    #: Records of tables shared since this file joined, kept here alone until the
    #: lead's upgrade and merged with the team's at the first sync after it.
    merged: MergeReport | None = None
    #: Badges this sync made duplicates: a person's second badge for the same event
    #: (or delegation), issued on another laptop; the first issued stays theirs.
    superseded_badges: list[BadgeToken] = field(default_factory=list)

    @property
    def in_step(self) -> bool:
        return not self.conflicts and not self.waiting

    def to_json(self) -> dict[str, Any]:
        return {
            "in_step": self.in_step,
            "pushed": self.pushed,
            "pulled": self.pulled,
            "new_conflicts": self.new_conflicts,
            "waiting": self.waiting,
            "head": self.head,
            "conflicts": [conflict_json(c) for c in self.conflicts],
            "merged": asdict(self.merged) if self.merged else None,
            "superseded_badges": len(self.superseded_badges),
        }


def sync(conn: sqlite3.Connection, *, pull: bool = True) -> SyncReport:
    """Push this file's changes, then pull the others' (see the module's steps)."""
    team = _require(conn)
    report = SyncReport()
    with connect(team.server) as pg:
        server.handshake(pg)
        if team.format < SYNC_FORMAT:
            report.merged = merge_newly_shared(
                conn, pg, team.format, author=team.author, now=_now(),
                may_write=team.role != "printer",
            )  # fmt: skip
        # A batch left unfinished by an interrupted sync goes first, then the rest.
        sent: dict[str, set[tuple[str, str]]] = {}
        for _ in range(2):
            pushed, conflicted, resumed = _push(conn, pg, sent)
            report.pushed += pushed
            report.new_conflicts += conflicted
            if not resumed:
                break
        if pull:
            known = {b.token for b in superseded_badges(conn)}
            # A role without clearance reads back even its own records: one it made
            # confidential must leave its file, as the server's row-level security says.
            cleared = team.role in server.CLEARED
            report.pulled, report.head, report.skipped = _pull(conn, pg, sent if cleared else {})
            report.superseded_badges = [b for b in superseded_badges(conn) if b.token not in known]
    report.conflicts = local.conflicts(conn)
    report.waiting = local.outbox_size(conn)
    return report


def _push(
    conn: sqlite3.Connection, pg: Any, sent: dict[str, set[tuple[str, str]]]
) -> tuple[int, int, bool]:
    """Push one batch; returns (records written, conflicts, whether it was a batch an
    interrupted sync had left).  ``sent`` receives the batch's id with the records the
    server now holds exactly as sent (the pull need not read them back)."""
    with write(conn):
        team = _require(conn)
        batch, upto = team.pending_batch, team.pending_upto
        resumed = batch is not None
        if batch is None:
            upto = local.outbox_head(conn)
            if not upto:
                return 0, 0, False
            batch = str(uuid.uuid4())
            conn.execute("UPDATE sync_local SET pending_batch = ?, pending_upto = ?", (batch, upto))
    assert upto is not None
    changes = local.pending_changes(conn, upto)
    result = remote.push(pg, batch, changes) if changes else remote.PushResult()
    with write(conn):
        conn.execute("DELETE FROM sync_outbox WHERE seq <= ?", (upto,))
        local.store_conflicts(conn, result.conflicts, _now())
        clean = {(t, k) for t, k, _ in result.clean}
        conn.executemany(
            "INSERT INTO sync_records (tbl, key, version) VALUES (?, ?, ?) "
            "ON CONFLICT (tbl, key) DO UPDATE SET version = excluded.version",
            result.clean,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO sync_refetch (tbl, key) VALUES (?, ?)",
            [(c.tbl, c.key) for c in changes if (c.tbl, c.key) not in clean]
            + [(c.tbl, c.key) for c in result.conflicts],
        )
        conn.execute("UPDATE sync_local SET pending_batch = NULL, pending_upto = NULL")
    sent[batch] = clean
    return result.written, len(result.conflicts), resumed


def _pull(
    conn: sqlite3.Connection, pg: Any, sent: dict[str, set[tuple[str, str]]] | None = None
) -> tuple[int, int, int]:
    team = _require(conn)
    refetch = [(str(t), str(k)) for t, k in conn.execute("SELECT tbl, key FROM sync_refetch")]
    head, records = remote.changed_since(pg, team.last_seq, refetch, sent or {})
    with write(conn), local.capture_off(conn):
        applier = local.Applier(conn)
        applier.apply(records)
        waiting = set(refetch)  # (a thousand deletions of nothing cost 2 ms)
        conn.executemany(
            "DELETE FROM sync_refetch WHERE tbl = ? AND key = ?",
            [(r.tbl, r.key) for r in records if (r.tbl, r.key) in waiting],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO sync_refetch (tbl, key) VALUES (?, ?)", applier.skipped
        )
        conn.execute("UPDATE sync_local SET last_seq = ?, last_sync = ?", (head, _now()))
    return applier.applied, head, len(applier.skipped)


# -- a team's format moving on ------------------------------------------------------


@dataclass(frozen=True)
class UpgradeReport:
    before: int
    after: int
    records: int


def upgrade(conn: sqlite3.Connection) -> UpgradeReport:
    """(The lead) move the team's programme to this app's format: the records of the
    tables shared since its format are sent from this file, in the push that raises
    the format.  Other members' files take them at their next sync."""
    team = _require(conn)
    with connect(team.server) as pg:
        found = server.handshake(pg, older=True)
        if found >= SYNC_FORMAT:
            return UpgradeReport(found, found, 0)
        if server.my_role(pg) != "lead":
            raise TeamError(Message("Only the team's lead may upgrade the team's programme."))
        tables = newly_shared(found)
        names = {t.name for t in tables}
        with write(conn):
            local.assign_identities(conn)
            upto = local.outbox_head(conn)
            ids = local.Identities(conn, whole=True)
            changes = [
                Change(t.name, key, None, data, None, team.author, _now())
                for t in tables
                for key, data in local.local_records(conn, t, ids)
            ]
            # what this file deleted of these tables meanwhile: kept on the server as
            # deleted, so that another file's copy of it is deleted there, not sent up
            sent = {(c.tbl, c.key) for c in changes}
            deleted = [
                (c.tbl, c.key, c.old)
                for found in deletions_waiting(conn, sorted(names)).values()
                for c in found
                if c.old is not None and (c.tbl, c.key) not in sent
            ]
        with pg.transaction():
            server.set_format(pg, SYNC_FORMAT)
            result = remote.push(pg, f"upgrade:{uuid.uuid4()}", changes)
            remote.bury(pg, f"upgrade-deleted:{uuid.uuid4()}", deleted)
        with write(conn):
            # what the outbox held of these tables is in the records just sent
            marks = ", ".join("?" for _ in names)
            conn.execute(
                f"DELETE FROM sync_outbox WHERE seq <= ? AND tbl IN ({marks})", [upto, *names]
            )
            conn.executemany(
                "INSERT INTO sync_records (tbl, key, version) VALUES (?, ?, ?) "
                "ON CONFLICT (tbl, key) DO UPDATE SET version = excluded.version",
                result.clean,
            )
            local.store_conflicts(conn, result.conflicts, _now())
            conn.execute("UPDATE sync_local SET format = ?", (SYNC_FORMAT,))
    return UpgradeReport(found, SYNC_FORMAT, result.written)


# -- status, members ---------------------------------------------------------------


@dataclass
class TeamStatus:
    server: str
    user: str
    role: str
    waiting: int
    conflicts: int
    last_sync: str | None
    online: bool
    connected: list[str] = field(default_factory=list)
    members: list[tuple[str, str]] = field(default_factory=list)
    problem: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "server": self.server,
            "user": self.user,
            "role": self.role,
            "waiting": self.waiting,
            "conflicts": self.conflicts,
            "last_sync": self.last_sync,
            "online": self.online,
            "connected": self.connected,
            "members": [{"user": u, "role": r} for u, r in self.members],
            "problem": self.problem,
        }


def status(conn: sqlite3.Connection, *, ask_server: bool = True) -> TeamStatus:
    team = _require(conn)
    found = TeamStatus(
        server=team.server,
        user=team.author,
        role=team.role,
        waiting=len(local.pending_changes(conn)),
        conflicts=len(local.conflicts(conn)),
        last_sync=team.last_sync,
        online=False,
    )
    if not ask_server:
        return found
    try:
        with connect(team.server) as pg:
            found.online = True
            found.connected = sorted(
                {
                    str(r[0])
                    for r in pg.execute(
                        "SELECT usename FROM pg_stat_activity WHERE datname = current_database() "
                        "AND application_name = 'delegation-desk' AND usename IS NOT NULL"
                    )
                }
            )
            found.members = [
                (str(u), str(r))
                for u, r in pg.execute("SELECT username, role FROM dd_members ORDER BY username")
            ]
    except Offline as exc:
        found.problem = exc.user_message
    return found


def add_member(conn: sqlite3.Connection, user: str, role: str, password: str | None) -> str:
    team = _require(conn)
    with connect(team.server) as pg, pg.transaction():
        server.handshake(pg)
        return server.add_member(pg, user, role, password)


def leave(conn: sqlite3.Connection) -> int:
    """Stop working as a team in this file (the programme stays, as it is)."""
    _require(conn)
    waiting = len(local.pending_changes(conn))
    with write(conn):
        for name in ("sync_local", "sync_ids", "sync_records", "sync_outbox", "sync_refetch",
                     "sync_conflicts"):  # fmt: skip
            conn.execute(f"DELETE FROM {name}")
        capture.remove(conn)  # a file used alone captures nothing
    return waiting


# -- conflicts ----------------------------------------------------------------------


def describe(conn: sqlite3.Connection, c: StoredConflict) -> str:
    """A line a person can read: which record, which field."""
    return f"{_KINDS.get(c.conflict.tbl, c.conflict.tbl)} {record_name(conn, c)}"


def record_name(conn: sqlite3.Connection, c: StoredConflict) -> str:
    """What a person calls a conflict's record, as this file holds it.

    Its title or name; a record without one (a request, an attendee, a seat, a
    check-in) is named by its label and the records it refers to ("A1 · Battery
    conference", "Toyota Motor Corporation · Tata Motors Ltd"); the start of its
    key only when none of these is here.
    """
    data = local.local_data(conn, c.conflict.tbl, c.conflict.key) or {}
    return _name_of(conn, c.conflict.tbl, data, depth=2) or c.conflict.key[:8]


#: Fields that name a record on their own, and fields that only label it within another.
_NAMES = ("title", "name")
_LABELS = ("label", "plate", "description", "seat_key")


def _name_of(conn: sqlite3.Connection, tbl: str, data: dict[str, Any], depth: int) -> str:
    for name in _NAMES:
        if data.get(name):
            return str(data[name])
    person = " ".join(str(data.get(k) or "") for k in ("given_name", "family_name")).strip()
    if person:  # the window writes it family name first in Japanese
        family, given, japanese = (
            str(data.get(k) or "") for k in ("family_name", "given_name", "name_japanese")
        )
        return Message("{name}", name=Name(person, family, given, japanese))
    parts = [str(data[k]) for k in _LABELS if data.get(k)][:1]
    if depth > 0:
        for column, other in table(tbl).refs.items():
            gid = data.get(column)
            if gid and table(other).own_id:
                referred = local.local_data(conn, other, str(gid))
                if referred and (name := _name_of(conn, other, referred, depth - 1)):
                    parts.append(name)
    return " · ".join(parts)


_KINDS = {
    "organisations": "Organisation",
    "people": "Person",
    "delegations": "Delegation",
    "delegation_members": "Delegation member",
    "venues": "Venue",
    "rooms": "Room",
    "travel_times": "Travel time",
    "events": "Event",
    "event_hosts": "Event host",
    "agenda_items": "Agenda item",
    "participations": "Attendee",
    "transport_legs": "Transport leg",
    "leg_passengers": "Passenger",
    "meeting_requests": "Meeting request",
    "meeting_request_attendees": "Attendee of a request",
    "availability": "Availability",
    "organisation_bases": "Base venue",
    "event_locks": "Locked event",
    "rank_rows": "Rank of a rank table",
    "person_ranks": "Person's rank",
    "seating_plans": "Seating plan",
    "seats": "Seat",
    "badge_tokens": "Badge",
    "checkins": "Check-in",
    "vehicles": "Vehicle",
    "vehicle_passengers": "Passenger of a vehicle",
    "gifts": "Gift",
}


def _typed(value: str, like: Any, field_name: str) -> Any:
    """A value given as text, as a number when the field holds one."""
    if not isinstance(like, int) or isinstance(like, bool):
        return value
    try:
        return int(value.strip())
    except ValueError:
        raise ValidationError(
            [Message("{value!r} is not a whole number; give one such as 45.", value=value)],
            Message("Your value of {field}", field=field_name),
        ) from None


def conflict_json(c: StoredConflict) -> dict[str, Any]:
    """A conflict for ``--json``: its reason in English, in ``label``."""
    found = c.conflict.to_json()
    del found["problems"]  # the messages' templates and values are the window's
    return {"id": c.id, **found, "created_at": c.created_at}


def conflicts(conn: sqlite3.Connection) -> list[StoredConflict]:
    _require(conn)
    return local.conflicts(conn)


def resolve(
    conn: sqlite3.Connection, conflict_id: int, keep: str | None, value: str | None = None
) -> str:
    """Decide a conflict: keep ``mine`` or ``theirs``, or give the field a new ``value``.

    The decision is an ordinary local change: it is captured and sent with
    the next sync.
    """
    _require(conn)
    found = {c.id: c for c in local.conflicts(conn)}.get(conflict_id)
    if found is None:
        raise NotFound(Message("There is no conflict with id {id}.", id=conflict_id))
    c = found.conflict
    if keep not in {"mine", "theirs", None} or (keep is None and value is None):
        raise TeamError(Message("Say which to keep: --keep mine, --keep theirs, or give --value."))
    t = table(c.tbl)
    with write(conn):
        where = local.local_id_of(conn, c.tbl, c.key)
        if c.kind == "field" and (keep == "mine" or value is not None):
            if where is None:
                raise TeamError(Message("The record of this conflict is no longer in this file."))
            chosen: Any = c.mine
            if value is not None:
                chosen = _typed(value, c.theirs, c.field)
            if c.field in t.refs and chosen is not None:
                chosen = local.Identities(conn).local(t.refs[c.field], str(chosen))
            conds = " AND ".join(f"{k} = ?" for k in where)
            before = local.local_data(conn, c.tbl, c.key) or {}
            conn.execute(
                f"UPDATE {t.name} SET {c.field} = ? WHERE {conds}", [chosen, *where.values()]
            )
            after = local.local_data(conn, c.tbl, c.key) or {}
            problems = recheck.new_problems(
                c.tbl, c.key, after, before, lambda tbl, key: local.local_data(conn, tbl, key)
            )
            if problems:  # the write transaction rolls back: nothing changes
                advice = Message("Keep theirs, or give a value that fits the rest of the record.")
                raise ValidationError(
                    [*problems, advice], Message("Your value of {field}", field=c.field)
                )
        elif where is not None and (
            (c.kind == "edit-deleted" and keep == "theirs")
            or (c.kind == "delete-edited" and keep == "mine")
        ):
            conds = " AND ".join(f"{k} = ?" for k in where)
            try:
                conn.execute(f"DELETE FROM {t.name} WHERE {conds}", list(where.values()))
            except sqlite3.IntegrityError as exc:
                raise InUse(
                    Message("The record cannot be deleted: other records in this file still "
                            "use it. Remove those first, then decide again.")
                ) from exc  # fmt: skip
        conn.execute("DELETE FROM sync_conflicts WHERE id = ?", (conflict_id,))
    return keep or "edit"
