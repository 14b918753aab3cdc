"""Sample wire objects of the phone, text, contact-rule, contact and note families."""

from __future__ import annotations

import uuid
from typing import Any

NOW = "2026-03-09T00:00:00Z"


def uid() -> str:
    return str(uuid.uuid4())


def phone_number(number: str = "+18005551234", **extra: Any) -> dict[str, Any]:
    return {
        "id": uid(),
        "number": number,
        "type": "local",
        "status": "active",
        "sms_status": "ready",
        "sms_error_code": None,
        "sms_error_detail": None,
        "sms_ready_at": NOW,
        "incoming_call_action": "auto_reject",
        "client_websocket_url": None,
        "incoming_call_webhook_url": None,
        "forwarding_target_type": None,
        "forwarding_phone_number": None,
        "forwarding_sip_uri": None,
        "filter_mode": "blacklist",
        "inbound_filter_mode": "blacklist",
        "outbound_filter_mode": "blacklist",
        "state": None,
        "country": "US",
        "agent_identity_id": uid(),
        "filter_mode_change_notice": None,
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def call(**extra: Any) -> dict[str, Any]:
    return {
        "id": uid(),
        "local_phone_number": "+18005551234",
        "remote_phone_number": "+15167251294",
        "direction": "outbound",
        "status": "initiated",
        "client_websocket_url": "wss://agent.example.com/ws",
        "use_inkbox_tts": None,
        "use_inkbox_stt": None,
        "hangup_reason": None,
        "started_at": None,
        "ended_at": None,
        "is_blocked": False,
        "origin": "dedicated_number",
        "mode": "client_websocket",
        "reason": None,
        "hosted_agent_authority_mode": "contact_scoped",
        "voicemail_detection": "enabled",
        "on_voicemail": None,
        "post_call_action_items": [],
        "forwardings": [],
        "connections": None,
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def rate_limit() -> dict[str, Any]:
    return {
        "calls_used": 1,
        "calls_remaining": 99,
        "calls_limit": 100,
        "minutes_used": 0.0,
        "minutes_remaining": 100.0,
        "minutes_limit": 100,
    }


def transcript(seq: int = 0, party: str = "remote", text: str = "hello") -> dict[str, Any]:
    return {
        "id": uid(),
        "call_id": uid(),
        "seq": seq,
        "ts_ms": seq * 1000,
        "party": party,
        "text": text,
        "phone_number": "+18005551234",
        "created_at": NOW,
    }


def text_message(**extra: Any) -> dict[str, Any]:
    return {
        "id": uid(),
        "direction": "outbound",
        "local_phone_number": "+18005551234",
        "remote_phone_number": "+15167251294",
        "text": "Hello from Inkbox",
        "type": "sms",
        "media": None,
        "is_read": True,
        "delivery_status": "queued",
        "is_blocked": False,
        "conversation_id": None,
        "sender_phone_number": None,
        "recipients": None,
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def conversation(**extra: Any) -> dict[str, Any]:
    return {
        "id": None,
        "remote_phone_number": "+15167251294",
        "participants": None,
        "is_group": False,
        "latest_text": "hi",
        "latest_direction": "inbound",
        "latest_type": "sms",
        "latest_has_media": False,
        "latest_message_at": NOW,
        "unread_count": 2,
        "total_count": 3,
        **extra,
    }


def mail_rule(**extra: Any) -> dict[str, Any]:
    return {
        "id": uid(),
        "mailbox_id": uid(),
        "action": "allow",
        "match_type": "domain",
        "match_target": "example.com",
        "status": "active",
        "direction": "both",
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def phone_rule(**extra: Any) -> dict[str, Any]:
    return {
        "id": uid(),
        "phone_number_id": uid(),
        "action": "block",
        "match_type": "exact_number",
        "match_target": "+15551234567",
        "status": "active",
        "direction": "both",
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def contact(**extra: Any) -> dict[str, Any]:
    contact_id = uid()
    return {
        "id": contact_id,
        "organization_id": "org-1",
        "preferred_name": "Ada Lovelace",
        "name_prefix": None,
        "given_name": "Ada",
        "middle_name": None,
        "family_name": "Lovelace",
        "name_suffix": None,
        "company_name": None,
        "job_title": None,
        "birthday": None,
        "notes": None,
        "emails": [{"label": "work", "value": "ada@example.com", "is_primary": False}],
        "phones": [{"label": "mobile", "value_e164": "+15551234567", "is_primary": False}],
        "websites": [{"label": None, "url": "https://ada.example"}],
        "dates": [{"label": "anniversary", "date": "2020-05-01"}],
        "addresses": [
            {
                "label": "home",
                "street": "1 Main St",
                "city": "London",
                "region": None,
                "postal": "N1",
                "country": "GB",
            }
        ],
        "custom_fields": [],
        "access": [{"id": uid(), "contact_id": contact_id, "identity_id": None, "created_at": NOW}],
        "status": "active",
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def access_row(identity_id: str | None = None) -> dict[str, Any]:
    return {"id": uid(), "contact_id": uid(), "identity_id": identity_id, "created_at": NOW}


def note(**extra: Any) -> dict[str, Any]:
    return {
        "id": uid(),
        "organization_id": "org-1",
        "created_by": "user-1",
        "title": "Ada",
        "body": "Customer prefers email follow-up.",
        "status": "active",
        "access": [],
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def note_access(identity_id: str) -> dict[str, Any]:
    return {"id": uid(), "note_id": uid(), "identity_id": identity_id, "created_at": NOW}
