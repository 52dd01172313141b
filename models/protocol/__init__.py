"""Protocol: order of precedence, seating plans, badges and check-in, vehicles, gifts.

Pure Python over plain data, like the rest of ``models``:

* ``entities`` — the records (rank tables, seats, vehicles, gifts, check-ins)
  and :class:`~models.protocol.entities.ProtocolBook`, the protocol part of a
  :class:`~models.entities.Programme`;
* ``precedence`` — who comes first, by a rank table per delegation and a
  stated tie rule; host and guest sides apart;
* ``seating`` — table plans for bilateral tables, round tables and rows;
* ``vehicles`` — passengers to vehicles by precedence, seat counts, motorcade;
* ``checkin`` — opaque badge tokens and the answers of the check-in desk;
* ``service`` — the use cases the window and the command line both call.
"""
