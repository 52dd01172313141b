"""The window's protocol pages: check-in desk, seating plan editor, vehicles editor, menu.

Thin views over :class:`models.protocol.service.ProtocolDesk`; every change
goes through the session's undo stack.
"""
