"""Agent self-signup: the four calls behind `Inkbox.signup()` and friends.

They need no `Inkbox` of the caller's: the client's class methods open a short-lived client
(same transport, retries and errors) and hand it here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._args import require_text, text_or_unset
from .._responses import parsed

if TYPE_CHECKING:
    from inkbox_api.models import (
        AgentSignupResendResponse,
        AgentSignupResponse,
        AgentSignupStatusResponse,
        AgentSignupVerifyResponse,
    )

    from .client import AsyncInkbox

__all__ = ["get_signup_status", "resend_signup_verification", "signup", "verify_signup"]


async def signup(
    client: AsyncInkbox,
    *,
    human_email: str,
    note_to_human: str,
    display_name: str | None,
    agent_handle: str | None,
    email_local_part: str | None,
    harness: str | None,
    invitation_token: str | None,
) -> AgentSignupResponse:
    from inkbox_api.api.signup import signup as signup_op
    from inkbox_api.models import AgentSignupRequest, AgentSignupResponse

    body = AgentSignupRequest(
        human_email=require_text(human_email, "human_email"),
        note_to_human=require_text(note_to_human, "note_to_human"),
        display_name=text_or_unset(display_name, "display_name"),
        agent_handle=text_or_unset(agent_handle, "agent_handle"),
        email_local_part=text_or_unset(email_local_part, "email_local_part"),
        harness=text_or_unset(harness, "harness"),
        invitation_token=text_or_unset(invitation_token, "invitation_token"),
    )
    response = await signup_op.asyncio_detailed(client=client._api, body=body)
    return parsed(response, AgentSignupResponse)


async def verify_signup(client: AsyncInkbox, verification_code: str) -> AgentSignupVerifyResponse:
    from inkbox_api.api.signup import verify_signup as verify_op
    from inkbox_api.models import AgentSignupVerifyRequest, AgentSignupVerifyResponse

    body = AgentSignupVerifyRequest(
        verification_code=require_text(verification_code, "verification_code").strip()
    )
    response = await verify_op.asyncio_detailed(client=client._api, body=body)
    return parsed(response, AgentSignupVerifyResponse)


async def resend_signup_verification(client: AsyncInkbox) -> AgentSignupResendResponse:
    from inkbox_api.api.signup import resend_signup_verification as resend_op
    from inkbox_api.models import AgentSignupResendResponse

    response = await resend_op.asyncio_detailed(client=client._api)
    return parsed(response, AgentSignupResendResponse)


async def get_signup_status(client: AsyncInkbox) -> AgentSignupStatusResponse:
    from inkbox_api.api.signup import get_signup_status as status_op
    from inkbox_api.models import AgentSignupStatusResponse

    response = await status_op.asyncio_detailed(client=client._api)
    return parsed(response, AgentSignupStatusResponse)
