"""Form bodies without python-multipart: url-encoded, or multipart with one file field.

The stdlib parses both (`urllib.parse`, `email`); the inspector's forms are small and few.
"""

from __future__ import annotations

import email.parser
import email.policy
from urllib.parse import parse_qsl

import attrs
from starlette.requests import Request

__all__ = ["Form", "Upload", "read_form"]

MAX_BODY = 25 * 1024 * 1024


@attrs.frozen
class Upload:
    filename: str
    content_type: str
    content: bytes


@attrs.frozen
class Form:
    fields: dict[str, str]
    files: dict[str, Upload]

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)


async def read_form(request: Request) -> Form:
    body = await request.body()
    if len(body) > MAX_BODY:
        raise ValueError("form too large")
    kind = request.headers.get("content-type", "")
    if kind.startswith("multipart/form-data"):
        return _multipart(kind, body)
    pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    return Form(dict(pairs), {})


def _multipart(content_type: str, body: bytes) -> Form:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    fields: dict[str, str] = {}
    files: dict[str, Upload] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        raw = part.get_payload(decode=True)
        payload = raw if isinstance(raw, bytes) else b""
        filename = part.get_filename()
        if filename is None:
            fields[name] = payload.decode("utf-8", "replace")
        elif filename:
            files[name] = Upload(filename, part.get_content_type(), payload)
    return Form(fields, files)
