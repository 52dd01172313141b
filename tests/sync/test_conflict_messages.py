"""A merge the rules refuse keeps the rules' problems as messages, in the file.

The command line says them in English (as text and in ``--json``); the local
file keeps each problem's template and values, so the window can say them in its
own language whenever it shows the conflict (see ``tests/ui/test_team.py``).
Against a real PostgreSQL server on 127.0.0.1 (the ``team_db`` fixture).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import main
from models.errors import ValidationError
from models.messages import Message
from models.sample import load_sample
from models.services import Desk
from models.store import Store
from models.sync import engine
from models.sync.merge import Conflict
from models.sync.remote import INVALID_MERGE, PushResult

JA = {
    "{label} ends ({end}) before it starts ({start}).": "{label}の終了（{end}）が開始（{start}）",
    "The event": "行事",
}


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, 1, hour, minute, tzinfo=UTC)


def _crossing_edits(tmp_path: Path, team_db: str) -> Path:
    """The lead moves event 7's start later, another laptop its end earlier: each valid,
    merged they cross.  Returns the lead's file, holding the conflict."""
    lead = Desk(Store.open(tmp_path / "lead.db"))
    load_sample(lead)
    engine.create(lead.store.conn, team_db)
    other = Desk(Store.open(tmp_path / "other.db"))
    engine.join(other.store.conn, team_db)
    uid = lead.event(7).uid
    theirs = next(e for e in other.events() if e.uid == uid)
    assert theirs.id is not None
    lead.reschedule(7, at(12, 0), at(12, 30))
    other.reschedule(theirs.id, at(11, 30), at(11, 45))
    assert engine.sync(other.store.conn).in_step
    assert not engine.sync(lead.store.conn).in_step
    other.close()
    lead.close()
    return tmp_path / "lead.db"


def test_the_file_keeps_the_problems_template_and_values(tmp_path: Path, team_db: str) -> None:
    path = _crossing_edits(tmp_path, team_db)
    store = Store.open(path)  # read back from the file, as a window opened later would
    try:
        (stored,) = engine.conflicts(store.conn)
    finally:
        store.close()
    conflict = stored.conflict
    assert conflict.field == "starts_at"
    (problem,) = conflict.problems
    assert isinstance(problem, Message)
    assert problem.key == "{label} ends ({end}) before it starts ({start})."
    assert problem.args["label"] == "The event" and isinstance(problem.args["label"], Message)
    assert problem.args["end"].endswith("17:15") and problem.args["start"].endswith("17:30")
    assert problem.text("ja", JA.__getitem__).startswith("行事の終了（2026-12-01 17:15）")
    assert conflict.label == INVALID_MERGE + str(problem)


def test_the_command_line_says_the_conflict_and_the_refusal_in_english(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, team_db: str
) -> None:
    path = _crossing_edits(tmp_path, team_db)
    assert main.main(["conflicts", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "would be invalid: The event ends (2026-12-01 17:15) before it starts" in out
    assert main.main(["conflicts", "--db", str(path), "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["label"].startswith(INVALID_MERGE + "The event ends (2026-12-01 17:15)")
    assert "problems" not in listed  # the templates are the window's business

    code = main.main(["resolve", "--db", str(path), "--conflict", str(listed["id"]),
                      "--keep", "mine"])  # fmt: skip
    err = capsys.readouterr().err
    assert code != 0
    assert "Your value of starts_at cannot be saved:" in err
    assert "The event ends (2026-12-01 17:15) before it starts (2026-12-01 17:30)." in err
    assert "Keep theirs, or give a value that fits the rest of the record." in err

    code = main.main(["resolve", "--db", str(path), "--conflict", str(listed["id"]),
                      "--value", "soon"])  # fmt: skip
    err = capsys.readouterr().err
    assert code != 0
    assert "A value cannot be read (" in err and "soon" in err


def test_a_refused_keep_mine_is_made_of_messages(tmp_path: Path, team_db: str) -> None:
    path = _crossing_edits(tmp_path, team_db)
    store = Store.open(path)
    try:
        (stored,) = engine.conflicts(store.conn)
        with pytest.raises(ValidationError) as refused:
            engine.resolve(store.conn, stored.id, "mine")
        assert [c.id for c in engine.conflicts(store.conn)] == [stored.id]  # nothing changed
    finally:
        store.close()
    error = refused.value
    assert isinstance(error.what, Message) and error.what.key == "Your value of {field}"
    assert [getattr(p, "key", None) for p in error.problems] == [
        "{label} ends ({end}) before it starts ({start}).",
        "Keep theirs, or give a value that fits the rest of the record.",
    ]


def test_an_answer_kept_on_the_server_keeps_its_messages() -> None:
    """A laptop that crashed before reading its push's answer reads it again later: the
    answer, stored as JSON on the server, brings the problems back as messages."""
    problem = Message("{label} is missing.", label=Message("The title"))
    result = PushResult(
        written=1,
        head=7,
        conflicts=[Conflict("events", "k", "title", "field", "", "Visit", "me",
                            label=INVALID_MERGE + problem, problems=(problem,))],
    )  # fmt: skip
    again = PushResult.from_json(json.loads(json.dumps(result.to_json())))
    (back,) = again.conflicts[0].problems
    assert isinstance(back, Message) and back == "The title is missing."
    assert back.key == "{label} is missing." and back.args["label"].key == "The title"
    older = result.to_json()["conflicts"][0]
    del older["problems"]  # an answer stored before conflicts kept their problems
    assert Conflict.from_json(older).problems == ()
