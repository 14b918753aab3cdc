"""The generated models as the guide uses them (what `templates/openapi/model.py.jinja` adds from
the spec's extensions), and `inkbox/models.py`."""

from __future__ import annotations

import datetime
import json
import uuid
from pathlib import Path
from typing import Any

import attrs
import pytest

import inkbox_api.models
from inkbox import (
    AgentIdentitySummary,
    ContactAddress,
    ContactDate,
    ContactEmail,
    ContactImportResult,
    ContactPhone,
    ContactWebsite,
    FilterMode,
    Message,
    PhoneNumber,
    PhoneNumberType,
    TextConversationUpdateResult,
    TextMessage,
    TextMessageOrigin,
    VaultSecret,
)
from inkbox.models import contact_entries_input
from inkbox_api.models import ContactAddressInput, ContactEmailInput, ContactPhoneInput

from . import _phone_contact_samples as s
from ._fake_api import identity, phone_dict

SPEC = Path(__file__).resolve().parents[2] / "emulator" / "inkbox_emulator" / "openapi.json"


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = json.loads(SPEC.read_text())["components"]["schemas"]
    return schemas


# ── omitted response fields read as None or their default ──


def test_a_guide_era_identity_reads_without_unset() -> None:
    """Fields a guide-era server leaves out read as None or the default the spec gives."""
    summary = AgentIdentitySummary.from_dict(identity())
    assert summary.status is None and summary.tunnel is None and summary.imessage_number is None
    assert summary.imessage_enabled is False and summary.contact_sharing_enabled is True
    assert summary.mail_filter_mode == FilterMode.BLACKLIST
    assert summary.mail_inbound_filter_mode is None
    assert summary.signing_key_configured is False and summary.signing_key_created_at is None
    assert summary.mailbox is not None and summary.mailbox.signature_enabled is False


def test_omitted_defaults_and_sent_values() -> None:
    """A sent value wins over the default; an inbound text without lifecycle fields reads."""
    row = {**s.text_message(direction="inbound")}
    for key in ("delivery_status", "origin"):
        row.pop(key, None)
    text = TextMessage.from_dict(row)
    assert text.delivery_status is None and text.sent_at is None
    assert text.origin == TextMessageOrigin.USER_INITIATED
    sent = TextMessage.from_dict(s.text_message(origin="auto_reply"))
    assert sent.origin == TextMessageOrigin.AUTO_REPLY


def test_a_required_field_without_null_or_default_is_still_required() -> None:
    """Lenience is only for what the spec marks nullable or defaulted."""
    row = identity()
    del row["agent_handle"]
    with pytest.raises(KeyError):
        AgentIdentitySummary.from_dict(row)


def test_message_open_count_and_vault_access() -> None:
    message = Message.from_dict(
        {
            "id": str(uuid.uuid4()),
            "mailbox_id": str(uuid.uuid4()),
            "thread_id": None,
            "message_id": "<m@x>",
            "from_address": "a@b.c",
            "to_addresses": ["d@e.f"],
            "cc_addresses": None,
            "subject": None,
            "snippet": None,
            "direction": "inbound",
            "status": "received",
            "is_read": False,
            "is_starred": False,
            "has_attachments": False,
            "created_at": "2026-01-01T00:00:00Z",
        }
    )
    assert message.open_count == 0 and message.from_display_name is None
    secret = VaultSecret.from_dict(
        {
            "id": str(uuid.uuid4()),
            "name": "n",
            "description": None,
            "secret_type": "login",
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
        }
    )
    assert secret.access is None  # not inlined, which is not "nobody"


# ── the guide's names: x-alias ──


def test_contact_entries_take_and_read_the_guide_names() -> None:
    phone = ContactPhone(label="mobile", value="+15551234567")
    assert phone.value == phone.value_e164 == "+15551234567" and phone.is_primary is False
    phone.value = "+15557654321"
    assert phone.value_e164 == "+15557654321"
    assert ContactWebsite(label=None, value="https://ada.example").url == "https://ada.example"
    day = ContactDate(label="anniversary", value="2020-05-01")
    assert day.value == day.date == datetime.date(2020, 5, 1)
    assert ContactDate(label=None, value=datetime.date(2020, 5, 1)) == day.__class__(
        label=None, value="2020-05-01"
    )
    address = ContactAddress(label="home", city="London", postal_code="N1")
    assert address.postal == address.postal_code == "N1" and address.street is None
    assert ContactEmail(label="work", value="ada@example.com").to_dict() == {
        "label": "work",
        "value": "ada@example.com",
        "is_primary": False,
    }


def test_read_entries_are_the_guide_classes() -> None:
    contact = inkbox_api.models.Contact.from_dict(s.contact())
    assert type(contact.phones[0]) is ContactPhone and contact.phones[0].value == "+15551234567"
    assert contact.addresses[0].postal_code == "N1"
    assert contact.dates[0].value == datetime.date(2020, 5, 1)


def test_type_reads_under_its_wire_name() -> None:
    number = PhoneNumber.from_dict(s.phone_number())
    assert number.type == number.type_ == PhoneNumberType.LOCAL
    assert TextMessage.from_dict(s.text_message()).type == "sms"
    assert inkbox_api.models.IdentityPhoneNumber.from_dict(phone_dict()).type == "local"


def test_an_enum_value_reads_under_the_guide_label() -> None:
    """`x-public-values`: the wire's `delete_pending` is the guide's `pending_removal`; the
    wire's name stays an alias member, and unknown values still parse."""
    from inkbox import TunnelStatus

    assert TunnelStatus("delete_pending") is TunnelStatus.PENDING_REMOVAL
    assert TunnelStatus.DELETE_PENDING is TunnelStatus.PENDING_REMOVAL
    assert str(TunnelStatus.PENDING_REMOVAL) == "pending_removal"
    assert [m.value for m in TunnelStatus] == [
        "active",
        "awaiting_cert",
        "deleted",
        "pending_removal",
    ]
    assert TunnelStatus("paused") == "paused"


# ── x-mapping and the extras ──


def test_conversation_update_result_reads_by_key() -> None:
    result = TextConversationUpdateResult.from_dict(
        {
            "remote_phone_number": "+15167251294",
            "conversation_id": None,
            "is_read": True,
            "updated_count": 3,
            "extra": "x",
        }
    )
    assert result["updated_count"] == result.updated_count == 3
    assert result["extra"] == "x" and "is_read" in result and "nope" not in result
    assert result.get("nope", 7) == 7
    with pytest.raises(KeyError):
        result["nope"]


def test_import_result_shortcuts() -> None:
    created = s.contact()
    conflict_id = str(uuid.uuid4())
    result = ContactImportResult.from_dict(
        {
            "created_count": 1,
            "error_count": 2,
            "results": [
                {"index": 0, "status": "created", "contact": created, "error": None,
                 "conflicting_contact_id": None},
                {"index": 1, "status": "error", "contact": None, "error": "bad card",
                 "conflicting_contact_id": None},
                {"index": 2, "status": "conflict", "contact": None, "error": "exists",
                 "conflicting_contact_id": conflict_id},
            ],
        }
    )  # fmt: skip
    assert result.created_ids == [uuid.UUID(created["id"])]
    assert [item.index for item in result.errors] == [1]
    assert [str(item.conflicting_contact_id) for item in result.conflicts] == [conflict_id]


# ── x-secret ──


def _secret_properties() -> list[tuple[str, str]]:
    return [
        (schema_name, prop)
        for schema_name, schema in _schemas().items()
        for prop, body in (schema.get("properties") or {}).items()
        if body.get("x-secret")
    ]


def test_the_guide_secrets_are_marked() -> None:
    marked = set(_secret_properties())
    for pair in [
        ("AgentSignupResponse", "api_key"),
        ("SigningKey", "signing_key"),
        ("CreatedTunnel", "connect_secret"),
        ("RotatedTunnelSecret", "connect_secret"),
        ("VaultKeyMaterial", "auth_hash"),
        ("VaultSecretDetail", "encrypted_payload"),
    ]:
        assert pair in marked, pair


@pytest.mark.parametrize(("schema", "prop"), _secret_properties())
def test_secret_fields_never_reach_repr(schema: str, prop: str) -> None:
    """Every `x-secret` field shows as '***'; the other fields stay readable."""
    cls = getattr(inkbox_api.models, schema)
    model = object.__new__(cls)
    for field in attrs.fields(cls):
        value: object = {} if field.name == "additional_properties" else f"VALUE-{field.name}"
        object.__setattr__(model, field.name, value)
    text = repr(model)
    assert f"'VALUE-{prop}'" not in text and f"{prop}='***'" in text
    others = [f.name for f in attrs.fields(cls) if f.name not in (prop, "additional_properties")]
    for name in others:
        if (schema, name) not in _secret_properties():
            assert f"'VALUE-{name}'" in text


# ── inkbox.models ──


def test_contact_entries_input_leaves_out_what_is_unset() -> None:
    shaped = contact_entries_input(
        [ContactPhone(label=None, value="+15551234567"), ContactPhoneInput(value_e164="+1555")],
        "phones",
    )
    assert shaped[0].to_dict() == {"value_e164": "+15551234567"}
    assert shaped[1].to_dict() == {"value_e164": "+1555"}
    [email] = contact_entries_input(
        [ContactEmail(label="w", value="a@b.c", is_primary=True)], "emails"
    )
    assert isinstance(email, ContactEmailInput)
    assert email.to_dict() == {"value": "a@b.c", "label": "w", "is_primary": True}
    [address] = contact_entries_input([ContactAddress(city="London")], "addresses")
    assert isinstance(address, ContactAddressInput) and address.to_dict() == {"city": "London"}
    with pytest.raises(TypeError, match=r"emails\[0\] must be a ContactEmail"):
        contact_entries_input([ContactPhone(label=None, value="+1")], "emails")
    with pytest.raises(TypeError, match="must be a list of ContactPhone"):
        contact_entries_input("+1555", "phones")


# ── the fast paths of the model template read exactly as the generic code did (issue 19) ──

_UUID_SPELLINGS: list[object] = [
    "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
    "6F1C2D3E4B5A4C7D8E9F0A1B2C3D4E5F",
    "{6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f}",
    "urn:uuid:6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
    "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5g",
    "6f1c_d3e4b5a4c7d8e9f0a1b2c3d4e5f",
    "+f1c2d3e4b5a4c7d8e9f0a1b2c3d4e5f",
    "0x1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
    "",
    5,
    None,
]


@pytest.mark.parametrize("value", _UUID_SPELLINGS)
def test_parse_uuid_accepts_and_refuses_what_uuid_does(value: object) -> None:
    from inkbox_api.types import parse_uuid

    def outcome(parse: Any) -> tuple[object, ...]:
        try:
            got = parse(value)
        except Exception as exc:  # the type and message are what is compared
            return (type(exc), str(exc))
        return (got, got.is_safe, hash(got), str(got))

    assert outcome(parse_uuid) == outcome(uuid.UUID)


def test_nullable_fields_of_another_shape_stay_as_sent_and_required_ones_raise() -> None:
    body = identity("bench")
    assert isinstance(AgentIdentitySummary.from_dict(body).id, uuid.UUID)
    odd = {**body, "mailbox": "not an object", "signing_key_created_at": "not a date"}
    parsed = AgentIdentitySummary.from_dict(odd)
    assert parsed.mailbox == "not an object"  # the lenient `X | None` read, as before
    assert parsed.signing_key_created_at == "not a date"
    with pytest.raises((TypeError, ValueError, AttributeError)):
        AgentIdentitySummary.from_dict({**body, "id": 5})
    with pytest.raises(KeyError):
        AgentIdentitySummary.from_dict({k: v for k, v in body.items() if k != "agent_handle"})
