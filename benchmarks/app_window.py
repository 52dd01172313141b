"""The app's window process, exactly as ``python main.py --db PATH`` starts it.

``python benchmarks/app_window.py --db PATH [--settle S]`` hands the command
line to ``main.main`` unchanged, with one difference: when the app imports
``PySide6.QtWidgets``, its ``QApplication`` is replaced by
:class:`benchmarks.qtprobe.ProbedApplication`, which installs the first-paint
probe as soon as the application exists (the bare window uses the same
class).  Nothing of Qt is imported before the app imports it, so the app's
own import order, and its cost, are measured.  The parent points the
settings and data folders at a scratch directory.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDGETS = "PySide6.QtWidgets"


class _ProbeOnImport:
    """Swaps ``QApplication`` for the probed one right after QtWidgets is loaded.

    A meta path finder and loader by protocol, not by subclassing
    ``importlib.abc``: importing that would cost the measured process about
    10 ms (it pulls in ``importlib.resources``, ``tempfile``, ``typing``…).
    """

    def __init__(self, settle: float) -> None:
        self.settle = settle

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != WIDGETS:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        settle = self.settle

        class Loader:
            def create_module(self, spec: Any) -> ModuleType | None:
                return loader.create_module(spec)

            def exec_module(self, module: ModuleType) -> None:
                loader.exec_module(module)
                from benchmarks.qtprobe import ProbedApplication

                ProbedApplication.settle = settle
                module.QApplication = ProbedApplication  # type: ignore[attr-defined]

        spec.loader = Loader()
        return spec


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--settle", type=float, default=0.0)
    args = parser.parse_args()
    sys.meta_path.insert(0, _ProbeOnImport(args.settle))
    try:
        import main as app_main
    except ImportError as exc:
        from benchmarks.qtprobe import report

        report({"error": f"main cannot be imported: {exc}"})
        return 3

    # As the command starts it: main.main() reads sys.argv (given a list, it takes
    # the call for a test's and skips what only a real run does).
    sys.argv = [str(ROOT / "main.py"), "--db", args.db]
    code = app_main.main()
    from benchmarks.qtprobe import peak_memory_mb, report

    # Background work the window started (a clash check in a thread) has been
    # joined by now: its memory counts too.
    report({"exit_peak_memory_mb": round(peak_memory_mb(), 1)})
    if code:
        report({"error": f"the app exited with status {code}"})
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
