"""Protocol documents, printed beside the briefing packs (A4, reportlab).

* ``seating`` — the seating plan (drawn to scale, with the seat list in order
  of precedence): a page of the event's pack and a document on its own;
* ``cards`` — folded name cards (tent cards), two per A4 sheet cut across the
  middle, the name on both faces in Latin and Japanese script;
* ``badges`` — sheets of badge inserts, 8 per A4 page, each 90 × 60 mm, with
  a QR code holding the badge's opaque token;
* ``manifest`` — vehicle manifests of a site visit, one section per leg;
* ``gifts`` — the gift register page of a delegation pack;
* ``attendance`` — who was expected and who arrived, as CSV;
* ``sheet`` — the canvas shared by the cut-out documents (cards, badges).

Documents with flowing pages are laid out by ``exports.briefing.build.render``
with the packs' header, footer, marking and fonts; the cut-out sheets reuse
the packs' font, text cleaning and PDF date.  Nothing here imports Qt.
"""
