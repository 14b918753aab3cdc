"""`inkbox.phone_numbers`: the phone numbers of the organization."""

from __future__ import annotations

import builtins
import uuid

from inkbox_api.api.phone_numbers import (
    get_phone_number,
    list_phone_numbers,
    provision_phone_number,
    release_phone_number,
    search_phone_number_transcripts,
    update_phone_number,
)
from inkbox_api.models import (
    FilterMode,
    ForwardingTargetType,
    IncomingCallAction,
    PhoneNumber,
    PhoneNumberType,
    PhoneNumberUpdate,
    PhoneTranscript,
    ProvisionPhoneNumberRequest,
    TranscriptParty,
)

from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import (
    as_enum,
    as_uuid,
    check_limit,
    given,
    opt_enum,
    opt_text,
    parsed,
    parsed_list,
    patch_enum,
    patch_nullable_enum,
    require_text,
)
from ._base import AsyncResource

__all__ = ["AsyncPhoneNumbersResource"]


class AsyncPhoneNumbersResource(AsyncResource):
    """Operations on the phone numbers of the organization."""

    async def list(self) -> list[PhoneNumber]:
        """Every phone number of the organization.

        Returns:
            The numbers (one request; the list is not paginated).
        """
        response = await list_phone_numbers.asyncio_detailed(client=self._api)
        return parsed_list(response, PhoneNumber)

    async def get(self, phone_number_id: uuid.UUID | str) -> PhoneNumber:
        """One phone number.

        Args:
            phone_number_id: Id of the number.

        Returns:
            The number.

        Raises:
            ValueError: `phone_number_id` is not a UUID.
            NotFoundError: no such number in the organization.
        """
        number_id = as_uuid(phone_number_id, "phone_number_id")
        response = await get_phone_number.asyncio_detailed(number_id, client=self._api)
        return parsed(response, PhoneNumber)

    async def provision(
        self,
        agent_handle: str,
        type: PhoneNumberType | str = PhoneNumberType.LOCAL,
        state: str | None = None,
        *,
        incoming_text_webhook_url: str | None = None,
    ) -> PhoneNumber:
        """Buy a phone number and link it to an agent identity.

        New numbers start with `incoming_call_action="auto_reject"`, and local ones with
        `sms_status="pending"` until the carrier registers them for SMS.

        Args:
            agent_handle: Handle of the identity to link the number to.
            type: `"local"` (the default) or `"toll_free"`.
            state: US state code to pick a local number from, e.g. `"NY"`.
            incoming_text_webhook_url: 0.3.1's HTTPS URL for text webhooks of the number
                (guide-era servers; current ones refuse it with 422).

        Returns:
            The new number.

        Raises:
            ValueError: an empty handle, or an unknown `type`.
            NotFoundError: no such identity, or no number available.
        """
        body = ProvisionPhoneNumberRequest(
            agent_handle=require_text(agent_handle, "agent_handle"),
            type_=as_enum(type, PhoneNumberType, "type"),
            state=opt_text(state, "state"),
            incoming_text_webhook_url=opt_text(
                incoming_text_webhook_url, "incoming_text_webhook_url"
            ),
        )
        response = await provision_phone_number.asyncio_detailed(client=self._api, body=body)
        return parsed(response, PhoneNumber)

    async def update(
        self,
        phone_number_id: uuid.UUID | str,
        *,
        incoming_call_action: NotGivenOr[IncomingCallAction | str] = NOT_GIVEN,
        incoming_call_webhook_url: NotGivenOr[str | None] = NOT_GIVEN,
        client_websocket_url: NotGivenOr[str | None] = NOT_GIVEN,
        filter_mode: NotGivenOr[FilterMode | str] = NOT_GIVEN,
        forwarding_target_type: NotGivenOr[ForwardingTargetType | str | None] = NOT_GIVEN,
        forwarding_phone_number: NotGivenOr[str | None] = NOT_GIVEN,
        forwarding_sip_uri: NotGivenOr[str | None] = NOT_GIVEN,
        incoming_text_webhook_url: NotGivenOr[str | None] = NOT_GIVEN,
    ) -> PhoneNumber:
        """Change how a number handles calls, or its contact-rule filter mode.

        Only the arguments you pass are sent; `None` clears a URL or forwarding field.
        `filter_mode` is admin-only and governs both voice and SMS; when it actually changes,
        the result's `filter_mode_change_notice` says how many rules became redundant.

        Args:
            phone_number_id: Id of the number.
            incoming_call_action: `"auto_accept"`, `"auto_reject"`, `"webhook"` (also
                `"hosted_agent"`, `"forward"`).
            incoming_call_webhook_url: HTTPS URL asked about inbound calls (action `webhook`).
            client_websocket_url: `wss://` URL that audio is bridged to (action `auto_accept`).
            filter_mode: `"whitelist"` or `"blacklist"`.
            forwarding_target_type: `"phone"` or `"sip"` (action `forward`).
            forwarding_phone_number: E.164 number calls are forwarded to.
            forwarding_sip_uri: SIP URI calls are forwarded to.
            incoming_text_webhook_url: 0.3.1's HTTPS URL for text webhooks (guide-era
                servers; current ones refuse it with 422); `None` clears it.

        Returns:
            The updated number.

        Raises:
            ValueError: an unknown action, filter mode or target type, or `None` for a field that
                cannot be cleared.
            PermissionDeniedError: `filter_mode` with an agent-scoped key.
        """
        number_id = as_uuid(phone_number_id, "phone_number_id")
        body = PhoneNumberUpdate(
            incoming_call_action=patch_enum(
                incoming_call_action, IncomingCallAction, "incoming_call_action"
            ),
            filter_mode=patch_enum(filter_mode, FilterMode, "filter_mode"),
            incoming_call_webhook_url=given(incoming_call_webhook_url),
            client_websocket_url=given(client_websocket_url),
            forwarding_target_type=patch_nullable_enum(
                forwarding_target_type, ForwardingTargetType, "forwarding_target_type"
            ),
            forwarding_phone_number=given(forwarding_phone_number),
            forwarding_sip_uri=given(forwarding_sip_uri),
            incoming_text_webhook_url=given(incoming_text_webhook_url),
        )
        response = await update_phone_number.asyncio_detailed(
            number_id, client=self._api, body=body
        )
        return parsed(response, PhoneNumber)

    async def release(self, phone_number_id: uuid.UUID | str) -> None:
        """Release a number: it is unlinked from its identity and cannot be reattached.

        Args:
            phone_number_id: Id of the number.

        Raises:
            ValueError: `phone_number_id` is not a UUID.
            NotFoundError: no such number in the organization.
        """
        number_id = as_uuid(phone_number_id, "phone_number_id")
        await release_phone_number.asyncio_detailed(number_id, client=self._api)

    async def search_transcripts(
        self,
        phone_number_id: uuid.UUID | str,
        q: str,
        party: TranscriptParty | str | None = None,
        limit: int = 50,
    ) -> builtins.list[PhoneTranscript]:
        """Full-text search over the call transcripts of a number.

        Args:
            phone_number_id: Id of the number.
            q: What to search for.
            party: Only segments spoken by `"local"` (the agent) or `"remote"`.
            limit: At most this many segments (1-200).

        Returns:
            The matching transcript segments.

        Raises:
            ValueError: an empty query, an unknown party, or a limit outside 1-200.
        """
        number_id = as_uuid(phone_number_id, "phone_number_id")
        response = await search_phone_number_transcripts.asyncio_detailed(
            number_id,
            client=self._api,
            q=require_text(q, "q"),
            party=opt_enum(party, TranscriptParty, "party"),
            limit=check_limit(limit),
        )
        return parsed_list(response, PhoneTranscript)
