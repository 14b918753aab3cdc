"""Where the API key, base URL and default identity come from: flag, environment, config file.

`~/.inkbox/config` (or `$INKBOX_CONFIG`) is TOML:

    api_key = "ApiKey_..."
    base_url = "http://127.0.0.1:8765"
    identity = "my-agent"
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

__all__ = ["CONFIG_ENV", "Settings", "config_path", "load_settings"]

CONFIG_ENV = "INKBOX_CONFIG"


def config_path() -> Path:
    given = os.environ.get(CONFIG_ENV)
    return Path(given) if given else Path.home() / ".inkbox" / "config"


def _read_config(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path} is not a TOML file: {exc}") from None
    return data


class Settings:
    """A plain class: attrs or dataclasses would add tens of ms to every `inkbox` start."""

    __slots__ = ("api_key", "base_url", "identity", "json")

    def __init__(
        self, *, api_key: str | None, base_url: str | None, identity: str | None, json: bool
    ) -> None:
        self.api_key = api_key
        self.base_url = base_url
        self.identity = identity
        self.json = json

    def __repr__(self) -> str:  # the key never prints
        return f"Settings(base_url={self.base_url!r}, identity={self.identity!r})"


def load_settings(
    *, api_key: str | None, base_url: str | None, identity: str | None, json: bool
) -> Settings:
    config = _read_config(config_path())

    def pick(flag: str | None, env: str, key: str) -> str | None:
        value = flag or os.environ.get(env) or config.get(key)
        return str(value) if value else None

    return Settings(
        api_key=pick(api_key, "INKBOX_API_KEY", "api_key"),
        base_url=pick(base_url, "INKBOX_BASE_URL", "base_url"),
        identity=pick(identity, "INKBOX_IDENTITY", "identity"),
        json=json,
    )
