"""Bring an agent's old mail along: import an mbox export into its new mailbox.

Run it with `python examples/import_mbox.py [archive.mbox]` (against its own in-process
emulator; without an argument it writes a small sample archive first). The flow is the live
service's: create a job, upload the archive to the presigned target, start it, wait while it
runs, then read the imported messages, filed in their threads with their original dates.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from inkbox import Inkbox, MailImportJob

SAMPLE = """From dana@example.com Mon Jan  5 09:00:00 2026
From: Dana <dana@example.com>
To: me@old-provider.example
Subject: Kickoff notes
Date: Mon, 05 Jan 2026 09:00:00 +0000
Message-ID: <kickoff-1@example.com>

Notes from today's kickoff are attached in spirit.

From me@old-provider.example Mon Jan  5 09:30:00 2026
From: Me <me@old-provider.example>
To: dana@example.com
Subject: Re: Kickoff notes
Date: Mon, 05 Jan 2026 09:30:00 +0000
Message-ID: <kickoff-2@old-provider.example>
In-Reply-To: <kickoff-1@example.com>
References: <kickoff-1@example.com>

Thanks, Dana. I'll take the follow-ups.

From erin@example.com Tue Jan  6 14:00:00 2026
From: Erin <erin@example.com>
To: me@old-provider.example
Subject: Invoice 1042
Date: Tue, 06 Jan 2026 14:00:00 +0000
Message-ID: <invoice-1042@example.com>

Invoice 1042 is due on the 20th.
"""


def show(job: MailImportJob) -> None:
    print(
        f"  {job.status.value}: {job.messages_processed} processed, {job.messages_imported} imported"
    )


def import_archive(base_url: str, api_key: str, archive: Path) -> MailImportJob:
    with Inkbox(api_key=api_key, base_url=base_url) as inkbox:
        agent = inkbox.create_identity("archivist")
        address = agent.email_address
        assert address is not None

        print(f"Importing {archive.name} into {address}")
        created = inkbox.mailboxes.imports.create(
            address, original_addresses=["me@old-provider.example"], mark_as_read=True
        )
        inkbox.mailboxes.imports.upload(created.upload, archive)
        inkbox.mailboxes.imports.start(address, created.job.id)
        job = inkbox.mailboxes.imports.wait(
            address, created.job.id, timeout=60, poll_interval=0.2, on_progress=show
        )
        if job.error_detail:
            print(f"The import failed: {job.error_detail}")
            return job
        for failure in job.failures:
            print(f"  message #{failure.index} skipped: {failure.reason}")

        print("Threads now in the mailbox:")
        for thread in inkbox.threads.list(address):
            print(f"  {thread.subject!r}: {thread.message_count} message(s)")
        for message in inkbox.messages.list(address):
            when = message.created_at.date().isoformat()
            print(f"  {when} {message.direction.value:8} {message.subject}")
        return job


def main() -> None:
    from inkbox_emulator import run_in_thread

    with tempfile.TemporaryDirectory() as scratch:
        if len(sys.argv) > 1:
            archive = Path(sys.argv[1])
        else:
            archive = Path(scratch) / "sample.mbox"
            archive.write_text(SAMPLE)
        emulator = run_in_thread()
        try:
            import_archive(emulator.url, emulator.admin_key, archive)
        finally:
            emulator.stop()
    print("Done.")


if __name__ == "__main__":
    main()
