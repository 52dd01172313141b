"""The layers stay one-way: models/ and exports/ never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("package", ["models", "exports"])
def test_no_qt_outside_ui(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(i for i in _imports(path) if i.startswith("PySide6"))
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_models_do_not_depend_on_exports_or_ui() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            i for i in _imports(path) if i.split(".")[0] in {"exports", "ui", "main"}
        )
        for path in (ROOT / "models").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_exports_do_not_depend_on_ui() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            i for i in _imports(path) if i.split(".")[0] in {"ui", "main"}
        )
        for path in (ROOT / "exports").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
