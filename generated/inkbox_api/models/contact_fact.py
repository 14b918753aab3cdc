from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_fact_kind import ContactFactKind
from ..models.contact_fact_origin import ContactFactOrigin
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="ContactFact")


@_attrs_define
class ContactFact:
    """A fact remembered about a contact."""

    id: UUID
    contact_id: UUID
    content: str
    confidence: float | None
    """ 0-1 for generated facts; null for hand-written ones. """
    origin: ContactFactOrigin
    """ Whether a fact was learned from traffic (`generated`) or written by a person (`user`). """
    locked_at: datetime.datetime | None
    """ Set when a person wrote or edited the fact; a locked fact never expires. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    citations: list[ContactFactCitation]
    kind: ContactFactKind | None
    """ The memory bucket, once classified. """
    expires_at: datetime.datetime | None
    """ When an unlocked `context` fact stops applying. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        contact_id = str(self.contact_id)

        content = self.content

        confidence: float | None
        confidence = self.confidence

        origin = self.origin.value

        locked_at: None | str
        if isinstance(self.locked_at, datetime.datetime):
            locked_at = self.locked_at.isoformat()
        else:
            locked_at = self.locked_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        kind: None | str
        if isinstance(self.kind, ContactFactKind):
            kind = self.kind.value
        else:
            kind = self.kind

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contact_id": contact_id,
                "content": content,
                "confidence": confidence,
                "origin": origin,
                "locked_at": locked_at,
                "created_at": created_at,
                "updated_at": updated_at,
                "citations": citations,
                "kind": kind,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        contact_id = parse_uuid(d.pop("contact_id"))

        content = d.pop("content")

        confidence = d.pop("confidence", None)

        origin = parse_enum(ContactFactOrigin, d.pop("origin"))

        locked_at = d.pop("locked_at", None)
        if locked_at is not None:
            if isinstance(locked_at, str):
                try:
                    locked_at_type_0 = datetime.datetime.fromisoformat(locked_at)

                    locked_at = locked_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = ContactFactCitation.from_dict(citations_item_data)

            citations.append(citations_item)

        kind = d.pop("kind", None)
        if kind is not None:
            if isinstance(kind, str):
                try:
                    kind_type_0 = parse_enum(ContactFactKind, kind)

                    kind = kind_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        expires_at = d.pop("expires_at", None)
        if expires_at is not None:
            if isinstance(expires_at, str):
                try:
                    expires_at_type_0 = datetime.datetime.fromisoformat(expires_at)

                    expires_at = expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        contact_fact = cls(
            id,
            contact_id,
            content,
            confidence,
            origin,
            locked_at,
            created_at,
            updated_at,
            citations,
            kind,
            expires_at,
        )

        contact_fact.additional_properties = d
        return contact_fact

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
from ..models.contact_fact_citation import ContactFactCitation  # noqa: E402
