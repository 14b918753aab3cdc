"""The guide's account objects: whoami's two shapes and its scope constants, and the two
responses that carry a secret shown once.

`AgentSignupResponse.api_key` and `SigningKey.signing_key` are the only copy the caller ever
gets; these subclasses of the generated models keep them out of `repr` (logs, tracebacks,
notebooks) and are otherwise the generated models unchanged.
"""

from __future__ import annotations

from typing import Final, TypeAlias

from inkbox_api.models import AgentSignupResponse as _AgentSignupResponse
from inkbox_api.models import SigningKey as _SigningKey
from inkbox_api.models import WhoamiApiKeyResponse, WhoamiJwtResponse

__all__ = [
    "AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED",
    "AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED",
    "AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED",
    "AgentSignupResponse",
    "SigningKey",
    "WhoamiResponse",
]

# `whoami().auth_subtype` of an API key; the server may add more values.
AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED: Final = "api_key.admin_scoped"
AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED: Final = "api_key.agent_scoped.claimed"
AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED: Final = "api_key.agent_scoped.unclaimed"

WhoamiResponse: TypeAlias = WhoamiApiKeyResponse | WhoamiJwtResponse
"""What `inkbox.whoami()` returns: the variant is chosen by `auth_type` (`"api_key"`/`"jwt"`)."""

_HIDDEN = "'***'"


class AgentSignupResponse(_AgentSignupResponse):
    """A registered agent: its address, organization, handle and its API key (shown once)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return (
            f"AgentSignupResponse(agent_handle={self.agent_handle!r}, "
            f"email_address={self.email_address!r}, organization_id={self.organization_id!r}, "
            f"claim_status={self.claim_status!r}, human_email={self.human_email!r}, "
            f"api_key={_HIDDEN})"
        )


class SigningKey(_SigningKey):
    """A webhook signing key; `signing_key` is the secret for `verify_webhook` (shown once)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"SigningKey(created_at={self.created_at!r}, signing_key={_HIDDEN})"
