"""Documents made from the programme: calendar invites, briefing packs, CSV import.

Depends on ``models`` only; nothing here imports Qt.
"""
