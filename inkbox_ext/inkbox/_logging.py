"""The `inkbox` logger. `INKBOX_LOG=debug|info` turns it on without touching logging config.

Only methods, paths, statuses, timings and retry decisions are logged; never headers (the API key
travels in one), bodies or query strings.
"""

from __future__ import annotations

import functools
import logging
import os

from ._constants import ENV_LOG

__all__ = ["logger", "setup_from_env"]

logger = logging.getLogger("inkbox")


@functools.cache
def setup_from_env() -> None:
    """Attach a stderr handler at the level named by `INKBOX_LOG`, once per process."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(ENV_LOG, "").strip().lower()
    )
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
