"""Figures of team work: joining a programme and a sync of 1,000 changes each way.

Both run against a PostgreSQL server started for the run on 127.0.0.1 (the
one the tests use, :mod:`tests.pgserver`); without PostgreSQL installed the
figures are "not available".

* **team join**: ``models.sync.engine.join`` of the size's whole programme
  into a new file, beside the floor: a bare ``COPY`` of the same rows out of
  the server, written with one ``executemany`` into a bare SQLite table.
* **team sync**: one ``sync`` that sends 1,000 changed people and receives
  1,000 another laptop changed, beside the floor: the same 1,000 records sent
  whole with a bare ``executemany`` of updates into a PostgreSQL table, the
  1,000 others fetched whole with one ``SELECT``, and written with one
  ``executemany`` into a bare table of the people's columns in a local file.
"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.harness import Figure, Target, Unavailable, best_of, guarded

TARGETS = {"join": Target(ratio=3.0), "sync": Target(ratio=5.0)}

_names = itertools.count(1)


@contextmanager
def _server(workdir: Path) -> Iterator[Any]:
    import os

    try:
        from tests.pgserver import PgServer, bindir
    except ImportError as exc:
        raise Unavailable(f"the test server helper is missing ({exc})") from exc
    if bindir() is None:
        raise Unavailable("PostgreSQL is not installed")
    server = PgServer().start()
    before = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(server.passfile)
    try:
        yield server
    finally:
        if before is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = before
        server.stop()


def _team(server: Any, source: Path, workdir: Path) -> tuple[str, Path]:
    """A copy of ``source`` made the programme of a new team; its URL and the lead's file."""
    from models.store import Store
    from models.sync import engine

    lead = workdir / f"team-lead-{next(_names)}.db"
    for suffix in ("", "-wal", "-shm"):
        lead.with_name(lead.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, lead)
    url = server.create_database(f"bench{next(_names)}")
    store = Store.open(lead)
    try:
        engine.create(store.conn, url)
    finally:
        store.close()
    return url, lead


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return path


def _by_identity(store: Any) -> list[int]:
    """The local ids of the people in a team's file, in the order of their global identities."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT p.id FROM people p JOIN sync_ids s ON s.tbl = 'people' AND s.local_id = p.id "
            "ORDER BY s.gid"
        )
    ]


def join_figure(size: str, db: Path, workdir: Path, repeat: int) -> Figure:
    figure = Figure("team join (whole programme)", size, "", "s",
                    baseline_name="a bare COPY of the same rows out of the server, written "
                    "with one executemany into a bare SQLite table")  # fmt: skip

    def measure(f: Figure) -> None:
        import psycopg

        from models.store import Store
        from models.sync import engine

        with _server(workdir) as server:
            url, _ = _team(server, db, workdir)
            target = workdir / "team-join.db"
            joined: list[int] = []

            def app() -> None:
                store = Store.open(_fresh(target))
                try:
                    joined.append(engine.join(store.conn, url).records)
                finally:
                    store.close()

            def bare() -> None:
                conn = sqlite3.connect(_fresh(workdir / "team-bare.db"))
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("CREATE TABLE records (tbl TEXT, key TEXT, data TEXT)")
                with psycopg.connect(url) as pg, pg.cursor() as cur:
                    rows = []
                    with cur.copy(
                        "COPY (SELECT tbl, key, data FROM dd_state WHERE NOT deleted) TO STDOUT"
                    ) as copy:
                        rows = list(copy.rows())
                with conn:
                    conn.executemany("INSERT INTO records VALUES (?, ?, ?)", rows)
                conn.close()

            f.value = best_of(repeat, app)
            f.baseline = best_of(repeat, bare)
            f.work = f"{joined[-1]:,} records from a loopback server"

    return guarded(figure, TARGETS["join"], measure)


def sync_figure(size: str, db: Path, workdir: Path, repeat: int) -> Figure:
    figure = Figure(
        "team sync, 1,000 changes each way", size, "", "s",
        baseline_name="the same records sent whole with a bare executemany into a PostgreSQL "
        "table, the others fetched whole with one SELECT and written with one executemany "
        "into a local file",
    )  # fmt: skip

    def measure(f: Figure) -> None:
        import psycopg
        from psycopg.types.json import Jsonb

        from models.store import Store
        from models.sync import engine
        from models.sync.tables import table

        with _server(workdir) as server:
            url, lead_path = _team(server, db, workdir)
            other_path = _fresh(workdir / "team-other.db")
            lead, other = Store.open(lead_path), Store.open(other_path)
            try:
                engine.join(other.conn, url)
                # Different people on each side (ordered by global identity: local ids
                # differ between laptops), so nothing conflicts.
                people = _by_identity(lead)
                k = min(1_000, len(people) // 2)
                mine, theirs = people[:k], _by_identity(other)[-k:]
                f.work = f"{k:,} sent, {k:,} received"
                rounds = itertools.count(1)

                def edit(store: Store, ids: list[int], text: str) -> None:
                    with store.atomic():
                        store.conn.executemany(
                            "UPDATE people SET notes = ? WHERE id = ?",
                            [(f"{text} {n}", pid) for n, pid in enumerate(ids)],
                        )

                def prepare() -> None:
                    n = next(rounds)
                    edit(other, theirs, f"theirs {n}")
                    engine.sync(other.conn)
                    edit(lead, mine, f"mine {n}")

                def app() -> None:
                    engine.sync(lead.conn)

                times = []
                for _ in range(repeat):
                    prepare()
                    times.append(best_of(1, app))
                f.value = min(times)

                # The floor sends the same 1,000 records whole and fetches the 1,000 others
                # changed, whole, as the app does; it writes them into a bare table of the
                # people's columns (no index but its key, no trigger).
                columns = table("people").columns
                bare_pg = psycopg.connect(url, autocommit=True)
                bare_pg.execute("CREATE TABLE bare_state (key text PRIMARY KEY, data jsonb)")
                bare_pg.execute(
                    "INSERT INTO bare_state SELECT key, data FROM dd_state WHERE tbl = 'people'"
                )
                bare_pg.execute("ANALYZE bare_state")
                held = bare_pg.execute("SELECT key, data FROM bare_state ORDER BY key").fetchall()
                sent, received = held[:k], [key for key, _ in held[-k:]]
                bare_sqlite = sqlite3.connect(_fresh(workdir / "team-bare-sync.db"))
                bare_sqlite.execute(
                    f"CREATE TABLE people (id INTEGER PRIMARY KEY, {', '.join(columns)})"
                )
                with bare_sqlite:
                    bare_sqlite.executemany(
                        "INSERT INTO people (id) VALUES (?)", [(i,) for i in range(1, k + 1)]
                    )
                ids = {key: n for n, key in enumerate(received, start=1)}
                update = f"UPDATE people SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"
                bare_rounds = itertools.count(1)

                def bare() -> None:
                    n = next(bare_rounds)
                    with bare_pg.transaction(), bare_pg.cursor() as cur:
                        cur.executemany(
                            "UPDATE bare_state SET data = %s WHERE key = %s",
                            [(Jsonb({**data, "notes": f"bare {n} {i}"}), key)
                             for i, (key, data) in enumerate(sent)],
                        )  # fmt: skip
                    got = bare_pg.execute(
                        "SELECT key, data FROM bare_state WHERE key = ANY(%s)", (received,)
                    ).fetchall()
                    with bare_sqlite:
                        bare_sqlite.executemany(
                            update, [(*(d.get(c) for c in columns), ids[key]) for key, d in got]
                        )

                f.baseline = best_of(repeat, bare)
                bare_pg.close()
                bare_sqlite.close()
            finally:
                lead.close()
                other.close()

    return guarded(figure, TARGETS["sync"], measure)
