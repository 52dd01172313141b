"""Without Qt's system libraries, the window and ``screenshots`` say what to install.

A stand-in PySide6 that fails to load the way a missing libGL makes it fail is
put first on the path of a real process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.commands import QT_SYSTEM_LIBRARIES

ROOT = Path(__file__).resolve().parents[2]
BROKEN = 'raise ImportError("libGL.so.1: cannot open shared object file: No such file")\n'


@pytest.fixture
def no_libgl(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "qt" / "PySide6").mkdir(parents=True)
    (tmp_path / "qt" / "PySide6" / "__init__.py").write_text(BROKEN)
    return {**os.environ, "PYTHONPATH": str(tmp_path / "qt")}


@pytest.mark.parametrize("command", [("screenshots", "-o", "shots"), ()], ids=["shots", "window"])
def test_a_missing_libgl_is_a_message_naming_the_libraries(
    tmp_path: Path, no_libgl: dict[str, str], command: tuple[str, ...]
) -> None:
    db = tmp_path / "p.db"
    made = subprocess.run([sys.executable, "main.py", "demo", "--db", str(db)], cwd=ROOT,
                          capture_output=True, timeout=120)  # fmt: skip
    assert made.returncode == 0
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *command, "--db", str(db)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, env=no_libgl,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "libGL.so.1" in result.stderr
    assert "libgl1" in result.stderr and "libdbus-1-3" in result.stderr
    assert not (tmp_path / "shots").exists()


def test_the_readme_lists_every_library_the_message_names() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for library in QT_SYSTEM_LIBRARIES.split():
        assert library in readme, library
