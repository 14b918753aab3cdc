"""Time and identifiers: the two sources of nondeterminism, injected so `--seed` can pin them.

Every timestamp the emulator writes comes from `Clock.now()` and every id or secret from `Ids`;
nothing else calls `datetime.now()`, `uuid4()` or `secrets`. A test can therefore move time
forward (`/_emulator/clock`) to let a pending number's SMS registration finish, and a seeded
run produces the same ids twice.
"""

from __future__ import annotations

import math
import random
import secrets
import string
import uuid
from datetime import UTC, datetime, timedelta

__all__ = ["MAX_OFFSET", "Clock", "Ids", "iso", "parse_iso"]

# How far tests may move the clock: a century, so every timestamp stays a four-digit year.
MAX_OFFSET = timedelta(days=36_525)


def iso(moment: datetime) -> str:
    """The wire form of a timestamp: ISO 8601, UTC, microseconds, `Z` suffix."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str) -> datetime:
    """Inverse of `iso` (also accepts offsets and bare dates, as clients send them)."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Clock:
    """Wall-clock time plus an offset that tests may advance (never rewind)."""

    def __init__(self) -> None:
        self._offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset

    def now_iso(self) -> str:
        return iso(self.now())

    def ago_iso(self, delta: timedelta) -> str:
        """`now - delta` in wire form (wire timestamps compare as strings)."""
        return iso(self.now() - delta)

    def advance(self, seconds: float) -> None:
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("the emulator clock only moves forward, by a finite number of seconds")
        if self._offset.total_seconds() + seconds > MAX_OFFSET.total_seconds():
            # Timestamps must stay four-digit years, in ISO form and in SQLite.
            raise ValueError(f"the emulator clock moves at most {MAX_OFFSET.days} days ahead")
        self._offset += timedelta(seconds=seconds)

    @property
    def offset_seconds(self) -> float:
        return self._offset.total_seconds()


class Ids:
    """UUIDs, tokens and digits: random, or reproducible when built with a seed."""

    _ALPHABET = string.ascii_letters + string.digits

    def __init__(self, seed: int | None = None) -> None:
        # A seeded PRNG is fine here: the emulator's keys guard nothing real.
        self._random: random.Random | None = random.Random(seed) if seed is not None else None

    def uuid(self) -> str:
        if self._random is None:
            return str(uuid.uuid4())
        return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    def token(self, length: int = 32) -> str:
        """Letters and digits, e.g. the secret part of an API key."""
        if self._random is None:
            return "".join(secrets.choice(self._ALPHABET) for _ in range(length))
        return "".join(self._random.choice(self._ALPHABET) for _ in range(length))

    def digits(self, length: int) -> str:
        if self._random is None:
            return "".join(secrets.choice(string.digits) for _ in range(length))
        return "".join(self._random.choice(string.digits) for _ in range(length))

    def choice(self, options: list[str] | tuple[str, ...]) -> str:
        if self._random is None:
            return secrets.choice(options)
        return self._random.choice(options)
