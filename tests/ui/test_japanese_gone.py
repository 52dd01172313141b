"""A record gone before the work on it ran (deleted in another window, by another program
or by the team's sync): the window says so by what it was, in Japanese, never with its
number; the command line keeps its English, the number included."""

from __future__ import annotations

import pytest

from models.errors import NotFound, ValidationError
from ui.core_text import validation_text
from ui.dialogs.errors import error_text


def gone(work) -> NotFound:
    with pytest.raises(NotFound) as caught:
        work()
    return caught.value


def test_an_export_for_an_event_deleted_meanwhile(sample_desk, japanese) -> None:
    from exports.protocol.badges import render_delegation_badges
    from exports.protocol.cards import render_name_cards

    event = sample_desk.events()[0]
    sample_desk.delete_event(event.id)
    programme = sample_desk.programme()
    error = gone(lambda: render_name_cards(programme, event.id))
    assert error.user_message == f"There is no event with id {event.id}."
    assert error_text(error) == (
        "この行事はもうありません。別のウィンドウか別のプログラムで削除されました。"
    )
    delegation = sample_desk.delegations()[0]
    sample_desk.store.delete_delegation(delegation.id)
    error = gone(lambda: render_delegation_badges(sample_desk.programme(), delegation.id, {}))
    assert error.user_message == f"There is no delegation with id {delegation.id}."
    assert str(delegation.id) not in error_text(error)
    assert "代表団" in error_text(error)


def test_a_seating_plan_or_seat_gone_meanwhile(sample_desk, japanese) -> None:
    from models.protocol.service import ProtocolDesk

    core = ProtocolDesk(sample_desk)
    event = sample_desk.events()[0]
    _, plan = core.generate_seating(event.id)
    person = next(s.person_id for s in plan.seats if s.person_id is not None)
    core.restore_seating(event.id, None)  # the plan deleted elsewhere
    error = gone(lambda: core.move_seat(event.id, person, plan.seats[0].key))
    assert error.user_message == f"“{event.title}” has no seating plan yet."
    assert error_text(error) == (
        "選択した項目はもうありません。別のウィンドウか別のプログラムで削除されました。"
    )
    core.generate_seating(event.id)
    with pytest.raises(ValidationError) as caught:
        core.move_seat(event.id, person, "Z99")
    assert caught.value.problems == ("The plan has no seat Z99.",)
    assert validation_text(caught.value) == "席次表に席 Z99 がありません。"
