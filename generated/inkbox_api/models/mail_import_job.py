from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mail_import_format import MailImportFormat
from ..models.mail_import_job_status import MailImportJobStatus
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="MailImportJob")


@_attrs_define
class MailImportJob:
    """An import job and its progress counts."""

    id: UUID
    mailbox_id: UUID
    status: MailImportJobStatus
    """ `pending_upload` → `queued` → `running` → `completed`; or `failed` / `cancelled`. """
    source_format: MailImportFormat
    """ How the uploaded archive is read; `auto` detects mbox, a single `.eml` or a zip of `.eml` files. """
    original_addresses: list[str] | None
    mark_as_read: bool
    upload_size_bytes: int | None
    error_detail: None | str
    """ Why the job failed (e.g. a malformed archive). """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    failures: list[MailImportFailure]
    """ Per-message failures (an emulator and SDK extension; servers without it read as empty). """
    messages_processed: int = 0
    messages_imported: int = 0
    messages_skipped_duplicate: int = 0
    messages_failed: int = 0
    messages_rejected_unsafe: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        mailbox_id = str(self.mailbox_id)

        status = self.status.value

        source_format = self.source_format.value

        original_addresses: list[str] | None
        if isinstance(self.original_addresses, list):
            original_addresses = self.original_addresses

        else:
            original_addresses = self.original_addresses

        mark_as_read = self.mark_as_read

        upload_size_bytes: int | None
        upload_size_bytes = self.upload_size_bytes

        messages_processed = self.messages_processed

        messages_imported = self.messages_imported

        messages_skipped_duplicate = self.messages_skipped_duplicate

        messages_failed = self.messages_failed

        messages_rejected_unsafe = self.messages_rejected_unsafe

        error_detail: None | str
        error_detail = self.error_detail

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        failures = []
        for failures_item_data in self.failures:
            failures_item = failures_item_data.to_dict()
            failures.append(failures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mailbox_id": mailbox_id,
                "status": status,
                "source_format": source_format,
                "original_addresses": original_addresses,
                "mark_as_read": mark_as_read,
                "upload_size_bytes": upload_size_bytes,
                "messages_processed": messages_processed,
                "messages_imported": messages_imported,
                "messages_skipped_duplicate": messages_skipped_duplicate,
                "messages_failed": messages_failed,
                "messages_rejected_unsafe": messages_rejected_unsafe,
                "error_detail": error_detail,
                "created_at": created_at,
                "updated_at": updated_at,
                "started_at": started_at,
                "finished_at": finished_at,
                "failures": failures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        mailbox_id = parse_uuid(d.pop("mailbox_id"))

        status = parse_enum(MailImportJobStatus, d.pop("status"))

        source_format = parse_enum(MailImportFormat, d.pop("source_format"))

        original_addresses = d.pop("original_addresses", None)
        if original_addresses is not None:
            if isinstance(original_addresses, list):
                try:
                    original_addresses_type_0 = cast(list[str], original_addresses)

                    original_addresses = original_addresses_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        mark_as_read = d.pop("mark_as_read")

        upload_size_bytes = d.pop("upload_size_bytes", None)

        messages_processed = d.pop("messages_processed", 0)

        messages_imported = d.pop("messages_imported", 0)

        messages_skipped_duplicate = d.pop("messages_skipped_duplicate", 0)

        messages_failed = d.pop("messages_failed", 0)

        messages_rejected_unsafe = d.pop("messages_rejected_unsafe", 0)

        error_detail = d.pop("error_detail", None)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        started_at = d.pop("started_at", None)
        if started_at is not None:
            if isinstance(started_at, str):
                try:
                    started_at_type_0 = datetime.datetime.fromisoformat(started_at)

                    started_at = started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        finished_at = d.pop("finished_at", None)
        if finished_at is not None:
            if isinstance(finished_at, str):
                try:
                    finished_at_type_0 = datetime.datetime.fromisoformat(finished_at)

                    finished_at = finished_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        failures = []
        _failures = d.pop("failures")
        for failures_item_data in _failures:
            failures_item = MailImportFailure.from_dict(failures_item_data)

            failures.append(failures_item)

        mail_import_job = cls(
            id,
            mailbox_id,
            status,
            source_format,
            original_addresses,
            mark_as_read,
            upload_size_bytes,
            error_detail,
            created_at,
            updated_at,
            started_at,
            finished_at,
            failures,
            messages_processed,
            messages_imported,
            messages_skipped_duplicate,
            messages_failed,
            messages_rejected_unsafe,
        )

        mail_import_job.additional_properties = d
        return mail_import_job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other import each other here, after the class: by then the class a
# circular import asks for exists, and the methods find the name once instead of importing it
# on every call.
from ..models.mail_import_failure import MailImportFailure  # noqa: E402
