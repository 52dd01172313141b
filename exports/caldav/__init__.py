"""Publishing calendars over CalDAV: one calendar per audience that updates itself.

* :mod:`exports.caldav.resources` — one calendar object resource per event
  (built by :mod:`exports.calendar`'s builder, without METHOD);
* :mod:`exports.caldav.publish` — the incremental publish (ETags, If-Match,
  conflicts reported);
* :mod:`exports.caldav.commands` — ``publish`` on the command line.
"""
