"""The edge's settings: what `--tunnel-zone/--tunnel-edge-port/...` say, plus timers and caps."""

from __future__ import annotations

import attrs

__all__ = ["MIB", "EdgeSettings"]

MIB = 1024 * 1024


@attrs.frozen
class EdgeSettings:
    """
    Args:
        zone: The data-plane zone; public hosts are `{name}.{zone}`.
        edge_port: TLS + HTTP/2 port tunnel clients dial (0 picks one; tunnels then report
            `zone:port` unless it is 443).
        public_port: Plain HTTP/1.1 port third parties call (`http://{name}.{zone}:PORT/`).
        passthrough_port: TLS port routed by SNI into passthrough tunnels (None: off).
        ca_file: Where the emulator CA certificate is written at start-up (None: not written).
        host: Interface of all three listeners.
        response_deadline_seconds: Told to clients in hello; the edge answers 504
            `deadline_grace_seconds` after it when no response post came (so that a client's
            own 504 arrives first).
        intake_idle_seconds: Told to clients in hello; an intake parked that long is released
            (204 `intake-idle`) and the client parks a fresh one.
        drain_seconds: How long a stopping edge keeps serving after its GOAWAY (new hellos get
            503) while requests finish and clients leave.
        default_pool_size: Parked intakes per connection when the client does not ask.
        max_body_bytes: Request bodies over this get 413.
        body_offload_bytes: Request bodies over this (by Content-Length) are not sent as intake
            DATA but offered at `inkbox-body-uri` (`http://HOST:PUBLIC/_inkbox/body/{token}`,
            one GET); None (the default) never offloads.
        max_header_bytes / max_header_count: A request whose envelope would be larger gets
            431 (Python clients accept 64 KiB of header list, Node clients 128 fields).
    """

    zone: str = "localhost"
    edge_port: int = 8443
    public_port: int = 8080
    passthrough_port: int | None = None
    ca_file: str | None = None
    host: str = "127.0.0.1"
    response_deadline_seconds: float = 30.0
    deadline_grace_seconds: float = 2.0
    drain_seconds: float = 1.0
    default_pool_size: int = 4
    intake_idle_seconds: float = 300
    max_body_bytes: int = 32 * MIB
    body_offload_bytes: int | None = None
    max_header_bytes: int = 48 * 1024
    max_header_count: int = 100

    @property
    def reply_budget(self) -> float:
        """Seconds a public request waits for an intake and the client's reply, in all."""
        return self.response_deadline_seconds + self.deadline_grace_seconds
