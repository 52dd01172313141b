"""The baseline window process: bare PySide6, a main window with a table.

``python benchmarks/bare_window.py [--settle S]`` creates the application
(``ProbedApplication``, as the app's process does) and a ``QMainWindow``
whose central widget is a ``QTableWidget`` of 100 rows and 7 columns of text,
shows it, waits until the first paint has been processed and prints the
report line of :mod:`benchmarks.qtprobe`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem

from benchmarks.qtprobe import ProbedApplication

COLUMNS = ("Family name", "Given name", "Japanese name", "Position", "Organisation", "Email",
           "Phone")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--settle", type=float, default=0.0)
    args = parser.parse_args()
    ProbedApplication.settle = args.settle
    app = ProbedApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    table = QTableWidget(100, len(COLUMNS))
    table.setHorizontalHeaderLabels(COLUMNS)
    for row in range(100):
        for column, title in enumerate(COLUMNS):
            table.setItem(row, column, QTableWidgetItem(f"{title} {row}"))
    window.setCentralWidget(table)
    window.resize(1200, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
