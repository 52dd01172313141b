"""Shortcuts, mnemonics, menus and dialog sizes on a real X server, with real key events.

Qt's offscreen platform maps standard keys differently from X11 (where Redo
already is Ctrl+Shift+Z and Quit Ctrl+Q), so an ambiguous shortcut passes
offscreen and does nothing on a laptop.  These tests start Xvfb with a window
manager (openbox), run the window in a process of its own on the ``xcb``
platform (``tests/ui/xcb_app.py``) and type at it with xdotool.  They are
skipped only where Xvfb, openbox or xdotool is not installed (``.ci/run``
installs them).

Keys are sent only once the window they are meant for can take them: Qt has
made it active (a menu that closes hands the keyboard back to the window a
moment later, through the X server and the window manager; a key sent in
between goes nowhere), a menu is up, the focus is where the next key expects
it.  Each step waits for the app's report of that condition, never for a
while.  The X server runs without key repeat: a loaded machine may hold a key
down long enough for the server to repeat it (a second Tab leaves the table).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "openbox", "xdotool")
#: Generous: a loaded machine may take long to start the window; never a speed check.
PATIENCE = 60.0
#: In the main window's title.
MAIN = "Delegation Desk"

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs Xvfb, openbox and xdotool (Debian: xvfb openbox xdotool)",
)


class XServer:
    """Xvfb on a free display, with openbox managing its windows."""

    def __init__(self, size: str) -> None:
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp",
             "-r"],  # no key repeat
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.xvfb.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self.env = {**os.environ, "DISPLAY": self.display}
        self.wm = subprocess.Popen(["openbox"], env=self.env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              timeout=PATIENCE, check=False)  # fmt: skip
        return done.stdout

    def stop(self) -> None:
        for process in (self.wm, self.xvfb):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


class App:
    """The window in its own process, on the X server; its reports arrive as dicts."""

    def __init__(self, server: XServer, folder: Path, *extra: str) -> None:
        self.server = server
        env = {**server.env, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
               "LANG": "en_GB.UTF-8", "LANGUAGE": "", "QT_SCALE_FACTOR": "1"}  # fmt: skip
        env.pop("QT_QPA_PLATFORMTHEME", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.xcb_app", str(folder), *extra],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.reports: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        self.errors: list[str] = []
        self.readers = [threading.Thread(target=self._read, daemon=True),
                        threading.Thread(target=self._read_errors, daemon=True)]  # fmt: skip
        for reader in self.readers:
            reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                self.reports.put(json.loads(line))

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.errors.append(line.rstrip())

    def wait_for(self, kind: str, **expected: Any) -> dict[str, Any]:
        """The next report of ``kind`` (with ``expected`` values), waiting at most PATIENCE."""
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            try:
                report = self.reports.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None and kind != "quit":
                    break
                continue
            self.seen.append(report)
            if report["kind"] == kind and all(report.get(k) == v for k, v in expected.items()):
                return report
        raise AssertionError(
            f"no {kind} {expected} report; saw {self.seen[-12:]}; stderr {self.errors[-12:]}"
        )

    def wait_active(self, title_part: str = MAIN) -> None:
        """Until Qt has made the window whose title has ``title_part`` the active one."""
        while True:  # what has arrived so far, then the newest activation
            try:
                self.seen.append(self.reports.get_nowait())
            except queue.Empty:
                break
        latest = next((r for r in reversed(self.seen) if r["kind"] == "active"), None)
        while latest is None or title_part not in (latest["title"] or ""):
            latest = self.wait_for("active")

    def open_menu(self, keys: str) -> str:
        """Press ``keys`` (a menu's Alt letter); the title of the menu that is then up."""
        self.key(keys)
        return str(self.wait_for("menu", shown=True)["title"])

    def close_menu(self) -> None:
        """Escape: the menu closes and the window has the keyboard back."""
        self.key("Escape")
        self.wait_for("menu-closed")
        self.wait_active()

    def key(self, *keys: str) -> None:
        """Real key presses, sent to the focused window as X events."""
        for key in keys:
            self.server.xdotool("key", "--clearmodifiers", key)

    def focus_window(self, title_part: str) -> None:
        found = self.server.xdotool("search", "--sync", "--onlyvisible", "--name", title_part)
        window = found.split()[0]
        self.server.xdotool("windowactivate", "--sync", window)

    def warnings(self) -> list[str]:
        return [r["text"] for r in self.seen if r["kind"] == "qt-message"]

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for reader in self.readers:  # the pipes end with the process
            reader.join(PATIENCE)
        for pipe in (self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def x_server() -> Iterator[XServer]:
    server = XServer("1024x640")
    yield server
    server.stop()


@pytest.fixture
def app(x_server, tmp_path) -> Iterator[App]:
    running = App(x_server, tmp_path)
    yield running
    running.close()


def start(app: App) -> dict[str, Any]:
    """The window drawn, mapped, given the focus by the window manager and active in Qt."""
    ready = app.wait_for("ready")
    app.focus_window(MAIN)
    app.wait_active()
    return ready


def test_redo_week_and_quit_keys_work_on_x11(app) -> None:
    ready = start(app)
    assert ready["can_redo"]
    app.key("ctrl+shift+z")
    assert app.wait_for("undo-index")["can_redo"] is False
    app.key("ctrl+z")
    assert app.wait_for("undo-index")["can_redo"] is True
    app.key("ctrl+shift+w")
    assert app.wait_for("week")["days"] == 7
    app.key("ctrl+shift+w")
    assert app.wait_for("week")["days"] == 1
    app.key("ctrl+q")
    assert app.wait_for("quit")["status"] == 0
    assert app.process.wait(PATIENCE) == 0
    assert not [w for w in app.warnings() if "Ambiguous" in w], app.warnings()


def test_alt_letters_open_menus_and_press_the_right_button(app) -> None:
    start(app)
    assert app.open_menu("alt+v") == "View"
    app.close_menu()  # the menu bar keeps the keyboard; shortcuts still work
    app.key("ctrl+3")
    app.wait_for("page", key="people")
    assert app.open_menu("alt+e") == "Edit"  # the Edit menu, not the page's Edit… button
    app.close_menu()
    app.key("Escape")  # the menu bar lets go
    app.key("ctrl+f")
    app.wait_for("focus", name="filter")
    app.key("Tab")  # from the filter into the table
    app.wait_for("focus", name="people-table")
    app.key("Down")  # a person chosen
    app.key("alt+i")  # Ed&it… on the page
    dialog = app.wait_for("dialog")
    assert dialog["title"] == "Edit person"
    assert not [w for w in app.warnings() if "Ambiguous" in w], app.warnings()


def test_the_event_editor_fits_a_1024_by_640_screen(app) -> None:
    start(app)
    app.key("ctrl+1", "Tab", "Tab", "Tab")
    app.key("ctrl+n")  # a new event
    dialog = app.wait_for("dialog", title="New event")
    x, y, width, height = dialog["screen"]
    fx, fy, fwidth, fheight = dialog["frame"]
    assert fx >= x and fy >= y and fx + fwidth <= x + width and fy + fheight <= y + height
    for button in dialog["buttons"]:
        bx, by, bwidth, bheight = button["rect"]
        if button["text"].replace("&", "") in ("OK", "Cancel"):
            assert by + bheight <= y + height, button
            assert bx + bwidth <= x + width, button


def test_the_timeline_keys_reach_their_actions_on_x11(app) -> None:
    """Privacy mode, zoom, fit and the agenda: each key triggers its action, none ambiguous."""
    start(app)
    for key, name in (("ctrl+shift+h", "hide-titles"), ("ctrl+equal", "zoom-in"),
                      ("ctrl+minus", "zoom-out"), ("ctrl+0", "fit"),
                      ("ctrl+shift+l", "agenda"), ("ctrl+shift+l", "agenda"),
                      ("ctrl+shift+h", "hide-titles")):  # fmt: skip
        app.key(key)
        assert app.wait_for("action")["name"] == name, key
    assert not [w for w in app.warnings() if "Ambiguous" in w], app.warnings()
