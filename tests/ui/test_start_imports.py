"""What the window imports before its first paint.

Each of these is a choice made for a quick start: the exports, the solver, the
team's PostgreSQL driver, the protocol's entities, the record tables and the
clash check are all loaded when first used, after the window is drawn.  A
module-level import added in the wrong place pulls one back into the start
without any test failing; this one fails instead, naming it.

The window starts in a process of its own, as ``main.py`` starts it, on the
sample programme; the modules are listed when its first paint has been
delivered, before anything deferred until then runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.clock import FixedClock
from models.sample import load_sample
from models.services import Desk
from models.store import Store

ROOT = Path(__file__).resolve().parents[2]

#: Started in a fresh interpreter: lists ``sys.modules`` at the window's first
#: paint (in place of what the window does then), then quits.
START = """
import json, sys
sys.path.insert(0, sys.argv[2])
import models.services  # as main.run_gui imports it, before Qt
from ui.main_window import MainWindow

def listed(self):
    import os
    from PySide6.QtWidgets import QApplication
    print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
    threads = []
    if os.path.isdir("/proc/self/task"):
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/comm") as comm:
                threads.append(comm.read().strip())
    print("THREADS " + json.dumps(threads), flush=True)
    # PySide makes a class's Python type (and its enums) when a module first names it
    import PySide6.QtGui, PySide6.QtWidgets
    made = [name for module in (PySide6.QtGui, PySide6.QtWidgets) for name in vars(module)]
    print("QT_TYPES " + json.dumps(made), flush=True)
    QApplication.instance().quit()

MainWindow._after_first_paint = listed
import main
sys.exit(main.main(["--db", sys.argv[1]]))
"""

#: Packages that must not be loaded by the time the window is first drawn.
NOT_BEFORE_FIRST_PAINT = (
    # libraries that are slow to import, each used by one feature
    "ortools",
    "reportlab",
    "icalendar",
    "psycopg",
    "caldav",
    "vobject",
    "uharfbuzz",
    "zxingcpp",
    "keyring",
    "sqlite_utils",
    "smtplib",
    "email",
    "importlib.resources",
    "importlib.metadata",
    # the core's features the first paint does not show
    "exports",
    "models.protocol",
    "models.scheduler",
    "models.sync",
    "models.clashes",
    "models.message_values",
    "models.sample",
    # the window's parts made on first use or after the first paint
    "ui.tables",
    "ui.clash_panel",
    "ui.event_editor",
    "ui.dialogs.exporting",
    "ui.protocol.checkin_desk",
    "ui.scheduling.requests_panel",
    "ui.clash_notice",  # made at the first move on the timeline
    "ui.empty_state",  # made when a view has nothing to show
    # the menus' entries, made right after the first paint (ui.shell.MenuActions)
    "ui.team",
    "ui.protocol.menu",
    "ui.scheduling.menu",
    "ui.mail_actions",
    "ui.backup_actions",
    "ui.programme.view_actions",
    "ui.lock_wait",  # made at the first write
)


def at_first_paint(db: Path, home: Path) -> dict[str, list[str]]:
    """What the window's process holds when its first paint is delivered: its modules,
    and the names of its threads (Linux; empty elsewhere)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", START, str(db), str(ROOT)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    found = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("MODULES", "THREADS", "QT_TYPES"):
            found[key.lower()] = list(json.loads(value))
    assert done.returncode == 0 and "modules" in found, done.stderr[-2000:]
    return found


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("start-imports")
    db = folder / "programme.db"
    store = Store.open(db)
    try:
        load_sample(Desk(store, FixedClock(datetime(2026, 11, 30, 12, 0, tzinfo=UTC))))
    finally:
        store.close()
    return at_first_paint(db, folder)


@pytest.fixture(scope="module")
def modules(first_paint: dict[str, list[str]]) -> list[str]:
    return first_paint["modules"]


def test_the_window_was_drawn_with_its_own_modules(modules: list[str]) -> None:
    # the listing is of a real start: the window and its timeline were loaded
    for needed in ("main", "ui.main_window", "ui.programme_view", "models.store"):
        assert needed in modules


@pytest.mark.parametrize("package", NOT_BEFORE_FIRST_PAINT)
def test_nothing_the_first_paint_does_not_need_is_imported(
    modules: list[str], package: str
) -> None:
    early = [m for m in modules if m == package or m.startswith(package + ".")]
    assert not early, f"imported before the window's first paint: {', '.join(early)}"


#: Qt classes the first picture does not use, whose Python types are costly to make
#: (QKeySequence's standard keys alone are 71 enum members): named only afterwards.
NOT_MADE_BEFORE_FIRST_PAINT = ("QKeySequence", "QActionGroup", "QFileDialog", "QMessageBox")


def test_qt_types_the_first_picture_does_not_use_are_not_made(
    first_paint: dict[str, list[str]],
) -> None:
    made = set(first_paint["qt_types"])
    assert "QMainWindow" in made  # the listing is of a real start
    early = [name for name in NOT_MADE_BEFORE_FIRST_PAINT if name in made]
    assert not early, f"made before the window's first paint: {', '.join(early)}"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads are listed in /proc")
def test_the_first_picture_is_drawn_without_handing_fills_to_other_threads(
    first_paint: dict[str, list[str]],
) -> None:
    # Qt's raster engine would hand each tall fill (the timeline's lines and columns)
    # to its pool of threads and wait; ui.app turns that pool off
    assert first_paint["threads"], "no thread listed"
    assert "Thread (pooled)" not in first_paint["threads"], first_paint["threads"]
