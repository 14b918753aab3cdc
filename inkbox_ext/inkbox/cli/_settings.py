"""What the command adds to the SDK's settings: the identity to act as.

The API key and base URL are the SDK's own (flag → `INKBOX_API_KEY` / `INKBOX_BASE_URL` →
`~/.inkbox/config`, read by `inkbox._config`); the command passes only its flags through.
The identity comes from `--identity`, then `INKBOX_IDENTITY`, then an `identity = …` line in
the same config file.
"""

from __future__ import annotations

import os

__all__ = ["Settings", "configured_identity"]

ENV_IDENTITY = "INKBOX_IDENTITY"


def configured_identity() -> str | None:
    from .._config import read_config_file

    return os.environ.get(ENV_IDENTITY) or read_config_file().get("identity") or None


class Settings:
    """A plain class: attrs or dataclasses would add tens of ms to every `inkbox` start."""

    __slots__ = ("api_key", "base_url", "json")

    def __init__(self, *, api_key: str | None, base_url: str | None, json: bool) -> None:
        self.api_key = api_key
        self.base_url = base_url
        self.json = json

    def __repr__(self) -> str:  # the key never prints
        return f"Settings(base_url={self.base_url!r}, json={self.json})"
