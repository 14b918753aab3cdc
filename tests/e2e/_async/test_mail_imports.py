"""Mail imports end to end: create, upload to the presigned target, start, wait, read the
filed messages back; and the bad inputs (unknown job, malformed archive, wrong order)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    ConflictError,
    MailImportFormat,
    MailImportJob,
    MailImportJobStatus,
    MailImportUploadError,
    MessageDirection,
    NotFoundError,
    PermissionDeniedError,
)

MBOX = b"""From alice@example.com Mon Jan  5 10:00:00 2026
From: Alice <alice@example.com>
To: importer@inkboxmail.com
Subject: Quarterly numbers
Date: Mon, 05 Jan 2026 10:00:00 +0000
Message-ID: <q1@example.com>

Here are the numbers.
>From the top: all good.

From importer@inkboxmail.com Mon Jan  5 11:30:00 2026
From: Importer <old-me@example.org>
To: alice@example.com
Subject: Re: Quarterly numbers
Date: Mon, 05 Jan 2026 11:30:00 +0000
Message-ID: <q2@example.org>
In-Reply-To: <q1@example.com>
References: <q1@example.com>

Thanks Alice.

From nobody Mon Jan  5 12:00:00 2026
Subject: a message without a sender
Date: Mon, 05 Jan 2026 12:00:00 +0000

orphan
"""

EML = b"""From: Bob <bob@example.com>
To: importer@inkboxmail.com
Subject: Lunch?
Date: Tue, 06 Jan 2026 09:15:00 +0100
Message-ID: <lunch@example.com>

Noon?
"""


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def importer(inkbox: AsyncInkbox) -> str:
    identity = await inkbox.create_identity("importer")
    assert identity.email_address is not None
    return identity.email_address


async def run_import(
    inkbox: AsyncInkbox, address: str, archive: bytes, **create: Any
) -> MailImportJob:
    created = await inkbox.mailboxes.imports.create(address, **create)
    await inkbox.mailboxes.imports.upload(created.upload, archive)
    await inkbox.mailboxes.imports.start(address, created.job.id)
    return await inkbox.mailboxes.imports.wait(address, created.job.id, poll_interval=0.01)


@pytest.mark.anyio
async def test_mbox_import_files_messages_with_dates_threads_and_failures(
    inkbox: AsyncInkbox, tmp_path: Path
) -> None:
    address = await importer(inkbox)
    created = await inkbox.mailboxes.imports.create(
        address, source_format="mbox", original_addresses=["old-me@example.org"]
    )
    assert created.job.status == MailImportJobStatus.PENDING_UPLOAD
    assert created.upload.expires_in_seconds > 0
    archive = tmp_path / "export.mbox"
    archive.write_bytes(MBOX)
    await inkbox.mailboxes.imports.upload(created.upload, archive)
    started = await inkbox.mailboxes.imports.start(address, created.job.id)
    assert started.status == MailImportJobStatus.QUEUED
    assert started.upload_size_bytes == len(MBOX)

    seen: list[MailImportJobStatus] = []
    job = await inkbox.mailboxes.imports.wait(
        address, created.job.id, poll_interval=0.01, on_progress=lambda j: seen.append(j.status)
    )
    assert seen[0] == MailImportJobStatus.RUNNING
    assert seen[-1] == MailImportJobStatus.COMPLETED
    assert (job.messages_processed, job.messages_imported, job.messages_failed) == (3, 2, 1)
    assert job.failures[0].index == 2
    assert "From" in job.failures[0].reason
    assert job.finished_at is not None

    messages = [m async for m in inkbox.messages.list(address)]
    by_subject = {m.subject: m for m in messages}
    question, answer = by_subject["Quarterly numbers"], by_subject["Re: Quarterly numbers"]
    assert question.created_at.isoformat().startswith("2026-01-05T10:00:00")
    assert question.direction == MessageDirection.INBOUND
    assert answer.direction == MessageDirection.OUTBOUND  # sent from an original address
    assert question.thread_id == answer.thread_id
    assert question.is_read and answer.is_read
    assert question.import_job_id == job.id
    detail = await inkbox.messages.get(address, question.id)
    assert detail.body_text is not None and ">From the top" not in detail.body_text


@pytest.mark.anyio
async def test_reimport_skips_duplicates_and_eml_zip_formats_work(inkbox: AsyncInkbox) -> None:
    address = await importer(inkbox)
    first = await run_import(inkbox, address, EML, mark_as_read=False)
    assert first.messages_imported == 1
    again = await run_import(inkbox, address, EML)
    assert (again.messages_imported, again.messages_skipped_duplicate) == (0, 1)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.eml", EML.replace(b"lunch@", b"lunch2@"))
        archive.writestr("b.eml", EML.replace(b"lunch@", b"lunch3@"))
    zipped = await run_import(
        inkbox, address, buffer.getvalue(), source_format=MailImportFormat.ZIP
    )
    assert zipped.messages_imported == 2
    unread = [m async for m in inkbox.messages.list(address) if not m.is_read]
    assert len(unread) == 1  # only the first import kept them unread

    jobs = [j async for j in inkbox.mailboxes.imports.iter(address, page_size=2)]
    assert [j.id for j in jobs] == [zipped.id, again.id, first.id]
    page = await inkbox.mailboxes.imports.list(address, limit=1)
    assert page.has_more and page.items[0].id == zipped.id


@pytest.mark.anyio
async def test_malformed_archive_fails_the_job_and_imports_nothing(inkbox: AsyncInkbox) -> None:
    address = await importer(inkbox)
    created = await inkbox.mailboxes.imports.create(address, source_format="mbox")
    await inkbox.mailboxes.imports.upload(created.upload, EML)  # not an mbox
    job = await inkbox.mailboxes.imports.start(address, created.job.id)
    assert job.status == MailImportJobStatus.FAILED
    assert job.error_detail is not None and "mbox" in job.error_detail
    assert job.messages_imported == 0
    assert [m async for m in inkbox.messages.list(address)] == []

    garbage = await run_import(inkbox, address, b"\x00\x01 not mail at all \xff")
    assert garbage.status == MailImportJobStatus.FAILED
    assert "no mail headers" in (garbage.error_detail or "")
    broken_zip = await run_import(inkbox, address, b"PK\x03\x04broken", source_format="zip")
    assert broken_zip.status == MailImportJobStatus.FAILED


@pytest.mark.anyio
async def test_job_lifecycle_errors(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    address = await importer(inkbox)
    unknown = "00000000-0000-4000-8000-000000000000"
    with pytest.raises(NotFoundError):
        await inkbox.mailboxes.imports.get(address, unknown)
    with pytest.raises(NotFoundError):
        await inkbox.mailboxes.imports.create("nobody@inkboxmail.com")

    created = await inkbox.mailboxes.imports.create(address)
    with pytest.raises(ConflictError, match="Nothing was uploaded"):
        await inkbox.mailboxes.imports.start(address, created.job.id)
    fresh = await inkbox.mailboxes.imports.refresh_upload_target(address, created.job.id)
    assert fresh.fields.to_dict()["token"] != created.upload.fields.to_dict()["token"]
    with pytest.raises(MailImportUploadError) as stale:
        await inkbox.mailboxes.imports.upload(created.upload, EML)  # replaced by the refresh
    assert stale.value.status_code == 403
    cancelled = await inkbox.mailboxes.imports.cancel(address, created.job.id)
    assert cancelled.status == MailImportJobStatus.CANCELLED
    with pytest.raises(ConflictError):
        await inkbox.mailboxes.imports.cancel(address, created.job.id)
    with pytest.raises(ConflictError):
        await inkbox.mailboxes.imports.refresh_upload_target(address, created.job.id)

    other = await inkbox.create_identity("someone-else")
    agent = AsyncInkbox(inkbox_emulator.agent_key("someone-else"), base_url=inkbox_emulator.url)
    async with agent:
        assert other.email_address is not None
        with pytest.raises(PermissionDeniedError):
            await agent.mailboxes.imports.create(address)


@pytest.mark.anyio
async def test_bad_arguments_fail_before_any_request(inkbox: AsyncInkbox) -> None:
    with pytest.raises(ValueError, match="source_format"):
        await inkbox.mailboxes.imports.create("a@inkboxmail.com", source_format="pst")
    with pytest.raises(TypeError, match="original_addresses"):
        await inkbox.mailboxes.imports.create("a@inkboxmail.com", original_addresses="me@x.org")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="job_id"):
        await inkbox.mailboxes.imports.get("a@inkboxmail.com", "not-a-uuid")
    with pytest.raises(ValueError, match="poll_interval"):
        await inkbox.mailboxes.imports.wait(
            "a@inkboxmail.com", "00000000-0000-4000-8000-000000000000", poll_interval=0
        )


@pytest.mark.anyio
async def test_wait_times_out_on_a_job_that_never_starts(inkbox: AsyncInkbox) -> None:
    address = await importer(inkbox)
    created = await inkbox.mailboxes.imports.create(address)
    with pytest.raises(TimeoutError, match="pending_upload"):
        await inkbox.mailboxes.imports.wait(
            address, created.job.id, timeout=0.05, poll_interval=0.01
        )
