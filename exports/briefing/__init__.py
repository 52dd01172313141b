"""PDF briefing packs and printed itineraries (A4, reportlab).

Public API (import from ``exports.briefing.build``; reportlab is imported only
when a pack is actually built)::

    render_event_pack(programme, event_id, *, delegation_id=None, watermark=False,
                      now=None, author="Delegation Desk", progress=None, cancel=None) -> bytes
    render_delegation_pack(programme, delegation_id, *, watermark=False, now=None,
                           author=..., progress=None, cancel=None) -> bytes
    render_itinerary(programme, person_id, *, watermark=False, now=None,
                     author=..., progress=None, cancel=None) -> bytes

    build_event_pack(programme, event_id, path, **same_options) -> Path
    build_delegation_pack(programme, delegation_id, path, **same_options) -> Path
    build_itinerary(programme, person_id, path, **same_options) -> Path

    default_file_name(programme, *, event_id=None, delegation_id=None,
                      person_id=None) -> str      # to offer in a save dialog

- ``programme`` is ``Desk.programme()`` (plain data; safe to hand to a worker
  thread — the builders never touch the database).
- ``now`` (aware datetime) is the PDF's creation date and the "Printed …" line;
  pass ``desk.clock.now()``.  Output is byte-identical for identical input.
- ``delegation_id`` (event pack only): whose home zone the times are shown in
  beside the venue's; by default the delegation with most people at the event
  living in another zone.
- ``progress(done, total)`` is called from the building thread as pages are
  laid out (``done`` only rises; ``total`` may grow a little as tables split;
  the last call has ``done == total``).
- Layout options of every ``render_*``/``build_*``: ``notes=True`` (a ruled
  notes page after each event), ``language="en"`` (the catalogue in
  ``labels``), ``order=`` (how people are listed: ``(programme, people) ->
  people``; by default the order of precedence of ``models.protocol``).
- ``cancel`` is a ``threading.Event`` (or a callable returning True) checked
  between flowables: once set, :class:`models.errors.Cancelled` is raised.
- ``build_*`` write through a temporary file in the same folder and
  ``os.replace``: a failed or cancelled build leaves an existing file untouched.
- Errors a person can act on are :class:`models.errors.AppError` subclasses:
  ``NotFound`` (unknown id), ``ExportError`` (cannot write, text too long for a
  page, font missing), ``Cancelled``.

Every pack is marked at the highest classification of the events it contains
(header, footer and cover); ``watermark=True`` adds the marking diagonally.
Text is set in the embedded IPA PGothic, and each run it has no glyphs for in
the shipped Noto font that has them (Indian scripts shaped through HarfBuzz):
names in any of these scripts print on any machine.  The command line adapter
is ``commands.py`` (``pack``).

Modules: ``text`` (sanitiser), ``fonts``, ``scripts`` (font per run),
``shaping`` (HarfBuzz, ActualText), ``drawing`` (text on the canvas),
``labels`` (every heading and label), ``styles`` (``get_styles``), ``parts``
(tables, times, context), ``sections`` (one event's sections), ``story``
(covers, contents, event pack), ``delegation`` (delegation pack),
``itinerary``, ``flowables``, ``canvas`` (header, footer, watermark, "Page X
of Y"), ``build``.
"""
