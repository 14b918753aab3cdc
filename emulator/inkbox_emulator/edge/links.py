"""The edge's side of the client-initiated streams (reference §2.4-2.7, §3.2, §4.4).

One `Link` per tunnel holds its single live connection, that connection's owner token, the
FIFO of parked intakes, and the public requests waiting for a reply. Replies and bridges are
looked up per tunnel, never per connection: a response post may come back on a newer
connection than the intake that carried the request (make-before-break).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import secrets
import time
from collections import deque
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import Unauthorized
from ..store import Row
from ..store import tunnels as store_tunnels
from ..world import tunnels as world_tunnels
from .h2conn import EdgeConnection, Stream

if TYPE_CHECKING:
    from ..world import World
    from .settings import EdgeSettings

__all__ = ["SUPERSEDED", "Link", "Links", "Pending"]

log = logging.getLogger("inkbox_emulator.edge")

SUPERSEDED = 0x1201  # GOAWAY code of a takeover (reference §4.3-4.4)
_RESPONSE = re.compile(r"/_system/response/([A-Za-z0-9_-]{1,128})")
_BRIDGE = re.compile(r"/_system/(ws|tcp)/([A-Za-z0-9_-]{1,128})")
_JSON = ("content-type", "application/json")


@attrs.define(eq=False)
class Pending:
    """A public request waiting for its response post (and, for a WebSocket, its bridge)."""

    request_id: str
    reply: asyncio.Future[Stream]
    bridge_id: str | None = None
    bridge: asyncio.Future[Stream] | None = None


@attrs.define(eq=False)
class Link:
    """One tunnel as the edge sees it."""

    tunnel_id: str
    name: str
    conn: EdgeConnection | None = None
    owner_token: str | None = attrs.field(default=None, repr=False)  # a credential
    pool_size: int = 0
    connected_at: float | None = None
    connects: int = 0
    parked: deque[Stream] = attrs.Factory(deque)
    waiters: deque[asyncio.Future[Stream]] = attrs.Factory(deque)
    pending: dict[str, Pending] = attrs.Factory(dict)
    bridges: dict[str, Pending] = attrs.Factory(dict)
    changed: asyncio.Event = attrs.Factory(asyncio.Event)  # replaced at every (dis)connect
    idle_timers: dict[Stream, asyncio.TimerHandle] = attrs.Factory(dict)

    def notify(self) -> None:
        self.changed.set()
        self.changed = asyncio.Event()

    async def wait_for(self, *, connected: bool, connects: int = 0, timeout: float) -> bool:
        """Until `connected` (and at least `connects` hellos so far); False on timeout."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while not (self.connected == connected and self.connects >= connects):
            changed = self.changed
            try:
                await asyncio.wait_for(changed.wait(), max(0.0, end - loop.time()))
            except TimeoutError:
                return False
        return True

    @property
    def connected(self) -> bool:
        return self.conn is not None and self.conn.accepting

    def park(self, intake: Stream, idle_seconds: float) -> None:
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.done():
                waiter.set_result(intake)
                return
        self.parked.append(intake)
        loop = asyncio.get_running_loop()
        self.idle_timers[intake] = loop.call_later(idle_seconds, self._release, intake)

    def _release(self, intake: Stream) -> None:
        """An intake parked for `intake_idle_seconds` is let go with 204 (the client parks a
        fresh one; one answer per idle period cannot make it spin)."""
        self.idle_timers.pop(intake, None)
        if intake in self.parked and intake.conn.accepting:  # nothing new to a draining one
            self.parked.remove(intake)
            intake.respond(204, [("inkbox-reason", "intake-idle")], end=True)

    def unpark_all(self, conn: EdgeConnection) -> list[Stream]:
        """Take every intake parked on `conn` out of the FIFO (its timers too)."""
        gone = [s for s in self.parked if s.conn is conn]
        self.parked = deque(s for s in self.parked if s.conn is not conn)
        for intake in gone:
            timer = self.idle_timers.pop(intake, None)
            if timer is not None:
                timer.cancel()
        return gone

    def _unpark(self) -> Stream:
        intake = self.parked.popleft()
        timer = self.idle_timers.pop(intake, None)
        if timer is not None:
            timer.cancel()
        return intake

    async def take_intake(self, timeout: float) -> Stream:
        """The oldest usable parked intake, waiting up to `timeout` (TimeoutError) for one."""
        deadline = time.monotonic() + timeout
        while True:
            while self.parked:
                intake = self._unpark()
                if intake.usable and intake.conn is self.conn:
                    return intake
            waiter: asyncio.Future[Stream] = asyncio.get_running_loop().create_future()
            self.waiters.append(waiter)
            try:
                intake = await asyncio.wait_for(waiter, max(0.0, deadline - time.monotonic()))
            finally:
                if not waiter.done():
                    waiter.cancel()
            if intake.usable and intake.conn is self.conn:
                return intake

    def state(self) -> dict[str, Any]:
        """For `/_emulator/tunnel-edge/...`: no owner token (it is a credential)."""
        return {
            "tunnel_id": self.tunnel_id,
            "tunnel_name": self.name,
            "connected": self.connected,
            "connection_id": self.conn.conn_id if self.conn else None,
            "peer_ip": self.conn.peer_ip if self.conn else None,
            "pool_size": self.pool_size,
            "parked_intakes": sum(1 for s in self.parked if s.usable),
            "pending_requests": len(self.pending),
            "connects": self.connects,
        }


class Links:
    """Answers hello, intake, response and bridge streams; keeps one `Link` per tunnel."""

    def __init__(self, world: World, settings: EdgeSettings) -> None:
        self.world = world
        self.settings = settings
        self.by_id: dict[str, Link] = {}
        self.draining = False

    def link(self, row: Row) -> Link:
        link = self.by_id.get(row["id"])
        if link is None:
            link = self.by_id[row["id"]] = Link(row["id"], row["tunnel_name"])
        link.name = row["tunnel_name"]
        return link

    async def on_stream(self, stream: Stream) -> None:
        path = stream.path.split("?", 1)[0]
        if stream.method == "POST" and path == "/_system/hello":
            await self._hello(stream)
        elif stream.method == "POST" and path == "/_system/intake":
            self._intake(stream)
        elif stream.method == "POST" and (match := _RESPONSE.fullmatch(path)):
            self._response(stream, match.group(1))
        elif stream.method == "CONNECT" and (match := _BRIDGE.fullmatch(path)):
            self._bridge(stream, match.group(1), match.group(2))
        else:
            stream.discard()
            _reject(stream, 404, "unknown-path")

    # ── auth ───────────────────────────────────────────────────────────────

    def _authorise(self, stream: Stream) -> Row | None:
        """The tunnel `x-tunnel-id` names, if `x-api-key` (or the guide-era `x-tunnel-secret`)
        may serve it; otherwise answers 401/403 itself and returns None."""
        tunnel_id = stream.header("x-tunnel-id") or ""
        row = store_tunnels.tunnel_by_id(self.world.store, tunnel_id)
        secret = stream.header("x-tunnel-secret")
        if (
            row is not None
            and secret
            and world_tunnels.verify_connect_secret(self.world, tunnel_id, secret) is not None
        ):
            return self._live(stream, row)
        key = stream.header("x-api-key")
        if not key and not secret:
            _reject(stream, 401, "missing-credentials")
            return None
        try:
            principal = self.world.keys.authenticate(key, self.world.clock.now_iso())
        except Unauthorized:
            _reject(stream, 401, "invalid-credentials")
            return None
        if (
            row is None
            or row["organization_id"] != principal.organization_id
            or not principal.may_act_for(row["agent_identity_id"])
        ):
            _reject(stream, 403, "tunnel-not-allowed")
            return None
        return self._live(stream, row)

    def _live(self, stream: Stream, row: Row) -> Row | None:
        if row["status"] != "active":
            # deleted / delete_pending / awaiting_cert: not servable; 403 stops the client.
            _reject(stream, 403, f"tunnel-{row['status']}")
            return None
        return row

    # ── hello ──────────────────────────────────────────────────────────────

    async def _hello(self, stream: Stream) -> None:
        stream.discard()
        if self.draining:
            _reject(stream, 503, "edge-draining")
            return
        row = self._authorise(stream)
        if row is None:
            return
        requested = stream.header("x-pool-size")
        pool = self.settings.default_pool_size
        if requested is not None:
            if not requested.isdigit() or not 1 <= int(requested) <= 32:
                _reject(stream, 400, "invalid-pool-size")
                return
            pool = int(requested)
        link = self.link(row)
        old = link.conn
        if old is not None and old is not stream.conn:
            self.supersede(link, old)
        link.conn = stream.conn
        link.owner_token = secrets.token_urlsafe(24)
        link.pool_size = pool
        link.connected_at = time.time()
        link.connects += 1
        world_tunnels.mark_connected(self.world, link.tunnel_id, stream.conn.peer_ip)
        stream.conn.closed_callbacks.append(lambda: self._disconnected(link, stream.conn))
        link.notify()
        body = {
            "owner_token": link.owner_token,
            "default_pool_size": pool,
            "response_deadline_seconds": self.settings.response_deadline_seconds,
            "intake_idle_seconds": self.settings.intake_idle_seconds,
        }
        log.info("tunnel %s connected on %r", link.name, stream.conn)
        stream.respond(200, [_JSON])
        await stream.send(json.dumps(body).encode(), end=True)

    def supersede(self, link: Link, old: EdgeConnection) -> None:
        """A later hello won: 409 the old connection's parked intakes, then GOAWAY 0x1201."""
        for intake in link.unpark_all(old):
            intake.respond(409, [("inkbox-reason", "intake-superseded")], end=True)
        old.goaway(SUPERSEDED, "superseded")
        asyncio.get_running_loop().call_later(2.0, old.abort)

    def _disconnected(self, link: Link, conn: EdgeConnection) -> None:
        if link.conn is conn:
            link.conn = None
            link.owner_token = None
            link.unpark_all(conn)
            link.notify()
            with contextlib.suppress(Exception):  # the store may be closing with the emulator
                world_tunnels.mark_disconnected(self.world, link.tunnel_id)
            log.info("tunnel %s disconnected", link.name)

    # ── intake ─────────────────────────────────────────────────────────────

    def _intake(self, stream: Stream) -> None:
        stream.discard()
        link = self.by_id.get(stream.header("x-tunnel-id") or "")
        token = stream.header("x-owner-token") or ""
        if link is None or link.conn is None:
            _reject(stream, 401, "owner-token-rejected")
        elif link.conn is not stream.conn:
            # An older connection of this tunnel: somebody else's hello took it over.
            _reject(stream, 409, "intake-superseded")
        elif not (link.owner_token and secrets.compare_digest(token, link.owner_token)):
            _reject(stream, 401, "owner-token-rejected")
        elif stream.conn.accepting:
            link.park(stream, self.settings.intake_idle_seconds)
        # else: a draining connection; leave the intake parked until the connection ends
        # (an instant non-200 would make the client spin, §2.7).

    # ── response posts ─────────────────────────────────────────────────────

    def _response(self, stream: Stream, request_id: str) -> None:
        row = self._authorise(stream)
        if row is None:
            stream.discard()
            return
        link = self.by_id.get(row["id"])
        pending = link.pending.pop(request_id, None) if link else None
        if pending is None or pending.reply.done():
            stream.discard()
            _reject(stream, 404, "unknown-request")
            return
        # Ack at once, before anything else (a WebSocket client waits for this ack before it
        # opens the bridge: waiting for the bridge here would deadlock, §3.5).
        stream.respond(200, end=True)
        pending.reply.set_result(stream)

    # ── bridges ────────────────────────────────────────────────────────────

    def _bridge(self, stream: Stream, kind: str, bridge_id: str) -> None:
        protocol = stream.header(":protocol")
        if protocol != f"inkbox-tunnel-{kind}":
            stream.discard()
            _reject(stream, 400, "bad-protocol")
            return
        row = self._authorise(stream)
        if row is None:
            stream.discard()
            return
        link = self.by_id.get(row["id"])
        pending = link.bridges.pop(bridge_id, None) if link else None
        if pending is None or pending.bridge is None or pending.bridge.done():
            stream.discard()
            _reject(stream, 404, "unknown-bridge")
            return
        stream.respond(200)
        pending.bridge.set_result(stream)

    # ── bookkeeping for the public side ────────────────────────────────────

    def expect(self, link: Link, request_id: str, bridge_id: str | None = None) -> Pending:
        loop = asyncio.get_running_loop()
        pending = Pending(request_id, loop.create_future())
        link.pending[request_id] = pending
        if bridge_id is not None:
            pending.bridge_id = bridge_id
            pending.bridge = loop.create_future()
            link.bridges[bridge_id] = pending
        return pending

    def forget(self, link: Link, pending: Pending) -> None:
        link.pending.pop(pending.request_id, None)
        if pending.bridge_id is not None:
            link.bridges.pop(pending.bridge_id, None)
        for future in (pending.reply, pending.bridge):
            if future is None:
                continue
            if future.done() and not future.cancelled():
                late = future.result()
                late.discard()
            else:
                future.cancel()


def _reject(stream: Stream, status: int, reason: str) -> None:
    stream.respond(status, [("inkbox-reason", reason)], end=True)
