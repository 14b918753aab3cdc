"""The import archive reader: formats, per-message failures and malformed archives."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pytest

from inkbox_emulator.mail_archive import (
    ArchiveError,
    ArchiveFailure,
    ArchiveMessage,
    detect_format,
    read_archive,
)

EML = (
    b"From: =?utf-8?q?Jos=C3=A9?= <Jose@Example.com>\r\n"
    b"To: a@x.com, B <b@x.com>\r\nCc: c@x.com\r\n"
    b"Subject: =?utf-8?q?Caf=C3=A9?=\r\n"
    b"Date: Tue, 06 Jan 2026 09:15:00 +0100\r\n"
    b"Message-ID: <m@x.com>\r\nReferences: <r1@x.com> <r2@x.com>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
    b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHola\r\n"
    b'--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="a.pdf"\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n--b--\r\n"
)


def test_an_eml_is_read_with_addresses_date_references_and_attachments() -> None:
    [message] = read_archive(EML, "auto")
    assert isinstance(message, ArchiveMessage)
    assert (message.from_address, message.from_name) == ("jose@example.com", "José")
    assert message.to == ["a@x.com", "b@x.com"] and message.cc == ["c@x.com"]
    assert message.subject == "Café"
    assert message.sent_at == datetime(2026, 1, 6, 8, 15, tzinfo=UTC)
    assert message.refs == ["<r1@x.com>", "<r2@x.com>"]
    assert message.body_text is not None and message.body_text.strip() == "Hola"
    assert [(a["filename"], a["content"]) for a in message.attachments] == [("a.pdf", b"%PDF")]


def test_formats_are_detected() -> None:
    assert detect_format(b"From x Mon Jan  5 10:00:00 2026\n") == "mbox"
    assert detect_format(b"PK\x03\x04....") == "zip"
    assert detect_format(EML) == "eml"


def test_a_message_without_sender_fails_alone_and_a_missing_id_is_stable() -> None:
    mbox = (
        b"From a Mon Jan  5 10:00:00 2026\nFrom: a@x.com\nSubject: ok\n\nbody\n\n"
        b"From b Mon Jan  5 11:00:00 2026\nSubject: no sender\n\nbody\n"
    )
    first, second = read_archive(mbox, "mbox")
    assert isinstance(first, ArchiveMessage) and first.message_id.startswith("<import.")
    assert read_archive(mbox, "mbox")[0] == first
    assert isinstance(second, ArchiveFailure) and second.index == 1


@pytest.mark.parametrize(
    ("data", "kind", "reason"),
    [
        (b"", "auto", "empty"),
        (EML, "mbox", "starts with a 'From ' line"),
        (b"\x00\xffgarbage", "auto", "no mail headers"),
        (b"PK\x03\x04broken", "zip", "Not a readable zip"),
    ],
)
def test_malformed_archives_fail_as_a_whole(data: bytes, kind: str, reason: str) -> None:
    with pytest.raises(ArchiveError, match=reason):
        read_archive(data, kind)


def test_a_zip_without_eml_files_is_malformed() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hi")
    with pytest.raises(ArchiveError, match=r"no \.eml files"):
        read_archive(buffer.getvalue(), "auto")
