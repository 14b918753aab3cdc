"""The emulator's vCard parser and 4.0 serializer (pure functions, no server)."""

from __future__ import annotations

from typing import Any

import pytest

from inkbox_emulator import e164, vcard

ADA_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Lovelace;Ada;King;Lady;\r\n"
    "FN:Ada Lovelace\r\n"
    "ORG:Analytical Engines\\, Ltd;R&D\r\n"
    "TITLE:Mathematician\r\n"
    "EMAIL;TYPE=INTERNET;TYPE=WORK,PREF:ada@example.com\r\n"
    "EMAIL;TYPE=HOME:ada@home.example\r\n"
    "item1.EMAIL:ada@custom.example\r\n"
    "item1.X-ABLabel:_$!<Other>!$_\r\n"
    "TEL;TYPE=CELL:(555) 123-4567\r\n"
    "TEL;TYPE=WORK,VOICE:+44 20 7946 0958\r\n"
    "ADR;TYPE=HOME:;;12 St James's Sq;London;;SW1Y 4JH;UK\r\n"
    "BDAY:1815-12-10\r\n"
    "NOTE:Line one\\nLine two\\, folded acr\r\n"
    " oss lines\r\n"
    "URL:https://example.com\r\n"
    "END:VCARD\r\n"
)


def _one(text: str) -> dict[str, Any]:
    cards = vcard.parse_cards(text)
    assert len(cards) == 1
    return vcard.card_to_contact(cards[0])


def test_vcard_30_maps_every_supported_property() -> None:
    """A typical 3.0 card becomes a full contact body with labels, primaries and E.164 phones."""
    body = _one(ADA_30)
    assert body["preferred_name"] == "Ada Lovelace"
    assert (body["given_name"], body["family_name"], body["middle_name"]) == (
        "Ada",
        "Lovelace",
        "King",
    )
    assert body["name_prefix"] == "Lady"
    assert "name_suffix" not in body
    assert body["company_name"] == "Analytical Engines, Ltd"
    assert body["job_title"] == "Mathematician"
    assert body["birthday"] == "1815-12-10"
    assert body["notes"] == "Line one\nLine two, folded across lines"
    assert body["emails"] == [
        {"value": "ada@example.com", "label": "work", "is_primary": True},
        {"value": "ada@home.example", "label": "home"},
        {"value": "ada@custom.example", "label": "other"},
    ]
    assert body["phones"] == [
        {"value_e164": "+15551234567", "label": "mobile"},
        {"value_e164": "+442079460958", "label": "work"},
    ]
    assert body["addresses"] == [
        {
            "street": "12 St James's Sq",
            "city": "London",
            "postal": "SW1Y 4JH",
            "country": "UK",
            "label": "home",
        }
    ]
    assert body["websites"] == [{"url": "https://example.com"}]


def test_vcard_21_quoted_printable_and_bare_params() -> None:
    """2.1 cards: bare TYPE params, QUOTED-PRINTABLE with a charset and soft line breaks."""
    text = (
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BC=\n"
        "rgen\n"
        "TEL;WORK;VOICE:555.987.6543\n"
        "END:VCARD\n"
    )
    body = _one(text)
    assert body["family_name"] == "Müller"
    assert body["given_name"] == "Jürgen"
    assert body["phones"] == [{"value_e164": "+15559876543", "label": "work"}]


def test_vcard_40_uri_tel_pref_and_quoted_params() -> None:
    """4.0: `tel:` URIs with extensions, PREF ranks, quoted multi-value TYPE, RFC 6868 carets."""
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace\r\n"
        'TEL;VALUE=uri;TYPE="voice,home";PREF=2:tel:+1-212-555-0100;ext=7\r\n'
        "TEL;VALUE=uri;TYPE=work;PREF=1:tel:+12125550199\r\n"
        "EMAIL;X-LABEL=\"Team ^'A^'\":grace@example.com\r\n"
        "ANNIVERSARY:20001231\r\n"
        "item2.X-ABDATE:2010-05-01\r\nitem2.X-ABLabel:Graduation\r\n"
        "END:VCARD\r\n"
    )
    body = _one(text)
    assert body["phones"] == [
        {"value_e164": "+12125550100", "label": "home"},
        {"value_e164": "+12125550199", "label": "work", "is_primary": True},
    ]
    assert body["emails"] == [{"value": "grace@example.com", "label": 'Team "A"'}]
    assert body["dates"] == [
        {"date": "2000-12-31", "label": "anniversary"},
        {"date": "2010-05-01", "label": "Graduation"},
    ]


def test_nickname_and_org_stand_in_for_fn() -> None:
    """A card without FN still has a name when it has N, ORG or NICKNAME."""
    assert _one("BEGIN:VCARD\nVERSION:3.0\nORG:Acme;Sales\nEND:VCARD\n") == {"company_name": "Acme"}
    assert _one("BEGIN:VCARD\nNICKNAME:Bee,B\nEND:VCARD\n") == {"preferred_name": "Bee"}


@pytest.mark.parametrize(
    ("card", "message"),
    [
        ("BEGIN:VCARD\nVERSION:4.0\nEMAIL:x@y.z\nEND:VCARD\n", "no name"),
        ("BEGIN:VCARD\nVERSION:4.0\nFN:A\nTEL:12\nEND:VCARD\n", "not a valid E.164"),
        ("BEGIN:VCARD\nVERSION:5.0\nFN:A\nEND:VCARD\n", "unsupported vCard VERSION"),
        ("BEGIN:VCARD\nVERSION:4.0\nFN:A\nthis line has no colon\nEND:VCARD\n", "no ':'"),
    ],
)
def test_bad_cards_raise_card_error(card: str, message: str) -> None:
    """Per-card problems are `CardError`s carrying a readable reason."""
    with pytest.raises(vcard.CardError, match=message):
        _one(card)


def test_document_splitting_ignores_noise_and_flags_unterminated_cards() -> None:
    """Text outside cards is ignored, nested AGENT cards skipped, a dangling card reported."""
    text = (
        "garbage before\n"
        "BEGIN:VCARD\nFN:One\nAGENT:\nBEGIN:VCARD\nFN:Nested\nEND:VCARD\nEND:VCARD\n"
        "between\n"
        "begin:vcard\nfn:Two\nend:vcard\n"
        "BEGIN:VCARD\nFN:Three\n"
    )
    cards = vcard.parse_cards(text)
    assert [c.complete for c in cards] == [True, True, False]
    assert vcard.card_to_contact(cards[0])["preferred_name"] == "One"
    assert vcard.card_to_contact(cards[1])["preferred_name"] == "Two"
    assert cards[2].error == "card is missing END:VCARD"
    assert vcard.parse_cards("no cards at all") == []


CONTACT: dict[str, Any] = {
    "id": "6f1f2b7a-1111-4222-8333-944455556666",
    "preferred_name": "Ada Lovelace",
    "given_name": "Ada",
    "family_name": "Lovelace",
    "middle_name": None,
    "name_prefix": None,
    "name_suffix": None,
    "company_name": "Engines; Inc, \\ Co",
    "job_title": "Analyst",
    "birthday": "1815-12-10",
    "notes": "Prefers email.\nNever calls — ünïcödé ✓ " + "long " * 30,
    "emails": [
        {"label": "work", "value": "ada@example.com", "is_primary": True},
        {"label": "Private Box", "value": "ada@home.example", "is_primary": False},
    ],
    "phones": [{"label": "mobile", "value_e164": "+15551234567", "is_primary": False}],
    "websites": [{"label": None, "url": "https://ada.example"}],
    "dates": [
        {"label": "anniversary", "date": "1835-07-08"},
        {"label": "first program", "date": "1843-09-01"},
    ],
    "addresses": [
        {
            "label": "home",
            "street": "12 Sq",
            "city": "London",
            "region": None,
            "postal": "SW1",
            "country": "UK",
        }
    ],
    "custom_fields": [{"label": "Favourite; engine", "value": "Analytical, of course"}],
    "updated_at": "2026-03-01T12:30:00.000000Z",
}


def test_serializer_writes_valid_folded_40() -> None:
    """Export is 4.0 with CRLF, ≤75-octet lines, escaped text and the contact's UID/REV."""
    text = vcard.contact_to_vcard(CONTACT)
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert text.endswith("END:VCARD\r\n")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")
    assert f"UID:urn:uuid:{CONTACT['id']}" in lines
    assert "ORG:Engines\\; Inc\\, \\\\ Co" in lines
    assert "BDAY:18151210" in lines
    assert "TEL;TYPE=cell;VALUE=uri:tel:+15551234567" in lines
    assert "EMAIL;TYPE=work;PREF=1:ada@example.com" in lines
    assert "REV:20260301T123000Z" in lines


def test_round_trip_keeps_every_field() -> None:
    """Parsing the export gives back the same contact body (labels, lists and escapes intact)."""
    back = _one(vcard.contact_to_vcard(CONTACT))
    assert back["preferred_name"] == CONTACT["preferred_name"]
    assert back["company_name"] == CONTACT["company_name"]
    assert back["notes"] == CONTACT["notes"].strip()
    assert back["emails"] == [
        {"value": "ada@example.com", "label": "work", "is_primary": True},
        {"value": "ada@home.example", "label": "Private Box"},
    ]
    assert back["phones"] == [{"value_e164": "+15551234567", "label": "mobile"}]
    assert back["websites"] == [{"url": "https://ada.example"}]
    assert back["dates"] == [
        {"date": "1835-07-08", "label": "anniversary"},
        {"date": "1843-09-01", "label": "first program"},
    ]
    assert back["addresses"] == [
        {"street": "12 Sq", "city": "London", "postal": "SW1", "country": "UK", "label": "home"}
    ]
    assert back["custom_fields"] == CONTACT["custom_fields"]


def test_fold_never_splits_a_multibyte_character() -> None:
    """Folding counts octets and keeps UTF-8 sequences whole."""
    folded = vcard.fold("NOTE:" + "é" * 100)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == "NOTE:" + "é" * 100


def test_export_filename_is_safe() -> None:
    """The download name comes from the display name, stripped of path and header metacharacters."""
    assert (
        vcard.export_filename({"preferred_name": 'Ada "The" ../Lovelace'}) == "Ada_The_Lovelace.vcf"
    )
    assert vcard.export_filename({"company_name": "../"}) == "contact.vcf"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+15551234567", "+15551234567"),
        ("(212) 555-0100", "+12125550100"),
        ("1 212 555 0100", "+12125550100"),
        ("tel:+44-20-7946-0958;phone-context=x", "+442079460958"),
        ("0044 20 7946 0958", "+442079460958"),
        ("+1 212 555 0100 x12", "+12125550100"),
        ("555-0100", None),
        ("+0123456789", None),
        ("call me", None),
    ],
)
def test_e164_normalize(raw: str, expected: str | None) -> None:
    """Human-written numbers normalise to E.164 or are refused."""
    assert e164.normalize(raw) == expected
