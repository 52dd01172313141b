"""The benchmark harness runs on the sample programme and reports every figure.

No timing is asserted: the figures depend on the machine.  What must hold is
that the one command prints the table, writes valid JSON with every figure
(a number, or "not available" with its reason while a part of the app is
missing), and that the generator makes the programmes it promises.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import generate
from benchmarks.harness import Figure, Target, format_table
from models.entities import Classification, EventKind
from models.store import Store

ROOT = Path(__file__).resolve().parents[2]

FIGURES = {
    "window shown (start to first paint)",
    "window peak memory (ru_maxrss)",
    "people table: one filter keystroke",
    "people table: sort by organisation",
    "import people from CSV",
    "clash detection",
    "invite export, all events",
    "briefing pack, largest event",
    "briefing pack, Devanagari names",
    "delegation briefing pack",
    "send 1,000 invites by e-mail",
    "publish to CalDAV",
    "republish after one change",
    "team join (whole programme)",
    "team sync, 1,000 changes each way",
}

#: Figures judged against an absolute target only: no bare baseline does their work.
ABSOLUTE = {"delegation briefing pack"}


@pytest.mark.slow
def test_the_sample_run_prints_the_table_and_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--sizes", "sample", "--json", str(out),
         "--workdir", str(tmp_path / "work"), "--repeat", "1"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    header = done.stdout.splitlines()
    assert any(line.split()[:3] == ["figure", "size", "work"] for line in header)
    for name in FIGURES:
        assert name in done.stdout

    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["machine"]["cpus"] >= 1
    assert document["machine"]["python"]
    figures = {f["name"]: f for f in document["figures"]}
    assert set(figures) == FIGURES
    for name, figure in figures.items():
        assert figure["size"] == "sample"
        assert figure["status"] != "failed", f"{name}: {figure['note']}"
        if figure["status"] == "not available":
            assert figure["note"].startswith("not available: ")
            assert figure["note"] in done.stdout
        else:
            assert isinstance(figure["value"], float) and figure["value"] > 0, name
            if name in ABSOLUTE:
                assert figure["baseline"] is None and figure["ratio"] is None, name
                assert figure["status"] in {"pass", "miss"}, name
                continue
            assert isinstance(figure["baseline"], float) and figure["baseline"] > 0, name
            assert figure["ratio"] == pytest.approx(figure["value"] / figure["baseline"], rel=0.01)
            assert figure["status"] in {"pass", "miss", "-"}


def test_a_missing_part_is_reported_in_its_row() -> None:
    figure = Figure("invite export, all events", "XL", "10,000 events", "s")
    figure.status, figure.note = "not available", "not available: exports.calendar.api is missing"
    table = format_table([figure])
    assert "not available: exports.calendar.api is missing" in table


def test_targets_are_judged_only_for_the_sizes_they_were_set_for() -> None:
    window = Target(ratio=1.5, limit=2.0, ratio_sizes=("sample",), limit_sizes=("XL",))
    assert window.judge("sample", 0.4, 0.2) == "miss"
    assert window.judge("sample", 0.3, 0.2) == "pass"
    assert window.judge("XL", 5.0, 0.2) == "miss"
    assert window.judge("XL", 1.9, 0.2) == "pass"
    assert window.judge("L", 9.9, 0.2) == "-"
    assert window.describe("s", "L") == "(sample: <= 1.5x) and (XL: < 2 s)"


def test_the_l_programme_has_the_promised_shape_and_is_the_same_every_time(
    tmp_path: Path,
) -> None:
    first = generate.build(tmp_path / "a.db", "L")
    second = generate.build(tmp_path / "b.db", "L")
    programmes = []
    for path in (first, second):
        store = Store.open(path, create=False)
        programmes.append(store.programme())
        store.close()
    programme = programmes[0]
    assert programme == programmes[1]
    assert len(programme.people) == 5_000
    assert len(programme.organisations) == 500
    assert len(programme.events) == 1_000
    assert sum(len(e.participations) for e in programme.events) == 10_000
    assert max(len(e.participations) for e in programme.events) == 1_000
    assert {e.kind for e in programme.events} == set(EventKind)
    assert {e.classification for e in programme.events} == set(Classification)
    zones = Counter(v.timezone for v in programme.venues)
    assert zones["Asia/Kolkata"] > zones["Asia/Tokyo"] > 0
    assert all(v.rooms for v in programme.venues)
    assert sum(1 for p in programme.people if p.name_japanese) > 1_000
    domains = {p.email.rsplit("@", 1)[1] for p in programme.people}
    assert domains <= {"example.org", "example.jp", "example.in"}


def test_a_part_that_has_not_landed_or_breaks_does_not_stop_the_run() -> None:
    from benchmarks.harness import Unavailable, guarded

    def missing(figure: Figure) -> None:
        raise Unavailable("exports.briefing.build has no render_event_pack")

    def broken(figure: Figure) -> None:
        raise KeyError("venue")

    absent = guarded(Figure("pack", "XL", "", "s"), Target(ratio=1.3), missing)
    assert absent.status == "not available"
    assert absent.note == "not available: exports.briefing.build has no render_event_pack"
    failed = guarded(Figure("pack", "XL", "", "s"), Target(ratio=1.3), broken)
    assert failed.status == "failed"
    assert "KeyError" in failed.note
    assert "not available: exports.briefing.build" in format_table([absent, failed])
