"""`inkbox.threads`: the conversations of a mailbox and the folders they sit in."""

from __future__ import annotations

import builtins
import uuid
from typing import TYPE_CHECKING

from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import (
    MAX_PAGE_SIZE,
    as_enum,
    as_uuid,
    check_limit,
    given,
    opt_enum,
    parsed,
    parsed_list,
    require_text,
)
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import Thread, ThreadDetail, ThreadFolder

    from ..pager import AsyncPager

__all__ = ["AsyncThreadsResource"]


class AsyncThreadsResource(AsyncResource):
    """Operations on the threads of a mailbox, addressed by its email address."""

    def list(
        self,
        email_address: str,
        *,
        folder: ThreadFolder | str | None = None,
        page_size: int = 50,
    ) -> AsyncPager[Thread]:
        """Iterate the mailbox's threads, most recent activity first, one page at a time.

        Nothing is requested before iteration starts.

        Args:
            email_address: The mailbox's address.
            folder: `"inbox"`, `"spam"`, `"archive"` or `"blocked"`; omit for every folder
                the caller may see.
            page_size: Threads per request (1-100).

        Returns:
            A lazy `AsyncPager` of `Thread`.

        Raises:
            ValueError: An unknown `folder` or a bad `page_size`.
        """
        from inkbox_api.api.threads import list_threads
        from inkbox_api.models import ThreadFolder, ThreadPage

        email = require_text(email_address, "email_address")
        wanted = opt_enum(folder, ThreadFolder, "folder")
        limit = check_limit(page_size, "page_size", high=MAX_PAGE_SIZE)
        return self._cursor_pager(list_threads, ThreadPage, email, limit=limit, folder=wanted)

    async def list_folders(self, email_address: str) -> builtins.list[ThreadFolder]:
        """The folders of the mailbox that hold at least one thread, sorted.

        Args:
            email_address: The mailbox's address.

        Returns:
            E.g. `[ThreadFolder.INBOX, ThreadFolder.SPAM]`.
        """
        from inkbox_api.api.threads import list_thread_folders
        from inkbox_api.models import ThreadFolder

        response = await list_thread_folders.asyncio_detailed(
            require_text(email_address, "email_address"), client=self._api
        )
        return parsed_list(response, ThreadFolder)

    async def get(self, email_address: str, thread_id: uuid.UUID | str) -> ThreadDetail:
        """A thread with its messages (metadata), oldest first.

        Args:
            email_address: The mailbox's address.
            thread_id: The thread's id (`msg.thread_id`).

        Raises:
            NotFoundError: No such thread in this mailbox.
        """
        from inkbox_api.api.threads import get_thread
        from inkbox_api.models import ThreadDetail

        response = await get_thread.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(thread_id, "thread_id"),
            client=self._api,
        )
        return parsed(response, ThreadDetail)

    async def update(
        self,
        email_address: str,
        thread_id: uuid.UUID | str,
        *,
        folder: NotGivenOr[ThreadFolder | str] = NOT_GIVEN,
    ) -> Thread:
        """Move a thread to another folder.

        Args:
            email_address: The mailbox's address.
            thread_id: The thread's id.
            folder: `"inbox"`, `"spam"` or `"archive"`. `"blocked"` is assigned by the server
                only, so it is refused here, before any request.

        Returns:
            The updated thread (without messages).

        Raises:
            ValueError: `folder` is `"blocked"` or unknown.
        """
        from inkbox_api.api.threads import update_thread
        from inkbox_api.models import Thread, ThreadFolder, ThreadUpdate

        target: NotGivenOr[ThreadFolder] = NOT_GIVEN
        if folder is not NOT_GIVEN:
            target = as_enum(folder, ThreadFolder, "folder")
            if target is ThreadFolder.BLOCKED:
                raise ValueError(
                    "folder='blocked' cannot be set: the server assigns it to mail from blocked "
                    "senders; move threads to 'inbox', 'spam' or 'archive'"
                )
        response = await update_thread.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(thread_id, "thread_id"),
            client=self._api,
            body=ThreadUpdate(folder=given(target)),
        )
        return parsed(response, Thread)

    async def delete(self, email_address: str, thread_id: uuid.UUID | str) -> None:
        """Delete a thread with all its messages.

        Args:
            email_address: The mailbox's address.
            thread_id: The thread's id (`msg.thread_id`).

        Raises:
            ValueError: `thread_id` is not a UUID (no request is sent).
            NotFoundError: No such thread in this mailbox (404).
        """
        from inkbox_api.api.threads import delete_thread

        await delete_thread.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(thread_id, "thread_id"),
            client=self._api,
        )
