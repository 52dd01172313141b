"""Publishing to a real Radicale on loopback: incremental, cancelled, deleted, conflicts."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from caldav_server import Radicale
from test_ics_fixtures import Sample, build_sample, delhi

from exports.caldav.publish import CalDavSettings, PublishError, PublishReport, publish
from exports.caldav.resources import resource_name
from models.entities import Classification
from models.services import Desk

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    server = Radicale(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def sample(desk: Desk) -> Sample:
    return build_sample(desk)


def calendar_url(radicale: Radicale, name: str = "programme") -> str:
    return f"{radicale.base}/desk/{name}/"


def run(s: Sample, url: str, **kwargs: object) -> PublishReport:
    """Publish everything, confidential events included, unless the test limits it."""
    kwargs.setdefault("max_classification", Classification.CONFIDENTIAL)
    return publish(s.desk.store, s.desk.programme(), CalDavSettings(url), clock=s.desk.clock,
                   **kwargs)  # type: ignore[arg-type]  # fmt: skip


def fetch(radicale: Radicale, url: str, uid: str) -> tuple[icalendar.Calendar, str]:
    status, headers, body = radicale.request("GET", url + resource_name(uid))
    assert status == 200, status
    return icalendar.Calendar.from_ical(body), headers["ETag"]


def test_each_event_becomes_one_resource_named_by_its_uid(
    sample: Sample, radicale: Radicale
) -> None:
    url = calendar_url(radicale)
    report = run(sample, url)
    assert sorted(report.created) == sorted(e.title for e in sample.desk.events())
    assert radicale.names("desk/programme") == sorted(
        resource_name(e.uid) for e in sample.desk.events())  # fmt: skip
    cal, _ = fetch(radicale, url, sample.forum.uid)
    assert "METHOD" not in cal
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["UID"]) == sample.forum.uid
    assert vevent["DTSTART"].dt == delhi(1, 10)
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == ["Asia/Kolkata"]
    assert "ATTENDEE" not in vevent  # a calendar to subscribe to carries no guest list
    assert "Sato" not in vevent.get("DESCRIPTION", "")  # an attendee, not a speaker


def test_republishing_after_one_change_writes_exactly_one_resource(
    sample: Sample, radicale: Radicale
) -> None:
    url = calendar_url(radicale)
    run(sample, url)
    before = {e.uid: fetch(radicale, url, e.uid)[1] for e in sample.desk.events()}
    same = run(sample, url)
    assert same.writes == 0 and same.unchanged == 3
    sample.desk.reschedule(sample.closed.id or 0, delhi(1, 16), delhi(1, 17))
    report = run(sample, url)
    assert report.updated == [sample.closed.title] and report.writes == 1
    after = {e.uid: fetch(radicale, url, e.uid)[1] for e in sample.desk.events()}
    changed = [uid for uid in before if before[uid] != after[uid]]
    assert changed == [sample.closed.uid]
    vevent = fetch(radicale, url, sample.closed.uid)[0].walk("VEVENT")[0]
    assert vevent["DTSTART"].dt == delhi(1, 16) and vevent["SEQUENCE"] == 1


def test_cancelled_events_are_marked_and_deleted_ones_removed(
    sample: Sample, radicale: Radicale
) -> None:
    url = calendar_url(radicale)
    run(sample, url)
    sample.desk.cancel(sample.visit.id or 0)
    sample.desk.delete_event(sample.closed.id or 0)
    report = run(sample, url)
    assert report.updated == [sample.visit.title] and len(report.deleted) == 1
    vevent = fetch(radicale, url, sample.visit.uid)[0].walk("VEVENT")[0]
    assert vevent["STATUS"] == "CANCELLED"
    assert radicale.names("desk/programme") == sorted(
        resource_name(uid) for uid in (sample.forum.uid, sample.visit.uid))  # fmt: skip
    assert set(sample.desk.store.published_resources(url)) == {sample.forum.uid,
                                                               sample.visit.uid}  # fmt: skip


def test_an_edit_made_on_the_server_is_reported_not_overwritten(
    sample: Sample, radicale: Radicale
) -> None:
    url = calendar_url(radicale)
    run(sample, url)
    theirs, _ = fetch(radicale, url, sample.closed.uid)
    theirs.walk("VEVENT")[0]["SUMMARY"] = "Forum (room changed by the Embassy)"
    where = url + resource_name(sample.closed.uid)
    status, _, _ = radicale.request(
        "PUT", where, theirs.to_ical(), {"Content-Type": "text/calendar"}
    )
    assert status in (201, 204)
    untouched = run(sample, url)
    assert untouched.writes == 0
    assert any("changed on the server by someone else" in c for c in untouched.conflicts)
    sample.desk.reschedule(sample.closed.id or 0, delhi(1, 16), delhi(1, 17))
    report = run(sample, url)
    assert report.writes == 0
    assert report.conflicts == [
        f"“{sample.closed.title}” changed here and was also changed on the server by someone "
        "else; theirs is not overwritten."
    ]
    kept = fetch(radicale, url, sample.closed.uid)[0].walk("VEVENT")[0]
    assert kept["SUMMARY"] == "Forum (room changed by the Embassy)"


def test_each_audience_has_its_own_calendar_and_limit(sample: Sample, radicale: Radicale) -> None:
    public = calendar_url(radicale, "public")
    japan = calendar_url(radicale, "japan")
    run(sample, public, max_classification=Classification.PUBLIC)
    run(sample, japan, delegation_id=sample.japan.id, max_classification=Classification.RESTRICTED)
    assert radicale.names("desk/public") == [resource_name(sample.visit.uid)]
    assert radicale.names("desk/japan") == sorted(
        resource_name(e.uid) for e in (sample.forum, sample.visit))  # fmt: skip
    status, _, body = radicale.request("PROPFIND", japan, b"", {"Depth": "0"})
    assert status == 207 and "Programme — Japan".encode() in body


def test_an_unreachable_server_is_a_clear_message(sample: Sample) -> None:
    with pytest.raises(PublishError, match="cannot be reached"):
        run(sample, "http://127.0.0.1:9/desk/programme/")
    with pytest.raises(PublishError, match="is not a calendar address"):
        run(sample, "ftp://example.org/cal/")


def test_the_publish_command(sample: Sample, radicale: Radicale, db_path: Path) -> None:
    sample.desk.close()
    url = calendar_url(radicale, "cli")
    done = subprocess.run(
        [sys.executable, "main.py", "publish", "--db", str(db_path), "--caldav", url,
         "--max-classification", "restricted"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 added, 0 updated, 0 removed, 0 unchanged." in done.stdout
    assert len(radicale.names("desk/cli")) == 2


def test_confidential_events_are_published_only_when_asked_for(
    sample: Sample, radicale: Radicale, db_path: Path
) -> None:
    """Privacy by default, as for the feed: a shared calendar is read by whoever subscribes."""
    url = calendar_url(radicale, "default")
    report = publish(sample.desk.store, sample.desk.programme(), CalDavSettings(url),
                     clock=sample.desk.clock)  # fmt: skip
    events = sample.desk.events()
    confidential = {e.title for e in events if e.classification is Classification.CONFIDENTIAL}
    assert confidential and not confidential & set(report.created)
    assert sorted(report.created) == sorted(
        e.title for e in events if e.classification is not Classification.CONFIDENTIAL)  # fmt: skip
