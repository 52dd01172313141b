"""Every window of the menus, in Japanese, fits a 1024×640 laptop screen on a real X server.

``tests/ui/xcb_walk.py`` runs the window on Xvfb (1024×640) with openbox, in
Japanese on the sample programme, and uses every menu entry (as
``test_japanese_dialogs.py`` does offscreen); for each window it reports its
frame on the screen, the texts that do not fit their widgets, and a picture.
Skipped where Xvfb, openbox or xdotool is missing (``.ci/run`` installs them).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.ui.test_xcb import PATIENCE, ROOT, XServer, pytestmark

__all__ = ["pytestmark"]


def test_every_window_fits_a_laptop_screen_in_japanese(tmp_path) -> None:
    server = XServer("1024x640")
    try:
        env = {**server.env, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
               "LANG": "en_GB.UTF-8", "LANGUAGE": "", "QT_SCALE_FACTOR": "1",
               "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
        env.pop("QT_QPA_PLATFORMTHEME", None)
        (tmp_path / "run").mkdir()
        done = subprocess.run(
            [sys.executable, "-m", "tests.ui.xcb_walk", str(tmp_path / "run"),
             str(tmp_path / "pictures")],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=PATIENCE * 20,
            check=False,
        )  # fmt: skip
    finally:
        server.stop()
    reports = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0, done.stderr[-3000:]
    assert reports[-1]["kind"] == "done", done.stderr[-3000:]
    windows = [r for r in reports if r["kind"] == "window"]
    kinds = {w["class"] for w in windows}
    wanted = {"EventEditor", "CheckInDesk", "SeatingEditor", "PreferencesDialog", "ScheduleDialog"}
    assert len(windows) > 60 and wanted <= kinds, kinds
    further = {w["key"] for w in windows}  # past the menus: right-clicks, accepted dialogs
    assert "schedule-result" in further and any(k.startswith("right-click") for k in further)
    off_screen = [f"{w['key']}: {w['title']} {w['frame']} on {w['screen']}"
                  for w in windows if not w["fits"]]  # fmt: skip
    assert not off_screen, off_screen
    cut = [f"{w['key']}: {w['title']}: {w['cut']}" for w in windows if w["cut"]]
    assert not cut, cut
    for window in windows:
        picture = Path(window["picture"])
        assert picture.stat().st_size > 1000, picture
