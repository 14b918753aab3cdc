"""`inkbox.mailboxes.imports`: import an mbox / `.eml` archive into a mailbox.

The flow is create → upload → start → wait: `create` answers the job and a presigned upload
target (storage, not the API: the archive goes there without the API key), `start` queues
the uploaded archive, and `wait` polls until the job finishes.
"""

from __future__ import annotations

import builtins
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO

import httpx

from inkbox_api.api.mail_imports import (
    cancel_mail_import,
    create_mail_import,
    get_mail_import,
    list_mail_imports,
    refresh_mail_import_upload_target,
    start_mail_import,
)
from inkbox_api.models import (
    MailImportCreate,
    MailImportCreateResult,
    MailImportFormat,
    MailImportJob,
    MailImportJobPage,
    MailImportJobStatus,
    MailImportUploadTarget,
)

from ..._concurrency import async_run_blocking, async_sleep
from ..._errors import MailImportUploadError
from ..._wire import MAX_PAGE_SIZE, as_enum, as_uuid, check_limit, omit, parsed, require_text
from ..pager import AsyncCursorPager, AsyncPager
from ._base import AsyncResource

__all__ = ["AsyncMailImportsResource"]

ImportFile = str | os.PathLike[str] | bytes | IO[bytes]
_FINISHED = (
    MailImportJobStatus.COMPLETED,
    MailImportJobStatus.FAILED,
    MailImportJobStatus.CANCELLED,
)


def is_finished(job: MailImportJob) -> bool:
    """True once the job is `completed`, `failed` or `cancelled` (it will not change again)."""
    return job.status in _FINISHED


class AsyncMailImportsResource(AsyncResource):
    """Import jobs of a mailbox, addressed by its email address."""

    async def create(
        self,
        email_address: str,
        *,
        source_format: MailImportFormat | str = MailImportFormat.AUTO,
        original_addresses: builtins.list[str] | None = None,
        mark_as_read: bool = True,
    ) -> MailImportCreateResult:
        """Create an import job and the target to upload its archive to.

        Args:
            email_address: The mailbox to import into.
            source_format: `"auto"` (detect), `"mbox"`, `"eml"` or `"zip"` (of `.eml` files).
            original_addresses: Addresses the archive's owner sent from; their messages are
                filed as outbound.
            mark_as_read: File the imported messages as read.

        Returns:
            `.job` (status `pending_upload`) and `.upload` (pass it to `upload`).

        Raises:
            ValueError: an unknown `source_format`.
            NotFoundError: no such mailbox.
        """
        body = MailImportCreate(
            source_format=as_enum(source_format, MailImportFormat, "source_format"),
            original_addresses=omit(_addresses(original_addresses)),
            mark_as_read=mark_as_read,
        )
        response = await create_mail_import.asyncio_detailed(
            require_text(email_address, "email_address"), client=self._api, body=body
        )
        return parsed(response, MailImportCreateResult)

    async def refresh_upload_target(
        self, email_address: str, job_id: uuid.UUID | str
    ) -> MailImportUploadTarget:
        """A fresh upload target for a job still waiting for its archive (the old one stops
        working).

        Args:
            email_address: The mailbox to import into.
            job_id: The job.

        Raises:
            ConflictError: the job has already started.
        """
        response = await refresh_mail_import_upload_target.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(job_id, "job_id"),
            client=self._api,
        )
        return parsed(response, MailImportUploadTarget)

    async def upload(
        self,
        upload_target: MailImportUploadTarget,
        file: ImportFile,
        *,
        filename: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """POST the archive to a presigned upload target (storage; the API key is not sent).

        Args:
            upload_target: `create(...).upload` or `refresh_upload_target(...)`.
            file: A path, the archive's bytes, or a binary file object.
            filename: The name to upload under (default: the file's own name).
            timeout: Seconds to wait for the storage (default: no limit).

        Raises:
            TypeError: `file` is text, not bytes.
            MailImportUploadError: the storage refused the upload or could not be reached.
        """
        name, content = await async_run_blocking(lambda: _read(file, filename))
        async with httpx.AsyncClient(timeout=timeout, trust_env=False) as storage:
            try:
                response = await storage.post(
                    upload_target.url,
                    data=upload_target.fields.to_dict(),
                    files={"file": (name, content, "application/octet-stream")},
                )
            except httpx.HTTPError as exc:
                raise MailImportUploadError(None, f"{type(exc).__name__}: {exc}") from None
        if response.is_error:
            raise MailImportUploadError(response.status_code, response.text)

    async def start(self, email_address: str, job_id: uuid.UUID | str) -> MailImportJob:
        """Queue the uploaded archive for import.

        Args:
            email_address: The mailbox to import into.
            job_id: The job.

        Returns:
            The job: `queued`, or `failed` with `error_detail` when the archive is malformed
            (then nothing is imported).

        Raises:
            ConflictError: nothing was uploaded yet, or the job already started.
        """
        response = await start_mail_import.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(job_id, "job_id"),
            client=self._api,
        )
        return parsed(response, MailImportJob)

    async def get(self, email_address: str, job_id: uuid.UUID | str) -> MailImportJob:
        """One import job, with its progress counts and per-message `failures`.

        Args:
            email_address: The mailbox to import into.
            job_id: The job.

        Raises:
            NotFoundError: no such job in this mailbox.
        """
        response = await get_mail_import.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(job_id, "job_id"),
            client=self._api,
        )
        return parsed(response, MailImportJob)

    async def list(
        self, email_address: str, *, cursor: str | None = None, limit: int = 50
    ) -> MailImportJobPage:
        """One page of the mailbox's import jobs, newest first (see `iter` for all of them).

        Args:
            email_address: The mailbox.
            cursor: `next_cursor` of the previous page.
            limit: Jobs per page (1-100).
        """
        response = await list_mail_imports.asyncio_detailed(
            require_text(email_address, "email_address"),
            client=self._api,
            cursor=omit(cursor),
            limit=check_limit(limit, high=MAX_PAGE_SIZE),
        )
        return parsed(response, MailImportJobPage)

    def iter(self, email_address: str, *, page_size: int = 50) -> AsyncPager[MailImportJob]:
        """Every import job of the mailbox, newest first, a page at a time as you iterate.

        Args:
            email_address: The mailbox to import into.
            page_size: Items fetched per request; the iterator pages on by itself.
        """
        address = require_text(email_address, "email_address")
        size = check_limit(page_size, "page_size", high=MAX_PAGE_SIZE)

        async def fetch(cursor: str | None) -> MailImportJobPage:
            return await self.list(address, cursor=cursor, limit=size)

        return AsyncCursorPager(fetch)

    async def cancel(self, email_address: str, job_id: uuid.UUID | str) -> MailImportJob:
        """Cancel a job that has not finished.

        Args:
            email_address: The mailbox to import into.
            job_id: The job.

        Raises:
            ConflictError: the job already finished.
        """
        response = await cancel_mail_import.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(job_id, "job_id"),
            client=self._api,
        )
        return parsed(response, MailImportJob)

    async def wait(
        self,
        email_address: str,
        job_id: uuid.UUID | str,
        *,
        timeout: float | None = None,
        poll_interval: float = 5.0,
        on_progress: Callable[[MailImportJob], object] | None = None,
    ) -> MailImportJob:
        """Poll the job until it is `completed`, `failed` or `cancelled`.

        Args:
            email_address: The mailbox.
            job_id: The job.
            timeout: Give up after this many seconds (default: wait as long as it takes).
            poll_interval: Seconds between polls.
            on_progress: Called with the job after every poll (the last one included).

        Returns:
            The finished job (check `status`, `error_detail` and the counts).

        Raises:
            ValueError: `poll_interval` or `timeout` is not positive.
            TimeoutError: the job did not finish within `timeout`.
        """
        if poll_interval <= 0:
            raise ValueError(f"poll_interval must be greater than zero; got {poll_interval!r}")
        if timeout is not None and timeout <= 0:
            raise ValueError(f"timeout must be greater than zero; got {timeout!r}")
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            job = await self.get(email_address, job_id)
            if on_progress is not None:
                on_progress(job)
            if is_finished(job):
                return job
            pause = poll_interval
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(
                        f"Import job {job_id} is still {job.status.value} after {timeout} s"
                    )
                pause = min(pause, left)
            await async_sleep(pause)


def _addresses(values: builtins.list[str] | None) -> builtins.list[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        raise TypeError("original_addresses must be a list of addresses, not one string")
    return [require_text(v, "original_addresses[]") for v in values]


def _read(file: ImportFile, filename: str | None) -> tuple[str, bytes]:
    if isinstance(file, bytes):
        return filename or "archive", file
    if isinstance(file, (str, os.PathLike)):
        path = Path(file)
        return filename or path.name, path.read_bytes()
    content = file.read()
    if not isinstance(content, bytes):
        raise TypeError("file must be opened in binary mode ('rb')")
    return filename or Path(str(getattr(file, "name", "archive"))).name, content
