"""The inspector: a server-rendered web page at `/_emulator/ui/` showing what the agent did.

Jinja2 templates and one small script served from this package (no build step, nothing
from the network). Reads the store directly (read-only, see `queries.py`); every change it
makes (inject mail/texts/calls, advance the clock, switch faults, replay a webhook) goes
through the same functions as the `/_emulator/` test hooks.
"""

from __future__ import annotations

from .app import inspector_routes

__all__ = ["inspector_routes"]
