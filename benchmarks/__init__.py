"""Benchmarks: does the app stay instant on a programme a hundred times the real one?

``python -m benchmarks.run`` builds synthetic programmes with
:mod:`benchmarks.generate`, measures each figure beside a baseline made with
the bare library doing the same work in the same run, prints a table and
writes the same figures as JSON.  See ``benchmarks/README.md``.
"""

#: The line a child process prints its figures on, as JSON after this prefix.
REPORT_PREFIX = "BENCHMARK-REPORT "
