"""Measure everything, print the table, write the JSON.

    python -m benchmarks.run [--sizes sample,L,XL] [--json OUT] [--workdir DIR] [--repeat N]
                             [--only window,table,import,clashes,invites,pack,mail,caldav,team]
                             [--markdown]

For every size: the window (start to first paint, beside a bare PySide6
window) and its peak memory.  On the largest size asked for: importing its
people from CSV, one filter keystroke and one sort in the people table, clash
detection, the invite export of every event and the briefing pack of the
largest event, each beside a baseline made in the same run with the bare
library doing the same work.  Targets are printed beside the figures with a
pass/miss column; absolute targets (seconds, milliseconds, megabytes) apply to
XL only.  A part of the app that is missing prints "not available: <reason>"
in its row and the run goes on.

Generated databases are kept in the work folder and reused while the
generator, the schema and the sample programme are unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import core_figures, delivery_figures, generate, window_figures  # noqa: E402
from benchmarks.harness import (  # noqa: E402
    Figure,
    describe_machine,
    format_notes,
    format_table,
    machine,
    write_json,
)
from models.store import Store  # noqa: E402

#: "Now" for exports: the evening before the generated programme starts.
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
REPEAT = {"sample": 3, "L": 2, "XL": 2}
#: Figures that take tens of seconds on XL run once there.
HEAVY = {"invites"}
SETTLE = {"sample": 1.0, "L": 1.0, "XL": 2.0}
DEFAULT_WORKDIR = Path(tempfile.gettempdir()) / "delegation-desk-benchmarks"


def _fingerprint(size: str) -> str:
    """Changes when what the database of ``size`` would contain may change."""
    digest = hashlib.blake2b(digest_size=6)
    sources = [ROOT / "benchmarks" / "generate.py", ROOT / "models" / "store" / "migrations.py"]
    if size == "sample":
        sources += sorted((ROOT / "models").glob("sample*.py"))
        sources += sorted((ROOT / "models" / "sample").glob("*.py"))
    for path in sources:
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()


def database(size: str, workdir: Path, log: bool = True) -> Path:
    """The generated database of ``size``, built unless an identical one is kept."""
    path = workdir / f"{size}-{_fingerprint(size)}.db"
    if path.exists():
        return path
    for old in workdir.glob(f"{size}-*.db*"):
        old.unlink()
    started = time.perf_counter()
    generate.build(path.with_suffix(".part"), size)
    path.with_suffix(".part").rename(path)
    if log:
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


#: The groups of figures ``--only`` can pick (the window brings its memory).
GROUPS = ("window", "table", "import", "clashes", "invites", "pack", "mail", "caldav", "team")


def measure(sizes: list[str], workdir: Path, repeat: int | None = None,
            log: bool = True, only: Sequence[str] = GROUPS) -> list[Figure]:  # fmt: skip
    figures: list[Figure] = []

    def say(text: str) -> None:
        if log:
            print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    home = workdir / "home"
    if "window" in only:
        say("warming up (one unmeasured start of each window)")
        window_figures.warm_up(database("sample", workdir, log), home)
        for size in sizes:
            db = database(size, workdir, log)
            # Start-up times have a long tail on a shared machine: the best of
            # at least five starts of each window estimates the floor.
            n = repeat or max(REPEAT[size], 5)
            say(f"{size}: window")
            figures += window_figures.window_figures(size, db, home, n, SETTLE[size])
    size = sizes[-1]
    n = repeat or REPEAT[size]
    db = database(size, workdir, log)
    if "table" in only:
        say(f"{size}: people table")
        figures += window_figures.table_figures(size, db, home, max(n, 5))
    if "team" in only:
        from benchmarks import team_figures

        say(f"{size}: team join and sync")
        figures.append(team_figures.join_figure(size, db, workdir, n))
        figures.append(team_figures.sync_figure(size, db, workdir, n))
    if not set(only) & {"import", "clashes", "invites", "pack", "mail", "caldav"}:
        return figures
    store = Store.open(db, create=False)
    try:
        programme = store.programme()
    finally:
        store.close()
    counts = generate.Size(size, len(programme.people), len(programme.organisations),
                           len(programme.events), 0, 0, 0, 0, 0)  # fmt: skip
    if "import" in only:
        say(f"{size}: import")
        figures.append(core_figures.import_figure(counts, workdir, n))
    if "clashes" in only:
        say(f"{size}: clashes")
        figures.append(core_figures.clash_figure(counts, programme, max(n, 3)))
    if "invites" in only:
        say(f"{size}: invites")
        once = 1 if size == "XL" and "invites" in HEAVY else n
        figures.append(core_figures.invite_figure(counts, programme, NOW, once))
    if "pack" in only:
        say(f"{size}: briefing pack")
        figures.append(core_figures.pack_figure(counts, programme, NOW, n))
        say(f"{size}: briefing pack in Devanagari")
        # Two packs of the same size measured alternately: the best of three each
        # keeps a load spike on a shared machine out of the ratio.
        figures.append(core_figures.script_pack_figure(counts, programme, NOW, max(n, 3)))
        say("sample: delegation briefing pack")
        sample_store = Store.open(database("sample", workdir, log), create=False)
        try:
            sample = sample_store.programme()
        finally:
            sample_store.close()
        figures.append(core_figures.delegation_pack_figure(sample, NOW, max(n, 2)))
    if "mail" in only:
        say(f"{size}: e-mail")
        figures.append(delivery_figures.mail_figure(size, db, programme, NOW, n))
    if "caldav" in only:
        say(f"{size}: CalDAV publish")
        figures += delivery_figures.caldav_figures(size, db, programme, NOW)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split(
        "\n\n")[0])  # fmt: skip
    parser.add_argument("--sizes", default="sample,L,XL",
                        help="comma-separated, from: " + ", ".join(generate.SIZES))  # fmt: skip
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures here")
    parser.add_argument(
        "--workdir", type=Path, default=DEFAULT_WORKDIR,
        help=f"where generated files are kept (default {DEFAULT_WORKDIR})",
    )  # fmt: skip
    parser.add_argument("--repeat", type=int, help="runs per figure (default: by size)")
    parser.add_argument(
        "--only", default=",".join(GROUPS),
        help="comma-separated figures to measure, from: " + ", ".join(GROUPS),
    )  # fmt: skip
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in generate.SIZES]
    if not sizes or unknown:
        parser.error(f"unknown size {', '.join(unknown) or '(none)'}; use "
                     + ", ".join(generate.SIZES))  # fmt: skip
    sizes.sort(key=list(generate.SIZES).index)
    only = [g.strip() for g in args.only.split(",") if g.strip()]
    if not only or set(only) - set(GROUPS):
        parser.error(f"--only takes {', '.join(GROUPS)}")
    args.workdir.mkdir(parents=True, exist_ok=True)
    info = machine()
    figures = measure(sizes, args.workdir, args.repeat, only=only)
    print(f"Delegation Desk benchmarks, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(describe_machine(info))
    print()
    print(format_table(figures, markdown=args.markdown))
    print()
    print("Baselines:")
    print(format_notes(figures))
    if args.json:
        write_json(args.json, figures, info, sizes)
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
