"""The server's side of a sync, run by the laptop in server transactions.

A push takes the server's push lock (an advisory lock held until commit), so
pushes are applied one at a time and the log's sequence order is the order in
which they became visible; a reader that has seen sequence number N has seen
everything before it.  The answer to a push is stored with it: a laptop that
asks again with the same batch id (because it crashed before reading the
answer) gets that answer, and nothing is applied twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from models.messages import Message
from models.sync import recheck
from models.sync.local import Remote
from models.sync.merge import Change, Conflict, Current, Data, Outcome, merge
from models.sync.server import CHANNEL, PUSH_LOCK, TeamError
from models.sync.tables import BY_NAME, CONFIDENTIAL, MERGE_MAX, ORDER, TABLES, Table, table

if TYPE_CHECKING:
    import psycopg

Ident = tuple[str, str]

#: JSON text of a record, as ``json.dumps(value, ensure_ascii=False)`` writes it; one encoder
#: made once (``dumps`` with an option makes a new one at every call: three per record).
_to_json = json.JSONEncoder(ensure_ascii=False).encode

#: How the label of a conflict made by a merge the domain's rules refuse begins
#: (the rules' own words follow).
INVALID_MERGE = "merged with the others' changes the record would be invalid: "


@dataclass
class PushResult:
    written: int = 0
    head: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    #: Records the server now holds exactly as the laptop sent them, with their new
    #: version: the laptop need not fetch them back.
    clean: list[tuple[str, str, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "written": self.written,
            "head": self.head,
            "conflicts": [c.to_json() for c in self.conflicts],
            "clean": [list(c) for c in self.clean],
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> PushResult:
        return cls(
            written=value["written"],
            head=value["head"],
            conflicts=[Conflict.from_json(c) for c in value["conflicts"]],
            clean=[(t, k, int(v)) for t, k, v in value.get("clean", [])],
        )


@dataclass
class _Row:
    data: Data
    version: int
    deleted: bool
    event_key: str | None
    #: False: ``data`` was not read (a record a change refers to, read for its version,
    #: its tombstone and its event only); :func:`_read_data` reads it when needed.
    full: bool = True


def references(t: Table, data: Data) -> list[Ident]:
    """The records ``data`` needs (its loose references left out)."""
    return [(t.refs[c], data[c]) for c in t.refs if data.get(c) and c not in t.loose]


def _fetch(
    conn: psycopg.Connection[Any], keys: Iterable[Ident], *, data: bool = True
) -> dict[Ident, _Row]:
    """The server's rows of ``keys``: one query per table, one index look-up per key
    (``data`` False: without the records' data, see :attr:`_Row.full`).

    The keys are joined as rows (``unnest``), not tested with ``key = ANY``: for
    that, without fresh statistics (a team just made, or just grown), PostgreSQL
    reads every record of the table through the index and filters them (26 ms for
    1,000 of 100,000 people, against 4 ms)."""
    by_table: dict[str, set[str]] = {}
    for tbl, key in keys:
        by_table.setdefault(tbl, set()).add(key)
    found: dict[Ident, _Row] = {}
    read = "s.data" if data else "NULL::jsonb"
    for tbl, wanted in by_table.items():
        for row in conn.execute(
            f"SELECT s.key, {read}, s.version, s.deleted, s.event_key "
            "FROM unnest(%s::text[]) AS w(key) JOIN dd_state s ON s.tbl = %s AND s.key = w.key",
            (list(wanted), tbl),
        ):
            found[(tbl, row[0])] = _Row(row[1] or {}, row[2], row[3], row[4], data)
    return found


def _read_data(
    conn: psycopg.Connection[Any], state: dict[Ident, _Row], keys: Iterable[Ident]
) -> None:
    """Make sure ``state`` holds the data of ``keys`` (those the server has)."""
    missing = {k for k in keys if k not in state or not state[k].full}
    if missing:
        state.update(_fetch(conn, missing))


def live_records(
    conn: psycopg.Connection[Any], tables: Iterable[str]
) -> dict[Ident, tuple[Data, int]]:
    """Every live record of ``tables`` this person may see: its data and version."""
    return {
        (str(tbl), str(key)): (data, int(version))
        for tbl, key, data, version in conn.execute(
            "SELECT tbl, key, data, version FROM dd_state WHERE tbl = ANY(%s::text[]) "
            "AND NOT deleted",
            (list(tables),),
        )
    }


def deleted_records(
    conn: psycopg.Connection[Any], tables: Iterable[str]
) -> dict[Ident, tuple[Data, int]]:
    """Every deleted record of ``tables`` this person may see: the values it had when it
    was deleted, and its version."""
    return {
        (str(tbl), str(key)): (data, int(version))
        for tbl, key, data, version in conn.execute(
            "SELECT tbl, key, data, version FROM dd_state WHERE tbl = ANY(%s::text[]) AND deleted",
            (list(tables),),
        )
    }


def bury(
    conn: psycopg.Connection[Any], batch: str, records: Sequence[tuple[str, str, Data]]
) -> int:
    """Records the team never held, deleted on a laptop while the team could not take the
    deletion (the lead's, before ``team upgrade``): kept as deleted records with the values
    they had, so that another laptop's copy of one is known for deleted, not new.  Run
    inside the transaction that raises the team's format."""
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
    wanted: set[Ident] = set()
    for tbl, key, data in records:
        wanted.add((tbl, key))
        t = BY_NAME[tbl]
        if t.parent and data.get(t.parent):  # what the record belongs to says who may see it
            wanted.add((t.refs[t.parent], str(data[t.parent])))
    state = _fetch(conn, wanted)
    writes: list[tuple[Ident, Change | None, Outcome]] = [
        ((tbl, key), None, Outcome(dict(data), deleted=True, old=dict(data)))
        for tbl, key, data in records
        if (tbl, key) not in state
    ]
    if not writes:
        return 0
    written, _ = _write(conn, batch, writes, state)
    return written


def _event_key(t: Table, key: str, data: Data, state: dict[Ident, _Row]) -> str | None:
    if t.name == "events":
        return key
    if t.event_ref:
        value = data.get(t.event_ref)
        return str(value) if value is not None else None
    if t.parent:
        parent = state.get((t.refs[t.parent], data.get(t.parent) or ""))
        return parent.event_key if parent else None
    return None


def _confidential(data: Data | None) -> bool:
    return bool(data) and data.get("classification") == CONFIDENTIAL  # type: ignore[union-attr]


def push(conn: psycopg.Connection[Any], batch: str, changes: Sequence[Change]) -> PushResult:
    """Apply one laptop's net changes, merged field by field; commit; return the answer."""
    import psycopg

    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
            stored = conn.execute(
                "SELECT result FROM dd_pushes WHERE batch = %s", (batch,)
            ).fetchone()
            if stored:
                return PushResult.from_json(stored[0])
            result = _apply(conn, batch, changes)
            conn.execute(
                "INSERT INTO dd_pushes (batch, result) VALUES (%s, %s)",
                (batch, json.dumps(result.to_json())),
            )
            conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(result.head)))
            return result
    except psycopg.errors.InsufficientPrivilege as exc:
        raise TeamError(
            Message("Your role in the team may only read the shared programme, so your "
                    "changes cannot be sent; they wait in this file.")
        ) from exc  # fmt: skip


def _apply(conn: psycopg.Connection[Any], batch: str, changes: Sequence[Change]) -> PushResult:
    ordered = sorted(
        changes, key=lambda c: ORDER[c.tbl] if c.new is not None else 100 - ORDER[c.tbl]
    )
    wanted = {(c.tbl, c.key) for c in ordered}
    referred: set[Ident] = set()
    for c in ordered:
        if c.new is not None:
            referred.update(references(BY_NAME[c.tbl], c.new))
    # the records themselves whole; those they refer to by version, tombstone and event
    # (the organisations of 1,000 people changed: their data is rarely needed)
    state = _fetch(conn, wanted)
    state.update(_fetch(conn, referred - wanted, data=False))
    # a deleted record a change refers to is brought back as it was: its data is read
    _read_data(conn, state, {i for i in referred if i in state and state[i].deleted})
    outcomes: dict[Ident, tuple[Change, Outcome]] = {}
    for c in ordered:
        row = state.get((c.tbl, c.key))
        current = Current(row.data, row.version, row.deleted) if row else None
        outcomes[(c.tbl, c.key)] = (c, merge(c, current))
    _refuse_used_deletions(conn, outcomes, state)
    _refuse_invalid_merges(conn, outcomes, state)
    revived = _revive_references(outcomes, state)
    conflicts: list[Conflict] = []
    writes: list[tuple[Ident, Change | None, Outcome]] = []
    for ident, (c, out) in outcomes.items():
        conflicts.extend(out.conflicts)
        if out.writes:
            writes.append((ident, c, out))
    for ident, out in revived.items():
        conflicts.extend(out.conflicts)
        writes.append((ident, None, out))
    conflicts = [_with_their_author(conn, conflict) for conflict in conflicts]
    written, head = _write(conn, batch, writes, state)
    clean = [
        (tbl, key, state[(tbl, key)].version)
        for (tbl, key), c, out in writes
        if c is not None and not out.conflicts and out.data == (c.new or out.data)
    ]
    return PushResult(written=written, head=head, conflicts=conflicts, clean=clean)


def _refuse_used_deletions(
    conn: psycopg.Connection[Any],
    outcomes: dict[Ident, tuple[Change, Outcome]],
    state: dict[Ident, _Row],
) -> None:
    """A record still used by a live record (not deleted in this push) is kept, and asked about;
    what hangs off it and was deleted with it is kept too."""
    deleting = {i for i, (_, out) in outcomes.items() if out.writes and out.deleted}
    if not deleting:
        return
    used: dict[Ident, list[Ident]] = {}
    for tbl, key, ref in conn.execute(
        "SELECT tbl, key, ref FROM dd_referrers(%s::text[])", ([k for _, k in deleting],)
    ):
        if (tbl, key) in deleting:
            continue
        # keys of records keyed by a reference repeat it (an event's lock, a person's
        # rank): a referrer uses a record of a table it refers to
        targets = set(BY_NAME[tbl].refs.values()) if tbl in BY_NAME else set()
        target = next((i for i in deleting if i[1] == ref and i[0] in targets), None)
        if target is not None:
            used.setdefault(target, []).append((tbl, key))
    kept: set[str] = set()
    for target, users in used.items():
        c, _ = outcomes[target]
        outcomes[target] = (
            c,
            Outcome(
                None,
                deleted=False,
                conflicts=[
                    Conflict(c.tbl, c.key, "", "delete-edited", "delete", "keep",
                             mine_author=c.author,
                             label=f"still used by {len(users)} record(s) of the others")
                ],
            ),
        )  # fmt: skip
        kept.add(target[1])
    while kept:
        newly: set[str] = set()
        for ident, (c, out) in list(outcomes.items()):
            if not (out.writes and out.deleted) or c.old is None:
                continue
            spec = BY_NAME[c.tbl]
            if any(c.old.get(col) in kept for col in spec.required):
                outcomes[ident] = (c, Outcome(None, deleted=False))
                newly.add(c.key)
        kept = newly


def _refuse_invalid_merges(
    conn: psycopg.Connection[Any],
    outcomes: dict[Ident, tuple[Change, Outcome]],
    state: dict[Ident, _Row],
) -> None:
    """A merge that would make a record the domain's rules refuse is not applied: each
    field it would have taken from this laptop becomes a conflict for a person."""
    merged = [
        ident
        for ident, (c, out) in outcomes.items()
        if out.writes and not out.deleted and ident in state
        and c.base != state[ident].version and ident[0] in recheck.CHECKED
    ]  # fmt: skip
    if not merged:
        return
    after: dict[Ident, Data | None] = {
        i: (None if out.deleted else out.data) for i, (_, out) in outcomes.items() if out.writes
    }
    _read_data(
        conn,
        state,
        {("events", e) for i in merged if (e := (outcomes[i][1].data or {}).get("event_id"))},
    )
    wanted: set[Ident] = set()
    for ident in merged:
        data = outcomes[ident][1].data or {}
        wanted.update(references(BY_NAME[ident[0]], data))
        event = data.get("event_id")
        if event and (event_row := after.get(("events", event)) or _live(state, "events", event)):
            wanted.update(references(BY_NAME["events"], event_row))
    _read_data(conn, state, wanted)

    def lookup(tbl: str, key: str) -> Data | None:
        if (tbl, key) in after:
            return after[(tbl, key)]
        row = state.get((tbl, key))
        if row is not None and not row.full:  # read for another change: whole now
            _read_data(conn, state, [(tbl, key)])
        return _live(state, tbl, key)

    for ident in merged:
        c, out = outcomes[ident]
        assert out.data is not None
        before = state[ident].data
        found = recheck.new_problems(ident[0], ident[1], out.data, before, lookup)
        if not found:
            continue
        label = INVALID_MERGE + " ".join(found)
        conflicts = list(out.conflicts) + [
            Conflict(c.tbl, c.key, f, "field", (c.new or {}).get(f), before.get(f),
                     mine_author=c.author, label=label, problems=tuple(found))
            for f in out.changes if f not in MERGE_MAX
        ]  # fmt: skip
        outcomes[ident] = (c, Outcome(None, deleted=False, conflicts=conflicts))
        after.pop(ident, None)


def _live(state: dict[Ident, _Row], tbl: str, key: str) -> Data | None:
    row = state.get((tbl, key))
    if row is not None:
        assert row.full, f"the data of {tbl} {key} was not read"
    return row.data if row is not None and not row.deleted else None


def _revive_references(
    outcomes: dict[Ident, tuple[Change, Outcome]], state: dict[Ident, _Row]
) -> dict[Ident, Outcome]:
    """A live record referring to a record deleted meanwhile brings that record back."""
    after: dict[Ident, bool] = {i: r.deleted for i, r in state.items()}
    for ident, (_, out) in outcomes.items():
        if out.writes:
            after[ident] = out.deleted
    revived: dict[Ident, Outcome] = {}
    for c, out in outcomes.values():
        if not out.writes or out.deleted or out.data is None:
            continue
        for target in references(BY_NAME[c.tbl], out.data):
            if after.get(target) and target in state and target not in revived:
                row = state[target]
                assert row.full, f"the data of {target} was not read"
                revived[target] = Outcome(
                    dict(row.data),
                    deleted=False,
                    conflicts=[
                        Conflict(target[0], target[1], "", "edit-deleted", "keep", "delete",
                                 mine_author=c.author,
                                 label=f"deleted by another; your change to {c.tbl} uses it")
                    ],
                )  # fmt: skip
                after[target] = False
    return revived


def _write(
    conn: psycopg.Connection[Any],
    batch: str,
    writes: list[tuple[Ident, Change | None, Outcome]],
    state: dict[Ident, _Row],
) -> tuple[int, int]:
    if not writes:
        head = conn.execute("SELECT coalesce(max(seq), 0) FROM dd_log").fetchone()
        return 0, int(head[0]) if head else 0
    log: list[tuple[Any, ...]] = []
    rows: list[tuple[Any, ...]] = []
    extra: list[tuple[str, str, str, int, str | None]] = []  # reveal / withdraw entries
    for (tbl, key), _change, out in sorted(writes, key=lambda w: ORDER[w[0][0]]):
        assert out.data is not None
        t = table(tbl)
        before = state.get((tbl, key))
        version = (before.version if before else 0) + 1
        event_key = _event_key(t, key, out.data, state)
        state[(tbl, key)] = _Row(out.data, version, out.deleted, event_key)
        refs = [k for _, k in references(t, out.data)]
        if out.deleted:
            op = "D"
        elif before is None:
            op = "I"
        elif before.deleted:
            op = "R"
        else:
            op = "U"
        rows.append((tbl, key, _to_json(out.data), version, out.deleted,
                     event_key, _array(refs)))  # fmt: skip
        log.append((tbl, key, op, _to_json(out.changes), _to_json(out.old), version,
                    event_key, batch))  # fmt: skip
        if tbl == "events" and before is not None and not out.deleted:
            assert before.full, f"the data of event {key} was not read"
            was, now = _confidential(before.data), _confidential(out.data)
            if now and not was:
                # what hangs off it is read again too: a request linked to it keeps no
                # longer in an uncleared file when the event is withdrawn from it
                extra.append(("events", key, "X", version, None))
                for child_tbl, child_key, child_version in conn.execute(
                    "SELECT tbl, key, version FROM dd_state "
                    "WHERE event_key = %s AND tbl <> 'events' AND NOT deleted",
                    (key,),
                ):
                    extra.append((child_tbl, child_key, "X", child_version, None))
            elif was and not now:
                for child_tbl, child_key, child_version, child_event in conn.execute(
                    "SELECT tbl, key, version, event_key FROM dd_state "
                    "WHERE event_key = %s AND tbl <> 'events' AND NOT deleted",
                    (key,),
                ):
                    extra.append((child_tbl, child_key, "R", child_version, child_event))
        elif tbl != "events" and before is not None and before.event_key != event_key:
            # linked to another event (a request the scheduler placed): whoever may now
            # see it, or no longer may, reads it again, and what hangs off it follows
            extra.append((tbl, key, "X", version, None))
            extra.extend(_move_children(conn, t, key, event_key))
    for tbl, key, op, version, event_key in extra:
        log.append((tbl, key, op, "{}", "{}", version, event_key, batch))
    seqs = [
        r[0]
        for r in conn.execute(
            "SELECT nextval('dd_log_seq_seq') FROM generate_series(1, %s)", (len(log),)
        )
    ]
    with conn.cursor() as cur:
        # COPY cannot write into a table with row-level security: it goes into
        # temporary tables, and from there into the real ones (made afresh: a second
        # write in one transaction, as the upgrade's, finds the first one's), both made
        # in one round trip.
        cur.execute(
            "DROP TABLE IF EXISTS dd_incoming_log, dd_incoming; "
            "CREATE TEMP TABLE dd_incoming_log (seq bigint, tbl text, key text, op text, "
            "changes jsonb, old jsonb, version integer, event_key text, batch text) "
            "ON COMMIT DROP; "
            "CREATE TEMP TABLE dd_incoming (tbl text, key text, data jsonb, version integer, "
            "deleted boolean, event_key text, refs text[], seq bigint) ON COMMIT DROP"
        )
        with cur.copy(
            "COPY dd_incoming_log (seq, tbl, key, op, changes, old, version, event_key, batch) "
            "FROM STDIN"
        ) as copy:
            for s, entry in zip(seqs, log, strict=True):
                copy.write_row((s, *entry))
        cur.execute(
            "INSERT INTO dd_log (seq, tbl, key, op, changes, old, version, event_key, batch) "
            "SELECT seq, tbl, key, op, changes, old, version, event_key, batch "
            "FROM dd_incoming_log"
        )
        last_of = {(entry[0], entry[1]): s for s, entry in zip(seqs, log, strict=True)}
        with cur.copy(
            "COPY dd_incoming (tbl, key, data, version, deleted, event_key, refs, seq) FROM STDIN"
        ) as copy:
            for r in rows:
                copy.write_row((*r, last_of[(r[0], r[1])]))
        cur.execute(
            "INSERT INTO dd_state (tbl, key, data, version, deleted, event_key, refs, seq) "
            "SELECT tbl, key, data, version, deleted, event_key, refs, seq FROM dd_incoming "
            "ON CONFLICT (tbl, key) DO UPDATE SET data = excluded.data, "
            "version = excluded.version, deleted = excluded.deleted, "
            "event_key = excluded.event_key, refs = excluded.refs, seq = excluded.seq, "
            "author = current_user"
        )
    return len(rows), max(seqs)


def _array(values: list[str]) -> str:
    """A text array as PostgreSQL writes it (``{"a","b"}``), for COPY: psycopg's own
    list adapter, in Python, cost more than the rest of the row (8 ms per 1,000)."""
    quoted = ('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values)
    return "{" + ",".join(quoted) + "}"


def _move_children(
    conn: psycopg.Connection[Any], t: Table, key: str, event_key: str | None
) -> list[tuple[str, str, str, int, str | None]]:
    """Records belonging to ``t``'s record ``key`` now belong to ``event_key``: their
    state says so, and an entry each has them read again."""
    entries: list[tuple[str, str, str, int, str | None]] = []
    for child in TABLES:
        if child.parent is None or child.refs[child.parent] != t.name:
            continue
        for child_key, child_version in conn.execute(
            "UPDATE dd_state SET event_key = %s WHERE tbl = %s AND data ->> %s = %s "
            "AND NOT deleted RETURNING key, version",
            (event_key, child.name, child.parent, key),
        ):
            entries.append((child.name, child_key, "X", child_version, None))
    return entries


def _with_their_author(conn: psycopg.Connection[Any], conflict: Conflict) -> Conflict:
    from dataclasses import replace

    if conflict.kind == "field":
        row = conn.execute(
            "SELECT author FROM dd_log WHERE tbl = %s AND key = %s AND changes ? %s "
            "ORDER BY seq DESC LIMIT 1",
            (conflict.tbl, conflict.key, conflict.field),
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT author FROM dd_log WHERE tbl = %s AND key = %s ORDER BY seq DESC LIMIT 1",
            (conflict.tbl, conflict.key),
        ).fetchone()
    return replace(conflict, their_author=str(row[0]) if row else "")


# -- pulling ----------------------------------------------------------------------


def changed_since(
    conn: psycopg.Connection[Any],
    last_seq: int,
    also: Iterable[Ident] = (),
    sent: Mapping[str, set[Ident]] | None = None,
) -> tuple[int, list[Remote]]:
    """What changed after ``last_seq`` (plus ``also``), as one consistent snapshot:
    the head of the log and each record's current state (``data`` None when it
    is deleted or no longer visible to this person).  ``sent`` maps batches this
    laptop pushed in this sync to the records the server took exactly as sent: their
    entries in the log are this laptop's own and are not read back (a later entry
    of another batch still is)."""
    sent = sent or {}
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        head_row = conn.execute("SELECT coalesce(max(seq), 0) FROM dd_log").fetchone()
        head = max(int(head_row[0]) if head_row else 0, last_seq)
        keys: set[Ident] = set(also)
        keys.update(
            (r[0], r[1])
            for r in conn.execute(
                "SELECT DISTINCT tbl, key, batch FROM dd_log WHERE seq > %s AND seq <= %s",
                (last_seq, head),
            )
            if (r[0], r[1]) not in sent.get(r[2], ())
        )
        keys = {k for k in keys if k[0] in BY_NAME}
        found = _fetch(conn, keys)
    records = []
    for ident in keys:
        row = found.get(ident)
        if row is None or row.deleted:
            records.append(Remote(ident[0], ident[1], None, row.version if row else 0))
        else:
            records.append(Remote(ident[0], ident[1], row.data, row.version))
    return head, records


#: How a column's value is read out of a record's JSON, by the column's SQLite type.
_CASTS = {"INTEGER": "::bigint", "REAL": "::float8"}


def _cast(t: Table, column: str, types: dict[str, dict[str, str]]) -> str:
    if column in t.refs:  # a global identity, whatever the local column holds
        return ""
    return _CASTS.get(types[t.name].get(column, ""), "")


def snapshot(
    conn: psycopg.Connection[Any], types: dict[str, dict[str, str]]
) -> Iterator[tuple[int, Table, list[tuple[Any, ...]]]]:
    """Every live record this person may see, table by table, in one snapshot
    (joining); each item is (head, table, rows) with rows of (key, version, then
    the table's columns in the order of :attr:`Table.columns`).  ``types`` gives
    each column's SQLite type, so the values arrive typed and no JSON is parsed."""
    from psycopg import sql

    from models.sync.tables import TABLES

    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        head_row = conn.execute("SELECT coalesce(max(seq), 0) FROM dd_log").fetchone()
        head = int(head_row[0]) if head_row else 0
        for t in TABLES:
            columns = sql.SQL(", ").join(
                sql.SQL("(data ->> {})" + _cast(t, c, types)).format(sql.Literal(c))
                for c in t.columns
            )
            query = sql.SQL(
                "SELECT key, version, {} FROM dd_state WHERE tbl = {} AND NOT deleted"
            ).format(columns, sql.Literal(t.name))
            rows = conn.execute(query).fetchall()
            yield head, t, rows


def upload(
    conn: psycopg.Connection[Any], records: Iterable[tuple[Table, str, Data]], batch: str
) -> int:
    """The first state of a new team (everything at version 1), with its log."""
    state: dict[Ident, _Row] = {}
    count = 0
    log_rows: list[tuple[Any, ...]] = []
    state_rows: list[tuple[Any, ...]] = []
    for t, key, data in records:
        count += 1
        event_key = _event_key(t, key, data, state)
        state[(t.name, key)] = _Row({}, 1, False, event_key)
        text = _to_json(data)
        refs = [k for _, k in references(t, data)]
        log_rows.append((count, t.name, key, "I", text, 1, event_key, batch))
        state_rows.append((t.name, key, text, 1, event_key, refs, count))
    with conn.cursor() as cur:
        with cur.copy(
            "COPY dd_log (seq, tbl, key, op, changes, version, event_key, batch) FROM STDIN"
        ) as copy:
            for log_row in log_rows:
                copy.write_row(log_row)
        with cur.copy(
            "COPY dd_state (tbl, key, data, version, event_key, refs, seq) FROM STDIN"
        ) as copy:
            for state_row in state_rows:
                copy.write_row(state_row)
        if count:
            cur.execute("SELECT setval('dd_log_seq_seq', %s)", (count,))
    return count
