"""The window's side of the meeting scheduler: the requests panel, Plan ▸ Schedule
meetings…, ghost blocks on the timeline, locks.  The core is :mod:`models.scheduler`;
OR-Tools is imported only when a run starts."""
