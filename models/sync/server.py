"""The team's PostgreSQL database: tables, roles, row-level security, handshake.

Ordinary tables and nothing else (no server program of ours):

``dd_state``
    the current state of every shared record (JSON of its columns, references
    as global identities), its version, a tombstone flag, the event it belongs
    to (for confidentiality) and the records it refers to;
``dd_log``
    an append-only log of every change, ordered by a sequence: who changed
    which fields of which record from what to what;
``dd_pushes``
    the answer given to each push, so a laptop that crashed before reading it
    gets the same answer again instead of applying its changes twice;
``dd_meta``, ``dd_members``
    the format the data is in (the schema-version handshake) and who is in the
    team with which role.

Who sees what is the server's business: each person has a PostgreSQL login
role that belongs to one of four group roles (``<db>_lead``,
``<db>_coordinator``, ``<db>_staff``, ``<db>_printer``).  Row-level security
lets only the lead and coordinators read confidential events and what hangs
off them (attendees, agenda, hosts, transport, requests placed in them, seating,
check-ins, vehicles, gifts, the event's badges: every record whose ``event_key``
names the event) — in the state and in the log — so an uncleared laptop never
receives them.  Printers may only read.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from models.errors import AppError
from models.messages import Message
from models.sync.tables import CONFIDENTIAL, SYNC_FORMAT

if TYPE_CHECKING:
    import psycopg

ROLES = ("lead", "coordinator", "staff", "printer")
CLEARED = ("lead", "coordinator")
WRITERS = ("lead", "coordinator", "staff")

#: Channel of the NOTIFY sent by every push.
CHANNEL = "delegation_desk"
#: Serialises pushes so that the log's order is the order of commits.
PUSH_LOCK = 0x4444736B


class TeamError(AppError):
    """The team's server cannot be used as asked (a message for a person)."""


class UpgradeRequired(TeamError):
    """The team's data is in a newer format than this app writes."""


class ServerOutdated(TeamError):
    """The team's data is in an older format than this app writes: the lead upgrades it."""


_TABLES_SQL = """
CREATE TABLE dd_meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE dd_members (
    username text PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('lead', 'coordinator', 'staff', 'printer')),
    added_at timestamptz NOT NULL DEFAULT now(),
    added_by text NOT NULL DEFAULT current_user
);
CREATE TABLE dd_state (
    tbl text NOT NULL,
    key text NOT NULL,
    data jsonb NOT NULL,
    version integer NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    event_key text,
    refs text[] NOT NULL DEFAULT '{}',
    seq bigint NOT NULL,
    author text NOT NULL DEFAULT current_user,
    PRIMARY KEY (tbl, key)
);
CREATE INDEX dd_state_event ON dd_state (event_key);
CREATE INDEX dd_state_refs ON dd_state USING gin (refs);
CREATE TABLE dd_log (
    seq bigserial PRIMARY KEY,
    tbl text NOT NULL,
    key text NOT NULL,
    op text NOT NULL CHECK (op IN ('I', 'U', 'D', 'R', 'X')),
    changes jsonb NOT NULL DEFAULT '{}',
    old jsonb NOT NULL DEFAULT '{}',
    version integer NOT NULL,
    event_key text,
    author text NOT NULL DEFAULT current_user,
    at timestamptz NOT NULL DEFAULT now(),
    batch text
);
CREATE INDEX dd_log_key ON dd_log (tbl, key, seq);
CREATE TABLE dd_pushes (
    batch text PRIMARY KEY,
    author text NOT NULL DEFAULT current_user,
    result jsonb NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
)
"""

_FUNCTIONS_SQL = """
CREATE FUNCTION dd_cleared() RETURNS boolean LANGUAGE sql STABLE AS $f$
    SELECT pg_has_role(current_user, {lead}, 'MEMBER')
        OR pg_has_role(current_user, {coordinator}, 'MEMBER')
$f$;
CREATE FUNCTION dd_public(event text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $f$
    SELECT event IS NULL OR NOT EXISTS (
        SELECT 1 FROM dd_state s
        WHERE s.tbl = 'events' AND s.key = event
          AND s.data ->> 'classification' = {confidential})
$f$;
CREATE FUNCTION dd_referrers(wanted text[]) RETURNS TABLE (tbl text, key text, ref text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $f$
    SELECT s.tbl, s.key, r.ref FROM dd_state s, unnest(s.refs) AS r(ref)
    WHERE s.refs && wanted AND NOT s.deleted AND r.ref = ANY (wanted)
$f$;
CREATE FUNCTION dd_hidden_events(wanted text[]) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $f$
    SELECT s.key FROM dd_state s
    WHERE s.tbl = 'events' AND s.key = ANY (wanted)
      AND s.data ->> 'classification' = {confidential}
$f$;
ALTER TABLE dd_state ENABLE ROW LEVEL SECURITY;
ALTER TABLE dd_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE dd_pushes ENABLE ROW LEVEL SECURITY;
CREATE POLICY dd_state_read ON dd_state FOR SELECT USING (dd_cleared() OR dd_public(event_key));
CREATE POLICY dd_state_add ON dd_state FOR INSERT WITH CHECK (true);
CREATE POLICY dd_state_change ON dd_state FOR UPDATE
    USING (dd_cleared() OR dd_public(event_key)) WITH CHECK (true);
CREATE POLICY dd_log_read ON dd_log FOR SELECT USING (dd_cleared() OR dd_public(event_key));
CREATE POLICY dd_log_add ON dd_log FOR INSERT WITH CHECK (author = current_user);
CREATE POLICY dd_pushes_own ON dd_pushes USING (author = current_user)
    WITH CHECK (author = current_user)
"""


def group_role(database: str, role: str) -> str:
    """The group role of one kind of member in the team database ``database``."""
    return f"{database}_{role}"


def _statements(script: str) -> Iterator[str]:
    # $f$ ... $f$ bodies contain no ';' followed by a newline at top level.
    for part in script.split(";\n"):
        if part.strip():
            yield part.strip().rstrip(";")


def _ident(name: str) -> Any:
    from psycopg import sql

    return sql.Identifier(name)


def _literal(value: str) -> Any:
    from psycopg import sql

    return sql.Literal(value)


def _run(conn: psycopg.Connection[Any], statement: Any) -> None:
    conn.execute(statement)


def _value(conn: psycopg.Connection[Any], query: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(query, params).fetchone()
    return row[0] if row else None


def is_team_database(conn: psycopg.Connection[Any]) -> bool:
    row = conn.execute("SELECT to_regclass('dd_meta') IS NOT NULL").fetchone()
    return bool(row and row[0])


def create_schema(conn: psycopg.Connection[Any], programme_name: str) -> None:
    """Tables, functions, policies and group roles, in the caller's transaction."""
    from psycopg import sql

    database = str(_value(conn, "SELECT current_database()"))
    schema = str(_value(conn, "SELECT current_schema()"))
    if _value(
        conn,
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'p')",
    ):
        raise TeamError(
            Message("The server database {database} is not empty; a team starts on an empty "
                    "database (ask the embassy's database administrator for a new one).",
                    database=database)
        )  # fmt: skip
    for statement in _statements(_TABLES_SQL):
        conn.execute(statement)
    groups = {role: group_role(database, role) for role in ROLES}
    for name in groups.values():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        if not exists:
            _run(conn, sql.SQL("CREATE ROLE {} NOLOGIN").format(_ident(name)))
    functions = _FUNCTIONS_SQL.format(
        lead=sql.Literal(groups["lead"]).as_string(conn),
        coordinator=sql.Literal(groups["coordinator"]).as_string(conn),
        confidential=sql.Literal(CONFIDENTIAL).as_string(conn),
        schema=sql.Identifier(schema).as_string(conn),
    )
    for statement in _statements(functions):
        conn.execute(statement)
    everyone = sql.SQL(", ").join(_ident(groups[r]) for r in ROLES)
    writers = sql.SQL(", ").join(_ident(groups[r]) for r in WRITERS)
    _run(conn, sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(_ident(schema), everyone))
    _run(conn, sql.SQL("GRANT SELECT ON dd_meta, dd_members, dd_state, dd_log TO {}").format(
        everyone))  # fmt: skip
    _run(conn, sql.SQL("GRANT INSERT, UPDATE ON dd_state TO {}").format(writers))
    _run(conn, sql.SQL("GRANT INSERT ON dd_log TO {}").format(writers))
    _run(conn, sql.SQL("GRANT SELECT, INSERT ON dd_pushes TO {}").format(writers))
    _run(conn, sql.SQL("GRANT USAGE ON SEQUENCE dd_log_seq_seq TO {}").format(writers))
    _run(conn, sql.SQL("GRANT INSERT, UPDATE, DELETE ON dd_members TO {}").format(
        _ident(groups["lead"])))  # fmt: skip
    _run(conn, sql.SQL("GRANT {} TO CURRENT_USER").format(_ident(groups["lead"])))
    conn.execute(
        "INSERT INTO dd_meta (key, value) VALUES ('format', %s), ('programme', %s), "
        "('database', %s)",
        (str(SYNC_FORMAT), programme_name, database),
    )
    conn.execute("INSERT INTO dd_members (username, role) VALUES (current_user, 'lead')")


def handshake(conn: psycopg.Connection[Any], *, older: bool = False) -> int:
    """Check the team's data format against ours; returns the server's format.

    A server in a newer format is refused (this app would write what the
    others cannot read, or fail to read what they write): the person is told
    to upgrade, and nothing is sent.  A server in an older format is refused
    too (unless ``older``: the lead's upgrade): it lacks what this app shares
    beyond that format, and the others' older apps would not read it.
    """
    if not is_team_database(conn):
        raise TeamError(
            Message("The server database holds no team programme (run 'team create' on an "
                    "empty database first).")
        )  # fmt: skip
    row = conn.execute("SELECT value FROM dd_meta WHERE key = 'format'").fetchone()
    found = int(row[0]) if row else 0
    if found > SYNC_FORMAT:
        raise UpgradeRequired(
            Message("The team's programme is kept in a newer format ({found}) than this version "
                    "of Delegation Desk writes ({ours}). Update Delegation Desk, then sync; "
                    "nothing was sent or received, and your changes wait in this file.",
                    found=found, ours=SYNC_FORMAT)
        )  # fmt: skip
    if found < SYNC_FORMAT and not older:
        raise ServerOutdated(
            Message("The team's programme is kept in an older format ({found}) than this "
                    "version of Delegation Desk writes ({ours}), which shares more of the "
                    "programme. The team's lead upgrades it once with 'team upgrade' (every "
                    "member then needs this version); nothing was sent or received, and your "
                    "changes wait in this file.", found=found, ours=SYNC_FORMAT)
        )  # fmt: skip
    return found


def set_format(conn: psycopg.Connection[Any], value: int) -> None:
    """Record the format the team's data is now in (the lead's upgrade)."""
    import psycopg

    try:
        conn.execute("UPDATE dd_meta SET value = %s WHERE key = 'format'", (str(value),))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise TeamError(
            Message("Only the lead who created the team's programme may upgrade it (your "
                    "account may not change its format).")
        ) from exc  # fmt: skip


def my_role(conn: psycopg.Connection[Any]) -> str:
    """The team role of the connected user (the strongest one they hold)."""
    database = str(_value(conn, "SELECT current_database()"))
    for role in ROLES:
        held = conn.execute(
            "SELECT pg_has_role(current_user, %s, 'MEMBER')", (group_role(database, role),)
        ).fetchone()
        if held and held[0]:
            return role
    raise TeamError(
        Message("Your server account is not a member of this team; ask the lead to add you "
                "('team add-member').")
    )  # fmt: skip


def add_member(
    conn: psycopg.Connection[Any], user: str, role: str, password: str | None = None
) -> str:
    """Create (or re-role) ``user``'s login role; returns the password to pass on.

    Run by the lead, in the caller's transaction.  A new role gets ``password``
    or, without one, a random password that is returned once and never stored.
    """
    from psycopg import sql

    if role not in ROLES:
        raise TeamError(
            Message("{role} is not a team role (lead, coordinator, staff or printer).", role=role)
        )
    if not user or len(user) > 63 or not user.replace("_", "").replace("-", "").replace(
        ".", "").isalnum():  # fmt: skip
        raise TeamError(
            Message("{user!r} is not a usable account name: letters, digits, '.', '-' and '_', "
                    "at most 63 characters.", user=user)
        )  # fmt: skip
    if my_role(conn) != "lead":
        raise TeamError(Message("Only the team's lead may add members."))
    database = str(_value(conn, "SELECT current_database()"))
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,)).fetchone()
    given = password
    if not exists:
        given = password or secrets.token_urlsafe(18)
        _run(conn, sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            _ident(user), _literal(given)))  # fmt: skip
    elif password:
        _run(conn, sql.SQL("ALTER ROLE {} PASSWORD {}").format(_ident(user), _literal(password)))
    held = {
        r[0]
        for r in conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
            (user,),
        )
    }
    for other in ROLES:
        if group_role(database, other) in held:
            _run(conn, sql.SQL("REVOKE {} FROM {}").format(
                _ident(group_role(database, other)), _ident(user)))  # fmt: skip
    _run(conn, sql.SQL("GRANT {} TO {}").format(_ident(group_role(database, role)), _ident(user)))
    _run(conn, sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
        _ident(database), _ident(user)))  # fmt: skip
    conn.execute(
        "INSERT INTO dd_members (username, role) VALUES (%s, %s) "
        "ON CONFLICT (username) DO UPDATE SET role = excluded.role, added_at = now(), "
        "added_by = current_user",
        (user, role),
    )
    return given or ""
