"""What the rank-table and vehicle windows are told when the core refuses: the same
English as before on the command line, and messages the window writes in Japanese
(from the committed catalogue, no Qt needed)."""

from __future__ import annotations

import re

import pytest

from models.entities import EventKind
from models.errors import ValidationError
from models.messages import Message
from models.protocol.entities import RankRow, RankTable, Vehicle
from models.protocol.service import ProtocolDesk
from models.sample import load_sample
from models.services import Desk
from tests.unit.test_time_messages import catalogue


def japanese(text: str) -> str:
    ja = catalogue()
    assert isinstance(text, Message), text
    return text.text("ja", lambda key: ja[key])


def refused(call) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def no_english(text: str, *data: str) -> None:
    for word in data:
        text = text.replace(word, " ")
    assert not re.search(r"[A-Za-z]{2,}", text), text


def test_a_rank_table_refused_in_english_and_in_japanese(desk: Desk) -> None:
    core = ProtocolDesk(desk)
    error = refused(lambda: core.save_rank_table(RankTable(None, ())))
    assert error.user_message == (
        "The rank table cannot be saved:\n  • A rank table needs at least one rank."
    )
    error = refused(
        lambda: core.save_rank_table(RankTable(None, (RankRow("Minister", ()), RankRow(" ", ()))))
    )
    assert list(error.problems) == ["Rank 2 has no name."]
    assert japanese(error.problems[0]) == "序列2に名称がありません。"
    assert japanese(error.head()) == "序列表を保存できません:"


def test_vehicles_refused_in_english_and_in_japanese(desk: Desk) -> None:
    load_sample(desk)
    core = ProtocolDesk(desk)
    visit = next(e for e in desk.events() if e.kind is EventKind.SITE_VISIT)
    leg = visit.legs[0]
    riders = leg.passenger_ids
    people = {p.id: p for p in desk.people()}
    error = refused(lambda: core.set_vehicles(visit.id, leg.id, [
        Vehicle(kind="Sedan", plate="DL 1", seats=1, passenger_ids=riders[:2]),
        Vehicle(seats=0),
        Vehicle(plate="DL 2", seats=3, passenger_ids=riders[:1]),
    ]))  # fmt: skip
    first = people[riders[0]]
    english_name = first.display_name or first.family_name
    if first.name_japanese:
        english_name += f" ({first.name_japanese})"
    assert list(error.problems) == [
        "DL 1: 2 passengers for 1 seats.",
        "vehicle 2: a vehicle needs at least 1 passenger seat.",
        f"In two vehicles on the same leg: {english_name}.",
    ]
    assert error.head() == "The vehicles cannot be saved:"
    said = [japanese(p) for p in error.problems]
    assert said[:2] == [
        "DL 1：座席1席に対して乗客が2名います。",
        "車両2：車両には乗客用の座席が1席以上必要です。",
    ]
    assert said[2].startswith("同じ区間で2台の車両に割り当てられている人がいます：")
    if first.name_japanese:
        assert first.name_japanese in said[2]
    no_english(said[2], first.family_name, first.given_name)
    assert japanese(error.head()) == "車両を保存できません:"

    core.set_vehicles(visit.id, leg.id, [])
    error = refused(lambda: core.assign_passengers(visit.id, leg.id))
    route = f"{leg.origin} → {leg.destination}"
    assert list(error.problems) == [f"The leg {route} has no vehicles."]
    assert japanese(error.problems[0]) == f"区間 {route} に車両がありません。"
