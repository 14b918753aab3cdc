"""Contact-rule semantics without the server: matching, filter modes, directions, pauses."""

from __future__ import annotations

from inkbox_emulator import rules_logic


def _rule(rule_id, action, match_type, target, status="active", direction="both"):
    return {
        "id": rule_id,
        "action": action,
        "match_type": match_type,
        "match_target": target,
        "status": status,
        "direction": direction,
    }


def test_mail_matching():
    """exact_email is case-insensitive; a domain rule covers subdomains but not look-alikes."""
    exact = _rule("r1", "block", "exact_email", "Ann@Example.com")
    domain = _rule("r2", "block", "domain", "@example.com")
    assert rules_logic.mail_matches(exact, "ann@example.COM")
    assert not rules_logic.mail_matches(exact, "bob@example.com")
    assert rules_logic.mail_matches(domain, "x@example.com")
    assert rules_logic.mail_matches(domain, "x@mail.example.com")
    assert not rules_logic.mail_matches(domain, "x@badexample.com")


def test_blacklist_and_whitelist():
    """Blacklist passes all but blocks; whitelist passes only allows; block wins in both."""
    rules = [
        _rule("allow", "allow", "domain", "friends.example"),
        _rule("block", "block", "exact_email", "troll@friends.example"),
    ]

    def decide(mode, address, direction="inbound"):
        return rules_logic.decide(mode, rules, address, direction, kind="mail")

    assert decide("blacklist", "anyone@else.example").blocked is False
    troll = decide("blacklist", "troll@friends.example")
    assert (troll.blocked, troll.matched_rule_id) == (True, "block")
    assert decide("whitelist", "troll@friends.example").blocked is True
    friend = decide("whitelist", "pal@friends.example")
    assert (friend.blocked, friend.matched_rule_id) == (False, "allow")
    stranger = decide("whitelist", "anyone@else.example")
    assert (stranger.blocked, stranger.matched_rule_id) == (True, None)


def test_direction_and_pause():
    """A rule covers only its direction; a paused rule never matches."""
    rules = [
        _rule("in", "block", "exact_number", "+12125550001", direction="inbound"),
        _rule("paused", "block", "exact_number", "+12125550002", status="paused"),
    ]
    assert rules_logic.decide("blacklist", rules, "+12125550001", "inbound", kind="phone").blocked
    assert not rules_logic.decide(
        "blacklist", rules, "+12125550001", "outbound", kind="phone"
    ).blocked
    assert not rules_logic.decide(
        "blacklist", rules, "+12125550002", "inbound", kind="phone"
    ).blocked


def test_redundant_action_and_canonical_targets():
    """Change notices count block rules under whitelist, allow rules under blacklist."""
    assert rules_logic.redundant_action("whitelist") == "block"
    assert rules_logic.redundant_action("blacklist") == "allow"
    assert rules_logic.canonical_target("domain", " @Example.COM ") == "example.com"
    assert rules_logic.canonical_target("exact_email", "A@B.io") == "a@b.io"
    assert rules_logic.canonical_target("exact_number", "+12125550001") == "+12125550001"
