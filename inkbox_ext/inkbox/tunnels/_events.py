"""What the protocol core (`TunnelSession`) tells its driver: one dataclass per event."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ._wire import Envelope
from ._wsframe import Message

__all__ = [
    "BridgeClosed",
    "BridgeData",
    "BridgeMessage",
    "BridgeOpened",
    "Event",
    "HelloAccepted",
    "Outcome",
    "RequestReceived",
    "ResponseAcked",
    "SessionEnded",
]

Outcome = Literal[
    "drain",  # GOAWAY(NO_ERROR): hand off to a new connection (make-before-break)
    "superseded",  # another client took the tunnel over: stop for good
    "auth",  # hello refused with 401/403: the key is wrong, retrying cannot help
    "token-rejected",  # an intake got 401: this connection's owner token is stale
    "hello-failed",  # hello answered with anything else, or not in time: retry
    "ping-timeout",  # the edge stopped acking pings: the connection is dead
    "fault",  # GOAWAY with an error code, or a protocol error: retry
    "eof",  # the edge closed the socket
]


@dataclass(frozen=True, slots=True)
class HelloAccepted:
    """Hello succeeded; `pool_size` intakes are parked."""

    pool_size: int
    response_deadline: float | None


@dataclass(frozen=True, slots=True)
class RequestReceived:
    """A public request to dispatch: HTTP (`route_kind` `webhook`) or a WebSocket upgrade."""

    envelope: Envelope


@dataclass(frozen=True, slots=True)
class ResponseAcked:
    """The edge answered a response post (200 = accepted)."""

    request_id: str
    status: int


@dataclass(frozen=True, slots=True)
class BridgeOpened:
    ws_id: str


@dataclass(frozen=True, slots=True)
class BridgeMessage:
    ws_id: str
    message: Message


@dataclass(frozen=True, slots=True)
class BridgeData:
    """Raw bytes from a passthrough (`tcp-stream`) bridge: the third party's TLS records."""

    ws_id: str
    data: bytes


@dataclass(frozen=True, slots=True)
class BridgeClosed:
    """The bridge ended: a third-party close (`code` theirs), a drain (4500) or an error."""

    ws_id: str
    code: int
    reason: str = ""


@dataclass(frozen=True, slots=True)
class SessionEnded:
    outcome: Outcome
    detail: str = ""


Event = (
    HelloAccepted
    | RequestReceived
    | ResponseAcked
    | BridgeOpened
    | BridgeMessage
    | BridgeData
    | BridgeClosed
    | SessionEnded
)
