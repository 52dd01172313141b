"""The composition root: which arguments open the window, which run a command."""

from __future__ import annotations

import argparse

import pytest

import main


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Record window openings instead of starting Qt."""
    calls: list[str | None] = []

    def fake_gui(args: argparse.Namespace) -> int:
        calls.append(getattr(args, "db", None))
        return 0

    monkeypatch.setattr(main, "run_gui", fake_gui)
    return calls


def test_no_arguments_or_only_a_database_open_the_window_without_every_command(
    opened: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_parser() -> argparse.ArgumentParser:
        raise AssertionError("the window should not build the command parser")

    monkeypatch.setattr(main, "build_parser", no_parser)
    assert main.main([]) == 0
    assert main.main(["--db", "delhi.db"]) == 0
    assert main.main(["--db=tokyo.db"]) == 0
    assert opened == [None, "delhi.db", "tokyo.db"]


def test_a_command_still_runs_and_gui_is_a_command_too(
    opened: list[str | None], tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.db"
    assert main.main(["demo", "--db", str(db)]) == 0
    assert "Wrote the sample programme" in capsys.readouterr().out
    assert main.main(["gui", "--db", str(db)]) == 0
    assert opened == [str(db)]


def test_unknown_options_are_refused_with_status_2(opened: list[str | None]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main.main(["--db", "x.db", "--bogus"])
    assert stopped.value.code == 2
    assert opened == []
