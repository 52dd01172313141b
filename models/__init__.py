"""The domain of Delegation Desk: entities, rules, storage and use cases.

Pure Python: nothing in this package imports Qt, so the command line, the
exports and the tests run without a display.
"""

__version__ = "0.1.0"
