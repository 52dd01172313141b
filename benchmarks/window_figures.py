"""Figures measured in child processes: the window, its memory, the people table.

Each child runs offscreen (``QT_QPA_PLATFORM=offscreen``) with its settings and
data folders in a scratch directory, prints one report line (see
:mod:`benchmarks.qtprobe`) and exits.  The app's window and the bare window
are started alternately; the best of the runs counts.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import REPORT_PREFIX
from benchmarks.harness import Figure, Target, Unavailable, guarded

HERE = Path(__file__).resolve().parent
TIMEOUT = 600.0

TARGETS = {
    "window": Target(ratio=1.5, limit=2.0, ratio_sizes=("sample",), limit_sizes=("XL",)),
    "memory": Target(limit=400.0, limit_sizes=("XL",)),
    "filter": Target(limit=50.0, limit_sizes=("XL",)),
    "sort": Target(limit=200.0, limit_sizes=("XL",)),
}


def _environment(scratch: Path) -> dict[str, str]:
    if scratch.exists():
        shutil.rmtree(scratch)
    for sub in ("config", "data", "cache", "runtime"):
        (scratch / sub).mkdir(parents=True, mode=0o700)
    env = dict(os.environ)
    # An installed app runs from compiled bytecode (pip compiles it); a setting
    # that forbids writing it would make every start compile the app anew.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(scratch),
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "data"),
        XDG_CACHE_HOME=str(scratch / "cache"),
        XDG_RUNTIME_DIR=str(scratch / "runtime"),
    )
    return env


def run_child(script: str, args: list[str], scratch: Path) -> tuple[float, dict[str, Any]]:
    """Start ``benchmarks/<script>``; seconds from just before the start, and its report."""
    env = _environment(scratch)
    started = time.time()
    try:
        done = subprocess.run(
            [sys.executable, str(HERE / script), *args],
            capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"{script} did not finish within {TIMEOUT:g} s") from exc
    lines = [x for x in done.stdout.splitlines() if x.startswith(REPORT_PREFIX)]
    if not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"{script} exited with {done.returncode}: {' | '.join(tail)}")
    values: dict[str, Any] = {}
    for line in lines:  # later lines add to earlier ones (e.g. the peak memory at exit)
        found = json.loads(line[len(REPORT_PREFIX) :])
        if "error" in values:
            found.pop("error", None)  # the first error says what went wrong
        values.update(found)
    error = values.get("error")
    if error:
        if str(error).startswith("not available"):
            raise Unavailable(str(error).removeprefix("not available: "))
        raise RuntimeError(str(error))
    return started, values


def warm_up(db: Path, scratch: Path) -> None:
    """One unmeasured start of each window: bytecode compiled, files in the page cache,
    as on a laptop where the app has been run before."""
    for script, args in (("app_window.py", ["--db", str(db)]), ("bare_window.py", [])):
        with contextlib.suppress(RuntimeError, Unavailable):  # the measured runs report it
            run_child(script, args, scratch)


def window_figures(size: str, db: Path, scratch: Path, repeat: int, settle: float
                   ) -> list[Figure]:  # fmt: skip
    """Start to first paint of the app's window and of a bare one, and their peak memory."""
    shown = Figure("window shown (start to first paint)", size, "main window, offscreen", "s",
                   baseline_name="bare PySide6 process: QApplication + QMainWindow with "
                   "a 100x7 QTableWidget, shown, first paint (benchmarks/bare_window.py)",
                   )  # fmt: skip
    memory = Figure("window peak memory (ru_maxrss)", size,
                    f"first paint + {settle:g} s, background work joined",
                    "MB", baseline_name="the bare window process")  # fmt: skip
    runs: dict[str, list[dict[str, Any]]] = {"app": [], "bare": []}

    def measure(f: Figure) -> None:
        for _ in range(repeat):
            for name, script, args in (
                ("app", "app_window.py", ["--db", str(db), "--settle", str(settle)]),
                ("bare", "bare_window.py", ["--settle", str(settle)]),
            ):
                started, values = run_child(script, args, scratch)
                values["seconds"] = values["painted_at"] - started
                values["to_application"] = values["application_at"] - started
                values["to_show"] = (values["shown_at"] or values["painted_at"]) - started
                runs[name].append(values)
        f.value = min(r["seconds"] for r in runs["app"])
        f.baseline = min(r["seconds"] for r in runs["bare"])
        fastest = min(runs["app"], key=lambda r: r["seconds"])
        f.extra = {"app_runs": [r["seconds"] for r in runs["app"]],
                   "bare_runs": [r["seconds"] for r in runs["bare"]],
                   "app_start_to_qapplication_s": fastest["to_application"],
                   "app_start_to_show_s": fastest["to_show"],
                   "bare_start_to_qapplication_s": min(r["to_application"] for r in runs["bare"]),
                   "app_cpu_to_paint_s": min(r["cpu_at_paint"] for r in runs["app"]),
                   "bare_cpu_to_paint_s": min(r["cpu_at_paint"] for r in runs["bare"]),
                   "window_title": runs["app"][-1].get("window_title", "")}  # fmt: skip

    def measure_memory(f: Figure) -> None:
        if not runs["app"]:
            raise RuntimeError(shown.note or "the window did not start")
        f.value = max(max(r["peak_memory_mb"], r.get("exit_peak_memory_mb", 0.0))
                      for r in runs["app"])  # fmt: skip
        f.baseline = max(r["peak_memory_mb"] for r in runs["bare"])

    guarded(shown, TARGETS["window"], measure)
    if shown.status == "not available":
        memory.status, memory.note = shown.status, shown.note
    else:
        guarded(memory, TARGETS["memory"], measure_memory)
    return [shown, memory]


def table_figures(size: str, db: Path, scratch: Path, repeat: int) -> list[Figure]:
    """One filter keystroke and one sort on the people page (see table_probe.py)."""
    keystroke = Figure("people table: one filter keystroke", size, "", "ms",
                       baseline_name="list comprehension with `in` over the same folded "
                       "strings, matches sorted by the same keys")  # fmt: skip
    sort = Figure("people table: sort by organisation", size, "", "ms",
                  baseline_name="sorted() of the row numbers by the casefolded "
                  "organisation names")  # fmt: skip
    report: dict[str, Any] = {}

    def measure(f: Figure) -> None:
        _, values = run_child("table_probe.py", ["--db", str(db), "--repeat", str(repeat)],
                              scratch)  # fmt: skip
        report.update(values)
        f.value, f.baseline = values["filter_s"] * 1000, values["bare_filter_s"] * 1000
        f.work = (f"{values['rows']:,} people, 'a' typed, {values['shown_after_filter']:,} "
                  "match, view repainted")  # fmt: skip
        f.extra = {"all_runs_ms": [t * 1000 for t in values["filter_all_s"]],
                   "page_load_ms": values["load_s"] * 1000}  # fmt: skip

    def measure_sort(f: Figure) -> None:
        if not report:
            raise RuntimeError(keystroke.note or "the table probe did not run")
        f.value, f.baseline = report["sort_s"] * 1000, report["bare_sort_s"] * 1000
        f.work = f"{report['rows']:,} people, first click, view repainted"
        f.extra = {"second_click_ms": report["sort_again_s"] * 1000}

    guarded(keystroke, TARGETS["filter"], measure)
    if keystroke.status == "not available":
        sort.status, sort.note = keystroke.status, keystroke.note
    else:
        guarded(sort, TARGETS["sort"], measure_sort)
    return [keystroke, sort]
