"""A rank table saved whole (the ranks editor, ``ranks --row``) reaches the other laptops as
the ranks it changed: a rank row is its place in its table, a new rank is a new record that
never takes the identity of one deleted before, and a deleted rank stays deleted on the
team (a real PostgreSQL on 127.0.0.1; the files read with sqlite3)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg

from models.protocol.entities import RankRow, RankTable
from models.protocol.service import ProtocolDesk
from models.sync import engine
from tests.sync.test_shared_protocol import open_desk, sync
from tests.sync.test_team_cli import programme_rows

Ranks = list[tuple[str, str]]


def ranks(path: Path) -> dict[str, Ranks]:
    """Each delegation's rank table in a file, by the delegation's name: (label, keywords)
    from the most senior down."""
    conn = sqlite3.connect(path)
    try:
        found: dict[str, Ranks] = {}
        for name, label, keywords in conn.execute(
            "SELECT d.name, r.label, r.keywords FROM rank_rows r "
            "JOIN delegations d ON d.id = r.delegation_id ORDER BY d.name, r.position, r.id"
        ):
            found.setdefault(name, []).append((label, keywords))
        return found
    finally:
        conn.close()


def identities(path: Path, delegation: str) -> list[str]:
    """The global identities of a delegation's rank rows in a file, most senior first."""
    conn = sqlite3.connect(path)
    try:
        return [
            gid
            for (gid,) in conn.execute(
                "SELECT s.gid FROM rank_rows r JOIN delegations d ON d.id = r.delegation_id "
                "JOIN sync_ids s ON s.tbl = 'rank_rows' AND s.local_id = r.id AND s.alive = 1 "
                "WHERE d.name = ? ORDER BY r.position, r.id",
                (delegation,),
            )
        ]
    finally:
        conn.close()


def on_server(team_db: str) -> dict[str, tuple[bool, str]]:
    """Every rank row the team holds: key → (deleted, label)."""
    with psycopg.connect(team_db) as pg:
        return {
            key: (deleted, label)
            for key, deleted, label in pg.execute(
                "SELECT key, deleted, data ->> 'label' FROM dd_state WHERE tbl = 'rank_rows'"
            )
        }


def save(path: Path, delegation: str, rows: list[tuple[str, tuple[str, ...]]] | None) -> None:
    """Save (None: delete) a delegation's rank table on a laptop, as the ranks editor does."""
    desk = open_desk(path)
    try:
        found = next(d for d in desk.delegations() if d.name == delegation)
        table = None
        if rows is not None:
            table = RankTable(found.id, tuple(RankRow(label, words) for label, words in rows))
        ProtocolDesk(desk).restore_rank_table(found.id, table)
    finally:
        desk.close()


def delegation_names(path: Path) -> list[str]:
    desk = open_desk(path)
    try:
        return sorted(d.name for d in desk.delegations())
    finally:
        desk.close()


MINISTER = ("Minister", ("minister",))
AMBASSADOR = ("Ambassador", ("ambassador",))
COUNSELLOR = ("Counsellor", ("counsellor",))


def test_a_rank_table_saved_anew_sends_new_ranks_as_new_records(
    team: tuple[Path, Path, str],
) -> None:
    lead, other, team_db = team
    first, second = delegation_names(lead)[:2]
    save(lead, first, [MINISTER, AMBASSADOR, COUNSELLOR])
    assert sync(lead).in_step
    assert sync(other).in_step
    old = identities(lead, first)
    assert identities(other, first) == old and len(old) == 3

    # one rank renamed, the last one dropped: the same two rows, the third deleted
    save(lead, first, [("Minister of State", ("minister of state", "minister")), AMBASSADOR])
    assert sync(lead).in_step
    assert sync(other).in_step
    assert ranks(other)[first] == [("Minister of State", "minister of state\nminister"),
                                   ("Ambassador", "ambassador")]  # fmt: skip
    assert identities(other, first) == old[:2]
    assert on_server(team_db)[old[2]] == (True, "Counsellor")

    # the table deleted, then another delegation's made: its ranks are new records, and
    # the deleted ones stay deleted, as they were, on the team and on the other laptop
    save(lead, first, None)
    assert sync(lead).in_step
    save(lead, second, [("Chief Executive", ("chief executive", "ceo")), COUNSELLOR])
    report = sync(lead)
    assert report.in_step and not report.conflicts
    assert sync(other).in_step
    new = identities(lead, second)
    assert len(new) == 2 and not set(new) & set(old)
    assert identities(other, second) == new
    assert ranks(other) == {
        second: [("Chief Executive", "chief executive\nceo"), ("Counsellor", "counsellor")]
    }
    held = on_server(team_db)
    assert {k: held[k] for k in old} == {
        old[0]: (True, "Minister of State"),
        old[1]: (True, "Ambassador"),
        old[2]: (True, "Counsellor"),
    }
    assert {k: held[k] for k in new} == {
        new[0]: (False, "Chief Executive"),
        new[1]: (False, "Counsellor"),
    }
    assert programme_rows(lead) == programme_rows(other)


def test_two_laptops_editing_different_ranks_of_one_table_keep_both_edits(
    team: tuple[Path, Path, str],
) -> None:
    lead, other, _ = team
    first, second = delegation_names(lead)[:2]
    save(lead, first, [MINISTER, AMBASSADOR, COUNSELLOR])
    save(lead, second, [AMBASSADOR])  # the first table's rows are not the newest
    assert sync(lead).in_step
    assert sync(other).in_step

    # offline, each laptop saves the whole table with one rank changed
    save(lead, first, [("Minister of State", ("minister",)), AMBASSADOR, COUNSELLOR])
    save(other, first, [MINISTER, AMBASSADOR, ("Counsellor", ("counsellor", "first secretary"))])
    assert sync(lead).in_step
    assert sync(other).in_step
    assert sync(lead).in_step
    both = [("Minister of State", "minister"), ("Ambassador", "ambassador"),
            ("Counsellor", "counsellor\nfirst secretary")]  # fmt: skip
    assert ranks(lead)[first] == both
    assert ranks(other)[first] == both
    assert programme_rows(lead) == programme_rows(other)


def test_the_same_rank_changed_on_two_laptops_is_a_conflict(
    team: tuple[Path, Path, str],
) -> None:
    lead, other, _ = team
    first = delegation_names(lead)[0]
    save(lead, first, [MINISTER, AMBASSADOR])
    assert sync(lead).in_step
    assert sync(other).in_step
    save(lead, first, [("Minister of State", ("minister",)), AMBASSADOR])
    save(other, first, [("State Minister", ("minister",)), AMBASSADOR])
    assert sync(lead).in_step
    report = sync(other)
    (conflict,) = report.conflicts
    assert (conflict.conflict.tbl, conflict.conflict.field) == ("rank_rows", "label")
    assert (conflict.conflict.mine, conflict.conflict.theirs) == (
        "State Minister", "Minister of State"
    )  # fmt: skip
    # the team's value stays until someone decides; keeping mine reaches the lead
    assert [label for label, _ in ranks(other)[first]] == ["Minister of State", "Ambassador"]
    desk = open_desk(other)
    try:
        engine.resolve(desk.store.conn, conflict.id, "mine")
    finally:
        desk.close()
    assert sync(other).in_step
    assert sync(lead).in_step
    assert [label for label, _ in ranks(lead)[first]] == ["State Minister", "Ambassador"]
