"""`inkbox.message_sends`: which message an idempotency key already sent.

After a send whose outcome you never learnt (a crash, a timeout past the retries), look the key
up rather than sending again: the answer is the message's id, to read through its channel
(`messages.get`, `texts.get`) for its current state. Nothing here sends anything.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Literal

from ..._retry import resolve_idempotency_key
from ..._wire import as_enum, as_uuid, parsed, require_text
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import MessageSenderKind

__all__ = ["AsyncMessageSendsResource"]


class AsyncMessageSendsResource(AsyncResource):
    """Read-only lookups of sends by their idempotency key."""

    async def lookup(
        self,
        *,
        sender_kind: MessageSenderKind | Literal["mailbox", "phone_number", "imessage_identity"],
        sender_id: uuid.UUID | str,
        operation: str,
        idempotency_key: str,
    ) -> uuid.UUID:
        """The id of the message a send with `idempotency_key` made.

        Args:
            sender_kind: `"mailbox"` or `"phone_number"` (`MessageSenderKind`).
            sender_id: Id of the mailbox or phone number that sent it.
            operation: The send: `"mail.send"`, `"mail.reply_all"` (mailboxes) or
                `"text.send"` (phone numbers).
            idempotency_key: The key the send was made with.

        Returns:
            The message's id (`Message.id` / `TextMessage.id`).

        Raises:
            ValueError: A bad `sender_kind`, `sender_id` or key.
            NotFoundError: The key sent nothing from that sender with that operation (or its
                record expired after 7 days): it is safe to send again.
            UnprocessableEntityError: `operation` is no send of that kind of sender.
        """
        from inkbox_api.api.message_sends import lookup_message_send
        from inkbox_api.models import MessageSenderKind, MessageSendLookup

        if idempotency_key is None:
            raise ValueError("idempotency_key is required: the key the send was made with")
        response = await lookup_message_send.asyncio_detailed(
            client=self._api,
            sender_kind=as_enum(sender_kind, MessageSenderKind, "sender_kind"),
            sender_id=as_uuid(sender_id, "sender_id"),
            operation=require_text(operation, "operation"),
            idempotency_key=resolve_idempotency_key(idempotency_key),
        )
        return parsed(response, MessageSendLookup).message_id

    async def lookup_email(
        self, email_address: str, *, operation: str = "mail.send", idempotency_key: str
    ) -> uuid.UUID:
        """`lookup()` for a mailbox named by its address (one extra request for its id).

        Args:
            email_address: The sending mailbox's address.
            operation: `"mail.send"` (the default) or `"mail.reply_all"`.
            idempotency_key: The key the send was made with.

        Returns:
            The message's id, for `messages.get(email_address, ...)`.
        """
        mailbox = await self._client.mailboxes.get(require_text(email_address, "email_address"))
        return await self.lookup(
            sender_kind="mailbox",
            sender_id=mailbox.id,
            operation=operation,
            idempotency_key=idempotency_key,
        )
