"""Field-by-field merge of one laptop's change with the server's record (plain data).

The outbox holds every row-level change in order; :func:`compact` folds the
changes of one record into its net change (first old values, last new values,
the version the first one was based on): an event saved whole deletes and
re-inserts its attendees, which nets to nothing, or to a change of place.

:func:`merge` decides what a net change does to the server's current record:

* based on the server's current version: applied as it is;
* based on an older version: each field this laptop changed is applied when
  the server still holds the value this laptop started from, left alone when
  the server already holds the new value, and otherwise is a conflict for a
  person (the server keeps its value until they decide) — except the calendar
  SEQUENCE and the time of the last change (the later wins) and a record's
  place in its list (the server's stays);
* an edit of a record deleted meanwhile brings the record back and asks; a
  deletion of a record edited meanwhile keeps it and asks;
* a record put back by a laptop that had the deletion (an undo of it, its
  version the deletion's) simply comes back.

Nothing is ever overwritten silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from models import messages
from models.sync.tables import MERGE_MAX, MERGE_MIN, MERGE_SERVER, TYPED_POSITION, table

Op = Literal["I", "U", "D"]
Data = dict[str, Any]


@dataclass(frozen=True)
class OutboxRow:
    seq: int
    tbl: str
    key: str
    op: Op
    old: Data | None
    new: Data | None
    base: int | None
    author: str
    at: str


@dataclass(frozen=True)
class Change:
    """The net change of one record: ``old`` None for a new record, ``new`` None
    for a deleted one."""

    tbl: str
    key: str
    old: Data | None
    new: Data | None
    base: int | None
    author: str
    at: str

    @property
    def op(self) -> Op:
        if self.old is None:
            return "I"
        return "D" if self.new is None else "U"

    def changed_fields(self) -> tuple[str, ...]:
        """The fields this laptop changed (every field of a new record)."""
        if self.new is None:
            return ()
        if self.old is None:
            return tuple(self.new)
        return tuple(f for f in self.new if self.new.get(f) != self.old.get(f))

    def to_json(self) -> dict[str, Any]:
        return {
            "tbl": self.tbl,
            "key": self.key,
            "old": self.old,
            "new": self.new,
            "base": self.base,
            "author": self.author,
            "at": self.at,
        }

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> Change:
        return cls(
            tbl=value["tbl"],
            key=value["key"],
            old=value["old"],
            new=value["new"],
            base=value["base"],
            author=value["author"],
            at=value["at"],
        )


def outbox_row(values: tuple[Any, ...]) -> OutboxRow:
    seq, tbl, key, op, old, new, base, author, at = values
    return OutboxRow(
        seq=seq,
        tbl=tbl,
        key=key,
        op=op,
        old=json.loads(old) if old is not None else None,
        new=json.loads(new) if new is not None else None,
        base=base,
        author=author,
        at=at,
    )


def compact(rows: Iterable[OutboxRow]) -> list[Change]:
    """Net changes per record, in the order their records were first changed;
    records that end as they began are left out."""
    first: dict[tuple[str, str], OutboxRow] = {}
    last: dict[tuple[str, str], OutboxRow] = {}
    for row in rows:
        first.setdefault((row.tbl, row.key), row)
        last[(row.tbl, row.key)] = row
    changes = []
    for ident, start in first.items():
        end = last[ident]
        old, new = start.old, end.new
        if old is None and new is None:
            continue  # made and removed before anyone saw it
        if old is not None and new is not None and old == new:
            continue
        changes.append(Change(start.tbl, start.key, old, new, start.base, end.author, end.at))
    return changes


@dataclass(frozen=True)
class Current:
    """The server's record as the push found it."""

    data: Data
    version: int
    deleted: bool


@dataclass(frozen=True)
class Conflict:
    """A decision for a person.  ``kind``: ``field`` (the same field changed on
    both sides), ``edit-deleted`` (this laptop edited what another deleted: the
    record was kept) or ``delete-edited`` (this laptop deleted what another
    edited: the record was kept).  ``problems``: for a merge the domain's rules
    refuse, the rules' own messages (``label`` holds them in English, after its
    reason); kept as messages so that the window can say them in its language."""

    tbl: str
    key: str
    field: str
    kind: Literal["field", "edit-deleted", "delete-edited"]
    mine: Any
    theirs: Any
    mine_author: str = ""
    their_author: str = ""
    label: str = ""
    problems: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "tbl": self.tbl,
            "key": self.key,
            "field": self.field,
            "kind": self.kind,
            "mine": self.mine,
            "theirs": self.theirs,
            "mine_author": self.mine_author,
            "their_author": self.their_author,
            "label": self.label,
            "problems": [messages.to_json(p) for p in self.problems],
        }

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> Conflict:
        fields = {k: value[k] for k in cls.__dataclass_fields__ if k != "problems"}
        problems = tuple(messages.from_json(p) for p in value.get("problems") or ())
        return cls(**fields, problems=problems)


@dataclass
class Outcome:
    """What a change does on the server: the record's new data (``None``: not
    written), whether it is now deleted, the fields that changed and any
    conflicts."""

    data: Data | None
    deleted: bool
    changes: Data = field(default_factory=dict)
    old: Data = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def writes(self) -> bool:
        return self.data is not None


def _values_differ(a: Any, b: Any) -> bool:
    return bool(a != b)


def merge(change: Change, current: Current | None) -> Outcome:
    """The effect of ``change`` on the server's ``current`` record."""
    spec = table(change.tbl)
    if change.new is None:  # a deletion
        if current is None or current.deleted:
            return Outcome(None, deleted=True)
        if change.base == current.version:
            return Outcome(dict(current.data), deleted=True, old=dict(current.data))
        edited = change.old is None or any(
            _values_differ(current.data.get(f), change.old.get(f)) for f in spec.fields
        )
        if not edited:  # only the version moved (e.g. a merge that changed nothing here)
            return Outcome(dict(current.data), deleted=True, old=dict(current.data))
        return Outcome(
            None,
            deleted=False,
            conflicts=[
                Conflict(change.tbl, change.key, "", "delete-edited", "delete", "keep",
                         mine_author=change.author)
            ],
        )  # fmt: skip
    if current is None:
        return Outcome(dict(change.new), deleted=False, changes=dict(change.new))
    if current.deleted and change.old is None and change.base == current.version:
        # put back by a laptop that knew of the deletion (an undo of it): the record
        # returns as it was put back, nobody's change in between to ask about
        return Outcome(dict(change.new), deleted=False, changes=dict(change.new))
    if current.deleted:
        data = dict(current.data)
        changed = {f: change.new[f] for f in change.changed_fields()}
        data.update(changed)
        return Outcome(
            data,
            deleted=False,
            changes=changed,
            conflicts=[
                Conflict(change.tbl, change.key, "", "edit-deleted", "keep", "delete",
                         mine_author=change.author)
            ],
        )  # fmt: skip
    data = dict(current.data)
    applied: Data = {}
    old: Data = {}
    conflicts: list[Conflict] = []
    direct = change.base is not None and change.base == current.version
    started = change.old or {}
    for f in change.changed_fields():
        mine = change.new[f]
        theirs = current.data.get(f)
        if not _values_differ(theirs, mine):
            continue
        if direct or (change.old is not None and not _values_differ(theirs, started.get(f))):
            data[f], applied[f], old[f] = mine, mine, theirs
        elif f in MERGE_MAX or f in MERGE_MIN:
            pick = max if f in MERGE_MAX else min
            best = pick(mine, theirs) if mine is not None and theirs is not None else theirs
            if _values_differ(best, theirs):
                data[f], applied[f], old[f] = best, best, theirs
        elif (f in MERGE_SERVER and spec.name not in TYPED_POSITION) or f in spec.key:
            continue
        else:
            conflicts.append(
                Conflict(change.tbl, change.key, f, "field", mine, theirs,
                         mine_author=change.author)
            )  # fmt: skip
    if not applied:
        return Outcome(None, deleted=False, conflicts=conflicts)
    return Outcome(data, deleted=False, changes=applied, old=old, conflicts=conflicts)
