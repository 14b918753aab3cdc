"""How an identity's inbound calls are handled (`inkbox.incoming_call_action`).

The action is one setting of the identity's phone number (the one `phone_numbers.update` also
edits): `auto_accept` bridges audio to a client WebSocket, `webhook` asks an HTTPS receiver,
`hosted_agent` lets Voice AI answer, `forward` dials a phone number or SIP URI, `auto_reject`
declines.
"""

from __future__ import annotations

import uuid

from inkbox_api.api.incoming_call_action import get_incoming_call_action, set_incoming_call_action
from inkbox_api.models import (
    ForwardingTargetType,
    IncomingCallAction,
    IncomingCallActionConfig,
    IncomingCallActionUpdate,
)

from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import as_enum, given, opt_text, opt_uuid, parsed, patch_nullable_enum
from ._base import AsyncResource

__all__ = ["AsyncIncomingCallActionResource"]


class AsyncIncomingCallActionResource(AsyncResource):
    """Get and set an identity's incoming-call action."""

    async def get(
        self, *, agent_identity_id: uuid.UUID | str | None = None
    ) -> IncomingCallActionConfig:
        """An identity's incoming-call action and its targets.

        Args:
            agent_identity_id: Id of the identity; an agent-scoped key may leave it out for its
                own (an admin key must name one, else the server answers 422).

        Returns:
            The action with its WebSocket, webhook and forwarding settings.

        Raises:
            NotFoundError: the identity has no phone number.
        """
        response = await get_incoming_call_action.asyncio_detailed(
            client=self._api,
            agent_identity_id=opt_uuid(agent_identity_id, "agent_identity_id"),
        )
        return parsed(response, IncomingCallActionConfig)

    async def set(
        self,
        *,
        incoming_call_action: IncomingCallAction | str,
        agent_identity_id: uuid.UUID | str | None = None,
        client_websocket_url: str | None = None,
        incoming_call_webhook_url: str | None = None,
        forwarding_target_type: NotGivenOr[ForwardingTargetType | str | None] = NOT_GIVEN,
        forwarding_phone_number: NotGivenOr[str | None] = NOT_GIVEN,
        forwarding_sip_uri: NotGivenOr[str | None] = NOT_GIVEN,
    ) -> IncomingCallActionConfig:
        """Choose what happens to an identity's inbound calls.

        Settings you leave out keep their value; `None` clears a forwarding field (clear both
        targets when switching away from `forward`).

        Args:
            incoming_call_action: `"auto_accept"`, `"auto_reject"`, `"webhook"`,
                `"hosted_agent"` or `"forward"`.
            agent_identity_id: Id of the identity; an agent-scoped key may leave it out.
            client_websocket_url: `wss://` URL audio is bridged to (`auto_accept`).
            incoming_call_webhook_url: HTTPS receiver asked about each call (`webhook`).
            forwarding_target_type: `"phone"` or `"sip"` (`forward`); `None` clears it.
            forwarding_phone_number: E.164 number to forward to; `None` clears it.
            forwarding_sip_uri: `sip:` URI (public DNS host) to forward to; `None` clears it.

        Returns:
            The new settings.

        Raises:
            ValueError: an unknown action or target type, or forwarding arguments that
                contradict each other (a type without its target, both targets, `forward`
                with its target cleared).
            UnprocessableEntityError: what only the server can tell, e.g. `forward` while
                the saved target does not match.
        """
        action = as_enum(incoming_call_action, IncomingCallAction, "incoming_call_action")
        target_type = patch_nullable_enum(
            forwarding_target_type, ForwardingTargetType, "forwarding_target_type"
        )
        _check_forwarding(action, target_type, forwarding_phone_number, forwarding_sip_uri)
        body = IncomingCallActionUpdate(
            incoming_call_action=action,
            agent_identity_id=opt_uuid(agent_identity_id, "agent_identity_id"),
            client_websocket_url=opt_text(client_websocket_url, "client_websocket_url"),
            incoming_call_webhook_url=opt_text(
                incoming_call_webhook_url, "incoming_call_webhook_url"
            ),
            forwarding_target_type=target_type,
            forwarding_phone_number=given(forwarding_phone_number),
            forwarding_sip_uri=given(forwarding_sip_uri),
        )
        response = await set_incoming_call_action.asyncio_detailed(client=self._api, body=body)
        return parsed(response, IncomingCallActionConfig)


def _check_forwarding(
    action: IncomingCallAction,
    target_type: object,
    phone: NotGivenOr[str | None],
    sip: NotGivenOr[str | None],
) -> None:
    """The contradictions the arguments alone reveal; the saved settings fill in the rest, so
    what they leave open is the server's to judge."""
    targets = {ForwardingTargetType.PHONE: phone, ForwardingTargetType.SIP: sip}
    if phone not in (NOT_GIVEN, None) and sip not in (NOT_GIVEN, None):
        raise ValueError("give forwarding_phone_number or forwarding_sip_uri, not both")
    if action is IncomingCallAction.FORWARD and target_type is None:
        raise ValueError("forward needs a forwarding_target_type; do not clear it")
    if target_type is None and any(value not in (NOT_GIVEN, None) for value in targets.values()):
        raise ValueError("forwarding_target_type=None clears the targets; give no target with it")
    if not isinstance(target_type, ForwardingTargetType):
        return
    if action is IncomingCallAction.FORWARD and targets[target_type] is None:
        raise ValueError(f"forward to {target_type.value} needs its target; do not clear it")
    for kind, value in targets.items():
        if kind is not target_type and value not in (NOT_GIVEN, None):
            raise ValueError(
                f"forwarding_target_type {target_type.value!r} takes only its own target"
            )
