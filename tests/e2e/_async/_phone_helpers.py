"""Shared set-up of the phone, text and contact e2e tests: emulator hooks over plain HTTP.

The hooks (`/_emulator/...`) are the emulator's test seams, not the Inkbox API, so they are called
with httpx directly rather than through the SDK under test.
"""

from __future__ import annotations

from typing import Any

import httpx

from inkbox import AsyncAgentIdentity, AsyncInkbox

# A number outside the organization (a customer's phone).
CUSTOMER = "+15167251294"


async def hook(emulator: Any, method: str, path: str, body: Any = None) -> Any:
    """Call an `/_emulator` hook and return its JSON answer."""
    async with httpx.AsyncClient(base_url=emulator.url, headers={"X-Inkbox-Emulator": "1"}) as http:
        response = await http.request(method, f"/_emulator{path}", json=body)
    response.raise_for_status()
    return response.json() if response.content else None


async def set_sms_status(emulator: Any, phone_number_id: object, status: str) -> Any:
    return await hook(
        emulator, "PUT", f"/phone-numbers/{phone_number_id}/sms-status", {"sms_status": status}
    )


async def inject_text(
    emulator: Any, to: str, from_: str, text: str | None = None, media: Any = None
) -> Any:
    body: dict[str, Any] = {"to": to, "from": from_}
    if text is not None:
        body["text"] = text
    if media is not None:
        body["media"] = media
    return await hook(emulator, "POST", "/texts/inbound", body)


async def inject_call(emulator: Any, to: str, from_: str) -> Any:
    return await hook(emulator, "POST", "/calls/inbound", {"to": to, "from": from_})


async def agent_key(emulator: Any, handle: str) -> str:
    answer = await hook(emulator, "POST", "/api-keys", {"agent_handle": handle})
    return str(answer["api_key"])


async def texting_agent(
    inkbox: AsyncInkbox, emulator: Any, handle: str = "texter", *, opted_in: str | None = CUSTOMER
) -> AsyncAgentIdentity:
    """An identity whose number is cleared for SMS and whose customer texted START."""
    identity = await inkbox.create_identity(handle)
    phone = await identity.provision_phone_number(type="local")
    await set_sms_status(emulator, phone.id, "ready")
    if opted_in is not None:
        await inject_text(emulator, phone.number, opted_in, "START")
    await identity.refresh()
    return identity
