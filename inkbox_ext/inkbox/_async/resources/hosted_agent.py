"""Inkbox Voice AI (`inkbox.hosted_agent`): an identity's voice, instructions and authority, and
the voice catalog.

Voice AI drives calls placed with `mode="hosted_agent"` and inbound calls of identities whose
incoming-call action is `hosted_agent`. The SDK cannot know which voices exist or which the
organisation may use: an unknown or unavailable voice comes back as the server's 422.
"""

from __future__ import annotations

import uuid
import warnings

from inkbox_api.api.hosted_agent import (
    get_hosted_agent_config,
    list_hosted_agent_voices,
    set_hosted_agent_authority_mode,
    set_hosted_agent_config,
)
from inkbox_api.models import (
    HostedAgentAuthorityMode,
    HostedAgentAuthorityModeUpdate,
    HostedAgentConfig,
    HostedAgentConfigUpdate,
    HostedAgentVoiceCatalog,
)

from ..._wire import as_enum, as_uuid, omit, opt_text, opt_uuid, parsed
from ._base import AsyncResource

__all__ = ["AsyncHostedAgentResource"]


class AsyncHostedAgentResource(AsyncResource):
    """Voice AI settings per identity, and the voices to choose from."""

    async def list_voices(self) -> HostedAgentVoiceCatalog:
        """Every Voice AI voice, whether the organisation may use it, and the default.

        Returns:
            The catalog; pick a voice with `available=True` for `set_config`.
        """
        response = await list_hosted_agent_voices.asyncio_detailed(client=self._api)
        return parsed(response, HostedAgentVoiceCatalog)

    async def get_config(
        self, *, agent_identity_id: uuid.UUID | str | None = None
    ) -> HostedAgentConfig:
        """An identity's Voice AI settings.

        Args:
            agent_identity_id: Id of the identity; an agent-scoped key may leave it out for its
                own (an admin key must name one, else the server answers 422).

        Returns:
            The settings, with the voice and model calls actually use (`effective_*`).
        """
        response = await get_hosted_agent_config.asyncio_detailed(
            client=self._api,
            agent_identity_id=opt_uuid(agent_identity_id, "agent_identity_id"),
        )
        return parsed(response, HostedAgentConfig)

    async def set_config(
        self,
        *,
        voice: str | None = None,
        model: str | None = None,
        instructions: str | None = None,
        agent_identity_id: uuid.UUID | str | None = None,
    ) -> HostedAgentConfig:
        """Replace an identity's voice and instructions (both: what you leave out is reset).

        Args:
            voice: A voice id of `list_voices()`, or `None` for the default voice.
            model: Deprecated: accepted for 0.7-era callers and ignored (never sent).
            instructions: Steering prompt appended to Voice AI's own, or `None` for none.
            agent_identity_id: Id of the identity; an agent-scoped key may leave it out.

        Returns:
            The new settings.

        Raises:
            UnprocessableEntityError: a voice the catalog lacks or the organisation may not use.
        """
        if model is not None:  # the server ignores it; sending it would only invite confusion
            warnings.warn(
                "set_config(model=...) is ignored: Voice AI's model is not configurable",
                DeprecationWarning,
                stacklevel=2,
            )
        body = HostedAgentConfigUpdate(
            agent_identity_id=opt_uuid(agent_identity_id, "agent_identity_id"),
            voice=opt_text(voice, "voice"),
            instructions=omit(instructions),
        )
        response = await set_hosted_agent_config.asyncio_detailed(client=self._api, body=body)
        return parsed(response, HostedAgentConfig)

    async def set_authority_mode(
        self,
        *,
        agent_identity_id: uuid.UUID | str,
        authority_mode: HostedAgentAuthorityMode | str,
    ) -> HostedAgentConfig:
        """Set how broadly Voice AI may act for an identity (admin keys only).

        Inbound Voice AI calls use it; placed calls inherit it unless they override it.

        Args:
            agent_identity_id: Id of the identity.
            authority_mode: `"contact_scoped"` (only about the caller) or `"yolo"` (across the
                identity's channels).

        Returns:
            The settings with the new authority.

        Raises:
            ValueError: an unknown authority mode.
            PermissionDeniedError: an agent-scoped key.
        """
        body = HostedAgentAuthorityModeUpdate(
            agent_identity_id=as_uuid(agent_identity_id, "agent_identity_id"),
            authority_mode=as_enum(authority_mode, HostedAgentAuthorityMode, "authority_mode"),
        )
        response = await set_hosted_agent_authority_mode.asyncio_detailed(
            client=self._api, body=body
        )
        return parsed(response, HostedAgentConfig)
