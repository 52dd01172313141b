"""Delegation Desk — composition root.

Parses the command line, opens the store and either starts the window or
runs a command.  The window's package is imported only when it is needed,
so every command works without a display.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import sys
from collections.abc import Sequence

from models.errors import AppError

#: Modules that add sub-commands: each has ``register(subparsers)``; every
#: sub-command sets ``func(args) -> int`` as its default.
COMMAND_MODULES = (
    "models.commands",
    "exports.calendar.commands",
    "exports.briefing.commands",
    "exports.csv_commands",
    "models.backup_commands",
    "exports.mail.commands",
    "exports.caldav.commands",
    "models.protocol.commands",
    "exports.protocol.commands",
    "models.scheduler.commands",
    "exports.requests_commands",
    "models.sync.commands",
    "ui.commands",
)

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="delegation-desk",
        description="Run the logistics of a bilateral trade delegation: programme, people, "
        "clashes, calendar invites and briefing packs. Without a command, opens the window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the database file (default: delegation-desk.db in your data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    gui.set_defaults(func=run_gui)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    # Starting the window makes tens of thousands of objects (Qt's enum types,
    # the core's classes) and frees almost none: collecting garbage meanwhile
    # only costs time.  ui.app.run collects again once the window is drawn.
    gc.disable()
    try:
        # The core before Qt: once loaded, PySide reads the source of every
        # module imported after it (looking for its feature switches), which
        # the window's start would pay for each module of the core.
        import models.services  # noqa: F401

        try:
            from ui.app import run
        except ImportError as exc:  # Qt missing or no display libraries
            from ui.commands import QT_SYSTEM_LIBRARIES

            print(
                f"delegation-desk: the window cannot start: {exc}. On Debian or Ubuntu "
                f"install {QT_SYSTEM_LIBRARIES} (see the README).",
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
        return int(run(getattr(args, "db", None)))
    finally:
        gc.enable()


def _window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """``[--db PATH]`` and nothing else: the window, without building every command."""
    quick = argparse.ArgumentParser(add_help=False)
    quick.add_argument("--db")
    args, rest = quick.parse_known_args(argv)
    return None if rest else args


def _guard_output() -> None:
    """Whatever a command prints — names from a file, a reply's text — reaches the
    terminal without escape sequences, and never fails on the console's encoding."""
    from models.printable import PrintableStream

    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, PrintableStream):
            setattr(sys, name, PrintableStream(stream))


def _stop_cleanly_on_sigterm() -> None:
    """SIGTERM (a logout, ``kill``, a service manager) ends a command like Ctrl+C:
    through its ``finally`` blocks, so the database is closed and its ``-wal``
    moved into the file.  The window installs its own handler (``ui.app``)."""
    import signal

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    with contextlib.suppress(ValueError, OSError):  # not the main thread, or no SIGTERM
        signal.signal(signal.SIGTERM, stop)


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    if argv is None:  # a real run, not a call from a test
        _guard_output()
        _stop_cleanly_on_sigterm()
    args = _window_only(given)
    if args is None:
        args = build_parser().parse_args(given)
    func = getattr(args, "func", run_gui)
    try:
        return int(func(args))
    except AppError as exc:
        print(f"delegation-desk: {exc.user_message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("delegation-desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
