"""The meeting scheduler: wish lists in, a clash-free proposal out.

Layers, each a plain function of plain data (no Qt, no database):

* :mod:`~models.scheduler.requests` — meeting requests, availability and settings;
* :mod:`~models.scheduler.problem` — the problem built from the programme (frozen);
* :mod:`~models.scheduler.feasibility` — the exact checks every placement passes;
* :mod:`~models.scheduler.greedy` — a fast construction, fair first;
* :mod:`~models.scheduler.solver` — CP-SAT improvement with the greedy as a hint
  (OR-Tools imported only here, only when scheduling starts; optional);
* :mod:`~models.scheduler.explain` — why a request was left out;
* :mod:`~models.scheduler.engine` — the whole run: greedy, solver, exact validation;
* :mod:`~models.scheduler.service` — reading the store, applying a proposal, undo.

Importing this package imports none of them.
"""
