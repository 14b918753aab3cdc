"""mail_imports: import jobs of a mailbox, and the presigned upload target they hand out.

The upload target is served by the emulator itself under `/_emulator/uploads/...`: like S3's
presigned POST it is storage, not the API, so it takes no API key (the form's `token` field
is the credential) and is not in the spec. The multipart form is read with the stdlib.
"""

from __future__ import annotations

import email.parser
import email.policy
from typing import Any

from ..dispatch import Call, Hook, HookCall
from ..errors import NotFound, Unprocessable
from ..mail_json import cursor_page, decode_cursor
from ..scoping import mailbox_for
from ..store import Row
from ..store import mail_imports as store_imports
from ..world import mail_imports as world_imports

__all__ = ["hooks", "routes"]


def _base_url(call: Call) -> str:
    return f"http://{call.headers.get('host', '127.0.0.1')}"


def _job_of(call: Call) -> tuple[Row, Row]:
    mailbox = mailbox_for(call, call.path["email_address"])
    job = store_imports.job(call.store, mailbox["id"], call.path["job_id"])
    if job is None:
        raise NotFound("Import job not found")
    return mailbox, job


def create_mail_import(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    return world_imports.create_job(call.world, mailbox, call.json, _base_url(call))


def list_mail_imports(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    limit = call.query["limit"]
    rows = store_imports.jobs_page(
        call.store, mailbox["id"], before_seq=decode_cursor(call.query.get("cursor")), limit=limit
    )
    rows = [world_imports.advance(call.world, mailbox, r) for r in rows]
    return cursor_page(rows, limit, "seq", world_imports.job_json)


def get_mail_import(call: Call) -> dict[str, Any]:
    mailbox, job = _job_of(call)
    return world_imports.job_json(world_imports.advance(call.world, mailbox, job))


def refresh_mail_import_upload_target(call: Call) -> dict[str, Any]:
    _, job = _job_of(call)
    return world_imports.new_upload_target(call.world, job, _base_url(call))


def start_mail_import(call: Call) -> dict[str, Any]:
    _, job = _job_of(call)
    return world_imports.job_json(world_imports.start(call.world, job))


def cancel_mail_import(call: Call) -> dict[str, Any]:
    _, job = _job_of(call)
    return world_imports.job_json(world_imports.cancel(call.world, job))


def _upload(call: HookCall) -> None:
    fields, data = _form(call.content_type, call.body)
    if data is None:
        raise Unprocessable("The form has no 'file' part")
    world_imports.receive_upload(call.world, call.path["job_id"], fields, data)


def _form(content_type: str, body: bytes) -> tuple[dict[str, str], bytes | None]:
    """The text fields and the `file` part of a multipart/form-data body."""
    if not content_type.lower().startswith("multipart/form-data"):
        raise Unprocessable("Upload as multipart/form-data (the presigned fields plus 'file')")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    fields: dict[str, str] = {}
    data: bytes | None = None
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            continue
        if name == "file":
            data = payload
        else:
            fields[name] = payload.decode("utf-8", "replace")
    return fields, data


routes = [
    create_mail_import,
    list_mail_imports,
    get_mail_import,
    refresh_mail_import_upload_target,
    start_mail_import,
    cancel_mail_import,
]

hooks = [
    Hook(
        "POST",
        world_imports.UPLOAD_PATH,
        _upload,
        "presigned upload of a mail import archive (multipart: fields + file)",
        raw=True,
    ),
]
