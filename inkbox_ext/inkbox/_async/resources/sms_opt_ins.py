"""`inkbox.sms_opt_ins`: the organization's SMS consent of recipient numbers (admin keys).

A recipient texting STOP opts out and START opts back in; these rows are what `texts.send`
is gated on (`RecipientOptedOutError`, `RecipientNotOptedInError`). `opt_in` / `opt_out` set
them directly; the server allows that only to organizations with their own 10DLC campaign
(409 otherwise).
"""

from __future__ import annotations

import builtins
from types import ModuleType

from inkbox_api.api.sms_opt_ins import (
    get_sms_opt_in,
    list_sms_opt_ins,
    opt_in_sms_recipient,
    opt_out_sms_recipient,
)
from inkbox_api.models import SmsOptIn, SmsOptInStatus

from ..._wire import as_e164, opt_enum, opt_limit, opt_offset, parsed, parsed_list
from ..pager import AsyncPager
from ._base import AsyncResource

__all__ = ["AsyncSmsOptInsResource"]


class AsyncSmsOptInsResource(AsyncResource):
    """Per-recipient SMS consent (opted in / opted out) of the organization."""

    async def list(
        self,
        *,
        status: SmsOptInStatus | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> builtins.list[SmsOptIn]:
        """One page of consent rows, most recently changed first.

        Args:
            status: Only `opted_in` or only `opted_out` rows (both when left out).
            limit: At most this many rows (1-200; the server's default is 50).
            offset: Skip this many rows.

        Returns:
            The rows; fewer than `limit` means there are no more.

        Raises:
            ValueError: an unknown status, or a limit/offset out of range.
            PermissionDeniedError: an agent-scoped key.
        """
        response = await list_sms_opt_ins.asyncio_detailed(
            client=self._api,
            status=opt_enum(status, SmsOptInStatus, "status"),
            limit=opt_limit(limit),
            offset=opt_offset(offset),
        )
        return parsed_list(response, SmsOptIn)

    def iter(
        self, *, status: SmsOptInStatus | str | None = None, page_size: int = 50
    ) -> AsyncPager[SmsOptIn]:
        """Every consent row (with `list`'s filter), fetched a page at a time.

        Args:
            status: Only `opted_in` or only `opted_out` rows.
            page_size: Rows per request (1-200).

        Returns:
            A lazy `AsyncPager`; nothing is requested before iteration starts.
        """
        opt_enum(status, SmsOptInStatus, "status")

        async def fetch(offset: int, limit: int) -> builtins.list[SmsOptIn]:
            return await self.list(status=status, limit=limit, offset=offset)

        return self._offset_pager(fetch, page_size)

    async def get(self, receiver_number: str) -> SmsOptIn:
        """The consent row of one recipient.

        Args:
            receiver_number: The recipient's E.164 number, e.g. `"+15551234567"`.

        Returns:
            The row.

        Raises:
            ValueError: `receiver_number` is not an E.164 number.
            NotFoundError: the recipient never opted in or out.
        """
        response = await get_sms_opt_in.asyncio_detailed(
            as_e164(receiver_number, "receiver_number"), client=self._api
        )
        return parsed(response, SmsOptIn)

    async def opt_in(self, receiver_number: str) -> SmsOptIn:
        """Mark a recipient opted in, so texts to it are let through (recorded as `source="api"`).

        Args:
            receiver_number: The recipient's E.164 number.

        Returns:
            The updated row.

        Raises:
            ValueError: `receiver_number` is not an E.164 number.
            PermissionDeniedError: an agent-scoped key.
            ConflictError: the organization has no 10DLC campaign of its own.
        """
        return await self._set(opt_in_sms_recipient, receiver_number)

    async def opt_out(self, receiver_number: str) -> SmsOptIn:
        """Mark a recipient opted out, so texts to it are refused (`RecipientOptedOutError`).

        Args:
            receiver_number: The recipient's E.164 number.

        Returns:
            The updated row.

        Raises:
            ValueError: `receiver_number` is not an E.164 number.
            PermissionDeniedError: an agent-scoped key.
            ConflictError: the organization has no 10DLC campaign of its own.
        """
        return await self._set(opt_out_sms_recipient, receiver_number)

    async def _set(self, op: ModuleType, receiver_number: str) -> SmsOptIn:
        response = await op.asyncio_detailed(
            as_e164(receiver_number, "receiver_number"), client=self._api
        )
        return parsed(response, SmsOptIn)
