"""Command-line sub-commands that need the window's code (Qt imported lazily)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add this module's sub-commands."""
