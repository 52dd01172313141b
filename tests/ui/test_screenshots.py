"""``screenshots`` renders each main view of a database to PNG files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

import main

ROOT = Path(__file__).resolve().parents[2]


def test_screenshots_of_the_sample_programme(qapp, sample_desk, tmp_path, capsys) -> None:
    path = sample_desk.store.path
    sample_desk.close()
    out = tmp_path / "shots"
    assert main.main(["screenshots", "--db", path, "-o", str(out), "--width", "1000",
                      "--height", "700"]) == 0  # fmt: skip
    names = sorted(p.name for p in out.iterdir())
    assert names == ["clashes.png", "event-editor.png", "people.png", "programme-range.png",
                     "programme.png"]  # fmt: skip
    programme = QImage(str(out / "programme.png"))
    assert (programme.width(), programme.height()) == (1000, 700)
    assert str(out / "people.png") in capsys.readouterr().out


def test_screenshots_refuse_to_create_a_database(qapp, tmp_path, capsys) -> None:
    missing = tmp_path / "missing.db"
    assert main.main(["screenshots", "--db", str(missing), "-o", str(tmp_path / "o")]) == 2
    assert "There is no database" in capsys.readouterr().err
    assert not missing.exists()


def test_the_command_line_does_not_load_qt() -> None:
    code = (
        "import sys, main; main.build_parser(); "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False)
    assert done.returncode == 0
