"""A typed time that cannot be read: the same English as ever on the command line,
and a message the window writes in Japanese, naming the field, with an example the
fields accept (read from the committed catalogue, no Qt needed)."""

from __future__ import annotations

import pickle
import re
import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path

import pytest

from models import time_fields
from models.errors import ValidationError
from models.messages import Message
from models.timezones import parse_local, parse_on_day

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "delegation_desk_ja.ts"


def catalogue() -> dict[str, str]:
    """The Japanese of the core's messages (context ``Core``) in the committed catalogue."""
    root = ElementTree.parse(TS).getroot()
    (core,) = [c for c in root.iter("context") if c.findtext("name") == "Core"]
    messages = core.iter("message")
    return {m.findtext("source") or "": m.findtext("translation") or "" for m in messages}


def problem(text: str, zone: str = "Asia/Kolkata", what: str = "start", day: date | None = None):
    with pytest.raises(ValidationError) as caught:
        parse_on_day(text, zone, day, what)
    (found,) = caught.value.problems
    assert isinstance(found, Message)
    return found


#: (typed, zone, the day of a bare "10:00", English as the command line has always said it)
ENGLISH = [
    ("1 Dec 10am", "Asia/Kolkata", None,
     "Start '1 Dec 10am' is not a date and time like 2026-12-01 10:00."),
    ("2026-02-30 10:00", "Asia/Kolkata", None,
     "Start '2026-02-30 10:00' is not a real date and time."),
    (" 9999-12-01 10:00 ", "Asia/Kolkata", None,
     "Start '9999-12-01 10:00' is outside the years 1970–2200; check the year."),
    ("2026-03-29 02:30", "Europe/Berlin", None,
     "Start 2026-03-29 02:30 does not exist in Europe/Berlin (the clocks change then)."),
    ("25:00", "Asia/Kolkata", date(2026, 12, 1), "Start '25:00' is not a time of day."),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "zone", "day", "english"), ENGLISH)
def test_the_english_is_what_the_command_line_always_said(typed, zone, day, english) -> None:
    assert problem(typed, zone, "start", day) == english  # a plain description, as the CLI gives
    assert problem(typed, zone, time_fields.START, day) == english  # the window's, the same


def test_the_window_s_fields_are_named_with_their_titles_and_places_as_typed() -> None:
    assert problem("10:7x", what=time_fields.agenda_time(0, "Plant tour", end=False)) == (
        "Agenda item 'Plant tour' start '10:7x' is not a date and time like 2026-12-01 10:00."
    )
    assert problem("x", what=time_fields.agenda_time(2, " ", end=True)).startswith(
        "Agenda item 3 end 'x'"
    )
    assert problem("x", what=time_fields.leg_time("Delhi", "", arrival=False)).startswith(
        "Departure of Delhi → ? 'x'"
    )
    assert problem("x", what=time_fields.NOT_BEFORE).startswith("Not before 'x'")


def japanese(message: str) -> str:
    ja = catalogue()
    assert isinstance(message, Message)
    return message.text("ja", lambda key: ja[key])


def test_in_japanese_the_problem_names_the_field_and_has_no_english() -> None:
    said = {
        japanese(problem(typed, zone, time_fields.agenda_time(1, "開会挨拶", end=False), day))
        for typed, zone, day, _ in ENGLISH
    }
    for text in said:
        assert text.startswith("議事項目「開会挨拶」の開始時刻に入力された"), text
        rest = re.sub(r"「[^」]*」", "", text)  # what was typed, shown as typed
        assert not re.search(r"[A-Za-z]{2,}", rest), text
        assert not re.search(r"\d{4}-\d{2}-\d{2}", rest), text  # no ISO date
    assert (
        "議事項目「開会挨拶」の開始時刻に入力された2026年3月29日 02:30は、"
        "ベルリンでは時計の切り替え（夏時間）のため存在しない時刻です。"
    ) in said


def test_the_japanese_example_is_one_every_time_field_reads() -> None:
    ja = catalogue()
    template = "{what} {text!r} is not a date and time like 2026-12-01 10:00."
    (example,) = re.findall(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d", ja[template])
    assert example == "2026年12月1日 10:00"
    read = parse_local(example, "Asia/Kolkata")  # the editor, the command line, request files
    assert (read.year, read.month, read.day, read.hour, read.minute) == (2026, 12, 1, 10, 0)
    assert parse_local("2026/12/1 10:00", "Asia/Kolkata") == read
    assert parse_local("2026年12月1日(火) 10:00", "Asia/Kolkata") == read


def test_every_description_and_problem_has_its_japanese() -> None:
    ja = catalogue()
    descriptions = [
        time_fields.START,
        time_fields.END,
        time_fields.NOT_BEFORE,
        time_fields.NOT_AFTER,
        time_fields.agenda_time(0, "Tour", end=False),
        time_fields.agenda_time(0, "Tour", end=True),
        time_fields.agenda_time(0, "", end=False),
        time_fields.agenda_time(0, "", end=True),
        time_fields.leg_time("A", "B", arrival=False),
        time_fields.leg_time("A", "B", arrival=True),
    ]
    for what in descriptions:
        assert ja.get(what.key), what.key
        assert not re.search(r"[A-Za-z]{2,}", japanese(what).replace("Tour", "")), what


def test_a_problem_keeps_its_japanese_through_pickling() -> None:
    found = problem("10:7x", what=time_fields.leg_time("Taj Palace", "Lohum plant", arrival=True))
    again = pickle.loads(pickle.dumps(found))
    assert again == found
    assert japanese(again) == japanese(found)
    assert japanese(again).startswith("移動区間 Taj Palace → Lohum plant の到着時刻に入力された")
