"""signup: an agent registers itself (no key), its human verifies it with a 6-digit code.

The verification email goes to the outside world (`/_emulator/mail/outside`), and the code can
also be read with `GET /_emulator/signups/{agent_handle}`. Until verified, the agent's key is
`api_key.agent_scoped.unclaimed`: it may email only its human, a few times a day.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from ..clock import parse_iso
from ..dispatch import Call, Reply
from ..errors import NotFound, TooManyRequests, Unprocessable
from ..store import Row
from ..store.core import (
    identity_by_handle,
    identity_by_id,
    organization_ensure,
    signup_insert,
    signup_of,
    signup_update,
)
from ..store.mail import mailbox_of_identity, outside_insert
from ..world import World
from ..world.identities import create_identity, mint_agent_key, normalize_handle

__all__ = ["routes", "send_verification_code"]

CODE_LIFETIME = timedelta(hours=48)
RESEND_COOLDOWN = timedelta(minutes=5)
MAX_ATTEMPTS = 5
CLAIMED_DAILY_SENDS = 500


def signup(call: Call) -> Reply:
    world, body = call.world, call.json
    human = body["human_email"].strip().lower()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", human):
        raise Unprocessable.field(
            ("body", "human_email"), "Not an email address", value=body["human_email"]
        )
    if body.get("invitation_token"):
        raise Unprocessable.field(
            ("body", "invitation_token"), "Unknown or expired invitation token"
        )
    if body.get("agent_handle"):
        handle = normalize_handle(body["agent_handle"])
    else:
        base = re.sub(
            r"[^a-z0-9]+",
            "-",
            (body.get("email_local_part") or body.get("display_name") or "agent").lower(),
        ).strip("-")
        handle = f"{base or 'agent'}-{world.ids.token(6).lower()}"
        while identity_by_handle(world.store, handle) is not None:
            handle = f"{base or 'agent'}-{world.ids.token(6).lower()}"
    org_id = "org_agent_" + world.ids.token(16).lower()
    now = world.clock.now_iso()
    organization_ensure(world.store, org_id, f"{handle} (self-signed-up agent)", now)
    identity = create_identity(world, org_id, body, handle=handle)
    secret, _ = mint_agent_key(
        world,
        identity,
        label=f"{handle} signup key",
        created_by=identity["id"],
        creator_type="agent_signup",
    )
    harness = body.get("harness")
    signup_insert(
        world.store,
        {
            "identity_id": identity["id"],
            "human_email": human,
            "note_to_human": body["note_to_human"],
            "harness": harness.strip().lower() if harness else None,
            "verification_code": "",
            "code_sent_at": now,
            "created_at": now,
        },
    )
    send_verification_code(world, identity)
    mailbox = mailbox_of_identity(world.store, identity["id"])
    assert mailbox is not None
    return Reply(
        {
            "email_address": mailbox["email_address"],
            "organization_id": org_id,
            "api_key": secret,
            "agent_handle": handle,
            "claim_status": "agent_unclaimed",
            "human_email": human,
            "message": f"Agent registered. A verification code was sent to {human}.",
            "invitation": None,
        },
        status=201,
    )


def send_verification_code(world: World, identity: Row) -> str:
    """A fresh 6-digit code (the old one stops working), mailed to the human."""
    code = world.ids.digits(6)
    now = world.clock.now_iso()
    signup_update(
        world.store,
        identity["id"],
        {"verification_code": code, "code_sent_at": now, "failed_attempts": 0},
    )
    row = signup_of(world.store, identity["id"])
    assert row is not None
    mailbox = mailbox_of_identity(world.store, identity["id"])
    outside_insert(
        world.store,
        {
            "id": world.ids.uuid(),
            "kind": "signup_verification",
            "from_address": f"no-reply@{world.config.mail_domain}",
            "to_address": row["human_email"],
            "subject": f"Verify your agent {identity['agent_handle']}",
            "body_text": (
                f"{row['note_to_human']}\n\nYour agent {identity['agent_handle']}"
                f" ({mailbox['email_address'] if mailbox else ''}) asks you to verify it."
                f"\nVerification code: {code}\n"
            ),
            "body_html": None,
            "message_id": f"<{world.ids.uuid()}@{world.config.mail_domain}>",
            "in_reply_to": None,
            "attachment_metadata": None,
            "created_at": now,
        },
    )
    return code


def _signup_row(call: Call) -> Row:
    me = call.me
    row = signup_of(call.store, me.identity_id) if me.identity_id else None
    if row is None:
        raise NotFound("No agent signup belongs to this API key")
    return row


def verify_signup(call: Call) -> Reply:
    row = _signup_row(call)
    org = call.me.organization_id
    if row["claimed_at"] is not None:
        return Reply(
            {
                "claim_status": "agent_claimed",
                "organization_id": org,
                "message": "Already verified",
                "invitation": None,
            }
        )
    if row["failed_attempts"] >= MAX_ATTEMPTS:
        raise TooManyRequests(
            "Too many wrong codes; request a new one with resend-verification", retry_after=300
        )
    if call.world.clock.now() - parse_iso(row["code_sent_at"]) > CODE_LIFETIME:
        raise Unprocessable("Verification code expired; request a new one")
    if call.json["verification_code"].strip() != row["verification_code"]:
        # Answered, not raised: the failed attempt must be stored (a raise rolls back).
        signup_update(
            call.store, row["identity_id"], {"failed_attempts": row["failed_attempts"] + 1}
        )
        return Reply({"detail": "Invalid verification code"}, status=422)
    signup_update(call.store, row["identity_id"], {"claimed_at": call.world.clock.now_iso()})
    call.world.keys.clear()
    return Reply(
        {
            "claim_status": "agent_claimed",
            "organization_id": org,
            "message": "Verified: the agent is claimed.",
            "invitation": None,
        }
    )


def resend_signup_verification(call: Call) -> dict[str, Any]:
    row = _signup_row(call)
    org = call.me.organization_id
    if row["claimed_at"] is not None:
        return {
            "claim_status": "agent_claimed",
            "organization_id": org,
            "message": "Already verified",
        }
    wait = parse_iso(row["code_sent_at"]) + RESEND_COOLDOWN - call.world.clock.now()
    if wait.total_seconds() > 0:
        raise TooManyRequests(
            "A code was sent recently; try again later", retry_after=int(wait.total_seconds()) + 1
        )
    identity = identity_by_id(call.store, row["identity_id"])
    assert identity is not None  # the key's own identity: live, or the key would not work
    send_verification_code(call.world, identity)
    return {
        "claim_status": "agent_unclaimed",
        "organization_id": org,
        "message": f"A new code was sent to {row['human_email']}.",
    }


def get_signup_status(call: Call) -> dict[str, Any]:
    row = _signup_row(call)
    claimed = row["claimed_at"] is not None
    restrictions = {
        "max_sends_per_day": CLAIMED_DAILY_SENDS
        if claimed
        else call.world.config.unclaimed_daily_sends,
        "allowed_recipients": [] if claimed else [row["human_email"]],
        "can_receive": True,
        "can_create_mailboxes": claimed,
    }
    return {
        "claim_status": "agent_claimed" if claimed else "agent_unclaimed",
        "human_state": "human_account_verified" if claimed else "human_no_account",
        "human_email": row["human_email"],
        "restrictions": restrictions,
    }


routes = [signup, verify_signup, resend_signup_verification, get_signup_status]
