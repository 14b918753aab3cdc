"""The tunnel errors 0.3.1 exported by name, on top of our HTTP error classes.

The conflicts stay `ConflictError`s (so `except ConflictError` keeps working) and say which
conflict it was; `recast` turns the generic 409 the transport raised into the specific one.
"""

from __future__ import annotations

from typing import Any

from ._errors import ConflictError, InkboxAPIError
from ._exceptions_base import InkboxError

__all__ = [
    "TunnelCSRStateConflict",
    "TunnelError",
    "TunnelNameInvalid",
    "TunnelNameUnavailable",
    "TunnelRemoved",
    "TunnelSecretUnavailable",
    "TunnelStateConflict",
    "TunnelTLSModeMismatch",
    "recast",
]


class TunnelError(InkboxError):
    """A tunnel problem found by the SDK itself, not answered by the server."""


class TunnelNameInvalid(TunnelError, ValueError):
    """A tunnel name the server would refuse (3-63 of a-z, 0-9 and '-')."""


class TunnelSecretUnavailable(TunnelError):
    """No connect secret could be found for the tunnel."""


class TunnelRemoved(TunnelError):
    """The tunnel is gone (deleted, or its restore window ran out)."""


class TunnelStateConflict(ConflictError):
    """409: the tunnel is not in the status the operation needs (e.g. restoring a live one)."""


class TunnelNameUnavailable(ConflictError):
    """409 from `tunnels.create`: the name is taken or reserved."""


class TunnelTLSModeMismatch(ConflictError):
    """409 from `tunnels.sign_csr`: the tunnel terminates TLS at the edge (no CSR to sign)."""


class TunnelCSRStateConflict(TunnelStateConflict):
    """409 from `tunnels.sign_csr`: the tunnel is in the wrong status for a certificate."""


def recast(error: ConflictError, kind: type[ConflictError]) -> InkboxAPIError:
    """`error` as a `kind`, with everything the server said (status, detail, request id)."""
    fields: dict[str, Any] = {
        "request_id": error.request_id,
        "body": error.body,
        "agent_support": error.agent_support,
        "retry_after": error.retry_after,
    }
    return kind(error.status_code, error.detail, **fields)


def csr_conflict(error: ConflictError) -> type[ConflictError]:
    """Which 409 a sign-CSR conflict is: the server names the TLS mode when that is the cause."""
    text = str(error.detail).lower()
    if any(word in text for word in ("edge", "tls_mode", "passthrough")):
        return TunnelTLSModeMismatch
    return TunnelCSRStateConflict
