"""The ``ics`` and ``rsvp`` commands, run as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from test_ics_fixtures import Sample, build_sample

from models.entities import Reply
from models.services import Desk

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


@pytest.fixture
def sample(desk: Desk) -> Sample:
    return build_sample(desk)


def run(db: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args[:1]), "--db", str(db), *map(str, args[1:])],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_ics_event_writes_an_invite_and_logs_it(
    sample: Sample, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "forum.ics"
    done = run(db_path, "ics", "--event", sample.forum.id, "-o", out)
    assert done.returncode == 0, done.stderr
    assert "Arjun Singh has no e-mail address" in done.stdout
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert str(calendar["METHOD"]) == "REQUEST"
    assert str(calendar.walk("VEVENT")[0]["UID"]) == sample.forum.uid
    records = sample.desk.store.export_records(event_uid=sample.forum.uid)
    assert len(records) == 3
    again = run(db_path, "ics", "--event", sample.forum.id, "--changed-only", "-o", out)
    assert again.returncode == 0
    assert "Nothing changed since the last export." in again.stdout


def test_ics_confidential_event_goes_per_attendee(
    sample: Sample, db_path: Path, tmp_path: Path
) -> None:
    refused = run(db_path, "ics", "--event", sample.closed.id, "-o", tmp_path / "closed.ics")
    assert refused.returncode == 2
    assert "confidential" in refused.stderr
    assert not (tmp_path / "closed.ics").exists()
    folder = tmp_path / "closed"
    done = run(db_path, "ics", "--event", sample.closed.id, "--per-attendee", "-o", folder)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in folder.iterdir())
    n = sample.closed.id
    assert names == [f"{n}-sharma-priya.ics", f"{n}-tanaka-aiko.ics", f"{n}-verma-rahul.ics"]
    text = (folder / f"{n}-tanaka-aiko.ics").read_text(encoding="utf-8")
    assert "rahul.verma@example.in" not in text and "priya.sharma@example.in" not in text


def test_ics_person_and_programme(sample: Sample, db_path: Path, tmp_path: Path) -> None:
    person = run(db_path, "ics", "--person", sample.people["sato"].id, "-o", tmp_path / "s.ics")
    assert person.returncode == 0, person.stderr
    feed = run(db_path, "ics", "--programme", "--delegation", sample.japan.id, "--from",
               "2026-12-02", "--to", "2026-12-02", "-o", tmp_path)  # fmt: skip
    assert feed.returncode == 0, feed.stderr
    [written] = tmp_path.glob("programme-japan-*.ics")
    events = icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [sample.visit.uid]


def test_ics_refuses_bad_input_clearly(sample: Sample, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    bad_date = run(db_path, "ics", "--programme", "--from", "1 Dec", "-o", out)
    assert bad_date.returncode == 2
    assert "--from '1 Dec' is not a date like 2026-12-01." in bad_date.stderr
    missing = run(db_path, "ics", "--event", "999", "-o", out)
    assert missing.returncode == 2 and "There is no event with id 999." in missing.stderr
    mixed = run(db_path, "ics", "--person", "1", "--per-attendee", "-o", out)
    assert mixed.returncode == 2 and "--per-attendee goes with --event." in mixed.stderr
    assert not out.exists()
    public = run(db_path, "ics", "--programme", "--max-classification", "public", "-o", out)
    assert public.returncode == 0, public.stderr
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [sample.visit.uid]


def test_rsvp_imports_replies_and_names_bad_files(sample: Sample, db_path: Path) -> None:
    bad = run(db_path, "rsvp", DATA / "reply-accepted-outlook.ics", DATA / "reply-truncated.ics")
    assert bad.returncode == 2
    assert "reply-truncated.ics" in bad.stderr
    done = run(db_path, "rsvp", DATA / "reply-accepted-outlook.ics",
               DATA / "reply-declined-google.ics")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (
        "Aiko Tanaka for “Battery & critical-mineral forum”: needs action → accepted "
        "(“Looking forward to it.”)." in done.stdout
    )
    assert "2 changed, 0 unchanged, 0 ignored." in done.stdout
    event = sample.desk.event(sample.forum.id or 0)
    assert event.participation(sample.people["sato"].id or 0).reply is Reply.DECLINED  # type: ignore[union-attr]


def test_ics_changed_only_sends_the_cancellation_to_a_removed_person(
    sample: Sample, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "forum"
    first = run(db_path, "ics", "--event", sample.forum.id, "--per-attendee", "-o", folder)
    assert first.returncode == 0, first.stderr
    sato = sample.people["sato"]
    sample.desk.remove_participant(sample.forum.id or 0, sato.id or 0)
    later = tmp_path / "later"
    done = run(db_path, "ics", "--event", sample.forum.id, "--per-attendee", "--changed-only",
               "-o", later)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Kenji Sato (no longer attending)" in done.stdout
    [cancel] = later.iterdir()
    assert cancel.name == f"{sample.forum.id}-sato-kenji-cancel.ics"
    assert str(icalendar.Calendar.from_ical(cancel.read_bytes())["METHOD"]) == "CANCEL"


def test_ics_confidential_event_into_a_folder_defaults_to_per_attendee(
    sample: Sample, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "closed-door"
    done = run(db_path, "ics", "--event", sample.closed.id, "-o", folder)
    assert done.returncode == 0, done.stderr
    assert len(list(folder.iterdir())) == 3
