"""Three laptops, one server: random edits, offline spells and kill -9 mid-sync.

Afterwards every laptop holds the same programme (every synced table compared —
the scheduler's and the protocol's too: requests, locks, check-ins, ranks, seating,
gifts —, local ids replaced by global identities) and every edit made is either in the
programme, superseded by an edit of someone who had seen it, or listed as a
conflict — none is lost.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from models.entities import Person, Role
from models.protocol.precedence import attending
from models.protocol.service import ProtocolDesk
from models.sample import load_sample
from models.services import Desk
from models.store import Store
from models.sync import engine, local
from models.sync.connect import Offline
from tests.pgserver import PgServer
from tests.sync.test_team_cli import programme_rows

ROOT = Path(__file__).resolve().parents[2]

#: Where a child process kills itself (SIGKILL) in the middle of a sync.
CRASH_POINTS = ("after-batch-noted", "after-server-commit", "after-pull-read", "mid-apply")

_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from models.store import Store
    from models.sync import engine, local, remote

    point = {point!r}
    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    if point == "after-batch-noted":
        original_push = remote.push
        remote.push = lambda *a, **k: die()
    elif point == "after-server-commit":
        original_push = remote.push
        def push(*a, **k):
            original_push(*a, **k)
            die()
        remote.push = push
    elif point == "after-pull-read":
        original = remote.changed_since
        def changed_since(*a, **k):
            original(*a, **k)
            die()
        remote.changed_since = changed_since
    elif point == "mid-apply":
        original_upsert = local.Applier.upsert
        count = [0]
        def upsert(self, record, *rest):
            original_upsert(self, record, *rest)
            count[0] += 1
            if count[0] == 1:
                die()
        local.Applier.upsert = upsert
    store = Store.open({db!r})
    engine.sync(store.conn)
    """
)


@dataclass
class Laptop:
    name: str
    path: Path
    desk: Desk
    offline: bool = False


@dataclass
class Ledger:
    """Every value typed by someone, and every value someone saw before replacing it."""

    typed: list[tuple[str, str, str]] = field(default_factory=list)  # (uid/email, field, value)
    seen: set[str] = field(default_factory=set)


def crash_sync(laptop: Laptop, point: str) -> bool:
    """Sync in a child process that kills itself at ``point``; False when the sync
    never got there (nothing to send or to receive)."""
    laptop.desk.close()
    script = _CHILD.format(root=str(ROOT), point=point, db=str(laptop.path))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert result.returncode in (0, -signal.SIGKILL), result.stderr.decode()
    laptop.desk = Desk(Store.open(laptop.path))
    return result.returncode == -signal.SIGKILL


def killed_cli_sync(laptop: Laptop, rng: random.Random) -> None:
    """The real command, killed with SIGKILL at a random moment (or finishing first)."""
    laptop.desk.close()
    process = subprocess.Popen(
        [sys.executable, "main.py", "sync", "--db", str(laptop.path)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(rng.uniform(0.05, 0.9))
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=120)
    laptop.desk = Desk(Store.open(laptop.path))


def sync(laptop: Laptop) -> None:
    if laptop.offline:
        with pytest.raises(Offline):
            engine.sync(laptop.desk.store.conn)
        return
    engine.sync(laptop.desk.store.conn)


def edit_requests_or_protocol(desk: Desk, rng: random.Random, token: str) -> None:
    """An edit of the scheduler's or the protocol's records."""
    store = desk.store
    choice = rng.random()
    events = [e for e in desk.events()[:12] if e.id is not None]
    if choice < 0.25:
        request = rng.choice(store.meeting_requests()[:20])
        store.update_meeting_request(replace(request, notes=token))
    elif choice < 0.4:
        event = rng.choice(events)
        store.set_event_locked(event.id or 0, (event.id or 0) not in store.locked_event_ids())
    elif choice < 0.6:
        event = rng.choice([e for e in events if attending(e)] or events)
        if attending(event):
            ProtocolDesk(desk).check_in_person(event.id or 0, rng.choice(attending(event)))
    elif choice < 0.75:
        person = rng.choice(desk.people()[:30])
        store.set_explicit_rank(person.id or 0, rng.choice((None, 1, 2, 3, 4)))
    elif choice < 0.9:
        event = rng.choice([e for e in events if len(attending(e)) >= 2] or events)
        if len(attending(event)) >= 2:
            ProtocolDesk(desk).generate_seating(event.id or 0)
    else:
        gifts = store.gifts()
        if gifts:
            gift = rng.choice(gifts)
            store.save_gift(replace(gift, notes=token))


def edit(laptop: Laptop, rng: random.Random, ledger: Ledger, n: int) -> None:
    desk = laptop.desk
    token = f"{laptop.name}-{n}"
    if rng.random() < 0.2:
        edit_requests_or_protocol(desk, rng, token)
        return
    choice = rng.random()
    if choice < 0.35:
        person = rng.choice(desk.people()[:25])
        name = rng.choice(("notes", "phone", "position"))
        ledger.seen.add(getattr(person, name))
        desk.save_person(replace(person, **{name: token}))
        ledger.typed.append((person.email, name, token))
    elif choice < 0.6:
        event = rng.choice(desk.events()[:12])
        name = rng.choice(("title", "notes", "meeting_point"))
        ledger.seen.add(getattr(event, name))
        desk.save_event(replace(event, **{name: token}))
        ledger.typed.append((event.uid, name, token))
    elif choice < 0.75:
        event = rng.choice(desk.events()[:12])
        people = [p.id for p in desk.people()[:40] if p.id is not None]
        present = {p.person_id for p in event.participations}
        newcomers = [p for p in people if p not in present]
        if newcomers and event.id is not None:
            desk.add_participants(event.id, [rng.choice(newcomers)], Role.ATTENDEE)
    elif choice < 0.85:
        event = rng.choice(desk.events()[:12])
        if event.participations and event.id is not None:
            desk.remove_participant(event.id, rng.choice(event.participations).person_id)
    elif choice < 0.95:
        desk.save_person(Person(family_name="Newcomer", given_name=token,
                                email=f"{token}@example.org"))  # fmt: skip
    else:
        made = [p for p in desk.people() if p.family_name == "Newcomer" and p.id is not None]
        if made:
            victim = rng.choice(made)
            ledger.seen.update((victim.notes, victim.phone, victim.position))
            desk.delete_person(victim.id or 0, force=True)


def all_conflict_values(laptops: list[Laptop]) -> set[str]:
    values: set[str] = set()
    for laptop in laptops:
        for c in local.conflicts(laptop.desk.store.conn):
            values.update(v for v in (c.conflict.mine, c.conflict.theirs) if isinstance(v, str))
    return values


@pytest.mark.slow
@pytest.mark.parametrize("seed", [7, 2026])
def test_three_laptops_end_in_step_and_lose_nothing(
    pg: PgServer, team_db: str, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    lead_path = tmp_path / "lead.db"
    lead = Desk(Store.open(lead_path))
    load_sample(lead)
    engine.create(lead.store.conn, team_db)
    database = team_db.rsplit("/", 1)[1]
    laptops = [Laptop("lead", lead_path, lead)]
    for name in ("anika", "kenji"):
        user = f"{name}_{database}"
        password = engine.add_member(lead.store.conn, user, "coordinator", None)
        pg.add_password(user, password)
        path = tmp_path / f"{name}.db"
        desk = Desk(Store.open(path))
        engine.join(desk.store.conn, pg.url(user, database))
        laptops.append(Laptop(name, path, desk))
    real_servers = {laptop.name: settings.server for laptop in laptops
                    if (settings := local.settings(laptop.desk.store.conn))}  # fmt: skip
    ledger = Ledger()
    crashes = list(CRASH_POINTS)
    killed: list[str] = []
    for n in range(80):
        laptop = rng.choice(laptops)
        roll = rng.random()
        if roll < 0.6:
            edit(laptop, rng, ledger, n)
        elif roll < 0.75:
            sync(laptop)
        elif roll < 0.85:
            laptop.offline = not laptop.offline
            server = (
                "postgresql://nobody@127.0.0.1:1/offline"
                if laptop.offline
                else real_servers[laptop.name]
            )
            conn = laptop.desk.store.conn
            with local.write(conn):
                conn.execute("UPDATE sync_local SET server = ?", (server,))
        elif not laptop.offline:
            edit(laptop, rng, ledger, n)
            if crashes:
                point = crashes[rng.randrange(len(crashes))]
                if crash_sync(laptop, point):
                    crashes.remove(point)
                    killed.append(point)
            else:
                killed_cli_sync(laptop, rng)
    assert len(killed) >= 2, killed
    for laptop in laptops:  # everyone back online
        if laptop.offline:
            laptop.offline = False
            conn = laptop.desk.store.conn
            with local.write(conn):
                conn.execute("UPDATE sync_local SET server = ?", (real_servers[laptop.name],))
    for _ in range(2):
        for laptop in laptops:
            engine.sync(laptop.desk.store.conn)
    for laptop in laptops:
        assert engine.status(laptop.desk.store.conn, ask_server=False).waiting == 0
    first = programme_rows(laptops[0].path)
    for laptop in laptops[1:]:
        assert programme_rows(laptop.path) == first, laptop.name
    # No edit lost: each typed value is in the programme, was seen and replaced, or is a
    # conflict waiting for a person.
    final = laptops[0].desk
    people = {p.email: p for p in final.people()}
    events = {e.uid: e for e in final.events()}
    conflicted = all_conflict_values(laptops)
    for ident, name, value in ledger.typed:
        record = people.get(ident) or events.get(ident)
        current = getattr(record, name) if record is not None else None
        assert current == value or value in ledger.seen or value in conflicted, (
            ident,
            name,
            value,
        )
    for laptop in laptops:
        laptop.desk.close()
