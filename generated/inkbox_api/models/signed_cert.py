from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignedCert")


@_attrs_define
class SignedCert:
    """A certificate signed for a passthrough tunnel (about 90 days)."""

    cert_pem: str
    chain_pem: str
    cert_fingerprint_sha256: str
    cert_expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_pem = self.cert_pem

        chain_pem = self.chain_pem

        cert_fingerprint_sha256 = self.cert_fingerprint_sha256

        cert_expires_at = self.cert_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cert_pem": cert_pem,
                "chain_pem": chain_pem,
                "cert_fingerprint_sha256": cert_fingerprint_sha256,
                "cert_expires_at": cert_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cert_pem = d.pop("cert_pem")

        chain_pem = d.pop("chain_pem")

        cert_fingerprint_sha256 = d.pop("cert_fingerprint_sha256")

        cert_expires_at = datetime.datetime.fromisoformat(d.pop("cert_expires_at"))

        signed_cert = cls(
            cert_pem,
            chain_pem,
            cert_fingerprint_sha256,
            cert_expires_at,
        )

        signed_cert.additional_properties = d
        return signed_cert

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
