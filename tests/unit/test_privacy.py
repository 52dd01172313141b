"""Privacy and safety of what the app writes and prints.

Every file written is owner-only (folders it creates too), whatever the
umask; a device or a pipe given as ``-o`` is refused; the programme feed
leaves confidential events out unless asked; text from reply files reaches
the terminal without escape sequences; output survives a legacy console
encoding.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={**os.environ, **(env or {})}, preexec_fn=lambda: os.umask(0o022),
    )  # fmt: skip


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    assert run("demo", "--db", path).returncode == 0
    return path


def test_every_export_is_owner_only_even_under_umask_022(sample: Path, tmp_path: Path) -> None:
    replaced = tmp_path / "invite.ics"
    replaced.write_text("old")
    os.chmod(replaced, 0o644)
    outputs = [
        ("ics", "--event", "1", "-o", replaced),
        ("ics", "--event", "17", "-o", tmp_path / "new" / "per-attendee"),
        ("ics", "--programme", "-o", tmp_path / "feed.ics"),
        ("ics", "--person", "50", "-o", tmp_path / "itinerary.ics"),
        ("pack", "--event", "17", "-o", tmp_path / "pack.pdf"),
        ("backup", "-o", tmp_path / "copy.db"),
    ]
    for command in outputs:
        result = run(*command, "--db", sample)
        assert result.returncode == 0, (command, result.stderr)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) > 6
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    for folder in (tmp_path / "new", tmp_path / "new" / "per-attendee"):
        assert mode(folder) == 0o700, folder


@pytest.mark.parametrize("command", [("ics", "--event", "1"), ("pack", "--event", "1")])
def test_a_device_or_a_pipe_as_output_is_refused(
    sample: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    # Not /dev/null: run as root, a regression would replace the machine's own device.
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(tmp_path / "sock"))
        for target in (tmp_path / "sock", pipe):
            result = run(*command, "--db", sample, "-o", target)
            assert result.returncode == 2, result.stderr
            assert "not a regular file" in result.stderr
            assert "Traceback" not in result.stderr
        assert stat.S_ISSOCK((tmp_path / "sock").stat().st_mode)
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_the_feed_leaves_confidential_events_out_unless_asked(sample: Path, tmp_path: Path) -> None:
    default = tmp_path / "feed.ics"
    assert run("ics", "--db", sample, "--programme", "-o", default).returncode == 0
    everything = tmp_path / "all.ics"
    asked = run("ics", "--db", sample, "--programme", "--max-classification", "confidential",
                "-o", everything)  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    shared, full = default.read_text(encoding="utf-8"), everything.read_text(encoding="utf-8")
    assert "CLASS:CONFIDENTIAL" not in shared
    assert "CLASS:CONFIDENTIAL" in full
    assert "Lithium-titanate cells" not in shared and "Lithium-titanate cells" in full
    assert 0 < shared.count("BEGIN:VEVENT") < full.count("BEGIN:VEVENT")


def test_escape_sequences_in_a_reply_never_reach_the_terminal(sample: Path, tmp_path: Path) -> None:
    reply = tmp_path / "reply.ics"
    reply.write_bytes(
        b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:\x1b]0;pwned\x07\x1b[2J\x1b[HImported 999 replies\r\n"
        b"SEQUENCE:0\r\nDTSTAMP:20261130T120000Z\r\n"
        b"ATTENDEE;PARTSTAT=ACCEPTED:mailto:a\x1b[31m@example.org\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = run("rsvp", "--db", sample, reply)
    shown = result.stdout + result.stderr
    assert "Imported 999 replies" in shown  # the text itself is shown …
    for bad in ("\x1b", "\x07", "pwned"):  # … but no sequence, nor what it hid
        assert bad not in shown


def test_output_survives_a_legacy_console_encoding(sample: Path) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "people", "--db", str(sample), "--search", "小林"],
        cwd=ROOT, capture_output=True, timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode("cp1252", "replace")
    out = result.stdout.decode("cp1252")
    assert "Kobayashi" in out and "\\u5c0f\\u6797" in out  # 小林, escaped
