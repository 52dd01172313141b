"""The app's window process, exactly as ``python main.py --db PATH`` starts it.

``python benchmarks/app_window.py --db PATH [--settle S]`` replaces
``QApplication`` by a subclass that installs the first-paint probe of
:mod:`benchmarks.qtprobe` as soon as the application exists, then hands the
command line to ``main.main`` unchanged.  Only ``main`` itself is imported
before Qt, as when the app starts, so the import cost is the app's own.  The parent points the
settings and data folders at a scratch directory.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--settle", type=float, default=0.0)
    args = parser.parse_args()
    try:
        import main as app_main

        # ``main.main`` opening the window imports Qt through ``ui.app``;
        # the probe below needs Qt first, which is the same order.
    except ImportError as exc:
        from benchmarks.qtprobe import report

        report({"error": f"main cannot be imported: {exc}"})
        return 3

    import PySide6.QtWidgets as widgets

    from benchmarks.qtprobe import peak_memory_mb, report, watch

    class ProbedApplication(widgets.QApplication):
        def __init__(self, *given: object) -> None:
            super().__init__(*given)
            self._benchmark_probe = watch(self, args.settle)

    widgets.QApplication = ProbedApplication  # type: ignore[misc,assignment]
    code = app_main.main(["--db", args.db])
    # Background work the window started (a clash check in a thread) has been
    # joined by now: its memory counts too.
    report({"exit_peak_memory_mb": round(peak_memory_mb(), 1)})
    if code:
        report({"error": f"the app exited with status {code}"})
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
