"""The SDK guide's mail and threads sections, run as written against the emulator."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from inkbox import AsyncInkbox, ThreadFolder


@pytest.mark.anyio
async def test_mail(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        identity = await inkbox.create_identity("sales-agent")
        sender = await inkbox.create_identity("customer")
        await sender.send_email(to=[identity.email_address], subject="Hi", body_text="Hello!")  # type: ignore[list-item]
        sent = await identity.send_email(
            to=["user@example.com"], subject="Hello", body_text="Hi there!"
        )

        sent = await identity.send_email(
            to=["user@example.com"],
            subject="Hello",
            body_text="Hi there!",  # plain text (optional)
            body_html="<p>Hi there!</p>",  # HTML (optional)
            cc=["cc@example.com"],  # optional
            bcc=["bcc@example.com"],  # optional
            in_reply_to_message_id=sent.id,  # for threaded replies
            attachments=[
                {  # optional
                    "filename": "report.pdf",
                    "content_type": "application/pdf",
                    "content_base64": base64.b64encode(b"%PDF-1.4 report").decode(),
                }
            ],
        )

        # Iterate all messages — pagination handled automatically (Iterator[Message])
        async for msg in identity.iter_emails():
            print(msg.subject, msg.from_address, msg.is_read)

        # Filter by direction
        async for msg in identity.iter_emails(direction="inbound"):  # or "outbound"
            ...

        # Unread only (client-side filtered)
        async for msg in identity.iter_unread_emails():
            ...

        # Mark as read
        ids = [msg.id async for msg in identity.iter_unread_emails()]
        await identity.mark_emails_read(ids)
        assert ids
        assert [m async for m in identity.iter_unread_emails()] == []

        # Get full thread (oldest-first)
        thread = await identity.get_thread(sent.thread_id)  # type: ignore[arg-type]
        for m in thread.messages:
            print(f"[{m.from_address}] {m.subject}")
        assert [m.subject for m in thread.messages] == ["Hello", "Hello"]
        assert thread.messages[0].created_at <= thread.messages[1].created_at
        thread = await identity.get_thread(msg.thread_id)  # type: ignore[arg-type]
        assert thread.messages[0].subject == "Hi"


@pytest.mark.anyio
async def test_threads_and_folders(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        identity = await inkbox.create_identity("sales-agent")
        customer = await inkbox.create_identity("customer")
        await customer.send_email(to=[identity.email_address], subject="Hi", body_text="x")  # type: ignore[list-item]
        email = identity.email_address
        assert email is not None

        # Thread.folder / ThreadDetail.folder is always one of the four values above.
        threads = [t async for t in inkbox.threads.list(email, folder="inbox")]
        assert threads[0].folder in (
            ThreadFolder.INBOX,
            ThreadFolder.SPAM,
            ThreadFolder.ARCHIVE,
            ThreadFolder.BLOCKED,
        )
        print(await inkbox.threads.list_folders(email))
        await inkbox.threads.update(email, threads[0].id, folder="archive")
        with pytest.raises(ValueError):
            await inkbox.threads.update(email, threads[0].id, folder="blocked")
        detail = await identity.get_thread(threads[0].id)
        assert detail.folder == ThreadFolder.ARCHIVE
