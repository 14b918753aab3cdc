"""The account calls: who the key is, and agent signup.

`inkbox.whoami()` and the class methods `Inkbox.signup()`,
`verify_signup()`, `resend_signup_verification()` and `get_signup_status()` delegate here (the
signup ones on a short-lived client that sends the signed-up agent's key, or none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._wire import opt_text, parsed, require_text
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import (
        AgentSignupResendResponse,
        AgentSignupResponse,
        AgentSignupStatusResponse,
        AgentSignupVerifyResponse,
    )

    from ...models import WhoamiResponse

__all__ = ["AsyncAccountResource"]


class AsyncAccountResource(AsyncResource):
    """Identity of the API key, and the signup flow."""

    async def whoami(self) -> WhoamiResponse:
        """Who this client's key is: `WhoamiApiKeyResponse` or `WhoamiJwtResponse`.

        Compare `auth_subtype` with the `AUTH_SUBTYPE_*` constants to tell an admin key from
        an agent key.
        """
        from inkbox_api.api.whoami import whoami
        from inkbox_api.models import WhoamiApiKeyResponse, WhoamiJwtResponse

        response = await whoami.asyncio_detailed(client=self._api)
        if isinstance(response.parsed, WhoamiJwtResponse):
            return response.parsed
        return parsed(response, WhoamiApiKeyResponse)

    async def signup(
        self,
        human_email: str,
        *,
        note_to_human: str,
        display_name: str | None = None,
        agent_handle: str | None = None,
        email_local_part: str | None = None,
        harness: str | None = None,
        invitation_token: str | None = None,
    ) -> AgentSignupResponse:
        """Register a new agent; no API key needed. A verification code is emailed to the human.

        Args:
            human_email: The human who will claim the agent.
            note_to_human: Message included in the verification email.
            display_name: The agent's name; defaults to the handle.
            agent_handle: Requested handle.
            email_local_part: Requested local part of the mailbox address.
            harness: Name of the agent's runtime, e.g. `"claude-code"`.
            invitation_token: Token of an agent-to-agent invitation being accepted.

        Returns:
            The agent's address, organization and agent-scoped `api_key` (shown only once).
        """
        from inkbox_api.api.signup import signup
        from inkbox_api.models import AgentSignupRequest, AgentSignupResponse

        body = AgentSignupRequest(
            human_email=require_text(human_email, "human_email"),
            note_to_human=require_text(note_to_human, "note_to_human"),
            display_name=opt_text(display_name, "display_name"),
            agent_handle=opt_text(agent_handle, "agent_handle"),
            email_local_part=opt_text(email_local_part, "email_local_part"),
            harness=opt_text(harness, "harness"),
            invitation_token=opt_text(invitation_token, "invitation_token"),
        )
        response = await signup.asyncio_detailed(client=self._api, body=body)
        return parsed(response, AgentSignupResponse)

    async def verify_signup(self, verification_code: str) -> AgentSignupVerifyResponse:
        """Claim the signed-up agent (this client's key) with the 6-digit code its human got."""
        from inkbox_api.api.signup import verify_signup
        from inkbox_api.models import AgentSignupVerifyRequest, AgentSignupVerifyResponse

        code = require_text(verification_code, "verification_code").strip()
        response = await verify_signup.asyncio_detailed(
            client=self._api, body=AgentSignupVerifyRequest(verification_code=code)
        )
        return parsed(response, AgentSignupVerifyResponse)

    async def resend_signup_verification(self) -> AgentSignupResendResponse:
        """Email a fresh verification code (the previous one stops working)."""
        from inkbox_api.api.signup import resend_signup_verification
        from inkbox_api.models import AgentSignupResendResponse

        response = await resend_signup_verification.asyncio_detailed(client=self._api)
        return parsed(response, AgentSignupResendResponse)

    async def get_signup_status(self) -> AgentSignupStatusResponse:
        """The signed-up agent's claim status and what it may do meanwhile."""
        from inkbox_api.api.signup import get_signup_status
        from inkbox_api.models import AgentSignupStatusResponse

        response = await get_signup_status.asyncio_detailed(client=self._api)
        return parsed(response, AgentSignupStatusResponse)
