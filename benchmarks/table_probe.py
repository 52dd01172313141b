"""The people table under load: one filter keystroke and one sort, and their baselines.

``python benchmarks/table_probe.py --db PATH [--repeat N]`` shows the app's
people page (``ui.tables.TablePage`` over ``ui.tables.PeopleModel``, as the
window builds it) offscreen, waits until it has loaded, then measures:

* sort: a click on the "Organisation" header, the first one (the model builds
  its sort keys then), and the event loop until the view has repainted;
* filter: typing one letter ("a", which most rows match: the slowest kind of
  keystroke) into the empty filter box with that sort active, until the view
  has repainted; the best of N.

Baselines, over the same strings in the same process: a list comprehension
with ``in`` over the folded haystacks (and a sort of the matches by the same
keys), and a ``sorted`` of the row numbers by the casefolded organisation
names.  Prints the report line of :mod:`benchmarks.qtprobe`.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.qtprobe import peak_memory_mb, report

LETTER = "a"  # typed as Qt.Key.Key_A
SORT_TITLE = "Organisation"


def _timed(app: QApplication, action: Any) -> float:
    gc.collect()
    started = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - started


def _best(repeat: int, work: Any) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    try:
        from models.services import Desk
        from models.store import Store
        from ui.session import Session
        from ui.tables import PeopleModel, TablePage, fold
    except ImportError as exc:
        report({"error": f"not available: {exc}"})
        return 0
    desk = Desk(Store.open(args.db, create=False))
    session = Session(desk)
    model = PeopleModel()
    page = TablePage(session, model, "people", "person", None)
    page.resize(1200, 800)
    started = time.perf_counter()
    page.show()
    app.processEvents()
    load = time.perf_counter() - started
    column = next(
        c for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == SORT_TITLE
    )  # fmt: skip
    header = page.table.horizontalHeader()
    sort = _timed(app, lambda: header.setSortIndicator(column, Qt.SortOrder.AscendingOrder))
    sort_again = _timed(app, lambda: header.setSortIndicator(column, Qt.SortOrder.DescendingOrder))
    header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    app.processEvents()
    filter_times = []
    for _ in range(args.repeat):
        filter_times.append(_timed(app, lambda: QTest.keyClick(page.filter, Qt.Key.Key_A)))
        shown = model.rowCount()
        page.filter.clear()
        app.processEvents()

    people = model.records()
    haystacks = [fold(model.haystack(p)) for p in people]
    orgs = {o.id: o.name for o in desk.organisations()}
    texts = [orgs.get(p.organisation_id, "") for p in people]
    keys = [t.casefold() for t in texts]

    def bare_filter() -> None:
        rows = [i for i, h in enumerate(haystacks) if LETTER in h]
        rows.sort(key=keys.__getitem__)

    def bare_sort() -> None:
        folded = [t.casefold() for t in texts]
        sorted(range(len(folded)), key=folded.__getitem__)

    report(
        {
            "rows": len(people),
            "shown_after_filter": shown,
            "load_s": load,
            "sort_s": sort,
            "sort_again_s": sort_again,
            "filter_s": min(filter_times),
            "filter_all_s": filter_times,
            "bare_filter_s": _best(args.repeat, bare_filter),
            "bare_sort_s": _best(args.repeat, bare_sort),
            "peak_memory_mb": round(peak_memory_mb(), 1),
        }
    )
    page.close()
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
