from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_party import TranscriptParty
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="PhoneTranscript")


@_attrs_define
class PhoneTranscript:
    """One transcript segment of a call."""

    id: UUID
    call_id: UUID
    seq: int
    """ Position in the call, from 0. """
    ts_ms: int
    """ Milliseconds since the call started. """
    party: TranscriptParty
    """ Who spoke a transcript segment: `local` (the agent) or `remote`. """
    text: str
    phone_number: None | str
    """ The organisation's number on the call. """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        call_id = str(self.call_id)

        seq = self.seq

        ts_ms = self.ts_ms

        party = self.party.value

        text = self.text

        phone_number: None | str
        phone_number = self.phone_number

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "seq": seq,
                "ts_ms": ts_ms,
                "party": party,
                "text": text,
                "phone_number": phone_number,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        call_id = parse_uuid(d.pop("call_id"))

        seq = d.pop("seq")

        ts_ms = d.pop("ts_ms")

        party = parse_enum(TranscriptParty, d.pop("party"))

        text = d.pop("text")

        phone_number = d.pop("phone_number", None)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        phone_transcript = cls(
            id,
            call_id,
            seq,
            ts_ms,
            party,
            text,
            phone_number,
            created_at,
        )

        phone_transcript.additional_properties = d
        return phone_transcript

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
