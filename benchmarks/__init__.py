"""Benchmarks: does the app stay instant on a programme a hundred times the real one?

``python -m benchmarks.run`` builds synthetic programmes with
:mod:`benchmarks.generate`, measures each figure beside a baseline made with
the bare library doing the same work in the same run, prints a table and
writes the same figures as JSON.  See ``benchmarks/README.md``.
"""

#: Marks a child process's report line (JSON after it) among whatever else it prints.
#: Here, not in the harness: the measured children import it and nothing more.
REPORT_PREFIX = "BENCHMARK-REPORT "
