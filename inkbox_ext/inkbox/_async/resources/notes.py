"""`inkbox.notes`: free-form notes, with `.access` (per-identity grants; no wildcard)."""

from __future__ import annotations

import builtins
import uuid
from functools import cached_property

from inkbox_api.api.notes import (
    create_note,
    delete_note,
    get_note,
    grant_note_access,
    list_note_access,
    list_notes,
    revoke_note_access,
    update_note,
)
from inkbox_api.models import (
    GrantNoteAccessRequest,
    Note,
    NoteAccessGrant,
    NoteCreate,
    NoteListOrder,
    NoteUpdate,
)

from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import (
    as_uuid,
    given,
    omit,
    opt_enum,
    opt_limit,
    opt_offset,
    opt_uuid,
    parsed,
    parsed_list,
)
from ..pager import AsyncPager
from ._base import AsyncResource

__all__ = ["AsyncNoteAccessResource", "AsyncNotesResource"]


class AsyncNotesResource(AsyncResource):
    """Operations on free-form notes."""

    @cached_property
    def access(self) -> AsyncNoteAccessResource:
        """Which identities may see each note."""
        return AsyncNoteAccessResource(self._client)

    async def create(self, body: str, title: str | None = None) -> Note:
        """Write a note. An agent-scoped creator is granted access automatically.

        Args:
            body: The text (1-100,000 characters).
            title: An optional title (up to 255 characters).

        Returns:
            The note.

        Raises:
            ValueError: an empty body.
        """
        _check_body(body)
        response = await create_note.asyncio_detailed(
            client=self._api,
            body=NoteCreate(body=body, title=omit(title)),
        )
        return parsed(response, Note)

    async def get(self, note_id: uuid.UUID | str) -> Note:
        """One note.

        Args:
            note_id: Id of the note.

        Returns:
            The note, with its access rows.
        """
        response = await get_note.asyncio_detailed(as_uuid(note_id, "note_id"), client=self._api)
        return parsed(response, Note)

    async def list(
        self,
        *,
        q: str | None = None,
        identity_id: uuid.UUID | str | None = None,
        order: NoteListOrder | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> builtins.list[Note]:
        """One page of the notes visible to the caller.

        Args:
            q: Full-text search over titles and bodies.
            identity_id: Only notes granted to this identity.
            order: `"recent"` (last updated first, the default) or `"created"`.
            limit: At most this many notes (1-200; the server's default is 50).
            offset: Skip this many notes.

        Returns:
            The notes.
        """
        response = await list_notes.asyncio_detailed(
            client=self._api,
            q=omit(q),
            identity_id=opt_uuid(identity_id, "identity_id"),
            order=opt_enum(order, NoteListOrder, "order"),
            limit=opt_limit(limit),
            offset=opt_offset(offset),
        )
        return parsed_list(response, Note)

    def iter(
        self,
        *,
        q: str | None = None,
        identity_id: uuid.UUID | str | None = None,
        order: NoteListOrder | str | None = None,
        page_size: int = 50,
    ) -> AsyncPager[Note]:
        """Every note visible to the caller (with `list`'s filters), fetched lazily.

        Args:
            q: Full-text search over titles and bodies.
            identity_id: Only notes granted to this identity.
            order: `"recent"` (last updated first, the default) or `"created"`.
            page_size: Items fetched per request; the iterator pages on by itself.
        """
        owner = None if identity_id is None else as_uuid(identity_id, "identity_id")
        opt_enum(order, NoteListOrder, "order")

        async def fetch(offset: int, limit: int) -> builtins.list[Note]:
            return await self.list(q=q, identity_id=owner, order=order, limit=limit, offset=offset)

        return self._offset_pager(fetch, page_size)

    async def update(
        self,
        note_id: uuid.UUID | str,
        *,
        title: NotGivenOr[str | None] = NOT_GIVEN,
        body: NotGivenOr[str] = NOT_GIVEN,
    ) -> Note:
        """Change a note's title and/or body; only the arguments you pass are sent.

        Args:
            note_id: Id of the note.
            title: The new title; `None` clears it.
            body: The new body (cannot be cleared).

        Returns:
            The updated note.

        Raises:
            ValueError: `body=None` or an empty body (a note always has a body).
        """
        if body is not NOT_GIVEN:
            _check_body(body)
        response = await update_note.asyncio_detailed(
            as_uuid(note_id, "note_id"),
            client=self._api,
            body=NoteUpdate(title=given(title), body=given(body)),
        )
        return parsed(response, Note)

    async def delete(self, note_id: uuid.UUID | str) -> None:
        """Delete a note.

        Args:
            note_id: Id of the note.
        """
        await delete_note.asyncio_detailed(as_uuid(note_id, "note_id"), client=self._api)


class AsyncNoteAccessResource(AsyncResource):
    """Which identities may see a note (admin grants; notes have no wildcard)."""

    async def list(self, note_id: uuid.UUID | str) -> builtins.list[NoteAccessGrant]:
        """The identities granted access to a note.

        Args:
            note_id: Id of the note.

        Returns:
            The access rows.
        """
        response = await list_note_access.asyncio_detailed(
            as_uuid(note_id, "note_id"), client=self._api
        )
        return parsed_list(response, NoteAccessGrant)

    async def grant(
        self, note_id: uuid.UUID | str, identity_id: uuid.UUID | str
    ) -> NoteAccessGrant:
        """Let an identity see a note (admin keys only).

        Args:
            note_id: Id of the note.
            identity_id: The identity to grant.

        Returns:
            The new access row.

        Raises:
            ConflictError: the identity already has access.
        """
        response = await grant_note_access.asyncio_detailed(
            as_uuid(note_id, "note_id"),
            client=self._api,
            body=GrantNoteAccessRequest(identity_id=as_uuid(identity_id, "identity_id")),
        )
        return parsed(response, NoteAccessGrant)

    async def revoke(self, note_id: uuid.UUID | str, identity_id: uuid.UUID | str) -> None:
        """Stop an identity from seeing a note.

        Args:
            note_id: Id of the note.
            identity_id: The identity to revoke.
        """
        await revoke_note_access.asyncio_detailed(
            as_uuid(note_id, "note_id"), as_uuid(identity_id, "identity_id"), client=self._api
        )


def _check_body(body: object) -> None:
    if body is None:
        raise ValueError("a note's body cannot be None; pass the new text or leave body out")
    if not isinstance(body, str):
        raise TypeError(f"body must be a string, not {type(body).__name__}")
    if not body:
        raise ValueError("a note's body cannot be empty")
