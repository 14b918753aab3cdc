"""Tunnels data plane: `connect()` a local URL or ASGI app to `https://{name}.{zone}`."""
