"""The merge rules on plain data: compaction of the outbox and field-by-field merge."""

from __future__ import annotations

from models.sync.merge import Change, Current, OutboxRow, compact, merge

BASE = {"title": "Cell production", "notes": "", "sequence": 0,
        "updated_at": "2026-11-30T10:00:00Z"}  # fmt: skip


def change(old: dict | None, new: dict | None, base: int | None = 1) -> Change:
    return Change("events", "e-1", old, new, base, "anika", "2026-11-30T11:00:00Z")


def test_compaction_nets_a_delete_and_insert_of_the_same_record_to_nothing() -> None:
    link = {"event_id": "e", "person_id": "p", "position": 0, "role": "attendee",
            "reply": "accepted"}  # fmt: skip
    rows = [
        OutboxRow(1, "participations", "e:p", "D", link, None, 3, "a", "t"),
        OutboxRow(2, "participations", "e:p", "I", None, link, 3, "a", "t"),
        OutboxRow(3, "people", "p2", "I", None, {"family_name": "Iyer"}, None, "a", "t"),
        OutboxRow(4, "people", "p2", "D", {"family_name": "Iyer"}, None, None, "a", "t"),
    ]
    assert compact(rows) == []


def test_compaction_keeps_the_first_base_and_old_values_and_the_last_new_ones() -> None:
    rows = [
        OutboxRow(1, "events", "e-1", "U", BASE, {**BASE, "title": "A"}, 4, "anika", "t1"),
        OutboxRow(2, "events", "e-1", "U", {**BASE, "title": "A"}, {**BASE, "title": "B"}, 5,
                  "anika", "t2"),
    ]  # fmt: skip
    (net,) = compact(rows)
    assert net.base == 4 and net.old == BASE and net.new == {**BASE, "title": "B"}
    assert net.changed_fields() == ("title",)


def test_on_the_current_version_a_change_applies_as_it_is() -> None:
    out = merge(change(BASE, {**BASE, "title": "New"}), Current(BASE, 1, False))
    assert out.data == {**BASE, "title": "New"} and not out.conflicts


def test_different_fields_merge_and_the_same_field_is_a_conflict() -> None:
    server = {**BASE, "notes": "theirs", "title": "Their title"}
    mine = {**BASE, "notes": "mine", "sequence": 0}
    out = merge(change(BASE, {**mine, "title": "Cell production"}), Current(server, 3, False))
    assert out.data is None  # nothing of mine could be applied
    (conflict,) = out.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == ("notes", "mine", "theirs")
    out = merge(change(BASE, {**BASE, "sequence": 1}), Current(server, 3, False))
    assert out.data == {**server, "sequence": 1} and not out.conflicts


def test_the_later_sequence_and_change_time_win_without_asking() -> None:
    server = {**BASE, "sequence": 2, "updated_at": "2026-11-30T12:00:00Z"}
    mine = {**BASE, "sequence": 1, "updated_at": "2026-11-30T13:00:00Z", "notes": "x"}
    out = merge(change(BASE, mine), Current(server, 5, False))
    assert not out.conflicts
    assert out.data == {**server, "updated_at": "2026-11-30T13:00:00Z", "notes": "x"}


def test_edit_against_delete_and_delete_against_edit_keep_the_record_and_ask() -> None:
    edited = merge(change(BASE, {**BASE, "notes": "more"}), Current(BASE, 2, True))
    assert edited.data == {**BASE, "notes": "more"} and not edited.deleted
    assert [c.kind for c in edited.conflicts] == ["edit-deleted"]
    deleted = merge(change(BASE, None), Current({**BASE, "notes": "theirs"}, 2, False))
    assert deleted.data is None and not deleted.deleted
    assert [c.kind for c in deleted.conflicts] == ["delete-edited"]
    plain = merge(change(BASE, None, base=2), Current(BASE, 2, False))
    assert plain.deleted and not plain.conflicts


def test_a_persons_title_changed_on_both_sides_is_a_conflict_not_a_place_in_a_list() -> None:
    person = {"family_name": "Bhatia", "position": "Close-Protection Officer"}
    mine = Change("people", "p-1", person, {**person, "position": "Head of Security"}, 1,
                  "kenji", "t")  # fmt: skip
    out = merge(mine, Current({**person, "position": "Security Adviser"}, 2, False))
    assert out.data is None
    (conflict,) = out.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "position", "Head of Security", "Security Adviser"
    )  # fmt: skip
    # an attendee's place in the list still keeps the server's
    link = {"event_id": "e", "person_id": "p", "position": 0}
    moved = Change("participations", "e:p", link, {**link, "position": 3}, 1, "kenji", "t")
    assert merge(moved, Current({**link, "position": 5}, 2, False)).conflicts == []


def test_two_arrivals_of_one_person_keep_the_earlier() -> None:
    first = {"event_id": "e", "person_id": "p", "arrived_at": "2026-12-01T03:40:00Z"}
    later = Change("checkins", "e:p", None, {**first, "arrived_at": "2026-12-01T03:45:00Z"},
                   None, "kenji", "t")  # fmt: skip
    assert merge(later, Current(first, 1, False)).data is None  # the server's stands
    earlier = Change("checkins", "e:p", None, first, None, "kenji", "t")
    out = merge(earlier, Current({**first, "arrived_at": "2026-12-01T03:45:00Z"}, 1, False))
    assert out.data == first and not out.conflicts
