"""The emulator's settings: one frozen value built by the CLI, the pytest plugin or a test."""

from __future__ import annotations

import attrs

from .edge.settings import EdgeSettings
from .faults import FaultPlan

__all__ = ["DEFAULT_PORT", "PLATFORM_MAIL_DOMAIN", "TUNNEL_ZONE", "EmulatorConfig"]

DEFAULT_PORT = 8765
PLATFORM_MAIL_DOMAIN = "inkboxmail.com"
TUNNEL_ZONE = "inkboxwire.com"


@attrs.frozen(repr=False)
class EmulatorConfig:
    """
    Args:
        host: Interface to bind; loopback unless told otherwise.
        port: TCP port; 0 picks a free one.
        db_path: SQLite file that keeps state across restarts; None keeps it in memory.
        admin_api_key: The admin key; None reuses the one stored in `db_path`, or makes one.
        admin_api_key_file: A file the admin key in force is written to at start (owner-only),
            so scripts and test runs can read it instead of copying it from the banner.
        seed: Makes ids, secrets and fault draws reproducible.
        faults: The fault plan in force at start (switchable later through a hook).
        strict: Validate every response against the spec and answer 500 when one breaks it.
        webhook_retry_delays: Seconds to wait before each retry of a failed webhook delivery.
        webhook_timeout: Seconds one delivery attempt may take in all (connect to last byte).
        mail_domain: The platform's mail domain (`{handle}@inkboxmail.com`).
        unclaimed_daily_sends: Sends per day allowed to a self-signed-up agent before its human
            verifies it.
        tunnel_edge: The tunnel data plane (`--tunnel-zone` …); None leaves the edge off.
    """

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    db_path: str | None = None
    admin_api_key: str | None = None
    admin_api_key_file: str | None = None
    seed: int | None = None
    faults: FaultPlan = attrs.field(factory=FaultPlan)
    strict: bool = False
    webhook_retry_delays: tuple[float, ...] = (0.2, 1.0, 5.0)
    webhook_timeout: float = 5.0
    mail_domain: str = PLATFORM_MAIL_DOMAIN
    unclaimed_daily_sends: int = 5
    log_level: str = "warning"
    tunnel_edge: EdgeSettings | None = None

    @property
    def tunnel_zone(self) -> str:
        """The zone tunnels report: `ZONE`, or `ZONE:EDGE` when the edge is not on 443."""
        edge = self.tunnel_edge
        if edge is None:
            return TUNNEL_ZONE
        return edge.zone if edge.edge_port == 443 else f"{edge.zone}:{edge.edge_port}"

    @property
    def tunnel_host_zone(self) -> str:
        """The DNS suffix of public hosts (`{name}.{ZONE}`), never with a port."""
        return TUNNEL_ZONE if self.tunnel_edge is None else self.tunnel_edge.zone

    def __repr__(self) -> str:  # no key in reprs
        return (
            f"EmulatorConfig(host={self.host!r}, port={self.port}, db_path={self.db_path!r}, "
            f"seed={self.seed}, faults={self.faults.describe()!r}, strict={self.strict})"
        )
