"""The generated operations' path segments (`inkbox_api.errors.path_segment`): percent-encoded, one segment."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from inkbox_api.errors import path_segment


@pytest.mark.parametrize(
    "value",
    ["sales-agent", "a.b_c~d", "0f1e2d3c-0000-4000-8000-000000000001", "x" * 200],
)
def test_unreserved_text_goes_as_it_is(value: str) -> None:
    assert path_segment(value, "v") == value == quote(value, safe="")


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        ("agent@inkboxmail.com", "agent%40inkboxmail.com"),
        ("+15551234567", "%2B15551234567"),
        ("a b", "a%20b"),
        ("café", "caf%C3%A9"),
        ("50%", "50%25"),
        ("a?b#c", "a%3Fb%23c"),
    ],
)
def test_anything_else_is_percent_encoded(value: str, sent: str) -> None:
    assert path_segment(value, "v") == sent == quote(value, safe="")


@pytest.mark.parametrize("value", ["", " ", ".", "..", "a/b", "a\\b", "/"])
def test_what_would_change_the_path_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="agent_handle must be a single path segment"):
        path_segment(value, "agent_handle")
