"""Every 0.7.20 method of the mail families of issue 15a — drafts, send lookup, reply-all,
mark-unread, and every list taking `start_datetime`/`end_datetime`/`tz` — exists in ours with a
compatible signature, on `Inkbox` and mirrored on `AsyncInkbox`.

The official surface is walked in its own venv, ours here, by `surface.py`; "compatible" is
`surface.call_problems` (every call 0.7.20 accepts, ours accepts).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.interop.surface import call_problems, official, ours

FAMILY_PREFIXES = ("inkbox.drafts.", "inkbox.message_sends.")
FAMILY_METHODS = {
    "inkbox.messages.reply_all",
    "identity.reply_all_email",
    "identity.mark_emails_unread",
    "identity.iter_email_drafts",
    "identity.create_email_draft",
    "identity.get_email_draft",
    "identity.update_email_draft",
    "identity.duplicate_email_draft",
    "identity.delete_email_draft",
    "identity.send_email_draft",
}
# Time-window lists of channels other issues bring (iMessage) are theirs to check.
NOT_OURS_YET = ("imessage", "companion", "slack")


def theirs() -> dict[str, Any]:
    surface: dict[str, Any] = official("0.7.20")["surface"]
    return surface


def family(surface: dict[str, Any]) -> dict[str, Any]:
    """The 0.7.20 methods this check covers."""
    return {
        path: entry
        for path, entry in surface.items()
        if entry["kind"] == "method"
        and (
            path.startswith(FAMILY_PREFIXES)
            or path in FAMILY_METHODS
            or (
                any(p["name"] == "tz" for p in entry["params"])
                and not any(word in path for word in NOT_OURS_YET)
            )
        )
    }


def test_the_walk_sees_the_families() -> None:
    """The selection is what this check was written for: 17 draft methods, 2 lookups, 3 mail
    extras and the time-window lists (mail, texts, calls)."""
    methods = family(theirs())
    assert len([p for p in methods if "draft" in p]) == 17
    assert sorted(p for p in methods if "message_sends" in p) == [
        "inkbox.message_sends.lookup",
        "inkbox.message_sends.lookup_email",
    ]
    windowed = sorted(p for p, e in methods.items() if any(x["name"] == "tz" for x in e["params"]))
    assert windowed == [
        "identity.iter_emails",
        "identity.iter_unread_emails",
        "identity.list_calls",
        "identity.list_text_conversations",
        "identity.list_texts",
        "inkbox.calls.list",
        "inkbox.messages.list",
        "inkbox.texts.list",
        "inkbox.texts.list_conversations",
    ]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_0720_method_of_the_families_is_ours_with_a_compatible_signature(
    flavour: str,
) -> None:
    our_surface = ours(flavour)
    failures = {}
    for path, method in family(theirs()).items():
        mine = our_surface.get(path)
        problems = (
            ["missing"] if mine is None or mine["kind"] != "method" else call_problems(method, mine)
        )
        if problems:
            failures[path] = problems
    assert failures == {}
    for accessor in ("inkbox.drafts", "inkbox.message_sends"):
        assert our_surface[accessor]["kind"] == "resource"
