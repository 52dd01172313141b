"""Figures, targets, timing, and the table and JSON they are reported in."""

from __future__ import annotations

import gc
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

PASS, MISS, NO_TARGET, UNAVAILABLE, FAILED = "pass", "miss", "-", "not available", "failed"


class Unavailable(Exception):
    """A component the figure needs has not landed (or lacks the API used)."""


@dataclass(frozen=True, slots=True)
class Target:
    """At most ``ratio`` times the baseline and/or under ``limit`` (in the figure's unit).

    ``ratio_sizes`` and ``limit_sizes`` name the sizes each part was set for
    (empty: every size); elsewhere the part is shown in brackets and not judged.
    """

    ratio: float | None = None
    limit: float | None = None
    ratio_sizes: tuple[str, ...] = ()
    limit_sizes: tuple[str, ...] = ()

    def _parts(self, unit: str) -> list[tuple[str, tuple[str, ...]]]:
        parts = []
        if self.ratio is not None:
            parts.append((f"<= {self.ratio:g}x", self.ratio_sizes))
        if self.limit is not None:
            parts.append((f"< {self.limit:g} {unit}", self.limit_sizes))
        return parts

    def describe(self, unit: str, size: str) -> str:
        shown = []
        for text, sizes in self._parts(unit):
            shown.append(text if not sizes or size in sizes else f"({'/'.join(sizes)}: {text})")
        return " and ".join(shown) or "-"

    def judge(self, size: str, value: float, baseline: float | None) -> str:
        checks: list[bool] = []
        if (
            self.ratio is not None
            and baseline
            and (not self.ratio_sizes or size in self.ratio_sizes)
        ):
            checks.append(value <= self.ratio * baseline)
        if self.limit is not None and (not self.limit_sizes or size in self.limit_sizes):
            checks.append(value < self.limit)
        if not checks:
            return NO_TARGET
        return PASS if all(checks) else MISS


@dataclass(slots=True)
class Figure:
    """One row of the table."""

    name: str
    size: str
    work: str  # what was done, e.g. "100,000 rows"
    unit: str  # "s", "ms" or "MB"
    value: float | None = None
    baseline: float | None = None
    baseline_name: str = ""
    target: str = "-"
    status: str = NO_TARGET
    note: str = ""  # the reason a figure is missing, or what was measured exactly
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        for key in ("value", "baseline"):
            if data[key] is not None:
                data[key] = float(f"{data[key]:.6g}")
        return data


Measure = Callable[[], "Figure"]


def settle() -> None:
    """Start each timing from the same state: no garbage from the previous one."""
    gc.collect()


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``work``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        settle()
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def complete(figure: Figure, target: Target | None) -> Figure:
    if target is not None:
        figure.target = target.describe(figure.unit, figure.size)
        if figure.value is not None:
            figure.status = target.judge(figure.size, figure.value, figure.baseline)
    return figure


def guarded(template: Figure, target: Target | None, measure: Callable[[Figure], None]) -> Figure:
    """Run ``measure`` to fill in ``template``; a missing part or a failure becomes a note."""
    template.target = target.describe(template.unit, template.size) if target else "-"
    try:
        measure(template)
    except Unavailable as exc:
        template.value = template.baseline = None
        template.status, template.note = UNAVAILABLE, f"not available: {exc}"
        return template
    except Exception as exc:
        template.value = None
        template.status = FAILED
        template.note = f"failed: {type(exc).__name__}: {exc}"[:300]
        return template
    return complete(template, target)


# -- the machine ------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_mb = None
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory_mb = round(pages / 2**20)
    except (ValueError, OSError, AttributeError):
        pass
    versions = {}
    for module in ("PySide6", "sqlite_utils", "icalendar", "reportlab"):
        try:
            from importlib.metadata import version

            dist = {"PySide6": "PySide6-Essentials", "sqlite_utils": "sqlite-utils"}.get(
                module, module
            )
            versions[module] = version(dist)
        except Exception:
            versions[module] = "?"
    import sqlite3

    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_mb": memory_mb,
        "python": platform.python_version(),
        "implementation": sys.implementation.name,
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        **versions,
    }


def describe_machine(info: dict[str, Any]) -> str:
    return (
        f"Machine: {info['cpus']} CPUs, {info['cpu_model']}, {info['memory_mb']:,} MB RAM; "
        f"Python {info['python']}; PySide6 {info['PySide6']}; SQLite {info['sqlite']}; "
        f"icalendar {info['icalendar']}; reportlab {info['reportlab']}; "
        f"sqlite-utils {info['sqlite_utils']}"
    )


# -- output --------------------------------------------------------------------------


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s" and value < 0.1:
        return f"{value * 1000:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


COLUMNS = ("figure", "size", "work", "measured", "baseline", "ratio", "target", "result")


def table_rows(figures: Sequence[Figure]) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for f in figures:
        ratio = "-" if f.ratio is None else f"{f.ratio:.2f}x"
        result = f.status if not f.note or f.status in (PASS, MISS, NO_TARGET) else f.note
        found.append(
            (f.name, f.size, f.work, _number(f.value, f.unit), _number(f.baseline, f.unit),
             ratio, f.target, result)
        )  # fmt: skip
    return found


def format_table(figures: Sequence[Figure], *, markdown: bool = False) -> str:
    body = table_rows(figures)
    if markdown:
        lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
        lines += ["| " + " | ".join(row) + " |" for row in body]
        return "\n".join(lines)
    widths = [max(len(c), *(len(r[i]) for r in body)) if body else len(c)
              for i, c in enumerate(COLUMNS)]  # fmt: skip
    widths[-1] = len(COLUMNS[-1])  # the last column is left ragged
    lines = ["  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in body]
    return "\n".join(lines)


def format_notes(figures: Sequence[Figure]) -> str:
    notes = [f"- {f.name} ({f.size}): baseline = {f.baseline_name}" for f in figures
             if f.baseline_name]  # fmt: skip
    return "\n".join(notes)


def write_json(
    path: Path, figures: Sequence[Figure], info: dict[str, Any], sizes: Sequence[str] = ()
) -> None:
    document = {
        "machine": info,
        "sizes": list(sizes),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "figures": [f.as_json() for f in figures],
    }
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
    os.replace(temporary, path)
