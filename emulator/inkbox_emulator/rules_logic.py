"""Contact-rule semantics without the database: matching, filter modes, change notices.

A rule is `(action, match_type, match_target, status, direction)` on one owner (a mailbox or
a phone number). The owner's `filter_mode` reads the rules:

- `blacklist` (default): everything passes except matches of an active `block` rule;
- `whitelist`: only matches of an active `allow` rule pass.

A matching active `block` rule blocks in both modes (under a whitelist it is merely redundant).
Paused rules never match but keep their uniqueness slot. A rule covers traffic in its
`direction` (`both` covers inbound and outbound).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

import attrs

__all__ = [
    "Decision",
    "canonical_target",
    "change_notice",
    "decide",
    "mail_matches",
    "phone_matches",
    "redundant_action",
]

Direction = Literal["inbound", "outbound"]


@attrs.frozen
class Decision:
    """The verdict on one address: blocked or not, and the rule that decided (None = the mode)."""

    blocked: bool
    matched_rule_id: str | None
    reason: str


def canonical_target(match_type: str, target: str) -> str:
    """The form two targets are compared (and stored unique) in: addresses and domains are
    case-insensitive, a domain loses a leading `@`; numbers are kept as sent (E.164)."""
    text = target.strip()
    if match_type == "domain":
        return text.lstrip("@").lower()
    if match_type == "exact_email":
        return text.lower()
    return text


def mail_matches(rule: Mapping[str, Any], address: str) -> bool:
    """Whether a mail rule matches an address (a domain rule also covers its subdomains)."""
    address = address.strip().lower()
    target = canonical_target(rule["match_type"], rule["match_target"])
    if rule["match_type"] == "exact_email":
        return address == target
    domain = address.rpartition("@")[2]
    return domain == target or domain.endswith("." + target)


def phone_matches(rule: Mapping[str, Any], number: str) -> bool:
    return bool(rule["match_target"] == number.strip())


def _covers(rule: Mapping[str, Any], direction: Direction) -> bool:
    return rule.get("direction", "both") in ("both", direction)


def decide(
    filter_mode: str,
    rules: Iterable[Mapping[str, Any]],
    address: str,
    direction: Direction,
    *,
    kind: Literal["mail", "phone"],
) -> Decision:
    """Is traffic with `address` in `direction` blocked on an owner with these rules?"""
    matches = mail_matches if kind == "mail" else phone_matches
    live = [r for r in rules if r.get("status", "active") == "active" and _covers(r, direction)]
    for rule in live:
        if rule["action"] == "block" and matches(rule, address):
            return Decision(True, rule["id"], f"blocked by contact rule {rule['id']}")
    if filter_mode == "whitelist":
        for rule in live:
            if rule["action"] == "allow" and matches(rule, address):
                return Decision(False, rule["id"], f"allowed by contact rule {rule['id']}")
        return Decision(True, None, "not on the allow list (filter_mode is whitelist)")
    return Decision(False, None, "no blocking rule (filter_mode is blacklist)")


def redundant_action(filter_mode: str) -> str:
    """The action whose rules a mode makes redundant: `block` under whitelist, `allow` under
    blacklist (the `redundant_rule_action` of a filter-mode change notice)."""
    return "block" if filter_mode == "whitelist" else "allow"


def change_notice(new_mode: str, count_active: Callable[[str], int]) -> dict[str, Any]:
    """The `filter_mode_change_notice` of a mailbox or number switching to `new_mode`;
    `count_active(action)` counts the owner's active rules with that action."""
    action = redundant_action(new_mode)
    return {
        "new_filter_mode": new_mode,
        "redundant_rule_action": action,
        "redundant_rule_count": count_active(action),
    }
