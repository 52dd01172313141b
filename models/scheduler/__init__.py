"""The meeting scheduler: wish lists in, a clash-free proposal out.

Layers, each a plain function of plain data (no Qt, no database):

* :mod:`~models.scheduler.requests` — meeting requests, availability and settings;
* :mod:`~models.scheduler.problem` — the problem built from the programme (frozen);
* :mod:`~models.scheduler.feasibility` — the exact checks every placement passes;
* :mod:`~models.scheduler.greedy` — a fast construction, fair first;
* :mod:`~models.scheduler.solver` — the whole programme's CP-SAT model, for its bound
  (OR-Tools imported only here and below, only when scheduling starts; optional);
* :mod:`~models.scheduler.bounds` — each company's most value alone (cuts for the bound);
* :mod:`~models.scheduler.lns` — fix-and-optimize, a few dozen meetings at a time, on the
  exact small models of :mod:`~models.scheduler.submodel` (rooms and interpreters in
  :mod:`~models.scheduler.staffing`);
* :mod:`~models.scheduler.explain` — why a request was left out;
* :mod:`~models.scheduler.engine` — the whole run: greedy, solver, exact validation;
* :mod:`~models.scheduler.service` — reading the store, applying a proposal, undo.

Importing this package imports none of them.
"""
